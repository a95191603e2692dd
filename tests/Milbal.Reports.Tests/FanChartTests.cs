using System.Text.RegularExpressions;
using Milbal.Reports.Charts;

namespace Milbal.Reports.Tests;

public class FanChartTests
{
    private static readonly FanChartSpec Fan = new("NATO Europe and Canada, military expenditure to 2035 (hague-2035)", "Year",
        "Billion US$, constant 2023, market rate", "Source: Milbal scenario hague-2035, 1,000 paths; NATO 2024; IMF WEO 2025-10",
    [
        new FanSeries("NATO Europe + Canada",
            [new(2025, 480, 500, 520), new(2026, 500, 540, 580), new(2027, 520, 580, 650), new(2028, 540, 620, 720)],
            [new(2023, 430), new(2024, 470), new(2025, 500), new(2026, 541), new(2027, 579), new(2028, 618)]),
        new FanSeries("Russia", [new(2025, 120, 145, 170), new(2026, 110, 140, 175), new(2028, 100, 138, 185)]),
    ]);

    private static string TextOf(string svg) =>
        string.Join("\n", Regex.Matches(svg, "<text[^>]*>([^<]*)</text>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value.Trim())));

    [Fact]
    public void Svg_has_title_axis_labels_legend_source_and_integer_years()
    {
        var text = TextOf(ChartRenderer.ToSvg(Fan));
        foreach (var expected in new[]
                 {
                     Fan.Title, "Year", "Billion US$, constant 2023, market rate", "NATO Europe + Canada, P5–P95", "NATO Europe + Canada, median (P50)",
                     "NATO Europe + Canada, deterministic path", "Russia, P5–P95", "Russia, median (P50)", "Source: Milbal scenario hague-2035, 1,000 paths; NATO 2024; IMF WEO 2025-10",
                 })
            Assert.Contains(expected, text);
        Assert.DoesNotContain("Russia, deterministic path", text);
        Assert.Contains("2026", text);
        Assert.DoesNotContain("2,025", text);
        Assert.DoesNotContain("2,026", text);
        Assert.DoesNotMatch(@"\b20\d\d\.\d", text);
    }

    [Fact]
    public void Band_median_and_deterministic_path_are_separate_plottables_and_gaps_break_them()
    {
        var plot = ChartRenderer.Build(Fan);
        // Europe: one band; Russia: 2027 is missing, so two bands.
        var bands = plot.GetPlottables<ScottPlot.Plottables.FillY>().ToArray();
        Assert.Equal(3, bands.Length);
        var scatters = plot.GetPlottables<ScottPlot.Plottables.Scatter>().ToArray();
        // Medians: 1 + 2 segments; deterministic path: 1.
        Assert.Equal(4, scatters.Length);
        var deterministic = Assert.Single(scatters, s => s.MarkerShape == ScottPlot.MarkerShape.OpenSquare);
        Assert.Equal(6, deterministic.Data.GetScatterPoints().Count);
        // Medians are plain lines, except Russia's lone 2028, drawn as a marker so it stays visible.
        Assert.Equal([0, 0, 7], scatters.Where(s => s != deterministic).Select(s => s.MarkerSize).Order().ToArray());
    }

    [Fact]
    public void Percentiles_out_of_order_are_rejected()
    {
        var bad = Fan with { Series = [new FanSeries("X", [new(2025, 10, 5, 20)])] };
        var e = Assert.Throws<ArgumentException>(() => ChartRenderer.Build(bad));
        Assert.Contains("2025", e.Message);
    }

    [Fact]
    public void Png_is_a_png_of_the_requested_size()
    {
        var png = ChartRenderer.ToPng(Fan, 1000, 560);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(1000, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
        Assert.Equal(560, (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
        var defaults = ChartRenderer.ToPng(Fan);
        Assert.Equal(900, (defaults[16] << 24) | (defaults[17] << 16) | (defaults[18] << 8) | defaults[19]);
    }
}
