using System.Text;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Sylvan.Data.Csv;

namespace Milbal.Data.Importers.Nato;

/// <summary>
/// Reads a third-party CSV of NATO's defence expenditure as a share of GDP (Country,2014,…,2024e), such as
/// namanjain92/NATO-Analytics' data/defence_per.csv. NATO does not publish this file, so every value is
/// flagged as coming from a secondary source, and the edition is the one the copy is believed to follow.
/// </summary>
public sealed class NatoSharesCsvImporter(EntityRegistry? registry = null) : IImporter
{
    public const string Part = "shares-csv";

    /// <summary>The NATO edition the known copy follows (its 2024 column matches the August 2025 report).</summary>
    public const string DefaultEdition = "2025";

    public string DatasetId => DatasetIds.Nato;

    public ImportResult Import(ImportSource source, ImportOptions options)
    {
        var log = new ImportLog(source, registry);
        using var text = new StreamReader(source.OpenRead(), new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        }
        catch (CsvFormatException e)
        {
            throw log.Fail(log.At(row: 1), $"the header line cannot be read as CSV ({e.Message})", e);
        }
        using (csv)
        {
            var years = ReadHeader(csv, log);
            var rowNumber = 1;
            try
            {
                while (csv.Read())
                {
                    rowNumber++;
                    ReadRow(csv, log, years, rowNumber);
                }
            }
            catch (CsvFormatException e)
            {
                throw log.Fail(log.At(row: rowNumber + 1), $"malformed CSV ({e.Message})", e);
            }
            if (rowNumber == 1) throw log.Fail(log.At(row: 2), "the file has a header but no rows of data");
        }
        var edition = options.Edition ?? DefaultEdition;
        var dataset = new DatasetInfo(
            DatasetIds.Nato,
            edition,
            NatoImporter.Publisher,
            "Defence Expenditure of NATO Countries (2014-2025), shares of GDP (third-party CSV)",
            options.ReleaseDate ?? (options.Edition is null ? new DateOnly(2025, 8, 27) : null),
            "https://github.com/namanjain92/NATO-Analytics (data/defence_per.csv); original: " + NatoImporter.Address,
            NatoImporter.Licence + " (third-party copy; the repository states no licence of its own)",
            IsSecondary: true,
            Notes: "Defence expenditure as % of GDP from the GitHub repository namanjain92/NATO-Analytics (data/defence_per.csv), "
                + "not a NATO file. It is very probably NATO's August 2025 edition (report of 27 August 2025) with the 2025e column "
                + "dropped: its 2024 values differ from the June 2024 edition (Poland 3.79 vs 4.12) and give 18 allies at 2% or more "
                + "in 2024, as reported for the 2025 edition. Edition and release date are inferred, not stated in the file.");
        return log.Finish(dataset, Part);
    }

    private static List<(int Year, bool Estimate)> ReadHeader(CsvDataReader csv, ImportLog log)
    {
        if (csv.FieldCount < 2 || !csv.GetName(0).Trim().Equals("Country", StringComparison.OrdinalIgnoreCase))
            throw log.Fail(log.At(row: 1), $"expected a header 'Country,<year>,<year>,…', found '{string.Join(",", Enumerable.Range(0, csv.FieldCount).Select(csv.GetName))}'");
        var years = new List<(int, bool)>();
        for (var i = 1; i < csv.FieldCount; i++)
        {
            var name = csv.GetName(i);
            if (!NatoImporter.TryParseYear(name, out var year, out var estimate))
                throw log.Fail(log.At(row: 1), $"column {i + 1}: header '{name}' is not a year (such as 2023 or 2024e)");
            years.Add((year, estimate));
        }
        return years;
    }

    private static void ReadRow(CsvDataReader csv, ImportLog log, List<(int Year, bool Estimate)> years, int rowNumber)
    {
        if (csv.RowFieldCount != years.Count + 1)
        {
            if (csv.RowFieldCount <= 1 && csv.GetString(0).Trim().Length == 0) return;
            throw log.Fail(log.At(row: rowNumber), $"{csv.RowFieldCount} fields where the header has {years.Count + 1}");
        }
        var name = csv.GetString(0).Trim();
        if (name.Length == 0) throw log.Fail(log.At(row: rowNumber), "a row without a country name");
        var entityId = NatoImporter.ResolveEntity(log, name, log.At(row: rowNumber));
        for (var i = 0; i < years.Count; i++)
        {
            log.CellsRead++;
            var text = csv.GetString(i + 1);
            var value = ImportLog.ParseNumber(text);
            if (value is null)
            {
                if (!ImportLog.IsMissingMarker(text))
                    throw log.Fail(log.At(row: rowNumber), $"column {i + 2}: '{text.Trim()}' for {name} {years[i].Year} is neither a number nor a missing-data marker");
                log.CellsSkipped++;
                continue;
            }
            if (entityId is null) continue;
            var flags = ObservationFlags.SecondarySource | (years[i].Estimate ? ObservationFlags.Estimate : ObservationFlags.None);
            log.Add(new Observation(entityId, years[i].Year, Measures.MilexGdpShare.Id, value.Value, Unit.Percent, Flags: flags));
        }
    }
}
