using Milbal.Scenarios;

namespace Milbal.Reports.Charts;

/// <summary>The fan chart of a scenario run: the entities its crossing statements compare (else its groups).</summary>
public static class ScenarioFanChart
{
    public static FanChartSpec For(ScenarioResult result)
    {
        var ids = result.Crossings.SelectMany(c => new[] { c.A, c.B }).Distinct().ToArray();
        if (ids.Length == 0) ids = result.Groups.Select(g => g.Id).ToArray();
        var series = ids.Select(id =>
        {
            var rows = result.RowsOf(id);
            var name = result.Groups.FirstOrDefault(g => g.Id == id)?.Name ?? result.Countries.FirstOrDefault(c => c.Id == id)?.Name ?? id;
            return new FanSeries(name,
                rows.Where(r => r.Band is not null && r.Year > result.BaseYear).Select(r => new FanPoint(r.Year, r.Band!.P5, r.Band.P50, r.Band.P95)).ToArray(),
                rows.Select(r => new ChartPoint(r.Year, r.Spending)).ToArray());
        }).ToArray();
        var bands = result.Paths > 0 ? $"P5–P95 of {result.Paths} Monte Carlo paths (seed {result.Seed}), median line; " : "";
        return new FanChartSpec(
            $"Scenario {result.Scenario.Name}: military expenditure {result.Years[0]}–{result.Years[^1]}",
            "Year", result.UnitLabel,
            $"{bands}markers: deterministic path. Sources: {string.Join("; ", result.Sources.Take(4))}{(result.Sources.Count > 4 ? " …" : "")}. Milbal scenario engine",
            series);
    }
}
