using System.Globalization;
using Milbal.Core.Observations;
using Milbal.Data.Xlsx;

namespace Milbal.Data.Importers.Sipri;

/// <summary>
/// Where things are on one SIPRI data sheet: the header row (first cell "Country" or "Region"), the columns of
/// years, notes, currency and financial year, and the title text above the header that states units and base year.
/// Found by reading the sheet, because SIPRI moves rows and columns between editions.
/// </summary>
internal sealed class SipriLayout
{
    /// <summary>How far down a header may sit; SIPRI has 5–14 title rows.</summary>
    private const int MaxTitleRows = 60;

    private SipriLayout(XlsxSheet sheet, int headerIndex, int[] yearByColumn, bool[] currentPriceColumn, int yearColumnCount, int maxYear)
    {
        Sheet = sheet;
        HeaderIndex = headerIndex;
        YearByColumn = yearByColumn;
        CurrentPriceColumn = currentPriceColumn;
        YearColumnCount = yearColumnCount;
        MaxYear = maxYear;
        var title = new System.Text.StringBuilder();
        for (var i = 0; i < headerIndex; i++)
            foreach (var cell in sheet.Rows[i].Cells)
                if (cell.Text.Length > 0) title.Append(cell.Text).Append('\n');
        TitleText = title.ToString();
    }

    public XlsxSheet Sheet { get; }
    /// <summary>Index of the header row in <see cref="XlsxSheet.Rows"/>; data rows follow it.</summary>
    public int HeaderIndex { get; }
    public XlsxRow Header => Sheet.Rows[HeaderIndex];
    /// <summary>Year a column holds, 0 for columns that are not years; indexed by 1-based column.</summary>
    public int[] YearByColumn { get; }
    /// <summary>Columns headed "2024 (current prices)" on a sheet whose other years are at constant prices.</summary>
    public bool[] CurrentPriceColumn { get; }
    public int YearColumnCount { get; }
    public int MaxYear { get; }
    /// <summary>The text of every cell above the header, one per line.</summary>
    public string TitleText { get; }

    public int YearOf(int column) => column < YearByColumn.Length ? YearByColumn[column] : 0;

    /// <summary>The 1-based column whose header satisfies <paramref name="match"/>, or 0.</summary>
    public int ColumnWhere(Func<string, bool> match)
    {
        foreach (var cell in Header.Cells)
            if (match(cell.Text.Trim())) return cell.Column;
        return 0;
    }

    /// <summary>Reads the layout, or null when no row starts with one of <paramref name="headerWords"/>.</summary>
    public static SipriLayout? Find(XlsxSheet sheet, params string[] headerWords)
    {
        var limit = Math.Min(sheet.Rows.Count, MaxTitleRows);
        for (var i = 0; i < limit; i++)
        {
            var row = sheet.Rows[i];
            var first = row.TextAt(1);
            if (Array.FindIndex(headerWords, w => string.Equals(w, first, StringComparison.OrdinalIgnoreCase)) < 0) continue;
            var maxColumn = row.Cells.Count == 0 ? 0 : row.Cells[^1].Column;
            var years = new int[maxColumn + 1];
            var current = new bool[maxColumn + 1];
            int count = 0, maxYear = 0;
            foreach (var cell in row.Cells)
            {
                if (!TryReadYearHeader(cell, out var year, out var rest)) continue;
                years[cell.Column] = year;
                current[cell.Column] = rest.Contains("current", StringComparison.OrdinalIgnoreCase);
                count++;
                if (!current[cell.Column]) maxYear = Math.Max(maxYear, year);
            }
            return new SipriLayout(sheet, i, years, current, count, maxYear);
        }
        return null;
    }

    /// <summary>"2024", 2024 or "2024 (current prices)": a year, and whatever follows it.</summary>
    private static bool TryReadYearHeader(XlsxCell cell, out int year, out string rest)
    {
        rest = "";
        year = 0;
        if (cell.Type == XlsxCellType.Number && cell.Number is { } n)
        {
            if (n != Math.Floor(n) || !Observation.IsPlausibleYear((int)n)) return false;
            year = (int)n;
            return true;
        }
        var text = cell.Text.Trim();
        if (text.Length < 4 || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)) return false;
        if (text.Length > 4 && char.IsDigit(text[4])) return false;
        rest = text[4..].Trim();
        return Observation.IsPlausibleYear(year);
    }

    /// <summary>The scale the title rows state ("US$ m.", "in millions of US$", "US$ b."), or null.</summary>
    public Scale? StatedScale() => ScaleIn(TitleText);

    internal static Scale? ScaleIn(string text)
    {
        var t = text.ToLowerInvariant();
        if (t.Contains("billion", StringComparison.Ordinal) || t.Contains("$ b.", StringComparison.Ordinal) || t.Contains("$b.", StringComparison.Ordinal))
            return Scale.Billions;
        if (t.Contains("million", StringComparison.Ordinal) || t.Contains("$ m.", StringComparison.Ordinal) || t.Contains("$m.", StringComparison.Ordinal))
            return Scale.Millions;
        if (t.Contains("thousand", StringComparison.Ordinal)) return Scale.Thousands;
        return null;
    }

    /// <summary>
    /// The year written after "constant" ("Constant (2023) US$", "at constant 2023 prices"); null when the
    /// text names no constant-price base year.
    /// </summary>
    internal static int? ConstantBaseYearIn(string text)
    {
        var at = 0;
        while ((at = text.IndexOf("constant", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            at += "constant".Length;
            // The year follows within a few characters: " (2023)", " 2023", " price (2023)".
            var end = Math.Min(text.Length, at + 16);
            for (var i = at; i + 4 <= end; i++)
            {
                if (!char.IsDigit(text[i])) continue;
                if (i + 4 <= text.Length && int.TryParse(text.AsSpan(i, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                    && (i + 4 == text.Length || !char.IsDigit(text[i + 4])) && year is >= 1900 and <= 2200)
                    return year;
                break;
            }
        }
        return null;
    }
}
