using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Milbal.Reports.Charts;

public static partial class ChartRenderer
{
    private static void AddFans(Plot plot, FanChartSpec spec)
    {
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var series = spec.Series[i];
            var color = Palette[i % Palette.Length];
            foreach (var p in series.Points)
                if (!(p.P5 <= p.P50 && p.P50 <= p.P95))
                    throw new ArgumentException($"fan chart series '{series.Name}', {p.Year}: percentiles must satisfy P5 ≤ P50 ≤ P95 (got {p.P5}, {p.P50}, {p.P95})");
            var first = true;
            // Like line charts, a missing year breaks the band and the median instead of bridging it.
            foreach (var segment in FanSegments(series.Points))
            {
                var xs = segment.Select(p => (double)p.Year).ToArray();
                var band = plot.Add.FillY(xs, segment.Select(p => p.P5).ToArray(), segment.Select(p => p.P95).ToArray());
                band.FillColor = color.WithAlpha(0.22);
                band.LineWidth = 0;
                var median = plot.Add.Scatter(xs, segment.Select(p => p.P50).ToArray(), color);
                median.LineWidth = 2.5f;
                // A lone year has no band width or line length: a filled marker keeps it visible.
                median.MarkerSize = segment.Length == 1 ? 7 : 0;
                if (first)
                {
                    band.LegendText = $"{series.Name}, P5–P95";
                    median.LegendText = $"{series.Name}, median (P50)";
                }
                first = false;
            }
            if (series.Deterministic is not { Count: > 0 } deterministic) continue;
            first = true;
            foreach (var segment in Segments(deterministic))
            {
                // Skia's SVG backend drops dash patterns, so the deterministic path is told apart by hollow square markers and a thin line.
                var path = plot.Add.Scatter(segment.Select(p => (double)p.Year).ToArray(), segment.Select(p => p.Value).ToArray(), color);
                path.LineWidth = 1.2f;
                path.MarkerShape = MarkerShape.OpenSquare;
                path.MarkerSize = 7;
                if (first) path.LegendText = $"{series.Name}, deterministic path";
                first = false;
            }
        }
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => v.ToString("0", CultureInfo.InvariantCulture),
        };
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = FormatNumber };
        var values = spec.Series.SelectMany(s => s.Points.SelectMany(p => new[] { p.P5, p.P95 }).Concat((s.Deterministic ?? []).Select(p => p.Value)))
            .Concat(spec.Targets.Select(t => t.Value)).Where(double.IsFinite).ToArray();
        if (values.Length > 0 && values.Min() >= 0)
        {
            plot.Axes.AutoScale();
            plot.Axes.SetLimitsY(0, values.Max() * 1.08);
        }
    }

    private static IEnumerable<FanPoint[]> FanSegments(IReadOnlyList<FanPoint> points)
    {
        var current = new List<FanPoint>();
        foreach (var p in points.Where(p => double.IsFinite(p.P5) && double.IsFinite(p.P50) && double.IsFinite(p.P95)).OrderBy(p => p.Year))
        {
            if (current.Count > 0 && p.Year != current[^1].Year + 1)
            {
                yield return current.ToArray();
                current.Clear();
            }
            current.Add(p);
        }
        if (current.Count > 0) yield return current.ToArray();
    }
}
