using System.Text.RegularExpressions;
using Milbal.Reports.Charts;

namespace Milbal.Reports.Tests;

public class ChartTests
{
    private static readonly LineChartSpec Line = new("Russia's military expenditure", "Year", "Billion, current US$", "Source: SIPRI 2025; World Bank WDI 2026-03-05",
    [
        new LineSeries("Russia, US$ at MER", [new(2014, 84.7), new(2015, 66.4), new(2016, 69.3), new(2018, 61.6), new(2019, 65.1)]),
        new LineSeries("Russia, Int$ at PPP", [new(2014, 154.8), new(2015, 171.8)], Dashed: true) { ColorGroup = "RUS" },
    ]);

    private static string TextOf(string svg) =>
        string.Join("\n", Regex.Matches(svg, "<text[^>]*>([^<]*)</text>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value.Trim())));

    [Fact]
    public void Line_chart_svg_has_title_axis_labels_legend_source_and_integer_years()
    {
        var text = TextOf(ChartRenderer.ToSvg(Line));
        foreach (var expected in new[] { Line.Title, "Year", "Billion, current US$", "Russia, US$ at MER", "Russia, Int$ at PPP", "Source: SIPRI 2025; World Bank WDI 2026-03-05" })
            Assert.Contains(expected, text);
        Assert.Contains("2014", text);
        Assert.DoesNotContain("2,014", text);
        Assert.DoesNotMatch(@"\b20\d\d\.\d", text);
    }

    [Fact]
    public void Gaps_break_the_line_instead_of_bridging_missing_years()
    {
        // 2017 is missing: the MER series is drawn as two segments, so there are three scatter plottables, not two.
        var plot = ChartRenderer.Build(Line);
        Assert.Equal(3, plot.GetPlottables<ScottPlot.Plottables.Scatter>().Count());
        Assert.Equal(2, plot.GetPlottables<ScottPlot.Plottables.Scatter>().Count(s => !string.IsNullOrEmpty(s.LegendText)));
    }

    [Fact]
    public void Bar_chart_draws_target_lines_and_category_labels()
    {
        var spec = new BarChartSpec("Defence expenditure as % of GDP, 2024", "% of GDP", "Ally", "Source: NATO 2024",
            [new BarItem("Poland", 4.12), new BarItem("Spain", 1.28), new BarItem("NATO", 2.71, Highlight: true)])
        {
            Targets = [new TargetLine(2, "2% guideline"), new TargetLine(3.5, "3.5% core"), new TargetLine(5, "5% total")],
        };
        var plot = ChartRenderer.Build(spec);
        Assert.Equal([2.0, 3.5, 5.0], plot.GetPlottables<ScottPlot.Plottables.VerticalLine>().Select(l => l.X).ToArray());
        var text = TextOf(ChartRenderer.ToSvg(spec));
        foreach (var expected in new[] { spec.Title, "% of GDP", "Ally", "Poland", "Spain", "NATO", "2% guideline", "3.5% core", "5% total", "Source: NATO 2024", "4.12" })
            Assert.Contains(expected, text);
    }

    [Fact]
    public void Png_is_a_png_of_the_requested_size()
    {
        var png = ChartRenderer.ToPng(Line, 800, 400);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // IHDR width and height, big-endian, at bytes 16–23.
        Assert.Equal(800, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
        Assert.Equal(400, (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
    }

    [Fact]
    public void Inline_svg_scales_and_prefixes_its_ids()
    {
        var svg = ChartRenderer.ToInlineSvg(Line, "c7");
        var open = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..svg.IndexOf('>', svg.IndexOf("<svg", StringComparison.Ordinal))];
        Assert.Contains("viewBox=\"0 0 900 480\"", open);
        Assert.Contains("width=\"100%\"", open);
        Assert.DoesNotContain("height=", open.Replace("data-height=", "", StringComparison.Ordinal));
        Assert.All(Regex.Matches(svg, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value), id => Assert.StartsWith("c7-", id));
        Assert.All(Regex.Matches(svg, @"url\(#([^)]+)\)").Select(m => m.Groups[1].Value), id => Assert.StartsWith("c7-", id));
    }
}
