using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Milbal.Reports.Charts;

/// <summary>Renders <see cref="ChartSpec"/>s with ScottPlot to SVG (for the HTML report) or PNG.</summary>
public static partial class ChartRenderer
{
    private static readonly Color[] Palette =
    [
        new(31, 119, 180), new(214, 39, 40), new(44, 160, 44), new(255, 127, 14), new(148, 103, 189), new(140, 86, 75),
    ];

    private static readonly Color[] TargetColors = [new(44, 160, 44), new(255, 127, 14), new(214, 39, 40), new(148, 103, 189)];

    private static readonly Lock FontLock = new();
    private static bool _fontSet;

    /// <summary>Default pixel size: wide enough for a title and legend; horizontal bar charts grow with their bars.</summary>
    public static (int Width, int Height) DefaultSize(ChartSpec spec) => spec switch
    {
        BarChartSpec { Horizontal: true } b => (900, Math.Max(360, 170 + 19 * b.Bars.Count)),
        _ => (900, 480),
    };

    /// <summary>Width of the phone rendering: drawn at this size, its text stays legible on a 390 px screen.</summary>
    public const int NarrowWidth = 420;

    /// <summary>Size for phones: narrow, and taller where the legend and the source line wrap.</summary>
    public static (int Width, int Height) NarrowSize(ChartSpec spec) => spec switch
    {
        BarChartSpec { Horizontal: true } b => (NarrowWidth, Math.Max(420, 260 + 17 * b.Bars.Count)),
        _ => (NarrowWidth, 520),
    };

    /// <summary>A standalone SVG document.</summary>
    public static string ToSvg(ChartSpec spec, int? width = null, int? height = null)
    {
        var (w, h) = Size(spec, width, height);
        return Build(spec, w).GetSvgXml(w, h);
    }

    /// <summary>
    /// An SVG for inlining in HTML: scales with its container (viewBox, width 100%), and its ids are prefixed with
    /// <paramref name="idPrefix"/> so several charts in one page don't share clip paths.
    /// </summary>
    public static string ToInlineSvg(ChartSpec spec, string idPrefix, int? width = null, int? height = null)
    {
        var (w, h) = Size(spec, width, height);
        var svg = Build(spec, w).GetSvgXml(w, h);
        svg = IdAttribute().Replace(svg, m => $"id=\"{idPrefix}-{m.Groups[1].Value}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{idPrefix}-{m.Groups[1].Value})");
        svg = HrefReference().Replace(svg, m => $"{m.Groups[1].Value}=\"#{idPrefix}-{m.Groups[2].Value}\"");
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException("ScottPlot returned no <svg> element");
        var end = svg.IndexOf('>', start);
        var open = svg[start..end];
        open = SizeAttribute().Replace(open, "");
        if (!open.Contains("viewBox", StringComparison.Ordinal)) open += $" viewBox=\"0 0 {w} {h}\"";
        var title = System.Security.SecurityElement.Escape(spec.Title);
        open += $" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-label=\"{title}\" class=\"chart\" data-width=\"{w}\" data-height=\"{h}\"";
        return open + svg[end..];
    }

    public static byte[] ToPng(ChartSpec spec, int? width = null, int? height = null)
    {
        var (w, h) = Size(spec, width, height);
        return Build(spec, w).GetImageBytes(w, h, ImageFormat.Png);
    }

    public static void SavePng(ChartSpec spec, string path, int? width = null, int? height = null) => File.WriteAllBytes(path, ToPng(spec, width, height));

    public static void SaveSvg(ChartSpec spec, string path, int? width = null, int? height = null) => File.WriteAllText(path, ToSvg(spec, width, height), Encoding.UTF8);

    private static (int, int) Size(ChartSpec spec, int? width, int? height)
    {
        var (w, h) = DefaultSize(spec);
        return (width ?? w, height ?? h);
    }

    /// <summary>The ScottPlot plot for a spec (exposed to tests and to callers that want to adjust it).</summary>
    /// <param name="width">The pixel width it will be drawn at: narrow charts get smaller type and a wrapped title and source line.</param>
    public static Plot Build(ChartSpec spec, int width = 900)
    {
        EnsureFont();
        var narrow = width < 600;
        var plot = new Plot();
        plot.Title(narrow ? Wrap(spec.Title, 36) : spec.Title);
        plot.Axes.Title.Label.FontSize = narrow ? 15 : 17;
        plot.Axes.Title.FullFigureCenter = true;
        plot.XLabel(narrow ? Wrap(spec.XLabel, 28) : spec.XLabel);
        plot.YLabel(narrow ? Wrap(spec.YLabel, 40) : spec.YLabel);
        if (narrow)
        {
            plot.Legend.FontSize = 11;
            plot.Axes.Bottom.Label.FontSize = 13;
            plot.Axes.Left.Label.FontSize = 13;
        }
        switch (spec)
        {
            case LineChartSpec line: AddLines(plot, line); break;
            case BarChartSpec bars: AddBars(plot, bars); break;
            case FanChartSpec fan: AddFans(plot, fan); break;
            default: throw new ArgumentException($"unknown chart type {spec.GetType().Name}");
        }
        AddTargets(plot, spec, narrow);
        plot.ShowLegend(Edge.Bottom);
        // About 6.5 px per character of 11 px DejaVu Sans.
        plot.Axes.AddPanel(new SourcePanel(Wrap(spec.Source, Math.Max(40, (width - 20) / 7))));
        return plot;
    }

    private static void EnsureFont()
    {
        // ScottPlot picks a serif font on Debian unless told; DejaVu Sans comes with fonts-dejavu-core (scripts/test installs it).
        lock (FontLock)
        {
            if (_fontSet) return;
            Fonts.Default = "DejaVu Sans";
            _fontSet = true;
        }
    }

    private static void AddLines(Plot plot, LineChartSpec spec)
    {
        var groups = spec.Series.Select(s => s.ColorGroup ?? s.Name).Distinct().ToList();
        foreach (var series in spec.Series)
        {
            var color = Palette[groups.IndexOf(series.ColorGroup ?? series.Name) % Palette.Length];
            var first = true;
            // A gap in the data breaks the line: drawing through it would invent the missing years.
            foreach (var segment in Segments(series.Points))
            {
                var scatter = plot.Add.Scatter(segment.Select(p => (double)p.Year).ToArray(), segment.Select(p => p.Value).ToArray(), color);
                scatter.LineWidth = 2.5f;
                scatter.MarkerSize = 5;
                // Skia's SVG backend drops dash patterns (and complains on stderr): a "dashed" series is told apart by hollow square markers and a thinner line.
                if (series.Dashed)
                {
                    scatter.MarkerShape = MarkerShape.OpenSquare;
                    scatter.MarkerSize = 7;
                    scatter.LineWidth = 1.5f;
                }
                if (first) scatter.LegendText = series.Name;
                first = false;
            }
        }
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => v.ToString("0", CultureInfo.InvariantCulture),
        };
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = FormatNumber };
        var values = spec.Series.SelectMany(s => s.Points).Select(p => p.Value).Concat(spec.Targets.Select(t => t.Value)).ToArray();
        if (values.Length > 0 && values.Min() >= 0)
        {
            plot.Axes.AutoScale();
            plot.Axes.SetLimitsY(0, values.Max() * 1.08);
        }
    }

    private static IEnumerable<ChartPoint[]> Segments(IReadOnlyList<ChartPoint> points)
    {
        var current = new List<ChartPoint>();
        foreach (var p in points.Where(p => double.IsFinite(p.Value)).OrderBy(p => p.Year))
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

    private static void AddBars(Plot plot, BarChartSpec spec)
    {
        var n = spec.Bars.Count;
        var bars = spec.Bars.Select((b, i) => new Bar
        {
            // Horizontal: the first bar at the top.
            Position = spec.Horizontal ? n - 1 - i : i,
            Value = b.Value,
            FillColor = b.Highlight ? new Color(214, 39, 40) : new Color(31, 119, 180),
            Label = spec.ValueFormat is null ? "" : b.Value.ToString(spec.ValueFormat, CultureInfo.InvariantCulture),
            Size = 0.7,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = spec.Horizontal;
        barPlot.ValueLabelStyle.FontSize = 10;
        var positions = spec.Bars.Select((_, i) => (double)(spec.Horizontal ? n - 1 - i : i)).ToArray();
        var labels = spec.Bars.Select(b => b.Label).ToArray();
        var categoryAxis = spec.Horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        var valueAxis = spec.Horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        categoryAxis.TickGenerator = new NumericManual(positions, labels);
        categoryAxis.MajorTickStyle.Length = 0;
        valueAxis.TickGenerator = new NumericAutomatic { LabelFormatter = FormatNumber };
        if (!spec.Horizontal)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        }
        var max = spec.Bars.Select(b => b.Value).Concat(spec.Targets.Select(t => t.Value)).DefaultIfEmpty(1).Max();
        var min = Math.Min(0, spec.Bars.Select(b => b.Value).DefaultIfEmpty(0).Min());
        var (lo, hi) = (min * 1.1, max * 1.12);
        if (spec.Horizontal) plot.Axes.SetLimits(lo, hi, -0.7, n - 0.3);
        else plot.Axes.SetLimits(-0.7, n - 0.3, lo, hi);
    }

    private static void AddTargets(Plot plot, ChartSpec spec, bool narrow)
    {
        var alongX = spec is BarChartSpec { Horizontal: true };
        for (var i = 0; i < spec.Targets.Count; i++)
        {
            var target = spec.Targets[i];
            var color = TargetColors[i % TargetColors.Length];
            if (alongX)
            {
                var line = plot.Add.VerticalLine(target.Value, 1.8f, color, LinePattern.Solid);
                line.LegendText = narrow ? Wrap(target.Label, 24) : target.Label;
            }
            else
            {
                var line = plot.Add.HorizontalLine(target.Value, 1.8f, color, LinePattern.Solid);
                line.LegendText = narrow ? Wrap(target.Label, 24) : target.Label;
            }
        }
    }

    /// <summary>Axis numbers with grouped thousands and no needless decimals (years use their own formatter).</summary>
    internal static string FormatNumber(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("#,##0", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Breaks a long source line at spaces so it fits under the plot.</summary>
    internal static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                if (line.Length > 0) line.Append(' ');
                line.Append(word);
            }
            lines.Add(line.ToString());
        }
        return string.Join("\n", lines);
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();

    [GeneratedRegex("\\s(width|height)=\"[^\"]*\"")]
    private static partial Regex SizeAttribute();
}
