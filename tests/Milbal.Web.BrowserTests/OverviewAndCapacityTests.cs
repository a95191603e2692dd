using System.Text.Json;

namespace Milbal.Web.BrowserTests;

[Collection(DashboardCollection.Name)]
public sealed class OverviewAndCapacityTests(DashboardHost host)
{
    [Fact]
    public async Task Overview_cards_show_the_headline_values_with_unit_source_and_edition()
    {
        var headlines = (await host.GetJsonAsync("api/v1/headlines")).Rows().ToArray();
        Assert.NotEmpty(headlines);
        foreach (var (width, height) in DashboardHost.Viewports)
        {
            await using var page = await host.OpenAsync("", width, height);
            await page.ReadyAsync("overview");
            Assert.Equal(headlines.Length, await page.Page.Locator("#headlines .card").CountAsync());
            for (var i = 0; i < headlines.Length; i++)
            {
                var card = $"#headlines .card[data-headline='{i}']";
                var row = headlines[i];
                if (row.Property("value") is { ValueKind: JsonValueKind.Number } value)
                    Numbers.AssertShows(await page.TextAsync($"{card} .value"), value, $"headline {i}");
                var text = await page.TextAsync(card);
                if (row.Property("unit") is { ValueKind: JsonValueKind.String } unit && unit.GetString()!.Length > 0) Assert.Contains(unit.GetString()!, text);
                if (row.Property("edition") is { ValueKind: JsonValueKind.String } edition) Assert.Contains(edition.GetString()!, text);
                Assert.Contains("Source: ", text);
                Assert.DoesNotContain("Source: not stated", text);
            }
            // The balance chart under the cards: the PPP row of the year it names equals the compare endpoint.
            var item = page.Page.Locator("#main li[data-basis*='PPP']");
            Assert.Equal(1, await item.CountAsync());
            await page.AssertLayoutAsync(1);
            await page.ScreenshotAsync("overview");
            page.AssertNoConsoleErrors();
        }
    }

    [Fact]
    public async Task Capacity_shows_the_artillery_ratio_intervals_of_2024_and_2025_as_the_api()
    {
        foreach (var (width, height) in DashboardHost.Viewports)
        {
            await using var page = await host.OpenAsync("#/capacity", width, height);
            await page.ReadyAsync("capacity");
            foreach (var year in new[] { 2024, 2025 })
            {
                var api = await host.GetJsonAsync($"api/v1/capacity/ratio?item=artillery-rounds&a=RUS&b=NATO%20Europe&year={year}");
                var card = $"#capacity-cards .card[data-year='{year}']";
                var ratio = api.GetProperty("ratio");
                Numbers.AssertShows(await page.TextAsync($"{card} [data-field='ratio-central']"), ratio.GetProperty("central"), $"{year} ratio P50");
                Numbers.AssertShows(await page.TextAsync($"{card} [data-field='ratio-low']"), ratio.GetProperty("low"), $"{year} ratio P5");
                Numbers.AssertShows(await page.TextAsync($"{card} [data-field='ratio-high']"), ratio.GetProperty("high"), $"{year} ratio P95");
                Numbers.AssertShows(await page.TextAsync($"{card} [data-field='months-central']"), api.GetProperty("months_of_a_for_one_year_of_b").GetProperty("central"), $"{year} months P50");
                var cited = api.GetProperty("sources").EnumerateArray().ToArray();
                Assert.NotEmpty(cited);
                Assert.Equal(cited.Length, await page.Page.Locator($"#capacity-sources-grid tbody tr:has(td[data-col='year']:text-is('{year}'))").CountAsync());
            }
            await page.AssertLayoutAsync(2);
            await page.ScreenshotAsync("capacity");
            page.AssertNoConsoleErrors();
        }
    }
}
