using Milbal.Claims.Extraction;
using Milbal.Claims.Text;
using Milbal.Claims.Verification;
using Milbal.Core.Entities;

namespace Milbal.Claims.Tests;

/// <summary>
/// Sentences written in the style of wire, trade-press and think-tank copy (not taken from the labelled set): the general
/// phrasings the checker must read in articles it has never seen.
/// </summary>
[Collection(CheckerCollection.Name)]
public sealed class ProbeSentenceTests(CheckerFixture fixture)
{
    private static readonly EntityRecogniser Recogniser = new(EntityRegistry.Default);
    private static readonly ArticleContext Feb2025 = new(new DateOnly(2025, 2, 20));

    [Theory]
    [InlineData("Europe, including the UK and EU member states, raised spending", "EU_UK")]
    [InlineData("European countries plus Britain spent more", "EU_UK")]
    [InlineData("European nations together with the United Kingdom", "EU_UK")]
    public void A_qualifier_that_adds_the_UK_makes_Europe_EU_plus_UK(string text, string expected)
    {
        var mentions = Recogniser.Find(text);
        Assert.Equal(expected, mentions[0].Primary);
        Assert.DoesNotContain(mentions, m => m.Primary is "GBR" or "EU27");
    }

    [Fact]
    public void A_when_clause_after_a_base_year_is_about_that_year()
    {
        var claims = fixture.Checker.Extract("The figure is up sharply from 2021, when only six allies were meeting the 2% goal.", Feb2025);
        var count = Assert.Single(claims, c => c.Kind == ClaimKind.Count);
        Assert.Equal(2021, count.Years[0]);
    }

    [Fact]
    public void Member_nations_are_counted_and_membership_counts_survive_without_a_threshold()
    {
        var claims = fixture.Checker.Extract("The alliance, founded in 1949, now comprises more than 30 member nations.", Feb2025);
        var count = Assert.Single(claims);
        Assert.Equal(ClaimKind.Count, count.Kind);
        Assert.Equal(Verdict.Supported, fixture.Checker.Check("The alliance, founded in 1949, now comprises more than 30 member nations.", Feb2025).Results[0].Verdict);
    }

    [Fact]
    public void Trailing_is_a_comparison_in_the_other_direction()
    {
        var claims = fixture.Checker.Extract("German military spending is still trailing France's outlays, analysts say.", Feb2025);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Comparison && c.Subject?.Primary == "DEU" && c.Other?.Primary == "FRA");
    }

    [Fact]
    public void A_production_ratio_written_with_what_compares_the_two_periods_and_NATO_is_the_Wests_output()
    {
        var report = fixture.Checker.Check("Russia makes in three months what the whole of NATO makes in a year in artillery shells, the official said.", Feb2025);
        var claim = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.ProductionRatio);
        Assert.Equal("RUS", claim.Claim.Subject!.Primary);
        Assert.NotEqual(Verdict.Unverifiable, claim.Verdict);
        Assert.Contains(claim.Readings, r => r.Line.Contains("WEST", StringComparison.Ordinal));
    }

    [Fact]
    public void A_multiple_of_ammunition_named_before_it_is_a_production_ratio_and_the_yardstick_is_not_the_subject()
    {
        var text = "Russia's war economy is running hot. That economy is now producing four times as much ammunition as the whole of NATO.";
        var claim = Assert.Single(fixture.Checker.Extract(text, Feb2025), c => c.Kind == ClaimKind.ProductionRatio);
        Assert.Equal("RUS", claim.Subject!.Primary);
        Assert.Equal(4, claim.Ratio);
    }

    [Fact]
    public void A_fold_increase_is_a_growth_claim_not_dropped()
    {
        var claims = fixture.Checker.Extract("Poland's defence budget has seen a nearly threefold increase since 2014.", Feb2025);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Growth && c.Anchors.Contains("threefold"));
    }

    [Fact]
    public void A_lede_that_cites_a_new_study_takes_the_source_the_article_names_later()
    {
        var text = "title: Europe rearms, report finds\n\nEurope is rearming fast, according to a new study.\n\nSpending rose.\n\nMore text.\n\n"
                   + "Russia spent 13.1 trillion roubles in 2024, the IISS said in its Military Balance.\n\nIn 2024 Russia’s defence spending grew by 42% in real terms.";
        var claims = fixture.Checker.Extract(text, Feb2025);
        var growth = Assert.Single(claims, c => c.Kind == ClaimKind.Growth);
        Assert.Equal("IISS", growth.Attribution);
        Assert.Equal(Verdict.Supported, fixture.Checker.Check(text, Feb2025).Results.Single(r => r.Claim.Kind == ClaimKind.Growth).Verdict);
    }

    [Fact]
    public void An_incidental_name_in_a_sentence_without_figures_does_not_become_the_next_subject()
    {
        var text = "China raised its defence budget again. Purchases rose in light of Russia's invasion of Ukraine. Its military spending expanded by 7 percent in 2024.";
        var growth = Assert.Single(fixture.Checker.Extract(text, Feb2025), c => c.Kind == ClaimKind.Growth);
        Assert.Equal("CHN", growth.Subject!.Primary);
    }
}
