using System.Net;
using System.Text.Json;

namespace Milbal.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class SeriesEndpointTests(MilbalApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Healthz_answers_ok()
    {
        var response = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Series_gives_sipri_russia_2024_as_published()
    {
        var response = await _client.GetAsync("/api/v1/series?entity=RUS&measure=milex&source=sipri&from=2024&to=2024");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var current = json.RootElement.GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("unit").GetString() == "USD million, current, market rate");
        Assert.Equal(148_967.3, Math.Round(current.GetProperty("value").GetDouble(), 1));
        Assert.Equal("sipri", current.GetProperty("source").GetString());
        Assert.Equal("2025", current.GetProperty("edition").GetString());
        Assert.Contains(json.RootElement.GetProperty("sources").EnumerateArray(), s => s.GetString()!.StartsWith("sipri 2025", StringComparison.Ordinal));
    }
}
