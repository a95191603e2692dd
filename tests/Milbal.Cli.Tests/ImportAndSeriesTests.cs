using System.Globalization;

namespace Milbal.Cli.Tests;

/// <summary>The foundation's acceptance checks, run through the command line against the real SIPRI workbook.</summary>
public class ImportAndSeriesTests : IClassFixture<ImportAndSeriesTests.SipriStore>
{
    private const string SipriFile = "sipri/SIPRI-Milex-data-1949-2024_2.xlsx";

    public sealed class SipriStore : IDisposable
    {
        public CliRunner Cli { get; } = new();
        public CliRunner.Outcome Import { get; }

        public SipriStore() => Import = Cli.Run("import", "sipri", SharedData.PathOf(SipriFile));

        public void Dispose() => Cli.Dispose();
    }

    private readonly SipriStore _store;

    public ImportAndSeriesTests(SipriStore store) => _store = store;

    private static List<Dictionary<string, string>> ParseCsv(string csv) => CsvText.Rows(csv);

    private static double Number(Dictionary<string, string> row) => double.Parse(row["value"], CultureInfo.InvariantCulture);

    [Fact]
    public void Import_prints_a_summary()
    {
        Assert.Equal(0, _store.Import.ExitCode);
        Assert.Contains("as sipri edition 2025", _store.Import.Output);
        Assert.Contains("flagged", _store.Import.Output);
    }

    [Fact]
    public void Russia_2024_from_sipri_as_csv()
    {
        var result = _store.Cli.Run("series", "RUS", "--measure", "milex", "--source", "sipri", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var rows = ParseCsv(result.Output);
        Assert.Contains("entity,entity_name,year,measure,value,unit", result.Output.Split('\n')[0]);
        var y2024 = rows.Where(r => r["year"] == "2024").ToArray();

        var calendarRub = Assert.Single(y2024, r => r["currency"] == "RUB" && r["period"] == "calendar");
        // SIPRI's local-currency sheets hold whole currency units: RUB 13,827,500 million.
        Assert.Equal(13_827_500e6, Number(calendarRub), 0);
        Assert.Equal("RUB, current, local currency", calendarRub["unit"]);

        var currentUsd = Assert.Single(y2024, r => r["currency"] == "USD" && r["price_basis"] == "current");
        Assert.Equal(148_967, Math.Round(Number(currentUsd)));
        Assert.Equal("market rate", currentUsd["conversion"]);
        Assert.All(rows, r => Assert.Equal("sipri", r["source"]));
        Assert.All(rows, r => Assert.Equal("2025", r["edition"]));
        Assert.All(y2024, r => Assert.False(string.IsNullOrEmpty(r["footnotes"])));

        var constant = rows.Where(r => r["price_basis"] == "constant 2023").ToDictionary(r => int.Parse(r["year"], CultureInfo.InvariantCulture));
        foreach (var year in new[] { 2022, 2023, 2024 }) Assert.Contains("estimate", constant[year]["flags"]);
        foreach (var year in new[] { 2019, 2020, 2021 }) Assert.DoesNotContain("estimate", constant[year]["flags"]);
    }

    [Fact]
    public void Russia_share_of_gdp_2024_is_7_05_percent()
    {
        var result = _store.Cli.Run("series", "Russian Federation", "-m", "milex_gdp_share", "--source", "sipri", "--from", "2024", "--to", "2024", "-f", "csv");
        var row = Assert.Single(ParseCsv(result.Output));
        Assert.Equal(7.05, Math.Round(Number(row), 2));
        Assert.Equal("%", row["unit"]);
    }

    [Fact]
    public void Footnote_texts_are_shown_under_the_table()
    {
        var result = _store.Cli.Run("series", "RUS", "-m", "milex", "--from", "2024");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("sipri footnote", result.Output);
        Assert.Contains("Source: sipri 2025", result.Output);
    }

    [Fact]
    public void World_total_2024_at_current_prices()
    {
        var result = _store.Cli.Run("series", "WLD", "-m", "milex", "-s", "sipri", "--from", "2024", "-f", "csv");
        var current = Assert.Single(ParseCsv(result.Output), r => r["price_basis"] == "current");
        Assert.Equal(2718.2, Math.Round(Number(current), 1));
        Assert.Equal("USD billion, current, market rate", current["unit"]);
    }

    [Fact]
    public void Unknown_entity_says_did_you_mean_and_fails()
    {
        var result = _store.Cli.Run("series", "Rusia");
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("did you mean", result.Error);
        Assert.Contains("RUS", result.Error);
    }

    [Theory]
    [InlineData("--from", "20245")]
    [InlineData("--measure", "milexx")]
    [InlineData("--format", "xml")]
    public void Bad_options_fail_with_a_message(string option, string value)
    {
        var result = _store.Cli.Run("series", "RUS", option, value);
        Assert.NotEqual(0, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void Damaged_file_leaves_the_store_as_it_was()
    {
        var before = _store.Cli.Run("sql", "SELECT count(*) AS n, sum(value) AS s FROM observations", "-f", "csv").Output;
        var damaged = Path.Combine(Path.GetTempPath(), $"milbal-damaged-{Guid.NewGuid():N}.xlsx");
        try
        {
            var bytes = File.ReadAllBytes(SharedData.PathOf(SipriFile));
            File.WriteAllBytes(damaged, bytes[..(bytes.Length / 2)]);
            var result = _store.Cli.Run("import", "sipri", damaged);
            Assert.Equal(ExitCodes.BadFile, result.ExitCode);
            Assert.Contains(Path.GetFileName(damaged), result.Error);
        }
        finally
        {
            File.Delete(damaged);
        }
        Assert.Equal(before, _store.Cli.Run("sql", "SELECT count(*) AS n, sum(value) AS s FROM observations", "-f", "csv").Output);
    }

    [Fact]
    public void Sql_is_read_only()
    {
        var ok = _store.Cli.Run("sql", "SELECT count(DISTINCT entity) AS n FROM observations WHERE dataset = 'sipri'", "-f", "json");
        Assert.Equal(0, ok.ExitCode);
        var refused = _store.Cli.Run("sql", "DELETE FROM observations");
        Assert.Equal(ExitCodes.Store, refused.ExitCode);
        Assert.Contains("read queries", refused.Error);
    }

    [Fact]
    public void Sources_lists_the_edition_with_licence()
    {
        var result = _store.Cli.Run("sources", "-f", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"dataset\": \"sipri\"", result.Output);
        Assert.Contains("10%", result.Output);
    }
}
