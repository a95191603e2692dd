using System.IO.Compression;
using System.Text;
using Milbal.Core.Datasets;
using Milbal.Core.Observations;
using Milbal.Data.Importers.Sipri;

namespace Milbal.Data.Tests.Sipri;

public class SipriImporterTests(SipriFixture sipri) : IClassFixture<SipriFixture>
{
    private static bool Local(Unit u, string currency) => u.Kind == UnitKind.Money && u.Conversion == Conversion.None && u.Currency == currency && !u.PriceBasis.IsConstant;
    private static bool CurrentUsdMillions(Unit u) => u.Equals(Unit.UsDollars(Scale.Millions, PriceBasis.Current));
    private static bool ConstantUsdMillions(Unit u) => u.Equals(Unit.UsDollars(Scale.Millions, PriceBasis.Constant(2023)));

    [Fact]
    public void Dataset_is_the_2025_edition_with_publisher_and_licence()
    {
        var d = sipri.Result.Dataset;
        Assert.Equal("sipri", d.Id);
        Assert.Equal("2025", d.Edition);
        Assert.Equal("Stockholm International Peace Research Institute (SIPRI)", d.Publisher);
        Assert.Equal("SIPRI Military Expenditure Database", d.Title);
        Assert.Equal("https://www.sipri.org/databases/milex", d.Address);
        Assert.Contains("less than 10%", d.Licence);
        Assert.Equal("workbook", sipri.Result.Part);
        Assert.Equal("SIPRI-Milex-data-1949-2024_2.xlsx", sipri.Result.FileName);
    }

    [Fact]
    public void Russia_2024_in_roubles_calendar_and_financial_year()
    {
        var calendar = sipri.Single("Russia", 2024, "milex", u => Local(u, "RUB"));
        // The workbook holds whole roubles: RUB 13,827.5bn = 13,827,500 million.
        Assert.Equal(Scale.Units, calendar.Unit.Scale);
        Assert.Equal(13_827_500_000_000d, calendar.Value);
        Assert.Equal(13_827_500d, calendar.Value * Math.Pow(10, (int)calendar.Unit.Scale - (int)Scale.Millions));
        Assert.True(calendar.Flags.HasFlag(ObservationFlags.Estimate));

        var fiscal = sipri.Single("Russia", 2024, "milex", u => Local(u, "RUB"), PeriodBasis.FiscalYear);
        Assert.Equal(13_827_500_000_000d, fiscal.Value);
        Assert.Equal("Jan-Dec", fiscal.Note);
    }

    [Fact]
    public void Financial_year_text_is_the_note()
    {
        var india = sipri.Single("India", 2024, "milex", u => Local(u, "INR"), PeriodBasis.FiscalYear);
        Assert.Equal("Apr-Mar", india.Note);
        Assert.Equal(7_308_354_000_000d, india.Value);
    }

    [Fact]
    public void Local_currency_comes_from_sipris_word_or_the_registry()
    {
        // "Kunas" is a stale label: Croatia's figures are in euros (EUR 1.506bn in 2024), as the registry says.
        Assert.Equal(1_506_000_000d, sipri.Single("Croatia", 2024, "milex", u => Local(u, "EUR")).Value);
        // "Dollars" is ambiguous; SIPRI's footnote says Liberia's budget is reported in US$.
        Assert.Equal(33_825_000d, sipri.Single("Liberia", 2024, "milex", u => Local(u, "USD")).Value);
        // "US dollars" is SIPRI's own label; a different registry currency is warned about, once.
        sipri.Single("Zimbabwe", 2024, "milex", u => Local(u, "USD"));
        Assert.Single(sipri.Result.Warnings, w => w.Message.StartsWith("Zimbabwe:") && w.Message.Contains("USD"));
    }

    [Fact]
    public void Russia_in_current_dollars_and_share_of_gdp()
    {
        Assert.Equal(148_967, sipri.Single("Russia", 2024, "milex", CurrentUsdMillions).Value, 0.5);
        Assert.Equal(109_204, sipri.Single("Russia", 2023, "milex", CurrentUsdMillions).Value, 0.5);
        var share = sipri.Single("Russia", 2024, "milex_gdp_share", u => u == Unit.Percent);
        Assert.Equal(7.05, Math.Round(share.Value, 2));
        Assert.Equal(5.40, Math.Round(sipri.Single("Russia", 2023, "milex_gdp_share", u => u == Unit.Percent).Value, 2));
    }

    [Fact]
    public void Ukraine_2024_as_published()
    {
        Assert.Equal(64_705, sipri.Single("Ukraine", 2024, "milex", CurrentUsdMillions).Value, 0.5);
        Assert.Equal(34.5, Math.Round(sipri.Single("Ukraine", 2024, "milex_gdp_share", u => u == Unit.Percent).Value, 1));
    }

    [Fact]
    public void Blue_figures_are_estimates()
    {
        foreach (var year in new[] { 2022, 2023, 2024 })
            Assert.Equal(ObservationFlags.Estimate, sipri.Single("Russia", year, "milex", ConstantUsdMillions).Flags);
        foreach (var year in new[] { 2019, 2020, 2021 })
            Assert.Equal(ObservationFlags.None, sipri.Single("Russia", year, "milex", ConstantUsdMillions).Flags);
    }

    [Fact]
    public void Red_figures_are_highly_uncertain()
    {
        Assert.Equal(ObservationFlags.HighlyUncertain, sipri.Single("Algeria", 2018, "milex", ConstantUsdMillions).Flags);
        Assert.Equal(ObservationFlags.None, sipri.Single("Algeria", 2016, "milex", ConstantUsdMillions).Flags);
    }

    [Fact]
    public void Constant_dollar_base_year_is_read_from_the_workbook()
    {
        var constant = sipri.Result.Observations.Where(o => o.MeasureId == "milex" && o.Unit.PriceBasis.IsConstant).ToList();
        Assert.NotEmpty(constant);
        Assert.All(constant, o => Assert.Equal(2023, o.Unit.PriceBasis.BaseYear));
        Assert.Equal(150_534, sipri.Single("Russia", 2024, "milex", ConstantUsdMillions).Value, 0.5);
    }

    [Fact]
    public void Notes_column_symbols_travel_with_every_value_and_their_texts_are_kept()
    {
        var russia = sipri.IdOf("Russia");
        var all = sipri.Result.Observations.Where(o => o.EntityId == russia).ToList();
        Assert.All(all, o => Assert.Equal("83", o.Footnotes));
        // The govt-share sheet has no Notes column; it borrows the country's notes.
        Assert.Contains(all, o => o.MeasureId == "milex_govt_share");
        Assert.StartsWith("Russia:", Assert.Single(sipri.Result.Footnotes, f => f.Symbol == "83").Text);
        Assert.Contains("adopted budget", Assert.Single(sipri.Result.Footnotes, f => f.Symbol == "§").Text);
        Assert.Equal(5, sipri.Result.Footnotes.Count(f => f.Symbol.Length == 1 && !char.IsDigit(f.Symbol[0])));
        Assert.Equal("§4", sipri.Single("Algeria", 2018, "milex", ConstantUsdMillions).Footnotes);
        Assert.Equal("‡§¶16", sipri.Single("Libya", 2022, "milex", ConstantUsdMillions).Footnotes);
    }

    [Fact]
    public void Per_capita_and_government_share_units()
    {
        var perCapita = sipri.Single("Russia", 2024, "milex_per_capita", _ => true);
        Assert.Equal(Unit.UsDollars(Scale.Units, PriceBasis.Current), perCapita.Unit);
        var govt = sipri.Single("Russia", 2024, "milex_govt_share", _ => true);
        Assert.Equal(Unit.Percent, govt.Unit);
        Assert.InRange(govt.Value, 1, 100);
    }

    [Fact]
    public void Missing_markers_are_skipped_never_zero()
    {
        var libya = sipri.IdOf("Libya");
        Assert.DoesNotContain(sipri.Result.Observations, o => o.EntityId == libya && o.Year == 2018);
        Assert.DoesNotContain(sipri.Result.Observations, o => o.EntityId == libya && o.Year == 2024 && o.Unit.PriceBasis.IsConstant);
        Assert.True(sipri.Result.CellsSkipped > 10_000);
        Assert.True(sipri.Result.CellsRead > sipri.Result.CellsSkipped);
    }

    [Fact]
    public void World_and_regional_totals()
    {
        var world = sipri.IdOf("World");
        var current = Assert.Single(sipri.Result.Observations, o => o.EntityId == world && o.Year == 2024 && !o.Unit.PriceBasis.IsConstant);
        Assert.Equal(Unit.UsDollars(Scale.Billions, PriceBasis.Current), current.Unit);
        Assert.Equal(2718.18, Math.Round(current.Value, 2));
        var constant = Assert.Single(sipri.Result.Observations, o => o.EntityId == world && o.Year == 2024 && o.Unit.PriceBasis.IsConstant);
        Assert.Equal(Unit.UsDollars(Scale.Billions, PriceBasis.Constant(2023)), constant.Unit);
        Assert.Equal(2676.51, Math.Round(constant.Value, 2));
        // 1991 is ". ." for the world.
        Assert.DoesNotContain(sipri.Result.Observations, o => o.EntityId == world && o.Year == 1991);

        var africa1988 = Assert.Single(sipri.Result.Observations, o => o.EntityId == sipri.IdOf("Africa") && o.Year == 1988);
        Assert.Equal(ObservationFlags.Estimate, africa1988.Flags);
        Assert.Equal(SipriImporter.RegionalRedNote + "; omitted countries: Djibouti, Eritrea, Somalia", africa1988.Note);
        var africa2024 = Assert.Single(sipri.Result.Observations, o => o.EntityId == sipri.IdOf("Africa") && o.Year == 2024 && o.Unit.PriceBasis.IsConstant);
        Assert.Equal(ObservationFlags.None, africa2024.Flags);
        Assert.Equal("omitted countries: Djibouti, Eritrea, Somalia", africa2024.Note);
    }

    [Fact]
    public void Third_party_cleaned_sheet_is_skipped_with_a_warning()
    {
        Assert.Contains(sipri.Result.Warnings, w => w.Location.Sheet == "Share of govt. spending cleaned" && w.Message.Contains("third party"));
        // Values come from SIPRI's own sheet only: one per country and year.
        var russia = sipri.IdOf("Russia");
        Assert.Single(sipri.Result.Observations, o => o.EntityId == russia && o.Year == 2024 && o.MeasureId == "milex_govt_share");
    }

    [Fact]
    public void Edition_and_release_date_can_be_overridden()
    {
        var result = new SipriImporter(sipri.Registry).Import(SharedData.Source(SipriFixture.File), new ImportOptions("2025-v2", new DateOnly(2025, 4, 28)));
        Assert.Equal("2025-v2", result.Dataset.Edition);
        Assert.Equal(new DateOnly(2025, 4, 28), result.Dataset.ReleaseDate);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public void Truncated_workbook_is_an_import_error(double fraction)
    {
        var e = Assert.Throws<ImportException>(() => new SipriImporter(sipri.Registry).Import(SharedData.Truncated(SipriFixture.File, fraction), ImportOptions.Default));
        Assert.Equal("SIPRI-Milex-data-1949-2024_2.xlsx", e.Location.File);
    }

    [Fact]
    public void Corrupted_workbook_is_an_import_error_naming_the_sheet()
    {
        var e = Assert.Throws<ImportException>(() => new SipriImporter(sipri.Registry).Import(SharedData.Corrupted(SipriFixture.File), ImportOptions.Default));
        Assert.Equal("SIPRI-Milex-data-1949-2024_2.xlsx", e.Location.File);
        Assert.NotNull(e.Location.Sheet);
    }

    [Fact]
    public void Something_that_is_not_a_workbook_is_an_import_error()
    {
        var source = new ImportSource("milex.xlsx", Encoding.UTF8.GetBytes("Country,2024\nRussia,1\n"));
        Assert.Throws<ImportException>(() => new SipriImporter(sipri.Registry).Import(source, ImportOptions.Default));
    }

    [Fact]
    public void Workbook_without_current_dollar_sheet_is_an_import_error()
    {
        var source = WithPart("xl/workbook.xml", xml => RemoveSheet(xml, "Current US$"));
        var e = Assert.Throws<ImportException>(() => new SipriImporter(sipri.Registry).Import(source, ImportOptions.Default));
        Assert.Contains("Current US$", e.Reason);
    }

    [Fact]
    public void Next_edition_base_year_comes_from_the_sheet_name()
    {
        var source = WithPart("xl/workbook.xml", xml => xml.Replace("Constant (2023) US$", "Constant (2024) US$", StringComparison.Ordinal));
        var result = new SipriImporter(sipri.Registry).Import(source, ImportOptions.Default);
        Assert.Contains(result.Observations, o => o.Unit.PriceBasis.BaseYear == 2024);
        Assert.DoesNotContain(result.Observations, o => o.Unit.PriceBasis.BaseYear == 2023 && o.Unit.Scale == Scale.Millions);
        Assert.Contains(result.Warnings, w => w.Message.Contains("base year 2024") && w.Message.Contains("2023"));
    }

    [Fact]
    public void Sheet_without_a_header_row_is_an_import_error_naming_the_sheet()
    {
        var source = WithPart("xl/sharedStrings.xml", xml => xml.Replace("<si><t>Country</t></si>", "<si><t>Land</t></si>", StringComparison.Ordinal));
        var e = Assert.Throws<ImportException>(() => new SipriImporter(sipri.Registry).Import(source, ImportOptions.Default));
        Assert.NotNull(e.Location.Sheet);
        Assert.Contains("header", e.Reason);
    }

    /// <summary>A copy of the workbook with one of its XML parts edited.</summary>
    private static ImportSource WithPart(string part, Func<string, string> edit)
    {
        var original = SharedData.Source(SipriFixture.File);
        using var output = new MemoryStream();
        using (var input = new ZipArchive(original.OpenRead(), ZipArchiveMode.Read))
        using (var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var from = entry.Open();
                using var to = copy.CreateEntry(entry.FullName).Open();
                if (entry.FullName == part)
                {
                    var xml = new StreamReader(from).ReadToEnd();
                    var bytes = Encoding.UTF8.GetBytes(edit(xml));
                    to.Write(bytes);
                }
                else from.CopyTo(to);
            }
        }
        return new ImportSource(original.FileName, output.ToArray());
    }

    private static string RemoveSheet(string workbookXml, string name)
    {
        var start = workbookXml.IndexOf($"<sheet name=\"{name}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"sheet '{name}' not found in workbook.xml");
        var end = workbookXml.IndexOf("/>", start, StringComparison.Ordinal) + 2;
        return workbookXml[..start] + workbookXml[end..];
    }
}
