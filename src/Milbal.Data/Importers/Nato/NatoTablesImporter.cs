using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Xlsx;

namespace Milbal.Data.Importers.Nato;

/// <summary>
/// Reads NATO's "Defence Expenditure of NATO Countries" tables workbook (one sheet per table). Tables are
/// recognised by their title, unit line and section lines, never by sheet name or row number, because NATO
/// renumbers tables, renames "defence expenditure" to "core defence expenditure", moves the constant-price base
/// year (2015, then 2021) and adds a year column each edition.
/// </summary>
public sealed partial class NatoTablesImporter(EntityRegistry? registry = null) : IImporter
{
    private readonly EntityRegistry _registry = registry ?? EntityRegistry.Default;

    public const string Part = "tables";

    public string DatasetId => DatasetIds.Nato;

    public ImportResult Import(ImportSource source, ImportOptions options)
    {
        var log = new ImportLog(source, _registry);
        var state = new WorkbookState();
        VerifyContainer(source, log);
        XlsxWorkbook workbook;
        try
        {
            workbook = XlsxWorkbook.Open(source.OpenRead());
        }
        catch (XlsxFormatException e)
        {
            throw log.Fail(log.At(), e.Message, e);
        }
        using (workbook)
        {
            var names = workbook.SheetNames;
            for (var i = 0; i < names.Count; i++)
            {
                XlsxSheet sheet;
                try
                {
                    sheet = workbook.ReadSheet(names[i]);
                }
                catch (XlsxFormatException e)
                {
                    throw log.Fail(log.At(names[i]), e.Message, e);
                }
                ReadTable(sheet, log, state);
                options.Progress?.Report((i + 1.0) / names.Count);
            }
        }
        if (!state.FoundMilex || !state.FoundGdpShare)
            throw log.Fail(log.At(), "no NATO defence-expenditure tables found (expected sheets titled 'Table N : Defence expenditure ...' "
                + "with expenditure in US dollars and as a share of GDP)");
        foreach (var footnote in state.AllFootnotes()) log.AddFootnote(footnote);
        return log.Finish(DescribeDataset(source, options, state), Part);
    }

    private static DatasetInfo DescribeDataset(ImportSource source, ImportOptions options, WorkbookState state)
    {
        var published = ReleaseDateFromFileName(source.FileName);
        var edition = options.Edition ?? (published?.Year ?? state.LastYear).ToString(CultureInfo.InvariantCulture);
        var basis = state.BaseYears.Count == 0
            ? ""
            : $" Constant prices are {string.Join(", ", state.BaseYears.Order())} prices and exchange rates.";
        return new DatasetInfo(
            DatasetIds.Nato,
            edition,
            NatoImporter.Publisher,
            $"Defence Expenditure of NATO Countries ({state.FirstYear}-{state.LastYear})",
            options.ReleaseDate ?? published,
            NatoImporter.Address,
            NatoImporter.Licence,
            IsSecondary: false,
            Notes: "Tables published with the PDF report as an Excel workbook; years marked 'e' are estimates." + basis);
    }

    /// <summary>NATO names its files after the publication date: 240617-def-exp-2024-TABLES-en.xlsx.</summary>
    internal static DateOnly? ReleaseDateFromFileName(string fileName)
    {
        var match = DatePrefix().Match(fileName);
        return match.Success && DateOnly.TryParseExact(match.Groups[1].Value, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>
    /// Reads every part of the zip once, so that damage in a part the tables do not use (a damaged copy is
    /// untrustworthy as a whole) is still reported instead of passing unnoticed.
    /// </summary>
    private static void VerifyContainer(ImportSource source, ImportLog log)
    {
        try
        {
            using var zip = new ZipArchive(source.OpenRead(), ZipArchiveMode.Read);
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                while (stream.Read(buffer, 0, buffer.Length) > 0) { }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw log.Fail(log.At(), $"not a readable xlsx workbook (the zip container is damaged or truncated: {e.Message})", e);
        }
    }

    private sealed class WorkbookState
    {
        public bool FoundMilex;
        public bool FoundGdpShare;
        public int FirstYear = int.MaxValue;
        public int LastYear = int.MinValue;
        public SortedSet<int> BaseYears { get; } = [];
        public List<Footnote> Footnotes { get; } = [];
        public HashSet<string> WarnedSections { get; } = new(StringComparer.Ordinal);

        /// <summary>Each table's general "Notes:" line, in order; tables that repeat a text share one footnote.</summary>
        public List<(string Text, List<string> Tables)> GeneralNotes { get; } = [];

        public void AddNote(string text, string tableName)
        {
            var clean = Regex.Replace(text.Replace('\u00a0', ' '), @"\s+", " ").Trim();
            var mark = NoteMark().Match(clean);
            if (mark.Success)
            {
                var footnote = new Footnote(mark.Groups[1].Value, clean[mark.Length..].Trim());
                if (!Footnotes.Contains(footnote)) Footnotes.Add(footnote);
                return;
            }
            clean = NotesPrefix().Replace(clean, "");
            var index = GeneralNotes.FindIndex(n => n.Text == clean);
            if (index < 0) GeneralNotes.Add((clean, [tableName]));
            else if (!GeneralNotes[index].Tables.Contains(tableName)) GeneralNotes[index].Tables.Add(tableName);
        }

        public IEnumerable<Footnote> AllFootnotes() =>
            GeneralNotes.Select(n => new Footnote(
                (n.Tables.Count == 1 ? n.Tables[0] : "Tables " + string.Join(", ", n.Tables.Select(t => t.Replace("Table ", "", StringComparison.Ordinal)))) + " notes",
                n.Text)).Concat(Footnotes);
    }

    /// <summary>What the rows under one section line are.</summary>
    private sealed record Series(string MeasureId, Func<string?, Unit?> UnitFor, string? Note, string? Footnote);

    private void ReadTable(XlsxSheet sheet, ImportLog log, WorkbookState state)
    {
        var titleRow = -1;
        string? tableId = null, title = null;
        for (var r = 0; r < sheet.Rows.Count && titleRow < 0; r++)
            foreach (var cell in sheet.Rows[r].Cells)
            {
                var match = TableTitle().Match(cell.Text.Trim());
                if (!match.Success) continue;
                titleRow = r;
                tableId = match.Groups[1].Value;
                title = match.Groups[2].Value.Trim();
                break;
            }
        if (titleRow < 0 || tableId is null || title is null)
        {
            if (sheet.Rows.Any(r => r.Cells.Count > 0)) log.Warn(log.At(sheet.Name), "no 'Table N : ...' title found; sheet not imported");
            return;
        }
        var tableName = $"Table {tableId}";

        var headerIndex = -1;
        var unitLines = new List<string>();
        for (var r = titleRow + 1; r < sheet.Rows.Count; r++)
        {
            var years = sheet.Rows[r].Cells.Count(c => NatoImporter.TryParseYear(c.Text, out _, out _));
            if (years > 0)
            {
                headerIndex = r;
                break;
            }
            unitLines.AddRange(sheet.Rows[r].Cells.Where(c => c.Type == XlsxCellType.Text && c.Text.Trim().Length > 0).Select(c => c.Text.Trim()));
        }
        if (headerIndex < 0)
        {
            log.Warn(log.At(sheet.Name), $"{tableName} ('{title}') has no row of year columns; not imported");
            return;
        }
        var header = sheet.Rows[headerIndex];
        var yearColumns = new Dictionary<int, (int Year, bool Estimate)>();
        var otherHeaders = new List<string>();
        foreach (var cell in header.Cells)
        {
            if (NatoImporter.TryParseYear(cell.Text, out var year, out var estimate)) yearColumns[cell.Column] = (year, estimate);
            else if (cell.Text.Trim().Length > 0) otherHeaders.Add(cell.Text.Trim());
        }
        if (otherHeaders.Count > 0)
        {
            // Table 4 (2014 and the latest year, change between them, shares of GDP) repeats Tables 2 and 3.
            log.Warn(log.At(sheet.Name, header.Number), $"{tableName} ('{title}') is a summary with columns "
                + $"{string.Join(", ", header.Cells.Select(c => $"'{c.Text.Trim()}'"))}; its values repeat the yearly tables, so it is not imported");
            return;
        }
        var firstYearColumn = yearColumns.Keys.Min();
        var unitLine = string.Join(" | ", unitLines);

        string section = "";
        var series = Classify(title, unitLine, section);
        var inNotes = false;
        for (var r = headerIndex + 1; r < sheet.Rows.Count; r++)
        {
            var row = sheet.Rows[r];
            var labelCell = row.Cells.LastOrDefault(c => c.Column < firstYearColumn && c.Type == XlsxCellType.Text && c.Text.Trim().Length > 0);
            var label = labelCell?.Text.Trim() ?? "";
            var valueCells = row.Cells.Where(c => yearColumns.ContainsKey(c.Column) && c.Text.Trim().Length > 0).ToList();
            var noteText = row.Cells.FirstOrDefault(c => c.Type == XlsxCellType.Text && c.Text.Trim().Length > 0)?.Text.Trim() ?? "";

            if (PageNumber().IsMatch(noteText) && valueCells.Count == 0) continue;
            if (inNotes || (valueCells.Count == 0 && IsNote(noteText)))
            {
                inNotes = true;
                if (noteText.Length > 0) state.AddNote(noteText, tableName);
                continue;
            }
            if (valueCells.Count == 0 && !NamesEntity(label))
            {
                if (label.Length == 0) continue;
                section = label;
                series = Classify(title, unitLine, section);
                if (series is null && state.WarnedSections.Add($"{sheet.Name}|{section}"))
                    log.Warn(log.At(sheet.Name, row.Number), $"{tableName} ('{title}'): section '{section}' not recognised; its rows are not imported");
                continue;
            }
            if (label.Length == 0)
            {
                WarnUnlabelledRow(log, sheet, tableName, row, valueCells);
                continue;
            }
            if (series is null)
            {
                if (state.WarnedSections.Add($"{sheet.Name}|{section}"))
                    log.Warn(log.At(sheet.Name, row.Number), $"{tableName} ('{title}'{(section.Length > 0 ? $", '{section}'" : "")}) not recognised; its rows are not imported");
                continue;
            }
            ReadDataRow(log, state, sheet, tableName, row, label, yearColumns, series);
        }
    }

    /// <summary>A row label naming a country or aggregate, as opposed to a section line such as "Current prices".</summary>
    private bool NamesEntity(string label)
    {
        var name = RowLabel().Match(label).Groups["name"].Value.Trim();
        return name.Length > 0 && (NatoImporter.AggregateId(name) is not null || _registry.TryResolve(name, out _));
    }

    private static void ReadDataRow(ImportLog log, WorkbookState state, XlsxSheet sheet, string tableName, XlsxRow row, string label,
        Dictionary<int, (int Year, bool Estimate)> yearColumns, Series series)
    {
        var parts = RowLabel().Match(label);
        var name = parts.Groups["name"].Value.Trim();
        var marks = parts.Groups["marks"].Value;
        var currencyName = parts.Groups["currency"].Success ? parts.Groups["currency"].Value.Trim() : null;
        var entityId = NatoImporter.ResolveEntity(log, name, log.At(sheet.Name, row.Number));
        var footnotes = marks + (series.Footnote ?? "");
        var unit = series.UnitFor(currencyName is null || entityId is null ? null : CurrencyCode(currencyName, entityId));
        if (unit is null)
        {
            log.Warn(log.At(sheet.Name, row.Number), $"{tableName}: currency '{currencyName}' of '{name}' not recognised; row not imported");
            return;
        }
        var unreadable = new List<string>();
        foreach (var (column, (year, estimate)) in yearColumns.OrderBy(kv => kv.Key))
        {
            log.CellsRead++;
            var cell = row[column];
            if (cell is null || cell.Text.Trim().Length == 0)
            {
                log.CellsSkipped++;
                continue;
            }
            if (cell.IsError)
            {
                log.CellsSkipped++;
                unreadable.Add(cell.Reference);
                continue;
            }
            double? value = cell.Type == XlsxCellType.Number ? cell.Number : ImportLog.ParseNumber(cell.Text);
            if (value is null)
            {
                if (!ImportLog.IsMissingMarker(cell.Text))
                    throw log.Fail(log.At(sheet.Name, row.Number, cell.Reference), $"{tableName}: '{cell.Text.Trim()}' for {name} {year} is neither a number nor a missing-data marker");
                log.CellsSkipped++;
                continue;
            }
            if (entityId is null) continue;
            state.FirstYear = Math.Min(state.FirstYear, year);
            state.LastYear = Math.Max(state.LastYear, year);
            if (unit.PriceBasis.BaseYear is { } baseYear) state.BaseYears.Add(baseYear);
            if (series.MeasureId == Measures.Milex.Id && unit.Currency == "USD") state.FoundMilex = true;
            if (series.MeasureId == Measures.MilexGdpShare.Id) state.FoundGdpShare = true;
            log.Add(new Observation(entityId, year, series.MeasureId, value.Value, unit,
                Flags: estimate ? ObservationFlags.Estimate : ObservationFlags.None,
                Footnotes: footnotes.Length > 0 ? footnotes : null,
                Note: series.Note));
        }
        if (unreadable.Count > 0)
            log.Warn(log.At(sheet.Name, row.Number), $"{tableName}, {name}: {unreadable.Count} cell(s) unreadable (#REF!) ({CellRange(unreadable)}); no value imported for them");
    }

    private static void WarnUnlabelledRow(ImportLog log, XlsxSheet sheet, string tableName, XlsxRow row, List<XlsxCell> valueCells)
    {
        log.CellsRead += valueCells.Count;
        log.CellsSkipped += valueCells.Count;
        var errors = valueCells.Where(c => c.IsError).Select(c => c.Reference).ToList();
        var numbers = valueCells.Where(c => !c.IsError).Select(c => c.Reference).ToList();
        if (errors.Count > 0)
            log.Warn(log.At(sheet.Name, row.Number), $"{tableName}: {errors.Count} cell(s) unreadable (#REF!) in a row without a label ({CellRange(errors)}); nothing imported from them");
        if (numbers.Count > 0)
            log.Warn(log.At(sheet.Name, row.Number), $"{tableName}: {numbers.Count} value(s) in a row without a label ({CellRange(numbers)}); not imported because the row names no country or aggregate");
    }

    /// <summary>"D42:I42" for a run of cells, else the references listed.</summary>
    private static string CellRange(List<string> references) =>
        references.Count == 1 ? references[0] : $"{references[0]}:{references[^1]}" + (references.Count > 2 ? $", {references.Count} cells" : "");

    /// <summary>
    /// What a block of rows holds, from the table title, the unit line under it and the section line above the
    /// rows; null when the combination is not one NATO publishes.
    /// </summary>
    private static Series? Classify(string title, string unitLine, string section)
    {
        var t = title.ToLowerInvariant();
        var u = unitLine.ToLowerInvariant();
        var s = section.ToLowerInvariant();
        var basis = PriceBasisIn(s) ?? PriceBasisIn(u) ?? PriceBasisIn(t);
        var baseYear = BaseYearIn(s) ?? BaseYearIn(u) ?? BaseYearIn(t);
        var scale = ScaleIn(s) ?? ScaleIn(u) ?? Scale.Units;
        var distributionFootnote = FootnoteMark().Match(section) is { Success: true } m ? m.Value : null;

        Series Fixed(Measure measure, Unit unit, string? note = null, string? footnote = null) => new(measure.Id, _ => unit, note, footnote);
        Series? Dollars(Measure measure, Scale dollarScale) =>
            basis is { } b && (s.Contains("us dollars") || u.Contains("us dollars") || u.Contains("us$")) ? Fixed(measure, Unit.UsDollars(dollarScale, b)) : null;

        if (s.Contains("per capita"))
            return s.Contains("gdp") ? Dollars(Measures.GdpPerCapita, scale) : Dollars(Measures.MilexPerCapita, scale);
        if (s.Contains("share of") && s.Contains("gdp"))
        {
            var real = s.Contains("real gdp") || t.Contains("real gdp");
            return Fixed(Measures.MilexGdpShare, Unit.Percent,
                real ? (baseYear is { } y ? $"share of real GDP at {y} prices" : "share of real GDP") : null);
        }
        if (s.Contains("real change") && !t.Contains("gdp growth"))
            return Fixed(Measures.MilexRealChange, Unit.Percent, baseYear is { } y2 ? $"annual real change at {y2} prices" : "annual real change");
        if (t.Contains("distribution") || u.Contains("percentage of total"))
        {
            var category = s.TrimStart();
            if (category.StartsWith("equipment", StringComparison.Ordinal)) return Fixed(Measures.EquipmentShare, Unit.Percent, footnote: distributionFootnote);
            if (category.StartsWith("personnel", StringComparison.Ordinal)) return Fixed(Measures.PersonnelShare, Unit.Percent, footnote: distributionFootnote);
            if (category.StartsWith("infrastructure", StringComparison.Ordinal)) return Fixed(Measures.InfrastructureShare, Unit.Percent, footnote: distributionFootnote);
            if (category.StartsWith("other", StringComparison.Ordinal)) return Fixed(Measures.OtherShare, Unit.Percent, footnote: distributionFootnote);
            return null;
        }
        if (t.Contains("personnel"))
            return Fixed(Measures.ArmedForcesPersonnel, Unit.Persons(ScaleIn(u) ?? Scale.Units));
        if (!t.Contains("expenditure") && t.Contains("gdp"))
            return Dollars(Measures.Gdp, scale);
        if (t.Contains("expenditure"))
        {
            if (u.Contains("national currency"))
                return basis is { } b ? new Series(Measures.Milex.Id, currency => currency is null ? null : Unit.LocalMoney(currency, scale, b), null, null) : null;
            return Dollars(Measures.Milex, scale);
        }
        return null;
    }

    private static PriceBasis? PriceBasisIn(string text)
    {
        if (BaseYearIn(text) is { } year) return PriceBasis.Constant(year);
        return text.Contains("current prices") ? PriceBasis.Current : null;
    }

    /// <summary>"Constant 2015 prices", "2021 prices and exchange rates", "Based on 2015 prices".</summary>
    private static int? BaseYearIn(string text)
    {
        var match = BasePrices().Match(text);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static Scale? ScaleIn(string text)
    {
        if (text.Contains("billion")) return Scale.Billions;
        if (text.Contains("million")) return Scale.Millions;
        if (text.Contains("thousand")) return Scale.Thousands;
        return null;
    }

    /// <summary>
    /// Table 1 names each ally's currency in words, in the plural, as printed in the PDF; "Kroner" is Danish or
    /// Norwegian depending on the row. NATO re-expresses a whole series in the currency of the latest year
    /// (Croatia in euros from 2014), so the printed name holds for every column.
    /// </summary>
    private static string? CurrencyCode(string currencyName, string entityId) =>
        NameKey.Of(currencyName) switch
        {
            "euros" or "euro" => "EUR",
            "leks" or "lek" => "ALL",
            "leva" or "lev" => "BGN",
            "canadian dollars" => "CAD",
            "koruny" or "korunas" => "CZK",
            "kroner" or "krone" => entityId switch { "DNK" => "DKK", "NOR" => "NOK", _ => null },
            "kronor" or "krona" => "SEK",
            "forint" or "forints" => "HUF",
            "denars" or "denar" => "MKD",
            "zlotys" or "zloty" or "zlotych" => "PLN",
            "new lei" or "lei" => "RON",
            "liras" or "lira" or "new liras" or "new lira" => "TRY",
            "pounds" or "pounds sterling" => "GBP",
            "us dollars" => "USD",
            "kuna" or "kunas" => "HRK",
            _ => null,
        };

    private static bool IsNote(string text) =>
        text.StartsWith("Note", StringComparison.OrdinalIgnoreCase) || NoteMark().IsMatch(text);

    [GeneratedRegex(@"^Table\s+(\d+[a-z]?)\s*[:.\-–]\s*(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableTitle();

    [GeneratedRegex(@"(?:constant\s+)?((?:19|20|21)\d{2})\s+prices", RegexOptions.CultureInvariant)]
    private static partial Regex BasePrices();

    [GeneratedRegex(@"^\s*-\s*\d+\s*-\s*$")]
    private static partial Regex PageNumber();

    /// <summary>"*  These Allies ..." or "(a) Equipment expenditure ...".</summary>
    [GeneratedRegex(@"^(\*+|\([a-z]\))\s+")]
    private static partial Regex NoteMark();

    [GeneratedRegex(@"\([a-z]\)\s*$")]
    private static partial Regex FootnoteMark();

    /// <summary>"Czechia*   (Koruny)": name, footnote marks, currency.</summary>
    [GeneratedRegex(@"^(?<name>.*?)\s*(?<marks>[*†‡§¶]*)\s*(?:\((?<currency>[^)]*)\))?\s*$")]
    private static partial Regex RowLabel();

    [GeneratedRegex(@"^Notes?\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NotesPrefix();

    [GeneratedRegex(@"^(\d{6})-")]
    private static partial Regex DatePrefix();
}
