using System.Text;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Importers.Nato;

namespace Milbal.Data.Tests.Nato;

public class NatoSharesCsvImporterTests
{
    internal const string CsvFile = "nato/defence_per_share_gdp_2025_edition_secondary.csv";

    private static readonly Lazy<ImportResult> Imported = new(() =>
        new NatoSharesCsvImporter(EntityRegistry.Default).Import(SharedData.Source(CsvFile), ImportOptions.Default));

    private static ImportResult Result => Imported.Value;

    private static ImportResult Import(ImportSource source) =>
        new NatoSharesCsvImporter(EntityRegistry.Default).Import(source, ImportOptions.Default);

    private static bool IsCountry(string entityId) =>
        EntityRegistry.Default.TryResolve(entityId, out var e) && e.Kind == EntityKind.Country;

    [Theory]
    [InlineData(2023, 10)]
    [InlineData(2024, 18)]
    public void Allies_at_two_percent_of_gdp(int year, int expected) =>
        Assert.Equal(expected, Result.Observations.Count(o => o.Year == year && IsCountry(o.EntityId)
            && Math.Round(o.Value, 2, MidpointRounding.AwayFromZero) >= 2.00));

    [Fact]
    public void Poland_2024_differs_from_the_2024_edition_and_is_flagged_secondary()
    {
        var poland = Assert.Single(Result.Observations, o => o.EntityId == "POL" && o.Year == 2024);
        Assert.Equal(3.79, Math.Round(poland.Value, 2));
        Assert.Equal(ObservationFlags.SecondarySource | ObservationFlags.Estimate, poland.Flags);
        Assert.Equal(Measures.MilexGdpShare.Id, poland.MeasureId);
        Assert.Equal(Unit.Percent, poland.Unit);
        var poland2023 = Assert.Single(Result.Observations, o => o.EntityId == "POL" && o.Year == 2023);
        Assert.Equal(ObservationFlags.SecondarySource, poland2023.Flags);
    }

    [Fact]
    public void Every_value_is_secondary_and_every_name_resolves()
    {
        Assert.Equal(33 * 11, Result.Observations.Count);
        Assert.All(Result.Observations, o => Assert.True(o.Flags.HasFlag(ObservationFlags.SecondarySource)));
        Assert.Empty(Result.Warnings);
        Assert.Equal(2.61, Math.Round(Result.Observations.Single(o => o.EntityId == "NATO" && o.Year == 2024).Value, 2));
        Assert.Equal(1.99, Math.Round(Result.Observations.Single(o => o.EntityId == "NATO_EUROPE_CANADA" && o.Year == 2024).Value, 2));
        Assert.Equal(2.13, Math.Round(Result.Observations.Single(o => o.EntityId == "TUR" && o.Year == 2024).Value, 2));
        Assert.Equal(1.96, Math.Round(Result.Observations.Single(o => o.EntityId == "SVK" && o.Year == 2024).Value, 2));
    }

    [Fact]
    public void Dataset_is_labelled_secondary()
    {
        var dataset = Result.Dataset;
        Assert.True(dataset.IsSecondary);
        Assert.Equal("nato", dataset.Id);
        Assert.Equal("2025", dataset.Edition);
        Assert.Equal("NATO", dataset.Publisher);
        Assert.Equal("Defence Expenditure of NATO Countries (2014-2025), shares of GDP (third-party CSV)", dataset.Title);
        Assert.Contains("namanjain92/NATO-Analytics", dataset.Notes);
        Assert.Contains("2025e", dataset.Notes);
        Assert.Equal("shares-csv", Result.Part);
        var overridden = new NatoSharesCsvImporter(EntityRegistry.Default)
            .Import(SharedData.Source(CsvFile), new ImportOptions(Edition: "2025-08")).Dataset;
        Assert.Equal("2025-08", overridden.Edition);
    }

    [Fact]
    public void Truncated_copy_is_an_import_error() =>
        Assert.Throws<ImportException>(() => Import(SharedData.Truncated(CsvFile, 0.5)));

    [Fact]
    public void Corrupted_copy_is_an_import_error() =>
        Assert.Throws<ImportException>(() => Import(SharedData.Corrupted(CsvFile)));

    [Theory]
    [InlineData("Poland,1.864472246,", "Poland,1.86x,", 23)]
    [InlineData("Spain,0.915131542,", "Spain,", 28)]
    [InlineData("Albania,1.330681866,", "Albania,1.33,0.5,", 2)]
    public void A_broken_row_is_an_import_error_naming_the_row(string original, string broken, int row)
    {
        var text = File.ReadAllText(SharedData.PathOf(CsvFile));
        Assert.Contains(original, text);
        var source = new ImportSource(Path.GetFileName(CsvFile), Encoding.UTF8.GetBytes(text.Replace(original, broken, StringComparison.Ordinal)));
        var error = Assert.Throws<ImportException>(() => Import(source));
        Assert.Equal(row, error.Location.Row);
    }

    [Fact]
    public void Header_without_years_is_an_import_error()
    {
        var source = new ImportSource("x.csv", Encoding.UTF8.GetBytes("Country,Value\nPoland,4.1\n"));
        var error = Assert.Throws<ImportException>(() => Import(source));
        Assert.Equal(1, error.Location.Row);
    }

    [Fact]
    public void Blank_cells_are_skipped_not_zero()
    {
        var source = new ImportSource("x.csv", Encoding.UTF8.GetBytes("Country,2023,2024e\nPoland,,4.1\nNATO Total,2.5,n/a\n"));
        var result = Import(source);
        Assert.Equal(2, result.Observations.Count);
        Assert.Equal(2, result.CellsSkipped);
        Assert.DoesNotContain(result.Observations, o => o.Value == 0);
    }
}
