using System.Text.Json;

namespace Milbal.Cli.Tests;

public class BurdenCommandTests
{
    [Fact]
    public void Json_is_one_object_with_the_count_the_allies_and_the_money_gap()
    {
        using var cli = new CliRunner();
        var result = cli.Run("burden", "--year", "2024", "--edition", "2024", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Output);
        var root = doc.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(2024, root.GetProperty("year").GetInt32());
        Assert.Equal("2", root.GetProperty("target").GetProperty("id").GetString());
        Assert.Equal("nato", root.GetProperty("source").GetString());
        Assert.Equal("2024", root.GetProperty("edition").GetString());
        Assert.Equal(23, root.GetProperty("meeting").GetInt32());

        var allies = root.GetProperty("allies").EnumerateArray().ToArray();
        Assert.Equal(31, allies.Length);
        Assert.Equal("POL", allies[0].GetProperty("ally").GetString());
        Assert.Equal(23, allies.Count(a => a.GetProperty("meets").GetBoolean()));
        var canada = allies.Single(a => a.GetProperty("ally").GetString() == "CAN");
        var needed = canada.GetProperty("money_needed_current");
        Assert.Equal("USD million, current, market rate", needed.GetProperty("unit").GetString());
        Assert.Contains("GDP nato 2024", needed.GetProperty("method").GetString(), StringComparison.Ordinal);
        Assert.Equal("USD million, constant 2015, market rate", canada.GetProperty("money_needed_constant").GetProperty("unit").GetString());

        Assert.Equal("ISL", Assert.Single(root.GetProperty("missing").EnumerateArray()).GetProperty("ally").GetString());
        var gap = root.GetProperty("money_gap");
        var sumBelow = allies.Where(a => !a.GetProperty("meets").GetBoolean()).Sum(a => a.GetProperty("money_needed_current").GetProperty("value").GetDouble());
        Assert.Equal(sumBelow, gap.GetProperty("current").GetProperty("value").GetDouble(), 1e-6);
        Assert.Equal(8, gap.GetProperty("current").GetProperty("allies_below_target").GetInt32());
        Assert.Equal("USD million, constant 2015, market rate", gap.GetProperty("constant").GetProperty("unit").GetString());
        Assert.NotEmpty(root.GetProperty("sources").EnumerateArray());
        Assert.Contains(root.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("rounded to 2 decimals", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_lists_allies_by_share_with_notes_and_sources()
    {
        using var cli = new CliRunner();
        var result = cli.Run("burden", "--year", "2024", "--target", "3.5", "--edition", "2024", "-f", "csv");
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ally,name,share_of_gdp,meets,gap_pp,money_needed_current,money_needed_constant,equipment_share,per_capita,fair_share,source,edition,flags", lines[0]);
        Assert.StartsWith("POL,Poland,4.12,yes,0,", lines[1]);
        Assert.StartsWith("USA,United States,3.38,no,0.12,", lines[3]);
        Assert.StartsWith("ISL,Iceland,,n/a,", lines[^1]);

        var console = cli.Run("burden", "--year", "2024", "--target", "5", "--edition", "2024");
        Assert.Contains("0 of 31 allies with a value meet 5% of GDP", console.Output);
        Assert.Contains("simplification", console.Output);
        Assert.Contains("Source: nato 2024", console.Output);
    }

    [Fact]
    public void Counts_show_nato_beside_sipri()
    {
        using var cli = new CliRunner();
        var result = cli.Run("burden", "--from", "2014", "--to", "2024", "--edition", "2024", "-f", "csv");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("2014,28,3,27,2024,3,27,2025,", result.Output);
        Assert.Contains("2024,32,23,31,2024,18,31,2025,", result.Output);
        var secondary = cli.Run("burden", "--from", "2024", "--to", "2024", "--edition", "2025", "-f", "csv");
        Assert.Contains("2024,32,18,31,2025,18,31,2025,", secondary.Output);
    }

    [Fact]
    public void Compare_shows_both_publishers_and_why_they_differ()
    {
        using var cli = new CliRunner();
        var result = cli.Run("burden", "--year", "2024", "--edition", "2024", "--compare", "Poland", "-f", "csv");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("NATO,2024,4.12,34974.5,estimate", result.Output);
        Assert.Contains("SIPRI,2025,4.15,38000.7,", result.Output);
    }

    [Theory]
    [InlineData("burden", "--year", "2024", "--target", "4")]
    [InlineData("burden", "--year", "2024", "--source", "iiss")]
    [InlineData("burden", "--year", "1900")]
    [InlineData("burden", "--year", "3000")]
    [InlineData("burden", "--year", "2031")]
    [InlineData("burden", "--year", "2024", "--edition", "1999")]
    [InlineData("burden", "--year", "2024", "--target", "equipment20", "--source", "sipri")]
    [InlineData("burden")]
    [InlineData("burden", "--from", "2024", "--to", "2014")]
    [InlineData("burden", "--year", "2024", "--compare", "Atlantis")]
    public void Bad_inputs_exit_non_zero_with_a_message(params string[] args)
    {
        using var cli = new CliRunner();
        var result = cli.Run(args);
        Assert.NotEqual(0, result.ExitCode);
        Assert.StartsWith("error: ", result.Error.Split('\n').Last(l => l.Length > 0));
        Assert.Equal("", result.Output);
    }
}
