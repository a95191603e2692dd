using System.Text.Json;

namespace Milbal.Web.BrowserTests;

[Collection(DashboardCollection.Name)]
public sealed class ExplorerPageTests(DashboardHost host)
{
    [Fact]
    public async Task A_picked_series_and_a_converted_one_equal_the_series_endpoint_and_the_csv_carries_provenance()
    {
        foreach (var (width, height) in DashboardHost.Viewports)
        {
            await using var page = await host.OpenAsync("#/explorer", width, height);
            await page.ReadyAsync("explorer");
            await page.WaitForAsync("main[data-loads='1']");
            var published = await host.GetJsonAsync("api/v1/series?entity=RUS&measure=milex&source=sipri&from=2000");
            var keys = published.Rows().Select(Key).Distinct().ToArray();
            Assert.True(keys.Length >= 2, "SIPRI publishes Russia's spending in several units");
            Assert.Equal(keys.Length, await page.Page.Locator("#series option").CountAsync());

            // Pick the second series (another unit): the table shows exactly that series' values.
            await page.Page.SelectOptionAsync("#series", keys[1]);
            await page.WaitForAsync($"main[data-state='RUS|milex|{keys[1]}']");
            await AssertTableAsync(page, published.Rows().Where(r => Key(r) == keys[1]).ToArray(), "RUS milex " + keys[1]);
            await page.AssertLayoutAsync(1);
            await page.ScreenshotAsync("explorer");
            if (width < 1000)
            {
                page.AssertNoConsoleErrors();
                continue;
            }

            // Converted to PPP: each value names its factor, and the CSV download is the API's CSV with provenance.
            await page.Page.SelectOptionAsync("#unit", "current Int$PPP");
            await page.Page.ClickAsync("#show");
            await page.WaitForAsync("main[data-loads='2'][aria-busy='false']");
            var converted = await host.GetJsonAsync("api/v1/series?entity=RUS&measure=milex&source=sipri&unit=current%20Int%24PPP&scale=billions&from=2000");
            var rows = converted.Rows().ToArray();
            Assert.All(rows, r => Assert.Contains("ppp_factor", r.GetProperty("factors").GetString()));
            await AssertTableAsync(page, rows, "RUS milex current Int$PPP");
            Assert.Contains("ppp_factor RUS 2024", await page.TextAsync("#explorer-grid tr[data-year='2024'] td[data-col='factors']"));

            var href = await page.Page.GetAttributeAsync("#csv-link", "href");
            Assert.NotNull(href);
            Assert.Contains("format=csv", href);
            using var csv = await host.Api.GetAsync(href);
            Assert.True(csv.IsSuccessStatusCode, $"CSV link {href} → {(int)csv.StatusCode}");
            Assert.StartsWith("text/csv", csv.Content.Headers.ContentType?.MediaType);
            var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (var column in new[] { "source", "edition", "unit", "factors" }) Assert.Contains(column, lines[0].Split(','));
            Assert.Equal(rows.Length, lines.Length - 1);
            await page.ScreenshotAsync("explorer-ppp");
            page.AssertNoConsoleErrors();
        }
    }

    [Fact]
    public async Task An_unknown_entity_shows_the_apis_problem_detail()
    {
        await using var page = await host.OpenAsync("#/explorer?entity=Atlantis&measure=milex&source=sipri", 1280);
        await page.ReadyAsync("explorer");
        await page.WaitForAsync("main[data-loads='1']");
        var (status, problem) = await host.GetProblemAsync("api/v1/series?entity=Atlantis&measure=milex&source=sipri&from=2000");
        Assert.Equal(400, status);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(detail, await page.TextAsync("#explorer-error [role='alert']"));
        await page.ScreenshotAsync("explorer-error");
    }

    private static string Key(JsonElement row) =>
        $"{row.GetProperty("unit").GetString()} · {row.GetProperty("source").GetString()} {row.GetProperty("edition").GetString()}".Trim();

    private static async Task AssertTableAsync(DashboardPage page, JsonElement[] rows, string context)
    {
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Length, await page.Page.Locator("#explorer-grid tbody tr").CountAsync());
        foreach (var row in rows)
        {
            var year = row.GetProperty("year").GetInt32();
            var cell = page.Page.Locator($"#explorer-grid tr[data-year='{year}'] td[data-col='value']");
            Numbers.AssertShows((await cell.InnerTextAsync()).Trim(), row.GetProperty("value"), $"{context} {year}");
            // The cell's title keeps the full-precision number the API sent.
            Assert.Equal(row.GetProperty("value").GetDouble(), double.Parse((await cell.GetAttributeAsync("title"))!, System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
