using Milbal.Analysis.Aggregation;
using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Observations;

namespace Milbal.Analysis.Tests.Aggregation;

public class AggregatorTests(BundledStore bundle) : IClassFixture<BundledStore>
{
    private Aggregator Aggregator() => new(bundle.Store, new Converter(new StoreFactorProvider(bundle.Store)));

    [Fact]
    public void Sipri_eu_plus_uk_2024_in_sipri_current_dollars()
    {
        var result = Aggregator().Sum(BuiltInGroups.EuUk, 2024, Measures.Milex.Id, "sipri", null, MoneyUnit.Parse("current US$MER"), Scale.Billions, asPublished: true);
        Assert.Equal(450.3, Math.Round(result.Total, 1));
        Assert.Equal(28, result.Coverage.Members);
        Assert.True(result.Coverage.IsComplete, result.Coverage.ToString());
        Assert.All(result.Members, m => Assert.Empty(m.Detail!.Factors));
    }

    [Fact]
    public void Missing_members_are_reported_with_their_gdp_share_never_as_zero()
    {
        // NATO's tables have no Iceland: the NATO total from them must say so.
        var result = Aggregator().Sum(BuiltInGroups.Nato, 2024, Measures.Milex.Id, "nato", "2024", MoneyUnit.Parse("current US$MER"), Scale.Millions, asPublished: true);
        Assert.Equal(["ISL"], result.Coverage.Missing);
        Assert.NotNull(result.Coverage.MissingGdpShare);
        Assert.InRange(result.Coverage.MissingGdpShare!.Value, 0.0001, 0.001);
        Assert.Null(Assert.Single(result.Members, m => m.EntityId == "ISL").Value);
        // NATO's own total is 1,474,399m; the members' sum matches it.
        Assert.Equal(1_474_399, result.Total, 0.5e-3 * 1_474_399);
    }

    [Fact]
    public void Fixed_composition_keeps_one_years_members()
    {
        var aggregator = Aggregator();
        Assert.Equal(28, aggregator.Members(BuiltInGroups.Nato, 2014, Composition.ByYear).Count);
        Assert.Equal(32, aggregator.Members(BuiltInGroups.Nato, 2014, Composition.Fixed, 2024).Count);
    }

    [Fact]
    public void Gdp_weighted_share_matches_natos_aggregate()
    {
        var (average, coverage, _) = Aggregator().GdpWeightedAverage(BuiltInGroups.NatoEuropeCanada, 2024, Measures.MilexGdpShare.Id, "nato", "2024");
        // NATO publishes 2.02% for Europe and Canada in 2024 (weighted by its own GDP at 2015 prices; Milbal weights by current US$ GDP).
        Assert.InRange(average!.Value, 1.95, 2.10);
        Assert.Equal(["ISL"], coverage.Missing);
    }
}
