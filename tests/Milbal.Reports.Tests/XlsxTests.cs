using Milbal.Cli.Tests;
using Milbal.Core.Tables;
using MiniExcelLibs;

namespace Milbal.Reports.Tests;

public sealed class XlsxTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("milbal-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly ResultTable Table = new("Russia, SIPRI",
        [new("entity"), new("year", IsNumeric: true), new("value", "RUB million", IsNumeric: true), new("flags"), new("footnotes")],
        [["RUS", 2024, 13_827_500.0, "estimate", new[] { "a", "b" }], ["RUS", 2023, 8_553_000.5, "", null]],
        ["sipri 2025: SIPRI, Military Expenditure Database; licence: free use with attribution"],
        ["values flagged 'estimate' are SIPRI's estimates"]);

    [Fact]
    public void Xlsx_round_trips_values_units_sources_and_notes()
    {
        var path = Path.Combine(_dir, "t.xlsx");
        TableWriters.WriteFile(Table, OutputFormat.Xlsx, path);

        var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: TableWriters.XlsxTableSheet).Cast<IDictionary<string, object?>>().ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal(["entity", "year", "value (RUB million)", "flags", "footnotes"], rows[0].Keys.ToArray());
        Assert.Equal("RUS", rows[0]["entity"]);
        Assert.Equal(2024.0, Convert.ToDouble(rows[0]["year"]));
        Assert.Equal(13_827_500.0, Convert.ToDouble(rows[0]["value (RUB million)"]));
        Assert.Equal(8_553_000.5, Convert.ToDouble(rows[1]["value (RUB million)"]));
        Assert.IsType<double>(rows[1]["value (RUB million)"]);
        Assert.Equal("a; b", rows[0]["footnotes"]);
        Assert.Null(rows[1]["footnotes"]);

        var sources = MiniExcel.Query(path, useHeaderRow: true, sheetName: TableWriters.XlsxSourcesSheet).Cast<IDictionary<string, object?>>()
            .Select(r => ((string)r["kind"]!, (string)r["text"]!)).ToArray();
        Assert.Equal([("title", Table.Title), ("source", Table.Sources[0]), ("note", Table.Notes[0])], sources);
    }

    [Fact]
    public void Every_table_command_writes_xlsx_to_the_output_file()
    {
        using var cli = new CliRunner();
        var path = Path.Combine(_dir, "sources.xlsx");
        var outcome = cli.Run("sources", "--format", "xlsx", "--output", path);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(path, outcome.Output);
        var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: TableWriters.XlsxTableSheet).Cast<IDictionary<string, object?>>().ToArray();
        Assert.Contains(rows, r => (string?)r["dataset"] == "sipri" && (string?)r["edition"] == "2025");

        // The extension picks the format when --format is absent.
        var series = Path.Combine(_dir, "rus.xlsx");
        outcome = cli.Run("series", "RUS", "--measure", "milex_gdp_share", "--source", "sipri", "--from", "2024", "-o", series);
        Assert.Equal(0, outcome.ExitCode);
        var values = MiniExcel.Query(series, useHeaderRow: true, sheetName: TableWriters.XlsxTableSheet).Cast<IDictionary<string, object?>>().ToArray();
        Assert.Equal("RUS", Assert.Single(values)["entity"]);
        var notes = MiniExcel.Query(series, useHeaderRow: true, sheetName: TableWriters.XlsxSourcesSheet).Cast<IDictionary<string, object?>>().ToArray();
        Assert.Contains(notes, r => (string?)r["kind"] == "source" && ((string)r["text"]!).StartsWith("sipri 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Xlsx_without_output_is_written_as_command_name_in_the_current_directory()
    {
        using var cli = new CliRunner();
        var before = Directory.GetCurrentDirectory();
        var outcome = cli.Run("measures", "--format", "xlsx");
        var expected = Path.Combine(before, "measures.xlsx");
        try
        {
            Assert.Equal(0, outcome.ExitCode);
            Assert.Contains(expected, outcome.Output);
            Assert.NotEmpty(MiniExcel.Query(expected, useHeaderRow: true, sheetName: TableWriters.XlsxTableSheet));
        }
        finally
        {
            File.Delete(expected);
        }
    }

    [Fact]
    public void Unknown_format_is_a_usage_error_naming_xlsx()
    {
        using var cli = new CliRunner();
        var outcome = cli.Run("measures", "--format", "pdf");
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("xlsx", outcome.Error + outcome.Output);
    }
}

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("milbal-report-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Report_writes_the_html_file_prints_its_path_and_the_summary_tables()
    {
        using var cli = new CliRunner();
        var outcome = cli.Run("report", "--out", _dir);
        Assert.Equal(0, outcome.ExitCode);
        var path = Path.Combine(_dir, "milbal-report.html");
        Assert.True(File.Exists(path));
        Assert.Contains(path, outcome.Output);
        Assert.Contains("Defence expenditure as % of GDP, 2024 (NATO 2024)", outcome.Output);
        Assert.Contains("EU + UK and Russia military expenditure, 2014–2024 (SIPRI 2025)", outcome.Output);
        Assert.Contains("Sources and methods", File.ReadAllText(path));
    }

    [Fact]
    public void Report_for_a_year_without_data_says_so_instead_of_failing()
    {
        using var cli = new CliRunner();
        var outcome = cli.Run("report", "--out", _dir, "--year", "2005");
        Assert.Equal(0, outcome.ExitCode);
        var html = File.ReadAllText(Path.Combine(_dir, "milbal-report.html"));
        Assert.Contains("No NATO edition in the store has shares of GDP for 2005", html);
        Assert.Contains("This comparison starts in 2014", html);
    }

    [Fact]
    public void Unknown_nato_edition_is_bad_input()
    {
        using var cli = new CliRunner();
        var outcome = cli.Run("report", "--out", _dir, "--nato-edition", "1999");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("no NATO edition '1999'", outcome.Error);
    }
}
