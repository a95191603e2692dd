namespace Milbal.Reports.Charts;

/// <summary>One value of a series in a year.</summary>
public sealed record ChartPoint(int Year, double Value);

/// <summary>A named line; years without a value are gaps (the line is broken there, never drawn through zero). <paramref name="Dashed"/>: a secondary style (hollow markers, thinner line) for a second basis of the same series.</summary>
public sealed record LineSeries(string Name, IReadOnlyList<ChartPoint> Points, bool Dashed = false)
{
    /// <summary>Series with the same group share a colour (e.g. one country at MER and at PPP); null: the name.</summary>
    public string? ColorGroup { get; init; }
}

/// <summary>A reference line such as NATO's 2% guideline, drawn across the value axis with its label in the legend.</summary>
public sealed record TargetLine(double Value, string Label);

/// <summary>One bar; <paramref name="Highlight"/> draws it in the accent colour (e.g. an aggregate among countries).</summary>
public sealed record BarItem(string Label, double Value, bool Highlight = false);

/// <summary>
/// What every chart must show so it can be read on its own: a title, axis labels with units and the source line
/// (datasets and editions), drawn on the chart itself so a copied image keeps its provenance.
/// </summary>
public abstract record ChartSpec(string Title, string XLabel, string YLabel, string Source)
{
    public IReadOnlyList<TargetLine> Targets { get; init; } = [];
}

/// <summary>Several series over years; the x axis is the year, labelled as integers.</summary>
public sealed record LineChartSpec(string Title, string XLabel, string YLabel, string Source, IReadOnlyList<LineSeries> Series)
    : ChartSpec(Title, XLabel, YLabel, Source);

/// <summary>
/// Bars with target lines. Horizontal bars put the categories on the y axis (readable with 30+ countries):
/// <see cref="ChartSpec.XLabel"/> is then the value axis. Vertical bars put the categories on the x axis.
/// </summary>
public sealed record BarChartSpec(string Title, string XLabel, string YLabel, string Source, IReadOnlyList<BarItem> Bars, bool Horizontal = true)
    : ChartSpec(Title, XLabel, YLabel, Source)
{
    /// <summary>Format of the value written at the end of each bar (null: no value labels).</summary>
    public string? ValueFormat { get; init; } = "0.00";
}
