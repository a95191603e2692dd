namespace Milbal.Cli.Tests;

public class GroupsCommandTests
{
    [Fact]
    public void Define_list_and_remove_a_user_group()
    {
        using var cli = new CliRunner();
        var define = cli.Run("groups", "define", "baltics", "Estonia", "LVA:1991", "Lithuania:1991-2100", "--name", "Baltic states");
        Assert.Equal(0, define.ExitCode);
        var list = cli.Run("groups", "list", "--year", "2024", "-f", "csv");
        Assert.Contains("BALTICS,Baltic states,user,3,EST LTU LVA", list.Output);
        Assert.Contains("NATO,NATO,built-in,32,", list.Output);
        Assert.Equal(0, cli.Run("groups", "remove", "BALTICS").ExitCode);
        Assert.DoesNotContain("BALTICS", cli.Run("groups", "list", "-f", "csv").Output);
    }

    [Theory]
    [InlineData("NATO", "EST")]
    [InlineData("X", "Atlantis")]
    [InlineData("X", "EST:1700")]
    [InlineData("X", "EST:2020-2010")]
    [InlineData("bad-id", "EST")]
    public void Bad_definitions_are_refused(string id, string member)
    {
        using var cli = new CliRunner();
        var result = cli.Run("groups", "define", id, member);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error:", result.Error);
        Assert.DoesNotContain("user", cli.Run("groups", "list", "-f", "csv").Output);
    }
}
