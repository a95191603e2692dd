using Milbal.Analysis.Burden;
using Milbal.Core.Tables;
using Milbal.Reports.Charts;
using Milbal.Reports.Html;

namespace Milbal.Reports.Report;

/// <summary>What reaching each target would cost in the report year, and how many allies met 2% year by year (NATO and SIPRI).</summary>
public sealed class MoneyGapSection : IReportSection
{
    public const int FirstYear = 2014;

    public string Title => "The money gap to each target";

    public ReportSectionContent Build(ReportContext context)
    {
        var year = context.Year;
        var heading = $"The money gap to each target, {year}";
        if (context.NatoEdition is null)
            return new ReportSectionContent(heading, [new ParagraphBlock("The store holds no NATO data: import NATO's tables with 'milbal import nato <file>'.")]);
        var analysis = new BurdenAnalysis(context.Store, context.Converter, context.Registry);
        var editions = new List<EditionRef> { new("nato", context.NatoEdition) };

        BurdenTable[] tables;
        try
        {
            tables = new[] { Targets.TwoPercent, Targets.CoreThreePointFive, Targets.FivePercent }
                .Select(t => analysis.Table(year, t, BurdenSource.Nato, context.NatoEdition)).ToArray();
        }
        catch (ArgumentException e)
        {
            // A report year the NATO edition does not cover: say so, as the other sections do, instead of failing the report.
            return new ReportSectionContent(heading, [new ParagraphBlock($"No money gap for {year}: {e.Message}")]) { Anchor = "money-gap" };
        }
        var constantUnit = tables[0].ConstantUnit;
        var summary = new ResultTable($"Allies below each target and what reaching it would take, {year} (NATO {context.NatoEdition})",
        [
            new("target"), new("allies_meeting", IsNumeric: true), new("allies_with_value", IsNumeric: true), new("allies_below", IsNumeric: true),
            new("money_needed_current", tables[0].CurrentUnit.ToString(), IsNumeric: true),
            new("money_needed_constant", constantUnit.ToString(), IsNumeric: true), new("missing"),
        ],
        tables.Select(t => new object?[]
        {
            t.Target.Description, t.Meeting, t.WithValue, t.WithValue - t.Meeting, t.MoneyGapCurrent.Total, t.MoneyGapConstant.Total,
            string.Join(" ", t.MissingAllies),
        }).ToArray(),
        tables.SelectMany(t => t.Sources).Distinct().ToArray(),
        [
            "money needed = (target − ally's share of GDP, in percentage points) × the ally's GDP, summed over the allies below the target; allies at or above it add nothing",
            "shares are compared as NATO publishes them, rounded to two decimals",
            "5% counts NATO's whole 2035 pledge (3.5% core + 1.5% defence-related); NATO's defence-expenditure figures measure only the core, so the 5% gap is an upper bound",
        ]);

        var counts = analysis.Counts(Math.Min(FirstYear, year), year, Targets.TwoPercent, context.NatoEdition);
        foreach (var c in counts.Rows.SelectMany(r => new[] { r.Nato, r.Sipri }).OfType<TargetCount>())
            editions.Add(new EditionRef(c.Dataset, c.Edition));
        var chart = new LineChartSpec(
            $"Allies at or above 2% of GDP, {FirstYear}–{year}",
            "Year", "Allies (count)",
            context.SourceLine(editions.Distinct(), "NATO's and SIPRI's definitions of military expenditure; shares rounded to two decimals"),
            [
                new LineSeries($"NATO {context.NatoEdition}", counts.Rows.Where(r => r.Nato is not null).Select(r => new ChartPoint(r.Year, r.Nato!.Meeting)).ToArray()),
                new LineSeries("SIPRI", counts.Rows.Where(r => r.Sipri is not null).Select(r => new ChartPoint(r.Year, r.Sipri!.Meeting)).ToArray()),
            ]);
        return new ReportSectionContent(heading,
        [
            new ParagraphBlock($"In {year}, {tables[0].Meeting} of the {tables[0].WithValue} allies with a value were at or above 2% of GDP in NATO's {context.NatoEdition} figures; " +
                               $"{tables[1].Meeting} at 3.5% and {tables[2].Meeting} at 5%."),
            new TableBlock(summary),
            new ChartBlock(chart),
            new TableBlock(counts.ToResultTable()),
        ]) { Editions = editions.Distinct().ToArray(), Anchor = "money-gap" };
    }
}
