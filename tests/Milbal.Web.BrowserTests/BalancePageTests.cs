using System.Text.Json;

namespace Milbal.Web.BrowserTests;

[Collection(DashboardCollection.Name)]
public sealed class BalancePageTests(DashboardHost host)
{
    private static readonly Dictionary<string, string> BasisPattern = new() { ["mer"] = "MER", ["ppp"] = "PPP", ["hybrid"] = "hybrid" };

    [Fact]
    public async Task Market_rate_ppp_and_hybrid_equal_the_compare_endpoint_year_by_year()
    {
        foreach (var (width, height) in DashboardHost.Viewports)
        {
            await using var page = await host.OpenAsync("#/balance", width, height);
            await page.ReadyAsync("balance");
            await page.WaitForAsync("main[data-state='ppp|EU_UK']");
            await AssertYearAsync(page, "ppp", 2024, summary: true);
            await page.AssertLayoutAsync(2);
            await page.ScreenshotAsync("balance-ppp");
            if (width < 1000)
            {
                page.AssertNoConsoleErrors();
                continue;
            }

            await AssertYearAsync(page, "ppp", 2010, summary: false);
            // The basis toggle by keyboard: radios move with the arrow keys (PPP → market rate).
            await page.Page.FocusAsync("input[name='basis'][value='ppp']");
            await page.Page.Keyboard.PressAsync("ArrowLeft");
            await page.WaitForAsync("main[data-state='mer|EU_UK']");
            await AssertYearAsync(page, "mer", 2024, summary: true);
            await AssertYearAsync(page, "mer", 2015, summary: false);

            await page.Page.Locator("label:has(input[name='basis'][value='hybrid'])").ClickAsync();
            await page.WaitForAsync("main[data-state='hybrid|EU_UK']");
            await AssertYearAsync(page, "hybrid", 2024, summary: true);

            await page.ScreenshotAsync("balance-hybrid");
            page.AssertNoConsoleErrors();
        }
    }

    /// <summary>The page's row for a year against the single-year compare answer (the page itself asks for the range).</summary>
    // Other groups (NATO_EUROPE …) are left out on purpose: the API takes ~0.5 s per year for a group range, and
    // the same page code draws them.
    private async Task AssertYearAsync(DashboardPage page, string basis, int year, bool summary, string group = "EU_UK")
    {
        var api = await host.GetJsonAsync($"api/v1/compare?a=RUS&b={group}&year={year}");
        var row = api.Rows().Single(r => r.GetProperty("comparison").GetString()!.Contains(BasisPattern[basis], StringComparison.Ordinal)
                                         && !r.GetProperty("comparison").GetString()!.Contains("asymmetric", StringComparison.OrdinalIgnoreCase));
        var context = $"RUS vs {group} {basis} {year}";
        var cells = $"#balance-grid tr[data-year='{year}']";
        Numbers.AssertShows(await page.TextAsync($"{cells} td[data-col='value_a']"), row.GetProperty("value_a"), context + " Russia");
        Numbers.AssertShows(await page.TextAsync($"{cells} td[data-col='value_b']"), row.GetProperty("value_b"), context + " Europe");
        Numbers.AssertShows(await page.TextAsync($"{cells} td[data-col='ratio']"), row.GetProperty("ratio_a_b"), context + " ratio");
        Assert.Equal(row.GetProperty("coverage_b").GetString(), await page.TextAsync($"{cells} td[data-col='coverage']"));
        if (!summary) return;
        Numbers.AssertShows(await page.TextAsync("#balance-summary [data-field='value_a']"), row.GetProperty("value_a"), context + " headline Russia");
        Numbers.AssertShows(await page.TextAsync("#balance-summary [data-field='value_b']"), row.GetProperty("value_b"), context + " headline Europe");
        Assert.Contains(row.GetProperty("unit").GetString()!, await page.TextAsync("#balance-summary"));
    }
}
