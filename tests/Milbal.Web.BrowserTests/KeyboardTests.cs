namespace Milbal.Web.BrowserTests;

[Collection(DashboardCollection.Name)]
public sealed class KeyboardTests(DashboardHost host)
{
    private const string ActiveDescription =
        "() => { const e = document.activeElement; if (!e || e === document.body) return 'body'; " +
        "return (e.id ? '#' + e.id : '') + '|' + e.tagName.toLowerCase() + '|' + (e.getAttribute('name') || '') + '|' + (e.textContent || '').trim().slice(0, 40); }";

    [Fact]
    public async Task Tab_reaches_the_skip_link_every_page_link_and_the_allies_controls_without_a_trap()
    {
        await using var page = await host.OpenAsync("#/allies", 1280);
        await page.ReadyAsync("allies");
        await page.WaitForAsync("main[data-state]");
        var visited = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            var active = await page.Page.EvaluateAsync<string>(ActiveDescription);
            visited.Add(active);
            if (i == 0) Assert.Contains("Skip to content", active);
            if (active.StartsWith("#year|", StringComparison.Ordinal))
            {
                var outline = await page.Page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
                Assert.NotEqual("none", outline);
            }
        }
        foreach (var link in new[] { "Overview", "Allies vs targets", "Russia vs Europe", "Scenarios", "Data explorer", "Capacity", "Check an article" })
            Assert.Contains(visited, v => v.StartsWith("|a|", StringComparison.Ordinal) && v.EndsWith(link, StringComparison.Ordinal));
        Assert.Contains(visited, v => v.Contains("|input|edition|", StringComparison.Ordinal));
        Assert.Contains(visited, v => v.Contains("|input|target|", StringComparison.Ordinal));
        Assert.Contains(visited, v => v.StartsWith("#year|", StringComparison.Ordinal));
        Assert.Contains(visited, v => v.Contains("|button|", StringComparison.Ordinal) && v.Contains("Share of GDP", StringComparison.Ordinal));
        // No trap: focus keeps moving (never the same element ten times running).
        for (var i = 10; i < visited.Count; i++) Assert.False(visited.Skip(i - 10).Take(10).Distinct().Count() == 1, "focus is stuck on " + visited[i]);
    }

    [Fact]
    public async Task At_phone_width_the_menu_opens_from_the_keyboard_and_its_links_navigate()
    {
        await using var page = await host.OpenAsync("", 390, 844);
        await page.ReadyAsync("overview");
        Assert.False(await page.Page.Locator("nav a[data-page='capacity']").IsVisibleAsync());
        await page.Page.FocusAsync(".nav-toggle");
        await page.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await page.Page.GetAttributeAsync(".nav-toggle", "aria-expanded"));
        Assert.True(await page.Page.Locator("nav a[data-page='capacity']").IsVisibleAsync());
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(host.Artifacts, "dashboard-menu-390.png") });
        for (var i = 0; i < 6; i++) await page.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Capacity", await page.Page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.Page.Keyboard.PressAsync("Enter");
        await page.ReadyAsync("capacity");
        Assert.Equal("page", await page.Page.GetAttributeAsync("nav a[data-page='capacity']", "aria-current"));
    }

    [Fact]
    public async Task The_check_page_marks_each_claim_with_the_APIs_verdict()
    {
        const string text = "Russia's defence spending grew by 42% in 2024 to an estimated $145.9 billion, the IISS said. "
                            + "Trump has called on allies to raise spending from 2% of GDP to 5%.";
        await using var page = await host.OpenAsync("#/check", 1280);
        await page.ReadyAsync("check");
        await page.Page.FillAsync("#article", text);
        await page.Page.FillAsync("#article-date", "2025-02-13");
        await page.Page.ClickAsync("#check");
        await page.Page.WaitForSelectorAsync("#claims li, #check-error [role='alert']", new() { Timeout = 30_000 });
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(host.Artifacts, "dashboard-check-1280.png"), FullPage = true });

        using var response = await host.Api.PostAsync("api/v1/check", new StringContent(
            System.Text.Json.JsonSerializer.Serialize(new { text, date = "2025-02-13" }), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var verdicts = json.RootElement.GetProperty("claims").EnumerateArray()
            .Select(c => c.GetProperty("reviewRating").GetProperty("alternateName").GetString()).ToArray();
        Assert.NotEmpty(verdicts);
        var shown = await page.Page.Locator("#claims > ol > li").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.verdict)");
        Assert.Equal(verdicts, shown);
        Assert.Equal(verdicts.Length, await page.Page.Locator("#annotated mark.claim").CountAsync());
    }
}
