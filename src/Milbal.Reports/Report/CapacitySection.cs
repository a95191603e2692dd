using Milbal.Analysis.Capacity;
using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Tables;
using Milbal.Data.Store;
using Milbal.Reports.Html;
using Milbal.Scenarios;

namespace Milbal.Reports.Report;

/// <summary>
/// "Russia makes in three months what NATO's European members make in a year": artillery-round output ratios for
/// 2024 and 2025 as P5 / P50 / P95 over the cited ranges, each input row cited, and the claim judged (ratio ≥ 4); then what a
/// scenario's additional equipment spending buys at cited contract prices (data/capacity/unit-costs.csv), as ranges.
/// </summary>
public sealed class CapacitySection(int paths = 20_000, string buysScenario = "hague-2035", string buysEntity = "EU_UK", int buysYear = 2030) : IReportSection
{
    public string Title => "Ammunition production: Russia vs Europe";

    /// <summary>
    /// What a scenario's spending buys for a group or country of the scenario: its deterministic path on constant US$MER
    /// (equipment is bought at market prices) against the status-quo baseline, then <see cref="EquipmentBuys.Run"/>.
    /// </summary>
    public static EquipmentBuysResult ScenarioBuys(MilbalStore store, EntityRegistry registry, FactorOptions factors, string scenario, string entity,
        UnitCostDataset costs, IReadOnlyCollection<string>? items = null, int? year = null, double itemShare = 1.0, double? equipmentShare = null,
        int paths = EquipmentBuys.DefaultPaths, int seed = EquipmentBuys.DefaultSeed)
    {
        var file = ScenarioLibrary.Default().Load(scenario, registry);
        var result = ScenarioRunner.Run(store, file, new RunOptions(Basis: MoneyBasis.UsdMer, Registry: registry, Factors: factors));
        var id = registry.TryResolve(entity, out var e) ? e.Id : registry.TryGetGroup(entity, out var g) ? g.Id : entity;
        var members = result.Groups.FirstOrDefault(x => x.Id == id) is { } group ? group.Members.Except(group.MissingMembers).ToArray()
            : result.Countries.Any(c => c.Id == id) ? [id]
            : throw new ArgumentException($"'{entity}' is not in scenario {file.Name}: use one of its groups ({string.Join(", ", result.Groups.Select(x => x.Id))}) or countries");
        if (year is { } y && !result.Years.Contains(y))
            throw new ArgumentException($"--year {y}: scenario {file.Name} runs {result.Years[0]}–{result.Years[^1]}");
        var spending = result.Countries.Where(c => members.Contains(c.Id))
            .SelectMany(c => c.Rows.Where(r => year is null || r.Year == year).Select(r => new CountrySpending(c.Id, r.Year, r.Spending, r.Additional))).ToArray();
        var converter = new Converter(new StoreFactorProvider(store, factors, registry));
        var buys = EquipmentBuys.Run(id, spending, result.Unit, converter, costs, items, itemShare, equipmentShare, paths, seed);
        var notes = new List<string>
        {
            $"spending: scenario {file.Name}, deterministic path on {result.Unit} (market rates: equipment is bought at market prices, not at GDP PPP); additional = against {result.Baseline ?? "no baseline"}",
        };
        notes.AddRange(result.Notes);
        notes.AddRange(buys.Notes);
        return buys with { Notes = notes };
    }

    public ReportSectionContent Build(ReportContext context)
    {
        const string heading = "Ammunition production: Russia vs Europe";
        CapacityDataset data;
        try { data = CapacityDataset.Default(); }
        catch (Exception e) when (e is FileNotFoundException or CapacityDataException)
        {
            return new ReportSectionContent(heading, [new ParagraphBlock($"The capacity dataset could not be read: {e.Message}")]) { Anchor = "capacity" };
        }
        var analysis = new CapacityAnalysis(data);
        var ratios = new[] { 2024, 2025 }.Select(y => analysis.Ratio("artillery_rounds", "RUS", "NATO_EUROPE", y, paths)).ToArray();
        var table = new ResultTable("Annual artillery-round output, Russia ÷ Europe (P5 / P50 / P95 over the cited ranges)",
        [
            new("year", IsNumeric: true), new("ratio_p5", IsNumeric: true), new("ratio_p50", IsNumeric: true), new("ratio_p95", IsNumeric: true),
            new("months_of_russia_for_a_year_of_europe_p50", "months", IsNumeric: true), new("p_ratio_at_least_4", IsNumeric: true), new("verdict"),
        ],
        ratios.Select(r => new object?[]
        {
            r.Year, r.Ratio.Low, r.Ratio.Central, r.Ratio.High, r.MonthsOfAForOneYearOfB.Central, r.ProbabilityAtLeastThreshold, r.VerdictText,
        }).ToArray(),
        ratios.SelectMany(r => r.Sources).Select(s => s.Citation).Distinct().ToArray(),
        ratios.SelectMany(r => r.Notes).Distinct().ToArray());
        var blocks = new List<ReportBlock>();
        try
        {
            var buys = ScenarioBuys(context.Store, context.Registry, context.Factors.Options, buysScenario, buysEntity, UnitCostDataset.Default(), year: buysYear, paths: paths);
            var y = buys.Years.Single();
            var buysTable = new ResultTable(
                $"What scenario {buysScenario} buys for {buys.Entity} in {buysYear}: units if all of the additional equipment spending went to one item (P5 / P50 / P95 over cited unit costs)",
            [
                new("item"), new("unit_cost_p5", $"{buys.Unit} million", IsNumeric: true), new("unit_cost_p50", $"{buys.Unit} million", IsNumeric: true),
                new("unit_cost_p95", $"{buys.Unit} million", IsNumeric: true),
                new("additional_units_p5", "units", IsNumeric: true), new("additional_units_p50", "units", IsNumeric: true), new("additional_units_p95", "units", IsNumeric: true),
                new("sources"),
            ],
            buys.Items.Select(i => new object?[]
            {
                i.Item, i.UnitCost.Low / 1e6, i.UnitCost.Central / 1e6, i.UnitCost.High / 1e6,
                i.Years[0].AdditionalUnits?.Low, i.Years[0].AdditionalUnits?.Central, i.Years[0].AdditionalUnits?.High,
                string.Join(", ", i.Costs.Select(c => c.Row.Id)),
            }).ToArray(),
            buys.Sources.Select(r => r.Citation).ToArray(),
            [$"{buys.Entity} {buysYear}: equipment spending {y.Equipment:0.0}bn, additional over status quo {y.AdditionalEquipment:0.0}bn ({buys.Unit})", .. buys.Notes]);
            blocks.Add(new ParagraphBlock($"What the extra money buys: the additional equipment spending of {buysScenario} over the status quo, divided by cited contract prices " +
                                          "(data/capacity/unit-costs.csv). Contract prices include support and training and differ by buyer; each item is read on its own."));
            blocks.Add(new TableBlock(buysTable));
        }
        catch (Exception e) when (e is ScenarioException or ConversionException or ArgumentException or FileNotFoundException or CapacityDataException)
        {
            blocks.Add(new ParagraphBlock($"What a scenario buys could not be computed on this store: {e.Message}"));
        }
        return new ReportSectionContent(heading,
        [
            new ParagraphBlock("NATO's Secretary General said Russia produces as much ammunition in three months as NATO's European members in a year, " +
                               "i.e. a ratio of at least 4. The published estimates disagree widely; the table samples each cited figure's range and " +
                               "the disagreement between sources (data/capacity/capacity.csv, every row cited)."),
            new TableBlock(table),
            .. blocks,
        ]) { Anchor = "capacity" };
    }
}
