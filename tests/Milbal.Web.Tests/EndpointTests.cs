using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Milbal.Cli;

namespace Milbal.Web.Tests;

/// <summary>Every endpoint's happy path, on the bundled data, with published values.</summary>
[Collection(AppCollection.Name)]
public sealed class EndpointTests(MilbalApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Entities_search_and_resolve_publisher_names()
    {
        var korea = await _client.Json("/api/v1/entities?q=korea");
        Assert.Contains(korea.Rows(), r => r.GetProperty("id").GetString() == "KOR");
        var russia = await _client.Json("/api/v1/entities/Russian%20Federation");
        Assert.Equal("RUS", Assert.Single(russia.Rows()).GetProperty("id").GetString());
        var groups = await _client.Json("/api/v1/entities?kind=group");
        Assert.Contains(groups.Rows(), r => r.GetProperty("id").GetString() == "EU_UK");
    }

    [Fact]
    public async Task Groups_have_membership_by_year()
    {
        var groups = await _client.Json("/api/v1/groups?year=2024");
        var nato = groups.Rows().Single(r => r.GetProperty("id").GetString() == "NATO");
        Assert.Equal(32, nato.GetProperty("members").GetInt32());
        Assert.Equal(32, (await _client.Json("/api/v1/groups/NATO?year=2024")).Rows().Count());
        Assert.Equal(12, (await _client.Json("/api/v1/groups/NATO?year=1949")).Rows().Count());
    }

    [Fact]
    public async Task Measures_and_sources_list_the_catalogue()
    {
        Assert.Contains((await _client.Json("/api/v1/measures")).Rows(), r => r.GetProperty("id").GetString() == "milex_gdp_share");
        var sources = await _client.Json("/api/v1/sources");
        var sipri = sources.Rows().Single(r => r.GetProperty("dataset").GetString() == "sipri");
        Assert.Equal("2025", sipri.GetProperty("edition").GetString());
        Assert.Contains("SIPRI", sipri.GetProperty("publisher").GetString());
        Assert.DoesNotContain("/", sources.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Series_json_is_the_clis_json_for_the_same_query()
    {
        var api = await (await _client.GetAsync("/api/v1/series?entity=RUS&entity=POL&measure=milex_gdp_share&source=nato&from=2014&to=2024")).Content.ReadAsStringAsync();
        var db = Path.Combine(Path.GetTempPath(), $"milbal-web-{Guid.NewGuid():N}.duckdb");
        try
        {
            var output = new StringWriter();
            var code = MilbalCli.Run(["series", "RUS", "POL", "--measure", "milex_gdp_share", "--source", "nato", "--from", "2014", "--to", "2024", "--format", "json", "--db", db], output, new StringWriter());
            Assert.Equal(0, code);
            Assert.Equal(output.ToString().ReplaceLineEndings("\n"), api);
            Assert.Contains("\"entity\": \"POL\"", api);
        }
        finally
        {
            foreach (var file in new[] { db, db + ".wal" }) if (File.Exists(file)) File.Delete(file);
        }
    }

    [Fact]
    public async Task Series_converts_with_factors_and_gives_csv()
    {
        var ppp = await _client.Json("/api/v1/series?entity=RUS&measure=milex&source=sipri&from=2024&to=2024&unit=current%20Int$PPP&scale=billions");
        var row = Assert.Single(ppp.Rows());
        Assert.Equal(475.78, Math.Round(row.GetProperty("value").GetDouble(), 2));
        Assert.Contains("ppp_factor RUS 2024 = 29.063", row.GetProperty("factors").GetString());

        var csv = await _client.GetAsync("/api/v1/series?entity=RUS&measure=milex&source=sipri&from=2024&to=2024&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("entity,entity_name,year,measure,value,unit", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("RUS,Russia,2024,milex,148967.27514048334,", StringComparison.Ordinal));

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/series?entity=RUS&measure=milex&source=sipri&from=2024&to=2024");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        Assert.Equal("text/csv", (await _client.SendAsync(request)).Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Compare_gives_mer_ppp_and_hybrid_and_a_yearly_series()
    {
        var table = await _client.Json("/api/v1/compare?a=RUS&b=EU_UK&year=2024");
        var rows = table.Rows().ToArray();
        Assert.Equal(["current US$MER", "current Int$PPP", "current hybrid"], rows.Select(r => r.GetProperty("comparison").GetString()));
        Assert.Equal(0.3317, Math.Round(rows[0].GetProperty("ratio_a_b").GetDouble(), 4));
        Assert.Equal(0.7265, Math.Round(rows[1].GetProperty("ratio_a_b").GetDouble(), 4));

        var yearly = await _client.Json("/api/v1/compare?a=RUS&b=EU_UK&from=2022&to=2024&basis=mer,ppp");
        Assert.Equal("year", yearly.GetProperty("columns")[0].GetProperty("name").GetString());
        Assert.Equal(6, yearly.Rows().Count());
        Assert.Equal(rows[1].GetProperty("value_a").GetDouble(), yearly.Rows().Single(r => r.GetProperty("year").GetInt32() == 2024 && r.GetProperty("comparison").GetString() == "current Int$PPP").GetProperty("value_a").GetDouble());
    }

    [Fact]
    public async Task Burden_counts_allies_at_two_percent()
    {
        var table = await _client.Json("/api/v1/burden?year=2024&target=2&edition=2024");
        Assert.Equal(23, table.GetProperty("meeting").GetInt32());
        Assert.Equal(31, table.GetProperty("with_value").GetInt32());
        var counts = await _client.Json("/api/v1/burden?target=2&from=2014&to=2024&group=NATO&edition=2024");
        var first = counts.Rows().First();
        Assert.Equal(2014, first.GetProperty("year").GetInt32());
        var csv = await (await _client.GetAsync("/api/v1/burden?target=2&from=2014&to=2024&edition=2024&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("2014,28,3,27,2024,3,27,2025,", csv);
    }

    [Fact]
    public async Task Scenarios_list_and_run_with_bands()
    {
        var list = await _client.Json("/api/v1/scenarios");
        Assert.Contains(list.Rows(), r => r.GetProperty("name").GetString() == "hague-2035");
        Assert.DoesNotContain(list.GetProperty("columns").EnumerateArray(), c => c.GetProperty("name").GetString() == "file");

        var run = await _client.Json("/api/v1/scenarios/hague-2035?paths=200&seed=1");
        Assert.Contains("probabilities", run.EnumerateObject().Select(p => p.Name));
        var changed = await _client.Json("/api/v1/scenarios/hague-2035?target=5&target_year=2030");
        Assert.NotEqual(run.GetRawText(), changed.GetRawText());
    }

    [Fact]
    public async Task A_posted_scenario_runs()
    {
        var yaml = await File.ReadAllTextAsync(Path.Combine(SharedData.RepositoryRoot, "data", "scenarios", "wales-2pct.yaml"));
        var response = await _client.PostAsync("/api/v1/scenarios/run", new StringContent(yaml, System.Text.Encoding.UTF8, "application/yaml"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Contains("\"scenario\"", text);
    }

    [Fact]
    public async Task Capacity_ratio_is_the_clis_json()
    {
        var ratio = await _client.Json("/api/v1/capacity/ratio?item=artillery-rounds&a=RUS&b=NATO%20Europe&year=2024");
        Assert.Equal("artillery_rounds", ratio.GetProperty("item").GetString());
        var r = ratio.GetProperty("ratio");
        Assert.True(r.GetProperty("low").GetDouble() < r.GetProperty("central").GetDouble() && r.GetProperty("central").GetDouble() < r.GetProperty("high").GetDouble());
        Assert.NotEmpty(ratio.GetProperty("sources").EnumerateArray());
    }

    [Fact]
    public async Task Headlines_are_computed_from_the_store_with_their_sources()
    {
        var rows = (await _client.Json("/api/v1/headlines")).Rows().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(2718, Math.Round(rows["world_milex"].GetProperty("value").GetDouble()));
        Assert.Equal("USD billion, current, market rate", rows["world_milex"].GetProperty("unit").GetString());
        Assert.Equal("sipri", rows["world_milex"].GetProperty("source").GetString());
        Assert.Equal("2025", rows["world_milex"].GetProperty("edition").GetString());
        Assert.Equal(148_967, Math.Round(rows["russia_milex_mer"].GetProperty("value").GetDouble()));
        Assert.Equal(475.8, Math.Round(rows["russia_milex_ppp"].GetProperty("value").GetDouble(), 1));
        Assert.Equal(450.5, Math.Round(rows["eu_uk_milex_mer"].GetProperty("value").GetDouble(), 1));
        Assert.Equal(3, rows["nato_allies_at_2pct_2014"].GetProperty("value").GetInt32());
        Assert.Equal(23, rows["nato_allies_at_2pct_2024"].GetProperty("value").GetInt32());
        Assert.Equal("2024", rows["nato_allies_at_2pct_2024"].GetProperty("edition").GetString());
        Assert.All(rows.Values, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("edition").GetString())));
    }

    [Fact]
    public async Task Responses_carry_an_etag_and_answer_304_when_unchanged()
    {
        const string url = "/api/v1/series?entity=RUS&measure=milex&source=sipri&from=2020";
        var first = await _client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString());
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/series?from=2020&source=sipri&measure=milex&entity=RUS");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        var other = new HttpRequestMessage(HttpMethod.Get, url + "&format=csv");
        other.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(other)).StatusCode);
    }
}
