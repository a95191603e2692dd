using Milbal.Core.Tables;
using Milbal.Reports.Charts;
using Milbal.Reports.Html;
using Milbal.Reports.Report;

namespace Milbal.Reports.Tests;

/// <summary>Builds the report once from the bundled data; tests read its document model and its HTML.</summary>
public sealed class BuiltReport : IDisposable
{
    private readonly BundledStore _bundle = new();

    public BuiltReport()
    {
        Context = ReportContext.Create(_bundle.Store);
        Document = MilbalReport.Build(Context, generatedAt: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Html = HtmlReportWriter.Render(Document);
    }

    public ReportContext Context { get; }
    public ReportDocument Document { get; }
    public string Html { get; }

    public ReportSectionContent Section(string anchor) => Document.Sections.Single(s => s.Anchor == anchor);

    public static ResultTable Table(ReportSectionContent section) => section.Blocks.OfType<TableBlock>().First().Table;

    public static object? Cell(ResultTable table, object?[] row, string column) => row[table.Columns.ToList().FindIndex(c => c.Name == column)];

    public void Dispose() => _bundle.Dispose();
}

public class ReportTests(BuiltReport report) : IClassFixture<BuiltReport>
{
    [Fact]
    public void Defaults_to_the_latest_year_of_natos_own_edition()
    {
        Assert.Equal(2024, report.Context.Year);
        Assert.Equal("2024", report.Context.NatoEdition);
        Assert.Equal(["allies-gdp-share", "money-gap", "europe-vs-russia", "projections", "capacity", "article", "sources-and-methods"], report.Document.Sections.Select(s => s.Anchor!).ToArray());
    }

    [Fact]
    public void Allies_section_shows_natos_published_shares_and_names_the_missing_ally()
    {
        var table = BuiltReport.Table(report.Section("allies-gdp-share"));
        var byEntity = table.Rows.ToDictionary(r => (string)BuiltReport.Cell(table, r, "entity")!, r => (double)BuiltReport.Cell(table, r, "share_of_gdp")!);
        // NATO, Defence Expenditure of NATO Countries (2014-2024), table 3, 2024e: Poland 4.12, United States 3.38, Spain 1.28; NATO Europe and Canada 2.02.
        Assert.Equal(4.12, Math.Round(byEntity["POL"], 2));
        Assert.Equal(3.38, Math.Round(byEntity["USA"], 2));
        Assert.Equal(1.28, Math.Round(byEntity["ESP"], 2));
        Assert.Equal(2.02, Math.Round(byEntity["NATO_EUROPE_CANADA"], 2));
        Assert.DoesNotContain("ISL", byEntity.Keys);
        Assert.Contains(table.Notes, n => n.Contains("ISL (Iceland)", StringComparison.Ordinal) && n.Contains("not shown as zero", StringComparison.Ordinal));
        Assert.Equal(23, table.Rows.Count(r => BuiltReport.Cell(table, r, "rank") is not null && (string)BuiltReport.Cell(table, r, "meets_2pct")! == "yes"));

        var chart = Assert.IsType<BarChartSpec>(report.Section("allies-gdp-share").Blocks.OfType<ChartBlock>().Single().Chart);
        Assert.Equal([2.0, 3.5, 5.0], chart.Targets.Select(t => t.Value).ToArray());
        Assert.StartsWith("Source: NATO 2024", chart.Source);
    }

    [Fact]
    public void Europe_vs_russia_uses_sipri_dollars_at_mer_and_converts_at_ppp_with_wdi_factors()
    {
        var section = report.Section("europe-vs-russia");
        var table = BuiltReport.Table(section);
        Assert.Equal(Enumerable.Range(2014, 11).ToArray(), table.Rows.Select(r => (int)BuiltReport.Cell(table, r, "year")!).ToArray());
        var y2024 = table.Rows.Single(r => (int)r[0]! == 2024);
        // SIPRI 2025: EU + UK 2024 = US$450.3 bn as published (sum of members' current US$).
        Assert.Equal(450.3, (double)BuiltReport.Cell(table, y2024, "eu_uk_mer")!);
        // Russia: SIPRI RUB 13,827.5 bn / WDI 2026-03-05 PPP factor 29.063 = Int$475.8 bn; / WDI 2025h2 exchange rate 92.5524 = US$149.4 bn.
        Assert.Equal(475.8, (double)BuiltReport.Cell(table, y2024, "russia_ppp")!);
        Assert.Equal(149.4, (double)BuiltReport.Cell(table, y2024, "russia_mer")!);
        Assert.All(table.Rows, r => Assert.Equal("all 28 members", BuiltReport.Cell(table, r, "coverage_mer")));
        Assert.Contains(table.Notes, n => n.Contains("ppp_factor RUS 2024 = 29.063", StringComparison.Ordinal) && n.Contains("wdi 2026-03-05", StringComparison.Ordinal));
        Assert.Contains(new EditionRef("wdi", "2026-03-05"), section.Editions);

        var chart = Assert.IsType<LineChartSpec>(section.Blocks.OfType<ChartBlock>().Single().Chart);
        Assert.Equal(4, chart.Series.Count);
        Assert.All(chart.Series, s => Assert.Equal(11, s.Points.Count));
    }

    [Fact]
    public void Sources_and_methods_lists_every_cited_edition_with_its_licence_and_the_methods()
    {
        var section = report.Section("sources-and-methods");
        Assert.Same(report.Document.Sections[^1], section);
        var table = BuiltReport.Table(section);
        var listed = table.Rows.Select(r => ((string)r[0]!, (string)r[1]!)).ToArray();
        foreach (var cited in report.Document.Sections.SelectMany(s => s.Editions))
            Assert.Contains((cited.Dataset, cited.Edition), listed);
        Assert.Contains(("sipri", "2025"), listed);
        Assert.Contains(("nato", "2024"), listed);
        Assert.All(table.Rows, r => Assert.False(string.IsNullOrWhiteSpace((string?)BuiltReport.Cell(table, r, "licence"))));
        var text = string.Join("\n", section.Blocks.OfType<ListBlock>().SelectMany(l => l.Items));
        foreach (var expected in new[] { "GDPuc", "GDP deflator", "purchasing-power parity", "Robertson", "hybrid" })
            Assert.Contains(expected, text);
    }

    [Fact]
    public void Html_is_one_self_contained_file()
    {
        var html = report.Html;
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<meta name=\"viewport\"", html);
        Assert.Contains("<style>", html);
        foreach (var external in new[] { "<script", "<link", "src=\"http", "href=\"http", "@import", "url(http", "@font-face" })
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(8, System.Text.RegularExpressions.Regex.Matches(html, "<svg ").Count); // four charts, each wide and narrow
        Assert.Contains("Sources and methods", html);
        Assert.Contains("class=\"table-wrap\"", html);
    }

    [Fact]
    public void A_section_is_added_by_implementing_IReportSection()
    {
        using var bundle = new BundledStore();
        var context = ReportContext.Create(bundle.Store, new ReportOptions(Year: 2023));
        var document = MilbalReport.Build(context, [new EchoSection(), .. MilbalReport.DefaultSections()]);
        Assert.Equal("Echo 2023", document.Sections[0].Heading);
        Assert.Equal("Sources and methods", document.Sections[^1].Heading);
        Assert.Contains(BuiltReport.Table(document.Sections[^1]).Rows, r => (string)r[0]! == "weo" && (string)r[1]! == "2025-04");
    }

    private sealed class EchoSection : IReportSection
    {
        public string Title => "Echo";

        public ReportSectionContent Build(ReportContext context)
        {
            context.Cite("weo", "2025-04");
            return new ReportSectionContent($"Echo {context.Year}", [new ParagraphBlock("test")]);
        }
    }
}
