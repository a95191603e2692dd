using System.Text.Json;

namespace Milbal.Web.BrowserTests;

[Collection(DashboardCollection.Name)]
public sealed class ScenarioPageTests(DashboardHost host)
{
    [Fact]
    public async Task Running_a_scenario_with_another_target_redraws_the_fan_with_the_apis_bands()
    {
        await using var page = await host.OpenAsync("#/scenarios", 1280);
        await page.ReadyAsync("scenarios");
        await page.WaitForAsync("main[data-runs='1']");
        var first = await host.GetJsonAsync("api/v1/scenarios/hague-2035?paths=1000&seed=1");
        await AssertBandsAsync(page, first, "EU_UK", "hague-2035 as filed");
        await page.AssertLayoutAsync(1);
        await page.ScreenshotAsync("scenarios");

        // Another target and target year, run from the keyboard (Enter submits the form).
        await page.Page.FillAsync("#target", "3");
        await page.Page.FillAsync("#target-year", "2030");
        await page.Page.FocusAsync("#target-year");
        await page.Page.Keyboard.PressAsync("Enter");
        await page.WaitForAsync("main[data-runs='2'][aria-busy='false']");
        var changed = await host.GetJsonAsync("api/v1/scenarios/hague-2035?paths=1000&seed=1&target=3&target_year=2030");
        Assert.Equal(3, changed.GetProperty("target_share").GetDouble());
        await AssertBandsAsync(page, changed, "EU_UK", "hague-2035 at 3% by 2030");
        var before = Group(first, "EU_UK").EnumerateArray().First(y => y.GetProperty("year").GetInt32() == 2030).GetProperty("p50").GetDouble();
        var after = Group(changed, "EU_UK").EnumerateArray().First(y => y.GetProperty("year").GetInt32() == 2030).GetProperty("p50").GetDouble();
        Assert.NotEqual(before, after);

        // Another entity of the same run: only a redraw.
        await page.Page.SelectOptionAsync("#entity", "RUS");
        await page.WaitForAsync("main[data-state^='hague-2035|RUS|']");
        await AssertBandsAsync(page, changed, "RUS", "hague-2035 at 3% by 2030, Russia");
        await page.ScreenshotAsync("scenarios-3pct-2030");
        page.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_scenario_is_usable_at_phone_width()
    {
        await using var page = await host.OpenAsync("#/scenarios?scenario=status-quo&paths=500", 390, 844);
        await page.ReadyAsync("scenarios");
        await page.WaitForAsync("main[data-runs='1']");
        var api = await host.GetJsonAsync("api/v1/scenarios/status-quo?paths=500&seed=1");
        await AssertBandsAsync(page, api, "EU_UK", "status-quo at 390 px");
        await page.AssertLayoutAsync(1);
        await page.ScreenshotAsync("scenarios");
        page.AssertNoConsoleErrors();
    }

    private static JsonElement Group(JsonElement result, string id) =>
        result.GetProperty("groups").EnumerateArray().Concat(result.GetProperty("countries").EnumerateArray())
            .Single(g => g.GetProperty("id").GetString() == id).GetProperty("years");

    private static async Task AssertBandsAsync(DashboardPage page, JsonElement result, string id, string context)
    {
        var years = Group(result, id).EnumerateArray().ToArray();
        var last = years[^1];
        Numbers.AssertShows(await page.TextAsync("#scenario-summary [data-field='p50']"), last.GetProperty("p50"), $"{context} P50 {last.GetProperty("year")}");
        Numbers.AssertShows(await page.TextAsync("#scenario-summary [data-field='p5']"), last.GetProperty("p5"), $"{context} P5");
        Numbers.AssertShows(await page.TextAsync("#scenario-summary [data-field='p95']"), last.GetProperty("p95"), $"{context} P95");
        foreach (var year in years)
        {
            var row = $"#scenario-grid tr[data-year='{year.GetProperty("year").GetInt32()}']";
            foreach (var band in new[] { "p5", "p50", "p95", "deterministic" })
                Numbers.AssertShows(await page.TextAsync($"{row} td[data-col='{band}']"), year.GetProperty(band), $"{context} {band} {year.GetProperty("year")}");
        }
    }
}
