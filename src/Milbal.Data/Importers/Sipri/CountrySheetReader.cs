using System.Globalization;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Xlsx;

namespace Milbal.Data.Importers.Sipri;

/// <summary>
/// Reads the country rows of SIPRI's per-country sheets. One instance reads all of them, because SIPRI prints a
/// country's notes on every sheet but one, and that one borrows them from the others.
/// </summary>
internal sealed class CountrySheetReader(ImportLog log)
{
    private const int BlueIndexed = 12;
    private const int RedIndexed = 10;

    private readonly Dictionary<string, string> _notesByCountry = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Unit> _localUnits = new(StringComparer.Ordinal);
    private readonly HashSet<string> _currencyWarned = new(StringComparer.Ordinal);

    public void Read(SipriLayout layout, CountrySheetSpec spec)
    {
        var sheet = layout.Sheet.Name;
        var notesColumn = layout.ColumnWhere(h => h.Equals("Notes", StringComparison.OrdinalIgnoreCase));
        var currencyColumn = layout.ColumnWhere(h => h.Equals("Currency", StringComparison.OrdinalIgnoreCase));
        var fiscalColumn = spec.Period == PeriodBasis.FiscalYear
            ? layout.ColumnWhere(h => h.StartsWith("Fiscal", StringComparison.OrdinalIgnoreCase) || h.StartsWith("Financial", StringComparison.OrdinalIgnoreCase))
            : 0;
        var defaultFiscalYear = fiscalColumn > 0 ? DefaultFiscalYear(layout.Header.TextAt(fiscalColumn)) : null;
        if (spec.Unit is null && currencyColumn == 0)
            log.Warn(log.At(sheet, layout.Header.Number), "no 'Currency' column; local currencies come from the entity registry");
        var factor = spec.IsShare ? ShareFactor(layout) : 1.0;

        var rows = layout.Sheet.Rows;
        for (var r = layout.HeaderIndex + 1; r < rows.Count; r++)
        {
            var row = rows[r];
            var name = row.TextAt(1);
            if (name.Length == 0 || IsHeading(row)) continue;

            string? notes;
            if (notesColumn > 0)
            {
                notes = row.TextAt(notesColumn);
                _notesByCountry[name] = notes;
            }
            else _notesByCountry.TryGetValue(name, out notes);
            if (notes is { Length: 0 }) notes = null;

            var entity = log.Entity(name, log.At(sheet, row.Number, "A" + row.Number.ToString(CultureInfo.InvariantCulture)));
            var unit = spec.Unit;
            string? note = null;
            if (fiscalColumn > 0)
            {
                note = row.TextAt(fiscalColumn);
                if (note.Length == 0) note = defaultFiscalYear;
            }
            if (unit is null && entity is not null)
            {
                var word = currencyColumn > 0 ? row.TextAt(currencyColumn) : "";
                var code = SipriCurrencies.Resolve(word, entity, out var unmapped, out var conflict);
                if (conflict is not null && _currencyWarned.Add(entity.Id)) log.Warn(log.At(sheet, row.Number), $"{name}: {conflict}");
                if (unmapped)
                {
                    var said = word.Length > 0 ? $"currency as published: {word}" : "currency not stated";
                    note = note is null ? said : note + "; " + said;
                }
                unit = LocalUnit(code, spec.LocalScale);
            }

            var values = 0;
            foreach (var cell in row.Cells)
            {
                var year = layout.YearOf(cell.Column);
                if (year == 0) continue;
                if (!TryValue(log, sheet, cell, out var value)) continue;
                values++;
                if (entity is null) continue;
                log.Add(new Observation(entity.Id, year, spec.MeasureId, value * factor, unit!, spec.Period,
                    FlagsOf(cell.Font, ObservationFlags.HighlyUncertain), notes, note));
            }
            log.CellsRead += layout.YearColumnCount;
            log.CellsSkipped += layout.YearColumnCount - values;
        }
    }

    /// <summary>A region or sub-region heading: a name in the first column and nothing else.</summary>
    public static bool IsHeading(XlsxRow row)
    {
        var cells = row.Cells;
        for (var i = 0; i < cells.Count; i++)
            if (cells[i].Column > 1 && !string.IsNullOrWhiteSpace(cells[i].Text)) return false;
        return true;
    }

    /// <summary>
    /// A cell's number; false for SIPRI's "no value" markers and for anything unreadable (warned), never 0.
    /// </summary>
    public static bool TryValue(ImportLog log, string sheet, XlsxCell cell, out double value)
    {
        value = 0;
        if (cell.Type == XlsxCellType.Number && cell.Number is { } n && double.IsFinite(n))
        {
            value = n;
            return true;
        }
        if (cell.IsError)
        {
            log.Warn(log.At(sheet, cell.Row, cell.Reference), $"error value '{cell.Text}' skipped");
            return false;
        }
        if (ImportLog.IsMissingMarker(cell.Text)) return false;
        if (ImportLog.ParseNumber(cell.Text) is { } parsed)
        {
            value = parsed;
            return true;
        }
        log.Warn(log.At(sheet, cell.Row, cell.Reference), $"'{cell.Text}' is not a number; skipped");
        return false;
    }

    /// <summary>SIPRI's blue is an estimate; its red is <paramref name="redFlag"/> (meaning differs by sheet).</summary>
    public static ObservationFlags FlagsOf(XlsxFont font, ObservationFlags redFlag)
    {
        if (font.IndexedColor is { } indexed)
            return indexed switch { BlueIndexed => ObservationFlags.Estimate, RedIndexed => redFlag, _ => ObservationFlags.None };
        // A re-saved workbook may carry the same colours as RGB.
        if (font.RgbColor is { } rgb)
        {
            if (rgb.Equals("FF0000FF", StringComparison.OrdinalIgnoreCase)) return ObservationFlags.Estimate;
            if (rgb.Equals("FFFF0000", StringComparison.OrdinalIgnoreCase)) return redFlag;
        }
        return ObservationFlags.None;
    }

    private Unit LocalUnit(string currency, Scale scale)
    {
        if (!_localUnits.TryGetValue(currency, out var unit))
            _localUnits[currency] = unit = Unit.LocalMoney(currency, scale, PriceBasis.Current);
        return unit;
    }

    /// <summary>"Fiscal Year (Jan-Dec if not stated)" → "Jan-Dec": what an empty cell in that column means.</summary>
    private static string? DefaultFiscalYear(string header)
    {
        var open = header.IndexOf('(');
        var ifNot = header.IndexOf(" if not", StringComparison.OrdinalIgnoreCase);
        return open >= 0 && ifNot > open ? header[(open + 1)..ifNot].Trim() : null;
    }

    /// <summary>
    /// SIPRI's share sheets hold fractions (0.0705 = 7.05%); stored as percentage points. Should an edition print
    /// percentages instead, most values would exceed 1 (a few do legitimately: Kuwait 1991, 117% of GDP).
    /// </summary>
    private double ShareFactor(SipriLayout layout)
    {
        int above = 0, total = 0;
        var rows = layout.Sheet.Rows;
        for (var r = layout.HeaderIndex + 1; r < rows.Count; r++)
            foreach (var cell in rows[r].Cells)
                if (layout.YearOf(cell.Column) != 0 && cell.Number is { } n && cell.Type == XlsxCellType.Number)
                {
                    total++;
                    if (Math.Abs(n) > 1) above++;
                }
        if (total > 0 && above * 2 > total)
        {
            log.Warn(log.At(layout.Sheet.Name), "most values exceed 1, so this sheet is read as percentages rather than fractions");
            return 1;
        }
        return 100;
    }
}
