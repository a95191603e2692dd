using Milbal.Core.Tables;
using Milbal.Reports.Charts;
using Milbal.Reports.Html;
using Milbal.Scenarios;

namespace Milbal.Reports.Report;

/// <summary>
/// The Hague pledge projected to 2035: groups' spending on the scenario's basis with Monte Carlo bands, when Europe
/// stays ahead of Russia, and how likely. A modest path count keeps the report fast; the CLI runs more.
/// </summary>
public sealed class ProjectionsSection(string scenarioName = "hague-2035", int paths = ProjectionsSection.DefaultPaths, int seed = 1) : IReportSection
{
    public const int DefaultPaths = 2_000;

    public string Title => "Projections";

    public ReportSectionContent Build(ReportContext context)
    {
        var heading = $"Projections: scenario {scenarioName}";
        ScenarioResult result;
        try
        {
            var file = ScenarioLibrary.Default().Load(scenarioName, context.Registry);
            result = ScenarioRunner.Run(context.Store, file, new RunOptions(paths, seed, Registry: context.Registry, Factors: context.Factors.Options));
        }
        catch (ScenarioException e)
        {
            return new ReportSectionContent(heading, [new ParagraphBlock($"The scenario could not be run on this store: {e.Message}")]) { Anchor = "projections" };
        }

        var years = result.Years.Where(y => y == result.BaseYear || y % 5 == 0 || y == result.Years[^1]).Distinct().ToArray();
        var rows = result.Groups.SelectMany(g => result.RowsOf(g.Id).Where(r => years.Contains(r.Year)).Select(r => new object?[]
        {
            g.Id, g.Name, r.Year, r.Spending, r.Band?.P5, r.Band?.P95, r.ShareOfGdp, r.CumulativeAdditional, r.GapToTarget,
        })).ToArray();
        var table = new ResultTable($"Scenario {result.Scenario.Name}, groups ({result.UnitLabel})",
        [
            new("group"), new("name"), new("year", IsNumeric: true), new("spending", result.UnitLabel, IsNumeric: true),
            new("p5", result.UnitLabel, IsNumeric: true), new("p95", result.UnitLabel, IsNumeric: true), new("share_of_gdp", "%", IsNumeric: true),
            new("cumulative_additional", result.UnitLabel, IsNumeric: true), new("gap_to_target", result.UnitLabel, IsNumeric: true),
        ], rows, result.Sources, result.Notes);

        var statements = result.Probabilities.Select(p => $"{p.Statement} = {p.Value:0.000}")
            .Concat(result.Crossings.Select(c => c.Year is { } y
                ? $"{c.A} {(c.AAheadInBaseYear ? "is above" : "overtakes")} {c.B} {(c.AAheadInBaseYear ? "from" : "in")} {y} ({c.Basis})"
                : $"{c.A} does not overtake {c.B} by {result.Years[^1]} ({c.Basis})"))
            .ToArray();
        var editions = context.Catalogue
            .Where(c => result.Sources.Any(s => s.Contains($"{c.Dataset.Id} {c.Dataset.Edition}", StringComparison.Ordinal)))
            .Select(c => new EditionRef(c.Dataset.Id, c.Dataset.Edition)).ToArray();
        return new ReportSectionContent(heading,
        [
            new ParagraphBlock(result.Scenario.Description + $" Spending on the basis {result.UnitLabel}; {paths:N0} Monte Carlo paths (seed {seed}) for the bands; " +
                               "'milbal scenario run " + scenarioName + " --paths 10000' runs more."),
            new ListBlock(statements),
            new ChartBlock(ScenarioFanChart.For(result)),
            new TableBlock(table),
        ]) { Editions = editions, Anchor = "projections" };
    }
}
