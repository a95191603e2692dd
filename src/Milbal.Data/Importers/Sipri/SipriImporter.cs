using System.Globalization;
using System.Xml;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Xlsx;

namespace Milbal.Data.Importers.Sipri;

/// <summary>
/// Reads the SIPRI Military Expenditure Database workbook (SIPRI-Milex-data-1949-YYYY.xlsx): every country sheet,
/// the regional totals and the footnotes. SIPRI marks estimates and uncertain figures only by font colour and
/// cites footnotes in a Notes column; both are kept on each observation.
/// </summary>
public sealed class SipriImporter(EntityRegistry? registry = null) : IImporter
{
    public const string Part = "workbook";
    public const string Publisher = "Stockholm International Peace Research Institute (SIPRI)";
    public const string Title = "SIPRI Military Expenditure Database";
    public const string Address = "https://www.sipri.org/databases/milex";
    public const string Licence =
        "SIPRI terms: free use with attribution; redistribution only as non-commercial excerpts of less than 10% of a published data set";
    public const string RegionalRedNote = "more than 10% of the total estimated";

    public string DatasetId => DatasetIds.Sipri;

    private enum SheetKind { LocalFinancial, LocalCalendar, ConstantUsd, CurrentUsd, GdpShare, PerCapita, GovtShare, GovtShareDerived, Regional, Footnotes, FrontPage, Unknown }

    public ImportResult Import(ImportSource source, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ImportOptions.Default;
        var log = new ImportLog(source, registry);
        using var workbook = Open(log);

        var byKind = new Dictionary<SheetKind, string>();
        foreach (var name in workbook.SheetNames)
        {
            var kind = KindOf(name);
            if (kind == SheetKind.Unknown) log.Warn(log.At(name), "sheet not recognised as a SIPRI data sheet; skipped");
            else if (kind == SheetKind.GovtShareDerived)
                log.Warn(log.At(name), "sheet is a derived copy of 'Share of Govt. spending' added by a third party, not SIPRI's; skipped");
            else if (!byKind.TryAdd(kind, name)) log.Warn(log.At(name), $"second sheet of the same kind as '{byKind[kind]}'; skipped");
        }
        foreach (var essential in (ReadOnlySpan<SheetKind>)[SheetKind.ConstantUsd, SheetKind.CurrentUsd, SheetKind.GdpShare])
            if (!byKind.ContainsKey(essential))
                throw log.Fail(log.At(), $"the workbook has no '{ExpectedName(essential)}' sheet, so it is not a SIPRI Military Expenditure Database workbook (sheets: {string.Join(", ", workbook.SheetNames)})");

        if (byKind.TryGetValue(SheetKind.Footnotes, out var footnoteSheet)) ReadFootnotes(log, Read(workbook, log, footnoteSheet));
        else log.Warn(log.At(), "no 'Footnotes' sheet: footnote symbols are kept but their texts are unknown");

        // Sheets with a Notes column go first: the govt-share sheet has none and borrows each country's notes.
        ReadOnlySpan<SheetKind> countrySheets =
            [SheetKind.ConstantUsd, SheetKind.CurrentUsd, SheetKind.GdpShare, SheetKind.LocalCalendar, SheetKind.LocalFinancial, SheetKind.PerCapita, SheetKind.GovtShare];
        var reader = new CountrySheetReader(log);
        int? baseYear = null;
        var maxYear = 0;
        var done = 0;
        foreach (var kind in countrySheets)
        {
            if (!byKind.TryGetValue(kind, out var name))
            {
                log.Warn(log.At(), $"no '{ExpectedName(kind)}' sheet; its measure is not imported");
                continue;
            }
            var sheet = Read(workbook, log, name);
            var layout = SipriLayout.Find(sheet, "Country")
                ?? throw log.Fail(log.At(name), "no header row (a row whose first cell is 'Country') near the top of the sheet");
            if (layout.YearColumnCount == 0) throw log.Fail(log.At(name, layout.Header.Number), "the header row has no year columns");
            maxYear = Math.Max(maxYear, layout.MaxYear);
            var spec = SpecFor(kind, layout, log, ref baseYear);
            reader.Read(layout, spec);
            options.Progress?.Report(++done / (double)(countrySheets.Length + 1));
        }

        if (byKind.TryGetValue(SheetKind.Regional, out var regional)) ReadRegionalTotals(log, Read(workbook, log, regional), baseYear);
        else log.Warn(log.At(), "no 'Regional totals' sheet; world and regional totals are not imported");
        options.Progress?.Report(1);

        var dataset = new DatasetInfo(
            DatasetIds.Sipri,
            options.Edition ?? (maxYear + 1).ToString(CultureInfo.InvariantCulture),
            Publisher,
            Title,
            options.ReleaseDate,
            Address,
            Licence);
        return log.Finish(dataset, Part);
    }

    private static SheetKind KindOf(string sheetName)
    {
        var n = sheetName.Trim();
        bool Is(string s) => n.Equals(s, StringComparison.OrdinalIgnoreCase);
        bool Starts(string s) => n.StartsWith(s, StringComparison.OrdinalIgnoreCase);
        if (Starts("Share of govt") || Starts("Share of government"))
            return n.Contains("clean", StringComparison.OrdinalIgnoreCase) ? SheetKind.GovtShareDerived : SheetKind.GovtShare;
        if (Starts("Local currency") && n.Contains("financial", StringComparison.OrdinalIgnoreCase)) return SheetKind.LocalFinancial;
        if (Starts("Local currency") && n.Contains("calendar", StringComparison.OrdinalIgnoreCase)) return SheetKind.LocalCalendar;
        if (Starts("Constant")) return SheetKind.ConstantUsd;
        if (Is("Current US$") || Starts("Current US")) return SheetKind.CurrentUsd;
        if (Is("Share of GDP")) return SheetKind.GdpShare;
        if (Is("Per capita")) return SheetKind.PerCapita;
        if (Starts("Regional")) return SheetKind.Regional;
        if (Is("Footnotes")) return SheetKind.Footnotes;
        if (Is("Front page")) return SheetKind.FrontPage;
        return SheetKind.Unknown;
    }

    private static string ExpectedName(SheetKind kind) => kind switch
    {
        SheetKind.LocalFinancial => "Local currency financial years",
        SheetKind.LocalCalendar => "Local currency calendar years",
        SheetKind.ConstantUsd => "Constant (YYYY) US$",
        SheetKind.CurrentUsd => "Current US$",
        SheetKind.GdpShare => "Share of GDP",
        SheetKind.PerCapita => "Per capita",
        SheetKind.GovtShare => "Share of Govt. spending",
        SheetKind.Regional => "Regional totals",
        _ => kind.ToString(),
    };

    private static CountrySheetSpec SpecFor(SheetKind kind, SipriLayout layout, ImportLog log, ref int? baseYear)
    {
        var name = layout.Sheet.Name;
        Scale ScaleOr(Scale assumed)
        {
            if (layout.StatedScale() is { } stated) return stated;
            log.Warn(log.At(name), $"the title rows state no scale; assuming {Unit.ScaleWord(assumed) switch { "" => "units", var w => w + "s" }}");
            return assumed;
        }
        switch (kind)
        {
            case SheetKind.ConstantUsd:
                var fromName = SipriLayout.ConstantBaseYearIn(name);
                var fromTitle = SipriLayout.ConstantBaseYearIn(layout.TitleText);
                var year = fromName ?? fromTitle
                    ?? throw log.Fail(log.At(name), "neither the sheet name nor its title rows state the constant-price base year");
                if (fromName is not null && fromTitle is not null && fromName != fromTitle)
                    log.Warn(log.At(name), $"the sheet name says base year {fromName} but its title rows say {fromTitle}; using {fromName}");
                baseYear = year;
                return new CountrySheetSpec(Measures.Milex.Id, Unit.UsDollars(ScaleOr(Scale.Millions), PriceBasis.Constant(year)));
            case SheetKind.CurrentUsd:
                return new CountrySheetSpec(Measures.Milex.Id, Unit.UsDollars(ScaleOr(Scale.Millions), PriceBasis.Current));
            case SheetKind.GdpShare:
                return new CountrySheetSpec(Measures.MilexGdpShare.Id, Unit.Percent, IsShare: true);
            case SheetKind.GovtShare:
                return new CountrySheetSpec(Measures.MilexGovtShare.Id, Unit.Percent, IsShare: true);
            case SheetKind.PerCapita:
                // SIPRI states "Figures are in current US$": per person, not scaled.
                return new CountrySheetSpec(Measures.MilexPerCapita.Id, Unit.UsDollars(layout.StatedScale() ?? Scale.Units, PriceBasis.Current));
            case SheetKind.LocalCalendar:
            case SheetKind.LocalFinancial:
                // SIPRI's local-currency sheets hold whole currency units unless the title says otherwise.
                return new CountrySheetSpec(Measures.Milex.Id, null, LocalScale: layout.StatedScale() ?? Scale.Units,
                    Period: kind == SheetKind.LocalFinancial ? PeriodBasis.FiscalYear : PeriodBasis.CalendarYear);
            default:
                throw new InvalidOperationException($"{kind} is not a country sheet");
        }
    }

    private static XlsxWorkbook Open(ImportLog log)
    {
        try
        {
            return XlsxWorkbook.Open(log.Source.OpenRead());
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw log.Fail(log.At(), e.Message, e);
        }
    }

    private static XlsxSheet Read(XlsxWorkbook workbook, ImportLog log, string name)
    {
        try
        {
            return workbook.ReadSheet(name);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw log.Fail(log.At(name), e.Message, e);
        }
    }

    // The xlsx reader wraps most damage in XlsxFormatException, but garbage in a decompressed part can surface as
    // a parse error of a number or index it reads.
    private static bool IsDamage(Exception e) =>
        e is XlsxFormatException or InvalidDataException or XmlException or IOException or FormatException or OverflowException;

    /// <summary>Symbols (†, ‡, §, ¶, ‖) with their text in the next column; numbered notes with text further right.</summary>
    private static void ReadFootnotes(ImportLog log, XlsxSheet sheet)
    {
        foreach (var row in sheet.Rows)
        {
            if (row.Cells.Count < 2) continue;
            var symbol = row.TextAt(1);
            if (symbol.Length == 0 || symbol.Length > 8) continue;
            string text = "";
            for (var i = 1; i < row.Cells.Count && text.Length == 0; i++) text = row.Cells[i].Text.Trim();
            if (text.Length > 0) log.AddFootnote(new Footnote(symbol, text));
        }
    }

    private static void ReadRegionalTotals(ImportLog log, XlsxSheet sheet, int? countryBaseYear)
    {
        var layout = SipriLayout.Find(sheet, "Region", "Country")
            ?? throw log.Fail(log.At(sheet.Name), "no header row (a row whose first cell is 'Region') near the top of the sheet");
        if (layout.YearColumnCount == 0) throw log.Fail(log.At(sheet.Name, layout.Header.Number), "the header row has no year columns");
        var baseYear = SipriLayout.ConstantBaseYearIn(layout.TitleText) ?? countryBaseYear
            ?? throw log.Fail(log.At(sheet.Name), "the title rows state no constant-price base year");
        if (countryBaseYear is { } c && c != baseYear)
            log.Warn(log.At(sheet.Name), $"regional totals are at constant {baseYear} prices, country figures at constant {c} prices");
        var scale = layout.StatedScale() ?? Scale.Billions;
        var constant = Unit.UsDollars(scale, PriceBasis.Constant(baseYear));
        var current = Unit.UsDollars(scale, PriceBasis.Current);
        var omittedColumn = layout.ColumnWhere(h => h.Contains("omitted", StringComparison.OrdinalIgnoreCase));

        // SIPRI's red here does not mean "highly uncertain" as on the country sheets; the title rows say what.
        var redMeansEstimated = layout.TitleText.Contains("more than 10%", StringComparison.OrdinalIgnoreCase);
        var redFlag = redMeansEstimated ? ObservationFlags.Estimate : ObservationFlags.HighlyUncertain;

        var rows = sheet.Rows;
        for (var r = layout.HeaderIndex + 1; r < rows.Count; r++)
        {
            var row = rows[r];
            var name = row.TextAt(1);
            if (name.Length == 0 || CountrySheetReader.IsHeading(row)) continue;
            var entity = log.Entity(name, log.At(sheet.Name, row.Number, "A" + row.Number.ToString(CultureInfo.InvariantCulture)));
            var omitted = omittedColumn > 0 ? row.TextAt(omittedColumn) : "";
            var omittedNote = omitted.Length > 0 ? "omitted countries: " + omitted : null;
            var values = 0;
            foreach (var cell in row.Cells)
            {
                var year = layout.YearOf(cell.Column);
                if (year == 0) continue;
                if (!CountrySheetReader.TryValue(log, sheet.Name, cell, out var value)) continue;
                values++;
                if (entity is null) continue;
                var flags = CountrySheetReader.FlagsOf(cell.Font, redFlag);
                var note = (flags & redFlag) != 0 && redMeansEstimated
                    ? omittedNote is null ? RegionalRedNote : RegionalRedNote + "; " + omittedNote
                    : omittedNote;
                log.Add(new Observation(entity.Id, year, Measures.Milex.Id, value,
                    layout.CurrentPriceColumn[cell.Column] ? current : constant, PeriodBasis.CalendarYear, flags, null, note));
            }
            log.CellsRead += layout.YearColumnCount;
            log.CellsSkipped += layout.YearColumnCount - values;
        }
    }
}

/// <summary>What one country sheet holds: the measure, its unit (null: per-row local currency) and period.</summary>
internal sealed record CountrySheetSpec(
    string MeasureId,
    Unit? Unit,
    bool IsShare = false,
    Scale LocalScale = Scale.Units,
    PeriodBasis Period = PeriodBasis.CalendarYear);
