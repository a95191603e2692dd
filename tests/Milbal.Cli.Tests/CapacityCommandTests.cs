using System.Text.Json;

namespace Milbal.Cli.Tests;

public class CapacityCommandTests
{
    [Fact]
    public void Ratio_json_has_the_issue_shape()
    {
        using var cli = new CliRunner();
        var result = cli.Run("capacity", "ratio", "--item", "artillery-rounds", "--a", "RUS", "--b", "NATO Europe", "--year", "2024", "--paths", "2000", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        foreach (var name in new[] { "ratio", "months_of_a_for_one_year_of_b" })
            foreach (var part in new[] { "low", "central", "high" })
                Assert.True(root.GetProperty(name).GetProperty(part).GetDouble() > 0);
        Assert.Equal(4, root.GetProperty("p_ratio_at_least").GetProperty("threshold").GetDouble());
        Assert.InRange(root.GetProperty("p_ratio_at_least").GetProperty("value").GetDouble(), 0.28, 0.38);
        Assert.Equal(7, root.GetProperty("sources").GetArrayLength());
        Assert.Equal("method-dependent", root.GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData("--item", "bananas")]
    [InlineData("--a", "XXX")]
    [InlineData("--year", "1990")]
    public void Bad_item_producer_or_year_exits_with_bad_input(string option, string value)
    {
        var args = new Dictionary<string, string> { ["--item"] = "artillery-rounds", ["--a"] = "RUS", ["--b"] = "NATO Europe", ["--year"] = "2024" };
        args[option] = value;
        using var cli = new CliRunner();
        var result = cli.Run(["capacity", "ratio", .. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("error:", result.Error);
    }

    [Fact]
    public void List_and_time_to_target_run()
    {
        using var cli = new CliRunner();
        var list = cli.Run("capacity", "list", "--item", "artillery-rounds", "--producer", "RUS", "-f", "csv");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("efis-rus-2024-artillery-output", list.Output);
        var ttt = cli.Run("capacity", "time-to-target", "--target", "1000000", "--paths", "2000", "-f", "csv");
        Assert.Equal(0, ttt.ExitCode);
        Assert.Contains("P50 month target reached,2025-08", ttt.Output);
        Assert.Equal(ExitCodes.BadInput, cli.Run("capacity", "time-to-target", "--item", "tanks").ExitCode);
    }
}
