namespace Milbal.Scenarios.Tests;

public class ScenarioReaderTests
{
    private static ScenarioException Fails(string yaml) => Assert.Throws<ScenarioException>(() => ScenarioReader.Read(yaml, "test.yaml"));

    private const string Head = "name: t\nhorizon: 2035\nrules:\n";

    [Fact]
    public void UnknownKey_NamesTheFieldAndLine()
    {
        var e = Fails(Head + "  - apply_to: NATO\n    ramp: {to_shar: 3.5, by_year: 2035}\n");
        Assert.Contains("line 5", e.Message);
        Assert.Contains("field 'rules[0].ramp.to_shar'", e.Message);
        Assert.Contains("to_share", e.Message);
    }

    [Fact]
    public void WrongType_NamesTheFieldAndLine()
    {
        var e = Fails(Head + "  - apply_to: DEU\n    ramp:\n      to_share: lots\n      by_year: 2035\n");
        Assert.Contains("line 6", e.Message);
        Assert.Contains("'rules[0].ramp.to_share'", e.Message);
        Assert.Contains("'lots' is not a number", e.Message);
    }

    [Fact]
    public void ShareOutsideZeroToFifty_IsRefused()
    {
        var e = Fails(Head + "  - apply_to: DEU\n    plan_share: {2030: 65}\n");
        Assert.Contains("line 5", e.Message);
        Assert.Contains("outside 0–50%", e.Message);
    }

    [Fact]
    public void ImpossibleYears_AreRefused()
    {
        Assert.Contains("outside 2000–2100", Fails("name: t\nhorizon: 3035\n").Message);
        Assert.Contains("after the horizon 2035", Fails(Head + "  - apply_to: DEU\n    ramp: {to_share: 3, by_year: 2040}\n").Message);
        Assert.Contains("is not after base_year 2024", Fails("name: t\nbase_year: 2024\nhorizon: 2035\nrules:\n  - apply_to: DEU\n    plan_share: {2020: 3}\n").Message);
        Assert.Contains("horizon 2020 is not after base_year 2024", Fails("name: t\nbase_year: 2024\nhorizon: 2020\n").Message);
    }

    [Fact]
    public void UnknownCountry_GetsADidYouMean()
    {
        var e = Fails("name: t\nhorizon: 2035\ncountries: [Germny]\n");
        Assert.Contains("line 3", e.Message);
        Assert.Contains("unknown country 'Germny'", e.Message);
        Assert.Contains("did you mean", e.Message);
        Assert.Contains("DEU", e.Message);
    }

    [Fact]
    public void MissingFieldsAndBadYaml_AreNamed()
    {
        Assert.Contains("field 'horizon'", Fails("name: t\n").Message);
        Assert.Contains("line 3: not valid YAML", Fails("name: t\nhorizon: [2035\n").Message);
        Assert.Contains("one rule per entry", Fails(Head + "  - apply_to: DEU\n    hold_share: 2024\n    real_growth: 2\n").Message);
        Assert.Contains("'basis'", Fails("name: t\nhorizon: 2035\nbasis: gold\n").Message);
    }

    [Fact]
    public void AFullFile_ReadsEveryRule()
    {
        var s = ScenarioReader.Read("""
            name: all
            description: every rule
            base_year: 2024
            horizon: 2035
            basis: constant hybrid
            countries: [Germany, RUS]
            groups: [EU+UK]
            gdp:
              long_run_growth: {default: 1.5, USA: 2}
              overrides: {DEU: {2026: 1.0}}
            target: 3.5
            rules:
              - apply_to: DEU
                hold_share: {year: 2023}
              - apply_to: [POL, EST]
                ramp: {to_share: 5, by_year: 2030, shape: front_loaded, target_sd: 0.5}
              - apply_to: FRA
                real_growth: {rate: 3}
              - apply_to: RUS
                plan_lcu: {2025: 13.5e12, 2026: 12.93e12, then: {real_growth: -2}}
              - apply_to: ITA
                plan_share: {2030: 2, 2035: 2.5}
              - apply_to: NATO_EUROPE
                add_amount: {amount: 250e9, currency: EUR}
            compare:
              - {a: EU_UK, b: RUS, probability_years: [2030]}
            uncertainty: {gdp_growth_sd_scale: 0.5}
            """, "all.yaml");
        Assert.Equal(["DEU", "RUS"], s.Countries);
        Assert.Equal(["EU_UK"], s.Groups);
        Assert.Equal(6, s.Rules.Count);
        var ramp = Assert.IsType<RampRule>(s.Rules[1]);
        Assert.Equal(["POL", "EST"], ramp.AppliesTo);
        Assert.Equal((15, 5.0, 2030, RampShape.FrontLoaded, 0.5), (ramp.Line, ramp.ToShare, ramp.ByYear, ramp.Shape, ramp.TargetSd));
        Assert.Equal(-2, ((PlanLcuRule)s.Rules[3]).Then.RealGrowthPercent);
        Assert.Equal(2025, ((AddAmountRule)s.Rules[5]).FromYear);
        Assert.Equal(1.0, s.Gdp.Overrides["DEU"][2026]);
        Assert.Equal(0.5, s.Uncertainty.GdpGrowthSdScale);
    }
}
