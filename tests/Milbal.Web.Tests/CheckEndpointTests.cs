using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Milbal.Analysis.Capacity;
using Milbal.Claims;
using Milbal.Claims.Extraction;
using Milbal.Claims.Output;

namespace Milbal.Web.Tests;

/// <summary>POST /api/v1/check: the checker's ClaimReview JSON with the body its offsets refer to; bad input is 400/413.</summary>
[Collection(AppCollection.Name)]
public sealed class CheckEndpointTests(MilbalApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    private static string SeedArticle => File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "data", "claims-eval", "articles", "2025-02-13-hegseth-nato-brussels.txt"));

    [Fact]
    public async Task Json_body_gives_the_same_claims_and_verdicts_as_the_checker_itself()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/check", new { text = SeedArticle, date = "2025-02-13" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var body = json.RootElement.GetProperty("body").GetString()!;
        Assert.Equal("2025-02-13", json.RootElement.GetProperty("date").GetString());
        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToArray();

        using var bundle = new BundledStore();
        var capacity = CapacityDataset.Load(Path.Combine(SharedData.RepositoryRoot, "data", "capacity", "capacity.csv"));
        var unitCosts = UnitCostDataset.Load(Path.Combine(SharedData.RepositoryRoot, "data", "capacity", "unit-costs.csv"));
        var direct = new ClaimChecker(bundle.Store, capacity, unitCosts: unitCosts).Check(SeedArticle, new ArticleContext(new DateOnly(2025, 2, 13)));
        Assert.Equal(direct.Results.Select(r => r.VerdictName), claims.Select(c => c.GetProperty("reviewRating").GetProperty("alternateName").GetString()));
        Assert.Contains(claims, c => c.GetProperty("claimReviewed").GetString()!.Contains("$462 billion"));
        foreach (var claim in claims)
        {
            Assert.Equal("ClaimReview", claim.GetProperty("@type").GetString());
            var evidence = claim.GetProperty("milbal:evidence");
            var (start, end) = (evidence.GetProperty("start").GetInt32(), evidence.GetProperty("end").GetInt32());
            // The offsets index the returned body, so a page can mark the claim in the text it shows.
            Assert.InRange(start, 0, body.Length);
            Assert.InRange(end, start, body.Length);
        }
    }

    [Fact]
    public async Task Plain_text_and_csv_work_and_repeat_requests_are_cached()
    {
        const string text = "Russia's military spending rose 42% in 2024 to $145.9 billion, the IISS said.";
        var first = await _client.PostAsync("/api/v1/check?date=2025-02-13&format=csv", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.StartsWith("text/csv", first.Content.Headers.ContentType!.ToString());
        var csv = await first.Content.ReadAsStringAsync();
        Assert.Contains("42%", csv);
        var second = await _client.PostAsync("/api/v1/check?date=2025-02-13&format=csv", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Theory]
    [InlineData("application/json", "{\"txt\": \"x\"}", "\"text\"")]
    [InlineData("application/json", "{not json", "not valid JSON")]
    [InlineData("application/json", "{\"text\": \"Russia spent $146bn.\", \"date\": \"13 Feb 2025\"}", "YYYY-MM-DD")]
    [InlineData("text/plain", "   ", "empty")]
    [InlineData("text/plain", "a\0b", "NUL")]
    public async Task Bad_articles_are_400_with_what_to_change(string contentType, string body, string expected)
    {
        var response = await _client.PostAsync("/api/v1/check", new StringContent(body, Encoding.UTF8, contentType));
        Assert.Contains(expected, await response.Problem(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Oversized_article_is_413()
    {
        var text = new string('x', ApiEndpoints.MaxArticleBytes + 1);
        var response = await _client.PostAsync("/api/v1/check", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Contains("at most", await response.Problem(HttpStatusCode.RequestEntityTooLarge));
    }
}
