using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Milbal.Web.BrowserTests;

/// <summary>
/// The app on a real loopback socket (Kestrel, port 0) over the in-memory bundled store, and one headless Debian
/// Chromium for every test class in the collection: starting the browser and the server once keeps the suite short.
/// </summary>
public sealed class DashboardHost : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    // Offline-safe flags (STACK.md): no sandbox as root, no GPU, no background network.
    public static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static readonly (int Width, int Height)[] Viewports = [(1280, 900), (390, 844)];

    private readonly BundledStore _bundle = new();
    private WebApplicationFactory<WebEntryPoint>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Api { get; private set; } = null!;
    public string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not installed at {Chromium}: run scripts/test, which installs chromium, fontconfig and fonts-dejavu-core with apt-get.");
        Directory.CreateDirectory(Artifacts);

        var store = _bundle.Store;
        _factory = new WebApplicationFactory<WebEntryPoint>().WithWebHostBuilder(b =>
            b.ConfigureServices(s => s.AddSingleton(_ => StoreAccess.Shared(store))));
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        Api = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Api.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        Api?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        _bundle.Dispose();
    }

    /// <summary>A fresh page at a viewport, with console errors and failed API requests collected for the assertions.</summary>
    public async Task<DashboardPage> OpenAsync(string route, int width, int height = 900)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = BaseAddress.ToString() });
        var session = new DashboardPage(page, this, width);
        var response = await page.GotoAsync(route);
        Assert.True(response is null || response.Ok, $"GET {route} answered {response?.Status}");
        return session;
    }

    /// <summary>The API's JSON for a query, parsed: the numbers the page must show.</summary>
    public async Task<JsonElement> GetJsonAsync(string relative)
    {
        using var response = await Api.GetAsync(relative);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {relative} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<(int Status, JsonElement Body)> GetProblemAsync(string relative)
    {
        using var response = await Api.GetAsync(relative);
        var body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    /// <summary>
    /// The page's rounding of an API number: fixed decimals and "," grouping (the page's Intl en-GB format). Both
    /// round the exact binary value, so they agree digit for digit.
    /// </summary>
    public static string Shown(double value, int decimals) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardHost>
{
    public const string Name = "dashboard";
}
