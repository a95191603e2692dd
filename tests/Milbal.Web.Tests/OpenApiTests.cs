using System.Text.Json;

namespace Milbal.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class OpenApiTests(MilbalApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task The_document_lists_every_endpoint_with_described_parameters_and_400s()
    {
        var document = await _client.Json("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        string[] expected =
        [
            "/api/v1/entities", "/api/v1/entities/{id}", "/api/v1/groups", "/api/v1/groups/{id}", "/api/v1/measures", "/api/v1/sources",
            "/api/v1/series", "/api/v1/compare", "/api/v1/burden", "/api/v1/scenarios", "/api/v1/scenarios/{name}", "/api/v1/scenarios/run",
            "/api/v1/capacity/ratio", "/api/v1/headlines", "/api/v1/check",
        ];
        Assert.Equal(expected.Order(), paths.EnumerateObject().Select(p => p.Name).Order());
        foreach (var path in paths.EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
            {
                var responses = operation.Value.GetProperty("responses");
                Assert.True(responses.TryGetProperty("400", out var bad), $"{path.Name}: no 400 response");
                Assert.True(bad.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{path.Name}: 400 is not problem+json");
                if (operation.Value.TryGetProperty("parameters", out var parameters))
                    foreach (var p in parameters.EnumerateArray())
                        Assert.False(string.IsNullOrWhiteSpace(p.TryGetProperty("description", out var d) ? d.GetString() : null),
                            $"{path.Name}: parameter {p.GetProperty("name").GetString()} has no description");
            }
        var series = paths.GetProperty("/api/v1/series").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToArray();
        Assert.Contains("entity", series);
        Assert.Contains("equipment_share", series);
        Assert.DoesNotContain(paths.EnumerateObject(), p => p.Name.Contains("sql", StringComparison.OrdinalIgnoreCase));
    }
}
