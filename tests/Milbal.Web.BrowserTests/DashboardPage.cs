using Microsoft.Playwright;

namespace Milbal.Web.BrowserTests;

/// <summary>One open dashboard page: waits for the page's own "ready" marks, reads numbers, checks the layout rules every page keeps.</summary>
public sealed class DashboardPage : IAsyncDisposable
{
    private readonly List<string> _consoleErrors = [];

    public DashboardPage(IPage page, DashboardHost host, int width)
    {
        Page = page;
        Host = host;
        Width = width;
        page.Console += (_, message) =>
        {
            // The dashboard logs API errors it shows to the reader with console.error; tests that provoke one say so.
            if (message.Type == "error") _consoleErrors.Add(message.Text);
        };
        page.PageError += (_, error) => _consoleErrors.Add("uncaught: " + error);
    }

    public IPage Page { get; }
    public DashboardHost Host { get; }
    public int Width { get; }
    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    /// <summary>Waits until the router has rendered <paramref name="name"/> and no request of the page is pending.</summary>
    public async Task ReadyAsync(string name)
    {
        await Page.WaitForSelectorAsync($"main[data-ready='{name}'][aria-busy='false']", new PageWaitForSelectorOptions { Timeout = 20_000 });
    }

    /// <summary>Waits for a page-specific state mark (data-state, data-runs …) written when a redraw is complete.</summary>
    public Task WaitForAsync(string selector) =>
        Page.WaitForSelectorAsync(selector, new PageWaitForSelectorOptions { Timeout = 20_000, State = WaitForSelectorState.Attached });

    public async Task<string> TextAsync(string selector) => (await Page.Locator(selector).First.InnerTextAsync()).Trim();

    /// <summary>No sideways scrolling of the page itself (tables scroll inside their wrapper), every chart drawn with a size and a source line.</summary>
    public async Task AssertLayoutAsync(int expectedCharts)
    {
        var pageWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= Width, $"the page is {pageWidth} px wide in a {Width} px viewport");
        var charts = Page.Locator("figure.chart");
        Assert.Equal(expectedCharts, await charts.CountAsync());
        for (var i = 0; i < expectedCharts; i++)
        {
            var figure = charts.Nth(i);
            var canvas = figure.Locator("canvas");
            var box = await canvas.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Width > 0.6 * Math.Min(Width, 1100) && box.Height > 150, $"chart {i + 1} is {box.Width}×{box.Height} px at {Width} px");
            Assert.True(box.Width <= Width, $"chart {i + 1} is wider than the viewport");
            var source = (await figure.Locator(".source-line").First.InnerTextAsync()).Trim();
            Assert.StartsWith("Source: ", source);
            Assert.True(source.Length > 15, $"chart {i + 1} has an empty source line: '{source}'");
            var label = await canvas.GetAttributeAsync("aria-label");
            Assert.False(string.IsNullOrWhiteSpace(label), $"chart {i + 1} has no text alternative");
            // Chart.js drew something: the canvas is not blank.
            var painted = await canvas.EvaluateAsync<bool>("c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true; return false; }");
            Assert.True(painted, $"chart {i + 1} is blank");
        }
    }

    public async Task ScreenshotAsync(string name)
    {
        var path = Path.Combine(Host.Artifacts, $"dashboard-{name}-{Width}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 5_000, $"screenshot {path} is nearly empty");
    }

    public void AssertNoConsoleErrors() =>
        Assert.True(_consoleErrors.Count == 0, "console errors: " + string.Join(" | ", _consoleErrors));

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
