using Milbal.Analysis.Balance;
using Milbal.Analysis.Burden;
using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Core.Tables;
using Milbal.Data.Store;

namespace Milbal.Queries;

/// <summary>
/// The balance at a glance (the dashboard's overview): world and Russian spending, Europe against Russia at market
/// rates and at PPP, allies at 2%. Every figure is read or computed from the store for the latest year it holds,
/// with its unit, source and edition; a figure the store cannot give is left out and named in the notes.
/// </summary>
public static class HeadlinesReport
{
    public static ResultTable Run(MilbalStore store, EntityRegistry registry)
    {
        var rows = new List<object?[]>();
        var notes = new List<string>();
        var sources = new HashSet<string>(StringComparer.Ordinal);

        void Add(string id, string label, double value, string unit, int year, string source, string edition, string method, string? flags = null) =>
            rows.Add([id, label, value, unit, year, source, edition, method, flags ?? ""]);

        var sipri = store.Series(new SeriesQuery(["WLD", "RUS"], ["milex"], "sipri"));
        var year = sipri.Where(r => r.Observation.EntityId == "WLD").Select(r => r.Observation.Year).DefaultIfEmpty(0).Max();
        if (year == 0)
        {
            notes.Add("the store holds no SIPRI military expenditure: import SIPRI's workbook or load the bundle");
            return Table(rows, sources, notes);
        }
        StoredObservation? CurrentUsd(string entity) => sipri.FirstOrDefault(r => r.Observation.EntityId == entity && r.Observation.Year == year
            && r.Observation.Unit is { Kind: UnitKind.Money, Currency: "USD", Conversion: Conversion.MarketRate } u && !u.PriceBasis.IsConstant);

        foreach (var (entity, id, label) in new[] { ("WLD", "world_milex", "World military expenditure"), ("RUS", "russia_milex_mer", "Russia's military expenditure at market exchange rates") })
        {
            if (CurrentUsd(entity) is { } o)
            {
                Add(id, $"{label}, {year}", o.Observation.Value, o.Observation.Unit.ToString(), year, o.Dataset, o.Edition, "as published (current US$)", o.Observation.Flags.ToText());
                sources.Add($"{o.Dataset} {o.Edition}");
            }
            else notes.Add($"no SIPRI current-US$ value for {entity} {year}");
        }

        try
        {
            var balance = MilitaryBalance.Compare(store, new CompareRequest("RUS", "EU_UK", year), registry);
            foreach (var row in balance.Rows.Where(r => r.A.Target.Basis is MoneyBasis.UsdMer or MoneyBasis.IntPpp))
            {
                var basis = row.A.Target.Basis == MoneyBasis.UsdMer ? "mer" : "ppp";
                var basisText = row.A.Target.Basis == MoneyBasis.UsdMer ? "at market exchange rates" : "at GDP purchasing-power parity";
                if (basis == "ppp")
                    Add("russia_milex_ppp", $"Russia's military expenditure {basisText}, {year}", row.A.Value, row.A.Unit.ToString(), year, row.A.Dataset, row.A.Edition,
                        $"converted from {row.A.Input}: {row.A.FactorsText}");
                Add($"eu_uk_milex_{basis}", $"EU members and the UK, military expenditure {basisText}, {year}", row.B.Value, row.B.Unit.ToString(), year, row.B.Dataset, row.B.Edition,
                    $"{row.B.Input} ({row.B.CoverageText}); {row.B.FactorsText}");
                Add($"russia_to_eu_uk_{basis}", $"Russia ÷ EU + UK {basisText}, {year}", row.Ratio, "ratio", year, row.A.Dataset, row.A.Edition, "both sides on the same basis");
                sources.Add($"{row.A.Dataset} {row.A.Edition}");
            }
            foreach (var s in balance.Sources) sources.Add(s);
        }
        catch (Exception e) when (e is MissingDataException or ConversionException)
        {
            notes.Add($"Russia vs EU + UK {year} cannot be compared: {e.Message}");
        }

        try
        {
            var analysis = new BurdenAnalysis(store, new Converter(new StoreFactorProvider(store, registry: registry)), registry);
            // NATO's own tables rather than a secondary copy: the headline is NATO's count as NATO published it.
            var natoEdition = store.Catalogue().Where(c => c.Dataset.Id == "nato" && !c.Dataset.IsSecondary).Select(c => c.Dataset)
                .OrderByDescending(d => d, EditionOrder.Instance).FirstOrDefault()?.Edition;
            var counts = analysis.Counts(2014, year, Targets.TwoPercent, natoEdition: natoEdition);
            foreach (var row in new[] { counts.Rows.FirstOrDefault(), counts.Rows.LastOrDefault(r => r.Nato is not null) }.Distinct())
            {
                if (row?.Nato is not { } nato) continue;
                Add($"nato_allies_at_2pct_{row.Year}", $"NATO allies at 2% of GDP or more, {row.Year}", nato.Meeting, $"allies (of {nato.WithValue} with a value, {row.Members} members)",
                    row.Year, nato.Dataset, nato.Edition ?? "", "NATO's share of GDP rounded to 2 decimals ≥ 2 (as NATO counts)", string.Join(" ", nato.MeetingIds));
                sources.Add($"{nato.Dataset} {nato.Edition}");
            }
            foreach (var s in counts.Sources) sources.Add(s);
        }
        catch (Exception e) when (e is MissingDataException or ConversionException or StoreException)
        {
            notes.Add($"allies at 2% cannot be counted: {e.Message}");
        }
        return Table(rows, sources, notes);
    }

    private static ResultTable Table(List<object?[]> rows, IEnumerable<string> sources, List<string> notes) =>
        new("Headlines",
            [new("id"), new("label"), new("value", IsNumeric: true), new("unit"), new("year", IsNumeric: true), new("source"), new("edition"), new("method"), new("detail")],
            rows, sources.ToArray(), notes);
}
