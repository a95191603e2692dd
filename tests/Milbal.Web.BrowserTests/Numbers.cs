using System.Text.Json;

namespace Milbal.Web.BrowserTests;

/// <summary>Comparisons between what the page shows and what the API answered for the same query.</summary>
public static class Numbers
{
    /// <summary>
    /// The shown text is the API's number rounded to the decimals the page shows: "1,764.3" for 1764.2889… Any other
    /// digit (a different edition, a stale answer, a unit slip of ×1000) fails.
    /// </summary>
    public static void AssertShows(string shown, double api, string what)
    {
        var dot = shown.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : shown.Length - dot - 1;
        Assert.True(DashboardHost.Shown(api, decimals) == shown, $"{what}: the page shows '{shown}', the API says {api} (→ '{DashboardHost.Shown(api, decimals)}')");
    }

    public static void AssertShows(string shown, JsonElement api, string what)
    {
        if (api.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            Assert.True(shown is "—" or "", $"{what}: the API has no value, the page shows '{shown}' (missing must never be a number)");
            return;
        }
        AssertShows(shown, api.GetDouble(), what);
    }

    public static JsonElement? Property(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    public static IEnumerable<JsonElement> Rows(this JsonElement table) =>
        table.ValueKind == JsonValueKind.Array ? table.EnumerateArray() : table.GetProperty("rows").EnumerateArray();
}
