using Milbal.Core.Entities;
using Milbal.Scenarios.CapitalStock;

namespace Milbal.Scenarios.Tests.CapitalStock;

public class MilitaryCapitalStockTests(MilitaryCapitalStockTests.Data data) : IClassFixture<MilitaryCapitalStockTests.Data>
{
    public sealed class Data : IDisposable
    {
        public BundledStore Bundle { get; } = new();
        public MilitaryCapitalStock Model { get; }

        public Data() => Model = new MilitaryCapitalStock(Bundle.Store);

        public void Dispose() => Bundle.Dispose();
    }

    [Fact]
    public void Poland_2024_equals_a_hand_computation_from_natos_tables()
    {
        // NATO 2024, Poland: Table 2 (USD million, constant 2015) and Table 8a (equipment, %), 2014–2024, as in the bundle.
        double[] milex = [8556.5301786698, 10588.468942518764, 9815.232937625693, 9781.381983653526, 11015.463317356998, 11331.735082309191,
            12470.5239604374, 13235.539406172973, 14073.831650127107, 20633.810679550385, 26838.518139126078];
        double[] share = [18.838035073444352, 33.200061674910344, 21.616932158794096, 22.037236300525986, 27.514005991815747, 23.360240153716898,
            29.310960230277026, 33.89101522243821, 32.42487371501571, 44.731612951172316, 51.12758261641106];
        var delta = 1.65 / 20;
        var investment = milex.Zip(share, (m, s) => m * s / 100).ToArray();
        var expected = investment[0] * (1 - delta / 2) / delta * Math.Pow(1 - delta, 11);
        for (var i = 0; i < 11; i++) expected += investment[i] * (1 - delta / 2) * Math.Pow(1 - delta, 10 - i);

        var poland = data.Model.Country("POL", new CapitalStockParameters());
        Assert.Null(poland.MissingReason);
        Assert.Equal(2014, poland.Path!.FirstYear);
        Assert.Equal(2024, poland.Path.LastYear);
        Assert.Equal(investment[10], poland.Inputs[^1].Investment, 9);
        Assert.Equal(expected, poland.Path.In(2024)!.Stock, 6);
        Assert.True(poland.Inputs[^1].Flags.HasFlag(Milbal.Core.Observations.ObservationFlags.Estimate));
        Assert.Equal("USD million, constant 2015, market rate", MilitaryCapitalStock.StockUnit.ToString());
    }

    [Fact]
    public void Projection_continues_the_historical_stock()
    {
        var p = new CapitalStockParameters();
        var future = new Dictionary<int, double> { [2025] = 15000, [2026] = 16000 };
        var poland = data.Model.Country("POL", p, future);
        var delta = p.DepreciationRate;
        var k2024 = poland.Path!.In(2024)!.Stock;
        Assert.Equal(k2024 * (1 - delta) + 15000 * (1 - delta / 2), poland.Path.In(2025)!.Stock, 6);
        Assert.True(poland.Path.In(2026)!.Projected);
        Assert.False(poland.Path.In(2024)!.Projected);
    }

    [Fact]
    public void Group_is_the_sum_of_the_members_of_each_year_and_lists_iceland_as_missing()
    {
        var p = new CapitalStockParameters();
        var nato = data.Model.Group(BuiltInGroups.Nato, p);
        var y2024 = nato.Years.Single(y => y.Year == 2024);
        Assert.Equal(["ISL"], y2024.Missing);
        Assert.Equal(32, y2024.Members.Count);
        var sum = BuiltInGroups.Nato.MembersIn(2024).Where(id => id != "ISL").Sum(id => data.Model.Country(id, p).Path!.In(2024)!.Stock);
        Assert.Equal(sum, y2024.Stock, 6);
        Assert.Contains("31 of 32", y2024.CoverageText);

        // Sweden joined in 2024: its stock is not in NATO's 2023 total.
        var y2023 = nato.Years.Single(y => y.Year == 2023);
        Assert.DoesNotContain("SWE", y2023.Members);
        Assert.Equal(BuiltInGroups.Nato.MembersIn(2023).Where(id => id != "ISL").Sum(id => data.Model.Country(id, p).Path!.In(2023)!.Stock), y2023.Stock, 6);

        var iceland = nato.Members.Single(m => m.EntityId == "ISL");
        Assert.Null(iceland.Path);
        Assert.Contains("ISL", iceland.MissingReason);
    }
}
