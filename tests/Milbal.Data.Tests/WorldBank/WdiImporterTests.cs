using Milbal.Core.Entities;
using System.Text;
using Milbal.Core.Datasets;
using Milbal.Core.Observations;
using Milbal.Data.Importers.WorldBank;

namespace Milbal.Data.Tests.WorldBank;

public class WdiImporterTests
{
    private const string PppBulk = "worldbank/wdi-2025-03-24/API_PA.NUS.PPP_DS2_en_csv_v2_13721.csv";
    private const string GdpLcuBulk = "worldbank/wdi-2025-03-24/API_NY.GDP.MKTP.CN_DS2_en_csv_v2_26332.csv";
    private const string GdpConstantBulk = "worldbank/wdi-2025-03-24/API_NY.GDP.MKTP.KN_DS2_en_csv_v2_13325.csv";
    private const string FxBulkHeaderless = "worldbank/wdi-2025h2/API_PA.NUS.FCRF_DS2_en_csv_v2_58.csv";
    private const string PopulationBulkHeaderless = "worldbank/wdi-2025h2/API_SP.POP.TOTL_DS2_en_csv_v2_61.csv";
    private const string DeflatorBulkHeaderless = "worldbank/wdi-2025h2/API_NY.GDP.DEFL.KD.ZG_DS2_en_csv_v2_104.csv";
    private const string PppLong = "worldbank/datasets-ppp-2026-03-05/ppp-gdp.csv";
    private const string GdpLong = "worldbank/datasets-gdp-2024-10/gdp.csv";
    private const string PopulationLong = "worldbank/datasets-population-2026-03-06/population.csv";

    private static readonly WdiImporter Importer = new(EntityRegistry.Default);

    private static Observation Single(ImportResult result, string entity, int year, string measure) =>
        Assert.Single(result.Observations, o => o.EntityId == entity && o.Year == year && o.MeasureId == measure);

    [Fact]
    public void Bulk_file_with_metadata_lines_gives_release_date_edition_and_ppp_factor()
    {
        var result = Importer.Import(SharedData.Source(PppBulk), ImportOptions.Default);

        Assert.Equal("wdi", result.Dataset.Id);
        Assert.Equal("2025-03-24", result.Dataset.Edition);
        Assert.Equal(new DateOnly(2025, 3, 24), result.Dataset.ReleaseDate);
        Assert.Equal("The World Bank", result.Dataset.Publisher);
        Assert.Equal("World Development Indicators", result.Dataset.Title);
        Assert.Equal("https://databank.worldbank.org/source/world-development-indicators", result.Dataset.Address);
        Assert.Equal("CC BY 4.0 (attribution: The World Bank: World Development Indicators)", result.Dataset.Licence);
        Assert.Equal("PA.NUS.PPP", result.Part);
        Assert.Contains("1990–2023", result.Dataset.Notes);

        var russia = Single(result, "RUS", 2023, Measures.PppFactor.Id);
        Assert.Equal(26.67, Math.Round(russia.Value, 2));
        Assert.Equal(26.6700705903736, russia.Value, 12);
        Assert.Equal(Unit.LocalCurrencyPer(Unit.InternationalDollar), russia.Unit);
        Assert.Equal(ObservationFlags.None, russia.Flags);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("--edition"));
        // Every country and aggregate code of the file resolves, WDI-only aggregates such as AFE included.
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("unknown entity"));
        // 266 rows × 64 years.
        Assert.Equal(266 * 64, result.CellsRead);
    }

    [Fact]
    public void Local_currency_gdp_carries_the_entity_currency_and_constant_gdp_its_published_label()
    {
        var current = Importer.Import(SharedData.Source(GdpLcuBulk), ImportOptions.Default);
        var russia = Single(current, "RUS", 2023, Measures.Gdp.Id);
        Assert.Equal(Unit.LocalMoney("RUB", Scale.Units, PriceBasis.Current), russia.Unit);
        Assert.Equal(Unit.LocalMoney("EUR", Scale.Units, PriceBasis.Current), Single(current, "DEU", 2023, Measures.Gdp.Id).Unit);
        Assert.Equal("NY.GDP.MKTP.CN", current.Part);

        var constant = Importer.Import(SharedData.Source(GdpConstantBulk), ImportOptions.Default);
        var russiaReal = Single(constant, "RUS", 2023, Measures.Gdp.Id);
        Assert.Equal(UnitKind.AsPublished, russiaReal.Unit.Kind);
        Assert.Contains("constant", russiaReal.Unit.Label);
        Assert.Equal("NY.GDP.MKTP.KN", constant.Part);
        Assert.Equal("2025-03-24", constant.Dataset.Edition);
    }

    [Fact]
    public void Bulk_file_without_metadata_lines_is_undated_unless_an_edition_is_given()
    {
        var result = Importer.Import(SharedData.Source(FxBulkHeaderless), ImportOptions.Default);

        Assert.Equal(WdiImporter.UndatedEdition, result.Dataset.Edition);
        Assert.Null(result.Dataset.ReleaseDate);
        Assert.Contains(result.Warnings, w => w.Message.Contains("--edition"));
        Assert.Contains("1960–2024", result.Dataset.Notes);
        Assert.Equal("PA.NUS.FCRF", result.Part);
        var russia2024 = Single(result, "RUS", 2024, Measures.FxRate.Id);
        Assert.Equal(92.5524, Math.Round(russia2024.Value, 4));
        Assert.Equal(Unit.LocalCurrencyPer("USD"), russia2024.Unit);
        Assert.Equal(85.162, Math.Round(Single(result, "RUS", 2023, Measures.FxRate.Id).Value, 3));
        // The 2025 column exists but is empty: read, skipped, never zero.
        Assert.DoesNotContain(result.Observations, o => o.Year == 2025);

        var dated = Importer.Import(SharedData.Source(FxBulkHeaderless), new ImportOptions(Edition: "2025-07-01"));
        Assert.Equal("2025-07-01", dated.Dataset.Edition);
        Assert.Equal(new DateOnly(2025, 7, 1), dated.Dataset.ReleaseDate);
        Assert.DoesNotContain(dated.Warnings, w => w.Message.Contains("--edition"));
    }

    [Fact]
    public void Population_and_deflator_bulk_files_map_to_milbal_measures()
    {
        var population = Importer.Import(SharedData.Source(PopulationBulkHeaderless), ImportOptions.Default);
        var russia = Single(population, "RUS", 2024, Measures.Population.Id);
        Assert.Equal(Unit.Persons(), russia.Unit);
        Assert.InRange(russia.Value, 140e6, 150e6);

        var deflator = Importer.Import(SharedData.Source(DeflatorBulkHeaderless), ImportOptions.Default);
        Assert.Equal(Unit.Percent, Single(deflator, "RUS", 2023, Measures.GdpDeflatorInflation.Id).Unit);
    }

    [Fact]
    public void Long_ppp_file_with_alpha2_ids_gives_the_2026_api_values()
    {
        var result = Importer.Import(SharedData.Source(PppLong), new ImportOptions(Edition: "2026-03-05"));

        Assert.Equal("2026-03-05", result.Dataset.Edition);
        Assert.Equal(new DateOnly(2026, 3, 5), result.Dataset.ReleaseDate);
        Assert.Equal("PA.NUS.PPP", result.Part);
        Assert.Equal(27.239, Math.Round(Single(result, "RUS", 2023, Measures.PppFactor.Id).Value, 3));
        Assert.Equal(29.063, Math.Round(Single(result, "RUS", 2024, Measures.PppFactor.Id).Value, 3));
        Assert.Equal(Unit.LocalCurrencyPer(Unit.InternationalDollar), Single(result, "DEU", 2024, Measures.PppFactor.Id).Unit);
    }

    [Fact]
    public void Long_population_and_gdp_files_are_recognised_by_name()
    {
        var population = Importer.Import(SharedData.Source(PopulationLong), ImportOptions.Default);
        Assert.Equal(WdiImporter.UndatedEdition, population.Dataset.Edition);
        Assert.Contains(population.Warnings, w => w.Message.Contains("--edition"));
        Assert.Equal("SP.POP.TOTL", population.Part);
        var russia = Single(population, "RUS", 2024, Measures.Population.Id);
        Assert.InRange(russia.Value, 140e6, 150e6);
        Assert.Contains(population.Observations, o => o.EntityId == "WLD" && o.Year == 2024);

        var gdp = Importer.Import(SharedData.Source(GdpLong), new ImportOptions(Edition: "2024-10"));
        Assert.Equal("2024-10", gdp.Dataset.Edition);
        Assert.Equal("NY.GDP.MKTP.CD", gdp.Part);
        Assert.Equal(Unit.UsDollars(Scale.Units, PriceBasis.Current), Single(gdp, "DEU", 2023, Measures.Gdp.Id).Unit);
    }

    [Fact]
    public void Long_file_with_an_unknown_name_is_rejected_clearly()
    {
        var source = new ImportSource("unemployment.csv", Encoding.UTF8.GetBytes("Country Name,Country Code,Year,Value\nRussian Federation,RUS,2020,5.8\n"));
        var e = Assert.Throws<ImportException>(() => Importer.Import(source, ImportOptions.Default));
        Assert.Contains("unemployment.csv", e.Message);
        Assert.Contains("indicator", e.Message);
    }

    [Fact]
    public void Unknown_indicator_is_kept_under_a_native_measure()
    {
        var csv = "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2022\",\"2023\",\r\n" +
                  "\"Russian Federation\",\"RUS\",\"Arms imports (SIPRI trend indicator values)\",\"MS.MIL.MPRT.KD\",\"1000000\",\"\",\r\n";
        var result = Importer.Import(new ImportSource("API_MS.MIL.MPRT.KD_DS2_en_csv_v2_1.csv", Encoding.UTF8.GetBytes(csv)), new ImportOptions(Edition: "2025-07-01"));
        var o = Assert.Single(result.Observations);
        Assert.Equal("wdi.MS.MIL.MPRT.KD", o.MeasureId);
        Assert.Equal(Unit.AsPublished("Arms imports (SIPRI trend indicator values)"), o.Unit);
        Assert.Equal(1, result.CellsSkipped);
        Assert.Equal("MS.MIL.MPRT.KD", result.Part);
    }

    [Fact]
    public void Military_indicators_map_to_milex_measures()
    {
        var csv = "Country Name,Country Code,Indicator Name,Indicator Code,2023\n" +
                  "Russian Federation,RUS,\"Military expenditure (% of GDP)\",MS.MIL.XPND.GD.ZS,5.9\n" +
                  "Russian Federation,RUS,\"Military expenditure (current USD)\",MS.MIL.XPND.CD,109454000000\n";
        var result = Importer.Import(new ImportSource("API_MS.MIL_DS2.csv", Encoding.UTF8.GetBytes(csv)), ImportOptions.Default);
        Assert.Equal(Unit.Percent, Single(result, "RUS", 2023, Measures.MilexGdpShare.Id).Unit);
        Assert.Equal(Unit.UsDollars(Scale.Units, PriceBasis.Current), Single(result, "RUS", 2023, Measures.Milex.Id).Unit);
        Assert.Equal("MS.MIL.XPND.GD.ZS+MS.MIL.XPND.CD", result.Part);
    }

    [Theory]
    [InlineData(PppBulk)]
    [InlineData(FxBulkHeaderless)]
    [InlineData(PopulationLong)]
    public void Non_numeric_value_fails_naming_the_row(string relative)
    {
        var lines = File.ReadAllText(SharedData.PathOf(relative)).Split('\n');
        var russiaLine = Array.FindIndex(lines, l => l.Contains("\"Russian Federation\"") || l.StartsWith("Russian Federation,"));
        Assert.True(russiaLine > 0);
        lines[russiaLine] = lines[russiaLine].Contains("\"RUS\"")
            ? lines[russiaLine].Replace("\"85.1620083333333\"", "\"8S.16\"").Replace("\"26.6700705903736\"", "\"8S.16\"")
            : string.Join(',', lines[russiaLine].Split(',')[..3]) + ",14x3\r";
        var source = new ImportSource(Path.GetFileName(relative), Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        var e = Assert.Throws<ImportException>(() => Importer.Import(source, ImportOptions.Default));
        Assert.Equal(russiaLine + 1, e.Location.Row);
        Assert.Contains($"row {russiaLine + 1}", e.Message, StringComparison.Ordinal);
        Assert.Contains("not a number", e.Message);
    }

    [Theory]
    [InlineData(PppBulk, 0.5)]
    [InlineData(PppBulk, 0.02)]
    [InlineData(FxBulkHeaderless, 0.5)]
    [InlineData(PppLong, 0.5)]
    [InlineData(GdpLong, 0.37)]
    [InlineData(PopulationLong, 0.45)]
    public void Truncated_files_are_rejected(string relative, double fraction)
    {
        var e = Assert.Throws<ImportException>(() => Importer.Import(SharedData.Truncated(relative, fraction), ImportOptions.Default));
        Assert.Contains(Path.GetFileName(relative), e.Message);
    }

    [Theory]
    [InlineData(PppBulk)]
    [InlineData(FxBulkHeaderless)]
    [InlineData(PppLong)]
    [InlineData(GdpLong)]
    public void Corrupted_files_are_rejected(string relative)
    {
        Assert.Throws<ImportException>(() => Importer.Import(SharedData.Corrupted(relative), ImportOptions.Default));
    }

    [Fact]
    public void A_file_that_is_not_wdi_is_rejected()
    {
        var source = new ImportSource("notes.csv", Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n"));
        Assert.Throws<ImportException>(() => Importer.Import(source, ImportOptions.Default));
    }
}
