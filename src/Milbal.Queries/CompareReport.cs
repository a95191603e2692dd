using Milbal.Analysis.Balance;
using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Tables;
using Milbal.Data.Store;

namespace Milbal.Queries;

/// <summary>What `milbal compare` and `/api/v1/compare` are asked for, as the user typed it.</summary>
/// <param name="EquipmentSharePercent">Hybrid basis: equipment share (%) where NATO publishes none.</param>
/// <param name="From">With <paramref name="To"/>: one comparison per year instead of <paramref name="Year"/> alone (years without data are noted).</param>
public sealed record CompareOptions(
    string A,
    string B,
    int? Year = null,
    IReadOnlyList<string>? Bases = null,
    string? Asymmetric = null,
    string Source = "sipri",
    string? Edition = null,
    string Factors = "wdi",
    string Deflator = "gdp",
    int? Constant = null,
    double EquipmentSharePercent = FactorOptions.StatedEquipmentShare * 100,
    bool AsPublished = false,
    int? From = null,
    int? To = null);

public static class CompareReport
{
    /// <summary>Parses and checks everything that can be checked without the store.</summary>
    public static CompareRequest Request(CompareOptions o, int year)
    {
        InputChecks.Year(year);
        var bases = InputChecks.List(o.Bases)?.Select(MilitaryBalance.ParseBasis).ToArray();
        var asym = o.Asymmetric is { Length: > 0 } text ? AsymmetricBases.Parse(text) : null;
        var share = o.EquipmentSharePercent;
        if (share is < 0 or > 100 || double.IsNaN(share)) throw new ArgumentException($"equipment-share {share} is not a percentage between 0 and 100");
        var options = new FactorOptions(ConversionSettings.ParseFactors(o.Factors), DefaultEquipmentShare: share / 100);
        var src = o.Source.Trim().ToLowerInvariant();
        if (src is not ("sipri" or "nato")) throw new ArgumentException($"source '{src}': military expenditure comes from sipri or nato");
        if (o.Constant is { } c) InputChecks.Year(c, "constant");
        return new CompareRequest(o.A, o.B, year, bases, src, o.Edition, asym, options, ConversionSettings.ParseDeflator(o.Deflator), o.Constant, o.AsPublished);
    }

    public static ResultTable Run(MilbalStore store, EntityRegistry registry, CompareOptions o)
    {
        if (o.From is null && o.To is null)
        {
            if (o.Year is not { } year) throw new ArgumentException("give year (or from and to for one comparison per year)");
            return MilitaryBalance.Compare(store, Request(o, year), registry).ToResultTable();
        }
        InputChecks.YearRange(o.From, o.To);
        var (first, last) = (o.From ?? o.To!.Value, o.To ?? o.From!.Value);
        // Resolve both sides once: an unknown name is an error, not a year without data.
        registry.Resolve(o.A);
        registry.Resolve(o.B);
        ResultTable? template = null;
        var rows = new List<object?[]>();
        var sources = new List<string>();
        var notes = new List<string>();
        var missing = new List<string>();
        var comparer = new MilitaryBalance.YearByYear(store, Request(o, first), registry);
        for (var year = first; year <= last; year++)
        {
            ResultTable table;
            try
            {
                table = comparer.Compare(year).ToResultTable();
            }
            catch (Exception e) when (e is MissingDataException or ConversionException)
            {
                missing.Add($"{year}: {e.Message}");
                continue;
            }
            template ??= table;
            rows.AddRange(table.Rows.Select(r => new object?[] { year }.Concat(r).ToArray()));
            sources.AddRange(table.Sources.Where(s => !sources.Contains(s)));
            notes.AddRange(table.Notes.Where(n => !notes.Contains(n)));
        }
        if (template is null)
            throw new MissingDataException($"no year {first}–{last} can be compared: {string.Join("; ", missing.Take(3))}");
        notes.AddRange(missing.Select(m => "not compared: " + m));
        var title = template.Title.Contains(", ", StringComparison.Ordinal) ? template.Title[..template.Title.LastIndexOf(", ", StringComparison.Ordinal)] : template.Title;
        return new ResultTable($"{title}, {first}–{last}", [new ResultColumn("year", IsNumeric: true), .. template.Columns], rows, sources, notes);
    }
}
