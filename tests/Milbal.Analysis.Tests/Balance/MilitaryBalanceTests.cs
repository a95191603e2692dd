using Milbal.Analysis.Balance;
using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;

namespace Milbal.Analysis.Tests.Balance;

public class MilitaryBalanceTests(BundledStore bundle) : IClassFixture<BundledStore>
{
    private BalanceComparison Compare(CompareRequest request) => MilitaryBalance.Compare(bundle.Store, request);

    [Fact]
    public void Russia_against_eu_plus_uk_on_three_symmetric_bases()
    {
        var result = Compare(new CompareRequest("RUS", "EU+UK", 2024));

        Assert.Equal("EU_UK", result.B.Id);
        Assert.Equal([MoneyBasis.UsdMer, MoneyBasis.IntPpp, MoneyBasis.Hybrid], result.Rows.Select(r => r.A.Target.Basis));
        Assert.All(result.Rows, r => Assert.False(r.IsAsymmetric));
        Assert.All(result.Rows, r => Assert.Equal(r.A.Unit, r.B.Unit));
        Assert.All(result.Rows, r => Assert.True(r.B.Coverage!.IsComplete, r.B.CoverageText));
        Assert.DoesNotContain(result.Notes, n => n.Contains("ASYMMETRIC"));

        var mer = result.Row(MoneyBasis.UsdMer)!;
        var ppp = result.Row(MoneyBasis.IntPpp)!;
        var hybrid = result.Row(MoneyBasis.Hybrid)!;
        // Russia's PPP factor (29.1 RUB per Int$) is a third of its market rate (92.6 RUB per US$); Europe's are close to
        // their market rates, so Russia weighs far more against Europe at PPP than at market rates; the hybrid lies between.
        Assert.True(ppp.Ratio > mer.Ratio);
        Assert.InRange(hybrid.Ratio, mer.Ratio, ppp.Ratio);
        Assert.Equal(475.8, Math.Round(ppp.A.Value, 1));
        Assert.Equal(149.4, Math.Round(mer.A.Value, 1));
        var factor = Assert.Single(ppp.A.Factors);
        Assert.Equal(("ppp_factor", "wdi", "2026-03-05"), (factor.Name, factor.Dataset, factor.Edition));
        Assert.Contains("ppp_factor: wdi 2026-03-05 ×28", ppp.B.FactorsText);
        Assert.Contains(result.Notes, n => n.Contains("GDP deflator"));
        Assert.Contains(result.Notes, n => n.Contains("30%"));
    }

    [Fact]
    public void Asymmetric_comparison_only_on_request_and_labelled()
    {
        var result = Compare(new CompareRequest("RUS", "NATO Europe", 2024, [MoneyBasis.UsdMer], Asymmetric: AsymmetricBases.Parse("A=ppp,B=mer")));

        Assert.Equal("NATO_EUROPE", result.B.Id);
        var asym = Assert.Single(result.Rows, r => r.IsAsymmetric);
        Assert.Equal((MoneyBasis.IntPpp, MoneyBasis.UsdMer), (asym.A.Target.Basis, asym.B.Target.Basis));
        Assert.StartsWith("ASYMMETRIC", asym.Label);
        Assert.Contains(MilitaryBalance.AsymmetryWarning, result.Notes);
        // The symmetric rows of both bases stay beside it, so the reader sees what the asymmetry does.
        Assert.Equal([MoneyBasis.UsdMer, MoneyBasis.IntPpp], result.Rows.Where(r => !r.IsAsymmetric).Select(r => r.A.Target.Basis));
        Assert.True(asym.Ratio > result.Row(MoneyBasis.IntPpp)!.Ratio);
        var table = result.ToResultTable();
        Assert.StartsWith("ASYMMETRIC", (string)table.Rows[0][0]!);
    }

    [Fact]
    public void Factor_options_change_the_factors_used()
    {
        var weo = Compare(new CompareRequest("RUS", "EU_UK", 2024, [MoneyBasis.IntPpp], Factors: new FactorOptions(FactorPublisher.Weo)));
        var factor = Assert.Single(weo.Rows[0].A.Factors);
        Assert.Equal(("weo", 29.021), (factor.Dataset, Math.Round(factor.Value, 3)));

        var half = Compare(new CompareRequest("RUS", "EU_UK", 2024, [MoneyBasis.Hybrid], Factors: new FactorOptions(DefaultEquipmentShare: 0.5)));
        var stated = Compare(new CompareRequest("RUS", "EU_UK", 2024, [MoneyBasis.Hybrid]));
        // More of Russia's spending at market rates makes it smaller in hybrid dollars.
        Assert.True(half.Rows[0].A.Value < stated.Rows[0].A.Value);
        Assert.Contains(half.Rows[0].A.Factors, f => f is { Name: "equipment_share", Value: 0.5 });
    }

    [Fact]
    public void Country_against_country_and_nato_source()
    {
        var result = Compare(new CompareRequest("POL", "DEU", 2024, [MoneyBasis.UsdMer], Source: "nato"));
        var row = Assert.Single(result.Rows);
        Assert.Equal(("nato", "2024"), (row.A.Dataset, row.A.Edition));
        Assert.Null(row.A.Coverage);
        Assert.InRange(row.Ratio, 0.3, 0.6);
    }

    [Fact]
    public void Errors_name_the_problem()
    {
        Assert.Throws<UnknownEntityException>(() => Compare(new CompareRequest("Rusia", "EU_UK", 2024)));
        var noYear = Assert.Throws<MissingDataException>(() => Compare(new CompareRequest("RUS", "EU_UK", 2031)));
        Assert.Contains("2000–2024", noYear.Message);
        Assert.Throws<MissingDataException>(() => Compare(new CompareRequest("EU_UK", "RUS", 2031)));
        Assert.Contains("nato has no RUS", Assert.Throws<MissingDataException>(() => Compare(new CompareRequest("RUS", "EU_UK", 2024, Source: "nato"))).Message);
        Assert.Throws<FormatException>(() => MilitaryBalance.ParseBasis("gold"));
        Assert.Throws<FormatException>(() => AsymmetricBases.Parse("A=ppp"));
        Assert.Throws<FormatException>(() => AsymmetricBases.Parse("A=ppp,C=mer"));
    }
}
