using System.Net;
using System.Text;

namespace Milbal.Web.Tests;

/// <summary>Bad inputs are 400 (404, 413) problem details that say what to change; never a 500; the store is unchanged.</summary>
[Collection(AppCollection.Name)]
public sealed class BadInputTests(MilbalApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Unknown_entity_suggests_the_right_one()
    {
        Assert.Contains("did you mean 'Russia (RUS)'", await _client.Problem("/api/v1/series?entity=Rusia&measure=milex"));
        Assert.Contains("did you mean", await _client.Problem("/api/v1/compare?a=Rusia&b=EU_UK&year=2024"));
        Assert.Contains("Russia (RUS)", await _client.Problem("/api/v1/entities/Rusia", HttpStatusCode.NotFound));
        Assert.Contains("NATO", await _client.Problem("/api/v1/groups/NOPE", HttpStatusCode.NotFound));
    }

    [Theory]
    [InlineData("/api/v1/series?entity=RUS&from=1800", "outside the years the store holds")]
    [InlineData("/api/v1/series?entity=RUS&to=3000", "outside")]
    [InlineData("/api/v1/series?entity=RUS&from=2024&to=2000", "from 2024 is after to 2000")]
    [InlineData("/api/v1/compare?a=RUS&b=EU_UK&year=1800", "outside the years the store holds")]
    [InlineData("/api/v1/burden?year=3000", "outside")]
    [InlineData("/api/v1/groups?year=3000", "outside")]
    [InlineData("/api/v1/series?entity=RUS&from=abc", "from")]
    [InlineData("/api/v1/series?measure=milex", "entity")]
    [InlineData("/api/v1/series?entity=RUS&measure=milexx", "unknown measure 'milexx'")]
    [InlineData("/api/v1/series?entity=RUS&measure=milex&unit=gold", "gold")]
    [InlineData("/api/v1/series?entity=RUS&measure=milex&unit=current%20US$MER&deflator=ppi", "deflator 'ppi'")]
    [InlineData("/api/v1/series?entity=RUS&format=xml", "format 'xml'")]
    [InlineData("/api/v1/compare?a=RUS&b=EU_UK&year=2024&basis=gold", "gold")]
    [InlineData("/api/v1/compare?a=RUS&b=EU_UK&year=2031", "2031")]
    [InlineData("/api/v1/burden?year=2024&target=7", "7")]
    [InlineData("/api/v1/burden?year=2024&group=EU27", "group=NATO")]
    [InlineData("/api/v1/burden", "year")]
    [InlineData("/api/v1/scenarios/hague-2035?paths=1000000000", "20,000")]
    [InlineData("/api/v1/scenarios/hague-2035?paths=-1", "paths")]
    [InlineData("/api/v1/scenarios/hague-2035?basis=gold", "basis 'gold'")]
    [InlineData("/api/v1/scenarios/hague-2035?target=90", "target 90")]
    [InlineData("/api/v1/capacity/ratio?item=artillery-rounds&a=RUS&b=NATO%20Europe&year=2024&paths=1000000000", "paths")]
    [InlineData("/api/v1/capacity/ratio?item=unobtainium&a=RUS&b=NATO%20Europe&year=2024", "unobtainium")]
    [InlineData("/api/v1/entities?kind=planet", "planet")]
    public async Task Bad_parameters_say_what_to_change(string url, string expected) =>
        Assert.Contains(expected, await _client.Problem(url));

    [Theory]
    [InlineData("RUS'; DROP TABLE observations; --")]
    [InlineData("RUS\" OR 1=1 --")]
    [InlineData("../../etc/passwd")]
    public async Task Hostile_strings_are_unknown_entities_and_change_nothing(string entity)
    {
        Assert.Contains("unknown entity", await _client.Problem("/api/v1/series?entity=" + Uri.EscapeDataString(entity)));
        var asSource = await _client.GetAsync("/api/v1/series?entity=RUS&source=" + Uri.EscapeDataString(entity) + "&edition=" + Uri.EscapeDataString(entity));
        Assert.True((int)asSource.StatusCode is 200 or 400, $"{(int)asSource.StatusCode}: {await asSource.Content.ReadAsStringAsync()}");
        var sources = await _client.Json("/api/v1/sources");
        Assert.Contains(sources.Rows(), r => r.GetProperty("dataset").GetString() == "sipri");
        Assert.Single((await _client.Json("/api/v1/series?entity=RUS&measure=milex&source=sipri&from=2024&to=2024&unit=current%20US$MER")).Rows());
    }

    [Fact]
    public async Task Overlong_names_are_refused()
    {
        Assert.Contains("at most 200", await _client.Problem("/api/v1/series?entity=" + new string('A', 5000)));
    }

    [Fact]
    public async Task Unknown_scenario_and_route_are_404()
    {
        Assert.Contains("hague-2035", await _client.Problem("/api/v1/scenarios/nope", HttpStatusCode.NotFound));
        Assert.Contains("hague-2035", await _client.Problem("/api/v1/scenarios/..%2F..%2Fetc%2Fpasswd", HttpStatusCode.NotFound));
        await _client.Problem("/api/v1/nothing-here", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("name: broken\nhorizon: [2035\n", "not valid YAML")]
    [InlineData("- just\n- a list\n", "mapping")]
    [InlineData("name: x\nhorizon: 2035\nbasis: constant Int$PPP\nrules:\n  - apply_to: NATO\n    ramp: {to_share: 3.5, by_year: 2035}\n  - apply_to: NARNIA\n    ramp: {to_share: 2, by_year: 2030}\n", "NARNIA")]
    [InlineData("", "empty")]
    public async Task Malformed_scenarios_are_400(string yaml, string expected)
    {
        var response = await _client.PostAsync("/api/v1/scenarios/run", new StringContent(yaml, Encoding.UTF8, "application/yaml"));
        Assert.Contains(expected, await response.Problem(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        var yaml = "# " + new string('x', ApiEndpoints.MaxScenarioBytes + 10) + "\nname: big\n";
        var response = await _client.PostAsync("/api/v1/scenarios/run", new StringContent(yaml, Encoding.UTF8, "application/yaml"));
        Assert.Contains("at most 65,536 bytes", await response.Problem(HttpStatusCode.RequestEntityTooLarge));
    }
}
