using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Queries;

/// <summary>
/// How to convert money (the CLI's --unit, --deflator, --factors, --interpolate, --scale, --equipment-share and the
/// API's query parameters of the same names), as given by the user: parsed and checked by <see cref="Converter"/>.
/// </summary>
public sealed record ConversionSettings(
    string? Unit = null,
    string Deflator = "gdp",
    string Factors = "wdi",
    bool Interpolate = false,
    string Scale = "millions",
    double EquipmentShare = FactorOptions.StatedEquipmentShare)
{
    public MoneyUnit? TargetUnit => Unit is { Length: > 0 } text ? MoneyUnit.Parse(text) : null;

    public Scale ParsedScale => Scale.Trim().ToLowerInvariant() switch
    {
        "units" => Core.Observations.Scale.Units,
        "thousands" => Core.Observations.Scale.Thousands,
        "millions" => Core.Observations.Scale.Millions,
        "billions" => Core.Observations.Scale.Billions,
        "trillions" => Core.Observations.Scale.Trillions,
        var other => throw new ArgumentException($"scale '{other}' is not one of units, thousands, millions, billions, trillions"),
    };

    public static DeflatorKind ParseDeflator(string text) => text.Trim().ToLowerInvariant() switch
    {
        "gdp" => DeflatorKind.GdpDeflator,
        "cpi" => DeflatorKind.Cpi,
        _ => throw new FormatException($"deflator '{text}': use gdp (GDP deflator) or cpi"),
    };

    public static FactorPublisher ParseFactors(string text) => text.Trim().ToLowerInvariant() switch
    {
        "wdi" => FactorPublisher.Wdi,
        "weo" => FactorPublisher.Weo,
        _ => throw new FormatException($"factors '{text}': use wdi (World Bank first) or weo (IMF first)"),
    };

    public Converter Converter(MilbalStore store, EntityRegistry registry)
    {
        var deflator = ParseDeflator(Deflator);
        var publisher = ParseFactors(Factors);
        if (EquipmentShare is < 0 or > 1 || double.IsNaN(EquipmentShare))
            throw new ArgumentException($"equipment-share {EquipmentShare} is not a fraction between 0 and 1");
        return new Converter(new StoreFactorProvider(store, new FactorOptions(publisher, Interpolate, EquipmentShare), registry), deflator);
    }

    public sealed record Result(IReadOnlyList<StoredObservation> Rows, IReadOnlyList<Converted> Conversions, IReadOnlyList<string> Notes);

    /// <summary>
    /// Converts each entity-year-series' money to the target, starting from the publisher's local-currency value where
    /// it has one. Values that cannot be converted are listed in the notes, not dropped silently.
    /// </summary>
    public Result ConvertAll(MilbalStore store, EntityRegistry registry, IReadOnlyList<StoredObservation> rows, MoneyUnit target)
    {
        var converter = Converter(store, registry);
        var scale = ParsedScale;
        var money = rows.Where(r => r.Observation.Unit.Kind == UnitKind.Money).ToArray();
        var notes = new List<string>
        {
            $"converted to {target} ({(converter.Deflator == DeflatorKind.Cpi ? "CPI" : "GDP deflator")} for price changes; factors from {Factors} first)",
        };
        if (money.Length < rows.Count) notes.Add($"{rows.Count - money.Length} value(s) that are not money (shares, indices, counts) are left out by --unit");
        var results = new List<Converted>();
        var failures = new List<string>();
        foreach (var group in money.GroupBy(r => (r.Dataset, r.Edition, r.Observation.EntityId, r.Observation.MeasureId, r.Observation.Year, Figure: r.Dataset == "figures" ? r.Observation.Note : null)))
        {
            var input = InputSelection.PreferredMoney(group)!;
            try { results.Add(converter.Convert(input, target, scale)); }
            catch (ConversionException e) { failures.Add($"{group.Key.EntityId} {group.Key.Year} ({group.Key.Dataset} {group.Key.Edition}): {e.Message}"); }
        }
        if (results.Count == 0 && failures.Count > 0) throw new ConversionException(failures[0] + (failures.Count > 1 ? $" (and {failures.Count - 1} more)" : ""));
        notes.AddRange(failures.Take(10).Select(f => "not converted: " + f));
        if (failures.Count > 10) notes.Add($"… {failures.Count - 10} more values could not be converted");
        var ordered = results.OrderBy(c => c.Value.EntityId, StringComparer.Ordinal).ThenBy(c => c.Value.MeasureId, StringComparer.Ordinal)
            .ThenBy(c => c.Dataset, StringComparer.Ordinal).ThenBy(c => c.Value.Year).ToArray();
        var secondary = rows.Where(r => r.IsSecondary).Select(r => (r.Dataset, r.Edition)).ToHashSet();
        return new Result(ordered.Select(c => new StoredObservation(c.Dataset, c.Edition, secondary.Contains((c.Dataset, c.Edition)), c.Value)).ToArray(), ordered, notes);
    }
}
