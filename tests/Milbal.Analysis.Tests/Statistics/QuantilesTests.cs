using Milbal.Analysis.Statistics;

namespace Milbal.Analysis.Tests.Statistics;

public class QuantilesTests
{
    [Theory]
    [InlineData(0.05)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public void Selection_and_sorted_paths_agree(double q)
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 1001).Select(_ => (float)(random.NextDouble() * 100)).ToArray();
        var sorted = values.Select(v => (double)v).Order().ToArray();
        Assert.Equal(Quantiles.Sorted(sorted, q), Quantiles.Select(values.ToArray(), q), 1e-4);
    }

    [Fact]
    public void Type_7_interpolates_between_order_statistics() =>
        Assert.Equal(2.5, Quantiles.Sorted([1, 2, 3, 4], 0.5));
}
