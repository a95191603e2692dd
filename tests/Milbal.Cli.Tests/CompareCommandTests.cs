using System.Text.Json;

namespace Milbal.Cli.Tests;

public class CompareCommandTests(CompareCommandTests.Store store) : IClassFixture<CompareCommandTests.Store>
{
    /// <summary>One store built from the bundle for all tests here (building it is the slow part).</summary>
    public sealed class Store : IDisposable
    {
        public CliRunner Cli { get; } = new();

        public Store() => Assert.Equal(0, Cli.Run("measures").ExitCode);

        public void Dispose() => Cli.Dispose();
    }

    [Fact]
    public void Russia_against_eu_plus_uk_shows_three_bases()
    {
        var result = store.Cli.Run("compare", "RUS", "EU+UK", "--year", "2024", "-f", "csv");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("current US$MER,RUS,", lines[1]);
        Assert.StartsWith("current Int$PPP,RUS,475.77", lines[2]);
        Assert.StartsWith("current hybrid,RUS,", lines[3]);
        Assert.All(lines.Skip(1), l => Assert.Contains(",EU_UK,", l));
        Assert.DoesNotContain("ASYMMETRIC", result.Output);
    }

    [Fact]
    public void Asymmetric_request_is_labelled_with_its_warning()
    {
        var result = store.Cli.Run("compare", "RUS", "NATO Europe", "--year", "2024", "--basis", "mer", "--asymmetric", "A=ppp,B=mer");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ASYMMETRIC: A at current Int$PPP", result.Output);
        Assert.Contains("Note: ASYMMETRIC comparison: the two sides are valued at different price bases", result.Output);
    }

    [Fact]
    public void Json_carries_factors_and_coverage()
    {
        var result = store.Cli.Run("compare", "RUS", "EU_UK", "--year", "2024", "--basis", "ppp", "--factors", "weo", "-f", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Contains("(weo 2025-10)", row.GetProperty("factors_a").GetString());
        Assert.Equal("all 28 members", row.GetProperty("coverage_b").GetString());
    }

    [Theory]
    [InlineData(2, "compare", "Rusia", "EU_UK", "--year", "2024")]
    [InlineData(2, "compare", "RUS", "EU_UK", "--year", "2031")]
    [InlineData(2, "compare", "RUS", "EU_UK", "--year", "2024", "--basis", "gold")]
    [InlineData(2, "compare", "RUS", "EU_UK", "--year", "2024", "--asymmetric", "A=ppp")]
    [InlineData(2, "compare", "RUS", "EU_UK", "--year", "2024", "--factors", "imf")]
    [InlineData(2, "compare", "RUS", "EU_UK", "--year", "2024", "--source", "nato")]
    [InlineData(2, "compare", "RUS", "EU_UK")]
    [InlineData(2, "compare", "RUS", "EU_UK", "--from", "2024", "--to", "2014")]
    public void Errors_exit_non_zero_with_a_message(int exitCode, params string[] args)
    {
        var result = store.Cli.Run(args);
        Assert.Equal(exitCode, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public void From_to_gives_one_comparison_per_year_equal_to_the_single_year_run()
    {
        var range = store.Cli.Run("compare", "RUS", "EU_UK", "--from", "2022", "--to", "2024", "--basis", "ppp", "-f", "json");
        Assert.Equal(0, range.ExitCode);
        using var json = JsonDocument.Parse(range.Output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal([2022, 2023, 2024], rows.Select(r => r.GetProperty("year").GetInt32()));
        using var single = JsonDocument.Parse(store.Cli.Run("compare", "RUS", "EU_UK", "--year", "2024", "--basis", "ppp", "-f", "json").Output);
        var alone = single.RootElement.GetProperty("rows")[0];
        Assert.Equal(alone.GetProperty("value_b").GetDouble(), rows[2].GetProperty("value_b").GetDouble(), 9);
        Assert.Equal(alone.GetProperty("value_a").GetDouble(), rows[2].GetProperty("value_a").GetDouble(), 9);
    }

    [Fact]
    public void Unknown_entity_suggests_a_name_and_missing_year_says_which_years_exist()
    {
        Assert.Contains("did you mean 'Russia (RUS)'", store.Cli.Run("compare", "Rusia", "EU_UK", "--year", "2024").Error);
        Assert.Contains("it has 2000–2024", store.Cli.Run("compare", "RUS", "EU_UK", "--year", "2031").Error);
    }

    [Fact]
    public void Article_prints_statements_as_table_and_json()
    {
        var table = store.Cli.Run("article");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("depends on method", table.Output);
        var json = store.Cli.Run("article", "-f", "json");
        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Output);
        Assert.Equal(8, doc.RootElement.GetArrayLength());
        Assert.Contains(doc.RootElement.EnumerateArray(), s => s.GetProperty("quote").GetString()!.Contains("$457 billion"));
    }
}
