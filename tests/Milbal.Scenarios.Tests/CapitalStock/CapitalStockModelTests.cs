using Milbal.Scenarios.CapitalStock;

namespace Milbal.Scenarios.Tests.CapitalStock;

public class CapitalStockModelTests
{
    private static readonly Dictionary<int, double> None = [];

    [Fact]
    public void Three_vintages_match_a_hand_computation()
    {
        // δ = 1.5 / 10 = 0.15; each vintage keeps (1 − 0.075) in its first year and decays by 0.85 a year after.
        var p = new CapitalStockParameters(1.5, 10, StockInitialisation.Zero);
        var path = CapitalStockModel.Project(new Dictionary<int, double> { [2000] = 100, [2001] = 200, [2002] = 50 }, None, p);
        Assert.Equal(0.15, p.DepreciationRate, 12);
        Assert.Equal(0, path.InitialStock);
        Assert.Equal(92.5, path.Years[0].Stock, 9);
        Assert.Equal(100 * 0.925 * 0.85 + 200 * 0.925, path.Years[1].Stock, 9);          // 263.625
        Assert.Equal(100 * 0.925 * 0.7225 + 200 * 0.925 * 0.85 + 50 * 0.925, path.Years[2].Stock, 9); // 270.33125
        Assert.Equal(270.33125, path.Years[2].Stock, 9);
        // Depreciation in a year = δ × last year's stock + δ/2 × this year's investment.
        Assert.Equal(0.15 * 263.625 + 0.075 * 50, path.Years[2].Depreciation, 9);
        Assert.Equal(7.5, path.Years[0].Depreciation, 9);
    }

    [Fact]
    public void Steady_state_stays_constant_with_constant_investment()
    {
        var p = new CapitalStockParameters();
        var delta = 1.65 / 20;
        var history = Enumerable.Range(2014, 11).ToDictionary(y => y, _ => 1000.0);
        var future = Enumerable.Range(2025, 11).ToDictionary(y => y, _ => 1000.0);
        var path = CapitalStockModel.Project(history, future, p);
        var steady = 1000 * (1 - delta / 2) / delta;
        Assert.Equal(steady, path.InitialStock, 9);
        Assert.Equal(22, path.Years.Count);
        Assert.All(path.Years, y =>
        {
            Assert.Equal(steady, y.Stock, 6);
            Assert.Equal(1000, y.Depreciation, 6);
        });
        Assert.Equal(Enumerable.Range(2025, 11), path.Years.Where(y => y.Projected).Select(y => y.Year));
        Assert.Contains("steady state", path.InitialisationNote);
    }

    [Fact]
    public void Zero_start_rises_towards_the_steady_state_and_is_flagged()
    {
        var history = Enumerable.Range(2014, 11).ToDictionary(y => y, _ => 1000.0);
        var path = CapitalStockModel.Project(history, None, new CapitalStockParameters(Initialisation: StockInitialisation.Zero));
        Assert.True(path.Years.Zip(path.Years.Skip(1)).All(p => p.Second.Stock > p.First.Stock));
        Assert.Contains("understated", path.InitialisationNote);
    }

    [Fact]
    public void Gaps_and_misplaced_future_years_are_errors_not_zeros()
    {
        var p = new CapitalStockParameters();
        var gap = Assert.Throws<ArgumentException>(() => CapitalStockModel.Project(new Dictionary<int, double> { [2014] = 1, [2016] = 1 }, None, p));
        Assert.Contains("2015", gap.Message);
        Assert.Throws<ArgumentException>(() => CapitalStockModel.Project(new Dictionary<int, double> { [2014] = 1 }, new Dictionary<int, double> { [2016] = 1 }, p));
        Assert.Throws<ArgumentException>(() => CapitalStockModel.Project(new Dictionary<int, double> { [2014] = 1 }, None, new CapitalStockParameters(1.65, 1)));
    }
}
