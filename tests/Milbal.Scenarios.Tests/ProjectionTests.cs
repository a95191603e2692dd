using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Scenarios.Tests;

[Collection(ScenarioCollection.Name)]
public class ProjectionTests(BundledStore bundle)
{
    private ScenarioResult Run(string name, RunOptions? options = null) =>
        ScenarioRunner.Run(bundle.Store, ScenarioCollection.Library.Load(name), (options ?? new RunOptions()) with { Library = ScenarioCollection.Library });

    /// <summary>Reads one current-local-currency value straight from the store, in units.</summary>
    private double Lcu(string dataset, string edition, string entity, string measure, int year) =>
        bundle.Store.Series(new SeriesQuery([entity], [measure], dataset, edition, year, year))
            .Where(r => r.Observation.Unit is { Kind: UnitKind.Money, Conversion: Conversion.None, PriceBasis.IsConstant: false })
            .Select(r => r.Observation.Value * Math.Pow(10, (int)r.Observation.Unit.Scale)).Single();

    private Dictionary<int, double> Growth(string entity) =>
        bundle.Store.Series(new SeriesQuery([entity], [Measures.GdpRealGrowth.Id], "weo", "2025-10")).ToDictionary(r => r.Observation.Year, r => r.Observation.Value);

    [Fact]
    public void Hague2035_NatoEuropeAndCanada_In2035_EqualsAHandComputation()
    {
        var result = Run("hague-2035");
        Assert.Equal(2024, result.BaseYear);
        Assert.Equal("constant 2024 Int$PPP", result.Unit.ToString());

        // By hand: base share = SIPRI 2024 ÷ WEO GDP 2024 (current LCU); GDP compounds WEO real growth 2025–2030 and
        // then the 2030 rate; the share in 2035 is the ramp's end, 3.5% (Spain 2.1%), or the base share if higher;
        // Int$ at the 2024 GDP PPP factor.
        var ppp = new StoreFactorProvider(bundle.Store);
        var expected = 0.0;
        foreach (var id in BuiltInGroups.NatoEuropeCanada.MembersIn(2035))
        {
            var milex = Lcu("sipri", "2025", id, Measures.Milex.Id, 2024);
            var gdp = Lcu("weo", "2025-10", id, Measures.Gdp.Id, 2024);
            var growth = Growth(id);
            for (var year = 2025; year <= 2035; year++) gdp *= 1 + growth[Math.Min(year, 2030)] / 100;
            var baseShare = milex / Lcu("weo", "2025-10", id, Measures.Gdp.Id, 2024);
            // Iceland: SIPRI publishes 0 (no armed forces); a zero is held, not ramped.
            var share = baseShare == 0 ? 0 : Math.Max(baseShare, id == "ESP" ? 0.021 : 0.035);
            expected += share * gdp / ppp.PppFactor(id, 2024).Value / 1e9;
        }

        var row = result.RowsOf("NATO_EUROPE_CANADA").Single(r => r.Year == 2035);
        Assert.Equal(expected, row.Spending, expected * 1e-12);
        Assert.Empty(result.Groups.Single(g => g.Id == "NATO_EUROPE_CANADA").MissingMembers);
        // Spain alone stays below 3.5%: the group's gap in 2035 is Spain's, (3.5% − 2.1%) of its GDP.
        var spain = result.RowsOf("ESP").Single(r => r.Year == 2035);
        Assert.Equal((0.035 - 0.021) * spain.Gdp, row.GapToTarget!.Value, 1e-9);
    }

    [Fact]
    public void Russia_FollowsItsBudgetLaw_DeflatedWithTheWeoGdpDeflator()
    {
        var result = Run("hague-2035");
        var deflator = bundle.Store.Series(new SeriesQuery(["RUS"], [Measures.GdpDeflator.Id], "weo", "2025-10")).ToDictionary(r => r.Observation.Year, r => r.Observation.Value);
        var ppp = new StoreFactorProvider(bundle.Store).PppFactor("RUS", 2024).Value;
        var rows = result.RowsOf("RUS");
        Assert.Equal(13.5e12 * deflator[2024] / deflator[2025] / ppp / 1e9, rows.Single(r => r.Year == 2025).Spending, 1e-6);
        Assert.Equal(12.93e12 * deflator[2024] / deflator[2026] / ppp / 1e9, rows.Single(r => r.Year == 2026).Spending, 1e-6);
        // Then the 2026 share of GDP is held.
        var share2026 = rows.Single(r => r.Year == 2026).ShareOfGdp;
        Assert.All(rows.Where(r => r.Year > 2026), r => Assert.Equal(share2026, r.ShareOfGdp, 1e-9));
    }

    [Fact]
    public void EuropeWithoutUs_AddsExactly250BillionEurosAYear_AtTheBaseYearRate()
    {
        var result = Run("europe-without-us");
        Assert.Equal("status-quo", result.Baseline);
        var eurPerUsd = new StoreFactorProvider(bundle.Store).ExchangeRate("DEU", 2024).Value;
        foreach (var year in new[] { 2025, 2030, 2035 })
            Assert.Equal(250 / eurPerUsd, result.RowsOf("NATO_EUROPE").Single(r => r.Year == year).Additional!.Value, 1e-9);
        Assert.Equal(11 * 250 / eurPerUsd, result.RowsOf("NATO_EUROPE")[^1].CumulativeAdditional!.Value, 1e-8);
        Assert.Equal(0, result.RowsOf("USA")[^1].Additional!.Value, 1e-12);
    }

    [Fact]
    public void StatusQuo_HoldsEveryBaseShare_AndHasNoBaselineOfItsOwn()
    {
        var result = Run("status-quo");
        Assert.Null(result.Baseline);
        foreach (var country in result.Countries)
            Assert.All(country.Rows, r => Assert.Equal(country.Rows[0].ShareOfGdp, r.ShareOfGdp, 1e-9));
        // EU + UK far outspends Russia at market rates in 2024 (IISS MB2025: US$457bn vs US$145.9bn).
        Assert.True(result.Crossings.Single().AAheadInBaseYear);
    }

    [Fact]
    public void EveryBundledScenario_ReadsAndRuns()
    {
        var entries = ScenarioCollection.Library.List();
        Assert.Equal(["europe-without-us", "five-by-2030", "hague-2035", "status-quo", "wales-2pct"], entries.Select(e => e.Name));
        foreach (var entry in entries)
        {
            var result = Run(entry.Name);
            Assert.Equal(2035, result.Years[^1]);
            Assert.All(result.Groups.SelectMany(g => g.Rows), r => Assert.True(double.IsFinite(r.Spending) && r.Spending > 0));
        }
    }

    [Fact]
    public void FiveBy2030_ReachesFivePercentIn2030_ForAlliesBelowIt()
    {
        var result = Run("five-by-2030");
        Assert.Equal(5.0, result.RowsOf("DEU").Single(r => r.Year == 2030).ShareOfGdp, 1e-9);
        Assert.Equal(5.0, result.RowsOf("DEU")[^1].ShareOfGdp, 1e-9);
        Assert.Equal(0, result.RowsOf("NATO").Single(r => r.Year == 2031).GapToTarget!.Value, 1e-9);
    }
}

[Collection(ScenarioCollection.Name)]
public class PlanScalingTests(BundledStore bundle)
{
    [Fact]
    public void PlanWithBaseAmount_ScalesSiprisLevelByThePlansGrowth()
    {
        var yaml = """
            name: scaled
            horizon: 2027
            basis: constant US$MER
            countries: [RUS]
            rules:
              - apply_to: RUS
                plan_lcu: {2025: 13.5e12, base_amount: 13.1e12, then: {real_growth: 0}}
            """;
        var result = ScenarioRunner.Run(bundle.Store, ScenarioReader.Read(yaml, "scaled.yaml"), new RunOptions(Library: ScenarioCollection.Library));
        var rows = result.RowsOf("RUS");
        var deflator = bundle.Store.Series(new Milbal.Data.Store.SeriesQuery(["RUS"], ["gdp_deflator"], "weo", "2025-10")).ToDictionary(r => r.Observation.Year, r => r.Observation.Value);
        Assert.Equal(rows[0].Spending * 13.5 / 13.1 * deflator[2024] / deflator[2025], rows[1].Spending, 1e-9);
        Assert.Equal(rows[1].Spending, rows[2].Spending, 1e-9);
    }
}

[Collection(ScenarioCollection.Name)]
public class RuleYearTests(BundledStore bundle)
{
    [Fact]
    public void ARampEndingBeforeTheBaseYearTakenFromTheData_IsRefusedWithItsLine()
    {
        var yaml = "name: late\nhorizon: 2035\ncountries: [DEU]\nrules:\n  - apply_to: DEU\n    ramp: {to_share: 3, by_year: 2020}\n";
        var e = Assert.Throws<ScenarioException>(() => ScenarioRunner.Run(bundle.Store, ScenarioReader.Read(yaml, "late.yaml"), new RunOptions(Library: ScenarioCollection.Library)));
        Assert.Contains("late.yaml, line 5: year 2020 is not after the base year 2024", e.Message);
    }
}
