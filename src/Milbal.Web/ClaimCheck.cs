using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Milbal.Analysis.Capacity;
using Milbal.Claims;
using Milbal.Claims.Output;
using Milbal.Core.Entities;
using Milbal.Data.Store;

namespace Milbal.Web;

/// <summary>What POST /api/v1/check reads: the article text, and optionally its date and address.</summary>
/// <param name="Text">The article, plain text (a "date:" / "url:" header is read as in `milbal check`).</param>
/// <param name="Date">YYYY-MM-DD; resolves "last year" and "this year".</param>
/// <param name="Url">Where the article appeared.</param>
public sealed record CheckRequest(string Text, string? Date = null, string? Url = null)
{
    public static CheckRequest FromJson(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"the body is not valid JSON ({e.Message}); send {{\"text\": \"…\"}} or the article as text/plain");
        }
        if (node is not JsonObject obj || obj["text"] is not JsonValue textValue || !textValue.TryGetValue<string>(out var text))
            throw new ArgumentException("the JSON body needs a string field \"text\" with the article; optional \"date\" (YYYY-MM-DD) and \"url\"");
        return new CheckRequest(text, Optional(obj, "date"), Optional(obj, "url"));
    }

    private static string? Optional(JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new ArgumentException($"\"{name}\" must be a string"),
    };

    public static DateOnly? ParseDate(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new ArgumentException($"date '{(text.Length > 40 ? text[..40] + "…" : text)}': give the article's date as YYYY-MM-DD");
}

/// <summary>The answer of POST /api/v1/check: the text the offsets refer to, the context used, one ClaimReview per claim.</summary>
/// <param name="Body">The article body after its header lines; each claim's milbal:evidence start/end index into it.</param>
/// <param name="Claims">schema.org ClaimReview objects, as `milbal check --format json` writes them.</param>
public sealed record CheckDocument(string Body, string? Date, string? Url, string? Title, IReadOnlyList<JsonElement> Claims)
{
    public static string Write(CheckReport report)
    {
        var document = new JsonObject
        {
            ["body"] = report.Body,
            ["date"] = report.Context.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["url"] = report.Context.Url,
            ["title"] = report.Context.Title,
            ["claims"] = JsonNode.Parse(ClaimReviewJson.Write(report)),
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}

/// <summary>
/// One claim checker per pooled store connection: a checker caches the factors and sums it has read, and it must only
/// use its connection while the pool has lent that connection to the current request.
/// </summary>
public sealed class ClaimCheckers
{
    private readonly ConditionalWeakTable<MilbalStore, ClaimChecker> _checkers = [];
    private readonly Lazy<CapacityDataset> _capacity = new(CapacityDataset.Default);
    private readonly Lazy<UnitCostDataset> _unitCosts = new(UnitCostDataset.Default);

    public ClaimChecker For(MilbalStore store, EntityRegistry registry) =>
        _checkers.GetValue(store, s => new ClaimChecker(s, _capacity.Value, registry, _unitCosts.Value));
}
