using Milbal.Analysis.Capacity;
using Milbal.Core.Tables;
using Milbal.Reports.Html;

namespace Milbal.Reports.Report;

/// <summary>
/// "Russia makes in three months what NATO's European members make in a year": artillery-round output ratios for
/// 2024 and 2025 as P5 / P50 / P95 over the cited ranges, each input row cited, and the claim judged (ratio ≥ 4).
/// </summary>
public sealed class CapacitySection(int paths = 20_000) : IReportSection
{
    public string Title => "Ammunition production: Russia vs Europe";

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
        return new ReportSectionContent(heading,
        [
            new ParagraphBlock("NATO's Secretary General said Russia produces as much ammunition in three months as NATO's European members in a year, " +
                               "i.e. a ratio of at least 4. The published estimates disagree widely; the table samples each cited figure's range and " +
                               "the disagreement between sources (data/capacity/capacity.csv, every row cited)."),
            new TableBlock(table),
        ]) { Anchor = "capacity" };
    }
}
