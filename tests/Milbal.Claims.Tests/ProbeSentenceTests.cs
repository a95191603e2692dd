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

    /// <summary>The one result of checking <paramref name="text"/>, published on <paramref name="published"/>, that <paramref name="which"/> picks.</summary>
    private ClaimResult Judged(string text, DateOnly published, Func<ClaimResult, bool> which) =>
        Assert.Single(fixture.Checker.Check(text, new ArticleContext(published)).Results, r => which(r));

    /// <summary>The verdict on the one claim of <paramref name="kind"/> in <paramref name="text"/>.</summary>
    private Verdict VerdictOf(string text, DateOnly published, ClaimKind kind) => Judged(text, published, r => r.Claim.Kind == kind).Verdict;

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
        // ("Spending rose." is a change in words, found but not judged.)
        var growth = Assert.Single(claims, c => c.Kind == ClaimKind.Growth && !ClaimExtractor.NotJudged(c.Phrase));
        Assert.Equal("IISS", growth.Attribution);
        Assert.Equal(Verdict.Supported, fixture.Checker.Check(text, Feb2025).Results.Single(r => r.Claim.Kind == ClaimKind.Growth && !ClaimExtractor.NotJudged(r.Claim.Phrase)).Verdict);
    }

    [Fact]
    public void An_incidental_name_in_a_sentence_without_figures_does_not_become_the_next_subject()
    {
        var text = "China raised its defence budget again. Purchases rose in light of Russia's invasion of Ukraine. Its military spending expanded by 7 percent in 2024.";
        var growth = Assert.Single(fixture.Checker.Extract(text, Feb2025), c => c.Kind == ClaimKind.Growth);
        Assert.Equal("CHN", growth.Subject!.Primary);
    }

    private static readonly ArticleContext Sep2025 = new(new DateOnly(2025, 9, 3));

    [Fact]
    public void Bare_percentages_after_a_sentence_about_shares_of_GDP_are_shares_of_GDP()
    {
        var text = "Measured against the size of their economies, the Nordic states stand out. Norway comes out ahead, spending 3.35%, with Denmark next (3.2%).";
        var claims = fixture.Checker.Extract(text, Sep2025);
        Assert.Equal(2, claims.Count(c => c.Kind == ClaimKind.ShareOfGdp));
        Assert.Contains(claims, c => c.Anchors.Contains("3.2%") && c.Subject?.Primary == "DNK");
    }

    [Fact]
    public void The_level_a_change_starts_from_is_not_a_growth_claim()
    {
        var claims = fixture.Checker.Extract("Italy now spends 2.01% of GDP on its armed forces, up from 1.49% in 2024.", Sep2025);
        Assert.Equal(2, claims.Count(c => c.Kind == ClaimKind.ShareOfGdp));
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Growth);
    }

    [Fact]
    public void A_year_beyond_another_figure_dates_that_figure()
    {
        var claims = fixture.Checker.Extract("In 2025 Britain is thought to be spending 2.4% of GDP on defence, up from 2.33% last year.", Sep2025);
        var current = Assert.Single(claims, c => c.Anchors.Contains("2.4%"));
        Assert.Equal([2025], current.Years);
        Assert.Equal(Verdict.Unverifiable, fixture.Checker.Check("In 2025 Britain is thought to be spending 2.4% of GDP on defence, up from 2.33% last year.", Sep2025)
            .Results.Single(r => r.Claim.Anchors.Contains("2.4%")).Verdict);
    }

    [Fact]
    public void Each_NATO_edition_is_its_own_line_until_an_article_reports_one_release()
    {
        // Before either stored edition was out, the two editions' counts for 2024 (23 and 18) disagree: method-dependent.
        const string text = "Eighteen of the alliance's members are on course to meet the 2% of GDP goal in 2024, the secretary general said.";
        var early = fixture.Checker.Check("18 of the alliance's members are on course to meet the 2% of GDP goal in 2024, the secretary general said.", new ArticleContext(new DateOnly(2024, 3, 1)));
        Assert.Equal(Verdict.MethodDependent, early.Results.Single(r => r.Claim.Kind == ClaimKind.Count).Verdict);
        // A story on the day of the 2025 edition reports that edition, which gives 18.
        var release = fixture.Checker.Check("New figures released today show 18 of the alliance's members met the 2% of GDP goal in 2024.", new ArticleContext(new DateOnly(2025, 8, 29)));
        Assert.Equal(Verdict.Supported, release.Results.Single(r => r.Claim.Kind == ClaimKind.Count).Verdict);
        _ = text;
    }

    [Fact]
    public void How_many_meet_a_goal_and_how_many_members_there_are_are_two_claims()
    {
        var claims = fixture.Checker.Extract("Only 9 of NATO's 30 member countries met the 2% of GDP guideline in 2021.", Feb2025);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Count && c.Phrase == "members" && c.Anchors.Contains("30 member countries"));
        Assert.Contains(claims, c => c.Kind == ClaimKind.Count && c.Phrase != "members" && c.Anchors.Contains("9"));
    }

    [Fact]
    public void A_euro_conversion_in_brackets_keeps_the_hedge_of_the_dollar_figure()
    {
        var quantities = QuantityParser.Parse("It spent roughly $500 billion (460 billion euros) last year.");
        var euros = Assert.Single(quantities, q => q.Currency == "EUR");
        Assert.Equal(Hedge.Approximately, euros.Hedge);
    }

    [Fact]
    public void A_euro_figure_for_a_dollar_source_is_compared_at_the_years_euro_rate()
    {
        // IISS: Russia Int$461.6bn at PPP in 2024; at WDI's 2024 rate (~0.924 EUR per US$) that is ~EUR 426bn.
        var report = fixture.Checker.Check("The IISS puts Russia's 2024 defence outlays at purchasing-power parity at about 430 billion euros.", Feb2025);
        var claim = Assert.Single(report.Results);
        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Contains(claim.Readings, r => r.Line.Contains("in euros", StringComparison.Ordinal));
    }

    [Fact]
    public void A_proposal_no_pledge_records_is_unverifiable_and_a_pledge_is_matched_exactly()
    {
        var report = fixture.Checker.Check("The minister floated an ambition to lift spending to 3% of GDP.", Feb2025);
        Assert.Equal(Verdict.Unverifiable, Assert.Single(report.Results).Verdict);
    }

    [Fact]
    public void Pledge_years_before_the_curated_pledges_are_unverifiable_and_the_goal_is_not_a_claim_of_its_own()
    {
        var report = fixture.Checker.Check("The 2% of GDP target was adopted informally in 2006 and formally agreed in 2014.", Sep2025);
        Assert.Equal(2, report.Results.Count);
        Assert.Equal(Verdict.Unverifiable, report.Results.Single(r => r.Claim.Anchors.Contains("2006")).Verdict);
        Assert.Equal(Verdict.Supported, report.Results.Single(r => r.Claim.Anchors.Contains("2014")).Verdict);
    }

    [Fact]
    public void Years_after_a_pledge_count_back_from_the_articles_date()
    {
        var report = fixture.Checker.Check("Every ally now meets the 2% target, eleven years after it was agreed.", Sep2025);
        var claim = Assert.Single(report.Results, r => r.Claim.Anchors.Contains("eleven years"));
        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Counts_with_a_model_name_or_a_translated_noun_are_read()
    {
        Assert.Contains(QuantityParser.Parse("Berlin will buy 35 F-35A jets and 105 Leopard tanks."), q => q.Kind == QuantityKind.Count && q.Noun == "tanks" && q.Value == 105);
        Assert.Contains(QuantityParser.Parse("Kyiv says the army has lost 3,000 combat cars."), q => q.Kind == QuantityKind.Count && q.Value == 3000);
        Assert.Equal("tanks", ClaimExtractor.Item("combat cars"));
    }

    [Fact]
    public void A_change_in_a_capability_is_not_a_change_in_spending()
    {
        var report = fixture.Checker.Check("NATO's plans call for a 300% increase in air defence by 2030.", Sep2025);
        Assert.Equal(Verdict.Unverifiable, Assert.Single(report.Results).Verdict);
    }

    [Theory]
    [InlineData("Russia now outspends the UK and all EU member states on defence.", "EU_UK")]
    [InlineData("Europe (EU+the United Kingdom) spent more.", "EU_UK")]
    public void The_UK_named_with_the_EU_is_EU_plus_UK(string text, string expected) =>
        Assert.Contains(Recogniser.Find(text), m => m.Primary == expected);

    [Fact]
    public void A_name_after_a_preposition_is_not_the_spender_in_a_comparison()
    {
        var claims = fixture.Checker.Extract("Russia's war in Ukraine means it now spends more on defence than the rest of Europe combined.", Feb2025);
        var comparison = Assert.Single(claims, c => c.Kind == ClaimKind.Comparison);
        Assert.Equal("RUS", comparison.Subject!.Primary);
        Assert.Contains(comparison.Anchors, a => a.StartsWith("more on defence than the rest of Europe", StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_title_with_section_suffixes_is_not_text()
    {
        Assert.Empty(fixture.Checker.Extract("All allies hit 2% of GDP for the first time | Politics | News", Sep2025));
    }

    [Theory]
    [InlineData("Kyiv will field 250 000 drones.", 250000)]
    [InlineData("The plan adds 40\u00a0000 soldiers.", 40000)]
    public void Thousands_separated_by_a_space_are_one_number(string text, double expected) =>
        Assert.Contains(QuantityParser.Parse(text), q => q.Kind == QuantityKind.Count && q.Value == expected);

    [Fact]
    public void A_t_after_a_dollar_amount_is_trillions() =>
        Assert.Contains(QuantityParser.Parse("World defence outlays hit $2.9t last year."), q => q.Kind == QuantityKind.Money && Math.Abs(q.Value - 2.9e12) < 1e6);

    [Fact]
    public void A_signed_percentage_is_a_change()
    {
        var claims = fixture.Checker.Extract("Poland's defence spending: +31% in 2024.", Feb2025);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Growth && c.Anchors.Contains("+31%"));
    }

    [Fact]
    public void Respectively_gives_each_figure_to_the_name_in_the_same_place()
    {
        var claims = fixture.Checker.Extract("Italy and Spain increased spending by 1.4% and 0.9% respectively in 2024.", Feb2025);
        Assert.Equal("ITA", claims.Single(c => c.Anchors.Contains("1.4%")).Subject!.Primary);
        Assert.Equal("ESP", claims.Single(c => c.Anchors.Contains("0.9%")).Subject!.Primary);
        // The list right before "respectively" pairs with the names right before it, whatever figures the sentence gave earlier.
        var later = fixture.Checker.Extract("Poland has more than doubled its share, from 2.2% to 4.5%, with Lithuania, Latvia and Estonia seeing rates of 4%, 3.73% and 3.38% of GDP respectively.", Feb2025);
        Assert.Equal(["POL", "POL", "LTU", "LVA", "EST"], later.Where(c => c.Primary?.Kind == QuantityKind.Percent).Select(c => c.Subject?.Primary));
    }

    [Fact]
    public void A_bracketed_ordinal_after_a_figure_is_a_rank_of_its_owner()
    {
        var claims = fixture.Checker.Extract("Japan's military budget rose to $55.3 billion (tenth worldwide) in 2024.", Feb2025);
        var rank = Assert.Single(claims, c => c.Phrase == "rank");
        Assert.Equal("JPN", rank.Subject!.Primary);
        Assert.Equal(10, rank.Primary!.Value);
    }

    [Fact]
    public void A_multiple_over_two_periods_scales_the_period_ratio()
    {
        var claim = Assert.Single(fixture.Checker.Extract("Russia turns out twice as many shells in six months as Europe does in a year.", Feb2025), c => c.Kind == ClaimKind.ProductionRatio);
        Assert.Equal(4, claim.Ratio);
    }

    [Fact]
    public void A_production_comparison_without_digits_is_a_ratio_above_one()
    {
        var claim = Assert.Single(fixture.Checker.Extract("Russia outpaces Europe in artillery shell production, officials warn.", Feb2025));
        Assert.Equal(ClaimKind.ProductionRatio, claim.Kind);
        Assert.Equal(1, claim.Ratio);
    }

    [Fact]
    public void A_fold_change_against_a_named_year_compares_two_levels_of_one_series()
    {
        var growth = Judged("The number of allies meeting the 2% target in 2024 was almost four times the level in 2021.", new DateOnly(2024, 6, 18), r => r.Claim.Kind == ClaimKind.Growth);
        Assert.Contains(growth.Readings, r => r.Line.StartsWith("NATO 2024 edition", StringComparison.Ordinal) && r.Holds);
    }

    [Fact]
    public void The_size_of_an_economy_is_checked_against_GDP_and_each_WEO_edition_is_a_line()
    {
        var report = fixture.Checker.Check("The German economy is about 4.7 trillion (dollars), and France's economy is 3 trillion.", Feb2025);
        Assert.Equal(2, report.Results.Count);
        Assert.All(report.Results, r => Assert.Contains(r.Readings, x => x.Line.StartsWith("IMF WEO", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_comparison_of_economies_divides_GDP_at_market_rates()
    {
        var report = fixture.Checker.Check("America's economy is 13 times bigger than Russia's.", Feb2025);
        var claim = Assert.Single(report.Results);
        Assert.NotEqual(Verdict.Unverifiable, claim.Verdict);
        Assert.All(claim.Readings, r => Assert.Equal("ratio A ÷ B", r.Unit));
    }

    [Fact]
    public void A_hyphenated_amount_used_as_an_adjective_is_not_a_claim() =>
        Assert.DoesNotContain(QuantityParser.Parse("That two-trillion-dollar economy keeps growing."), q => q.Kind == QuantityKind.Money);

    private static readonly ArticleContext Apr2025 = new(new DateOnly(2025, 4, 28));

    [Fact]
    public void A_second_percentage_in_a_list_is_the_same_kind_of_claim_and_a_bare_percentage_is_not_an_equipment_share()
    {
        var claims = fixture.Checker.Extract("According to SIPRI, Italy and Spain raised their military spending by 1.4% and 0.9% respectively in 2024.", Apr2025);
        Assert.Equal(2, claims.Count(c => c.Kind == ClaimKind.Growth));
        var report = fixture.Checker.Check("The figure for the Netherlands was 14%, the report said.", Apr2025);
        Assert.All(report.Results, r => Assert.DoesNotContain(r.Readings, x => x.Line.Contains("equipment", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_research_institutes_name_does_not_make_a_total_an_RnD_budget()
    {
        var report = fixture.Checker.Check("Global military spending reached $2,718 billion in 2024, the Stockholm International Peace Research Institute said.", Apr2025);
        var claim = Assert.Single(report.Results);
        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Europe_including_Russia_is_SIPRIs_region_and_a_year_after_than_is_a_base()
    {
        Assert.Equal("SIPRI_EUROPE", Recogniser.Find("Spending in Europe, including Russia, rose sharply.")[0].Primary);
        var claims = fixture.Checker.Extract("The total was 9% higher than in 2023. Germany's spending grew by 28% to $88.5 billion.", Apr2025);
        Assert.All(claims, c => Assert.Equal(2024, c.Years[0]));
    }

    [Fact]
    public void A_base_level_year_is_not_carried_to_the_next_sentence()
    {
        var claims = fixture.Checker.Extract("France spent $64.7 billion in 2024, nearly double the level in 2015. Italy's spending rose by 1.4%.", Apr2025);
        Assert.Equal(2024, claims.Single(c => c.Anchors.Contains("1.4%")).Years[0]);
    }

    [Fact]
    public void The_world_is_the_scope_of_a_world_rank_and_a_world_rank_of_burdens_is_unverifiable()
    {
        var report = fixture.Checker.Check("India, the world's fifth-largest spender, raised its budget.", Apr2025);
        // India is fifth among SIPRI's stored countries: the world table is the scope, shown as evidence (the excerpt cannot confirm a world place).
        Assert.Contains(report.Results, r => r.Claim.Phrase == "rank" && r.Readings.Any(x => x.Entity == "IND" && x.Value == 5 && x.Line.Contains("ranking", StringComparison.Ordinal)));
        var burden = fixture.Checker.Check("Estonia had the third-largest military burden worldwide in 2024.", Apr2025);
        Assert.All(burden.Results.Where(r => r.Claim.Phrase == "rank"), r => Assert.Equal(Verdict.Unverifiable, r.Verdict));
    }

    [Fact]
    public void A_source_cannot_be_reported_before_its_release()
    {
        // IISS's stored figures come from The Military Balance 2025 (Feb 2025); a story of Feb 2024 reports the 2024 edition.
        var report = fixture.Checker.Check("The IISS said Russia spent $145.9 billion on defence in 2024.", new ArticleContext(new DateOnly(2024, 2, 14)));
        Assert.Equal(Verdict.Unverifiable, Assert.Single(report.Results).Verdict);
    }

    [Fact]
    public void An_amount_added_to_spending_is_not_compared_with_the_budget()
    {
        var report = fixture.Checker.Check("Europe would have to raise its defence spending by about €100 billion a year, analysts estimate.", Feb2025);
        Assert.All(report.Results, r => Assert.DoesNotContain(r.Readings, x => x.CountsForVerdict && x.Line.Contains("SIPRI", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_percentage_change_in_production_is_not_a_change_in_spending()
    {
        var report = fixture.Checker.Check("Russian drone production has risen by 300% since 2022.", Feb2025);
        Assert.Equal(Verdict.Unverifiable, Assert.Single(report.Results).Verdict);
    }

    [Fact]
    public void A_speakers_title_is_not_the_producer()
    {
        var claim = Assert.Single(fixture.Checker.Extract("The NATO chief said Russia makes in three months what the whole of NATO makes in a year in shells.", Feb2025),
            c => c.Kind == ClaimKind.ProductionRatio);
        Assert.Equal("RUS", claim.Subject!.Primary);
    }

    [Fact]
    public void Almost_double_allows_five_percent_below_two_and_nothing_above()
    {
        var almost = Assert.Single(QuantityParser.Parse("almost double"));
        Assert.True(almost.Admits(1.92));
        Assert.False(almost.Admits(1.85));
        Assert.False(almost.Admits(2.1));
    }

    [Fact]
    public void A_figure_its_source_has_no_value_for_is_unverifiable_not_contradicted()
    {
        var report = fixture.Checker.Check("Global military spending grew by 12 per cent in 2023, the IISS said.", Feb2025);
        Assert.Equal(Verdict.Unverifiable, Assert.Single(report.Results).Verdict);
    }

    [Fact]
    public void European_members_meeting_the_goal_leave_out_the_United_States_and_Canada()
    {
        var report = fixture.Checker.Check("Nine European members of NATO met the 2% of GDP guideline in 2023.", Feb2025);
        var count = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Count);
        Assert.Equal(Verdict.Supported, count.Verdict);
    }

    [Fact]
    public void Allies_other_than_the_United_States_are_Europe_and_Canada() =>
        Assert.Equal("NATO_EUROPE_CANADA", Recogniser.Find("Non-US NATO members raised spending.")[0].Primary);

    [Fact]
    public void A_bare_comparison_in_an_article_about_output_is_a_production_ratio()
    {
        const string text = "Russia outpaces Europe\n\nRussia makes more artillery shells than Europe, officials said. Its factories produce shells around the clock.";
        var claims = fixture.Checker.Extract(text, Feb2025);
        Assert.Contains(claims, c => c.Kind == ClaimKind.ProductionRatio && c.Anchors.Contains("outpaces"));
    }

    [Fact]
    public void A_change_since_a_year_spans_the_whole_period()
    {
        var report = fixture.Checker.Check("Germany increased its military spending by 89% in real terms between 2015 and 2024.", Apr2025);
        var claim = Assert.Single(report.Results);
        Assert.Contains(claim.Readings, r => r.Line.Contains("since 2015", StringComparison.Ordinal) && r.Holds);
    }

    [Fact]
    public void A_streak_of_rises_counts_years_in_a_row()
    {
        var report = fixture.Checker.Check("World military expenditure increased for the tenth consecutive year in 2024.", Apr2025);
        var claim = Assert.Single(report.Results);
        Assert.Equal("streak", claim.Claim.Phrase);
        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void SIPRIs_regions_are_named_and_their_totals_are_unverifiable()
    {
        var report = fixture.Checker.Check("Spending in Asia and Oceania reached $629 billion in 2024, SIPRI said.", Apr2025);
        var claim = Assert.Single(report.Results);
        Assert.Equal("SIPRI_ASIA_OCEANIA", claim.Claim.Subject!.Primary);
        Assert.Equal(Verdict.Unverifiable, claim.Verdict);
    }

    [Fact]
    public void A_year_after_since_the_is_not_the_claims_year()
    {
        var claim = Assert.Single(fixture.Checker.Extract("Israel's spending grew by 65%, the steepest rise since the 1967 war.", Apr2025), c => c.Phrase != "record");
        Assert.DoesNotContain(1967, claim.Years);
    }

    [Fact]
    public void A_comparison_taken_from_SIPRI_is_read_at_market_rates()
    {
        var report = fixture.Checker.Check("According to SIPRI, the United States spent 3.2 times more than China in 2024.", Apr2025);
        var claim = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Comparison);
        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void The_number_of_allies_reaching_a_goal_is_a_count()
    {
        var claims = fixture.Checker.Extract("Officials said the number of countries meeting the guideline rose to 23 this year.", new ArticleContext(new DateOnly(2024, 6, 18)));
        var count = Assert.Single(claims, c => c.Kind == ClaimKind.Count);
        Assert.Equal(23, count.Primary!.Value);
    }

    [Fact]
    public void Spending_added_since_a_year_is_the_sum_above_that_years_level()
    {
        var report = fixture.Checker.Check("European allies and Canada have added more than $400 billion to defence spending since 2014, NATO said.", new ArticleContext(new DateOnly(2024, 6, 18)));
        var claim = Assert.Single(report.Results);
        Assert.Contains(claim.Readings, r => r.Line.Contains("sum above 2014", StringComparison.Ordinal));
        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void NATOs_secretary_general_speaks_for_NATO_and_he_said_refers_back()
    {
        var claims = fixture.Checker.Extract("NATO's secretary general spoke in Brussels. Defence spending by European allies rose 11 percent last year, he said.", Feb2025);
        Assert.Equal("NATO", Assert.Single(claims).Attribution);
    }

    [Fact]
    public void Billions_after_country_names_in_a_spending_story_are_their_spending()
    {
        var report = fixture.Checker.Check("According to SIPRI, China ($314 billion) and Russia ($149 billion) came next in 2024.", Apr2025);
        Assert.All(report.Results, r => Assert.Equal(Verdict.Supported, r.Verdict));
        Assert.Equal(2, report.Results.Count);
    }

    [Fact]
    public void SIPRIs_European_NATO_total_leaves_Turkiye_in_the_Middle_East()
    {
        var report = fixture.Checker.Check("Military spending by European NATO members totalled $454 billion in 2024, SIPRI said.", Apr2025);
        var claim = Assert.Single(report.Results);
        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Contains(claim.Readings, r => r.Line.Contains("without Türkiye", StringComparison.Ordinal) && r.Holds);
    }

    [Fact]
    public void Of_the_members_then_a_count_is_how_many_meet_the_goal()
    {
        var claims = fixture.Checker.Extract("Of the 32 NATO members, 23 spent at least 2% of GDP on defence in 2024.", Apr2025);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Count && c.Phrase != "members" && c.Primary!.Value == 23);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Count && c.Phrase == "members" && c.Primary!.Value == 32);
    }

    [Fact]
    public void All_is_a_count_only_when_all_meet_something_and_a_rank_without_scope_is_the_worlds()
    {
        Assert.DoesNotContain(fixture.Checker.Extract("Spending by all NATO members was $1,506 billion in 2024, or 55% of the world total.", Apr2025), c => c.Kind == ClaimKind.Count);
        var rank = Assert.Single(fixture.Checker.Extract("The UK, ranked sixth, spent $81.8 billion in 2024.", Apr2025), c => c.Phrase == "rank");
        Assert.Equal("WLD", rank.Other!.Primary);
    }

    [Fact]
    public void A_named_list_with_combined_is_summed()
    {
        var report = fixture.Checker.Check("According to SIPRI, the United States, China and Russia together spent $1,460 billion in 2024, 54% of the world total.", Apr2025);
        Assert.Contains(report.Results, r => r.Claim.Kind == ClaimKind.Level && r.Verdict == Verdict.Supported && r.Readings.Any(x => x.Line.Contains("sum of the countries named", StringComparison.Ordinal)));
        Assert.Contains(report.Results, r => r.Claim.Phrase == "share of total" && r.Verdict == Verdict.Supported);
    }

    [Fact]
    public void The_source_and_the_yardstick_of_a_superlative_are_not_subjects()
    {
        var claims = fixture.Checker.Extract("Berlin spent €90.6 billion in 2024 according to NATO figures, or 2.12% of GDP. Spain remained the lowest spender in the alliance at 1.28% of GDP.", Feb2025);
        Assert.Equal("DEU", claims.Single(c => c.Anchors.Contains("2.12%")).Subject!.Primary);
        Assert.Equal("ESP", claims.Single(c => c.Anchors.Contains("1.28%")).Subject!.Primary);
    }

    [Fact]
    public void More_than_a_figure_starts_at_the_figure()
    {
        var q = Assert.Single(QuantityParser.Parse("more than 4%"));
        Assert.False(q.Admits(3.79));
        Assert.True(q.Admits(4.12));
    }

    [Fact]
    public void A_whole_year_is_a_period()
    {
        var claim = Assert.Single(fixture.Checker.Extract("Russia makes as many shells in three months as Europe does in a whole year.", Feb2025), c => c.Kind == ClaimKind.ProductionRatio);
        Assert.Equal(4, claim.Ratio);
    }

    [Fact]
    public void Doubled_against_a_year_is_a_fold_change_and_a_share_that_doubled_divides_shares()
    {
        var report = fixture.Checker.Check("Poland spends 4.2% of GDP on defence, a share that has more than doubled since 2014.", Apr2025);
        var growth = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Growth);
        Assert.Contains(growth.Readings, r => r.Line.StartsWith("SIPRI share of GDP", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dollar_conversion_of_a_euro_source_is_compared_at_the_years_rate()
    {
        var report = fixture.Checker.Check("The European Defence Agency said EU members spent €343bn (US$371bn) on defence in 2024.", Sep2025);
        var dollars = Assert.Single(report.Results, r => r.Claim.Primary!.Currency == "USD");
        Assert.Contains(dollars.Readings, r => r.Line.Contains("in US$", StringComparison.Ordinal) && r.Holds);
    }

    [Fact]
    public void A_base_year_is_not_carried_into_the_next_sentence()
    {
        var claims = fixture.Checker.Extract("Spending doubled compared to 2015. Poland spent 4.2% of GDP.", Apr2025);
        Assert.DoesNotContain(2016, claims.Single(c => c.Anchors.Contains("4.2%")).Years);
    }

    [Fact]
    public void An_output_figure_named_for_a_capacity_estimator_is_checked_against_that_estimator()
    {
        var report = fixture.Checker.Check("A study by Bain & Company put Russia's shell output in 2024 at about 4.5 million rounds.", Feb2025);
        var claim = Assert.Single(report.Results);
        Assert.Contains(claim.Readings, r => r.Source.StartsWith("Bain", StringComparison.Ordinal));
        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void A_story_on_a_think_tanks_release_takes_that_institutes_figures_as_its_own()
    {
        // The lede names no institute, only "a think tank said"; the report is named further down, and the figures are its.
        const string text = "Arms outlays hit a record last year, a Swedish think tank said on Monday. "
            + "Russia's military spending rose to $149 billion. "
            + "That is according to data published by the Stockholm International Peace Research Institute (SIPRI).";
        var level = Judged(text, new DateOnly(2025, 4, 28), r => r.Claim.Kind == ClaimKind.Level);
        Assert.Equal("SIPRI", level.Claim.Attribution);
        Assert.Equal(Verdict.Supported, level.Verdict);
    }

    [Fact]
    public void The_parts_of_a_split_target_are_targets_checked_against_the_pledges()
    {
        const string text = "Allies weighed a proposal to lift defence outlays to 5% of GDP, with 3.5% earmarked for core military needs and 1.5% going to resilience and infrastructure.";
        var report = fixture.Checker.Check(text, new ArticleContext(new DateOnly(2025, 6, 20)));
        Assert.Equal(3, report.Results.Count(r => r.Claim.Kind == ClaimKind.Target));
        Assert.All(report.Results, r => Assert.Equal(Verdict.Supported, r.Verdict));
        Assert.Contains(report.Results, r => r.Readings.Any(x => x.Detail.Contains("hague-2025-target-core-3-5pct", StringComparison.Ordinal)));
    }

    [Fact]
    public void Head_counts_are_checked_against_the_curated_troop_figures_and_their_owner_is_the_nationality_not_the_place()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 3, 1));
        var inUkraine = Assert.Single(fixture.Checker.Check("Kyiv faces some 700,000 Russian troops in Ukraine.", ctx).Results);
        Assert.Equal("RUS", inUkraine.Claim.Subject!.Primary);
        Assert.Equal(Verdict.Supported, inUkraine.Verdict);
        // The opponent to deter and the party left out are not the ones who need the soldiers.
        var needed = Assert.Single(fixture.Checker.Check("To counter Moscow, Europe without the US would require about 300,000 extra troops.", ctx).Results);
        Assert.Contains("EU_UK", needed.Claim.Subject!.Candidates);
        Assert.Equal(Verdict.Supported, needed.Verdict);
    }

    [Fact]
    public void Artillery_weapons_are_guns_not_shells()
    {
        var report = fixture.Checker.Check("Last year Russia's factories turned out 450 artillery weapons, researchers estimate.", new ArticleContext(new DateOnly(2025, 3, 1)));
        var guns = Assert.Single(report.Results);
        Assert.Equal("artillery_pieces", guns.Claim.Item);
        Assert.Equal(Verdict.Supported, guns.Verdict);
        Assert.DoesNotContain(fixture.Checker.Extract("The arsenal holds 5,000 nuclear weapons.", new ArticleContext(new DateOnly(2025, 3, 1))), c => c.Item == "artillery_pieces");
    }

    [Fact]
    public void A_change_in_output_is_checked_against_the_change_its_publisher_records_beside_the_figure()
    {
        var report = fixture.Checker.Check("Since 2022, Russian output of tanks has risen by 220%, and that of armoured vehicles by 150%.", new ArticleContext(new DateOnly(2025, 3, 1)));
        var changes = report.Results.Where(r => r.Claim.Kind == ClaimKind.Growth).ToArray();
        Assert.Equal(2, changes.Length);
        Assert.All(changes, c => Assert.Equal(Verdict.Supported, c.Verdict));
        Assert.Contains(changes[1].Readings, r => r.Line.Contains("armoured", StringComparison.Ordinal));
        // A change the publisher did not record is not confirmed by another item's change.
        var wrong = Assert.Single(fixture.Checker.Check("Since 2022, Russian output of tanks has risen by 300%.", new ArticleContext(new DateOnly(2025, 3, 1))).Results);
        Assert.Equal(Verdict.Contradicted, wrong.Verdict);
    }

    [Fact]
    public void Paired_rises_to_amounts_go_to_the_listed_countries_in_order_past_an_apposition()
    {
        const string text = "Italy and Spain, two southern European members, lifted defence outlays by 1.4% to $38.0 billion and 2.0% to $23.7 billion respectively.";
        var claims = fixture.Checker.Extract(text, new ArticleContext(new DateOnly(2025, 4, 28)));
        Assert.Equal(2, claims.Count(c => c.Kind == ClaimKind.Growth));
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Target);
        Assert.Equal("ESP", claims.Single(c => c.Anchors.Contains("2.0%")).Subject!.Primary);
        Assert.Equal("ITA", claims.Single(c => c.Anchors.Contains("1.4%")).Subject!.Primary);
    }

    [Fact]
    public void A_world_rank_the_stored_excerpt_allows_is_unverifiable_and_one_it_refutes_is_contradicted()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 4, 28));
        var allowed = Assert.Single(fixture.Checker.Check("Germany became the fourth biggest military spender in the world in 2024.", ctx).Results);
        Assert.Equal(Verdict.Unverifiable, allowed.Verdict);
        var refuted = Assert.Single(fixture.Checker.Check("Ukraine became the second biggest military spender in the world in 2024.", ctx).Results);
        Assert.Equal(Verdict.Contradicted, refuted.Verdict);
    }

    [Fact]
    public void A_total_that_grew_to_exceed_an_amount_is_a_level_not_a_requirement()
    {
        Assert.Equal(Verdict.Supported, VerdictOf("World military expenditure climbed to exceed $2.7 trillion last year, SIPRI estimates.", new DateOnly(2025, 4, 28), ClaimKind.Level));
    }

    [Fact]
    public void A_region_opening_the_sentence_is_its_frame_and_the_country_named_next_is_the_subject()
    {
        var claims = fixture.Checker.Extract("Across Europe, the steepest rise was recorded by Lithuania, whose outlays reached about 2.9% of GDP.", new ArticleContext(new DateOnly(2025, 4, 28)));
        Assert.Equal("LTU", Assert.Single(claims, c => c.Kind == ClaimKind.ShareOfGdp).Subject!.Primary);
    }

    [Fact]
    public void A_base_year_of_an_earlier_change_does_not_date_a_later_amount()
    {
        var claims = fixture.Checker.Extract("Poland spends $38 billion (up 31% on 2023 and triple compared with 2014), Sweden's – $12 billion.", new ArticleContext(new DateOnly(2025, 4, 28)));
        var sweden = claims.Single(c => c.Anchors.Contains("$12 billion"));
        Assert.DoesNotContain(2015, sweden.Years);
        Assert.Equal(2024, sweden.Years[0]);
    }

    [Fact]
    public void Double_compared_to_a_year_is_a_fold_change_since_that_year()
    {
        var report = fixture.Checker.Check("Moscow's defence outlays are now double compared to 2015, SIPRI data show.", new ArticleContext(new DateOnly(2025, 4, 28)));
        var change = Assert.Single(report.Results);
        Assert.Equal(ClaimKind.Growth, change.Claim.Kind);
        Assert.Equal(Verdict.Supported, change.Verdict);
    }

    [Fact]
    public void SIPRIs_Europe_is_its_own_region_which_the_store_does_not_hold()
    {
        var report = fixture.Checker.Check("Spending in Europe climbed 17% to $693 billion in 2024, according to SIPRI.", new ArticleContext(new DateOnly(2025, 4, 28)));
        Assert.NotEmpty(report.Results);
        Assert.All(report.Results, r => Assert.Equal(Verdict.Unverifiable, r.Verdict));
        // A named grouping is not SIPRI's region: the EU's members are summed and checked.
        var eu = fixture.Checker.Check("EU member states spent $380 billion in 2024, according to SIPRI.", new ArticleContext(new DateOnly(2025, 4, 28)));
        Assert.DoesNotContain(eu.Results, r => r.Reason.StartsWith("SIPRI's Europe", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_of_countries_after_comes_from_is_the_summed_subject_and_a_price_base_is_not_a_year()
    {
        const string text = "Figures are in constant 2023 US dollars. More than $1.6 trillion of the total came from just five nations: the United States, China, Russia, Germany and India.";
        var level = Judged(text, new DateOnly(2025, 4, 28), r => r.Claim.Kind == ClaimKind.Level && r.Claim.Anchors.Any(a => a.Contains("$1.6 trillion", StringComparison.Ordinal)));
        Assert.DoesNotContain(2023, level.Claim.Years);
        Assert.Contains(level.Readings, r => r.Line.Contains("sum of the countries named", StringComparison.Ordinal) && r.Holds);
    }

    [Fact]
    public void That_before_an_output_verb_introduces_the_yardstick_of_a_production_multiple()
    {
        var ratio = Judged("Moscow turns out twice the shells in six months that NATO makes in a whole year.", new DateOnly(2025, 7, 5), r => r.Claim.Kind == ClaimKind.ProductionRatio);
        Assert.Equal("RUS", ratio.Claim.Subject!.Primary);
        // Twice a year's output in half a year is an annual ratio of 4.
        Assert.Contains("≥ 4", ratio.Reason, StringComparison.Ordinal);
        // A "that" clause without an output verb is not a yardstick: the doubling stays a change.
        var growth = fixture.Checker.Extract("Russia's spending has doubled since 2015, a sign that Moscow is preparing for a long war.", new ArticleContext(new DateOnly(2025, 7, 5)));
        Assert.DoesNotContain(growth, c => c.Kind == ClaimKind.ProductionRatio);
    }

    private static readonly ArticleContext June2024 = new(new DateOnly(2024, 6, 21));
    private static readonly ArticleContext Mar2025 = new(new DateOnly(2025, 3, 1));

    [Fact]
    public void A_place_in_the_alliance_table_is_ranked_in_each_NATO_edition_and_SIPRI()
    {
        var report = fixture.Checker.Check("Poland devoted 4.12% of GDP to defence in 2024, the highest of all NATO member states.", June2024);
        var rank = Assert.Single(report.Results, r => r.Claim.Phrase == "rank");
        Assert.Equal("POL", rank.Claim.Subject!.Primary);
        Assert.Equal("NATO", rank.Claim.Other!.Primary);
        Assert.Equal(ClaimExtractor.RankByShare, rank.Claim.Item);
        Assert.Equal(Verdict.Supported, rank.Verdict);
        Assert.Contains(rank.Readings, r => r.Line.StartsWith("NATO 2024 edition, allies ranked by share of GDP", StringComparison.Ordinal) && r.Holds);
        Assert.Contains(rank.Readings, r => r.Source == "SIPRI");
    }

    [Fact]
    public void A_wrong_place_is_contradicted_and_absolute_terms_rank_by_amount()
    {
        var report = fixture.Checker.Check("In absolute terms, Germany's defence budget of $98 billion in 2024 was the fifth highest in NATO.", June2024);
        var rank = Assert.Single(report.Results, r => r.Claim.Phrase == "rank");
        Assert.Equal(ClaimExtractor.RankByAmount, rank.Claim.Item);
        Assert.Equal(Verdict.Contradicted, rank.Verdict); // second, behind the United States, in every source
        Assert.All(rank.Readings, r => Assert.Equal(2, r.Value));
    }

    [Fact]
    public void A_list_of_the_lowest_spenders_holds_when_its_members_fill_the_bottom_places()
    {
        var text = "NATO's new estimates of the allies' defence spending relative to GDP came out this week. The lowest spenders in 2024 are Spain (1.28%), Slovenia (1.29%), Luxembourg (1.29%) and Belgium (1.30%).";
        var report = fixture.Checker.Check(text, June2024);
        var rank = Assert.Single(report.Results, r => r.Claim.Phrase == "rank");
        Assert.StartsWith("LIST:", rank.Claim.Subject!.Primary, StringComparison.Ordinal);
        var edition2024 = Assert.Single(rank.Readings, r => r.Line.StartsWith("NATO 2024 edition", StringComparison.Ordinal));
        Assert.True(edition2024.Holds, edition2024.Detail);
        // The bracketed figures in a "relative spenders" story are shares of GDP, not amounts.
        Assert.Equal(4, report.Results.Count(r => r.Claim.Kind == ClaimKind.ShareOfGdp));
    }

    [Fact]
    public void Records_the_store_cannot_date_are_claims_judged_unverifiable()
    {
        var report = fixture.Checker.Check("It was the steepest annual rise since the end of the Cold War, and for the first time since reunification Germany outspent France.", Feb2025);
        Assert.Equal(2, report.Results.Count(r => r.Claim.Phrase == "record"));
        Assert.All(report.Results.Where(r => r.Claim.Phrase == "record"), r => Assert.Equal(Verdict.Unverifiable, r.Verdict));
    }

    [Fact]
    public void A_percentage_naming_its_goal_is_a_target_and_the_Hague_split_too()
    {
        var claims = fixture.Checker.Extract("Madrid rejected the new 5% goal. Of that, 3.5% would go to core defence and 1.5% to defence-related infrastructure.", Feb2025);
        Assert.Equal(3, claims.Count(c => c.Kind == ClaimKind.Target));
    }

    [Fact]
    public void A_GDP_in_the_countrys_own_currency_is_checked_in_that_currency()
    {
        var report = fixture.Checker.Check("With a GDP of around 4.3 trillion euros in 2024, Germany is Europe's largest economy.", Feb2025);
        var gdp = Assert.Single(report.Results, r => r.Claim.Primary?.Currency == "EUR");
        Assert.Contains(gdp.Readings, r => r.Line.Contains("GDP in EUR", StringComparison.Ordinal) && r.Holds);
        Assert.Equal(Verdict.Supported, gdp.Verdict);
    }

    [Fact]
    public void A_constant_price_basis_named_before_carries_into_the_sentence_that_reads_off_it()
    {
        var text = "NATO also publishes the figures in constant 2015 prices. This shows Poland's spending rising from around $8.5 billion in 2014.";
        var report = fixture.Checker.Check(text, June2024);
        var level = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Level);
        Assert.True(level.Claim.Cues.Real);
        Assert.Contains(level.Readings, r => r.Line.StartsWith("NATO 2024 edition, constant 2015 US$", StringComparison.Ordinal) && r.Holds);
        Assert.DoesNotContain(level.Readings, r => r.Line.StartsWith("NATO current US$", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bracketed_conversion_is_checked_at_the_rate_the_article_prints()
    {
        var text = "Russia's spending on national defence will rise to 13.5 trillion roubles ($145.32 billion) in 2025, budget documents showed.\n($1 = 92.9000 roubles)";
        var dollars = Judged(text, new DateOnly(2024, 9, 30), r => r.Claim.Primary?.Currency == "USD");
        var conversion = Assert.Single(dollars.Readings);
        Assert.Equal("the article's own conversion", conversion.Line);
        Assert.Equal(145.317e9, conversion.Value, 1e7);
        Assert.Equal(Verdict.Supported, dollars.Verdict);
    }

    [Fact]
    public void A_conversion_at_the_days_rate_for_a_year_without_a_stored_rate_is_unverifiable()
    {
        var report = fixture.Checker.Check("The EU plan offers 150 billion euros ($170 billion) in defence-related loans.", new ArticleContext(new DateOnly(2025, 8, 27)));
        Assert.All(report.Results, r => Assert.Equal(Verdict.Unverifiable, r.Verdict));
        Assert.Contains(report.Results, r => r.Reason.Contains("financing", StringComparison.Ordinal));
        Assert.Contains(report.Results, r => r.Reason.Contains("no EUR exchange rate for 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conversion_of_the_years_own_amount_without_a_printed_rate_was_made_at_the_days_rate()
    {
        var now = Judged("This year, government defense spending totaled 59.4 trillion won ($44.6 billion).", new DateOnly(2024, 8, 27), r => r.Claim.Primary?.Currency == "USD");
        Assert.Equal(Verdict.Unverifiable, now.Verdict);
        Assert.Contains("at the time of writing", now.Reason, StringComparison.Ordinal);
        // A year already past is converted at its average rate (the set's decision 26), so it is judged.
        var past = Judged("In 2022, government defense spending totaled 54.6 trillion won ($42.3 billion).", new DateOnly(2024, 8, 27), r => r.Claim.Primary?.Currency == "USD");
        Assert.DoesNotContain("at the time of writing", past.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Money_for_another_purpose_is_not_military_spending()
    {
        var report = fixture.Checker.Check("In Russia's 2026 budget, family support gets over 10 trillion rubles while defence gets the most.", Feb2025);
        var family = Assert.Single(report.Results, r => r.Claim.Primary?.Currency == "RUB");
        Assert.Equal(Verdict.Unverifiable, family.Verdict);
        Assert.Contains("another purpose", family.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_planned_change_is_not_checked_against_an_estimate_of_real_growth()
    {
        var growth = Judged("Russia's national defence spending will increase by 23% in 2025, draft budget documents showed.", new DateOnly(2024, 9, 30), r => r.Claim.Kind == ClaimKind.Growth);
        Assert.NotEqual(Verdict.Contradicted, growth.Verdict);
        Assert.DoesNotContain(growth.Readings, r => r.CountsForVerdict && r.Line.Contains("real change", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pledge_with_the_wrong_deadline_is_contradicted()
    {
        Assert.Equal(Verdict.Contradicted, VerdictOf("At the Hague summit the allies agreed they should spend 5% of GDP on defence by 2025.", new DateOnly(2025, 7, 1), ClaimKind.Target));
    }

    [Fact]
    public void The_level_a_real_change_reaches_is_in_current_money()
    {
        var report = fixture.Checker.Check("World military spending rose by 9.4% in real terms to $2.72 trillion in 2024, SIPRI said.", Apr2025);
        var level = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Level);
        Assert.Equal(Verdict.Supported, level.Verdict);
        Assert.Contains(level.Readings, r => r.Line == "SIPRI current US$" && r.Holds);
    }

    [Fact]
    public void A_count_of_allies_from_SIPRI_uses_SIPRIs_shares()
    {
        var report = fixture.Checker.Check("NATO members spent $1.5 trillion in 2024, with 18 countries exceeding the 2% of GDP threshold, according to SIPRI.", Apr2025);
        var count = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Count);
        Assert.Contains(count.Readings, r => r.Source == "SIPRI" && r.Holds);
        Assert.Equal(Verdict.Supported, count.Verdict);
    }

    [Fact]
    public void A_time_estimate_is_a_claim_nothing_in_the_store_measures()
    {
        var report = fixture.Checker.Check("Intelligence services warn that Russia could be able to attack a NATO member within five years.", Feb2025);
        var estimate = Assert.Single(report.Results);
        Assert.Equal("duration", estimate.Claim.Phrase);
        Assert.Equal("five years", estimate.Claim.Anchors[0]);
        Assert.Equal(Verdict.Unverifiable, estimate.Verdict);
        // A deadline inside a figure's sentence belongs to that figure, not to a claim of its own.
        Assert.DoesNotContain(fixture.Checker.Extract("Germany could reach 3.5% of GDP within five years.", Feb2025), c => c.Phrase == "duration");
    }

    [Fact]
    public void A_unit_price_is_checked_against_contract_prices_not_budgets()
    {
        var report = fixture.Checker.Check("A single 155mm shell costs around €4,000 in Europe, compared with about $1,000 for its Russian equivalent.", Feb2025);
        var euro = Assert.Single(report.Results, r => r.Claim.Primary?.Currency == "EUR");
        Assert.All(euro.Readings, r => Assert.StartsWith("unit prices of artillery rounds", r.Line, StringComparison.Ordinal));
        Assert.Equal(Verdict.Supported, euro.Verdict); // a curated European contract range (€3,000–7,000) meets €3,800–4,200
        Assert.Contains(euro.Readings, r => r.Holds && r.Unit == "EUR");
        var russian = Assert.Single(report.Results, r => r.Claim.Primary?.Currency == "USD");
        Assert.Equal(Verdict.Unverifiable, russian.Verdict);
    }

    [Fact]
    public void One_plants_output_is_not_a_countrys()
    {
        var report = fixture.Checker.Check("Rheinmetall's new plant in Germany will produce 350,000 shells a year by 2027.", Feb2025);
        var plant = Assert.Single(report.Results);
        Assert.Equal(Verdict.Unverifiable, plant.Verdict);
        Assert.Contains("one plant", plant.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fraction_of_the_members_meeting_a_threshold_is_a_count_of_allies()
    {
        var report = fixture.Checker.Check("Half of NATO's members spent at least 2% of GDP on defence in 2023.", Feb2025);
        var count = Assert.Single(report.Results);
        Assert.Equal(ClaimKind.Count, count.Claim.Kind);
        Assert.Equal(16, count.Claim.Primary!.Value); // half of the 31 allies of 2023, rounded
        Assert.Contains(count.Readings, r => r.Line.StartsWith("NATO 2024 edition, allies at or above", StringComparison.Ordinal));
    }

    [Fact]
    public void The_category_a_country_is_one_of_is_not_its_subject_and_won_is_a_currency()
    {
        var italy = fixture.Checker.Extract("Italy is one of the few allies still below 2%, at 1.49% in 2024.", Feb2025);
        Assert.All(italy, c => Assert.Equal("ITA", c.Subject!.Primary));
        var korea = fixture.Checker.Extract("South Korea's defence budget for 2025 is 61.2 trillion won.", Feb2025);
        Assert.Equal("KRW", Assert.Single(korea).Primary!.Currency);
    }

    [Fact]
    public void A_figure_a_ministry_gives_is_judged_on_that_ministrys_numbers_which_the_store_lacks()
    {
        var report = fixture.Checker.Check("In cash terms, the UK spent about £60bn on defence in 2024, according to the Ministry of Defence.", Feb2025);
        var level = Assert.Single(report.Results);
        Assert.Equal(ClaimExtractor.GovernmentSource, level.Claim.Attribution);
        Assert.Equal(Verdict.Unverifiable, level.Verdict); // NATO's £64.6bn and SIPRI's £64.0bn are evidence, not the ministry's figure
    }

    [Fact]
    public void An_amount_a_year_more_is_an_increase_and_a_decade_is_its_years()
    {
        var more = fixture.Checker.Check("Reaching 3.5% would mean roughly £30bn a year more for the UK's defence budget.", Feb2025);
        Assert.Equal(Verdict.Unverifiable, Assert.Single(more.Results, r => r.Claim.Primary?.Currency == "GBP").Verdict);
        var decade = fixture.Checker.Extract("The UK's defence spending has fallen from around 4% of GDP in the late 1980s.", Feb2025);
        Assert.Equal([1986, 1987, 1988, 1989], Assert.Single(decade).Years.Order().ToArray());
    }

    [Fact]
    public void A_national_plans_year_and_a_pledge_of_the_members_are_not_counts_of_allies_meeting_it()
    {
        var ctx = new ArticleContext(new DateOnly(2024, 7, 11));
        var plan = Assert.Single(fixture.Checker.Check("Prime Minister Justin Trudeau says Canada expects to hit the NATO defence spending target in 2032.", ctx).Results);
        Assert.Equal("plan year", plan.Claim.Phrase);
        Assert.Equal(Verdict.Unverifiable, plan.Verdict);
        var pledge = fixture.Checker.Check("The 32 members of the alliance agreed last year to spend at least two per cent of GDP on defence.", ctx).Results;
        Assert.Contains(pledge, r => r.Claim.Phrase == "members" && r.Verdict == Verdict.Supported);
        Assert.Contains(pledge, r => r.Claim.Kind == ClaimKind.Target && r.Verdict == Verdict.Supported);
    }

    [Fact]
    public void A_target_of_a_country_outside_NATO_is_a_national_target()
    {
        var report = fixture.Checker.Check("Japan aims to raise defence spending to 2 percent of GDP by fiscal 2027.", Apr2025);
        var target = Assert.Single(report.Results);
        Assert.Equal(ClaimKind.Target, target.Claim.Kind);
        Assert.Equal(Verdict.Unverifiable, target.Verdict);
        Assert.All(target.Readings.Where(r => r.Entity == "NATO"), r => Assert.False(r.CountsForVerdict));
    }

    [Theory]
    [InlineData("Sweden will increase its defence budget by 20 per cent next year, in order to meet the NATO target of 2 percent of GDP.", 2023, 2.0)]
    [InlineData("Amid the threat from Russia, members of the alliance are expected to be asked to agree to spend 3.5 per cent of GDP on core defence.", 2025, 3.5)]
    public void A_target_the_sentence_names_as_the_alliances_is_the_pledge_whoever_strives_for_it(string text, int year, double share)
    {
        var target = Judged(text, new DateOnly(year, 6, 5), r => r.Claim.Kind == ClaimKind.Target);
        Assert.Equal(Verdict.Supported, target.Verdict);
        Assert.Contains(target.Readings, r => r.Entity == "NATO" && r.CountsForVerdict && r.Holds && r.Value == share);
    }

    [Fact]
    public void A_record_dated_within_the_stored_series_is_checked_against_every_year_since()
    {
        var text = "World military expenditure rose by 9.4% in real terms in 2024, according to SIPRI. The 9.4% rise in 2024 was the steepest year-on-year increase since 2009.";
        var record = Assert.Single(fixture.Checker.Check(text, Apr2025).Results, r => r.Claim.Phrase == "record");
        var reading = Assert.Single(record.Readings);
        Assert.Contains("the largest since 2009", reading.Line, StringComparison.Ordinal);
        Assert.NotEqual(Verdict.Unverifiable, record.Verdict);
    }

    [Fact]
    public void A_current_figure_keeps_the_present_and_a_projection_to_the_end_of_the_decade_is_not_checked_against_it()
    {
        var ctx = new ArticleContext(new DateOnly(2024, 7, 11));
        var report = fixture.Checker.Check("Canada is lagging behind, with current spending at around 1.37 per cent of GDP, which is set to rise to 1.76 per cent by the end of the decade.", ctx);
        var now = Assert.Single(report.Results, r => r.Claim.Primary?.Value == 1.37);
        Assert.DoesNotContain(2029, now.Claim.Years);
        var projected = Assert.Single(report.Results, r => r.Claim.Primary?.Value == 1.76);
        Assert.Contains(2029, projected.Claim.Years);
        Assert.Equal(Verdict.Unverifiable, projected.Verdict);
    }

    [Fact]
    public void A_ceiling_and_the_year_a_national_goal_was_set_are_national_targets()
    {
        var text = "Japan spends about 1.4 percent of GDP on defence. This goal was set in 2022 under updated national security guidelines. Previously, Japan capped defense budgets at about 1 percent of GDP.";
        var report = fixture.Checker.Check(text, Apr2025);
        var year = Assert.Single(report.Results, r => r.Claim.Anchors.Contains("2022"));
        Assert.Equal("plan year", year.Claim.Phrase);
        var cap = Assert.Single(report.Results, r => r.Claim.Primary?.Value == 1);
        Assert.Equal(ClaimKind.Target, cap.Claim.Kind);
        Assert.Equal(Verdict.Unverifiable, cap.Verdict);
    }

    [Fact]
    public void A_budget_figure_is_answered_by_the_budget_line_it_matches_and_the_alliances_table_is_not_the_subject()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 9, 10));
        var budget = Assert.Single(fixture.Checker.Check("Germany's cabinet approved a 2026 budget with €82.7 billion for the Bundeswehr.", ctx).Results);
        Assert.Equal(Verdict.Supported, budget.Verdict); // NATO's EUR 124.7bn for 2026 is another definition: evidence
        Assert.Contains(budget.Readings, r => !r.CountsForVerdict && r.Source == "NATO");
        var spain = fixture.Checker.Check("Spain remains the alliance's lowest spender, at 1.28% of GDP in 2024.", ctx).Results;
        Assert.All(spain, r => Assert.Equal("ESP", r.Claim.Subject!.Primary));
        Assert.Contains(spain, r => r.Claim.Phrase == "rank" && r.Claim.Other!.Primary == "NATO");
    }
    [Fact]
    public void Countries_that_follow_a_ranked_leader_hold_the_next_places_and_a_stored_country_ahead_refutes_them()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 4, 30));
        var right = fixture.Checker.Check("The United States was again the largest military spender in the world in 2024, followed by China, Russia and Germany.", ctx).Results;
        var places = Assert.Single(right, r => r.Claim.Anchors.Contains("followed by"));
        Assert.Equal(Verdict.Unverifiable, places.Verdict); // consistent with the stored excerpt, not proven by it
        var wrong = fixture.Checker.Check("The United States was again the largest military spender in the world in 2024, followed by Germany and China.", ctx).Results;
        Assert.Equal(Verdict.Contradicted, Assert.Single(wrong, r => r.Claim.Anchors.Contains("followed by")).Verdict);
    }

    [Fact]
    public void A_record_over_a_sources_whole_series_is_a_claim_the_bundle_cannot_date()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 4, 30));
        var record = Assert.Single(fixture.Checker.Check("The rise pushed world spending to the highest level SIPRI has ever recorded.", ctx).Results);
        Assert.Equal("record", record.Claim.Phrase);
        Assert.Equal(Verdict.Unverifiable, record.Verdict);
    }

    [Fact]
    public void A_share_of_world_spending_in_a_year_without_a_current_dollar_world_total_is_read_at_constant_prices()
    {
        var ctx = new ArticleContext(new DateOnly(2023, 4, 25));
        var share = Assert.Single(fixture.Checker.Check("In 2022 the United States accounted for 39% of world military spending.", ctx).Results);
        Assert.Equal(Verdict.Supported, share.Verdict);
        Assert.Contains(share.Readings, r => r.Line.Contains("constant 2023 US$", StringComparison.Ordinal) && r.Year == 2022);
    }

    [Fact]
    public void An_article_about_one_country_lends_it_to_sentences_that_name_nobody()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 4, 30));
        var text = "Australia's defence budget is growing. Canberra's critics say Australia must do more, and Australia's ministers agree. "
            + "China is arming fast. He stressed Australia's progress towards its defence goals. Spending reached 1.9 percent of GDP in 2024.";
        var share = Assert.Single(fixture.Checker.Check(text, ctx).Results, r => r.Claim.Kind == ClaimKind.ShareOfGdp);
        Assert.Equal("AUS", share.Claim.Subject!.Primary);
    }

    [Fact]
    public void A_story_on_one_report_is_judged_on_that_reports_figure_even_where_another_source_matches()
    {
        var ctx = new ArticleContext(new DateOnly(2024, 4, 22), Title: "Türkiye ranks high in world military spending: SIPRI report");
        var text = "Türkiye raised its military spending last year, the institute said. The country spent 1.5 percent of its GDP on the military in 2023.";
        var share = Assert.Single(fixture.Checker.Check(text, ctx).Results, r => r.Claim.Kind == ClaimKind.ShareOfGdp);
        Assert.Equal(Verdict.Contradicted, share.Verdict); // SIPRI 1.72%; NATO's 1.50% is evidence only
    }
    [Fact]
    public void A_threshold_met_since_a_year_is_checked_in_every_year_of_each_NATO_edition()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 9, 10));
        var since = Assert.Single(fixture.Checker.Check("Poland has been continuously meeting the 2% target since 2020.", ctx).Results);
        Assert.Equal("threshold streak", since.Claim.Phrase);
        Assert.Equal(Verdict.Supported, since.Verdict);
        Assert.Equal(2, since.Readings.Count(r => r.CountsForVerdict && r.Line.StartsWith("NATO 20", StringComparison.Ordinal)));
        var tooEarly = Assert.Single(fixture.Checker.Check("Poland has consistently met the 2% target since 2016.", ctx).Results);
        Assert.Equal(Verdict.Contradicted, tooEarly.Verdict); // 1.99% in 2016 (2025 edition), 1.89% in 2017
        var pair = fixture.Checker.Check("Latvia and Estonia have also consistently met the 2% target since 2018 and 2019, respectively.", ctx).Results;
        Assert.Equal(["LVA", "EST"], pair.Where(r => r.Claim.Phrase == "threshold streak").Select(r => r.Claim.Subject!.Primary));
        var below = Assert.Single(fixture.Checker.Check("Poland's outlays slipped below the threshold from 2016 to 2019.", ctx).Results, r => r.Claim.Phrase == "below streak");
        Assert.Equal(Verdict.MethodDependent, below.Verdict); // the 2025 edition has 1.99% for 2016, the 2024 edition 2.0005%
    }

    [Fact]
    public void A_year_a_goal_was_agreed_does_not_date_the_count_beside_it()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 8, 28));
        var count = Assert.Single(fixture.Checker.Check("Three NATO countries are on track to hit the 3.5% goal agreed at a June 2024 summit in the Netherlands.", ctx).Results, r => r.Claim.Kind == ClaimKind.Count);
        Assert.DoesNotContain(2024, count.Claim.Years);
    }

    [Fact]
    public void The_rest_of_NATO_is_the_allies_other_than_the_US_and_a_fronted_part_is_not_the_subject()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 6, 9));
        var rest = Recogniser.Find("the rest of NATO spent less");
        Assert.Equal("NATO_EUROPE_CANADA", rest[0].Primary);
        var total = Assert.Single(fixture.Checker.Extract("Including the United States, the alliance's total defence expenditure reached $1.5 trillion in 2024.", ctx));
        Assert.Equal("NATO", total.Subject!.Primary);
    }

    [Fact]
    public void A_writers_own_estimate_and_a_comparison_of_armies_are_not_checked_against_budgets()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 6, 9));
        var own = Assert.Single(fixture.Checker.Check("I estimate that Russia's real defence budget equates to around $400 billion in 2024.", ctx).Results);
        Assert.Equal(Verdict.Unverifiable, own.Verdict);
        var army = fixture.Checker.Check("Russia's budget supports an army of 1.3 million personnel, larger than Germany's.", ctx).Results;
        Assert.DoesNotContain(army, r => r.Claim.Kind == ClaimKind.Comparison && r.Verdict != Verdict.Unverifiable);
    }

    [Fact]
    public void Australian_style_dollars_and_all_the_members_written_as_their_number()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 6, 9));
        var russia = Assert.Single(fixture.Checker.Check("SIPRI says Russia spent $US149b on its military in 2024.", ctx).Results);
        Assert.Equal("USD", russia.Claim.Primary!.Currency);
        Assert.Equal(149e9, russia.Claim.Primary.Value);
        var all = Assert.Single(fixture.Checker.Check("For the first time, all 32 alliance members are expected to reach the two percent goal this year.", new ArticleContext(new DateOnly(2025, 8, 29))).Results, r => r.Claim.Kind == ClaimKind.Count);
        Assert.Equal(Verdict.Supported, all.Verdict);
    }
    [Fact]
    public void A_sentence_that_refers_back_carries_the_figure_and_the_count_before_it()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 8, 28));
        var text = "Germany spent $88.5 billion on its military in 2024. That's a 28 per cent rise compared to 2023. "
            + "In 2014, only three allies met the 2% benchmark. That number rose to 23 in 2024.";
        var results = fixture.Checker.Check(text, ctx).Results;
        var rise = Assert.Single(results, r => r.Claim.Kind == ClaimKind.Growth);
        Assert.Equal("DEU", rise.Claim.Subject!.Primary);
        var count = Assert.Single(results, r => r.Claim.Kind == ClaimKind.Count && r.Claim.Primary!.Value == 23);
        Assert.Contains(2024, count.Claim.Years);
    }

    [Fact]
    public void A_footnote_number_after_a_full_stop_ends_the_sentence()
    {
        var sentences = SentenceSplitter.Split("The allies spent only $US507b.1 Nevertheless their budget is larger than Russia's.");
        Assert.Equal(2, sentences.Count);
        Assert.EndsWith("$US507b.1", sentences[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_the_allies_agreed_to_reach_is_a_target_without_the_word_GDP()
    {
        var result = Assert.Single(fixture.Checker.Check("At the summit in June, alliance members agreed to increase defense spending from two to 3.5%.", new ArticleContext(new DateOnly(2025, 8, 28))).Results);
        Assert.Equal(ClaimKind.Target, result.Claim.Kind);
        Assert.Equal(Verdict.Supported, result.Verdict);
    }
    [Fact]
    public void Head_counts_of_allies_are_read_in_NATOs_personnel_table_rounded_as_written()
    {
        var ctx = new ArticleContext(new DateOnly(2024, 7, 16));
        var results = fixture.Checker.Check("The Polish military currently boasts 216,100 personnel. France follows with 205,000 personnel, then Germany with 181,600.", ctx).Results;
        var poland = Assert.Single(results, r => r.Claim.Subject?.Primary == "POL");
        Assert.Equal(Verdict.Supported, poland.Verdict); // NATO 2024e: 216.081 thousand
        Assert.Contains(poland.Readings, r => r.Line.StartsWith("NATO armed forces personnel", StringComparison.Ordinal));
        Assert.Contains(results, r => r.Claim.Subject?.Primary == "DEU" && r.Claim.Item == "troops");
        var needed = Assert.Single(fixture.Checker.Check("Europe would require about 300,000 extra troops to deter Russia.", ctx).Results);
        Assert.DoesNotContain(needed.Readings, r => r.Line.StartsWith("NATO armed forces personnel", StringComparison.Ordinal));
    }

    [Fact]
    public void Records_without_a_start_are_claims_and_an_alliances_record_is_read_in_NATOs_real_changes()
    {
        var ctx = new ArticleContext(new DateOnly(2024, 7, 16));
        var record = Assert.Single(fixture.Checker.Check("Last year, the United States spent a record $916 billion on its military.", ctx).Results, r => r.Claim.Phrase == "record");
        Assert.Equal(Verdict.Unverifiable, record.Verdict);
        var nato = Assert.Single(fixture.Checker.Check("In 2024, NATO allies are set to increase their defence expenditure, marking the largest increase since 2014.", ctx).Results, r => r.Claim.Phrase == "record");
        Assert.Equal(Verdict.Supported, nato.Verdict);
        Assert.Equal(2024, nato.Readings.Single(r => r.CountsForVerdict).Year);
    }

    [Fact]
    public void A_figure_for_a_year_still_to_come_is_not_judged_by_outturns_published_later()
    {
        var plan = Assert.Single(fixture.Checker.Check("Russia will spend almost 10.8 trillion rubles on defence in 2024, a finance ministry document showed.", new ArticleContext(new DateOnly(2023, 9, 28))).Results);
        Assert.Equal(Verdict.Unverifiable, plan.Verdict); // SIPRI's 2024 outturn came out in 2025; the stored 2024 plan dates from 2022
        Assert.All(plan.Readings, r => Assert.False(r.CountsForVerdict));
    }
    [Fact]
    public void Burdens_and_armies_are_compared_in_their_own_tables()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 2, 21));
        var burden = Assert.Single(fixture.Checker.Check("Latvia devoted 3.15% of its GDP to defence in 2024 – more than the US.", ctx).Results, r => r.Claim.Kind == ClaimKind.Comparison);
        Assert.Equal(Verdict.MethodDependent, burden.Verdict); // NATO 2024 ed. 3.15 vs 3.38 no; 2025 ed. 3.36 vs 3.21 yes
        Assert.All(burden.Readings, r => Assert.Contains("share of GDP", r.Line, StringComparison.Ordinal));
        var army = Assert.Single(fixture.Checker.Check("In 2024 Poland's army of 216,100 personnel was larger than Germany's.", ctx).Results, r => r.Claim.Kind == ClaimKind.Comparison);
        Assert.Equal(Verdict.Supported, army.Verdict);
        var place = Assert.Single(fixture.Checker.Check("Poland has grown its armed forces from being the ninth-biggest in Nato in 2014, spending $35 billion.", ctx).Results, r => r.Claim.Phrase == "rank");
        Assert.Equal(ClaimExtractor.RankByPersonnel, place.Claim.Item);
        Assert.Equal(Verdict.Supported, place.Verdict); // NATO 2024 ed. 2014: POL 99.0 thousand, ninth
    }
    [Fact]
    public void An_alliances_change_this_year_is_NATOs_estimate_and_a_bare_total_in_a_sentence_on_defence_is_defences()
    {
        var ctx = new ArticleContext(new DateOnly(2024, 7, 16));
        var results = fixture.Checker.Check("In 2024, NATO allies are set to increase their defence expenditure by 10.9 percent, with total spending nearing USD 1.2 trillion (valued at 2015 prices and exchange rates).", ctx).Results;
        var change = Assert.Single(results, r => r.Claim.Kind == ClaimKind.Growth);
        Assert.Equal(Verdict.MethodDependent, change.Verdict); // NATO 2024 ed. +10.9% real in 2024; SIPRI's sum of the allies +8.2%
        Assert.Contains(change.Readings, r => r.Holds && r.Source == "NATO");
        var total = Assert.Single(results, r => r.Claim.Kind == ClaimKind.Level);
        Assert.Contains(total.Readings, r => r.CountsForVerdict && r.Holds && r.Line.Contains("constant 2015", StringComparison.Ordinal));
    }
    [Fact]
    public void A_source_that_introduces_data_stands_behind_the_ranked_list_after_it()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 9, 2));
        var text = "Allies must spend more on defence, NATO says. SIPRI data shows that in 2024 no ally spent 5% of GDP. Leading is Poland with 4.15%, followed by the United States (3.42%) and Estonia (3.37%). At the bottom are Luxembourg (0.96%) and Belgium (1.28%).";
        var results = fixture.Checker.Check(text, ctx).Results;
        var leader = Assert.Single(results, r => r.Claim.Anchors.Any(a => a.StartsWith("Leading", StringComparison.Ordinal)));
        Assert.Equal(ClaimExtractor.RankByShare, leader.Claim.Item);
        Assert.Equal(Verdict.Supported, leader.Verdict);
        Assert.Contains(results, r => r.Claim.Anchors.Contains("followed by"));
        var poland = Assert.Single(results, r => r.Claim.Kind == ClaimKind.ShareOfGdp && r.Claim.Primary!.Value == 4.15);
        Assert.Equal("SIPRI", poland.Claim.Attribution);
        Assert.Equal(Verdict.Supported, poland.Verdict); // SIPRI 4.15%; NATO's and the EDA's other values are evidence
        var bottom = Assert.Single(results, r => r.Claim.Anchors.Any(a => a.StartsWith("At the bottom", StringComparison.Ordinal)));
        Assert.Equal("LUX", bottom.Claim.Subject!.Primary);
    }
    [Fact]
    public void A_story_on_one_persons_announcement_is_judged_on_their_curated_figures()
    {
        var ctx = new ArticleContext(new DateOnly(2024, 6, 15));
        var text = "The EU will produce far more shells. Thierry Breton, EU Commissioner for the Internal Market, announced this. \"By the end of the year, we will have a production capacity of 1.7 million shells per year,\" the Commissioner said.";
        var capacity = Assert.Single(fixture.Checker.Check(text, ctx).Results, r => r.Claim.Primary?.Value == 1.7e6);
        Assert.Equal("Breton", capacity.Claim.Attribution);
        Assert.Equal(Verdict.Supported, capacity.Verdict); // other estimates of the EU's capacity are evidence
    }
    [Fact]
    public void A_count_of_allies_that_achieved_the_goal_named_before_is_checked_against_it()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 8, 28));
        var text = "All NATO members are now expected to meet the 2% of GDP goal. In 2024, only 19 of the 31 members achieved it.";
        var count = Assert.Single(fixture.Checker.Check(text, ctx).Results, r => r.Claim.Kind == ClaimKind.Count && r.Claim.Primary!.Value == 19);
        Assert.Contains(2024, count.Claim.Years);
        Assert.Equal(Verdict.Contradicted, count.Verdict); // 23 (2024 edition) and 18 (2025 edition)
        var record = Assert.Single(fixture.Checker.Check("The ministry will be allocated a record 847.2 billion yen in the supplementary budget.", ctx).Results, r => r.Claim.Phrase == "record");
        Assert.Equal(Verdict.Unverifiable, record.Verdict);
    }
    [Fact]
    public void Allies_that_do_not_meet_the_guideline_are_counted_as_falling_short()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 8, 29));
        var result = Assert.Single(fixture.Checker.Check("NATO data for 2025 shows that over ten of its 32 members still do not meet the 2% of GDP target.", ctx).Results, r => r.Claim.Kind == ClaimKind.Count && r.Claim.Phrase == "short");
        Assert.Equal(Verdict.Contradicted, result.Verdict); // every reporting ally is at 2% in NATO's 2025 estimates
    }
    [Fact]
    public void A_budgets_revenue_spending_and_deficit_are_not_military_spending()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 11, 29));
        var results = fixture.Checker.Check("Under the 2026 budget, the Kremlin expects to collect 40.27 trillion rubles in revenue, while spending will amount to 44.06 trillion rubles. The resulting deficit will amount to about 1.6% of GDP.", ctx).Results;
        Assert.Equal(Verdict.Supported, Assert.Single(results, r => r.Claim.Primary?.Value == 40.27e12).Verdict);
        Assert.Equal(Verdict.Supported, Assert.Single(results, r => r.Claim.Primary?.Value == 44.06e12).Verdict);
        Assert.Equal(Verdict.Unverifiable, Assert.Single(results, r => r.Claim.Kind == ClaimKind.ShareOfGdp).Verdict);
    }
    [Theory]
    [InlineData("In France, social spending equals 32 percent of GDP.", "social spending")]
    [InlineData("Italy already has huge net debts of nearly 140% of gdp.", "debts")]
    [InlineData("The plan means reducing the UK's ringfenced aid budget to 0.3 per cent of national income.", "aid budget")]
    [InlineData("Italy spends 2% of GDP on defence, while pensions take 15% of GDP.", "pensions")]
    public void Other_budgets_and_balances_as_shares_of_gdp_are_not_military_spending(string text, string what)
    {
        // (The last share of the sentence: "2% of GDP on defence" before the pensions' is military spending.)
        var share = fixture.Checker.Check(text, new ArticleContext(new DateOnly(2025, 7, 1))).Results.Last(r => r.Claim.Kind == ClaimKind.ShareOfGdp);
        Assert.Equal(Verdict.Unverifiable, share.Verdict);
        Assert.Contains($"the {what} as a share of GDP", share.Reason, StringComparison.Ordinal);
    }
    [Fact]
    public void A_change_set_off_after_a_level_is_the_change_of_what_the_level_measures()
    {
        var results = fixture.Checker.Check("Norway's defence spending rose sharply last year. Kongsberg's defense and aerospace order book stood at a record 101 billion kroner by the end of December, up 54% from the previous year.",
            new ArticleContext(new DateOnly(2025, 2, 9))).Results;
        var change = Assert.Single(results, r => r.Claim.Kind == ClaimKind.Growth && r.Claim.Primary?.Value == 54);
        Assert.Equal(Verdict.Unverifiable, change.Verdict);
        Assert.Contains("order book", change.Reason, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("Poland has surged spending from 2.7% of GDP in 2022 to 4.2% in 2024.", ClaimKind.ShareOfGdp)]
    [InlineData("Poland has more than doubled its share, from 2.2% to 4% of GDP.", ClaimKind.ShareOfGdp)]
    // (A move still to come is a goal.)
    [InlineData("Germany will raise spending from 2.1% of GDP to 3.5% by 2029.", ClaimKind.Target)]
    [InlineData("The government had planned to raise spending from 2.1% of GDP to 3% by 2030.", ClaimKind.Target)]
    public void A_change_already_made_runs_between_two_levels_not_to_a_goal(string text, ClaimKind kind)
    {
        var shares = fixture.Checker.Extract(text, new ArticleContext(new DateOnly(2025, 10, 6), Title: "NATO's 3.5% target")).Where(c => c.Primary?.Kind == QuantityKind.Percent).ToArray();
        Assert.Equal(2, shares.Length);
        Assert.Equal(kind, shares[^1].Kind);
    }
    [Fact]
    public void Globally_names_the_world()
    {
        var result = Assert.Single(fixture.Checker.Check("Russia's war drives spending up. Globally, defense spending is set to surge to $2.7 trillion in 2024.", new ArticleContext(new DateOnly(2025, 4, 28))).Results);
        Assert.Equal("WLD", result.Claim.Subject!.Primary);
    }
    [Fact]
    public void A_headline_about_a_coming_year_dates_the_plans_told_in_the_future_tense()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 11, 29), Title: "Russia to spend almost $167 billion on its army in 2026");
        var result = Assert.Single(fixture.Checker.Check("Russia will allocate some 12.8 trillion rubles to national defence.", ctx).Results);
        Assert.Contains(2026, result.Claim.Years);
        Assert.Equal(Verdict.Supported, result.Verdict); // the 2026-28 budget law's national defence line
    }
    [Fact]
    public void A_goals_deadline_does_not_date_a_count_and_a_tables_size_is_the_membership()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 8, 28));
        // (The goal named as such is a target claim of its own beside the count.)
        var count = Assert.Single(fixture.Checker.Check("The three countries are already meeting the new higher goal of 3.5%, which Nato has asked members to reach by 2032.", ctx).Results, r => r.Claim.Kind == ClaimKind.Count);
        Assert.DoesNotContain(2032, count.Claim.Years);
        Assert.Equal(Verdict.Supported, count.Verdict);
        var table = fixture.Checker.Check("Poland tops the list of 32 Nato nations, spending 4.48% of GDP on defence.", ctx).Results;
        Assert.Contains(table, r => r.Claim.Phrase == "members" && r.Verdict == Verdict.Supported);
        Assert.DoesNotContain(table, r => r.Claim.Kind == ClaimKind.Count && r.Claim.Phrase != "members");
    }
    [Fact]
    public void A_streak_that_starts_in_the_year_of_writing_has_no_complete_year_to_check()
    {
        var streak = Assert.Single(fixture.Checker.Check("Poland has consistently met the 2% target since 2025.", new ArticleContext(new DateOnly(2025, 9, 10))).Results);
        Assert.Equal("threshold streak", streak.Claim.Phrase);
        Assert.Equal(Verdict.Unverifiable, streak.Verdict);
        Assert.Contains("none of which is complete", streak.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_dates_the_next_sentence_of_its_paragraph_but_not_the_next_paragraph()
    {
        var ctx = new ArticleContext(new DateOnly(2024, 6, 20));
        var claims = fixture.Checker.Extract("Tallinn wants more. Last year, the minister said it would come to 3.2 percent of GDP.\n\nLithuania is forecast to spend 2.85 percent of GDP.", ctx);
        Assert.NotEqual(2023, Assert.Single(claims, c => c.Anchors.Contains("2.85 percent")).Years[0]);
        var heading = fixture.Checker.Extract("Spending in 2022 reached a new high.\n\nIt equalled 2.2% of world GDP.", ctx);
        Assert.Equal(2022, Assert.Single(heading, c => c.Kind == ClaimKind.ShareOfGdp).Years[0]);
    }

    [Fact]
    public void A_budget_line_answers_the_current_year_and_a_later_law_with_another_figure_is_evidence()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 9, 24));
        var current = Assert.Single(fixture.Checker.Check("Russia's national defence spending stands at 13.5 trillion rubles in 2025.", ctx).Results);
        Assert.Equal(Verdict.Supported, current.Verdict);
        var draft = Assert.Single(fixture.Checker.Check("Russia's national defence spending will fall to 12.6 trillion rubles in 2026.", ctx).Results);
        Assert.Equal(Verdict.Unverifiable, draft.Verdict);
        Assert.Contains(draft.Readings, r => r.Detail.Contains("published after the article", StringComparison.Ordinal));
    }

    [Fact]
    public void The_publisher_that_estimates_and_the_owner_of_a_goal_are_not_the_subject()
    {
        var ctx = new ArticleContext(new DateOnly(2024, 6, 20));
        var estimate = Assert.Single(fixture.Checker.Check("NATO estimated that Poland spent 4.12% of GDP on defence this year.", ctx).Results);
        Assert.Equal("POL", estimate.Claim.Subject!.Primary);
        Assert.Equal(Verdict.Supported, estimate.Verdict);
        var below = fixture.Checker.Extract("Canada remains below NATO's 2 per cent target at 1.37 per cent of GDP.", ctx);
        var level = Assert.Single(below, c => c.Anchors.Contains("1.37 per cent"));
        Assert.Equal(ClaimKind.ShareOfGdp, level.Kind);
        Assert.Equal("CAN", level.Subject!.Primary);
    }

    [Fact]
    public void A_figure_belongs_to_the_subject_of_its_own_clause_or_relative_clause()
    {
        var ctx = new ArticleContext(new DateOnly(2024, 6, 20));
        var clauses = fixture.Checker.Extract("Greece spent 3.08% of GDP, while the United States, the largest economy of the alliance, came in at 3.38%.", ctx);
        Assert.Equal("USA", Assert.Single(clauses, c => c.Anchors.Contains("3.38%")).Subject!.Primary);
        var relative = fixture.Checker.Extract("Germany overtook the United Kingdom, which spent an estimated $81.8 billion last year.", new ArticleContext(new DateOnly(2025, 4, 28)));
        Assert.Equal("GBR", Assert.Single(relative, c => c.Kind == ClaimKind.Level).Subject!.Primary);
        var its = fixture.Checker.Extract("India was the fifth largest spender after Germany, with its spending up 1.6 percent.", new ArticleContext(new DateOnly(2025, 4, 28)));
        Assert.Equal("IND", Assert.Single(its, c => c.Kind == ClaimKind.Growth).Subject!.Primary);
    }

    [Fact]
    public void A_span_back_dates_the_earlier_figure()
    {
        var claims = fixture.Checker.Extract("Poland spent 4.12% of GDP last year, up from 1.88% a decade prior.", new ArticleContext(new DateOnly(2025, 6, 25)));
        Assert.Equal(2014, Assert.Single(claims, c => c.Anchors.Contains("1.88%")).Years[0]);
    }

    [Fact]
    public void Names_without_diacritics_and_datelines()
    {
        Assert.Equal("TUR", Assert.Single(Recogniser.Find("Turkiye raised its defence budget again.")).Primary);
        Assert.DoesNotContain(Recogniser.Find("London, April 28 (Reuters) - Global military spending rose again."), m => m.Primary == "GBR");
    }

    [Fact]
    public void A_country_reaching_the_alliance_goal_by_a_year_does_not_restate_its_deadline()
    {
        var result = Assert.Single(fixture.Checker.Check("Spain will reach the alliance's target of 2% of GDP by 2029, the prime minister said.", new ArticleContext(new DateOnly(2025, 4, 22))).Results,
            r => r.Claim.Kind == ClaimKind.Target && r.Claim.Phrase is null);
        Assert.Equal(Verdict.Supported, result.Verdict);
    }

    [Fact]
    public void An_increase_of_an_amount_is_the_change_on_one_sources_line_and_nearly_stays_below_the_figure()
    {
        var ctx = new ArticleContext(new DateOnly(2024, 6, 20));
        var rise = Assert.Single(fixture.Checker.Check("Türkiye's defence spending this year, NATO estimates show, marks an increase of $6.2 billion.", ctx).Results, r => r.Claim.Kind == ClaimKind.Level);
        Assert.Equal(Verdict.Supported, rise.Verdict);
        Assert.Contains(rise.Readings, r => r.Holds && r.Line.Contains("change from the year before", StringComparison.Ordinal));
        var nearly = Assert.Single(QuantityParser.Parse("an increase of nearly $6 billion"));
        Assert.False(nearly.Admits(6.16e9));
        Assert.True(nearly.Admits(5.8e9));
    }

    [Fact]
    public void A_rise_by_a_share_of_GDP_is_a_change_in_points()
    {
        var result = Assert.Single(fixture.Checker.Check("Germany would have to increase defence spending by 1.5% of GDP within four years.", Feb2025).Results);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Contains("a rise of 1.5%", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_of_a_regions_total_is_of_that_region()
    {
        var claim = Assert.Single(fixture.Checker.Extract("China accounted for half of total military spending in the Asia and Oceania region.", Feb2025), c => c.Phrase == "share of total");
        Assert.Equal("SIPRI_ASIA_OCEANIA", claim.Other!.Primary);
    }

    [Theory]
    [InlineData("US defence expenditure accounts for approximately two-thirds of defence spending of the alliance as a whole.")]
    [InlineData("In 2024, the US alone covered two-thirds of the defense spending of all NATO member states.")]
    [InlineData("In 2024, the US alone covered 66% of the defense spending of all NATO member states.")]
    public void A_share_of_the_alliances_spending_named_after_the_measure_is_of_nato(string text)
    {
        var result = Assert.Single(fixture.Checker.Check(text, new ArticleContext(new DateOnly(2025, 6, 26))).Results, r => r.Claim.Phrase == "share of total");
        Assert.Equal("NATO", result.Claim.Other!.Primary);
        Assert.Equal(Verdict.Supported, result.Verdict);
    }

    [Theory]
    [InlineData("Over the last few years, Poland has become one of the key military players in Nato, allocating 4.12% of its GDP to defence in 2024 – twice the organisation's target.", Verdict.Supported)]
    [InlineData("Poland spent more than double the alliance's guideline of 2% in 2024.", Verdict.MethodDependent)]
    [InlineData("Poland spent three times the alliance's guideline of 2% in 2024.", Verdict.Contradicted)]
    public void A_multiple_of_the_goal_is_the_countrys_share_over_the_pledge(string text, Verdict expected)
    {
        var result = Assert.Single(fixture.Checker.Check(text, Feb2025).Results, r => r.Claim.Kind == ClaimKind.Comparison && r.Claim.Primary?.Kind == QuantityKind.Multiple);
        Assert.Equal(expected, result.Verdict);
        Assert.Contains(result.Readings, r => r.Detail.Contains("wales-2014-target-2pct", StringComparison.Ordinal) && r.Entity == "POL");
    }

    [Fact]
    public void A_level_reached_after_a_real_change_is_in_the_years_own_dollars()
    {
        var result = Assert.Single(fixture.Checker.Check("World military spending grew 9.4 pct in real terms to a record 2,718 billion dollars, SIPRI said.", new ArticleContext(new DateOnly(2025, 4, 28))).Results,
            r => r.Claim.Kind == ClaimKind.Level);
        Assert.Equal(Verdict.Supported, result.Verdict);
    }

    [Fact]
    public void A_possibility_is_a_forecast_and_a_hedged_bracketed_conversion_is_a_conversion()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 7, 21));
        var could = Assert.Single(fixture.Checker.Check("Ukraine's defence spending could reach 32% of GDP.", ctx).Results);
        Assert.Equal(2025, could.Claim.Years[0]);
        Assert.Equal(Verdict.Unverifiable, could.Verdict);
        var converted = Assert.Single(fixture.Checker.Check("Kyiv will spend 2.6 trillion hryvnias (more than $62 billion) on defence this year.", ctx).Results, r => r.Claim.Primary?.Currency == "USD");
        Assert.Equal(Verdict.Unverifiable, converted.Verdict);
        Assert.Contains("conversion", converted.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_in_the_present_tense_is_this_years_and_a_side_named_after_from_owns_its_figure()
    {
        var claims = fixture.Checker.Extract("Russia is currently firing around 10,000 shells a day, compared to just 2,000 a day from the Ukrainian side.", new ArticleContext(new DateOnly(2024, 3, 11)));
        Assert.Equal(2024, Assert.Single(claims, c => c.Anchors.Any(a => a.Contains("10,000", StringComparison.Ordinal))).Years[0]);
        Assert.Equal("UKR", Assert.Single(claims, c => c.Anchors.Any(a => a.Contains("2,000", StringComparison.Ordinal))).Subject!.Primary);
    }

    [Fact]
    public void Investing_in_defence_is_spending_and_dollar_amounts_compare_at_market_rates()
    {
        var ctx = new ArticleContext(new DateOnly(2024, 2, 15));
        var level = Assert.Single(fixture.Checker.Check("Americans are investing $916 billion in defense expenditures in 2023.", ctx).Results);
        Assert.Contains(level.Readings, r => r.CountsForVerdict && r.Holds && r.Line.StartsWith("SIPRI current US$", StringComparison.Ordinal));
        var comparison = Assert.Single(fixture.Checker.Check("The US is spending more than twice as much, $916 billion compared to Europe and Canada's $422 billion in 2023, though their economies are about as large as the United States.", ctx).Results,
            r => r.Claim.Kind == ClaimKind.Comparison);
        Assert.Equal("NATO_EUROPE_CANADA", comparison.Claim.Other!.Primary);
        Assert.DoesNotContain(comparison.Readings, r => r.CountsForVerdict && r.Line.Contains("PPP", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_goal_agreed_to_in_a_year_does_not_date_the_share_and_as_of_today_is_this_year()
    {
        var ctx = new ArticleContext(new DateOnly(2024, 6, 18));
        var claims = fixture.Checker.Extract("Spending only 1.28% of its GDP on defence, Spain falls short of the 2% commitment all allies agreed to in 2014.", ctx);
        Assert.DoesNotContain(2014, Assert.Single(claims, c => c.Anchors.Contains("1.28%")).Years);
        var count = Assert.Single(fixture.Checker.Extract("As of today, 23 of the 32 allies have reached the 2% target.", ctx), c => c.Kind == ClaimKind.Count && c.Phrase != "members");
        Assert.Equal(2024, count.Years[0]);
    }

    [Fact]
    public void A_change_verb_further_back_makes_a_figure_after_by_a_change()
    {
        var claims = fixture.Checker.Extract("European allies and Canada are raising their defence spending this year by 18%, the Secretary General said.", new ArticleContext(new DateOnly(2024, 6, 18)));
        Assert.Equal(ClaimKind.Growth, Assert.Single(claims).Kind);
    }

    [Fact]
    public void Bracketed_percentages_after_a_share_of_a_total_are_shares_of_the_same_total()
    {
        var claims = fixture.Checker.Extract("The United States, with 40% of the world's military spending, led the table, followed by China (12%) and Russia (5.5%).", Feb2025);
        Assert.Equal(3, claims.Count(c => c.Phrase == "share of total" && c.Other?.Primary == "WLD"));
        Assert.Contains(claims, c => c.Phrase == "share of total" && c.Subject?.Primary == "RUS" && c.Anchors.Contains("5.5%"));
    }

    [Fact]
    public void A_share_someone_demands_is_a_goal()
    {
        var claim = Assert.Single(fixture.Checker.Extract("Washington keeps pressing its allies to spend 5% of their GDP on defence.", Feb2025));
        Assert.Equal(ClaimKind.Target, claim.Kind);
    }

    [Fact]
    public void A_figure_released_in_a_later_month_is_not_what_a_plan_story_reports()
    {
        // The curated 2026 estimate for the US is dated by month only (2026-07): it came out after an article of May 2025.
        var result = Assert.Single(fixture.Checker.Check("The Pentagon-only request for 2026 is $961 billion, officials said.", new ArticleContext(new DateOnly(2025, 5, 2))).Results);
        Assert.NotEqual(Verdict.Contradicted, result.Verdict);
        Assert.DoesNotContain(result.Readings, r => r.CountsForVerdict && r.Year == 2026 && r.Source == "NATO");
    }

    [Fact]
    public void A_sum_over_several_years_and_a_sovereign_fund_are_not_a_years_spending()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 6, 18));
        var sum = Assert.Single(fixture.Checker.Check("EU member states could put up to 650 billion euros into defence over four years.", ctx).Results);
        Assert.Equal(Verdict.Unverifiable, sum.Verdict);
        Assert.Contains("several years", sum.Reason, StringComparison.Ordinal);
        var fund = Assert.Single(fixture.Checker.Check("Russia's sovereign fund shrank by six billion euros last month.", ctx).Results);
        Assert.Equal(Verdict.Unverifiable, fund.Verdict);
    }

    [Fact]
    public void The_list_a_country_heads_is_the_table_not_the_subject()
    {
        var claims = fixture.Checker.Extract("Lithuania heads the table of 32 Nato allies, spending 3.9% of GDP on its armed forces.", Feb2025);
        var share = Assert.Single(claims, c => c.Kind == ClaimKind.ShareOfGdp);
        Assert.Equal("LTU", share.Subject?.Primary);
    }

    [Fact]
    public void A_production_goal_is_read_against_targets_and_not_against_one_plants_output()
    {
        // The curated US Army rows hold a monthly 155 mm target for October 2025 (100,000) and one plant's output (Scranton).
        var result = Assert.Single(fixture.Checker.Check("The United States has set a goal of producing 100,000 artillery rounds a month by 2025.", new ArticleContext(new DateOnly(2024, 9, 1))).Results);
        Assert.Equal(Verdict.Supported, result.Verdict);
        Assert.Contains(result.Readings, r => r.Line.Contains("(target)", StringComparison.Ordinal));
        var output = Assert.Single(fixture.Checker.Check("The US turned out 36,000 shells a month last year.", new ArticleContext(new DateOnly(2025, 6, 1))).Results);
        Assert.DoesNotContain(output.Readings, r => r.Evidence.Any(e => e.Contains("scranton", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_deadline_does_not_date_the_next_sentence()
    {
        var claims = fixture.Checker.Extract("Allies have been asked to reach the new goal by 2035.\nLatvia leads the table, spending 3.7% of GDP on defence.", new ArticleContext(new DateOnly(2025, 8, 28)));
        var share = Assert.Single(claims, c => c.Kind == ClaimKind.ShareOfGdp);
        Assert.DoesNotContain(2035, share.Years);
    }

    [Fact]
    public void Every_item_of_a_tally_is_a_claim_and_a_count_in_words_takes_its_scale()
    {
        var claims = fixture.Checker.Extract("By the end of the year the army had lost 3,200 armoured vehicles, 41 fixed-wing aircraft, 55 helicopters and 9 naval vessels.", Feb2025);
        Assert.Equal(4, claims.Count(c => c.Kind == ClaimKind.Level && c.Primary?.Kind == QuantityKind.Count));
        Assert.Equal("aircraft_and_ships", Assert.Single(claims, c => c.Anchors.Contains("55 helicopters")).Item);
        var drones = Assert.Single(fixture.Checker.Extract("Officials counted 240 unmanned aerial vehicles over the border.", Feb2025));
        Assert.Equal("long_range_drones", drones.Item);
        var shells = Assert.Single(fixture.Checker.Extract("Russia now makes three million artillery shells a year, the general said.", Feb2025));
        Assert.Equal(3_000_000, shells.Primary!.Value);
    }

    [Fact]
    public void A_fronted_purpose_clause_does_not_hold_the_subject()
    {
        var claim = Assert.Single(fixture.Checker.Extract("To replace American troops in Poland, Germany would over the coming decade need to recruit and train some 40,000 soldiers.", Feb2025));
        Assert.Equal("DEU", claim.Subject?.Primary);
    }

    [Fact]
    public void A_country_that_topped_the_list_or_is_the_biggest_spender_holds_first_place_by_amount()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 4, 28));
        var topped = Assert.Single(fixture.Checker.Extract("Among all countries, China again topped the list in Asia.", ctx), c => c.Phrase == "rank");
        Assert.Equal(1, topped.Ratio);
        var biggest = Assert.Single(fixture.Checker.Extract("The United States, by far the biggest spender, raised its outlays by 5.7 percent.", ctx), c => c.Phrase == "rank");
        Assert.Equal("USA", biggest.Subject?.Primary);
        Assert.Equal(ClaimExtractor.RankByAmount, biggest.Item);
    }

    [Fact]
    public void When_an_event_began_does_not_date_a_figure_unless_it_bounds_it()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 4, 28));
        var level = Assert.Single(fixture.Checker.Extract("Spending reached $2.7 trillion last year, the sharpest rise since the institute started its series in 1988.", ctx), c => c.Kind == ClaimKind.Level);
        Assert.DoesNotContain(1988, level.Years);
        var carried = fixture.Checker.Extract("The rise reflects the war that began in February 2022.\nChina raised its outlays to $314 billion.", ctx);
        Assert.DoesNotContain(2022, Assert.Single(carried).Years);
        var bounded = Assert.Single(fixture.Checker.Extract("Only six allies met the 2% goal until Russia invaded Ukraine in February 2022.", ctx), c => c.Kind == ClaimKind.Count);
        Assert.Contains(bounded.Years, y => y <= 2022);
    }

    [Fact]
    public void A_currency_only_one_country_uses_names_the_subject_of_a_sentence_that_names_no_one()
    {
        var claims = fixture.Checker.Extract("The deal with Germany's Rheinmetall is worth EUR 2 billion.\nNext year the defence budget will rise to CZK 160 billion.", Feb2025);
        Assert.Equal("CZK", claims[^1].Primary!.Currency);
        Assert.Equal("CZE", claims[^1].Subject?.Primary);
    }

    [Fact]
    public void An_amount_in_additional_spending_is_an_increment_of_the_current_fiscal_year()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 11, 29));
        var result = Assert.Single(fixture.Checker.Check("The extra budget includes 900 billion yen in additional defence spending for Japan in the current fiscal year.", ctx).Results);
        Assert.Equal(2025, result.Claim.Years[0]);
        Assert.NotEqual(Verdict.Contradicted, result.Verdict);
    }

    [Fact]
    public void An_iso_code_after_an_amount_is_its_currency_and_the_source_after_according_to_is_not_the_subject()
    {
        var money = Assert.Single(QuantityParser.Parse("Spending next year is to amount to 186 billion PLN."), q => q.Kind == QuantityKind.Money);
        Assert.Equal("PLN", money.Currency);
        var share = Assert.Single(fixture.Checker.Extract("According to the Alliance's annual report, the estimates for 2024 for Lithuania indicate spending at the level of 2.85 percent of GDP.", Feb2025), c => c.Kind == ClaimKind.ShareOfGdp);
        Assert.Equal("LTU", share.Subject?.Primary);
    }

    [Fact]
    public void A_minister_who_announces_a_figure_speaks_for_the_government()
    {
        var claim = Assert.Single(fixture.Checker.Extract("The ministry's budget was set at 2.5% of GDP for this year, Defence Minister Ivo Novak announced on Tuesday.", Feb2025));
        Assert.Equal(ClaimExtractor.GovernmentSource, claim.Attribution);
    }

    [Fact]
    public void The_country_that_follows_a_ranked_one_holds_the_next_place()
    {
        var claims = fixture.Checker.Extract("In second place is China (an estimated $314 billion), followed by Russia ($149 billion).", new ArticleContext(new DateOnly(2025, 4, 28)));
        var follower = Assert.Single(claims, c => c.Phrase == "rank" && c.Subject?.Primary == "RUS");
        Assert.Equal(3, follower.Ratio);
    }

    [Fact]
    public void A_requirement_named_after_the_share_of_gdp_is_a_target_but_not_across_a_clause()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 9, 4));
        var goal = Assert.Single(fixture.Checker.Extract("Few allies met the Welsh 2% of GDP spending requirement in 2016.", ctx), c => c.Anchors.Contains("2%"));
        Assert.Equal(ClaimKind.Target, goal.Kind);
        var level = Assert.Single(fixture.Checker.Extract("Norway's spending sits at about 2.2 per cent of GDP, and a lift in ambition to 3.5 per cent is planned.", ctx), c => c.Anchors.Any(a => a.Contains("2.2", StringComparison.Ordinal)));
        Assert.Equal(ClaimKind.ShareOfGdp, level.Kind);
    }

    [Fact]
    public void A_headline_dollar_figure_that_is_the_publishers_ppp_estimate_holds_under_that_method()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 2, 12));
        var headline = Assert.Single(fixture.Checker.Check("IISS: Russian Defence Outlays Reach $462 Billion", ctx).Results);
        Assert.Equal(1e9 * 462, headline.Claim.Primary!.Value, 1);
        Assert.Equal(Verdict.Supported, headline.Verdict);
        Assert.Contains(headline.Readings, r => r.CountsForVerdict && r.Line.Contains(" at PPP", StringComparison.Ordinal));
        var other = Assert.Single(fixture.Checker.Check("According to the IISS, Russia spent $146 billion on defence last year.", ctx).Results);
        Assert.DoesNotContain(other.Readings, r => r.CountsForVerdict && r.Line.Contains(" at PPP", StringComparison.Ordinal));
    }

    [Fact]
    public void The_field_of_a_superlative_is_the_membership_not_a_count_of_allies_at_the_share()
    {
        var claims = fixture.Checker.Extract("With 1.3% of its GDP spent on defence, Canada spends the least on its forces of the 32 NATO allies.", new ArticleContext(new DateOnly(2024, 6, 17)));
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Count && c.Anchors.Contains("1.3%"));
        Assert.Equal("CAN", Assert.Single(claims, c => c.Kind == ClaimKind.ShareOfGdp).Subject?.Primary);
    }

    [Fact]
    public void A_year_that_opens_the_next_clause_dates_the_figure_after_it()
    {
        var claims = fixture.Checker.Extract("For 2024 the estimate for Latvia is 3.15 percent of GDP, and for 2023 2.4 percent.", new ArticleContext(new DateOnly(2024, 8, 28)));
        Assert.Equal(2024, Assert.Single(claims, c => c.Anchors.Any(a => a.Contains("3.15", StringComparison.Ordinal))).Years[0]);
        Assert.Equal(2023, Assert.Single(claims, c => c.Anchors.Any(a => a.Contains("2.4", StringComparison.Ordinal))).Years[0]);
    }

    [Fact]
    public void A_bare_percentage_that_continues_a_share_of_a_total_is_the_same_share()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 9, 1));
        var claims = fixture.Checker.Extract("Data show Germany made up about 9% of total NATO defence spending in 2024, up from 6% in 2014.", ctx);
        var continued = Assert.Single(claims, c => c.Anchors.Contains("6%"));
        Assert.Equal("share of total", continued.Phrase);
        Assert.Equal("DEU", continued.Subject?.Primary);
        Assert.Equal("NATO", continued.Other?.Primary);
        var alone = Assert.Single(fixture.Checker.Extract("Washington was footing the bill for roughly 90% of NATO, he said.", ctx));
        Assert.Equal("share of total", alone.Phrase);
    }

    [Fact]
    public void Most_members_at_a_share_is_a_count_of_more_than_half()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 3, 1));
        var count = Assert.Single(fixture.Checker.Extract("Most NATO members now devote at least 2% of their GDP to defence.", ctx), c => c.Kind == ClaimKind.Count);
        Assert.Equal(17, count.Primary!.Value);
        Assert.Equal(Hedge.AtLeast, count.Primary.Hedge);
        Assert.DoesNotContain(fixture.Checker.Extract("Most allies have long opposed raising their budgets to 5% of GDP.", ctx), c => c.Kind == ClaimKind.Count);
    }

    [Fact]
    public void A_demand_that_the_members_reach_a_share_counts_the_members_not_the_achievers()
    {
        var claims = fixture.Checker.Extract("The envoy will push for a rule that the alliance's 32 member states reach 4% of GDP.", new ArticleContext(new DateOnly(2025, 5, 1)));
        Assert.Equal("members", Assert.Single(claims, c => c.Kind == ClaimKind.Count).Phrase);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Target && c.Anchors.Contains("4%"));
    }

    [Fact]
    public void A_goal_of_countries_the_text_does_not_name_is_not_refuted_by_the_alliance_pledges()
    {
        var result = Assert.Single(fixture.Checker.Check("Several allies have committed to reaching 2.7% of GDP on defence before long.", new ArticleContext(new DateOnly(2025, 1, 10))).Results);
        Assert.Equal(ClaimKind.Target, result.Claim.Kind);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
    }

    [Fact]
    public void A_decimal_comma_before_a_scale_or_percent_is_a_decimal_point()
    {
        var money = Assert.Single(QuantityParser.Parse("The ministry will spend 3,4 billion euros."), q => q.Kind == QuantityKind.Money);
        Assert.Equal(3.4e9, money.Value, 1);
        var percent = Assert.Single(QuantityParser.Parse("Spending grew by 12,5 percent."), q => q.Kind == QuantityKind.Percent);
        Assert.Equal(12.5, percent.Value, 3);
        Assert.Equal(1500, Assert.Single(QuantityParser.Parse("It ordered 1,500 tanks."), q => q.Kind == QuantityKind.Count).Value);
    }

    [Fact]
    public void Us_before_dollars_names_the_currency_not_the_spender()
    {
        var claim = Assert.Single(fixture.Checker.Extract("Italy raised its military budget again. The total came to 35 billion US dollars last year.", new ArticleContext(new DateOnly(2025, 5, 1))));
        Assert.Equal("ITA", claim.Subject?.Primary);
    }

    [Fact]
    public void Kroner_in_a_story_about_denmark_are_danish_and_a_named_fund_is_financing()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 3, 1));
        var result = Assert.Single(fixture.Checker.Check("Copenhagen set up the \u201cResilience Fund,\u201d earmarking 25 billion kroner for air defence in Denmark.", ctx).Results);
        Assert.Equal("DKK", result.Claim.Primary!.Currency);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Contains("financing", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rise_someone_expects_is_a_forecast_not_a_goal()
    {
        var claim = Assert.Single(fixture.Checker.Extract("The new package is expected to lift Finland's defence spending above 2.6% of GDP.", new ArticleContext(new DateOnly(2025, 3, 1))));
        Assert.NotEqual(ClaimKind.Target, claim.Kind);
    }

    [Fact]
    public void One_allys_goal_with_its_own_deadline_is_not_decided_by_the_alliance_pledges()
    {
        var result = Assert.Single(fixture.Checker.Check("Belgium intends to raise its defence spending to 3.5% of GDP by 2031.", new ArticleContext(new DateOnly(2025, 4, 1))).Results);
        Assert.Equal(ClaimKind.Target, result.Claim.Kind);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
    }

    [Fact]
    public void Another_share_after_a_goal_in_the_same_sentence_is_part_of_the_goal()
    {
        var claims = fixture.Checker.Extract("Denmark intends to devote 3.5% of GDP to core defence and another 1.5% of GDP to other, broader security needs.", new ArticleContext(new DateOnly(2025, 6, 20)));
        Assert.Equal(ClaimKind.Target, Assert.Single(claims, c => c.Anchors.Contains("1.5%")).Kind);
    }

    [Fact]
    public void Indian_and_taiwanese_amounts_keep_their_currency_and_scale()
    {
        var rupees = Assert.Single(QuantityParser.Parse("It set aside ₹2.1 lakh crore for procurement."), q => q.Kind == QuantityKind.Money);
        Assert.Equal(("INR", 2.1e12), (rupees.Currency, rupees.Value));
        Assert.Equal(5e9, Assert.Single(QuantityParser.Parse("a ₹500 crore contract"), q => q.Kind == QuantityKind.Money).Value, 1);
        Assert.Equal("TWD", Assert.Single(QuantityParser.Parse("a budget of NT$600 billion"), q => q.Kind == QuantityKind.Money).Currency);
    }

    [Fact]
    public void An_amount_over_a_span_of_fiscal_years_is_no_years_spending()
    {
        var result = Assert.Single(fixture.Checker.Check("The plan allots 30 trillion won to defence from fiscal 2022 through 2026 in South Korea.", new ArticleContext(new DateOnly(2023, 1, 5))).Results);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Contains("several years", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_budget_rise_announced_for_the_year_in_progress_is_a_plan_not_an_estimate()
    {
        var result = Assert.Single(fixture.Checker.Check("China raises its official defence budget by 7.5%", new ArticleContext(new DateOnly(2025, 3, 5))).Results);
        Assert.Equal(ClaimKind.Growth, result.Claim.Kind);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.DoesNotContain(result.Readings, r => r.CountsForVerdict && r.Source == "SIPRI");
    }

    [Fact]
    public void Money_for_one_part_of_a_defence_budget_is_not_the_total()
    {
        var result = Assert.Single(fixture.Checker.Check("Next year's budget provides UAH 900 billion for military salaries in Ukraine.", new ArticleContext(new DateOnly(2023, 11, 1))).Results);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Contains("one part of a defence budget", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_membership_after_a_superlative_among_the_alliance_is_the_field_not_a_count()
    {
        var claims = fixture.Checker.Extract("Belgium spends about 1.3% of GDP on defence, one of the smallest shares among NATO's 32 members.", new ArticleContext(new DateOnly(2025, 3, 1)));
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Count && c.Anchors.Contains("1.3%"));
    }

    [Fact]
    public void Years_ahead_of_a_schedule_date_nothing()
    {
        var claim = Assert.Single(fixture.Checker.Extract("Greece will reach the goal of 3% of GDP this year, two years earlier than planned.", new ArticleContext(new DateOnly(2025, 5, 1))));
        Assert.DoesNotContain(2023, claim.Years);
    }

    [Fact]
    public void A_countrys_own_date_for_reaching_the_alliance_goal_is_a_plan_year()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 1, 20));
        var aimed = Assert.Single(fixture.Checker.Extract("Croatia aimed to meet NATO's 2% defence spending target by 2027.", ctx), c => c.Anchors.Contains("2027"));
        Assert.Equal("plan year", aimed.Phrase);
        var goal = Assert.Single(fixture.Checker.Extract("Croatia will table a plan with the goal of reaching the 2% target by 2026.", ctx), c => c.Anchors.Contains("2026"));
        Assert.Equal("plan year", goal.Phrase);
    }

    [Fact]
    public void A_publishers_report_and_the_sources_it_names_are_not_the_subject()
    {
        var claim = Assert.Single(fixture.Checker.Extract("NATO's new report, compiled from data sent by member countries, shows that Greece's defence spending will reach 3.1% of GDP in 2024.", June2024));
        Assert.Equal("GRC", claim.Subject?.Primary);
    }

    [Fact]
    public void Falling_below_a_share_is_a_level_not_a_change()
    {
        var claims = fixture.Checker.Extract("Some of Europe's largest economies also fall below 2%.", June2024);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Growth);
    }

    [Fact]
    public void The_edas_figure_is_evidence_beside_the_standard_sources_of_an_unattributed_share()
    {
        var result = Assert.Single(fixture.Checker.Check("Estonia spent 3.4% of GDP on defence in 2024.", new ArticleContext(new DateOnly(2025, 10, 1))).Results);
        Assert.Equal(Verdict.Supported, result.Verdict);
        Assert.Contains(result.Readings, r => !r.CountsForVerdict && r.Source.StartsWith("European Defence Agency", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_percentage_spent_in_an_article_on_shares_of_national_income_is_a_share_of_gdp()
    {
        var claims = fixture.Checker.Extract("Italy will be asked to spend 3.5 per cent of national income on defence. The summit opens on Tuesday. Ministers will meet in the morning. The talks are expected to be hard. Officials say Rome's spending must climb from 1.5 per cent to 2 per cent within four years.", new ArticleContext(new DateOnly(2025, 6, 3)));
        Assert.Equal(ClaimKind.ShareOfGdp, Assert.Single(claims, c => c.Anchors.Contains("1.5 per cent")).Kind);
    }

    [Fact]
    public void What_data_show_a_country_committed_is_what_it_spent()
    {
        var claims = fixture.Checker.Extract("NATO data revealed that Belgium has committed only 1.2% of its GDP to defence, with a low of 0.9% in 2016.", June2024);
        Assert.All(claims.Where(c => c.Primary?.Kind == QuantityKind.Percent), c => Assert.Equal(ClaimKind.ShareOfGdp, c.Kind));
        var estimate = Assert.Single(fixture.Checker.Extract("Its 2024 commitment is estimated to be 1.3% of GDP.", June2024));
        Assert.Equal(ClaimKind.ShareOfGdp, estimate.Kind);
    }

    [Fact]
    public void A_deficit_or_an_off_budget_fund_is_not_a_years_military_spending()
    {
        var deficit = Assert.Single(fixture.Checker.Check("Lithuania already runs a €3 billion budget deficit.", Mar2025).Results);
        Assert.Equal(Verdict.Unverifiable, deficit.Verdict);
        Assert.Contains("another quantity", deficit.Reason);
        var fund = Assert.Single(fixture.Checker.Check("Poland set up a €12 billion off-budget fund for the armed forces.", Mar2025).Results);
        Assert.Contains("financing", fund.Reason);
    }

    [Fact]
    public void A_national_defence_budget_the_store_lacks_is_not_refuted_by_sipris_total()
    {
        var result = Assert.Single(fixture.Checker.Check("Denmark's defence budget this year is $3 billion.", June2024).Results);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Contains(result.Readings, r => !r.CountsForVerdict && r.Source == "SIPRI");
    }

    [Fact]
    public void A_heading_that_is_only_a_name_is_the_subject_of_the_lines_under_it()
    {
        var claims = fixture.Checker.Extract("Norway spends a lot.\nSweden\n- Spending: $12 billion in 2024 (↑ 12% from 2023).", Apr2025);
        Assert.All(claims, c => Assert.Equal("SWE", c.Subject?.Primary));
        Assert.Equal(ClaimKind.Growth, Assert.Single(claims, c => c.Anchors.Contains("12%")).Kind);
    }

    [Fact]
    public void Asian_allies_are_not_bound_by_natos_pledges()
    {
        var result = Assert.Single(fixture.Checker.Check("Washington wants its Asian allies to spend 3.5% of GDP on defence.", new ArticleContext(new DateOnly(2025, 6, 20))).Results);
        Assert.Equal(ClaimKind.Target, result.Claim.Kind);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
    }

    [Fact]
    public void A_national_plan_published_months_after_the_article_does_not_confirm_its_target()
    {
        var text = "Poland aims to spend 5% of GDP on defense in 2026, says minister.";
        var early = Assert.Single(fixture.Checker.Check(text, new ArticleContext(new DateOnly(2025, 4, 3))).Results, r => r.Claim.Kind == ClaimKind.Target);
        Assert.Equal(Verdict.Unverifiable, early.Verdict);
        Assert.Contains(early.Readings, r => r.Detail.Contains("pol-draft-2026", StringComparison.Ordinal) && !r.CountsForVerdict);
    }

    [Fact]
    public void A_countrys_promise_to_reach_the_alliance_level_this_year_is_its_own_plan()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 4, 10));
        var named = Assert.Single(fixture.Checker.Check("Portugal promised to reach NATO's 2% target this year.", ctx).Results);
        Assert.Equal("PRT", named.Claim.Subject?.Primary);
        Assert.Equal(Verdict.Unverifiable, named.Verdict);
        var leader = Assert.Single(fixture.Checker.Check("Italian Prime Minister Giorgia Meloni promised to meet NATO's 2% target this year.", ctx).Results);
        Assert.Equal("ITA", leader.Claim.Subject?.Primary);
        Assert.Equal(Verdict.Unverifiable, leader.Verdict);
    }

    [Fact]
    public void An_amount_of_the_budget_in_the_autumn_may_be_next_years_line()
    {
        var result = Assert.Single(fixture.Checker.Check("Russia's new budget allocates 13.5 trillion rubles to national defence.", new ArticleContext(new DateOnly(2024, 12, 1))).Results);
        Assert.Equal(Verdict.Supported, result.Verdict);
        Assert.Contains(result.Readings, r => r.CountsForVerdict && r.Year == 2025 && r.BudgetLine);
        // Spring: the law of the year in force, not next year's draft.
        var spring = Assert.Single(fixture.Checker.Check("Russia's new budget allocates 13.5 trillion rubles to national defence.", new ArticleContext(new DateOnly(2024, 4, 1))).Results);
        Assert.DoesNotContain(spring.Readings, r => r.Year == 2025);
    }

    [Fact]
    public void A_share_of_its_spending_is_a_share_of_the_states_budget()
    {
        var result = Assert.Single(fixture.Checker.Check("Russia wants to earmark 32.5% of its spending next year for defense.", new ArticleContext(new DateOnly(2024, 9, 30))).Results);
        Assert.Contains(result.Readings, r => r.CountsForVerdict && r.Holds && r.Year == 2025 && r.Line.Contains("share of federal spending", StringComparison.Ordinal));
    }

    [Fact]
    public void A_share_of_the_budget_in_the_autumn_is_next_years_and_names_its_definition()
    {
        var result = Assert.Single(fixture.Checker.Check("Russia's new budget: about 32.5% of federal spending will go to national defence.", new ArticleContext(new DateOnly(2024, 10, 1))).Results);
        Assert.Equal(Verdict.Supported, result.Verdict);
        Assert.All(result.Readings.Where(r => r.CountsForVerdict), r => Assert.Equal(2025, r.Year));
    }

    [Fact]
    public void The_lines_of_a_list_a_source_introduces_are_that_sources_figures_for_the_year_it_names()
    {
        var results = fixture.Checker.Check("The European Defence Agency published its yearly defence data on Tuesday.\nThe figures, for 2023, show:\nIreland spends 0.2% of GDP on defence;\nAustria spends 0.9%;", new ArticleContext(new DateOnly(2024, 12, 4))).Results;
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal("EDA", r.Claim.Attribution));
        Assert.All(results, r => Assert.Contains(2023, r.Claim.Years));
        // SIPRI's 0.23% for Ireland would match, but the figure is the EDA's, on a definition of its own, which the store lacks for 2023.
        Assert.All(results, r => Assert.Equal(Verdict.Unverifiable, r.Verdict));
    }

    [Fact]
    public void Money_added_since_a_year_named_first_is_a_sum_above_that_years_level()
    {
        // The year the pledge was made is a claim of its own (a target year).
        var results = fixture.Checker.Check("Since the pledge was made in 2014, European Allies and Canada have added more than 600 billion US dollars for defence.", new ArticleContext(new DateOnly(2024, 2, 14))).Results;
        var result = Assert.Single(results, r => r.Claim.Kind == ClaimKind.Level);
        Assert.Contains(result.Readings, r => r.Line.Contains("sum above 2014", StringComparison.Ordinal) && r.Holds);
        Assert.Equal(Verdict.Supported, Assert.Single(results, r => r.Claim.Kind == ClaimKind.Target).Verdict);
    }

    [Fact]
    public void Member_states_in_an_eu_institutions_text_are_the_eu_and_its_figures_the_edas()
    {
        var result = Assert.Single(fixture.Checker.Check("Member States spent EUR 343 billion on defence in 2024.", new ArticleContext(new DateOnly(2025, 10, 24), Publisher: "European Commission")).Results);
        Assert.Equal("EU27", result.Claim.Subject?.Primary);
        Assert.Equal("EDA", result.Claim.Attribution);
        Assert.Equal(Verdict.Supported, result.Verdict);
    }

    [Fact]
    public void A_share_allies_should_invest_is_a_goal()
    {
        var claim = Assert.Single(fixture.Checker.Extract("The minister said Denmark should invest 3% of GDP in its armed forces.", June2024));
        Assert.Equal(ClaimKind.Target, claim.Kind);
    }

    [Fact]
    public void A_change_of_gdp_or_over_a_quarter_is_not_a_years_change_of_military_spending()
    {
        var ctx = new ArticleContext(new DateOnly(2025, 2, 25));
        var economy = Assert.Single(fixture.Checker.Check("Britain's real GDP grew by 0.1% in the fourth quarter.", ctx).Results);
        Assert.Equal(Verdict.Unverifiable, economy.Verdict);
        var quarter = Assert.Single(fixture.Checker.Check("Defence spending in Britain rose by 3% in Q4 2024.", ctx).Results);
        Assert.Equal(Verdict.Unverifiable, quarter.Verdict);
        Assert.Contains("quarter", quarter.Reason);
    }

    [Fact]
    public void A_share_during_the_cold_war_is_dated_by_the_eras_last_year()
    {
        var result = Assert.Single(fixture.Checker.Check("During the Cold War, France spent around 4 per cent of GDP on defence.", Mar2025).Results);
        Assert.Contains(1991, result.Claim.Years);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
    }

    [Fact]
    public void A_rise_a_government_announces_for_the_year_is_its_plan()
    {
        var result = Assert.Single(fixture.Checker.Check("India announced a 9.5% increase in its military spending.", new ArticleContext(new DateOnly(2024, 2, 2))).Results);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.DoesNotContain(result.Readings, r => r.CountsForVerdict && r.Source == "SIPRI");
    }

    [Fact]
    public void Europe_including_russia_in_brackets_is_sipris_region()
    {
        var claim = Assert.Single(fixture.Checker.Extract("Military spending in Europe (including Russia) rose by 17% in 2024.", Apr2025));
        Assert.Equal("SIPRI_EUROPE", claim.Subject?.Primary);
    }

    [Fact]
    public void A_share_of_defence_spending_for_equipment_is_natos_other_guideline()
    {
        var result = Assert.Single(fixture.Checker.Check("In 2014 the allies pledged to devote at least 20% of their defence spending to major equipment.", June2024).Results);
        Assert.Equal(ClaimKind.Target, result.Claim.Kind);
        Assert.Equal(Verdict.Supported, result.Verdict);
        Assert.Contains(result.Readings, r => r.Holds && r.Unit.Contains("major equipment", StringComparison.Ordinal));
    }

    [Fact]
    public void A_small_share_the_alliances_goal_is_named_by_is_the_goal()
    {
        var result = Assert.Single(fixture.Checker.Check("The common NATO target is currently 2%.", new ArticleContext(new DateOnly(2025, 1, 9))).Results);
        Assert.Equal(ClaimKind.Target, result.Claim.Kind);
        Assert.Equal(Verdict.Supported, result.Verdict);
    }

    [Fact]
    public void A_percentage_of_another_countrys_spending_named_by_its_demonym_is_a_share_of_it()
    {
        var claim = Assert.Single(fixture.Checker.Extract("Poland's military budget now equals 25% of Russian spending.", Apr2025));
        Assert.Equal(ClaimKind.Comparison, claim.Kind);
        Assert.Equal("RUS", claim.Other?.Primary);
    }

    [Fact]
    public void Presently_is_not_sent_a_head_count_is_checked_against_natos_personnel()
    {
        var result = Assert.Single(fixture.Checker.Check("France is presently at 205,000 active military personnel.", new ArticleContext(new DateOnly(2024, 9, 15))).Results);
        Assert.Equal(Verdict.Supported, result.Verdict);
        Assert.Contains(result.Readings, r => r.Line.StartsWith("NATO armed forces personnel", StringComparison.Ordinal) && r.Holds);
    }

    [Fact]
    public void The_lines_of_an_announced_list_of_shares_of_gdp_are_shares_of_gdp_of_the_intros_year_and_source()
    {
        var claims = fixture.Checker.Extract("Here is a list of what NATO countries spent on defence in 2023 as a proportion of their GDP.\nAll figures come from NATO's annual report.\n– Norway 1.64%\n– Spain 1.24%", new ArticleContext(new DateOnly(2024, 7, 10)));
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(ClaimKind.ShareOfGdp, c.Kind));
        Assert.All(claims, c => Assert.Contains(2023, c.Years));
        Assert.All(claims, c => Assert.Equal("NATO", c.Attribution));
        Assert.Equal(["NOR", "ESP"], claims.Select(c => c.Subject?.Primary));
    }

    [Fact]
    public void A_figure_stored_coarser_than_the_claim_does_not_decide_it()
    {
        var result = Assert.Single(fixture.Checker.Check("According to the European Defence Agency, EU countries spent €343.2 billion on defence in 2024.", new ArticleContext(new DateOnly(2025, 12, 2))).Results);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Contains(result.Readings, r => r.Source.StartsWith("European Defence Agency", StringComparison.Ordinal) && !r.CountsForVerdict && r.Detail.Contains("coarser", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speaker_in_an_aside_does_not_speak_for_the_figures_around_it()
    {
        var claims = fixture.Checker.Extract("Only Spain spends less than Portugal which, as the Defence Minister said, is far from the target, at 1.24% of GDP.", June2024);
        var share = Assert.Single(claims, c => c.Anchors.Contains("1.24%"));
        Assert.NotEqual("the government", share.Attribution);
    }

    [Fact]
    public void The_alliance_a_country_reports_to_is_not_the_spender()
    {
        var claim = Assert.Single(fixture.Checker.Extract("In its report to NATO, Greece suddenly stated that it will spend exactly 3.1% of GDP this year.", new ArticleContext(new DateOnly(2025, 8, 28))));
        Assert.Equal("GRC", claim.Subject?.Primary);
    }

    [Theory]
    [InlineData("The Kremlin's plan lifts military spending to record levels next year.", "record")]
    [InlineData("Ministers say the country is now spending a record amount on its armed forces.", "record")]
    [InlineData("Defence outlays across the bloc climbed to unprecedented levels last year.", "unprecedented")]
    [InlineData("Governments are pouring more money into their militaries than ever before.", "ever")]
    public void A_record_stated_by_its_word_alone_is_a_claim_anchored_on_that_word(string text, string anchor)
    {
        var result = Assert.Single(fixture.Checker.Check(text, Feb2025).Results);
        Assert.Contains(anchor, result.Claim.Anchors);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
    }

    [Fact]
    public void A_track_record_and_a_record_on_something_are_not_records_of_a_quantity()
    {
        Assert.Empty(fixture.Checker.Extract("The minister defended her government's record on defence at the rally.", Feb2025));
        Assert.Empty(fixture.Checker.Extract("Critics point to the party's track record in defence procurement.", Feb2025));
    }

    [Fact]
    public void A_record_number_of_allies_at_the_guideline_is_checked_against_every_earlier_year()
    {
        var result = Assert.Single(fixture.Checker.Check("NATO's chief said a record number of allies now meet the 2% guideline.", new ArticleContext(new DateOnly(2024, 6, 17))).Results,
            r => r.Claim.Anchors.Contains("record"));
        Assert.Equal(Verdict.Supported, result.Verdict);
        Assert.Contains(result.Readings, r => r.Line.Contains("the most since its tables begin", StringComparison.Ordinal) && r.Holds);
    }

    [Fact]
    public void A_record_bounded_by_an_era_is_a_claim_and_an_era_bounding_something_else_is_not()
    {
        var result = Assert.Single(fixture.Checker.Check("The approved budget takes defence spending to its highest level since the collapse of the Soviet Union.", Feb2025).Results);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Empty(fixture.Checker.Extract("Leaders called the invasion the gravest threat to European security since 1945.", Feb2025));
    }

    [Fact]
    public void A_level_record_since_a_year_is_checked_over_the_years_after_it()
    {
        var results = fixture.Checker.Check("Romania's defence spending fell to 1.6% of GDP in 2023, the lowest since 2017.", new ArticleContext(new DateOnly(2024, 3, 18))).Results;
        var record = Assert.Single(results, r => r.Claim.Phrase == "record");
        Assert.Equal(Verdict.Supported, record.Verdict);
        Assert.Contains(record.Readings, r => r.Line.Contains("the lowest since 2017", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Germany now ranks among the top five military spenders, the institute said.", "top five")]
    [InlineData("Israel carried the heaviest military burden of any nation in 2023.", "heaviest")]
    [InlineData("Ukraine now bears the world's highest military burden.", "highest")]
    public void A_place_in_the_worlds_table_is_a_claim_the_excerpt_cannot_order(string text, string anchor)
    {
        var result = Assert.Single(fixture.Checker.Check(text, Feb2025).Results);
        Assert.Equal(ClaimKind.Comparison, result.Claim.Kind);
        Assert.Contains(anchor, result.Claim.Anchors);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
    }

    [Fact]
    public void The_table_a_share_is_the_largest_among_is_not_its_spender()
    {
        var claim = Assert.Single(fixture.Checker.Extract("Lithuania spent the largest share of its economy on the military among NATO allies last year, at 3.4%.", Feb2025),
            c => c.Kind == ClaimKind.ShareOfGdp);
        Assert.Equal("LTU", claim.Subject?.Primary);
    }

    [Fact]
    public void A_figure_set_against_a_change_is_the_change_of_the_other_year()
    {
        var claims = fixture.Checker.Extract("Allied defence outlays grew by 11% in 2024, compared with 3% in 2023, NATO said.", new ArticleContext(new DateOnly(2024, 7, 1)));
        var other = Assert.Single(claims, c => c.Anchors.Contains("3%"));
        Assert.Equal(ClaimKind.Growth, other.Kind);
    }

    [Fact]
    public void The_membership_of_a_past_year_written_the_then_n_does_not_replace_the_count()
    {
        var claims = fixture.Checker.Extract("In 2022 only seven of the then 30 allies had reached the 2% guideline.", Feb2025);
        var meeting = Assert.Single(claims, c => c.Kind == ClaimKind.Count && c.Phrase != "members");
        Assert.Equal(7, meeting.Primary!.Value);
        Assert.All(claims.Where(c => c.Primary?.Value == 30), c => Assert.Equal("members", c.Phrase));
    }

    [Fact]
    public void A_publishers_nominal_change_is_context_for_a_change_stated_in_real_terms()
    {
        var result = Assert.Single(fixture.Checker.Check("EU member states raised defence spending by 19% in real terms in 2024.", new ArticleContext(new DateOnly(2025, 9, 3))).Results);
        Assert.Contains(result.Readings, r => r.Line.Contains("nominal change", StringComparison.Ordinal) && r.Holds && !r.CountsForVerdict);
        Assert.NotEqual(Verdict.Supported, result.Verdict);
    }

    [Theory]
    [InlineData("The defence minister repeated the government's intention to achieve the 2 percent of GDP as quickly as possible.")]
    [InlineData("Defence planners say NATO members are moving towards 5% now.")]
    public void A_pledges_value_named_as_a_point_to_reach_is_the_pledge(string text)
    {
        var claim = Assert.Single(fixture.Checker.Extract(text, new ArticleContext(new DateOnly(2025, 9, 3))));
        Assert.Equal(ClaimKind.Target, claim.Kind);
    }

    [Fact]
    public void A_surveys_shares_of_people_are_claims_no_series_measures()
    {
        var text = "A new YouGov survey asked Britons about the armed forces.\n"
            + "Some 58 percent of Britons back higher defence spending, while 21% say it should stay the same.\n"
            + "• Scotland: 49 per cent support\n";
        var results = fixture.Checker.Check(text, new ArticleContext(new DateOnly(2025, 3, 1))).Results;
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal("poll", r.Claim.Phrase));
        Assert.All(results, r => Assert.Equal(Verdict.Unverifiable, r.Verdict));
    }

    [Fact]
    public void Without_a_survey_a_share_of_people_is_not_a_poll_answer()
    {
        var claims = fixture.Checker.Extract("Germany spends 2% of GDP on defence and 21% say nothing of it.", Feb2025);
        Assert.DoesNotContain(claims, c => c.Phrase == "poll");
    }

    [Fact]
    public void What_Europe_as_a_whole_needs_is_no_single_countrys_goal()
    {
        var results = fixture.Checker.Check("Finland's government wants to lift defence spending to more than 3% of GDP, the minister said.", new ArticleContext(new DateOnly(2025, 2, 19))).Results;
        Assert.DoesNotContain(results.SelectMany(r => r.Readings), r => r.Detail.Contains("required", StringComparison.Ordinal) && r.CountsForVerdict);
        Assert.DoesNotContain(results.SelectMany(r => r.Readings), r => r.Evidence.Any(e => e.Contains("bruegel", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_countrys_own_starting_year_makes_the_alliances_pledge_evidence()
    {
        var result = Assert.Single(fixture.Checker.Check("Estonia will raise defence spending to 5% of GDP starting in 2026.", new ArticleContext(new DateOnly(2025, 2, 19))).Results);
        Assert.Equal(ClaimKind.Target, result.Claim.Kind);
        Assert.NotEqual(Verdict.Supported, result.Verdict);
        Assert.Contains(result.Readings, r => r.Detail.Contains("own date 2026", StringComparison.Ordinal) && !r.CountsForVerdict);
    }

    [Fact]
    public void A_transcripts_wrapped_line_continues_its_sentence()
    {
        var claims = fixture.Checker.Extract("Speaker 2 (00:08):\nministers have agreed to lift spending on defence to five\npercent of GDP. That is a massive increase.\n", new ArticleContext(new DateOnly(2025, 6, 23)));
        var target = Assert.Single(claims);
        Assert.Equal(ClaimKind.Target, target.Kind);
        Assert.Equal(5, target.Primary!.Value);
    }

    [Theory]
    [InlineData("Allies settled on three and a half percent of GDP for pure defence.", 3.5)]
    [InlineData("The deal leaves one and a half percent of GDP for related areas such as cyber.", 1.5)]
    public void A_spoken_half_is_read_and_the_hague_split_by_purpose_is_the_pledge(string text, double value)
    {
        var result = Assert.Single(fixture.Checker.Check(text, new ArticleContext(new DateOnly(2025, 6, 25))).Results);
        Assert.Equal(ClaimKind.Target, result.Claim.Kind);
        Assert.Equal(value, result.Claim.Primary!.Value);
        Assert.Equal(Verdict.Supported, result.Verdict);
    }

    [Fact]
    public void A_count_in_words_over_the_alliances_named_membership_is_the_count_and_the_membership_is_not()
    {
        var claims = fixture.Checker.Extract("Seventeen of the 31 NATO allies spent at least 2% of their GDP on defence in 2024.", Feb2025);
        var count = Assert.Single(claims, c => c.Kind == ClaimKind.Count && c.Phrase != "members");
        Assert.Equal(17, count.Primary!.Value);
    }

    [Theory]
    // ("Of the 30 countries in the alliance, only nine …": the count after the group named after its size; "the military
    // alliance's": the alliance with an adjective; "23 states out of 32": a noun after the count; the threshold before it.)
    [InlineData("Just nine of the military alliance's 29 members meet the 2% mark.", 9, 29)]
    [InlineData("Of the 30 countries in the alliance, only nine meet the 2% target.", 9, 30)]
    [InlineData("2% of GDP is spent by 23 states out of 32 NATO members.", 23, 32)]
    public void A_count_of_allies_at_the_goal_is_read_apart_from_the_membership_it_is_out_of(string text, int count, int members)
    {
        var claims = fixture.Checker.Extract(text, new ArticleContext(new DateOnly(2024, 6, 17)));
        var atGoal = Assert.Single(claims, c => c.Kind == ClaimKind.Count && c.Quantities.Count == 2);
        Assert.Equal(count, atGoal.Primary!.Value);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Count && c.Phrase == "members" && c.Primary!.Value == members);
    }

    [Theory]
    [InlineData("Allies spend 2% of GDP on average. The increase is in the number of the 32 NATO members meeting the alliance’s defense spending guideline.")]
    [InlineData("NATO's 32 member states reached consensus on the 5% goal.")]
    public void The_members_whose_number_is_counted_or_who_reach_a_consensus_are_the_membership(string text)
    {
        // (In a story on shares of GDP, where a bare count with "meeting" reads as allies at 2%.)
        var count = Assert.Single(fixture.Checker.Check(text, new ArticleContext(new DateOnly(2024, 6, 17), Title: "NATO allies hit 2% spending target")).Results,
            r => r.Claim.Kind == ClaimKind.Count && r.Claim.Primary!.Value == 32);
        Assert.Single(count.Claim.Quantities);
        Assert.Equal(Verdict.Supported, count.Verdict);
    }

    [Theory]
    [InlineData("Of next year's defence budget, €210,400,000 is for the Latvian army.")]
    [InlineData("In 2024 Latvia's budget for equipment and armament programmes was €180 million.")]
    public void Money_for_one_service_or_for_armament_programmes_is_one_part_of_a_defence_budget(string text)
    {
        AssertUnverifiableAs(Assert.Single(fixture.Checker.Check(text, new ArticleContext(new DateOnly(2025, 3, 1))).Results), "one part of a defence budget");
    }

    private static void AssertUnverifiableAs(ClaimResult result, string reason)
    {
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Spending in 2024 reached $149 billion, twice as much as in 2015. Hungary's military spending rose by 2.9% and reached $3.1 billion.")]
    [InlineData("Seoul approved its largest annual increase since an 8.2 percent rise in 2019. Hungary's military spending rose by 2.9% and reached $3.1 billion.")]
    public void The_other_side_of_a_comparison_or_the_bound_of_a_record_does_not_date_the_next_sentence(string text)
    {
        var claims = fixture.Checker.Extract(text, new ArticleContext(new DateOnly(2025, 4, 28)));
        var level = Assert.Single(claims, c => c.Kind == ClaimKind.Level && c.Subject?.Primary == "HUN");
        Assert.DoesNotContain(2015, level.Years);
        Assert.DoesNotContain(2019, level.Years);
    }

    [Fact]
    public void A_budget_named_by_its_part_is_one_part_of_the_defence_budget_however_long_the_clause_between()
    {
        var result = Assert.Single(fixture.Checker.Check("Estonia's personnel budget, which covers pay for conscripts and reservists, has been set at 410 million euros.",
            new ArticleContext(new DateOnly(2025, 9, 1))).Results);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Contains("one part of a defence budget", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When allies made that promise in 2014, only three of them spent 2% of GDP.", "2014", Verdict.Supported)]
    [InlineData("The guideline was established in 2014 after Russia seized Crimea.", "2014", Verdict.Supported)]
    [InlineData("Since 2014, when NATO leaders agreed on the guideline, spending has risen.", "2014", Verdict.Supported)]
    [InlineData("In 2014, the allies adopted the Defence Investment Pledge.", "2014", Verdict.Supported)]
    [InlineData("Canada has lagged behind since the 2014 Defence Investment Pledge.", "2014", Verdict.Supported)]
    [InlineData("The target has been reaffirmed in 2014 and again since.", "2014", Verdict.Supported)]
    [InlineData("Britain has met the target every year since its introduction in 2006.", "2006", Verdict.Unverifiable)]
    [InlineData("Ottawa committed to the 2% minimum at the 2023 NATO summit in Vilnius.", "2023", Verdict.Unverifiable)]
    [InlineData("In 2014, NATO-member heads of state agreed to meet the two percent benchmark by 2024.", "2014", Verdict.Supported)]
    [InlineData("Spain met the benchmark set by the Alliance's 2014 Wales summit for the first time.", "2014", Verdict.Supported)]
    [InlineData("The 2% goal was first promised in 2014 but never fulfilled until now.", "2014", Verdict.Supported)]
    [InlineData("Belgium spends 1.3% of GDP on defence and said it would reach this threshold by 2029.", "2029", Verdict.Unverifiable)]
    [InlineData("Spain had only promised to reach the NATO minimum target “by 2029 at the latest.”", "2029", Verdict.Unverifiable)]
    public void The_year_a_pledge_was_made_is_a_claim_checked_against_the_curated_pledges(string text, string year, Verdict expected)
    {
        var result = Assert.Single(fixture.Checker.Check(text, new ArticleContext(new DateOnly(2025, 3, 1))).Results, r => r.Claim.Anchors.Contains(year));
        Assert.Equal(ClaimKind.Target, result.Claim.Kind);
        Assert.Equal(expected, result.Verdict);
    }

    [Fact]
    public void A_goal_set_off_by_a_comma_from_its_pledge_year_is_a_claim_of_its_own()
    {
        var claims = fixture.Checker.Extract("Romania met the NATO goal of 2 percent of GDP, a target established in 2014 after Crimea.", new ArticleContext(new DateOnly(2024, 6, 20)));
        Assert.Contains(claims, c => c.Anchors.Contains("2014"));
        Assert.Contains(claims, c => c.Anchors.Any(a => a.Contains("2 percent", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_figure_after_or_converts_the_amount_before_it()
    {
        var results = fixture.Checker.Check("The draft sets the army's share at 14.2 trillion rubles or $171.5 billion for 2027.", new ArticleContext(new DateOnly(2025, 10, 1))).Results;
        var dollars = Assert.Single(results, r => r.Claim.Primary?.Currency == "USD");
        Assert.Equal(Verdict.Unverifiable, dollars.Verdict);
        Assert.Contains("conversion of", dollars.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_whose_budget_the_clause_goes_on_to_state_owns_the_figure()
    {
        var claims = fixture.Checker.Extract("Latvia saw a 30 percent rise in military expenditures, and Lithuania’s defence budget in 2024 was $2.4 billion.", new ArticleContext(new DateOnly(2025, 4, 28)));
        var level = Assert.Single(claims, c => c.Kind == ClaimKind.Level);
        Assert.Equal("LTU", level.Subject?.Primary);
    }

    [Theory]
    [InlineData("According to SIPRI, Norway spent about $1,870 per person on its military in 2024.", Verdict.Supported)]
    [InlineData("According to SIPRI, Norway spent $2,500 per person on its military in 2024.", Verdict.Contradicted)]
    public void Spending_per_person_is_SIPRIs_total_over_the_stored_population(string text, Verdict expected)
    {
        var result = Assert.Single(fixture.Checker.Check(text, new ArticleContext(new DateOnly(2025, 6, 1))).Results);
        Assert.Equal(expected, result.Verdict);
        Assert.Contains(result.Readings, r => r.Line.Contains("per person", StringComparison.Ordinal) && r.Entity == "NOR" && r.Year == 2024);
    }

    [Fact]
    public void A_total_in_a_sentence_on_spending_per_person_is_still_the_total()
    {
        var result = Assert.Single(fixture.Checker.Check("Its per capita figure reflects the $997 billion the United States spent on defense in 2024, SIPRI said.",
            new ArticleContext(new DateOnly(2025, 6, 1))).Results, r => r.Claim.Primary?.Value > 1e9);
        Assert.Equal(Verdict.Supported, result.Verdict);
    }

    [Theory]
    [InlineData("Of Bulgaria's defence spending in 2024, 51.59% will go on personnel, NATO's figures show.", Verdict.Supported)]
    [InlineData("Of Bulgaria's defence spending in 2024, 4.58% will be spent on infrastructure, NATO's figures show.", Verdict.Supported)]
    [InlineData("Of Bulgaria's defence spending in 2024, 40% will go on salaries and pensions, NATO's figures show.", Verdict.Contradicted)]
    public void NATOs_categories_of_defence_spending_are_read_when_the_sentence_names_the_category(string text, Verdict expected)
    {
        var result = Assert.Single(fixture.Checker.Check(text, new ArticleContext(new DateOnly(2024, 6, 20))).Results);
        Assert.Equal(expected, result.Verdict);
    }

    [Fact]
    public void The_year_right_after_a_figure_is_its_own_whatever_other_years_the_sentence_names()
    {
        var claims = fixture.Checker.Extract("Spain's defence spending will rise to €33 billion ($36 billion) by 2029, more than double the €15 billion it spent in 2017.",
            new ArticleContext(new DateOnly(2025, 7, 1)));
        var plan = Assert.Single(claims, c => c.Kind == ClaimKind.Level && c.Primary?.Value == 33e9);
        Assert.Equal([2029], plan.Years);
    }

    [Theory]
    [InlineData("The chancellor has committed to spend 2.7% of GDP on defence from April 2027.", Verdict.Unverifiable)]
    [InlineData("The chancellor said NATO's target of 2.7% of GDP would be met from April 2027.", Verdict.Contradicted)]
    public void A_commitment_owned_by_no_named_country_and_not_called_the_alliances_is_not_refuted_by_the_pledges(string text, Verdict expected)
    {
        var result = Assert.Single(fixture.Checker.Check(text, new ArticleContext(new DateOnly(2025, 6, 10))).Results, r => r.Claim.Kind == ClaimKind.Target);
        Assert.Equal(expected, result.Verdict);
    }

    [Fact]
    public void A_span_since_a_year_belongs_to_the_figure_next_to_it()
    {
        var results = fixture.Checker.Check("According to SIPRI, world military expenditure reached $2.7 trillion in 2024, a 9.4% increase from the previous year and a 37% rise since 2015.",
            new ArticleContext(new DateOnly(2025, 8, 27))).Results;
        Assert.Equal(Verdict.Supported, Assert.Single(results, r => r.Claim.Primary?.Text == "9.4%").Verdict);
        Assert.Equal(Verdict.Supported, Assert.Single(results, r => r.Claim.Primary?.Text == "37%").Verdict);
    }

    [Fact]
    public void An_increase_by_a_little_over_an_amount_is_the_increase_not_the_budget()
    {
        var result = Assert.Single(fixture.Checker.Check("The new plans increase Britain's defence spending by a little over £6 billion per year.",
            new ArticleContext(new DateOnly(2025, 3, 1))).Results);
        Assert.NotEqual(Verdict.Contradicted, result.Verdict);
        Assert.DoesNotContain(result.Readings, r => r.CountsForVerdict && r.Value > 50e9);
    }

    [Theory]
    [InlineData("Ministers restated the alliance's expectation of spending 2% of GDP on defence.", "2%")]
    [InlineData("The government reaffirmed its aspiration to spend 2.5% of GDP on defence.", "2.5%")]
    [InlineData("Washington has pressed allies to sign up to a 5% defence spending pledge.", "5%")]
    [InlineData("Critics argue that European defence spending should jump to 3% of GDP.", "3%")]
    public void A_share_named_as_an_expectation_aspiration_or_pledge_is_a_target(string text, string anchor)
    {
        var claims = fixture.Checker.Extract(text, Feb2025);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Target && c.Anchors.Contains(anchor));
        Assert.DoesNotContain(claims, c => c.Kind is ClaimKind.ShareOfGdp or ClaimKind.Level && c.Anchors.Contains(anchor));
    }

    [Fact]
    public void An_acronym_in_brackets_does_not_end_the_clause_that_names_a_fund()
    {
        var report = fixture.Checker.Check("EU governments approved the €150 billion Security Action for Europe (SAFE) fund on Wednesday.", Feb2025);
        var level = Assert.Single(report.Results, r => r.Claim.Anchors.Contains("€150 billion"));
        Assert.Equal(Verdict.Unverifiable, level.Verdict);
        Assert.Contains("fund", level.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Leaders agreed to more than double the alliance's spending benchmark from 2 per cent to 5 per cent of GDP by 2035.", Verdict.Supported)]
    [InlineData("The allies agreed to more than triple their spending target from 2% of GDP to 5% within a decade.", Verdict.Contradicted)]
    public void A_multiple_between_two_pledges_named_by_their_values_compares_the_pledges(string text, Verdict expected)
    {
        var multiple = Judged(text, new DateOnly(2025, 7, 1), r => r.Claim.Kind == ClaimKind.Comparison);
        Assert.Equal(expected, multiple.Verdict);
        Assert.Contains(multiple.Readings, r => r.Detail.Contains("wales-2014-target-2pct", StringComparison.Ordinal) && r.Detail.Contains("hague-2025-target-total-5pct", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deadline_after_the_second_figure_of_from_to_is_not_the_starting_pledges()
    {
        var start = Judged("Members pledged to lift their spending goal from 2% of GDP to 5% by 2035.", new DateOnly(2025, 7, 1), r => r.Claim.Kind == ClaimKind.Target && r.Claim.Anchors.Contains("2%"));
        Assert.Equal(Verdict.Supported, start.Verdict);
    }

    [Theory]
    [InlineData("More than 100 countries raised their military budgets last year, the institute found.", Verdict.Unverifiable)]
    [InlineData("Already 16 countries have signed up for the defence loans.", Verdict.Unverifiable)]
    [InlineData("The 32 members of the alliance endorsed the spending plan at the summit.", Verdict.Supported)]
    public void Countries_counted_for_what_no_series_counts_are_claims_and_only_a_membership_is_checked(string text, Verdict expected)
    {
        Assert.Equal(expected, VerdictOf(text, new DateOnly(2025, 7, 1), ClaimKind.Count));
    }

    [Fact]
    public void Pc_after_a_number_is_per_cent_as_the_British_press_writes_it()
    {
        var claims = fixture.Checker.Extract("Britain spent 2.3pc of GDP on defence in 2024, while Nato's 2pc target rises to 5pc by 2035.", Feb2025);
        Assert.Equal(ClaimKind.ShareOfGdp, Assert.Single(claims, c => c.Anchors.Contains("2.3pc")).Kind);
        Assert.Contains(claims, c => c.Anchors.Contains("2pc"));
    }

    [Fact]
    public void The_largest_defence_budget_in_Europe_is_a_place_among_European_allies_by_amount()
    {
        var rank = Judged("Germany currently has the largest defence budget in Europe, and spends 2.1% of GDP.", new DateOnly(2025, 5, 1), r => r.Claim.Kind == ClaimKind.Comparison);
        Assert.Equal(Verdict.Supported, rank.Verdict);
        Assert.Contains(rank.Readings, r => r.Line.Contains("ranked by current US$", StringComparison.Ordinal) && r.Line.Contains("NATO Europe", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_in_real_terms_ranks_amounts_at_constant_prices()
    {
        var rank = Judged("Measured in real terms, Britain was the biggest spender in Europe in 2024.", new DateOnly(2025, 5, 1), r => r.Claim.Kind == ClaimKind.Comparison);
        Assert.Equal(Verdict.Contradicted, rank.Verdict);
        Assert.All(rank.Readings.Where(r => r.CountsForVerdict), r => Assert.Contains("constant US$", r.Line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Global spending on nuclear weapons increased by 13% in 2023, ICAN said.", "nuclear")]
    [InlineData("The defence firm's order backlog in Sweden rose 54% in 2024.", "backlog")]
    [InlineData("As the UK raised defence spending, BAE Systems (LON:BAES) jumped 4% in 2025.", "LON:BAES")]
    [InlineData("In Germany, Rheinmetall shares rose 3% in 2025.", "shares rose")]
    public void A_change_of_another_quantity_is_not_a_change_of_military_spending(string text, string quantity)
    {
        var growth = Judged(text, new DateOnly(2025, 3, 1), r => r.Claim.Kind == ClaimKind.Growth);
        Assert.Equal(Verdict.Unverifiable, growth.Verdict);
        Assert.Contains(quantity, growth.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The alliance set its 2-per-cent military expenditure target in 2014.", "2-per-cent")]
    [InlineData("Allies pledged at Wales in 2014 to reach the two-per cent mark within a decade.", "two-per cent")]
    [InlineData("NATO set the 2-percent goal more than a decade ago.", "2-percent")]
    public void A_hyphenated_per_cent_is_a_percentage_and_a_mark_or_expenditure_target_names_the_goal(string text, string anchor)
    {
        var claims = fixture.Checker.Extract(text, Feb2025);
        Assert.Equal(ClaimKind.Target, Assert.Single(claims, c => c.Anchors.Contains(anchor)).Kind);
    }

    [Theory]
    [InlineData("The alliance says allies will need more than $10T over the next decade.", "$10T", "USD", 10e12)]
    [InlineData("Berlin created a 100-billion-euro special fund for the armed forces.", "100-billion-euro", "EUR", 100e9)]
    [InlineData("Copenhagen is setting up a 50 billion-kroner fund for defence.", "50 billion-kroner", "NOK", 50e9)]
    [InlineData("The department of defence will receive R59.3bn in the coming year.", "R59.3bn", "ZAR", 59.3e9)]
    [InlineData("Tk 42,095 crore has been proposed for the Defence Ministry.", "Tk 42,095 crore", "BDT", 420.95e9)]
    public void Money_in_shorthand_hyphenated_and_rand_or_taka_amounts_is_read(string text, string anchor, string currency, double units)
    {
        var money = Assert.Single(QuantityParser.Parse(text), q => q.Kind == QuantityKind.Money);
        Assert.Equal(anchor, money.Text);
        Assert.Equal(currency, money.Currency);
        Assert.Equal(units, money.Value, 6);
    }

    [Fact]
    public void An_earlier_years_count_after_compared_to_is_checked_against_the_same_threshold()
    {
        var report = fixture.Checker.Check("This year 23 allies will meet the 2% target, compared to just three in 2014 when the pledge was made.", June2024);
        var earlier = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Count && r.Claim.Anchors.Contains("three"));
        Assert.Equal(2014, earlier.Claim.Years[0]);
        Assert.Equal(Verdict.Supported, earlier.Verdict);
    }

    [Fact]
    public void Allies_reaching_a_pledges_own_share_are_counted_against_their_shares_of_gdp()
    {
        var count = Assert.Single(fixture.Checker.Check("In 2024, 23 allies reached 2%, NATO said.", June2024).Results);
        Assert.Equal(ClaimKind.Count, count.Claim.Kind);
        Assert.Equal(Verdict.Supported, count.Verdict);
    }

    [Theory]
    [InlineData("Estonia will spend 3.4% of GDP on defence this year, well above the alliance's 2 percent guideline.", Verdict.Supported)]
    [InlineData("In 2024, Canada spent 1.4 per cent of GDP on defence, well below the target.", Verdict.Supported)]
    [InlineData("Spain is now comfortably above the 2% guideline set by NATO for its members.", Verdict.Contradicted)]
    public void A_level_set_above_or_below_the_goal_is_the_spenders_share_against_it(string text, Verdict expected)
    {
        var report = fixture.Checker.Check(text, June2024);
        var against = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Comparison);
        Assert.Equal(expected, against.Verdict);
        Assert.Contains(against.Readings, r => r.Line.Contains("against the goal", StringComparison.Ordinal));
    }

    [Fact]
    public void Allies_counted_as_exceeding_the_goal_are_not_one_level_against_it()
    {
        var claims = fixture.Checker.Extract("As of today, 23 out of 32 NATO members have reached or exceeded the 2% target.", June2024);
        Assert.DoesNotContain(claims, c => c.Phrase == "against goal");
    }

    [Fact]
    public void Estimated_at_is_the_hedge_an_estimated()
    {
        var money = Assert.Single(QuantityParser.Parse("In second place is China, with spending estimated at $296 billion."), q => q.Kind == QuantityKind.Money);
        Assert.Equal(Hedge.Approximately, money.Hedge);
    }

    [Fact]
    public void Spent_alone_makes_a_sentence_about_spending_so_its_change_is_read()
    {
        var claims = fixture.Checker.Extract("Germany spent $88.5 billion in 2024, up 28 percent on 2023.", new ArticleContext(new DateOnly(2025, 4, 28)));
        Assert.Contains(claims, c => c.Kind == ClaimKind.Growth && c.Anchors.Contains("28 percent"));
    }

    [Fact]
    public void A_bare_number_in_brackets_listed_after_a_bracketed_percentage_is_a_percentage()
    {
        var shares = QuantityParser.Parse("Poland (4.12 per cent), Estonia (3.43) and Latvia (3.15) lead the alliance.").Where(q => q.Kind == QuantityKind.Percent).ToArray();
        Assert.Equal(["4.12 per cent", "3.43", "3.15"], shares.Select(q => q.Text));
        Assert.DoesNotContain(QuantityParser.Parse("The index rose to 104 (3.43) last year."), q => q.Kind == QuantityKind.Percent);
    }

    [Theory]
    [InlineData("Washington keeps pressing the allies, and officials say the alliance will force Germany to spend 3.5% of GDP.")]
    [InlineData("Trump again told allies to spend 5% of their GDP on defence.")]
    [InlineData("Analysts doubt that Portugal can get to the NATO goal, getting closer to 2% only slowly.")]
    public void A_pledge_value_no_source_measures_in_a_sentence_about_getting_there_is_the_pledge(string text)
    {
        var result = Assert.Single(fixture.Checker.Check(text, Feb2025).Results);
        Assert.Equal(ClaimKind.Target, result.Claim.Kind);
        Assert.Equal(Verdict.Supported, result.Verdict);
    }

    [Theory]
    [InlineData("Lisbon plans to lift defence spending by up to 1.5% of GDP over four years.")]
    [InlineData("Portugal plans to reach 2% of GDP in military spending in 2029.")]
    public void A_rise_by_a_pledge_value_or_one_countrys_own_plan_is_not_the_pledge(string text)
    {
        var results = fixture.Checker.Check(text, Feb2025).Results;
        Assert.DoesNotContain(results, r => r.Verdict == Verdict.Supported
            && r.Readings.Any(x => x.Holds && (x.Detail.Contains("wales-2014", StringComparison.Ordinal) || x.Detail.Contains("hague-2025-target-related", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("Riyadh spent $75 billion on its armed forces in 2023, analysts said.", "SAU")]
    [InlineData("The Japanese cabinet approved a record defence budget of 8.7 trillion yen.", "JPN")]
    [InlineData("Baku has raised military spending by 20% this year.", "AZE")]
    public void Capitals_and_demonyms_of_countries_beyond_the_hand_picked_list_name_their_country(string text, string country)
    {
        var claims = fixture.Checker.Extract(text, Feb2025);
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(country, c.Subject?.Primary));
    }

    [Fact]
    public void The_Stockholm_institute_is_not_Sweden()
    {
        var mentions = Recogniser.Find("the Stockholm International Peace Research Institute said");
        Assert.DoesNotContain(mentions, m => m.Primary == "SWE");
    }

    [Fact]
    public void A_countrys_plan_for_the_year_in_progress_is_its_own_figure_which_later_outturns_do_not_refute()
    {
        var written = new ArticleContext(new DateOnly(2024, 2, 20));
        var plan = Assert.Single(fixture.Checker.Check("Copenhagen is expected to spend 2.02% of its GDP on defence in 2024, the ministry said.", written).Results);
        Assert.Equal(Verdict.Unverifiable, plan.Verdict);
        Assert.Contains(plan.Readings, r => r.Source is "SIPRI" or "NATO");
        var outturn = Assert.Single(fixture.Checker.Check("Denmark spent 2.02% of its GDP on defence in 2024.", new ArticleContext(new DateOnly(2025, 9, 1))).Results);
        Assert.Equal(Verdict.Contradicted, outturn.Verdict);
    }

    [Theory]
    [InlineData("The alliance is now outproducing Russia in ammo, officials said.", "NATO", "RUS")]
    [InlineData("Until last year Moscow was churning out more artillery shells than all NATO allies together.", "RUS", "NATO")]
    public void Outproducing_and_more_shells_than_are_production_comparisons_checked_by_the_capacity_model(string text, string producer, string yardstick)
    {
        var result = Assert.Single(fixture.Checker.Check(text, Feb2025).Results, r => r.Claim.Kind == ClaimKind.ProductionRatio);
        Assert.Equal(producer, result.Claim.Subject?.Primary);
        Assert.Equal(yardstick, result.Claim.Other?.Primary);
        Assert.Contains(result.Readings, r => r.Source == "capacity model" && r.Entity.Contains("WEST", StringComparison.Ordinal));
    }

    [Fact]
    public void A_multiple_of_the_output_of_the_US_and_Europe_is_against_the_Wests_output_and_the_producer_follows_the_reporting_verb()
    {
        var report = fixture.Checker.Check("A report citing NATO intelligence sources revealed that Russia was producing 250,000 artillery shells per month, or about 3 million a year, nearly three times the combined output of the US and Europe.", Feb2025);
        var ratio = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.ProductionRatio);
        Assert.Equal("RUS", ratio.Claim.Subject?.Primary);
        Assert.Contains(ratio.Readings, r => r.Entity == "RUS/WEST");
    }

    [Theory]
    [InlineData("Even states in Central Europe, like Hungary, raised outlays sharply; its military spending grew by 20 per cent to $4.9 billion in 2024.", "HUN")]
    [InlineData("Spending in Africa rose 3%, SIPRI said, which also found world military expenditure reached a record $2.7 trillion last year.", "WLD")]
    [InlineData("North African military spending reached $30.2 billion in 2024.", "SIPRI_NORTH_AFRICA")]
    public void The_example_a_region_names_the_world_as_spender_and_regional_adjectives_own_their_figures(string text, string owner)
    {
        var claims = fixture.Checker.Extract(text, Feb2025);
        Assert.Contains(claims, c => c.Kind is ClaimKind.Level && c.Subject?.Primary == owner);
    }

    [Fact]
    public void A_share_of_the_world_total_held_by_the_top_spenders_is_bounded_below_by_the_largest_bundled_spenders()
    {
        var low = Assert.Single(fixture.Checker.Check("Together, the top five spenders accounted for 30% of global military spending in 2024.", Feb2025).Results, r => r.Claim.Phrase == "share of total");
        Assert.Equal(Verdict.Contradicted, low.Verdict);
        Assert.Contains(low.Readings, r => r.Detail.StartsWith("at least", StringComparison.Ordinal));
        var plausible = Assert.Single(fixture.Checker.Check("These five nations accounted for about 60% of global defense expenditure in 2024.", Feb2025).Results, r => r.Claim.Phrase == "share of total");
        Assert.Equal(Verdict.Unverifiable, plausible.Verdict);
        Assert.Contains(plausible.Readings, r => r.Detail.StartsWith("at least", StringComparison.Ordinal) && !r.CountsForVerdict);
    }

    [Theory]
    [InlineData("He expects 19 Allies to reach 2% this year, a six-fold rise since 2014, when only three Allies met the target.")]
    [InlineData("The 2% goal was set in 2014, at a time when only three NATO members met it.")]
    public void A_count_in_a_when_clause_is_of_the_year_the_clause_hangs_on(string text)
    {
        var counts = fixture.Checker.Extract(text, Feb2025).Where(c => c.Kind == ClaimKind.Count && c.Primary?.Value == 3).ToArray();
        var three = Assert.Single(counts);
        Assert.Equal(2014, three.Years[0]);
    }

    [Fact]
    public void A_lede_that_says_the_publication_states_makes_the_source_named_most_the_articles_source()
    {
        const string text = "This is reported by a news agency citing the Financial Times. The publication states that Russia's military spending "
            + "reached 13.1 trillion rubles last year. Moscow has put its economy on a war footing. Europe is debating how to respond. "
            + "The figures come from the International Institute for Strategic Studies (IISS), and the IISS expects a further rise.";
        var level = Assert.Single(fixture.Checker.Extract(text, Feb2025), c => c.Kind == ClaimKind.Level);
        Assert.Equal("IISS", level.Attribution);
    }

    [Fact]
    public void Two_names_joined_by_together_are_summed_in_a_share_of_the_world_total()
    {
        var share = Assert.Single(fixture.Checker.Check("Together, China and the United States accounted for almost half of world military expenditure in 2024.", Feb2025).Results,
            r => r.Claim.Phrase == "share of total");
        Assert.Equal(Verdict.Supported, share.Verdict);
    }

    [Theory]
    [InlineData("The German arms maker's order book reached a record €60 billion at the end of 2024.")]
    [InlineData("The company said its backlog stood at 190 billion kronor in December.")]
    [InlineData("Spending on nuclear weapons reached $95 billion worldwide last year, the campaign group said.")]
    public void A_firms_orders_and_nuclear_weapons_spending_are_other_quantities_as_levels(string text)
    {
        AssertUnverifiableAs(Assert.Single(fixture.Checker.Check(text, Feb2025).Results, r => r.Claim.Kind == ClaimKind.Level), "another quantity");
    }

    [Theory]
    [InlineData("Italy now aims to reach the 2% target for defence spending by 2028, officials said.")]
    [InlineData("Portugal intends to reach 2% of GDP on defence in 2029, the minister said.")]
    [InlineData("Italy says to meet NATO's 2% of GDP defence spending goal this year.")]
    [InlineData("Meloni said Italy would reach the old NATO 2% of GDP defence spending target this year.")]
    [InlineData("Poland aims to spend 2% of GDP on defense in 2026, says minister.")]
    [InlineData("Poland wants to spend 2% of gross domestic product (GDP) on defense in 2026, the minister said.")]
    public void A_countrys_own_date_for_reaching_the_goal_makes_it_a_national_plan(string text)
    {
        var target = Assert.Single(fixture.Checker.Check(text, Feb2025).Results, r => r.Claim.Kind == ClaimKind.Target && r.Claim.Primary?.Value == 2);
        Assert.True(EntityRecogniser.IsCountry(target.Claim.Subject!.Primary), target.Claim.Subject.Primary);
        Assert.Equal(Verdict.Unverifiable, target.Verdict);
    }

    [Theory]
    [InlineData("Belgian defence minister Steven Vandeput says Belgian defence spending should rise to 2% of national output.", 2, Verdict.Unverifiable)]
    [InlineData("Germany's economy minister reiterated his push for an increase in German defense spending to 3.5% of gross domestic product.", 3.5, Verdict.Unverifiable)]
    [InlineData("The Dutch government is even considering a further increase to 3.5 per cent of GDP.", 3.5, Verdict.Unverifiable)]
    [InlineData("Trump has pushed Germany to increase its defense spending to 5% of GDP.", 5, Verdict.Supported)]
    public void A_call_for_one_countrys_level_is_a_national_view_unless_the_alliance_or_trump_is_named(string text, double share, Verdict expected)
    {
        var target = Assert.Single(fixture.Checker.Check(text, Feb2025).Results, r => r.Claim.Kind == ClaimKind.Target && r.Claim.Primary?.Value == share);
        Assert.True(EntityRecogniser.IsCountry(target.Claim.Subject!.Primary), target.Claim.Subject.Primary);
        Assert.Equal(expected, target.Verdict);
    }

    [Fact]
    public void Countries_at_their_shares_after_the_goal_named_by_its_figure_are_levels()
    {
        var results = fixture.Checker.Check("However, only three NATO members are currently hitting the new target of 3.5% of GDP agreed in The Hague in June, which are Poland at 4.48%, Lithuania at 4%, and Latvia at 3.73%.",
            new ArticleContext(new DateOnly(2025, 8, 28))).Results;
        var poland = Assert.Single(results, r => r.Claim.Anchors.Contains("4.48%"));
        Assert.Equal(ClaimKind.ShareOfGdp, poland.Claim.Kind);
        Assert.Contains(poland.Readings, r => r.CountsForVerdict && r.Year == 2025 && r.Holds);
        Assert.Equal(ClaimKind.Target, Assert.Single(results, r => r.Claim.Anchors.Contains("3.5%")).Claim.Kind);
    }

    [Theory]
    [InlineData("Japan will raise defence spending to 2% of GDP two years ahead of schedule, Tokyo says.", "JPN")]
    [InlineData("Czechia reached 2.09% of GDP, a year ahead of schedule.", "CZE")]
    public void A_deadline_stated_as_time_gained_is_a_national_plans(string text, string country)
    {
        var plan = Assert.Single(fixture.Checker.Check(text, Feb2025).Results, r => r.Claim.Phrase == "ahead of schedule");
        Assert.Equal(ClaimKind.Target, plan.Claim.Kind);
        Assert.Equal(country, plan.Claim.Subject?.Primary);
        Assert.Equal(Verdict.Unverifiable, plan.Verdict);
        Assert.Contains("national plan", plan.Reason, StringComparison.Ordinal);
        // Nothing measures it, so it has no tolerance (not "24–24", the months gained).
        Assert.Equal("none (nothing in the store measures it)", plan.Tolerance);
    }

    [Fact]
    public void A_past_year_after_reaching_the_goal_is_an_outcome_not_a_plan()
    {
        var target = Assert.Single(fixture.Checker.Check("Romania only reached the mandatory target of 2% of GDP for defence in 2020.", Feb2025).Results,
            r => r.Claim.Kind == ClaimKind.Target);
        Assert.NotEqual(Verdict.Unverifiable, target.Verdict);
    }

    [Theory]
    [InlineData("Germany met the NATO spending target last year, finance ministry sources said.", "DEU", Verdict.Supported)]
    [InlineData("Canada has not achieved the alliance's target to date, the report found.", "CAN", Verdict.Supported)]
    [InlineData("Spain met the NATO defence spending target in 2023, the minister claimed.", "ESP", Verdict.Contradicted)]
    public void Meeting_or_missing_the_alliances_goal_is_judged_by_NATOs_own_shares(string text, string country, Verdict expected)
    {
        var result = Assert.Single(fixture.Checker.Check(text, Feb2025).Results, r => r.Claim.Phrase is "meets goal" or "misses goal");
        Assert.Equal(country, result.Claim.Subject!.Primary);
        Assert.Equal(expected, result.Verdict);
        Assert.Contains(result.Readings, r => r.Source == "SIPRI" && !r.CountsForVerdict);
        Assert.DoesNotContain(result.Readings, r => r.Source == "SIPRI" && r.CountsForVerdict);
    }

    [Theory]
    [InlineData("Italy plans to meet the NATO target by 2028.")]
    [InlineData("The central bank has met its inflation target this year.")]
    [InlineData("Belgium is expected to spend 2 per cent of GDP on defence in 2025, meeting the NATO benchmark.")]
    public void Aims_other_targets_and_participles_after_a_figure_are_not_read_as_meeting_the_goal(string text)
    {
        Assert.DoesNotContain(fixture.Checker.Extract(text, Feb2025), c => c.Phrase is "meets goal" or "misses goal" or "against goal");
    }

    [Theory]
    [InlineData("Global defence spending rose to a record last year, the International Institute for Strategic Studies (IISS) said in its annual "
        + "Military Balance report on Wednesday.\n\nThe IISS said European spending rose again. Germany spent $70 billion on defence in 2024.", "IISS", "$70 billion")]
    [InlineData("EU member states' defence spending reached a record €343 billion in 2024, the European Defence Agency said in its annual data "
        + "release on Tuesday.\n\nThe EDA said spending rose for the tenth year in a row. Poland spent €30 billion on defence in 2024.", "EDA", "€30 billion")]
    public void A_figure_in_a_story_on_one_publishers_release_is_that_publishers_and_other_sources_are_evidence(string text, string publisher, string figure)
    {
        var level = Assert.Single(fixture.Checker.Check(text, new ArticleContext(new DateOnly(2025, 9, 2))).Results, r => r.Claim.Primary?.Text == figure);
        Assert.Equal(publisher, level.Claim.Attribution);
        Assert.Equal(Verdict.Unverifiable, level.Verdict);
        Assert.Contains("the source it is attributed to, has no value", level.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Germany came fourth with an estimated $88.5bn, overtaking India.", "DEU", 4)]
    [InlineData("Britain was sixth at $81.8bn in 2024.", "GBR", 6)]
    public void A_place_named_before_the_figure_that_earns_it_is_a_world_rank(string text, string country, int place)
    {
        var rank = Assert.Single(fixture.Checker.Extract(text, Feb2025), c => c.Phrase == "rank");
        Assert.Equal(country, rank.Subject!.Primary);
        Assert.Equal(place, rank.Ratio);
    }

    [Fact]
    public void A_place_without_a_figure_after_it_is_not_a_rank()
    {
        Assert.DoesNotContain(fixture.Checker.Extract("The minister was second to speak at the meeting of defence ministers.", Feb2025), c => c.Phrase == "rank");
    }

    [Fact]
    public void A_spenders_dollars_are_converted_into_a_third_currency_at_the_years_average_rate_but_not_a_bracketed_conversion()
    {
        var pounds = Assert.Single(fixture.Checker.Check("Russia's military spending reached £114bn in 2024, the IISS said.", Feb2025).Results, r => r.Claim.Kind == ClaimKind.Level);
        Assert.Equal(Verdict.Supported, pounds.Verdict);
        Assert.Contains(pounds.Readings, r => r.Unit == "GBP" && r.Evidence.Any(e => e.StartsWith("fx_rate GBP per US$ 2024", StringComparison.Ordinal)));
        var bracketed = fixture.Checker.Check("The budget allots 13.5 trillion rubles (£99.5 billion) to national defence next year.", Feb2025).Results;
        Assert.DoesNotContain(bracketed.SelectMany(r => r.Readings), r => r.Unit == "GBP");
    }

    [Theory]
    // Germany leads Europe's GDP at market rates and at PPP, in NATO Europe and in EU + UK alike.
    [InlineData("Germany, Europe's largest economy, is raising its defence budget again.", "DEU", Verdict.Supported)]
    // China is second at market rates but first at PPP (the set's decision 22).
    [InlineData("China, the world's second-largest economy, raised its military budget by 7.2%.", "CHN", Verdict.MethodDependent)]
    // The UK was sixth at market rates and tenth at PPP in 2023.
    [InlineData("Britain has the fifth largest economy in the world, the minister reminded the audience.", "GBR", Verdict.Contradicted)]
    // The alliance's and the continent's tables, named in words.
    [InlineData("Trump noted that the United States has the largest GDP of NATO members.", "USA", Verdict.Supported)]
    [InlineData("Washington keeps urging Germany, the continent's largest economy, to spend more.", "DEU", Verdict.Supported)]
    public void A_place_among_economies_is_ranked_by_GDP_at_market_rates_and_PPP(string sentence, string country, Verdict expected)
    {
        var rank = Judged(sentence, new DateOnly(2024, 6, 1), r => r.Claim.Item == ClaimExtractor.RankByGdp);
        Assert.Equal(country, rank.Claim.Subject!.Primary);
        Assert.Equal(expected, rank.Verdict);
        Assert.Contains(rank.Readings, r => r.Line.Contains("PPP", StringComparison.Ordinal));
        Assert.Contains(rank.Readings, r => r.Line.Contains("market rates", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Spain was the only member of the 32-nation alliance to refuse the new goal.", "NATO", 32, Verdict.Supported)]
    [InlineData("It was a watershed moment in the 27-country bloc's history.", "EU27", 27, Verdict.Supported)]
    [InlineData("The 28 EU member states agreed on the fund on Tuesday.", "EU27", 28, Verdict.Contradicted)]
    [InlineData("The fiscal rule change allows its 27-member states to raise defense spending.", "EU27", 27, Verdict.Supported)]
    // "the other 31": the membership less the one named.
    [InlineData("Finland will spend 2.4% of GDP, like the other 31 NATO member states.", "NATO", 32, Verdict.Supported)]
    public void A_groups_size_named_as_an_adjective_or_with_the_is_its_membership(string sentence, string group, int members, Verdict expected)
    {
        var count = Judged(sentence, new DateOnly(2024, 7, 10), r => r.Claim.Kind == ClaimKind.Count);
        Assert.Equal(group, count.Claim.Subject!.Primary);
        Assert.Equal(members, count.Claim.Quantities[0].Value);
        Assert.Equal(expected, count.Verdict);
    }

    [Fact]
    public void A_subset_of_a_group_is_not_its_membership()
    {
        var claims = fixture.Checker.Extract("The combined defence spending of the 23 EU countries that are NATO members rose.", new ArticleContext(new DateOnly(2024, 7, 10)));
        Assert.DoesNotContain(claims, c => c.Phrase == "members");
    }

    [Theory]
    [InlineData("This is the biggest increase in decades, the minister said of the defence budget.", "the biggest increase in decades")]
    [InlineData("The country met the NATO spending target for the first time in three decades last year.", "for the first time in three decades")]
    public void A_record_over_an_unnumbered_span_is_a_claim_the_store_cannot_date(string sentence, string anchor)
    {
        var report = fixture.Checker.Check(sentence, Feb2025);
        var record = Assert.Single(report.Results, r => r.Claim.Phrase == "record");
        Assert.Contains(anchor, record.Claim.Anchors);
        Assert.Equal(Verdict.Unverifiable, record.Verdict);
    }

    [Fact]
    public void A_record_that_qualifies_a_comparison_leaves_the_comparison_standing()
    {
        var claims = fixture.Checker.Extract("Germany's defence budget rose by 23% to $86 billion, surpassing the UK's $81 billion for the first time in more than three decades.", Feb2025);
        Assert.Contains(claims, c => c.Phrase == "record");
        Assert.Contains(claims, c => c.Kind == ClaimKind.Comparison && c.Phrase != "record" && c.Subject?.Primary == "DEU" && c.Other?.Primary == "GBR");
    }

    [Fact]
    public void Aid_named_after_a_later_figure_leaves_the_earlier_figure_spending()
    {
        var report = fixture.Checker.Check("Ukraine increased spending by 51% to $65 billion and received at least $35 billion in military aid from other countries.", new ArticleContext(new DateOnly(2024, 4, 22)));
        var spending = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Level && r.Claim.Primary!.Text.Contains("65", StringComparison.Ordinal));
        Assert.Equal(Verdict.Supported, spending.Verdict);
        Assert.Contains(spending.Readings, r => r.Source == "SIPRI" && r.Holds);
        var aid = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Level && r.Claim.Primary!.Text.Contains("35", StringComparison.Ordinal));
        Assert.DoesNotContain(aid.Readings, r => r.Source == "SIPRI" && r.CountsForVerdict);
    }

    [Fact]
    public void Bare_figures_under_an_intro_that_names_GDP_are_shares_of_GDP_for_the_intros_year()
    {
        const string text = "NATO published its estimates on Monday.\n\nThese are the allies' defence expenditures for 2024 as a percentage of GDP:\nPoland: 4.12\nEstonia: 3.43\nSpain: 1.28\n";
        var report = fixture.Checker.Check(text, new ArticleContext(new DateOnly(2024, 6, 17)));
        var shares = report.Results.Where(r => r.Claim.Kind == ClaimKind.ShareOfGdp).ToArray();
        Assert.Equal(["POL", "EST", "ESP"], shares.Select(r => r.Claim.Subject!.Primary));
        Assert.All(shares, r => Assert.Equal(2024, r.Claim.Years[0]));
        Assert.All(shares, r => Assert.Equal(Verdict.Supported, r.Verdict));
    }

    [Fact]
    public void A_place_among_economies_without_a_name_is_the_articles_country()
    {
        var rank = Judged("China will raise its defence budget by 7.2% this year. The world's second-largest economy will maintain the pace, officials said.", new DateOnly(2024, 3, 5), r => r.Claim.Item == ClaimExtractor.RankByGdp);
        Assert.Equal("CHN", rank.Claim.Subject!.Primary);
        Assert.Equal(Verdict.MethodDependent, rank.Verdict);
    }

    [Fact]
    public void In_an_article_on_the_2_percent_target_a_percentage_beside_an_allys_name_is_its_share_of_GDP()
    {
        const string text = "A record 23 countries hit the 2 percent defense spending target, NATO says.\n\nPoland tops the chart at 4.12 percent, followed by Estonia (3.43 percent) and Latvia (3.15 percent).";
        var report = fixture.Checker.Check(text, new ArticleContext(new DateOnly(2024, 6, 17)));
        var shares = report.Results.Where(r => r.Claim.Kind == ClaimKind.ShareOfGdp).ToArray();
        Assert.Equal(["POL", "EST", "LVA"], shares.Select(r => r.Claim.Subject!.Primary));
        Assert.All(shares, r => Assert.Equal(Verdict.Supported, r.Verdict));
    }

    [Theory]
    [InlineData("At the summit the allies reached a decision to invest 5% of GDP in defence.", 5)]
    [InlineData("Under the new standard, allies are to spend 3.5% of GDP on core defence.", 3.5)]
    // One ally's share at the Hague values by the Hague deadline is its part of the pledge.
    [InlineData("PM Keir Starmer commits UK to spend 5% of GDP on security by 2035.", 5)]
    [InlineData("Germany will commit 3.5% of its economic output to core defence by 2035.", 3.5)]
    public void A_new_pledges_value_that_no_source_confirms_as_a_level_names_the_pledge(string sentence, double value)
    {
        var pledge = Judged(sentence, new DateOnly(2025, 6, 26), r => r.Claim.Primary?.Value == value);
        Assert.Equal(ClaimKind.Target, pledge.Claim.Kind);
        Assert.Equal(Verdict.Supported, pledge.Verdict);
    }

    [Fact]
    public void Spending_on_new_equipment_is_the_procurement_line()
    {
        var level = Judged("According to the European Defence Agency, EU members spent €88 billion on new equipment in 2024.", new DateOnly(2025, 9, 2), r => r.Claim.Kind == ClaimKind.Level);
        Assert.Equal(Verdict.Supported, level.Verdict);
        // The EDA's procurement figure, not its total (€343bn), decides.
        Assert.Contains(level.Readings, r => r.Holds && r.Detail.StartsWith("EUR 88.0bn", StringComparison.Ordinal));
    }

    [Fact]
    public void Bare_head_counts_under_an_intro_that_names_troops_are_each_countrys_personnel()
    {
        const string text = "Here's the list of the largest NATO armies, with the number of active troops.\n\nList:\n\n  • United States: 1,300,000\n  • Poland: 216,000\n  • Greece: 111,000\n";
        var report = fixture.Checker.Check(text, new ArticleContext(new DateOnly(2025, 6, 25)));
        var levels = report.Results.Where(r => r.Claim.Kind == ClaimKind.Level).ToArray();
        Assert.Equal(["USA", "POL", "GRC"], levels.Select(r => r.Claim.Subject!.Primary));
        Assert.All(levels, r => Assert.Equal(Verdict.Supported, r.Verdict));
    }

    [Fact]
    public void Bare_thousands_under_an_intro_that_names_no_measure_are_not_claims()
    {
        const string text = "Here's the list of the countries with the number of new contracts.\n\nList:\n\n  • United States: 1,300,000\n  • Poland: 216,000\n";
        var claims = fixture.Checker.Extract(text, new ArticleContext(new DateOnly(2025, 6, 25)));
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Level);
    }

    [Theory]
    [InlineData("The three largest spenders last year were the United States, China and Russia.", 3)]
    [InlineData("The five biggest spenders in 2023 were the United States, China, Russia, India and Saudi Arabia.", 5)]
    public void The_n_largest_spenders_are_a_top_n_set(string sentence, double places)
    {
        var claims = fixture.Checker.Extract(sentence, new ArticleContext(new DateOnly(2024, 4, 22)));
        var rank = Assert.Single(claims, c => c.Phrase == "rank");
        Assert.Equal(places, rank.Quantities[0].Value);
        Assert.Equal("WLD", rank.Other!.Primary);
    }

    [Fact]
    public void The_n_largest_spenders_taken_together_are_a_share_not_a_rank()
    {
        var claims = fixture.Checker.Extract("In 2022, the 15 largest spenders together accounted for 82% of the world's military expenditure.", new ArticleContext(new DateOnly(2023, 4, 24)));
        Assert.DoesNotContain(claims, c => c.Phrase == "rank");
    }

    [Fact]
    public void The_alliances_lowest_defence_spender_is_a_place_in_its_table()
    {
        var claims = fixture.Checker.Extract("Spain is the alliance's lowest defense spender as a share of GDP.", new ArticleContext(new DateOnly(2025, 4, 22)));
        var rank = Assert.Single(claims, c => c.Phrase == "rank");
        Assert.Equal("ESP", rank.Subject!.Primary);
        Assert.Equal("NATO", rank.Other!.Primary);
    }

    [Theory]
    [InlineData("In 2021, only seven of the 30 member nations met the spending guidelines.", 7)]
    [InlineData("Slovakia is also among the 23 countries meeting the target.", 23)]
    public void In_an_article_on_the_2_percent_target_the_goal_referred_to_counts_allies_at_2_percent(string sentence, double allies)
    {
        var text = "NATO allies and the 2% defence spending target.\n\n" + sentence;
        var claims = fixture.Checker.Extract(text, new ArticleContext(new DateOnly(2024, 6, 20)));
        var count = Assert.Single(claims, c => c.Kind == ClaimKind.Count && c.Phrase != "members");
        Assert.Equal(allies, count.Quantities[0].Value);
    }

    [Theory]
    [InlineData("World military spending rose to $2.4 trillion in 2023, the ninth straight annual increase.", "WLD", ClaimExtractor.RisingStreak, Verdict.Supported)]
    [InlineData("It marks the ninth straight year of rising overall spending, SIPRI said of world military spending.", "WLD", ClaimExtractor.RisingStreak, Verdict.Supported)]
    [InlineData("Russia's military spending fell for a third straight year.", "RUS", ClaimExtractor.FallingStreak, Verdict.Contradicted)]
    public void A_streak_names_its_direction_and_length(string sentence, string subject, string phrase, Verdict expected)
    {
        var report = fixture.Checker.Check(sentence, new ArticleContext(new DateOnly(2024, 4, 22)));
        var streak = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Growth && r.Claim.Phrase is ClaimExtractor.RisingStreak or ClaimExtractor.FallingStreak);
        Assert.Equal(subject, streak.Claim.Subject!.Primary);
        Assert.Equal(phrase, streak.Claim.Phrase);
        Assert.Equal(expected, streak.Verdict);
        // "a third" in "for a third straight year" is the streak's length, not a fraction of anything.
        Assert.DoesNotContain(report.Results, r => r.Claim.Kind == ClaimKind.Comparison);
    }

    [Fact]
    public void Rows_under_a_year_tables_header_are_the_headers_measure_in_its_unit()
    {
        const string text = "Below is a look at Sweden's military spending over the past decade:\n\nYear Defence Spending (USD, billions)\n2018 ~6.6\n2024 ~12.0\n\nAnalysis\n\nThe country has shifted spending.";
        var claims = fixture.Checker.Extract(text, new ArticleContext(new DateOnly(2025, 9, 15)));
        var levels = claims.Where(c => c.Kind == ClaimKind.Level).ToArray();
        Assert.Equal([2018, 2024], levels.Select(c => c.Years[0]));
        Assert.All(levels, c => Assert.Equal("SWE", c.Subject!.Primary));
        Assert.Equal([6.6e9, 12e9], levels.Select(c => c.Quantities[0].Value));
        Assert.All(levels, c => Assert.Equal(("USD", Hedge.Approximately), (c.Quantities[0].Currency, c.Quantities[0].Hedge)));
    }

    [Theory]
    [InlineData("Saudi Arabia was ranked the world's fifth.", "SAU", "WLD", 5)]
    [InlineData("Britain falls to eighth place in a world list of military spending.", "GBR", "WLD", 8)]
    [InlineData("Germany's spending rose, placing it third among NATO countries.", "DEU", "NATO", 3)]
    [InlineData("In 2024 Finland will rank seventh among all Nato countries in defence spending.", "FIN", "NATO", 7)]
    public void A_place_named_by_a_verb_is_a_rank(string sentence, string subject, string scope, double place)
    {
        var claims = fixture.Checker.Extract(sentence, new ArticleContext(new DateOnly(2024, 6, 17)));
        var rank = Assert.Single(claims, c => c.Phrase == "rank");
        Assert.Equal((subject, scope, place), (rank.Subject!.Primary, rank.Other!.Primary, rank.Quantities[0].Value));
    }

    [Fact]
    public void A_place_beside_the_share_that_earns_it_is_a_rank_by_share()
    {
        var report = fixture.Checker.Check("In NATO's 2024 estimates, Poland leads the alliance, with Estonia third on 3.43% and Latvia fourth on 3.15% of GDP.", new ArticleContext(new DateOnly(2024, 6, 20)));
        var ranks = report.Results.Where(r => r.Claim.Phrase == "rank" && r.Claim.Quantities[0].Value >= 3).ToArray();
        Assert.Equal(["EST", "LVA"], ranks.Select(r => r.Claim.Subject!.Primary));
        Assert.All(ranks, r => Assert.Equal(("NATO", ClaimExtractor.RankByShare), (r.Claim.Other!.Primary, r.Claim.Item)));
        // Each place holds in one source's table and not in another's (SIPRI puts the US ahead of Estonia, NATO's 2025 edition Latvia).
        Assert.All(ranks, r => Assert.Equal(Verdict.MethodDependent, r.Verdict));
    }

    [Theory]
    [InlineData("Spain plans to reach 2% of GDP in 2029.")]
    // A pledge's value by another year than the pledge's deadline is the country's own plan.
    [InlineData("Britain plans to reach 3.5% of GDP by 2029.")]
    public void A_national_plan_at_another_value_or_year_stays_a_plan(string sentence)
    {
        var report = fixture.Checker.Check(sentence, new ArticleContext(new DateOnly(2025, 6, 24)));
        var plan = Assert.Single(report.Results);
        Assert.Equal(ClaimKind.ShareOfGdp, plan.Claim.Kind);
        Assert.Equal(Verdict.Unverifiable, plan.Verdict);
    }

    [Theory]
    [InlineData("Japan's overall defense spending for fiscal 2021 was budgeted at 6.1 trillion yen, the government said.")]
    [InlineData("In last year's Union Budget, India's defence allocation stood at Rs 2.62 lakh crore.")]
    [InlineData("India's defence budget rose by 5.6 per cent in 2016.")]
    [InlineData("The United States spends heavily. In the 2016 fiscal year, that number was $580.3 billion.")]
    [InlineData("Congress authorized $611 billion for the Pentagon in 2016.")]
    public void A_national_budget_the_store_does_not_hold_is_not_refuted_by_other_definitions(string sentence)
    {
        var claim = Judged(sentence, new DateOnly(2017, 6, 1), r => r.Claim.Kind is ClaimKind.Level or ClaimKind.Growth);
        Assert.Equal(Verdict.Unverifiable, claim.Verdict);
        // SIPRI's totals stay as evidence.
        Assert.Contains(claim.Readings, r => r.Source == "SIPRI" && !r.CountsForVerdict);
    }

    [Fact]
    public void A_goal_named_as_such_beside_a_count_in_words_is_a_target_claim_of_its_own()
    {
        var report = fixture.Checker.Check("Only ten of NATO's 32 members meet the current spending target of 2% of GDP.", new ArticleContext(new DateOnly(2023, 7, 10)));
        var goal = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Target);
        Assert.Equal(2, goal.Claim.Primary!.Value);
        Assert.Equal(Verdict.Supported, goal.Verdict);
        var count = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Count && r.Claim.Phrase != "members");
        Assert.DoesNotContain("2%", count.Claim.Anchors);
    }

    [Fact]
    public void A_percentage_row_under_a_money_header_is_not_that_money()
    {
        const string text = "Below is a look at Sweden's military spending:\n\nYear Defence Spending (USD, billions)\n2018 6.6%\n\nAnalysis";
        var claims = fixture.Checker.Extract(text, new ArticleContext(new DateOnly(2025, 9, 15)));
        Assert.DoesNotContain(claims, c => c.Quantities.Any(q => q.Kind == QuantityKind.Money));
    }

    [Theory]
    [InlineData("Poland alone is spending €2.3 billion reinforcing its eastern border.")]
    [InlineData("Germany has already placed record contracts worth €8.5 billion for artillery shells and ammunition systems.")]
    public void An_amount_far_from_every_stored_total_is_another_quantity(string sentence)
    {
        var level = Judged(sentence, new DateOnly(2024, 6, 1), r => r.Claim.Kind == ClaimKind.Level);
        Assert.Equal(Verdict.Unverifiable, level.Verdict);
        Assert.Contains("another quantity", level.Reason);
    }

    [Theory]
    // Given as SIPRI's, the figure misreports SIPRI's total.
    [InlineData("According to SIPRI, Russia spent $300 billion on its military in 2023.")]
    // A total at the wrong power of ten is a slip of scale, judged as printed.
    [InlineData("Latvia spent $1,421,000 on defence in 2024.")]
    // Near a total, a figure is that total, wrongly given.
    [InlineData("Russia spent $125 billion on its military in 2023.")]
    public void A_misreported_total_stays_contradicted(string sentence)
    {
        Assert.Equal(Verdict.Contradicted, VerdictOf(sentence, new DateOnly(2025, 6, 1), ClaimKind.Level));
    }

    [Theory]
    [InlineData("Estonia plans to push NATO members to commit to spending at least 2.5 percent of GDP on defense.", Verdict.Unverifiable)]
    // A floor at a pledge's own value is that pledge.
    [InlineData("NATO allies have pledged to spend at least 2% of GDP on defence.", Verdict.Supported)]
    public void A_floor_names_its_own_value_not_every_pledge_above_it(string sentence, Verdict verdict)
    {
        Assert.Equal(verdict, VerdictOf(sentence, new DateOnly(2024, 6, 1), ClaimKind.Target));
    }

    [Theory]
    [InlineData("In 2023 world military spending rose to 2.3 percent of the global gross domestic product.", "2024-04-22", Verdict.Supported)]
    [InlineData("Global military spending averages roughly 2.5% of GDP.", "2025-05-01", Verdict.Supported)]
    // 2.446% on WEO's world GDP misses 2.5 by less than a unit of its last digit: SIPRI's own world GDP would decide.
    [InlineData("World military spending reached 2.5% of global GDP in 2024.", "2025-05-01", Verdict.Unverifiable)]
    public void The_world_burden_is_the_world_total_over_world_gdp(string sentence, string published, Verdict verdict)
    {
        var report = fixture.Checker.Check(sentence, new ArticleContext(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
        var share = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.ShareOfGdp);
        Assert.Equal(verdict, share.Verdict);
        Assert.Contains(share.Readings, r => r.Line == "SIPRI world total over world GDP");
    }

    [Fact]
    public void A_story_on_a_release_does_not_make_a_programme_line_the_publishers_total()
    {
        const string text = "World military expenditure rose by 9.4% to $2,718 billion in 2024, according to SIPRI. "
            + "The US budget funds the modernization of the F-35 stealth fighter ($61.1 billion).";
        var line = Judged(text, new DateOnly(2025, 4, 28), r => r.Claim.Anchors.Contains("$61.1 billion"));
        Assert.Equal(Verdict.Unverifiable, line.Verdict);
        Assert.Contains("another quantity", line.Reason);
    }

    [Fact]
    public void The_current_target_named_without_its_figure_is_the_first_pledge()
    {
        var multiple = Judged("Trump wants allies to spend 5% of GDP, more than double the military pact's current spending target.", new DateOnly(2025, 6, 20), r => r.Claim.Kind == ClaimKind.Comparison);
        Assert.Equal(Verdict.Supported, multiple.Verdict);
        Assert.Contains(multiple.Readings, r => r.Line == "NATO pledges compared" && r.Value == 2.5);
    }

    [Fact]
    public void A_publisher_named_in_the_lede_after_a_standfirst_is_the_storys_source()
    {
        // The stored page repeats the headline and a standfirst before the lede that names the report.
        const string text = "Global military spending reaches record high amid ongoing conflicts\n\nWhat's the story\n\n"
            + "The world is experiencing an unprecedented increase in military spending, a 9.4% year-on-year increase to $2.718 trillion in 2024.\n\n"
            + "The figure reported by the Stockholm International Peace Research Institute (SIPRI) is the highest recorded increase since 1988.";
        var report = fixture.Checker.Check(text, new ArticleContext(new DateOnly(2025, 4, 28), Title: "Global military spending reaches record high amid ongoing conflicts"));
        var total = Assert.Single(report.Results, r => r.Claim.Anchors.Contains("$2.718 trillion"));
        Assert.Equal("SIPRI", total.Claim.Attribution);
        // The IISS's narrower world figure is evidence, not another method the figure depends on.
        Assert.Equal(Verdict.Supported, total.Verdict);
    }

    [Theory]
    // Decision 312: Spain is third lowest of the 28 allies with 2018 shares in NATO's editions, inside the lowest quarter (7).
    [InlineData("SPAIN is among the NATO members that spends the least on defence as a proportion of economic output (GDP), according to NATO estimates.", "2019-03-19", Verdict.Supported)]
    // Poland's 4.12% in 2024 is the highest share, not one of the lowest.
    [InlineData("Poland's defence spending, at 4.12% of GDP, is one of the lowest in NATO.", "2024-06-20", Verdict.Contradicted)]
    public void A_place_among_the_lowest_is_a_place_in_the_groups_lowest_quarter(string sentence, string published, Verdict verdict)
    {
        var place = Judged(sentence, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), r => r.Claim.Phrase == ClaimExtractor.AmongQuarter);
        Assert.Equal(verdict, place.Verdict);
        Assert.Contains(place.Readings, r => r.Line.Contains("allies ranked by share of GDP", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Spain was the lowest spender in the 32-nation military alliance last year, at 1.28% of GDP.", "lowest spender in the 32-nation military alliance")]
    [InlineData("Spain was the NATO ally that invested the least in defence as a share of GDP last year.", "invested the least")]
    [InlineData("The U.S. leads the alliance by spending an estimated 3.39 percent of GDP on defense.", "leads the alliance")]
    public void A_place_in_the_alliance_is_read_from_a_verb_or_a_described_alliance(string sentence, string anchor)
    {
        var place = Judged(sentence, new DateOnly(2019, 4, 1), r => r.Claim.Phrase == "rank");
        Assert.Contains(place.Claim.Anchors, a => a.Contains(anchor, StringComparison.Ordinal));
        Assert.Equal("NATO", place.Claim.Other?.Primary);
    }

    [Theory]
    [InlineData("Which European country spends the most on defense?")]
    [InlineData("South Korea is now among the ranks of the 10 countries spending the most on the military.")]
    [InlineData("Germany became the biggest military spender in Western Europe for the first time since reunification.")]
    public void A_question_a_set_or_a_region_is_not_a_place_in_the_alliance(string sentence)
    {
        var report = fixture.Checker.Check(sentence, new ArticleContext(new DateOnly(2025, 4, 28)));
        Assert.DoesNotContain(report.Results, r => r.Claim.Phrase is "rank" or ClaimExtractor.AmongQuarter && r.Claim.Other?.Primary is "NATO" or "NATO_EUROPE");
    }

    [Fact]
    public void A_years_spending_listed_in_percent_is_each_allys_share_of_gdp()
    {
        const string text = "Thus, taking into account the above, defense spending (2024) by countries is:\n- Poland: 4.12%\n- Estonia: 3.43%\n- Spain: 1.28%";
        var report = fixture.Checker.Check(text, new ArticleContext(new DateOnly(2025, 6, 22)));
        Assert.Equal(3, report.Results.Count(r => r.Claim.Kind == ClaimKind.ShareOfGdp && r.Claim.Years.Contains(2024)));
        // NATO's 2024 edition gives the lines; its 2025 edition and SIPRI do not.
        Assert.All(report.Results, r => Assert.Equal(Verdict.MethodDependent, r.Verdict));
    }

    [Theory]
    [InlineData("According to figures published on Friday by Eurostat, Cyprus spent 1.8% of its 2019 GDP on defence.")]
    [InlineData("According to figures published on Friday by Eurostat, EU members spent 1.2% of GDP on defence in 2019.")]
    public void A_eurostat_figure_is_a_release_the_store_does_not_hold(string sentence)
    {
        // Eurostat's general-government "defence" function is a narrower definition: SIPRI's 1.77% for Cyprus is evidence.
        var share = Judged(sentence, new DateOnly(2021, 8, 27), r => r.Claim.Kind == ClaimKind.ShareOfGdp);
        Assert.Equal("Eurostat", share.Claim.Attribution);
        Assert.Equal(Verdict.Unverifiable, share.Verdict);
        Assert.Contains("Eurostat, the source it is attributed to, has no value", share.Reason);
    }

    [Theory]
    [InlineData("NATO countries must increase their defense budgets to 5% of their GDP, Trump said. “They can all afford it, but they should be at 5%, not 2%,” he said of the Alliance's members.", "2%")]
    [InlineData("The NATO chief said the alliance's members have been delinquent in devoting 2% of GDP to defense.", "2%")]
    public void The_alliances_share_at_a_pledges_value_names_the_pledge(string text, string anchor)
    {
        // NATO's own share (2.71% in 2024) is no level at the first pledge's value: the sentence names the Wales pledge.
        var pledge = Judged(text, new DateOnly(2025, 1, 7), r => r.Claim.Anchors.Contains(anchor) && r.Claim.Subject?.Primary == "NATO");
        Assert.Equal(ClaimKind.Target, pledge.Claim.Kind);
        Assert.Equal(Verdict.Supported, pledge.Verdict);
    }

    [Fact]
    public void A_ministrys_budget_is_a_national_budget_line_the_store_does_not_hold()
    {
        var line = Judged("The Defence Ministry budget alone reached CZK 164.3 billion last year, Defence Minister Jana Černochová said.", new DateOnly(2025, 1, 7),
            r => r.Claim.Kind == ClaimKind.Level);
        Assert.Equal(Verdict.Unverifiable, line.Verdict);
    }

    [Theory]
    [InlineData("Over 45 percent of Greece's massive defence budget in 2022 is allocated to new weapon purchases.", "GRC")]
    [InlineData("Poland spent 4.1% of GDP on defence in 2023 (53.6% of the total defense budget goes to armament).", "POL")]
    public void Weapon_purchases_and_armament_name_the_equipment_share(string sentence, string ally)
    {
        // NATO's 2024 edition: Greece 42.29% in 2022, Poland 44.73% in 2023.
        var share = Judged(sentence, new DateOnly(2024, 3, 18), r => r.Claim.Kind == ClaimKind.Level && r.Claim.Subject?.Primary == ally);
        Assert.Equal(Verdict.Contradicted, share.Verdict);
        Assert.Contains(share.Readings, r => r.Line.Contains("equipment share", StringComparison.Ordinal));
    }

    [Fact]
    public void Luxemburg_is_luxembourg()
    {
        var share = Judged("Luxemburg spent 1.29% of GDP on defence in 2024.", new DateOnly(2024, 6, 20), r => r.Claim.Kind == ClaimKind.ShareOfGdp);
        Assert.Equal("LUX", share.Claim.Subject?.Primary);
    }

    [Fact]
    public void A_count_in_compound_words_is_read_whole()
    {
        var count = Judged("Twenty-three allies are going to spend 2% of GDP or more on defence this year, NATO Secretary General Jens Stoltenberg said.",
            new DateOnly(2024, 6, 17), r => r.Claim.Kind == ClaimKind.Count);
        Assert.Equal(23, count.Claim.Primary!.Value);
        Assert.Equal(Verdict.Supported, count.Verdict);
    }

    [Theory]
    [InlineData("In 2014, only three NATO allies allocated 2% of their GDP or more on defense.", 3, Verdict.Supported)]
    // A pledge ("to dedicate 3.5 percent … by 2035") is not allies counted.
    [InlineData("NATO's 32 nations have agreed to dedicate 3.5 percent to core military needs by 2035.", 32, Verdict.Supported)]
    public void Allies_allocating_a_share_are_counted_but_a_pledge_to_allocate_is_not(string sentence, double count, Verdict verdict)
    {
        var claim = Judged(sentence, new DateOnly(2025, 6, 25), r => r.Claim.Kind == ClaimKind.Count);
        Assert.Equal(count, claim.Claim.Primary!.Value);
        Assert.Equal(verdict, claim.Verdict);
    }

    [Fact]
    public void A_budget_in_the_countrys_own_currency_is_the_budget_laws_line_in_a_story_on_natos_figures()
    {
        const string text = "Czechia spent 1.37% of GDP on defence in 2023, according to NATO. Originally, CZK 111.8 billion was approved for defence in last year's budget.";
        var report = fixture.Checker.Check(text, new ArticleContext(new DateOnly(2024, 5, 13), Title: "NATO: Czechia spent 1.37% of GDP on defence in 2023"));
        var line = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Level);
        Assert.Equal(Verdict.Unverifiable, line.Verdict);
    }

    [Theory]
    [InlineData("Poland spends 4.12% of GDP on defence. Estonia ranked second on the list.", "EST")]
    [InlineData("Estonia is in second place at 3.4%.", "EST")]
    public void A_place_without_a_scope_in_a_story_on_nato_is_in_the_alliances_table(string text, string ally)
    {
        var report = fixture.Checker.Check("NATO published its estimates on Monday. The alliance said 23 allies meet the target. " + text,
            new ArticleContext(new DateOnly(2024, 6, 17), Title: "Poland leads NATO in defence spending"));
        var place = Assert.Single(report.Results, r => r.Claim.Phrase == "rank");
        Assert.Equal(ally, place.Claim.Subject?.Primary);
        Assert.Equal("NATO", place.Claim.Other?.Primary);
        // NATO's 2024 edition: Poland 4.12%, Estonia 3.43%, the United States 3.38%.
        Assert.Equal(Verdict.Supported, place.Verdict);
    }

    [Theory]
    [InlineData("The United States spends considerably more than most nations on its military.", "more than")]
    [InlineData("China followed closely behind with an estimated $296 billion.", "followed closely")]
    [InlineData("Algeria and Morocco are North Africa's two biggest military spenders.", "biggest")]
    public void A_comparison_in_words_without_sides_is_reported_but_not_judged(string sentence, string anchor)
    {
        var claim = Judged(sentence, new DateOnly(2024, 4, 22), r => r.Claim.Phrase == ClaimExtractor.InWords);
        Assert.Contains(anchor, claim.Claim.Anchors);
        Assert.Equal(Verdict.Unverifiable, claim.Verdict);
        Assert.Contains("does not read", claim.Reason);
    }

    [Fact]
    public void A_figure_no_measure_reads_is_reported_but_a_span_of_time_is_not()
    {
        var report = fixture.Checker.Check("Finland will buy a fleet of 64 F-35 fighter jets for its military within two years.", new ArticleContext(new DateOnly(2025, 4, 1)));
        var figure = Assert.Single(report.Results);
        Assert.Equal(ClaimExtractor.UnreadFigure, figure.Claim.Phrase);
        Assert.Equal(64, figure.Claim.Primary!.Value);
        Assert.Equal(Verdict.Unverifiable, figure.Verdict);
        // Nothing was read for it, so nothing may be shown as its evidence.
        Assert.Empty(figure.Readings);
    }

    [Fact]
    public void A_superlative_of_spending_without_a_table_is_the_worlds_place()
    {
        var place = Judged("The United States remains the largest global military spender by far.", new DateOnly(2024, 4, 22), r => r.Claim.Phrase == "rank");
        Assert.Equal("WLD", place.Claim.Other?.Primary);
        // SIPRI 2023: the US US$916bn, more than the world total left after every other stored country.
        Assert.Equal(Verdict.Supported, place.Verdict);
    }

    [Theory]
    [InlineData("Spain has the lowest defense spending compared to the size of its economy.", ClaimExtractor.RankByShare)]
    [InlineData("Poland spends the largest percentage proportionately on defence.", ClaimExtractor.RankByShare)]
    [InlineData("Notably, the US has the most active troops currently, followed by Turkey.", ClaimExtractor.RankByPersonnel)]
    [InlineData("The United States has the largest armed forces of the allies.", ClaimExtractor.RankByPersonnel)]
    public void A_superlative_without_a_table_is_a_place_in_the_storys_alliance_by_the_measure_it_names(string sentence, string table)
    {
        var report = fixture.Checker.Check("The alliance published its estimates. " + sentence,
            new ArticleContext(new DateOnly(2024, 6, 17), Title: "Chart of the week: NATO defence spending"));
        var place = Assert.Single(report.Results, r => r.Claim.Phrase == "rank" && r.Claim.Primary!.Value == 1);
        Assert.Equal("NATO", place.Claim.Other?.Primary);
        Assert.Equal(table, place.Claim.Item);
    }

    [Theory]
    [InlineData("The United States spends far more on its military than any other country on the planet.", "USA", "WLD", ClaimExtractor.RankByAmount)]
    // ("three years ago" dates the invasion the sentence recalls; "now" dates the place.)
    [InlineData("Galvanized by Russia's invasion of neighboring Ukraine three years ago, Poland now spends a higher proportion of GDP on defense than any other NATO member.", "POL", "NATO", ClaimExtractor.RankByShare)]
    public void More_than_any_other_is_the_first_place_in_the_table_the_others_name(string sentence, string first, string table, string measure)
    {
        var place = Judged(sentence, new DateOnly(2025, 4, 3), r => r.Claim.Phrase == "rank");
        Assert.Equal((first, table, 1.0), (place.Claim.Subject?.Primary, place.Claim.Other?.Primary, place.Claim.Primary!.Value));
        Assert.Equal(measure, place.Claim.Item);
        Assert.Equal(Verdict.Supported, place.Verdict);
    }

    [Theory]
    [InlineData("Of NATO's European members, Poland, Estonia, Latvia and Greece spend the biggest proportion of GDP on defence.")]
    [InlineData("Countries spending the highest proportion of their total defence expenditure on investments were Hungary and Luxembourg.")]
    public void A_set_of_countries_or_a_share_of_the_budget_is_not_one_place(string sentence)
    {
        var claims = fixture.Checker.Extract(sentence, new ArticleContext(new DateOnly(2025, 3, 3)));
        Assert.DoesNotContain(claims, c => c.Phrase == "rank");
    }

    [Fact]
    public void A_change_of_spending_in_words_is_reported_unjudged_but_not_beside_its_own_figure()
    {
        var change = Judged("Finland's defence spending has increased significantly in recent years.", new DateOnly(2023, 8, 28), r => r.Claim.Phrase == ClaimExtractor.InWords);
        Assert.Equal(ClaimKind.Growth, change.Claim.Kind);
        Assert.Equal(Verdict.Unverifiable, change.Verdict);
        var report = fixture.Checker.Check("Finland's defence spending rose by 7% to EUR 6.1 billion last year.", new ArticleContext(new DateOnly(2024, 4, 22)));
        Assert.DoesNotContain(report.Results, r => r.Claim.Phrase == ClaimExtractor.InWords);
    }

    [Theory]
    // A breakdown by country in an article on the share-of-GDP goal lists shares of the year its intro names, bulleted or numbered.
    [InlineData("Only five of NATO's 28 member countries last year met the alliance goal of spending at least 2 per cent of their economy on defence.\n\n"
        + "Here's a breakdown of each country's contribution, based on 2016 figures provided by NATO:\n\nUnited States, 3.61 per cent.\n\nGreece, 2.38 per cent.")]
    [InlineData("Only five of NATO's 28 member countries last year met the alliance goal of spending at least 2 per cent of their economy on defence.\n\n"
        + "Here's a breakdown of each country's contribution, based on 2016 figures provided by NATO:\n1. United States, 3.61 per cent.\n2. Greece, 2.38 per cent.")]
    // A numbered list resumes under its intro after paragraphs of comment.
    [InlineData("The figures for 2016, provided by NATO, are these:\n1. The U.S. — 3.61 percent of GDP on defense\n"
        + "The U.S. has spent more than that since the war.\nTrump is not wrong, he said.\n2. Greece – 2.38 percent of GDP spent on defense")]
    public void A_list_of_shares_gives_each_line_its_country_and_the_year_its_intro_names(string text)
    {
        var shares = fixture.Checker.Extract(text, new ArticleContext(new DateOnly(2017, 6, 4))).Where(c => c.Kind == ClaimKind.ShareOfGdp).ToArray();
        Assert.Equal(["USA", "GRC"], shares.Select(c => c.Subject?.Primary));
        Assert.All(shares, c => Assert.Equal([2016], c.Years));
    }

    [Fact]
    public void A_numbered_list_under_an_estimated_heading_gives_each_line_its_country_the_heading_year_and_hedge()
    {
        const string text = "For comparison, here is the ranking of the top five NATO member countries by their estimated defence expenditures in 2022:\n\n"
            + "  1. United States – $821,830 million\n  2. United Kingdom – $66,651 million\n  3. Germany – $60,788 million";
        var levels = fixture.Checker.Extract(text, new ArticleContext(new DateOnly(2023, 7, 7))).Where(c => c.Kind == ClaimKind.Level).ToArray();
        Assert.Equal(["USA", "GBR", "DEU"], levels.Select(c => c.Subject?.Primary));
        Assert.All(levels, c => Assert.Equal([2022], c.Years));
        Assert.All(levels, c => Assert.Equal(Hedge.Approximately, c.Quantities[0].Hedge));
    }

    [Theory]
    // A place named by its position, in the world's table: read as a rank of the country before it, with its place.
    [InlineData("Kazakhstan spent $1.5 billion, securing the 58th position in the global ranking.", "KAZ", 58)]
    [InlineData("India spent $86 billion in 2024, and Pakistan's spending was placing it at the 29th position.", "PAK", 29)]
    [InlineData("Australia spent $25 billion; new data shows Australia ranks just 15th among global defence budgets.", "AUS", 15)]
    [InlineData("The IISS figures rank the UK 6th globally in defence spending.", "GBR", 6)]
    [InlineData("China comes second in the world in military spending, with an estimated $314bn.", "CHN", 2)]
    public void A_place_named_by_its_position_is_a_rank(string text, string owner, int place)
    {
        var rank = Assert.Single(fixture.Checker.Extract(text, Apr2025), c => c.Phrase == "rank");
        Assert.Equal(owner, rank.Subject!.Primary);
        Assert.Equal(place, rank.Primary!.Value);
    }

    [Theory]
    // "One of the lowest NATO contributors with only …", "continues to be the lowest at less than 1%", "the lowest figure across
    // the alliance": places at the bottom of the alliance's table, read on its shares of GDP and judged.
    [InlineData("Portugal is one of the lowest NATO contributors with only an estimated 1.58% of its GDP.")]
    [InlineData("Luxembourg's defence expenditure in 2022 continues to be the lowest at less than 1% of the size of the economy, NATO figures show.")]
    [InlineData("Luxembourg spent only 0.62% GDP on defence in 2022, the lowest figure across the alliance, according to current NATO data.")]
    public void A_bare_lowest_with_its_figure_is_a_place_in_the_alliance_table(string text)
    {
        // (A bare superlative is read in the alliance's table in a story on the alliance: the title names it.)
        var report = fixture.Checker.Check(text, new ArticleContext(new DateOnly(2023, 7, 6), Title: "How much NATO allies spend on defence"));
        var rank = Assert.Single(report.Results, r => r.Claim.Kind == ClaimKind.Comparison && r.Claim.Phrase is "rank" or ClaimExtractor.AmongQuarter);
        Assert.Equal("NATO", rank.Claim.Other!.Primary);
        Assert.Equal(Verdict.Supported, rank.Verdict);
    }

    [Theory]
    // A figure in a sentence that takes the story's topic from the one before is reported all the same.
    [InlineData("The rises were 1.8 percent in 2015.", 1.8)]
    [InlineData("Germany is just paying a little bit over 1 percent.", 1)]
    public void A_figure_of_a_sentence_that_does_not_name_the_topic_is_reported(string sentence, double value)
    {
        var figure = Assert.Single(fixture.Checker.Extract(sentence, Feb2025));
        Assert.Equal(value, figure.Primary!.Value);
    }

    [Theory]
    // The rate a story converted at and the number of a model are no figures of the story.
    [InlineData("($1 = 0.9255 euros)")]
    [InlineData("(Exchange rate: $1 = 387.25 drams).")]
    [InlineData("Along with this, India has decided to procure Su-57 fighter jets from Russia.")]
    public void A_rate_note_and_a_model_number_are_not_claims(string sentence) =>
        Assert.Empty(fixture.Checker.Extract(sentence, Feb2025));

    [Theory]
    // A pledge's own value named as a floor or a rule, or as a point to meet, hit or achieve with no "the" before it, in a sentence on
    // the alliance or the pledge, is the pledge.
    [InlineData("At the NATO summit, he remarked on the importance of Trump in achieving the new 5% floor.")]
    [InlineData("NATO allies agreed that the 5% rule applies to everyone.")]
    [InlineData("A Treasury official said that meeting 3.5 per cent by 2035 would cost the UK £30bn a year, as NATO demands.")]
    [InlineData("Canada's $150B Defence Gamble: Can We Really Hit 5% of GDP by 2035 under the NATO pledge?")]
    public void A_pledge_value_named_as_a_floor_or_a_point_to_reach_is_a_target(string sentence) =>
        Assert.Contains(fixture.Checker.Extract(sentence, new ArticleContext(new DateOnly(2025, 7, 6))), c => c.Kind == ClaimKind.Target);

    [Fact]
    public void A_year_before_1950_dates_the_claim_and_leaves_it_unverifiable()
    {
        // "In 1938-39": years before the stored series are still years; the claim is not read on the latest data year instead.
        var share = Judged("In 1938-39 Australia's defence spending as a percentage of GDP was 1.5 per cent.", new DateOnly(2014, 8, 25), r => r.Claim.Kind == ClaimKind.ShareOfGdp);
        Assert.Contains(1938, share.Claim.Years);
        Assert.Equal(Verdict.Unverifiable, share.Verdict);
    }

    [Theory]
    // Members counted less the one the sentence sets apart: "the other 27", "26 …, excluding Denmark".
    [InlineData("That is more than double the amount all the other 27 NATO countries spent between them, even though their combined GDP tops that of the U.S.", 2016, 7, 8)]
    [InlineData("Total defense expenditures of the 26 EU member states, excluding Denmark, rose in 2021.", 2022, 12, 8)]
    public void Members_counted_less_the_one_set_apart_are_the_membership_less_one(string sentence, int year, int month, int day)
    {
        var count = Judged(sentence, new DateOnly(year, month, day), r => r.Claim.Kind == ClaimKind.Count);
        Assert.Equal(Verdict.Supported, count.Verdict);
        Assert.Equal(count.Claim.Quantities[0].Value, Assert.Single(count.Readings).Value);
    }

    [Theory]
    // "The country", "the Balkan nation": the last country the story was about, not the alliance named since.
    [InlineData("Denmark will set up a defence fund, Danish broadcaster DR reported. The country spent 2.4% of GDP on defence last year, above the existing 2% target for Nato members.", "2.4%", "DNK")]
    [InlineData("Croatia's government met on Tuesday. NATO allies agreed in June to spend 3.5% of GDP on core defence by 2035. The Balkan nation currently spends 2% of its economic output on defence.", "2%", "HRV")]
    public void A_country_named_by_its_kind_is_the_last_country_of_the_story(string text, string anchor, string country)
    {
        var share = Assert.Single(fixture.Checker.Extract(text, Feb2025), c => c.Kind == ClaimKind.ShareOfGdp && c.Anchors.Contains(anchor));
        Assert.Equal(country, share.Subject!.Primary);
    }

    [Theory]
    // Counts in words and counts of EU countries are figures of the story ("two new submarines", "19 EU countries").
    [InlineData("Among other things, Sweden will get two new submarines.", 2)]
    [InlineData("The deal includes three new Arctic ships.", 3)]
    [InlineData("19 EU countries are funding joint drone and electronic warfare projects.", 19)]
    public void A_count_in_words_or_of_EU_countries_is_reported(string sentence, double value) =>
        Assert.Contains(fixture.Checker.Extract(sentence, Feb2025), c => c.Kind == ClaimKind.Count && c.Primary!.Value == value);

    [Theory]
    // "Rs." before an amount is the currency, not the end of a sentence.
    [InlineData("The federal government has designated Rs. 1.804 trillion for defense purposes.", "Rs. 1.804 trillion")]
    [InlineData("For the first time, the defence Budget has been raised to over Rs. 3 lakh crore.", "Rs. 3 lakh crore")]
    public void A_currency_abbreviated_with_a_point_keeps_its_amount(string sentence, string anchor) =>
        Assert.Contains(fixture.Checker.Extract(sentence, Feb2025), c => c.Kind == ClaimKind.Level && c.Anchors.Contains(anchor) && c.Primary!.Currency == "INR");

    [Fact]
    public void Rupees_of_Pakistan_are_Pakistani_rupees()
    {
        var level = Assert.Single(fixture.Checker.Extract("Pakistan's federal government has designated Rs. 1.804 trillion for defense purposes.", Feb2025), c => c.Kind == ClaimKind.Level);
        Assert.Equal("PKR", level.Primary!.Currency);
    }

    [Theory]
    // A number written with thousands separators is a figure of the story, with or without a noun after it.
    [InlineData("The plan foresees a rise in the number of professional full-time soldiers from 172,000 now.", 172000)]
    [InlineData("Fears rise as army's size plummets to record low of 72,510.", 72510)]
    public void A_number_with_thousands_separators_is_reported(string sentence, double value) =>
        Assert.Contains(fixture.Checker.Extract(sentence, Feb2025), c => c.Primary?.Value == value);

    [Theory]
    // A poll's sample, a distance and a span of days are no figures of the story.
    [InlineData("The survey was carried out on April 21-25 among 2,302 respondents, aged 18 and older.")]
    [InlineData("Finland, which shares the longest border with Russia in Europe at 1,300 kilometers, is on alert.")]
    [InlineData("The war has been raging for 1,000 days.")]
    public void A_poll_sample_a_distance_or_a_span_is_not_a_figure(string sentence) =>
        Assert.DoesNotContain(fixture.Checker.Extract(sentence, Feb2025), c => c.Quantities.Any(q => q.Value >= 1000));

    [Theory]
    // NATO's own wording for its European members, with and without Canada.
    [InlineData("This year, NATO Allies in Europe will invest a combined total of 380 billion US dollars in defence.", "NATO_EUROPE")]
    [InlineData("In 2024, NATO Allies in Europe and Canada invested a combined total of USD 486 billion in defence.", "NATO_EUROPE_CANADA")]
    public void Allies_in_Europe_are_NATO_Europe(string sentence, string group) =>
        Assert.Equal(group, Assert.Single(fixture.Checker.Extract(sentence, Feb2025), c => c.Kind == ClaimKind.Level).Subject!.Primary);
}
