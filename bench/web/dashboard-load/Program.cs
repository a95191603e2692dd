using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Milbal.Data.Snapshot;
using Milbal.Data.Store;
using Milbal.Web;

// Dashboard first load: the app on a loopback port over a store file, Debian Chromium headless, and the browser's
// own Navigation Timing (navigation start → load event end) plus the time until the page has drawn its data
// (the router's ready mark). Three situations:
//   first  — the server just started (its JIT cold) and the browser cache is empty: what the first visitor sees;
//   cold   — a new browser context (empty cache) against a warm server;
//   warm   — a reload in the same context (cached files revalidated with their ETag / Last-Modified).
// Target (issue 5): first load under 1 s locally.
var runs = 7;
var route = "";
string? db = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--route": route = args[++i]; break;
        case "--db": db = args[++i]; break;
        default: Console.Error.WriteLine("usage: dashboard-load [--runs N] [--route '#/allies'] [--db STORE]"); return 1;
    }
}

const string chromium = "/usr/bin/chromium";
if (!File.Exists(chromium))
{
    Console.Error.WriteLine($"Chromium is not installed at {chromium}: apt-get install chromium (scripts/test does it).");
    return 1;
}

var temporary = db is null ? Path.Combine(Path.GetTempPath(), $"milbal-dashboard-bench-{Environment.ProcessId}.duckdb") : null;
var storePath = db ?? temporary!;
if (temporary is not null)
{
    var bundle = FindBundle() ?? throw new InvalidOperationException("data/bundle not found above " + AppContext.BaseDirectory + "; pass --db STORE");
    using var created = MilbalStore.Open(temporary);
    BundleLoader.Load(created, bundle);
}

try
{
    var started = Stopwatch.StartNew();
    await using var app = MilbalWeb.Build(new MilbalWebOptions(storePath, ["http://127.0.0.1:0"]));
    await app.StartAsync();
    var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    Console.WriteLine($"server up in {started.ElapsedMilliseconds} ms at {address}; page {(route.Length == 0 ? "overview" : route)}; {runs} runs per situation");

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = chromium,
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    var url = address.TrimEnd('/') + "/" + route;

    var first = await MeasureAsync(browser, url, reloads: 0);
    var cold = new List<Timing>();
    var warm = new List<Timing>();
    for (var i = 0; i < runs; i++)
    {
        var (c, w) = await MeasureColdAndWarmAsync(browser, url);
        cold.Add(c);
        warm.Add(w);
    }

    Console.WriteLine();
    Console.WriteLine("situation                  load event (ms)        data drawn (ms)        requests  transferred");
    Print("first (server just up)", [first]);
    Print("cold (empty cache)", cold);
    Print("warm (reload, cached)", warm);
    var worst = Math.Max(first.LoadMs, cold.Select(t => t.LoadMs).Max());
    Console.WriteLine();
    Console.WriteLine($"dashboard first load: {Median(cold.Select(t => t.LoadMs)):0} ms cold, {Median(warm.Select(t => t.LoadMs)):0} ms warm (load event, median of {runs}); " +
                      $"first visitor after start {first.LoadMs:0} ms; target < 1000 ms: {(worst < 1000 ? "met" : "NOT met")}");
    await app.StopAsync();
    return 0;
}
finally
{
    if (temporary is not null)
    {
        File.Delete(temporary);
        File.Delete(temporary + ".wal");
    }
}

static async Task<(Timing Cold, Timing Warm)> MeasureColdAndWarmAsync(IBrowser browser, string url)
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
    var page = await context.NewPageAsync();
    var cold = await NavigateAsync(page, url, reload: false);
    var warm = await NavigateAsync(page, url, reload: true);
    return (cold, warm);
}

static async Task<Timing> MeasureAsync(IBrowser browser, string url, int reloads)
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
    var page = await context.NewPageAsync();
    var timing = await NavigateAsync(page, url, reload: false);
    for (var i = 0; i < reloads; i++) timing = await NavigateAsync(page, url, reload: true);
    return timing;
}

static async Task<Timing> NavigateAsync(IPage page, string url, bool reload)
{
    if (reload) await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.Load });
    else await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
    // The router marks <main> when the page has rendered its data (every API answer drawn).
    await page.WaitForSelectorAsync("main[data-ready][aria-busy='false']", new PageWaitForSelectorOptions { Timeout = 30_000 });
    var values = await page.EvaluateAsync<double[]>(@"() => {
        const n = performance.getEntriesByType('navigation')[0];
        const resources = performance.getEntriesByType('resource');
        const bytes = resources.reduce((s, r) => s + (r.transferSize || 0), n.transferSize || 0);
        return [n.loadEventEnd - n.startTime, performance.now() - n.startTime, resources.length + 1, bytes];
    }");
    return new Timing(values[0], values[1], (int)values[2], (long)values[3]);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.OrderBy(v => v).ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

static void Print(string label, List<Timing> timings)
{
    string Stat(IEnumerable<double> v)
    {
        var a = v.ToArray();
        return a.Length == 1 ? $"{a[0],6:0}" : $"{Median(a),6:0} (min {a.Min():0}, max {a.Max():0})";
    }
    Console.WriteLine($"{label,-26} {Stat(timings.Select(t => t.LoadMs)),-22} {Stat(timings.Select(t => t.DrawnMs)),-22} {timings[0].Requests,8}  {timings[0].Bytes / 1024.0,8:0} KiB");
}

static string? FindBundle()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "data", "bundle");
        if (File.Exists(Path.Combine(candidate, BundleManifest.FileName))) return candidate;
    }
    return null;
}

internal sealed record Timing(double LoadMs, double DrawnMs, int Requests, long Bytes);
