using System.Globalization;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Sylvan.Data.Csv;

namespace Milbal.Data.Importers.WorldBank;

/// <summary>
/// Reads World Development Indicators CSVs: the bulk download <c>API_&lt;indicator&gt;_DS2_*.csv</c> (wide, one
/// column per year; with or without its metadata preamble) and the long Frictionless "datasets/…" files
/// (<c>Country Name,Country Code,Year,Value</c> or <c>Country,Country ID,Year,PPP</c>).
/// </summary>
public sealed class WdiImporter(EntityRegistry? registry = null) : IImporter
{
    public const string Publisher = "The World Bank";
    public const string Title = "World Development Indicators";
    public const string Address = "https://databank.worldbank.org/source/world-development-indicators";
    public const string Licence = "CC BY 4.0 (attribution: The World Bank: World Development Indicators)";
    public const string UndatedEdition = "undated";

    private const string LastUpdatedKey = "Last Updated Date";
    private const int MaxPreambleLines = 20;

    public string DatasetId => DatasetIds.Wdi;

    public ImportResult Import(ImportSource source, ImportOptions options)
    {
        var log = new ImportLog(source, registry);
        var text = PublisherText.Decode(source);
        var (metadata, headerOffset, headerLine) = ReadPreamble(text, log);

        using var csv = OpenCsv(text, headerOffset, log, headerLine);
        var columns = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToArray();
        var years = new YearSpan();
        List<string> indicatorCodes;
        string? indicatorName;
        bool isLongFile;
        try
        {
            if (Array.IndexOf(columns, "Indicator Code") >= 0)
            {
                (indicatorCodes, indicatorName) = ReadWide(csv, columns, headerLine, log, years, options.Progress);
                isLongFile = false;
            }
            else if (Array.IndexOf(columns, "Year") >= 0)
            {
                var (code, name) = ReadLong(csv, columns, headerLine, log, years, options.Progress);
                indicatorCodes = [code];
                indicatorName = name;
                isLongFile = true;
            }
            else
            {
                throw log.Fail(log.At(row: headerLine), "the header has neither 'Indicator Code' (WDI bulk file) nor 'Year' (long file): not a World Development Indicators CSV");
            }
        }
        catch (CsvFormatException e)
        {
            throw log.Fail(log.At(row: headerLine + e.RowNumber), $"the CSV is malformed ({e.Message}); the file is damaged or truncated", e);
        }
        options.Progress?.Report(1.0);

        if (log.Observations.Count == 0 && log.CellsRead - log.CellsSkipped == 0)
            throw log.Fail(log.At(), "the file holds no values");

        var edition = options.Edition;
        var releaseDate = options.ReleaseDate;
        if (metadata.TryGetValue(LastUpdatedKey, out var lastUpdated))
        {
            if (!DateOnly.TryParseExact(lastUpdated, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw log.Fail(log.At(row: 1), $"'{LastUpdatedKey}' is '{lastUpdated}', not a date (yyyy-MM-dd)");
            edition ??= lastUpdated;
            releaseDate ??= date;
        }
        else if (edition is null)
        {
            edition = UndatedEdition;
            log.Warn(log.At(), $"the file does not say which WDI release it comes from (no '{LastUpdatedKey}' line); it is filed as edition " +
                $"'{UndatedEdition}' (data to {years.Last?.ToString(CultureInfo.InvariantCulture) ?? "?"}): pass --edition (the release date, e.g. 2025-07-01) to tell releases apart");
        }
        releaseDate ??= PublisherText.DateFromEdition(edition);

        var part = string.Join("+", indicatorCodes);
        var notes = $"{part}{(indicatorName is null ? "" : $" ({indicatorName})")}; data {years}"
            + (isLongFile ? "; long-format repackaging of the World Bank's data (Frictionless Data 'datasets')" : "");
        var info = new DatasetInfo(DatasetIds.Wdi, edition, Publisher, Title, releaseDate, Address, Licence, Notes: notes);
        return log.Finish(info, part);
    }

    /// <summary>The "key","value" lines before the header row (absent when a re-saved copy dropped them).</summary>
    private static (Dictionary<string, string> Metadata, int HeaderOffset, int HeaderLine) ReadPreamble(string text, ImportLog log)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var offset = 0;
        for (var lineNumber = 1; lineNumber <= MaxPreambleLines && offset < text.Length; lineNumber++)
        {
            var end = text.IndexOf('\n', offset);
            var line = (end < 0 ? text.AsSpan(offset) : text.AsSpan(offset, end - offset)).TrimEnd('\r');
            var fields = Core.Text.CsvLine.Split(line).Select(f => f.Trim()).ToArray();
            if (fields.Length > 0 && fields[0] is "Country Name" or "Country")
                return (metadata, offset, lineNumber);
            if (fields.Length >= 2 && fields[0].Length > 0) metadata[fields[0]] = fields[1];
            if (end < 0) break;
            offset = end + 1;
        }
        throw log.Fail(log.At(), "no header row starting with 'Country Name' (or 'Country') in the first lines: not a World Development Indicators CSV");
    }

    private static CsvDataReader OpenCsv(string text, int headerOffset, ImportLog log, int headerLine)
    {
        try
        {
            return CsvDataReader.Create(new StringReader(headerOffset == 0 ? text : text[headerOffset..]),
                new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', Quote = '"' });
        }
        catch (CsvFormatException e)
        {
            throw log.Fail(log.At(row: headerLine), $"the header row is malformed ({e.Message})", e);
        }
    }

    /// <summary>The bulk layout: Country Name, Country Code, Indicator Name, Indicator Code, one column per year.</summary>
    private (List<string> Codes, string? Name) ReadWide(CsvDataReader csv, string[] columns, int headerLine, ImportLog log, YearSpan span, IProgress<double>? progress)
    {
        var nameColumn = Require(columns, "Country Name", log, headerLine);
        var codeColumn = Require(columns, "Country Code", log, headerLine);
        var indicatorNameColumn = Require(columns, "Indicator Name", log, headerLine);
        var indicatorCodeColumn = Require(columns, "Indicator Code", log, headerLine);
        var yearColumns = new List<(int Column, int Year)>();
        for (var i = 0; i < columns.Length; i++)
            if (columns[i].Length == 4 && int.TryParse(columns[i], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && Observation.IsPlausibleYear(y))
                yearColumns.Add((i, y));
        if (yearColumns.Count == 0) throw log.Fail(log.At(row: headerLine), "the header has no year columns (1960, 1961, …)");

        var codes = new List<string>();
        string? indicatorName = null;
        var units = new Dictionary<(string Code, string EntityId), (string Measure, Unit Unit)>();
        var row = headerLine;
        while (csv.Read())
        {
            row++;
            var location = log.At(row: row);
            if (IsBlankRow(csv, columns.Length, log, row)) continue;
            var code = csv.GetString(indicatorCodeColumn).Trim();
            if (code.Length == 0) throw log.Fail(location, "the row has no indicator code");
            if (!codes.Contains(code)) codes.Add(code);
            var name = csv.GetString(indicatorNameColumn).Trim();
            indicatorName ??= name;
            var countryCode = csv.GetString(codeColumn).Trim();
            var entity = log.Entity(countryCode.Length > 0 ? countryCode : csv.GetString(nameColumn).Trim(), location);

            (string Measure, Unit Unit)? mapped = null;
            if (entity is not null)
            {
                if (!units.TryGetValue((code, entity.Id), out var known))
                    units[(code, entity.Id)] = known = WdiIndicators.Map(code, name, entity);
                mapped = known;
            }
            foreach (var (column, year) in yearColumns)
            {
                log.CellsRead++;
                var value = ParseValue(csv, column, log, row, columns[column]);
                if (value is null) { log.CellsSkipped++; continue; }
                span.Include(year);
                if (entity is not null && mapped is { } m) log.Add(new Observation(entity.Id, year, m.Measure, value.Value, m.Unit));
            }
            if (progress is not null && row % 64 == 0) progress.Report(0.99 * row / Math.Max(row + 1, 300));
        }
        if (codes.Count == 0) throw log.Fail(log.At(row: headerLine), "no data rows after the header");
        return (codes, codes.Count == 1 ? indicatorName : null);
    }

    /// <summary>The long layout: name, code (alpha-3 or alpha-2), Year, value; the indicator comes from the file name.</summary>
    private (string Code, string Name) ReadLong(CsvDataReader csv, string[] columns, int headerLine, ImportLog log, YearSpan span, IProgress<double>? progress)
    {
        var yearColumn = Array.IndexOf(columns, "Year");
        var codeColumn = Array.FindIndex(columns, c => c is "Country Code" or "Country ID");
        var nameColumn = Array.FindIndex(columns, c => c is "Country Name" or "Country");
        if (codeColumn < 0 && nameColumn < 0)
            throw log.Fail(log.At(row: headerLine), "the long file has no 'Country Code' / 'Country ID' or country name column");
        var valueColumns = Enumerable.Range(0, columns.Length).Where(i => i != yearColumn && i != codeColumn && i != nameColumn && columns[i].Length > 0).ToArray();
        if (valueColumns.Length != 1)
            throw log.Fail(log.At(row: headerLine), $"a long WDI file has exactly one value column besides country and year; found {valueColumns.Length} ({string.Join(", ", valueColumns.Select(i => columns[i]))})");
        var valueColumn = valueColumns[0];
        var indicator = WdiIndicators.ForLongFile(log.Source.FileName, columns[valueColumn])
            ?? throw log.Fail(log.At(row: headerLine),
                $"a long-format file does not name its indicator, and '{log.Source.FileName}' is not one Milbal recognises " +
                "(gdp.csv = NY.GDP.MKTP.CD, population.csv = SP.POP.TOTL, ppp-gdp.csv = PA.NUS.PPP); import the bulk API_<indicator>_DS2 CSV instead");

        var units = new Dictionary<string, (string Measure, Unit Unit)>(StringComparer.Ordinal);
        var row = headerLine;
        while (csv.Read())
        {
            row++;
            if (IsBlankRow(csv, columns.Length, log, row)) continue;
            var location = log.At(row: row);
            var yearText = csv.GetFieldSpan(yearColumn).Trim();
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !Observation.IsPlausibleYear(year))
                throw log.Fail(location, $"'{yearText}' in column 'Year' is not a year");
            log.CellsRead++;
            var value = ParseValue(csv, valueColumn, log, row, columns[valueColumn]);
            if (value is null) { log.CellsSkipped++; continue; }
            span.Include(year);
            var key = codeColumn >= 0 ? csv.GetString(codeColumn).Trim() : "";
            if (key.Length == 0 && nameColumn >= 0) key = csv.GetString(nameColumn).Trim();
            var entity = log.Entity(key, location);
            if (entity is null) continue;
            if (!units.TryGetValue(entity.Id, out var mapped))
                units[entity.Id] = mapped = WdiIndicators.Map(indicator.Code, indicator.Name, entity);
            log.Add(new Observation(entity.Id, year, mapped.Measure, value.Value, mapped.Unit));
            if (progress is not null && row % 4096 == 0) progress.Report(0.99 * row / (row + 4096.0));
        }
        if (row == headerLine) throw log.Fail(log.At(row: headerLine), "no data rows after the header");
        return indicator;
    }

    /// <summary>True for an empty line; throws for a row whose width differs from the header's (cut short, or shifted by a stray comma).</summary>
    private static bool IsBlankRow(CsvDataReader csv, int width, ImportLog log, int row)
    {
        if (csv.RowFieldCount == width) return false;
        if (csv.RowFieldCount <= 1 && csv.GetFieldSpan(0).IsWhiteSpace()) return true;
        var extraAreEmpty = true;
        for (var i = width; i < csv.RowFieldCount && extraAreEmpty; i++) extraAreEmpty = csv.GetFieldSpan(i).IsWhiteSpace();
        if (csv.RowFieldCount > width && extraAreEmpty) return false;
        throw log.Fail(log.At(row: row), $"the row has {csv.RowFieldCount} fields where the header has {width}: the file is truncated or damaged");
    }

    private static int Require(string[] columns, string name, ImportLog log, int headerLine)
    {
        var index = Array.IndexOf(columns, name);
        return index >= 0 ? index : throw log.Fail(log.At(row: headerLine), $"the header has no '{name}' column");
    }

    /// <summary>Null for an empty cell (WDI's only "no value" marker); anything else must be a number.</summary>
    private static double? ParseValue(CsvDataReader csv, int column, ImportLog log, int row, string columnName)
    {
        var text = csv.GetFieldSpan(column).Trim();
        if (text.IsEmpty) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        throw log.Fail(log.At(row: row), $"'{text}' in column '{columnName}' (column {Xlsx.XlsxWorkbook.ColumnName(column + 1)}) is not a number");
    }

    /// <summary>First and last year with a value, for the dataset notes.</summary>
    private sealed class YearSpan
    {
        public int? First { get; private set; }
        public int? Last { get; private set; }

        public void Include(int year)
        {
            if (First is null || year < First) First = year;
            if (Last is null || year > Last) Last = year;
        }

        public override string ToString() => First is null ? "none" : $"{First}–{Last}";
    }
}
