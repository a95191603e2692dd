using Milbal.Claims.Extraction;
using Milbal.Claims.Output;
using Milbal.Claims.Verification;

namespace Milbal.Claims.Tests;

/// <summary>Issue 6, "Done when": every quantitative statement of the seed article is found and judged with evidence.</summary>
[Collection(CheckerCollection.Name)]
public sealed class SeedArticleTests(CheckerFixture fixture)
{
    private readonly CheckReport _report = fixture.Checker.Check(File.ReadAllText(CheckerFixture.SeedArticle));

    private ClaimResult Claim(string anchor, ClaimKind kind) =>
        Assert.Single(_report.Results, r => r.Claim.Kind == kind && r.Claim.Anchors.Any(a => a.Contains(anchor, StringComparison.Ordinal)));

    [Fact]
    public void The_article_date_comes_from_its_header() => Assert.Equal(new DateOnly(2025, 2, 13), _report.Context.Date);

    [Fact]
    public void Growth_of_42_percent_matches_IISS_to_which_it_is_attributed()
    {
        var r = Claim("42%", ClaimKind.Growth);
        Assert.Equal(Verdict.Supported, r.Verdict);
        Assert.Equal("IISS", r.Claim.Attribution);
        Assert.Equal([2024], r.Claim.Years.Take(1));
        Assert.Contains(r.Readings, x => x.Source == "IISS" && x.Year == 2024 && x.Holds && Math.Abs(x.Value - 41.9) < 1e-9);
        // IISS's revision a year later (57%) is shown, and does not hold.
        Assert.Contains(r.Readings, x => x.Source == "IISS" && Math.Abs(x.Value - 57) < 1e-9 && !x.Holds);
        Assert.Contains(r.Readings, x => x.Source == "SIPRI" && x.Line.Contains("constant 2023", StringComparison.Ordinal) && Math.Abs(x.Value - 37.8) < 0.05);
        Assert.Equal("41.5%–42.5%", r.Tolerance);
    }

    [Fact]
    public void Russia_145_9_billion_matches_IISS_and_shows_SIPRI()
    {
        var r = Claim("$145.9 billion", ClaimKind.Level);
        Assert.Equal(Verdict.Supported, r.Verdict);
        Assert.Equal("RUS", r.Claim.Subject!.Primary);
        Assert.Contains(r.Readings, x => x.Source == "IISS" && x.Holds && Math.Abs(x.Value - 145.9e9) < 1);
        var sipri = Assert.Single(r.Readings, x => x.Source == "SIPRI" && x.Year == 2024 && x.Line == "SIPRI current US$");
        Assert.Equal(148_967.3, sipri.Value / 1e6, 0.1);
        // "an estimated" widens the tolerance to ±5%: SIPRI's figure falls inside it too.
        Assert.Equal(Text.Hedge.Approximately, r.Claim.Primary!.Hedge);
        Assert.True(sipri.Holds);
    }

    [Fact]
    public void Europe_457_billion_tries_every_Europe_and_holds_for_IISS_EU_plus_UK()
    {
        var r = Claim("$457 billion", ClaimKind.Level);
        Assert.Equal(Verdict.Supported, r.Verdict);
        Assert.Equal(["EU_UK", "NATO_EUROPE", "NATO_EUROPE_CANADA", "EU27"], r.Claim.Subject!.Candidates);
        Assert.Contains(r.Readings, x => x.Source == "IISS" && x.Entity == "EU_UK" && x.Holds);
        Assert.Contains(r.Readings, x => x.Source == "SIPRI" && x.Entity == "NATO_EUROPE" && !x.Holds);
        Assert.Contains(r.Readings, x => x.Source == "NATO" && x.Entity == "NATO_EUROPE_CANADA");
    }

    [Fact]
    public void Ppp_462_billion_is_read_at_purchasing_power_parity()
    {
        var r = Claim("$462 billion", ClaimKind.Level);
        Assert.True(r.Claim.Cues.Ppp);
        Assert.Equal(Verdict.Supported, r.Verdict);
        Assert.Contains(r.Readings, x => x.Source == "IISS" && Math.Abs(x.Value - 461.6e9) < 1 && x.Holds);
        Assert.Contains(r.Readings, x => x.Source == "SIPRI" && x.Line.Contains("PPP", StringComparison.Ordinal) && x.Evidence.Any(e => e.Contains("ppp_factor", StringComparison.Ordinal)));
    }

    [Fact]
    public void Outspending_Europe_depends_on_the_price_basis()
    {
        var r = Claim("outpaces", ClaimKind.Comparison);
        Assert.Equal(Verdict.MethodDependent, r.Verdict);
        Assert.Contains(r.Readings, x => x.Line.Contains("asymmetric", StringComparison.Ordinal) && x.Holds);
        Assert.Contains(r.Readings, x => x.Line.Contains("both at ppp", StringComparison.OrdinalIgnoreCase) && !x.Holds);
    }

    [Fact]
    public void The_two_percent_benchmark_and_the_five_percent_call_are_pledges()
    {
        foreach (var anchor in new[] { "2%", "5%" })
        {
            var r = Claim(anchor, ClaimKind.Target);
            Assert.Equal(Verdict.Supported, r.Verdict);
        }
        Assert.Contains(Claim("2%", ClaimKind.Target).Readings, x => x.Holds && x.Detail.Contains("wales-2014-target-2pct", StringComparison.Ordinal));
        Assert.Contains(Claim("5%", ClaimKind.Target).Readings, x => x.Holds && x.Detail.Contains("hague-2025-target-total-5pct", StringComparison.Ordinal));
    }

    [Fact]
    public void Ammunition_in_three_months_versus_a_year_uses_the_capacity_model()
    {
        var r = Claim("three months", ClaimKind.ProductionRatio);
        Assert.Equal(4, r.Claim.Ratio!.Value, 1e-9);
        Assert.Equal("RUS", r.Claim.Subject!.Primary);
        Assert.Equal("NATO_EUROPE", r.Claim.Other!.Primary);
        var model = Assert.Single(r.Readings);
        Assert.Equal("capacity model", model.Source);
        // The interval brackets 4 but P(ratio ≥ 4) < 0.5: it holds only with some of the published estimates.
        Assert.Equal(Verdict.MethodDependent, r.Verdict);
        Assert.Contains("P(ratio ≥ 4)", model.Detail);
    }

    [Fact]
    public void Occupied_land_the_size_of_Pennsylvania()
    {
        var r = Claim("Pennsylvania", ClaimKind.SizeComparison);
        Assert.Equal(Verdict.Supported, r.Verdict);
        var ratio = Assert.Single(r.Readings);
        Assert.Equal(111_829 / 119_283.0, ratio.Value, 1e-6);
    }

    [Fact]
    public void Caption_and_meeting_dates_are_not_claims()
    {
        Assert.DoesNotContain(_report.Results, r => r.Claim.Anchors.Any(a => a.Contains("Feb. 13", StringComparison.Ordinal) || a.Contains("Thursday", StringComparison.Ordinal)));
        Assert.DoesNotContain(_report.Results, r => r.Claim.Sentence.Text.StartsWith("Defense Secretary Pete Hegseth speaks", StringComparison.Ordinal));
        Assert.Equal(9, _report.Results.Count);
    }

    [Fact]
    public void Json_is_a_list_of_ClaimReviews_with_evidence()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(ClaimReviewJson.Write(_report, new DateOnly(2026, 11, 27)));
        var items = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(_report.Results.Count, items.Length);
        foreach (var item in items)
        {
            Assert.Equal("ClaimReview", item.GetProperty("@type").GetString());
            Assert.Equal("Rating", item.GetProperty("reviewRating").GetProperty("@type").GetString());
            Assert.Contains(item.GetProperty("reviewRating").GetProperty("alternateName").GetString(), new[] { "supported", "contradicted", "method-dependent", "unverifiable" });
            Assert.Equal("Claim", item.GetProperty("itemReviewed").GetProperty("@type").GetString());
            Assert.Equal("2025-02-13", item.GetProperty("itemReviewed").GetProperty("firstAppearance").GetProperty("datePublished").GetString());
            Assert.Equal("Milbal", item.GetProperty("author").GetProperty("name").GetString());
            // A claim found but not judged (a comparison in words) says so instead of showing values.
            var readings = item.GetProperty("milbal:evidence").GetProperty("readings").GetArrayLength();
            if (item.GetProperty("milbal:evidence").GetProperty("judged").GetBoolean()) Assert.True(readings > 0);
            else Assert.Equal(0, readings);
        }
    }
}
