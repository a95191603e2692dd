using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Importers.Nato;

namespace Milbal.Data.Tests.Nato;

public class NatoTablesImporterTests
{
    internal const string TablesFile = "nato/240617-def-exp-2024-TABLES-en.xlsx";

    private static readonly Lazy<ImportResult> Imported = new(() =>
        new NatoTablesImporter(EntityRegistry.Default).Import(SharedData.Source(TablesFile), ImportOptions.Default));

    private static ImportResult Result => Imported.Value;

    private static string Id(string name) => EntityRegistry.Default.Resolve(name).Id;

    private static IEnumerable<Observation> Where(string entityId, int year, Measure measure) =>
        Result.Observations.Where(o => o.EntityId == entityId && o.Year == year && o.MeasureId == measure.Id);

    private static Observation Single(string entityId, int year, Measure measure, Unit unit) =>
        Assert.Single(Where(entityId, year, measure), o => o.Unit == unit);

    private static readonly Unit CurrentUsd = Unit.UsDollars(Scale.Millions, PriceBasis.Current);
    private static readonly Unit ConstantUsd = Unit.UsDollars(Scale.Millions, PriceBasis.Constant(2015));

    private static bool IsCountry(string entityId) =>
        EntityRegistry.Default.TryResolve(entityId, out var e) && e.Kind == EntityKind.Country;

    [Theory]
    [InlineData(2014, 3)]
    [InlineData(2015, 5)]
    [InlineData(2016, 5)]
    [InlineData(2017, 4)]
    [InlineData(2018, 6)]
    [InlineData(2019, 7)]
    [InlineData(2020, 9)]
    [InlineData(2021, 6)]
    [InlineData(2022, 7)]
    [InlineData(2023, 10)]
    [InlineData(2024, 23)]
    public void Allies_at_two_percent_of_gdp(int year, int expected)
    {
        var allies = Result.Observations
            .Where(o => o.Year == year && o.MeasureId == Measures.MilexGdpShare.Id && IsCountry(o.EntityId)
                && Math.Round(o.Value, 2, MidpointRounding.AwayFromZero) >= 2.00)
            .Select(o => o.EntityId).Distinct().ToList();
        Assert.Equal(expected, allies.Count);
        if (year == 2014) Assert.Equal(["GBR", "GRC", "USA"], allies.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Estimate_years_are_flagged_and_others_are_not()
    {
        Assert.All(Result.Observations.Where(o => o.Year is 2023 or 2024), o => Assert.True(o.Flags.HasFlag(ObservationFlags.Estimate)));
        Assert.All(Result.Observations.Where(o => o.Year <= 2022), o => Assert.False(o.Flags.HasFlag(ObservationFlags.Estimate)));
        Assert.DoesNotContain(Result.Observations, o => o.Flags.HasFlag(ObservationFlags.SecondarySource));
    }

    [Fact]
    public void Poland_2024_share_of_gdp()
    {
        var poland = Single("POL", 2024, Measures.MilexGdpShare, Unit.Percent);
        Assert.Equal(4.12, Math.Round(poland.Value, 2));
        Assert.Equal(ObservationFlags.Estimate, poland.Flags);
        Assert.Equal("*", poland.Footnotes);
        Assert.Equal("share of real GDP at 2015 prices", poland.Note);
    }

    [Fact]
    public void Nato_aggregates_map_to_the_built_in_groups()
    {
        Assert.Equal(1474399, Single("NATO", 2024, Measures.Milex, CurrentUsd).Value, 1.0);
        Assert.Equal(2.71, Math.Round(Single("NATO", 2024, Measures.MilexGdpShare, Unit.Percent).Value, 2));
        Assert.Equal(506692, Single("NATO_EUROPE_CANADA", 2024, Measures.Milex, CurrentUsd).Value, 1.0);
        Assert.Equal(2.02, Math.Round(Single("NATO_EUROPE_CANADA", 2024, Measures.MilexGdpShare, Unit.Percent).Value, 2));
        Assert.Equal(289275.6, Math.Round(Single("NATO_EUROPE_CANADA", 2014, Measures.Milex, CurrentUsd).Value, 1));
    }

    /// <summary>FIGURES.md section 1a (NATO 2024 edition), rounded as published there.</summary>
    [Theory]
    [InlineData("Albania", 1.35, 1.75, 2.03, 516, 309, 19.8, 16.6, 47.7)]
    [InlineData("Belgium", 0.97, 1.21, 1.30, 8519, 6895, 8.9, 3.5, 15.2)]
    [InlineData("Bulgaria", 1.31, 1.96, 2.18, 2325, 1395, 13.3, 1.0, 31.9)]
    [InlineData("Canada", 1.01, 1.31, 1.37, 30495, 24551, 5.5, 13.0, 18.6)]
    [InlineData("Croatia", 1.81, 1.74, 1.81, 1624, 1226, 7.1, 5.6, 24.2)]
    [InlineData("Czechia", 0.94, 1.37, 2.10, 6834, 4567, 54.7, 6.5, 37.9)]
    [InlineData("Denmark", 1.15, 2.01, 2.37, 9940, 8820, 20.7, 11.0, 29.8)]
    [InlineData("Estonia", 1.93, 3.04, 3.43, 1437, 944, 12.6, 22.1, 33.7)]
    [InlineData("Finland", 1.45, 2.09, 2.41, 7308, 6170, 15.2, 13.7, 45.8)]
    [InlineData("France", 1.82, 1.96, 2.06, 64271, 55195, 6.1, 24.6, 28.4)]
    [InlineData("Germany", 1.19, 1.64, 2.12, 97686, 76943, 29.4, 12.9, 28.7)]
    [InlineData("Greece", 2.22, 2.80, 3.08, 7684, 6792, 11.9, 8.2, 36.1)]
    [InlineData("Hungary", 0.86, 2.05, 2.11, 4889, 3365, 5.0, 7.8, 47.8)]
    [InlineData("Italy", 1.14, 1.50, 1.49, 34462, 29829, 0.1, 10.9, 22.1)]
    [InlineData("Latvia", 0.94, 2.87, 3.15, 1421, 1022, 11.6, 7.5, 36.9)]
    [InlineData("Lithuania", 0.88, 2.78, 2.85, 2300, 1517, 4.3, 14.1, 21.2)]
    [InlineData("Luxembourg", 0.37, 1.12, 1.29, 785, 626, 17.9, 22.6, 43.7)]
    [InlineData("Montenegro", 1.50, 1.54, 2.02, 162, 107, 35.0, 7.5, 35.8)]
    [InlineData("Netherlands", 1.15, 1.66, 2.05, 21460, 18503, 24.2, 10.7, 36.2)]
    [InlineData("North Macedonia", 1.09, 1.81, 2.22, 353, 263, 26.2, 5.9, 29.3)]
    [InlineData("Norway", 1.54, 1.81, 2.20, 10606, 9653, 22.2, 20.4, 30.0)]
    [InlineData("Poland", 1.88, 3.26, 4.12, 34975, 26839, 30.1, 18.8, 51.1)]
    [InlineData("Portugal", 1.31, 1.48, 1.55, 4627, 3706, 6.5, 8.4, 21.9)]
    [InlineData("Romania", 1.35, 1.60, 2.25, 8644, 5490, 45.6, 15.8, 30.8)]
    [InlineData("Slovak Republic", 0.98, 1.84, 2.00, 2841, 2118, 10.4, 11.1, 27.2)]
    [InlineData("Slovenia", 0.97, 1.34, 1.29, 949, 718, -1.4, 0.7, 27.3)]
    [InlineData("Spain", 0.92, 1.19, 1.28, 21269, 17707, 9.3, 13.5, 30.3)]
    [InlineData("Sweden", 1.06, 1.66, 2.14, 13428, 12613, 29.9, 40.5, 34.0)]
    [InlineData("Türkiye", 1.45, 1.50, 2.09, 22776, 26952, 44.1, 25.1, 34.2)]
    [InlineData("United Kingdom", 2.14, 2.30, 2.33, 82107, 75277, 1.7, 22.8, 36.1)]
    [InlineData("United States", 3.71, 3.23, 3.38, 967707, 754684, 7.2, 26.0, 29.9)]
    [InlineData("NATO Europe and Canada", 1.43, 1.78, 2.02, 506692, 430112, 17.9, null, null)]
    [InlineData("NATO Total", 2.58, 2.53, 2.71, 1474399, 1184796, 10.9, null, null)]
    public void Published_figures_for_each_ally(string name, double gdp2014, double gdp2023, double gdp2024,
        double currentUsd2024, double constantUsd2024, double realChange2024, double? equipment2014, double? equipment2024)
    {
        var id = Id(name);
        Assert.Equal(gdp2014, Math.Round(Single(id, 2014, Measures.MilexGdpShare, Unit.Percent).Value, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(gdp2023, Math.Round(Single(id, 2023, Measures.MilexGdpShare, Unit.Percent).Value, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(gdp2024, Math.Round(Single(id, 2024, Measures.MilexGdpShare, Unit.Percent).Value, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(currentUsd2024, Math.Round(Single(id, 2024, Measures.Milex, CurrentUsd).Value, MidpointRounding.AwayFromZero));
        Assert.Equal(constantUsd2024, Math.Round(Single(id, 2024, Measures.Milex, ConstantUsd).Value, MidpointRounding.AwayFromZero));
        Assert.Equal(realChange2024, Math.Round(Single(id, 2024, Measures.MilexRealChange, Unit.Percent).Value, 1, MidpointRounding.AwayFromZero));
        if (equipment2014 is { } e14)
            Assert.Equal(e14, Math.Round(Single(id, 2014, Measures.EquipmentShare, Unit.Percent).Value, 1, MidpointRounding.AwayFromZero));
        if (equipment2024 is { } e24)
            Assert.Equal(e24, Math.Round(Single(id, 2024, Measures.EquipmentShare, Unit.Percent).Value, 1, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Allies_at_twenty_percent_on_equipment()
    {
        int Count(int year) => Result.Observations.Count(o => o.Year == year && o.MeasureId == Measures.EquipmentShare.Id
            && IsCountry(o.EntityId) && Math.Round(o.Value, 1, MidpointRounding.AwayFromZero) >= 20.0);
        Assert.Equal(8, Count(2014));
        Assert.Equal(29, Count(2024));
    }

    [Fact]
    public void Spending_categories_add_up_for_each_ally()
    {
        Measure[] categories = [Measures.EquipmentShare, Measures.PersonnelShare, Measures.InfrastructureShare, Measures.OtherShare];
        var sums = Result.Observations.Where(o => categories.Any(c => c.Id == o.MeasureId))
            .GroupBy(o => (o.EntityId, o.Year))
            .Where(g => g.Count() == 4)
            .ToList();
        Assert.Equal(31 * 11, sums.Count);
        Assert.All(sums, g => Assert.Equal(100.0, g.Sum(o => o.Value), 0.5));
        Assert.Equal("(a)", Single("POL", 2024, Measures.EquipmentShare, Unit.Percent).Footnotes);
        Assert.Equal("(d)", Single("POL", 2024, Measures.OtherShare, Unit.Percent).Footnotes);
    }

    [Fact]
    public void Constant_price_base_year_comes_from_the_tables()
    {
        var constant = Result.Observations.Where(o => o.Unit.PriceBasis.IsConstant).ToList();
        Assert.NotEmpty(constant);
        Assert.All(constant, o => Assert.Equal(2015, o.Unit.PriceBasis.BaseYear));
        Assert.Contains("2015 prices", Result.Dataset.Notes);
    }

    [Fact]
    public void Gdp_per_capita_and_personnel_tables()
    {
        Assert.Equal(34974.53, Math.Round(Single("POL", 2024, Measures.Milex, CurrentUsd).Value, 2));
        Assert.Single(Where("POL", 2024, Measures.Gdp), o => o.Unit == CurrentUsd);
        Assert.Single(Where("POL", 2024, Measures.Gdp), o => o.Unit == ConstantUsd);
        Assert.Equal(17.25, Math.Round(Single("POL", 2024, Measures.GdpPerCapita, Unit.UsDollars(Scale.Thousands, PriceBasis.Constant(2015))).Value, 2));
        Assert.Equal(710.82, Math.Round(Single("POL", 2024, Measures.MilexPerCapita, Unit.UsDollars(Scale.Units, PriceBasis.Constant(2015))).Value, 2));
        Assert.Equal(216.081, Single("POL", 2024, Measures.ArmedForcesPersonnel, Unit.Persons(Scale.Thousands)).Value, 6);
        Assert.Equal(3418.609, Math.Round(Single("NATO", 2024, Measures.ArmedForcesPersonnel, Unit.Persons(Scale.Thousands)).Value, 3));
    }

    [Fact]
    public void National_currency_table_keeps_each_allys_currency()
    {
        Assert.Equal(151240.714, Single("POL", 2024, Measures.Milex, Unit.LocalMoney("PLN", Scale.Millions, PriceBasis.Current)).Value, 6);
        Assert.Equal(101236.31, Math.Round(Single("POL", 2024, Measures.Milex, Unit.LocalMoney("PLN", Scale.Millions, PriceBasis.Constant(2015))).Value, 2));
        Assert.Single(Where("DNK", 2024, Measures.Milex), o => o.Unit.Currency == "DKK" && !o.Unit.PriceBasis.IsConstant);
        Assert.Single(Where("NOR", 2024, Measures.Milex), o => o.Unit.Currency == "NOK" && !o.Unit.PriceBasis.IsConstant);
        Assert.Single(Where("HRV", 2014, Measures.Milex), o => o.Unit.Currency == "EUR" && !o.Unit.PriceBasis.IsConstant);
        Assert.Equal("*", Single("CZE", 2024, Measures.Milex, Unit.LocalMoney("CZK", Scale.Millions, PriceBasis.Current)).Footnotes);
    }

    [Fact]
    public void Ref_errors_are_warned_about_and_never_imported()
    {
        var refWarnings = Result.Warnings.Where(w => w.Message.Contains("unreadable (#REF!)", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["TABLE1:42", "TABLE1:75", "TABLE8a:42", "TABLE8a:75", "TABLE8b:75"],
            refWarnings.Select(w => $"{w.Location.Sheet}:{w.Location.Row}").Order(StringComparer.Ordinal));
        Assert.All(refWarnings, w => Assert.Contains("6 cell(s)", w.Message));
        Assert.Contains(refWarnings, w => w.Message.Contains("D42:I42", StringComparison.Ordinal));
        // Table 1 has no aggregate rows in this copy: only the 31 allies, 11 years, current and constant prices.
        var nationalCurrency = Result.Observations.Where(o => o.MeasureId == Measures.Milex.Id && o.Unit.Conversion == Conversion.None).ToList();
        Assert.Equal(31 * 11 * 2, nationalCurrency.Count);
        Assert.DoesNotContain(nationalCurrency, o => !IsCountry(o.EntityId) || o.Value == 0);
        // Table 8b's hidden unlabelled row of zeros is reported, not imported.
        Assert.Contains(Result.Warnings, w => w.Location.Sheet == "TABLE8b" && w.Location.Row == 42 && w.Message.Contains("without a label"));
        Assert.DoesNotContain(Result.Observations, o => o.EntityId is "NATO" or "NATO_EUROPE_CANADA"
            && o.MeasureId is "milex_equipment_share" or "milex_personnel_share" or "milex_infrastructure_share" or "milex_other_share");
    }

    [Fact]
    public void Every_name_resolves_and_the_summary_table_is_reported()
    {
        Assert.DoesNotContain(Result.Warnings, w => w.Message.Contains("unknown entity", StringComparison.Ordinal));
        Assert.Contains(Result.Warnings, w => w.Location.Sheet == "TABLE4" && w.Message.Contains("summary"));
        Assert.Equal(31 + 2, Result.Observations.Where(o => o.MeasureId == Measures.MilexGdpShare.Id).Select(o => o.EntityId).Distinct().Count());
    }

    [Fact]
    public void Publisher_footnotes_are_kept()
    {
        var symbols = Result.Footnotes.Select(f => f.Symbol).ToList();
        Assert.Contains("*", symbols);
        Assert.Contains("(a)", symbols);
        Assert.Contains("(d)", symbols);
        Assert.Single(Result.Footnotes, f => f.Symbol == "*");
        Assert.StartsWith("Equipment expenditure includes major equipment", Result.Footnotes.Single(f => f.Symbol == "(a)").Text);
        var aggregates = Assert.Single(Result.Footnotes, f => f.Text.Contains("Sweden, which became an Ally on 7 March 2024"));
        Assert.Equal("Tables 2, 3, 5, 6, 7 notes", aggregates.Symbol);
        Assert.StartsWith("Figures for 2023 and 2024 are estimates.", aggregates.Text);
    }

    [Fact]
    public void Dataset_description()
    {
        var dataset = Result.Dataset;
        Assert.Equal("nato", dataset.Id);
        Assert.Equal("2024", dataset.Edition);
        Assert.Equal("NATO", dataset.Publisher);
        Assert.Equal("Defence Expenditure of NATO Countries (2014-2024)", dataset.Title);
        Assert.Equal(new DateOnly(2024, 6, 17), dataset.ReleaseDate);
        Assert.Equal("https://www.nato.int/cps/en/natohq/topics_49198.htm", dataset.Address);
        Assert.Equal("NATO: public release; attribution", dataset.Licence);
        Assert.False(dataset.IsSecondary);
        Assert.Equal("tables", Result.Part);
        Assert.Equal(Path.GetFileName(TablesFile), Result.FileName);
        Assert.True(Result.CellsRead > Result.Observations.Count);
    }

    [Fact]
    public void Edition_and_release_date_can_be_overridden()
    {
        var source = SharedData.Source(TablesFile);
        var renamed = new ImportSource("def-exp-tables.xlsx", source.Content);
        var importer = new NatoTablesImporter(EntityRegistry.Default);
        var derived = importer.Import(renamed, ImportOptions.Default).Dataset;
        Assert.Equal("2024", derived.Edition);
        Assert.Null(derived.ReleaseDate);
        var overridden = importer.Import(renamed, new ImportOptions(Edition: "2024-rev", ReleaseDate: new DateOnly(2024, 6, 18))).Dataset;
        Assert.Equal("2024-rev", overridden.Edition);
        Assert.Equal(new DateOnly(2024, 6, 18), overridden.ReleaseDate);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public void Truncated_workbook_is_an_import_error(double fraction)
    {
        var error = Assert.Throws<ImportException>(() =>
            new NatoTablesImporter(EntityRegistry.Default).Import(SharedData.Truncated(TablesFile, fraction), ImportOptions.Default));
        Assert.Equal(Path.GetFileName(TablesFile), error.Location.File);
    }

    [Fact]
    public void Corrupted_workbook_is_an_import_error() =>
        Assert.Throws<ImportException>(() =>
            new NatoTablesImporter(EntityRegistry.Default).Import(SharedData.Corrupted(TablesFile), ImportOptions.Default));

    [Fact]
    public void A_csv_is_not_a_tables_workbook() =>
        Assert.Throws<ImportException>(() =>
            new NatoTablesImporter(EntityRegistry.Default).Import(
                new ImportSource("x.xlsx", SharedData.Source(NatoSharesCsvImporterTests.CsvFile).Content), ImportOptions.Default));

    [Theory]
    [InlineData("x/240617-def-exp-2024-TABLES-en.xlsx", typeof(NatoTablesImporter))]
    [InlineData("defence_per.CSV", typeof(NatoSharesCsvImporter))]
    public void Importer_is_chosen_by_extension(string file, Type expected)
    {
        var importer = NatoImporter.ForFile(file);
        Assert.IsType(expected, importer);
        Assert.Equal("nato", importer.DatasetId);
    }

    [Fact]
    public void Unsupported_extension_is_an_import_error() =>
        Assert.Throws<ImportException>(() => NatoImporter.ForFile("240617-def-exp-2024-en.pdf"));

    [Theory]
    [InlineData("NATO Europe and Canada", "NATO_EUROPE_CANADA")]
    [InlineData("European Allies and Canada", "NATO_EUROPE_CANADA")]
    [InlineData("NATO Europe + Canada", "NATO_EUROPE_CANADA")]
    [InlineData("NATO Total", "NATO")]
    [InlineData("NATO - Total", "NATO")]
    [InlineData("NATO", "NATO")]
    [InlineData("Canada", null)]
    [InlineData("NATO Europe", null)]
    public void Aggregate_spellings(string label, string? expected) => Assert.Equal(expected, NatoImporter.AggregateId(label));

    [Theory]
    [InlineData("2024e", 2024, true)]
    [InlineData("2023E", 2023, true)]
    [InlineData(" 2014 ", 2014, false)]
    public void Year_headers(string text, int year, bool estimate)
    {
        Assert.True(NatoImporter.TryParseYear(text, out var y, out var e));
        Assert.Equal((year, estimate), (y, e));
    }

    [Theory]
    [InlineData("Real change 2014-2024e (%)")]
    [InlineData("Share of real GDP 2014 (%)")]
    [InlineData("e")]
    public void Not_year_headers(string text) => Assert.False(NatoImporter.TryParseYear(text, out _, out _));
}
