using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.OpenApi;

namespace Milbal.Web;

/// <summary>How to serve: the store file (read-only while serving) and the addresses to listen on.</summary>
/// <param name="StorePath">An existing store file; null = the store is registered by the caller (tests) as a <see cref="StoreAccess"/> service.</param>
/// <param name="Urls">Kestrel addresses, e.g. http://127.0.0.1:5080; null = ASP.NET Core's configuration (ASPNETCORE_URLS …).</param>
/// <param name="StoreConnections">Read-only connections for concurrent queries (0 = two per core).</param>
public sealed record MilbalWebOptions(string? StorePath = null, IReadOnlyList<string>? Urls = null, int StoreConnections = 0);

/// <summary>The Milbal web app: the HTTP API under /api/v1, /healthz, the OpenAPI document and the dashboard's static files.</summary>
public static class MilbalWeb
{
    public const string DefaultUrl = "http://127.0.0.1:5080";
    public const string ComputePolicy = "compute";
    public static readonly TimeSpan RequestTimeLimit = TimeSpan.FromSeconds(10);

    public static WebApplication Build(MilbalWebOptions options, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(args ?? []);
        if (options.Urls is { Count: > 0 } urls) builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 2L * Math.Max(ApiEndpoints.MaxScenarioBytes, ApiEndpoints.MaxArticleBytes);
        });
        // Per-request logs at Information would cost more than a cached answer: keep the framework to warnings.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        var services = builder.Services;
        if (options.StorePath is { } path)
        {
            var connections = options.StoreConnections > 0 ? options.StoreConnections : Environment.ProcessorCount * 2;
            services.AddSingleton(_ => StoreAccess.ForFile(path, connections));
        }
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<ApiResponder>();
        services.AddSingleton<ClaimCheckers>();
        services.AddProblemDetails();
        services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy { Timeout = RequestTimeLimit, TimeoutStatusCode = StatusCodes.Status504GatewayTimeout });
        services.AddRateLimiter(o =>
        {
            // Monte Carlo runs take seconds of all cores: a few at a time, a short queue, then 429.
            o.AddConcurrencyLimiter(ComputePolicy, c => { c.PermitLimit = 2; c.QueueLimit = 8; c.QueueProcessingOrder = QueueProcessingOrder.OldestFirst; });
            o.OnRejected = async (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "5";
                await ApiProblems.Problem(StatusCodes.Status429TooManyRequests, "Too many simulations",
                    "the server is running other simulations; retry in a few seconds, or ask for fewer paths").ExecuteAsync(context.HttpContext);
            };
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Milbal API",
                Version = "v1",
                Description = "Defence burden-sharing and military-balance data with provenance: the tables of the milbal CLI as JSON (its --format json shape) " +
                              "or CSV (format=csv or Accept: text/csv). Parameters use the CLI's option names. Errors are RFC 9457 problem details saying what to change. " +
                              "The store is read-only while serving; responses carry an ETag.",
            };
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Milbal.Web");
        app.Use((context, next) => ApiProblems.Handle(context, next, logger));
        app.UseStatusCodePages();
        var wwwroot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(wwwroot))
        {
            var files = new PhysicalFileProvider(wwwroot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                // Vendored libraries change only with their npm version: cache them a day. The app's own files are
                // revalidated (ETag, 304) so a new build shows at once.
                OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                    context.Context.Request.Path.StartsWithSegments("/vendor") ? "public, max-age=86400" : "no-cache",
            });
        }
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseRateLimiter();
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        return app;
    }
}
