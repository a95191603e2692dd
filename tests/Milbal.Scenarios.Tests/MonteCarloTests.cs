namespace Milbal.Scenarios.Tests;

[Collection(ScenarioCollection.Name)]
public class MonteCarloTests(BundledStore bundle)
{
    private ScenarioResult Run(int paths, int seed, int? threads = null) =>
        ScenarioRunner.Run(bundle.Store, ScenarioCollection.Library.Load("hague-2035"),
            new RunOptions(paths, seed, Library: ScenarioCollection.Library, MaxThreads: threads));

    private static double[] GroupBands(ScenarioResult r) =>
        r.Groups.SelectMany(g => g.Rows).SelectMany(row => new[] { row.Band!.P5, row.Band.P50, row.Band.P95 }).ToArray();

    private static double[] Bands(ScenarioResult r) =>
        r.Groups.SelectMany(g => g.Rows).Concat(r.Countries.SelectMany(c => c.Rows))
            .SelectMany(row => new[] { row.Band!.P5, row.Band.P50, row.Band.P95 }).ToArray();

    [Fact]
    public void A_cancelled_run_stops_instead_of_finishing()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ScenarioRunner.Run(bundle.Store, ScenarioCollection.Library.Load("hague-2035"),
            new RunOptions(5000, 1, Library: ScenarioCollection.Library, Cancellation: cancelled.Token)));
    }

    [Fact]
    public void SameSeed_GivesIdenticalOutput_OnOneThreadOrAll()
    {
        var one = Run(3000, 7, threads: 1);
        var all = Run(3000, 7);
        Assert.Equal(Bands(one), Bands(all));
        Assert.Equal(one.Probabilities.Select(p => p.Value), all.Probabilities.Select(p => p.Value));
        Assert.Equal(ScenarioOutput.Json(one), ScenarioOutput.Json(all));
        Assert.NotEqual(Bands(one), Bands(Run(3000, 8)));
    }

    [Fact]
    public void BandsNarrowInSamplingError_AsPathsGrow()
    {
        var reference = GroupBands(Run(64_000, 99));
        double Error(int paths) => GroupBands(Run(paths, 1)).Zip(reference, (x, r) => Math.Abs(x - r) / r).Average();
        var small = Error(1_000);
        var large = Error(16_000);
        // Sampling error falls like 1/√n: 16× the paths should cut it about 4×; demand at least 2×.
        Assert.True(large < small / 2, $"mean relative error {small:E2} at 1,000 paths, {large:E2} at 16,000");
    }

    [Fact]
    public void TheMedianPath_IsCloseToTheDeterministicOne_AndBandsAreOrdered()
    {
        var result = Run(8_000, 3);
        foreach (var row in result.Groups.SelectMany(g => g.Rows))
        {
            Assert.True(row.Band!.P5 <= row.Band.P50 && row.Band.P50 <= row.Band.P95);
            Assert.Equal(row.Spending, row.Band.P50, row.Spending * 0.02);
        }
        var first = result.RowsOf("NATO")[0];
        Assert.Equal(first.Spending, first.Band!.P5, 1e-3 * first.Spending);
        Assert.Equal(first.Spending, first.Band.P95, 1e-3 * first.Spending);
        Assert.Contains(result.Probabilities, p => p.Statement == "P(EU_UK > RUS in 2030, constant 2024 Int$PPP)" && p.Value is >= 0 and <= 1);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_001)]
    [InlineData(int.MaxValue)]
    public void AbsurdPathCounts_AreRefused(int paths)
    {
        var e = Assert.Throws<ScenarioException>(() => Run(paths, 1));
        Assert.Contains("1,000,000", e.Message);
    }

    [Fact]
    public void Quantile_MatchesTheSortedType7Definition()
    {
        var random = new Random(5);
        var values = Enumerable.Range(0, 1001).Select(_ => (float)random.NextDouble()).ToArray();
        var sorted = values.Order().ToArray();
        foreach (var q in new[] { 0.05, 0.5, 0.95 })
        {
            var h = (sorted.Length - 1) * q;
            var lo = (int)Math.Floor(h);
            var expected = sorted[lo] + (h - lo) * (sorted[Math.Min(lo + 1, sorted.Length - 1)] - sorted[lo]);
            Assert.Equal(expected, Milbal.Analysis.Statistics.Quantiles.Select(values.ToArray(), q), 1e-6);
        }
    }
}
