namespace Milbal.Cli.Tests;

public class ScenarioChartTests
{
    [Fact]
    public void Scenario_run_writes_a_fan_chart_with_title_axes_and_source()
    {
        using var cli = new CliRunner();
        var chart = Path.Combine(Path.GetTempPath(), $"milbal-fan-{Guid.NewGuid():N}.svg");
        try
        {
            var result = cli.Run("scenario", "run", "hague-2035", "--paths", "500", "--chart", chart, "-f", "csv");
            Assert.Equal(0, result.ExitCode);
            var svg = File.ReadAllText(chart);
            Assert.Contains("Scenario hague-2035", svg);
            Assert.Contains("Int$PPP billion", svg);
            Assert.Contains("500 Monte Carlo paths", svg);
            Assert.Contains("2035", svg);
            Assert.DoesNotContain("2,035", svg);
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Fact]
    public void Chart_needs_a_known_image_type()
    {
        using var cli = new CliRunner();
        var result = cli.Run("scenario", "run", "status-quo", "--chart", "fan.gif");
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(".svg or .png", result.Error);
    }
}
