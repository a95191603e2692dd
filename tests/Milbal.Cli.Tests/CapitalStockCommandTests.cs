using System.Globalization;

namespace Milbal.Cli.Tests;

public class CapitalStockCommandTests
{
    [Fact]
    public void Poland_2024_stock_from_the_bundled_nato_tables()
    {
        using var cli = new CliRunner();
        var result = cli.Run("capital-stock", "POL", "--from", "2024", "--to", "2024", "-f", "csv");
        Assert.Equal(0, result.ExitCode);
        var row = Assert.Single(CsvText.Rows(result.Output));
        // Same inputs and parameters (R = 1.65, T = 20, steady-state start) as CapitalStockModelTests' hand computation.
        Assert.Equal(45_770.5, Math.Round(double.Parse(row["stock"], CultureInfo.InvariantCulture), 1));
    }

    [Theory]
    [InlineData("--service-life", "0")]
    [InlineData("--rate", "-1")]
    [InlineData("--from", "3000")]
    public void Bad_parameters_are_refused(string option, string value)
    {
        using var cli = new CliRunner();
        var result = cli.Run("capital-stock", "POL", option, value);
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("error:", result.Error);
    }
}
