using System.Globalization;
using System.Text.RegularExpressions;
using Milbal.Core.Datasets;
using Milbal.Core.Observations;
using Milbal.Data.Xlsx;

namespace Milbal.Data.Importers.Imf;

/// <summary>
/// The classic WEO table: one row per country × subject, one column per year, "Estimates Start After" last,
/// and a footer row naming the edition. The same reader serves the xlsx copy and the IMF's tab-separated text.
/// </summary>
internal static partial class WeoTableReader
{
    private const string RoundsToZeroMarker = "--";
    private const string RoundsToZeroNote = "rounds to zero ('--')";
    private const int MaxHeaderSearchRows = 30;

    /// <summary>One row of cells as text (index = column - 1).</summary>
    private readonly record struct TableRow(int Number, string[] Cells);

    public static ImportResult ReadXlsx(WeoImporter importer, ImportLog log, ImportOptions options)
    {
        try
        {
            using var workbook = XlsxWorkbook.Open(log.Source.OpenRead());
            foreach (var sheetName in workbook.SheetNames)
            {
                var sheet = workbook.ReadSheet(sheetName);
                var rows = sheet.Rows.Select(ToTableRow).ToList();
                if (FindHeader(rows) is not null) return Read(importer, log, options, rows, sheetName, isText: false);
            }
            throw log.Fail(log.At(), "no sheet has a WEO header row (WEO Country Code, ISO, WEO Subject Code, …)");
        }
        catch (XlsxFormatException e)
        {
            throw log.Fail(log.At(), e.Message, e);
        }
        // The xlsx reader lets some damage through as parse errors of the part's own text (e.g. a shared-string
        // index that is not a number); to the user that is the same unreadable file.
        catch (Exception e) when (e is InvalidDataException or FormatException or OverflowException or IOException or System.Xml.XmlException)
        {
            throw log.Fail(log.At(), $"the workbook is damaged ({e.Message})", e);
        }
    }

    public static ImportResult ReadText(WeoImporter importer, ImportLog log, ImportOptions options, string text)
    {
        var rows = new List<TableRow>();
        var number = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            number++;
            var line = rawLine.TrimEnd('\r');
            rows.Add(new TableRow(number, line.Length == 0 ? [] : line.Split('\t').Select(Unquote).ToArray()));
        }
        return Read(importer, log, options, rows, sheet: null, isText: true);
    }

    private static string Unquote(string field)
    {
        var f = field.Trim();
        return f.Length >= 2 && f[0] == '"' && f[^1] == '"' ? f[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal).Trim() : f;
    }

    private static TableRow ToTableRow(XlsxRow row)
    {
        var width = row.Cells.Count == 0 ? 0 : row.Cells[^1].Column;
        var cells = new string[width];
        for (var i = 0; i < width; i++) cells[i] = "";
        foreach (var cell in row.Cells)
            // An error cell (#N/A, #REF!) keeps its text so it is reported as unreadable, never read as a number.
            cells[cell.Column - 1] = cell.Text.Trim();
        return new TableRow(row.Number, cells);
    }

    private static int? FindHeader(List<TableRow> rows)
    {
        for (var i = 0; i < Math.Min(rows.Count, MaxHeaderSearchRows); i++)
            if (Array.IndexOf(rows[i].Cells, "WEO Subject Code") >= 0) return i;
        return null;
    }

    private static ImportResult Read(WeoImporter importer, ImportLog log, ImportOptions options, List<TableRow> rows, string? sheet, bool isText)
    {
        var headerIndex = FindHeader(rows)
            ?? throw log.Fail(log.At(sheet), "no WEO header row (WEO Country Code, ISO, WEO Subject Code, …) in the first rows");
        var header = rows[headerIndex].Cells;
        int Column(string name, bool required = true)
        {
            var index = Array.FindIndex(header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (index < 0 && required) throw log.Fail(log.At(sheet, rows[headerIndex].Number), $"the header has no '{name}' column");
            return index;
        }
        var isoColumn = Column("ISO");
        var subjectColumn = Column("WEO Subject Code");
        var countryColumn = Column("Country");
        var unitsColumn = Column("Units");
        var scaleColumn = Column("Scale");
        var notesColumn = Column("Country/Series-specific Notes", required: false);
        var cutoffColumn = Column("Estimates Start After", required: false);
        var yearColumns = new List<(int Column, int Year)>();
        for (var i = 0; i < header.Length; i++)
            if (header[i].Length == 4 && int.TryParse(header[i], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && Observation.IsPlausibleYear(y))
                yearColumns.Add((i, y));
        if (yearColumns.Count == 0) throw log.Fail(log.At(sheet, rows[headerIndex].Number), "the header has no year columns (1980, 1981, …)");
        var minimumWidth = Math.Max(yearColumns[^1].Column, Math.Max(subjectColumn, isoColumn)) + 1;

        // The edition is printed in a footer row after the data; look for it first so flags can use its year.
        string? footerEdition = null;
        for (var i = rows.Count - 1; i > headerIndex && footerEdition is null; i--)
        {
            var cells = rows[i].Cells;
            if (cells.Length == 0 || cells.All(c => c.Length == 0)) continue;
            if (subjectColumn < cells.Length && cells[subjectColumn].Length > 0) break;
            footerEdition = cells.Select(WeoImporter.EditionFromFooter).FirstOrDefault(e => e is not null);
        }
        var edition = options.Edition ?? footerEdition
            ?? throw log.Fail(log.At(sheet), "no footer row naming the edition ('International Monetary Fund, World Economic Outlook Database, April 2025'): " +
                "the file may be truncated; pass --edition (e.g. 2025-04) if it is complete");
        var publicationYear = WeoImporter.PublicationYear(edition);

        var units = new Dictionary<(string Entity, string Subject, string Units, Scale Scale, int? Base), (string Measure, Unit Unit)>();
        var realGdpBaseYears = new Dictionary<string, int?>(StringComparer.Ordinal);
        var unknownScales = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var noCutoff = new Dictionary<string, int>(StringComparer.Ordinal);
        var seriesRead = 0;
        for (var i = headerIndex + 1; i < rows.Count; i++)
        {
            var (rowNumber, cells) = rows[i];
            if (cells.Length == 0 || cells.All(c => c.Length == 0)) continue;
            var subject = subjectColumn < cells.Length ? cells[subjectColumn] : "";
            if (subject.Length == 0)
            {
                if (cells.Any(c => WeoImporter.EditionFromFooter(c) is not null)) continue;
                log.Warn(log.At(sheet, rowNumber), "row without a WEO subject code skipped");
                continue;
            }
            if (isText && cells.Length < minimumWidth)
                throw log.Fail(log.At(sheet, rowNumber), $"the row has {cells.Length} fields where the header has {header.Length}: the file is truncated or damaged");
            string Cell(int column) => column >= 0 && column < cells.Length ? cells[column] : "";

            var location = log.At(sheet, rowNumber);
            var iso = Cell(isoColumn);
            var entity = importer.ResolveArea(log, iso, Cell(countryColumn), location);
            var scaleText = Cell(scaleColumn);
            var scale = WeoSubjects.ParseScaleWord(scaleText);
            if (scale is null)
            {
                if (unknownScales.Add(scaleText)) log.Warn(location, $"scale '{scaleText}' is not one Milbal knows (Units, Thousands, Millions, Billions, Trillions); rows with it are skipped");
                continue;
            }
            var notes = Cell(notesColumn);
            var unitsText = Cell(unitsColumn);
            var baseYear = BaseYearInNotes(notes);
            if (subject == "NGDP_R" && entity is not null) realGdpBaseYears[entity.Id] = baseYear;
            // The deflator's notes point at the constant-price GDP series ("See notes for: …"), whose base it shares.
            if (subject == "NGDP_D" && baseYear is null && entity is not null) baseYear = realGdpBaseYears.GetValueOrDefault(entity.Id);
            var cutoffText = Cell(cutoffColumn);
            var cutoff = PublisherText.ParseYearLabel(cutoffText);
            if (cutoff is null && cutoffColumn >= 0) noCutoff[subject] = noCutoff.GetValueOrDefault(subject) + 1;

            (string Measure, Unit Unit)? mapped = null;
            string? footnote = null;
            if (entity is not null)
            {
                var key = (entity.Id, subject, unitsText, scale.Value, baseYear);
                if (!units.TryGetValue(key, out var known))
                    units[key] = known = WeoSubjects.Map(new WeoSeries(subject, entity, scale.Value, unitsText,
                        unitsText.StartsWith("Percent", StringComparison.OrdinalIgnoreCase), baseYear));
                mapped = known;
                if (notes.Length > 0 && !IsMissingText(notes))
                {
                    footnote = $"{iso}.{subject}";
                    log.AddFootnote(new Footnote(footnote, notes));
                }
                seriesRead++;
            }

            foreach (var (column, year) in yearColumns)
            {
                log.CellsRead++;
                var text = Cell(column);
                double value;
                string? note = null;
                if (text == RoundsToZeroMarker)
                {
                    // "--" is a real value too small to show at the published precision, not a gap.
                    value = 0;
                    note = RoundsToZeroNote;
                }
                else if (ImportLog.IsMissingMarker(text))
                {
                    log.CellsSkipped++;
                    continue;
                }
                else if (text.StartsWith('#'))
                {
                    log.CellsSkipped++;
                    log.Warn(log.At(sheet, rowNumber, XlsxWorkbook.ColumnName(column + 1) + rowNumber.ToString(CultureInfo.InvariantCulture)), $"unreadable cell '{text}' skipped");
                    continue;
                }
                else if (ImportLog.ParseNumber(text) is { } parsed)
                {
                    value = parsed;
                }
                else
                {
                    throw log.Fail(log.At(sheet, rowNumber, XlsxWorkbook.ColumnName(column + 1) + rowNumber.ToString(CultureInfo.InvariantCulture)),
                        $"'{text}' for {iso} {subject} {year} is not a number");
                }
                if (entity is null || mapped is not { } m) continue;
                log.Add(new Observation(entity.Id, year, m.Measure, value, m.Unit,
                    Flags: WeoImporter.FlagsFor(year, cutoff, publicationYear), Footnotes: footnote, Note: note));
            }
        }
        if (seriesRead == 0 && log.CellsRead == 0) throw log.Fail(log.At(sheet), "no data rows after the header");
        foreach (var (subject, count) in noCutoff.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            log.Warn(log.At(sheet), $"{subject}: {count} row(s) give no 'Estimates Start After' year, so their values carry no estimate/projection flag");
        options.Progress?.Report(1.0);

        var releaseDate = WeoImporter.ReleaseDateOf(edition, options);
        var notesText = $"{(isText ? "tab-separated text" : "xlsx workbook")}, {yearColumns[0].Year}–{yearColumns[^1].Year}; " +
            "values after each row's 'Estimates Start After' year are flagged estimate (years before publication) or projection";
        return log.Finish(WeoImporter.Dataset(edition, releaseDate, notesText), WeoImporter.ClassicPart);
    }

    private static bool IsMissingText(string text) => ImportLog.IsMissingMarker(text);

    /// <summary>"… Base year: 2015 …" → 2015; a fiscal base year ("FY2003/04", "2011/12") is not a calendar year → null.</summary>
    private static int? BaseYearInNotes(string notes)
    {
        var m = BaseYearPattern().Match(notes);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"Base year:\s*((?:19|20)\d{2})(?![/\d])")]
    private static partial Regex BaseYearPattern();
}
