using System.Text.Json;
using Microsoft.Playwright;

namespace Milbal.Web.BrowserTests;

[Collection(DashboardCollection.Name)]
public sealed class AlliesPageTests(DashboardHost host)
{
    [Fact]
    public async Task Shares_and_counts_equal_the_api_for_each_year_edition_and_target()
    {
        foreach (var (width, height) in DashboardHost.Viewports)
        {
            await using var page = await host.OpenAsync("#/allies", width, height);
            await page.ReadyAsync("allies");
            await page.WaitForAsync("main[data-state='nato-2024|2|2024']");
            await AssertMatchesApiAsync(page, "nato", "2024", 2024, "2");
            await page.AssertLayoutAsync(1);
            await page.ScreenshotAsync("allies");
            if (width < 1000)
            {
                page.AssertNoConsoleErrors();
                continue;
            }

            // The year slider by keyboard: three steps back.
            await page.Page.FocusAsync("#year");
            for (var i = 0; i < 3; i++) await page.Page.Keyboard.PressAsync("ArrowLeft");
            await page.WaitForAsync("main[data-state='nato-2024|2|2021']");
            Assert.Equal("2021", await page.TextAsync("#year-out"));
            await AssertMatchesApiAsync(page, "nato", "2024", 2021, "2");

            // The NATO 2025 edition (secondary CSV) differs from the 2024 edition: Poland 2024 3.79 vs 4.12.
            await page.Page.Locator("label:has(input[name='edition'][value='nato-2025'])").ClickAsync();
            await page.WaitForAsync("main[data-state='nato-2025|2|2021']");
            await AssertMatchesApiAsync(page, "nato", "2025", 2021, "2");

            await page.Page.Locator("label:has(input[name='target'][value='3.5'])").ClickAsync();
            await page.WaitForAsync("main[data-state='nato-2025|3.5|2021']");
            await AssertMatchesApiAsync(page, "nato", "2025", 2021, "3.5");

            await page.Page.Locator("label:has(input[name='edition'][value='sipri'])").ClickAsync();
            await page.WaitForAsync("main[data-state='sipri|3.5|2021']");
            await AssertMatchesApiAsync(page, "sipri", "", 2021, "3.5");

            // Sorting: the share column's header is a button; ascending puts the smallest share first, missing values last.
            await page.Page.Locator("#allies-grid th[data-key='share'] button").ClickAsync();
            Assert.Equal("ascending", await page.Page.GetAttributeAsync("#allies-grid th[data-key='share']", "aria-sort"));
            var shares = await page.Page.EvalOnSelectorAllAsync<string[]>("#allies-grid tbody td[data-col='share']", "cells => cells.map(c => c.textContent)");
            var numbers = shares.Where(s => s != "—").Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(numbers.OrderBy(n => n), numbers);
            Assert.DoesNotContain("—", shares.Take(numbers.Length));
            await page.ScreenshotAsync("allies-sipri-3.5-2021");
            page.AssertNoConsoleErrors();
        }
    }

    private async Task AssertMatchesApiAsync(DashboardPage page, string source, string edition, int year, string target)
    {
        var api = await host.GetJsonAsync($"api/v1/burden?year={year}&target={target}&source={source}" + (edition.Length > 0 ? $"&edition={edition}" : ""));
        var context = $"{source} {edition} {year} target {target}";
        Assert.Equal(api.GetProperty("meeting").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), await page.TextAsync("#allies-summary [data-field='meeting']"));
        Assert.Equal(api.GetProperty("with_value").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), await page.TextAsync("#allies-summary [data-field='with_value']"));

        var shown = await page.Page.EvalOnSelectorAllAsync<Dictionary<string, string>>("#allies-grid tbody tr[data-ally]",
            "rows => Object.fromEntries(rows.map(r => [r.dataset.ally, r.querySelector(\"td[data-col='share']\").textContent]))");
        var allies = api.GetProperty("allies").EnumerateArray().ToArray();
        Assert.NotEmpty(allies);
        foreach (var ally in allies)
        {
            var id = ally.GetProperty("ally").GetString()!;
            Assert.True(shown.TryGetValue(id, out var text), $"{context}: {id} is not in the table");
            Numbers.AssertShows(text!, ally.GetProperty("value"), $"{context} {id}");
        }
        // Allies without a value are listed as gaps, never as 0.
        foreach (var missing in api.GetProperty("missing").EnumerateArray())
        {
            var id = missing.GetProperty("ally").GetString()!;
            Assert.True(shown.TryGetValue(id, out var text), $"{context}: the missing ally {id} is not listed");
            Assert.Equal("—", text);
        }
        Assert.Equal(allies.Length + api.GetProperty("missing").GetArrayLength(), shown.Count);
    }
}
