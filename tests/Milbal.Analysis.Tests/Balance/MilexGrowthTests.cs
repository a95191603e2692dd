using Milbal.Analysis.Balance;
using Milbal.Analysis.Conversions;

namespace Milbal.Analysis.Tests.Balance;

public class MilexGrowthTests(BundledStore bundle) : IClassFixture<BundledStore>
{
    private MilexGrowth Growth() => new(bundle.Store);

    [Fact]
    public void Russia_2024_real_growth_from_sipri_constant_dollars()
    {
        var real = Growth().SipriConstant("RUS", 2023, 2024);
        // SIPRI constant 2023 US$: 109,203.6m → 150,534.0m = +37.8%. IISS reports +41.9%: IISS counts a narrower
        // total (RUB 13.1tn against SIPRI's 13.8tn for 2024, with its own 2023 base) and deflates it its own way, while
        // SIPRI deflates with Russia's CPI and converts at 2023 exchange rates; the two series are not the same spending.
        Assert.Equal(37.8, Math.Round(real.Percent, 1));
        Assert.NotEqual(41.9, Math.Round(real.Percent, 1));
        Assert.Equal(MilexGrowth.SipriConstantLabel, real.Method);
        Assert.Equal("sipri 2025", real.Source);
        Assert.Empty(real.Factors);
    }

    [Fact]
    public void Nominal_and_deflated_growth_name_their_basis()
    {
        var growth = Growth();
        var nominal = growth.Nominal("RUS", 2023, 2024);
        // SIPRI: RUB 9,300bn → 13,827.5bn.
        Assert.Equal(48.7, Math.Round(nominal.Percent, 1));
        Assert.Equal("RUB", nominal.Unit.Currency);

        var gdp = growth.Real("RUS", 2023, 2024, DeflatorKind.GdpDeflator);
        var cpi = growth.Real("RUS", 2023, 2024, DeflatorKind.Cpi);
        Assert.Contains("GDP deflator", gdp.Method);
        Assert.Contains("CPI", cpi.Method);
        Assert.Contains(gdp.Factors, f => f.Name == "gdp_deflator");
        Assert.Contains(cpi.Factors, f => f is { Name: "cpi", Dataset: "weo" });
        Assert.All(new[] { gdp, cpi }, g => Assert.InRange(g.Percent, 30, nominal.Percent));
        Assert.Equal(2024, gdp.Unit.PriceBasis.BaseYear);
    }

    [Fact]
    public void Group_growth_counts_the_same_members_in_both_years()
    {
        var growth = Growth();
        var nominal = growth.Nominal("EU+UK", 2023, 2024);
        Assert.Equal("all 28 members of 2024 in both years", nominal.Coverage);
        Assert.Equal(450.3, Math.Round(nominal.ToValue / 1000, 1));
        var real = growth.SipriConstant("EU_UK", 2023, 2024);
        Assert.InRange(real.Percent, 5, nominal.Percent + 5);
        // NATO grew by Sweden in 2024: a fixed 2024 composition keeps the accession out of the growth rate.
        var nato = growth.Nominal("NATO", 2023, 2024);
        Assert.DoesNotContain("SWE", nato.Coverage);
    }

    [Fact]
    public void Missing_year_is_an_error()
    {
        Assert.Throws<MissingDataException>(() => Growth().SipriConstant("RUS", 1990, 2024));
        Assert.Throws<MissingDataException>(() => Growth().Nominal("RUS", 2023, 2030));
    }
}
