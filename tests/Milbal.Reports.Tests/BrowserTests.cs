using Microsoft.Playwright;
using Milbal.Reports.Html;
using Milbal.Reports.Report;
using Xunit.Abstractions;

namespace Milbal.Reports.Tests;

/// <summary>
/// Opens the generated report in Debian's headless Chromium and checks what a reader sees: every chart visible with
/// a size, its title, axis labels and source line in the SVG, no sideways scrolling of the page on a phone.
/// Screenshots at 1280 and 390 px go to artifacts/ beside the test assembly.
/// </summary>
public sealed class BrowserTests(BuiltReport report, ITestOutputHelper output) : IClassFixture<BuiltReport>
{
    public const string Chromium = "/usr/bin/chromium";

    // Offline-safe flags (see the library notes): no sandbox as root, no GPU, no background network.
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    [Fact]
    public async Task Report_renders_in_chromium_at_desktop_and_phone_widths()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not installed at {Chromium}: run scripts/test, which installs chromium, fontconfig and fonts-dejavu-core with apt-get.");

        var dir = Directory.CreateTempSubdirectory("milbal-report-").FullName;
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        try
        {
            var path = Path.Combine(dir, MilbalReport.FileName);
            HtmlReportWriter.Write(report.Document, path);
            var charts = report.Document.Sections.SelectMany(s => s.Blocks).OfType<ChartBlock>().Select(c => c.Chart).ToArray();
            Assert.Equal(4, charts.Length);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
            foreach (var (width, height) in new[] { (1280, 900), (390, 844) })
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
                var response = await page.GotoAsync(new Uri(path).AbsoluteUri);
                Assert.True(response is null || response.Ok, $"opening {path} failed");
                Assert.Equal(report.Document.Title, await page.TitleAsync());

                // Each figure holds a wide and a narrow drawing; CSS shows the one that suits the screen.
                var svgs = page.Locator("figure.chart svg >> visible=true");
                Assert.Equal(charts.Length, await svgs.CountAsync());
                for (var i = 0; i < charts.Length; i++)
                {
                    var svg = svgs.Nth(i);
                    await svg.ScrollIntoViewIfNeededAsync();
                    Assert.True(await svg.IsVisibleAsync(), $"chart {i + 1} is not visible at {width} px");
                    var box = await svg.BoundingBoxAsync();
                    Assert.NotNull(box);
                    Assert.True(box.Width > 0.5 * Math.Min(width, 1080) && box.Height > 100, $"chart {i + 1} is {box.Width}×{box.Height} px at {width} px");
                    Assert.True(box.Width <= width, $"chart {i + 1} ({box.Width} px) is wider than the {width} px viewport");

                    var text = await svg.EvaluateAsync<string>("e => Array.from(e.querySelectorAll('text')).map(t => t.textContent.trim()).join(' ')");
                    // Narrow drawings wrap the title and the source line over several <text> elements: compare word sequences.
                    text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    Assert.Contains(charts[i].Title, text);
                    Assert.Contains(charts[i].XLabel, text);
                    Assert.Contains(charts[i].YLabel, text);
                    Assert.Contains(string.Join(' ', charts[i].Source.Split(' ').Take(4)), text);
                    Assert.DoesNotContain("2,0", text);

                    var chartShot = Path.Combine(artifacts, $"milbal-report-{width}-chart{i + 1}.png");
                    await svg.ScreenshotAsync(new LocatorScreenshotOptions { Path = chartShot });
                    output.WriteLine($"screenshot: {chartShot}");
                }

                // Tables scroll inside their wrapper; the page itself never scrolls sideways.
                var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                Assert.True(pageWidth <= width, $"the page is {pageWidth} px wide in a {width} px viewport");
                var wraps = await page.Locator(".table-wrap").CountAsync();
                Assert.True(wraps >= 3);
                if (width == 390)
                {
                    var scrolls = await page.EvaluateAsync<bool>("() => Array.from(document.querySelectorAll('.table-wrap')).some(w => w.scrollWidth > w.clientWidth && getComputedStyle(w).overflowX === 'auto')");
                    Assert.True(scrolls, "at 390 px the wide tables should scroll inside their wrapper");
                }

                var shot = Path.Combine(artifacts, $"milbal-report-{width}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
                Assert.True(new FileInfo(shot).Length > 10_000);
                output.WriteLine($"screenshot: {shot}");
                Console.WriteLine($"screenshot: {shot}");
                await page.CloseAsync();
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
