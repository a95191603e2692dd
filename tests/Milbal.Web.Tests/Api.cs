using System.Net;
using System.Text.Json;

namespace Milbal.Web.Tests;

/// <summary>Small helpers: GET a table as JSON, assert a problem response.</summary>
internal static class Api
{
    public static async Task<JsonElement> Json(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static IEnumerable<JsonElement> Rows(this JsonElement table) => table.GetProperty("rows").EnumerateArray();

    public static async Task<string> Problem(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("title").GetString()));
        return json.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "";
    }

    public static async Task<string> Problem(this HttpClient client, string url, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        await (await client.GetAsync(url)).Problem(status);
}
