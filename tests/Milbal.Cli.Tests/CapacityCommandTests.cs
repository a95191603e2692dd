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
        var ttt = cli.Run("capacity", "time-to-target", "--target", "1000000", "--paths", "2000", "--no-transfers", "-f", "csv");
        Assert.Equal(0, ttt.ExitCode);
        Assert.Contains("P50 month target reached,2025-08", ttt.Output);
        var withTransfers = cli.Run("capacity", "time-to-target", "--paths", "2000", "-f", "csv");
        Assert.Equal(0, withTransfers.ExitCode);
        Assert.Contains("P50 month target reached,2025-12", withTransfers.Output);
        Assert.Contains("term − transfers to Ukraine", withTransfers.Output);
        Assert.Contains("cnn-2024-west-artillery-capacity", withTransfers.Output);
        Assert.Equal(ExitCodes.BadInput, cli.Run("capacity", "time-to-target", "--item", "tanks").ExitCode);
    }

    [Fact]
    public void Buys_json_has_ranges_units_and_sources()
    {
        using var cli = new CliRunner();
        var result = cli.Run("capacity", "buys", "--scenario", "hague-2035", "--group", "EU_UK", "--item", "tanks", "--year", "2030", "--paths", "2000", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("EU_UK", root.GetProperty("entity").GetString());
        Assert.Equal("constant 2024 US$MER", root.GetProperty("unit").GetString());
        var year = root.GetProperty("years").EnumerateArray().Single();
        Assert.Equal(2030, year.GetProperty("year").GetInt32());
        var equipment = year.GetProperty("equipment_spending").GetDouble();
        var additional = year.GetProperty("additional_equipment").GetDouble();
        Assert.InRange(additional, 1, equipment);
        var tanks = root.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("tanks", tanks.GetProperty("item").GetString());
        var units = tanks.GetProperty("years")[0].GetProperty("additional_units");
        Assert.True(units.GetProperty("low").GetDouble() < units.GetProperty("central").GetDouble());
        Assert.True(units.GetProperty("central").GetDouble() < units.GetProperty("high").GetDouble());
        // units = additional equipment spending (US$bn) × units per US$1bn.
        Assert.Equal(additional * tanks.GetProperty("units_per_billion").GetProperty("central").GetDouble(), units.GetProperty("central").GetDouble(), 6);
        var sources = tanks.GetProperty("sources").EnumerateArray().ToArray();
        Assert.Equal(7, sources.Length);
        Assert.All(sources, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("address").GetString())));
        Assert.Contains(sources, s => s.GetProperty("id").GetString() == "deu-2023-leopard2a8-first-18" && s.GetProperty("factors").GetString()!.Contains("fx_rate DEU 2024"));
        var shares = root.GetProperty("equipment_shares").EnumerateArray().ToArray();
        Assert.Contains(shares, s => s.GetProperty("entity").GetString() == "DEU" && s.GetProperty("year").GetInt32() == 2024);
        Assert.Contains(shares, s => s.GetProperty("entity").GetString() == "AUT" && s.GetProperty("year").ValueKind == JsonValueKind.Null);
    }

    [Theory]
    [InlineData("--group", "XXX")]
    [InlineData("--year", "1990")]
    [InlineData("--item", "bananas")]
    [InlineData("--share-of-equipment", "2")]
    [InlineData("--scenario", "no-such-scenario")]
    public void Buys_bad_inputs_exit_with_bad_input(string option, string value)
    {
        var args = new Dictionary<string, string> { ["--scenario"] = "hague-2035", ["--group"] = "EU_UK", ["--year"] = "2030", ["--paths"] = "200" };
        args[option] = value;
        using var cli = new CliRunner();
        var result = cli.Run(["capacity", "buys", .. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("error:", result.Error);
    }

    [Fact]
    public void Stock_shows_its_terms_and_sources()
    {
        using var cli = new CliRunner();
        var russia = cli.Run("capacity", "stock", "--plan", "russia-artillery", "--months", "12", "--paths", "900", "-f", "csv");
        Assert.Equal(0, russia.ExitCode);
        Assert.Contains("term + imports from North Korea", russia.Output);
        Assert.Contains("term − consumption in Ukraine", russia.Output);
        Assert.Contains("derived-prk-rus-shells-2024-03-06", russia.Output);
        Assert.Contains("stock change to end 2024-12", russia.Output);
        var west = cli.Run("capacity", "stock", "--plan", "eu-us-155mm", "--months", "6", "--paths", "500", "-f", "csv");
        Assert.Equal(0, west.ExitCode);
        Assert.Contains("term − transfers to Ukraine", west.Output);
        Assert.Equal(ExitCodes.BadInput, cli.Run("capacity", "stock", "--plan", "china").ExitCode);
        Assert.Equal(ExitCodes.BadInput, cli.Run("capacity", "stock", "--start", "2024/01").ExitCode);
    }
}
