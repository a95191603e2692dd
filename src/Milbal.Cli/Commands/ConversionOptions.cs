using System.CommandLine;
using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Cli.Commands;

/// <summary>The options every converting command shares: --unit, --deflator, --factors, --interpolate, --scale, --equipment-share.</summary>
internal sealed class ConversionOptions
{
    private readonly Option<string?> _unit = new("--unit", "-u")
    {
        Description = $"Convert money to a unit: {string.Join(", ", MoneyUnit.Examples)} (computed from the stored local-currency value where one exists)",
    };
    private readonly Option<string> _deflator = new("--deflator")
    {
        Description = "Price index for constant prices: gdp (GDP deflator, as NATO, World Bank and IMF; the default) or cpi (as SIPRI)",
        DefaultValueFactory = _ => "gdp",
    };
    private readonly Option<string> _factors = new("--factors")
    {
        Description = "Whose exchange rates, PPP factors and deflators come first: wdi (World Bank; the default, as GDPuc) or weo (IMF); the other fills series the first lacks, and every factor names its source",
        DefaultValueFactory = _ => "wdi",
    };
    private readonly Option<bool> _interpolate = new("--interpolate")
    {
        Description = "Fill a missing factor linearly between published years (flagged 'interpolated'); without it a missing factor is an error",
    };
    private readonly Option<string> _scale = new("--scale")
    {
        Description = "Scale of converted money: units, thousands, millions (default), billions, trillions",
        DefaultValueFactory = _ => "millions",
    };
    private readonly Option<double> _equipmentShare = new("--equipment-share")
    {
        Description = $"Hybrid basis: equipment share (0–1) for countries NATO publishes none for (default {FactorOptions.StatedEquipmentShare:0.##})",
        DefaultValueFactory = _ => FactorOptions.StatedEquipmentShare,
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _unit, _deflator, _factors, _interpolate, _scale, _equipmentShare }) command.Options.Add(option);
    }

    public MoneyUnit? Unit(ParseResult parse) => parse.GetValue(_unit) is { Length: > 0 } text ? MoneyUnit.Parse(text) : null;

    public Scale Scale(ParseResult parse) => parse.GetValue(_scale)!.Trim().ToLowerInvariant() switch
    {
        "units" => Core.Observations.Scale.Units,
        "thousands" => Core.Observations.Scale.Thousands,
        "millions" => Core.Observations.Scale.Millions,
        "billions" => Core.Observations.Scale.Billions,
        "trillions" => Core.Observations.Scale.Trillions,
        var other => throw new ArgumentException($"--scale '{other}' is not one of units, thousands, millions, billions, trillions"),
    };

    public Converter Converter(ParseResult parse, MilbalStore store, EntityRegistry registry)
    {
        var deflator = parse.GetValue(_deflator)!.Trim().ToLowerInvariant() switch
        {
            "gdp" => DeflatorKind.GdpDeflator,
            "cpi" => DeflatorKind.Cpi,
            var other => throw new ArgumentException($"--deflator '{other}' is not gdp or cpi"),
        };
        var publisher = parse.GetValue(_factors)!.Trim().ToLowerInvariant() switch
        {
            "wdi" => FactorPublisher.Wdi,
            "weo" => FactorPublisher.Weo,
            var other => throw new ArgumentException($"--factors '{other}' is not wdi or weo"),
        };
        var share = parse.GetValue(_equipmentShare);
        if (share is < 0 or > 1) throw new ArgumentException($"--equipment-share {share} is not a fraction between 0 and 1");
        return new Converter(new StoreFactorProvider(store, new FactorOptions(publisher, parse.GetValue(_interpolate), share), registry), deflator);
    }

    public sealed record Result(IReadOnlyList<StoredObservation> Rows, IReadOnlyList<Converted> Conversions, IReadOnlyList<string> Notes);

    /// <summary>
    /// Converts each entity-year-series' money to the target, starting from the publisher's local-currency value where
    /// it has one. Values that cannot be converted are listed in the notes, not dropped silently.
    /// </summary>
    public Result ConvertAll(ParseResult parse, MilbalStore store, EntityRegistry registry, IReadOnlyList<StoredObservation> rows, MoneyUnit target)
    {
        var converter = Converter(parse, store, registry);
        var scale = Scale(parse);
        var money = rows.Where(r => r.Observation.Unit.Kind == UnitKind.Money).ToArray();
        var notes = new List<string>
        {
            $"converted to {target} ({(converter.Deflator == DeflatorKind.Cpi ? "CPI" : "GDP deflator")} for price changes; factors from {parse.GetValue(_factors)} first)",
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
