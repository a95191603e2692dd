namespace Milbal.Reports.Charts;

/// <summary>A simulated distribution in one year: the 5th, 50th and 95th percentiles over the Monte Carlo paths.</summary>
public sealed record FanPoint(int Year, double P5, double P50, double P95);

/// <summary>
/// One projected quantity: a shaded P5–P95 band, the median line and, optionally, the deterministic path (the
/// scenario without uncertainty), which may also cover historical years before the band starts.
/// </summary>
public sealed record FanSeries(string Name, IReadOnlyList<FanPoint> Points, IReadOnlyList<ChartPoint>? Deterministic = null);

/// <summary>Monte Carlo projections over years: per series a P5–P95 band, a P50 line and the deterministic path; the x axis is the year.</summary>
public sealed record FanChartSpec(string Title, string XLabel, string YLabel, string Source, IReadOnlyList<FanSeries> Series)
    : ChartSpec(Title, XLabel, YLabel, Source);
