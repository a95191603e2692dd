using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Milbal.Core.Entities;
using Milbal.Data.Store;
using Milbal.Queries;
using Milbal.Reports;

namespace Milbal.Web;

/// <summary>
/// Runs a query and sends it as the CLI would print it (`--format json` or `csv`), from the response cache when the
/// same normalised query was answered before, with an ETag (304 on If-None-Match) and Cache-Control.
/// </summary>
public sealed class ApiResponder(StoreAccess stores, ResponseCache cache)
{
    /// <summary>Browsers and proxies may keep a response this long; the ETag makes revalidation cheap after that.</summary>
    public const string CacheControl = "public, max-age=300";

    public StoreAccess Stores { get; } = stores;
    public ResponseCache Cache { get; } = cache;

    public IResult Query(HttpContext http, string name, Func<MilbalStore, EntityRegistry, QueryResult> query) =>
        Send(http, name, format => Stores.Use((store, registry) => query(store, registry)).ToText(format));

    public IResult Static(HttpContext http, string name, Func<QueryResult> query) => Send(http, name, format => query().ToText(format));

    /// <summary>A query whose input is not in the URL (a posted body): keyed by a hash of the body as well.</summary>
    public IResult Send(HttpContext http, string name, Func<OutputFormat, string> render, string? extraKey = null)
    {
        var format = Negotiate(http.Request);
        var key = Key(http.Request, format) + (extraKey is null ? "" : "#" + extraKey);
        if (!Cache.TryGet(key, out var body))
        {
            var text = render(format);
            body = CachedBody.Of(Encoding.UTF8.GetBytes(text), format == OutputFormat.Csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
            Cache.Add(key, body);
        }
        return new CachedResult(body, format == OutputFormat.Csv ? $"attachment; filename=\"{name}.csv\"" : null);
    }

    /// <summary>`format=json|csv` wins; else an Accept header that asks for CSV; else JSON.</summary>
    public static OutputFormat Negotiate(HttpRequest request)
    {
        if (request.Query.TryGetValue("format", out var values) && values.Count > 0 && !string.IsNullOrWhiteSpace(values[^1]))
            return values[^1]!.Trim().ToLowerInvariant() switch
            {
                "json" => OutputFormat.Json,
                "csv" => OutputFormat.Csv,
                var other => throw new FormatException($"format '{other}': use json or csv (or send Accept: text/csv)"),
            };
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) && !accept.Contains("application/json", StringComparison.OrdinalIgnoreCase)
            ? OutputFormat.Csv : OutputFormat.Json;
    }

    /// <summary>Path and query with parameter names lower-cased and sorted, values trimmed: the same question, one key.</summary>
    public static string Key(HttpRequest request, OutputFormat format)
    {
        var builder = new StringBuilder(request.Path.Value?.TrimEnd('/').ToLowerInvariant()).Append('|').Append(format);
        foreach (var (name, values) in request.Query
                     .Where(q => !q.Key.Equals("format", StringComparison.OrdinalIgnoreCase))
                     .Select(q => (Name: q.Key.ToLowerInvariant(), q.Value))
                     .OrderBy(q => q.Name, StringComparer.Ordinal))
            foreach (var value in values)
                builder.Append('|').Append(name).Append('=').Append(value?.Trim());
        return builder.ToString();
    }

    private sealed class CachedResult(CachedBody body, string? disposition) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            var response = http.Response;
            response.Headers.ETag = body.ETag;
            response.Headers.CacheControl = CacheControl;
            response.Headers.Vary = "Accept";
            if (Matches(http.Request.Headers.IfNoneMatch, body.ETag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
            response.ContentType = body.ContentType;
            if (disposition is not null) response.Headers.ContentDisposition = disposition;
            response.ContentLength = body.Body.Length;
            return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body.Body).AsTask();
        }

        private static bool Matches(StringValues ifNoneMatch, string etag) =>
            ifNoneMatch.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries))
                .Any(tag => tag == "*" || tag == etag || tag == "W/" + etag);
    }
}
