using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Milbal.Analysis.Capacity;
using Milbal.Claims;
using Milbal.Claims.Extraction;
using Milbal.Claims.Output;
using Milbal.Queries;
using Milbal.Scenarios;

namespace Milbal.Web;

/// <summary>The JSON shape of every table (the CLI's `--format json`), for the OpenAPI document.</summary>
/// <param name="Rows">One object per row, keyed by column name.</param>
public sealed record TableDocument(string Title, IReadOnlyList<TableColumn> Columns, IReadOnlyList<Dictionary<string, object?>> Rows, IReadOnlyList<string> Sources, IReadOnlyList<string> Notes);

public sealed record TableColumn(string Name, string? Unit);

/// <summary>The /api/v1 endpoints: parse the query as the CLI parses its options, call the shared query, send the CLI's output.</summary>
public static class ApiEndpoints
{
    /// <summary>A posted scenario file: the bundled ones are 1–3 KiB.</summary>
    public const int MaxScenarioBytes = 64 * 1024;

    /// <summary>Monte Carlo paths over HTTP: 20,000 × 33 countries run in about 2 s on two cores, inside the request time limit.</summary>
    public const int MaxScenarioPaths = 20_000;

    public const int MaxCapacityPaths = 200_000;

    /// <summary>A posted article: the checker reads up to 200,000 characters; UTF-8 takes more bytes for some.</summary>
    public const int MaxArticleBytes = 256 * 1024;

    private const string Json = "application/json";
    private const string Csv = "text/csv";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Text("ok")).WithName("Health").WithSummary("Liveness: answers 'ok' without touching the store").ExcludeFromDescription();
        var api = app.MapGroup("/api/v1").WithTags("Milbal");

        Table(api.MapGet("/entities", Entities).WithSummary("Countries, historical countries, publisher aggregates and groups; q= searches ids, names and aliases"));
        Table(api.MapGet("/entities/{id}", Entity).WithSummary("One entity resolved from any name or code the publishers use (ISO3, 'Türkiye', 'Korea, South' …)")).ProducesProblem(404);
        Table(api.MapGet("/groups", Groups).WithSummary("Groups with their members in a year (NATO, NATO_EUROPE, EU27, EU_UK …)"));
        Table(api.MapGet("/groups/{id}", Group).WithSummary("A group's memberships with their years")).ProducesProblem(404);
        Table(api.MapGet("/measures", Measures).WithSummary("The measure ids"));
        Table(api.MapGet("/sources", Sources).WithSummary("Datasets and editions in the store: publisher, release date, licence, rows, years, files"));
        Table(api.MapGet("/series", Series).WithSummary("Values with unit, source, edition, flags and footnotes; converted with their factors when unit= is given (as `milbal series`)"));
        Table(api.MapGet("/compare", Compare).WithSummary("Military balance A vs B on the same price bases: market rates, PPP, hybrid (as `milbal compare`); from/to for a time series"));
        Table(api.MapGet("/burden", Burden).WithSummary("Allies against NATO's targets: per-ally table for year=, counts for from/to (as `milbal burden`; JSON as `--format json`)"));
        Table(api.MapGet("/scenarios", Scenarios).WithSummary("The bundled scenarios"));
        Table(api.MapGet("/scenarios/{name}", Scenario).WithSummary("Runs a bundled scenario: per-year paths, P5/P50/P95, crossing years, probabilities (as `milbal scenario run --format json`)"))
            .RequireRateLimiting(MilbalWeb.ComputePolicy).ProducesProblem(404).ProducesProblem(429);
        Table(api.MapPost("/scenarios/run", RunPosted).WithSummary($"Runs a posted scenario file (YAML, at most {MaxScenarioBytes / 1024} KiB; schema: data/scenarios/README.md)"))
            .Accepts<string>("application/yaml", "text/yaml", "text/plain").RequireRateLimiting(MilbalWeb.ComputePolicy).ProducesProblem(413).ProducesProblem(429);
        Table(api.MapGet("/capacity/ratio", CapacityRatio).WithSummary("A's annual output of an item over B's with its interval (as `milbal capacity ratio --format json`)"))
            .RequireRateLimiting(MilbalWeb.ComputePolicy).ProducesProblem(429);
        api.MapPost("/check", Check)
            .WithSummary($"Checks an article's numeric claims (text/plain body, or JSON {{\"text\", \"date\", \"url\"}}; at most {MaxArticleBytes / 1024} KiB): " +
                         "one schema.org ClaimReview per claim with Milbal's evidence (as `milbal check --format json`), inside {body, date, url, claims}; CSV with format=csv")
            .Accepts<CheckRequest>(Json, "text/plain").Produces<CheckDocument>(StatusCodes.Status200OK, Json, Csv)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status504GatewayTimeout);
        Table(api.MapGet("/headlines", Headlines).WithSummary("The balance at a glance: headline figures computed from the store, each with value, unit, source and edition"));
    }

    private static RouteHandlerBuilder Table(RouteHandlerBuilder route) =>
        route.Produces<TableDocument>(StatusCodes.Status200OK, Json, Csv).Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);

    private const string FormatText = "Response format: json (default; the CLI's --format json) or csv (also with Accept: text/csv)";

    private static IResult Entities(HttpContext http, ApiResponder api,
        [Description("Text to search in ids, names and aliases (e.g. 'korea'); none: every entity")] string? q = null,
        [Description("Only this kind: country, historicalcountry, aggregate or group")] string? kind = null,
        [Description(FormatText)] string? format = null) =>
        api.Static(http, "entities", () => q is { Length: > 0 } ? CatalogueReports.SearchEntities(api.Stores.Registry, Bounded(q, "q"), kind) : CatalogueReports.ListEntities(api.Stores.Registry, kind));

    private static IResult Entity(HttpContext http, ApiResponder api,
        [Description("ISO3 code, any publisher's name or a group id, e.g. RUS, 'Russian Federation', EU_UK")] string id,
        [Description(FormatText)] string? format = null) =>
        api.Static(http, "entity", () =>
        {
            if (!api.Stores.Registry.TryResolve(Bounded(id, "id"), out _))
                throw new NotFoundException(new Core.Entities.UnknownEntityException(id, api.Stores.Registry.Suggest(id)).Message);
            return CatalogueReports.ResolveEntities(api.Stores.Registry, [id]);
        });

    private static IResult Groups(HttpContext http, ApiResponder api,
        [Description("Year for the members (default: this year)")] int? year = null,
        [Description(FormatText)] string? format = null) =>
        api.Static(http, "groups", () => CatalogueReports.Groups(api.Stores.Registry, year ?? DateTime.UtcNow.Year));

    private static IResult Group(HttpContext http, ApiResponder api,
        [Description("Group id, e.g. NATO, NATO_EUROPE, EU27, EU_UK")] string id,
        [Description("Only the memberships in force this year")] int? year = null,
        [Description(FormatText)] string? format = null) =>
        api.Static(http, "group", () =>
        {
            if (!api.Stores.Registry.TryGetGroup(Bounded(id, "id"), out _))
                throw new NotFoundException($"'{id}' is not a group; known: {string.Join(", ", api.Stores.Registry.Groups.Select(g => g.Id).Order(StringComparer.Ordinal))}");
            return CatalogueReports.Group(api.Stores.Registry, id, year);
        });

    private static IResult Measures(HttpContext http, ApiResponder api, [Description(FormatText)] string? format = null) =>
        api.Static(http, "measures", () => CatalogueReports.Measures());

    private static IResult Sources(HttpContext http, ApiResponder api, [Description(FormatText)] string? format = null) =>
        api.Query(http, "sources", (store, _) => CatalogueReports.Sources(store, "Datasets in the store"));

    private static IResult Series(HttpContext http, ApiResponder api,
        [Description("ISO3 codes, names or group ids; repeat or separate with commas (e.g. RUS, 'Korea, South', NATO_EUROPE)")] string[] entity,
        [Description("Measure ids, e.g. milex, milex_gdp_share (default: every measure); /api/v1/measures lists them")] string[]? measure = null,
        [Description("Dataset id: sipri, nato, wdi, weo, figures")] string? source = null,
        [Description("Edition id or unique prefix (default: the newest edition of each series)")] string? edition = null,
        [Description("First year")] int? from = null,
        [Description("Last year")] int? to = null,
        [Description("For a group, its members' values (membership by year) instead of the group's own")] bool members = false,
        [Description("Convert money to a unit, e.g. 'current US$MER', 'constant 2023 Int$PPP', 'current hybrid'")] string? unit = null,
        [Description("Price index for constant prices: gdp (default) or cpi (as SIPRI)")] string deflator = "gdp",
        [Description("Whose exchange rates, PPP factors and deflators come first: wdi (default) or weo")] string factors = "wdi",
        [Description("Fill a missing factor linearly between published years (flagged 'interpolated')")] bool interpolate = false,
        [Description("Scale of converted money: units, thousands, millions (default), billions, trillions")] string scale = "millions",
        [Description("Hybrid basis: equipment share (0–1) where NATO publishes none (default 0.3)")] double equipment_share = Analysis.Conversions.FactorOptions.StatedEquipmentShare,
        [Description(FormatText)] string? format = null)
    {
        var entities = InputChecks.List(entity) ?? throw new ArgumentException("give entity, e.g. /api/v1/series?entity=RUS&measure=milex");
        if (entities.Length > 64) throw new ArgumentException($"{entities.Length} entities: ask for at most 64 at once (a group with members=true counts as one)");
        foreach (var e in entities) Bounded(e, "entity");
        InData(api, ("from", from), ("to", to));
        var request = new SeriesRequest(entities, measure, source, edition, from, to, members,
            new ConversionSettings(unit, deflator, factors, interpolate, scale, equipment_share));
        return api.Query(http, "series", (store, registry) => SeriesReport.Run(store, registry, request));
    }

    private static IResult Compare(HttpContext http, ApiResponder api,
        [Description("Side A: country or group, e.g. RUS")] string a,
        [Description("Side B: country or group, e.g. EU_UK, 'NATO Europe'")] string b,
        [Description("Year of the spending figures (or give from and to)")] int? year = null,
        [Description("First year of a yearly comparison")] int? from = null,
        [Description("Last year of a yearly comparison")] int? to = null,
        [Description("Bases, one symmetric row each: mer, ppp, hybrid (default: all three)")] string[]? basis = null,
        [Description("One extra, labelled row with a different basis per side, e.g. A=ppp,B=mer (the IISS headline)")] string? asymmetric = null,
        [Description("Spending figures: sipri (default) or nato")] string source = "sipri",
        [Description("Edition of the spending source (default: newest)")] string? edition = null,
        [Description("wdi (World Bank first, default) or weo (IMF first)")] string factors = "wdi",
        [Description("gdp (default) or cpi; used with constant")] string deflator = "gdp",
        [Description("Constant prices of this year instead of current prices")] int? constant = null,
        [Description("Equipment share (%) for the hybrid basis where NATO publishes none (default 30)")] double equipment_share = Analysis.Conversions.FactorOptions.StatedEquipmentShare * 100,
        [Description("Use the publisher's own US$ where published instead of converting its local-currency figure")] bool as_published = false,
        [Description(FormatText)] string? format = null)
    {
        Bounded(a, "a");
        Bounded(b, "b");
        InData(api, ("year", year), ("from", from), ("to", to));
        if (from is { } f && to is { } t && t - f > 60) throw new ArgumentException($"from {f} to {t}: ask for at most 60 years at once");
        var options = new CompareOptions(a, b, year, basis, asymmetric, source, edition, factors, deflator, constant, equipment_share, as_published, from, to);
        if (year is { } y && from is null && to is null) CompareReport.Request(options, y);
        return api.Query(http, "compare", (store, registry) => CompareReport.Run(store, registry, options));
    }

    private static IResult Burden(HttpContext http, ApiResponder api,
        [Description("Year of the per-ally table, e.g. 2024")] int? year = null,
        [Description("Target: 2 (Wales 2014, default), 3.5 (Hague core), 5 (Hague total) or equipment20")] string target = "2",
        [Description("Whose figures: nato (default) or sipri")] string source = "nato",
        [Description("Edition of the source (id or unique prefix; default: the newest with the year)")] string? edition = null,
        [Description("First year of the counts of allies meeting the target")] int? from = null,
        [Description("Last year of the counts")] int? to = null,
        [Description("An ally whose NATO and SIPRI figures to show side by side (needs year)")] string? compare = null,
        [Description("The group of allies: NATO (the only one burden sharing is measured for)")] string group = "NATO",
        [Description(FormatText)] string? format = null)
    {
        if (!group.Trim().Equals("NATO", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"group '{group}': burden sharing is measured against NATO's targets for NATO allies; use group=NATO");
        InData(api, ("year", year), ("from", from), ("to", to));
        var request = new BurdenRequest(year, target, source, edition, from, to, compare is null ? null : Bounded(compare, "compare"));
        return api.Query(http, "burden", (store, registry) => BurdenReport.Run(store, registry, request));
    }

    private static IResult Scenarios(HttpContext http, ApiResponder api, [Description(FormatText)] string? format = null) =>
        api.Static(http, "scenarios", () =>
        {
            var table = ScenarioReport.List(ScenarioLibrary.Default(), api.Stores.Registry);
            // The API does not show server paths.
            return table with { Columns = table.Columns.Take(3).ToArray(), Rows = table.Rows.Select(r => r[..3]).ToArray(), Notes = ["run one at /api/v1/scenarios/{name}; post your own YAML to /api/v1/scenarios/run"] };
        });

    private static IResult Scenario(HttpContext http, ApiResponder api,
        [Description("A bundled scenario's name (/api/v1/scenarios lists them), e.g. hague-2035")] string name,
        [Description($"Monte Carlo paths: 0 (deterministic only, default) to 20,000")] int paths = 0,
        [Description("Random seed; the same seed gives the same bands")] int seed = 1,
        [Description("Price basis: mer, ppp or hybrid (default: the file's)")] string? basis = null,
        [Description("Target share of GDP (%): replaces the file's target and the share its ramps reach")] double? target = null,
        [Description("Year by which the ramps reach the target")] int? target_year = null,
        [Description(FormatText)] string? format = null)
    {
        var options = new ScenarioRunOptions(paths, seed, basis, true, target, target_year);
        ScenarioReport.Check(options, MaxScenarioPaths);
        var library = ScenarioLibrary.Default();
        var entry = library.List().FirstOrDefault(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                    ?? throw new NotFoundException($"no bundled scenario '{Bounded(name, "name")}'; bundled: {string.Join(", ", library.List().Select(e => e.Name))}");
        return api.Query(http, "scenario-" + entry.Name, (store, registry) =>
            ScenarioReport.Run(store, registry, ScenarioReader.ReadFile(entry.Path, registry), options, maxPaths: MaxScenarioPaths, cancellation: http.RequestAborted));
    }

    private static async Task<IResult> RunPosted(HttpContext http, ApiResponder api,
        [Description("Monte Carlo paths: 0 (deterministic only, default) to 20,000")] int paths = 0,
        [Description("Random seed")] int seed = 1,
        [Description("Price basis: mer, ppp or hybrid (default: the file's)")] string? basis = null,
        [Description("Target share of GDP (%): replaces the file's target and the share its ramps reach")] double? target = null,
        [Description("Year by which the ramps reach the target")] int? target_year = null,
        [Description(FormatText)] string? format = null)
    {
        var options = new ScenarioRunOptions(paths, seed, basis, true, target, target_year);
        ScenarioReport.Check(options, MaxScenarioPaths);
        var yaml = await ReadBounded(http.Request, MaxScenarioBytes, "a scenario file");
        if (string.IsNullOrWhiteSpace(yaml)) throw new ScenarioException("the request body is empty: post a scenario file (YAML; schema: data/scenarios/README.md)");
        var file = ScenarioReader.Read(yaml, "posted scenario", api.Stores.Registry);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)));
        return api.Send(http, "scenario-" + file.Name, f => api.Stores.Use((store, registry) =>
            ScenarioReport.Run(store, registry, file, options, maxPaths: MaxScenarioPaths, cancellation: http.RequestAborted)).ToText(f), hash);
    }

    private static IResult CapacityRatio(HttpContext http, ApiResponder api,
        [Description("Item, e.g. artillery-rounds")] string item,
        [Description("Producer A, e.g. RUS")] string a,
        [Description("Producer B, e.g. 'NATO Europe' (answered with EU27 rows)")] string b,
        [Description("Year, e.g. 2024")] int year,
        [Description("Monte Carlo paths: 100 to 200,000 (default 20,000)")] int paths = CapacityAnalysis.DefaultPaths,
        [Description("Random seed")] int seed = CapacityAnalysis.DefaultSeed,
        [Description(FormatText)] string? format = null)
    {
        if (paths is < 100 or > MaxCapacityPaths) throw new ArgumentException($"paths {paths}: use 100 to {MaxCapacityPaths:N0}");
        InputChecks.Year(year);
        var request = new CapacityRatioRequest(Bounded(item, "item"), Bounded(a, "a"), Bounded(b, "b"), year, paths, seed);
        return api.Static(http, "capacity-ratio", () => CapacityReport.Ratio(CapacityDataset.Default(), request));
    }

    private static IResult Headlines(HttpContext http, ApiResponder api, [Description(FormatText)] string? format = null) =>
        api.Query(http, "headlines", (store, registry) => HeadlinesReport.Run(store, registry));

    /// <summary>Years the store holds no value for are refused with the range it does hold.</summary>
    private static void InData(ApiResponder api, params (string Name, int? Year)[] years)
    {
        var (first, last) = api.Stores.Years;
        foreach (var (name, year) in years)
            if (year is { } y && (y < first || y > last))
                throw new ArgumentException($"{name} {y} is outside the years the store holds ({first}–{last})");
    }

    /// <summary>Names are short: a longer one is a mistake or an attack, and is refused before it reaches a lookup.</summary>
    private static string Bounded(string text, string name) =>
        text.Length <= 200 ? text : throw new ArgumentException($"{name} is {text.Length} characters long; names and ids have at most 200");

    private static async Task<IResult> Check(HttpContext http, ApiResponder api, ClaimCheckers checkers,
        [Description("Article date, YYYY-MM-DD: resolves 'last year' and 'this year' (default: a date line in the text)")] string? date = null,
        [Description("Article address, reported as each claim's first appearance")] string? url = null,
        [Description(FormatText)] string? format = null)
    {
        var body = await ReadBounded(http.Request, MaxArticleBytes, "an article");
        var request = http.Request.ContentType?.StartsWith(Json, StringComparison.OrdinalIgnoreCase) == true
            ? CheckRequest.FromJson(body)
            : new CheckRequest(body);
        var context = new ArticleContext(CheckRequest.ParseDate(date ?? request.Date), (url ?? request.Url) is { } address ? Bounded(address, "url") : null);
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{context.Date}|{context.Url}|{request.Text}")));
        return api.Send(http, "check", f => api.Stores.Use((store, registry) =>
        {
            var report = checkers.For(store, registry).Check(request.Text, context);
            return f == Reports.OutputFormat.Json ? CheckDocument.Write(report) : ((QueryResult)ClaimTable.Build(report)).ToText(f);
        }), key);
    }

    private static async Task<string> ReadBounded(HttpRequest request, int maxBytes, string what)
    {
        if (request.ContentLength > maxBytes)
            throw new PayloadTooLargeException($"the body is {request.ContentLength:N0} bytes; {what} may have at most {maxBytes:N0} bytes");
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new PayloadTooLargeException($"the body is over {maxBytes:N0} bytes; {what} may have at most {maxBytes:N0} bytes");
            buffer.Write(chunk, 0, read);
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new ScenarioException("the body is not UTF-8 text: post a scenario file (YAML)");
        }
    }
}
