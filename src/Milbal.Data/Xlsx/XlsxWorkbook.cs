using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Milbal.Data.Xlsx;

public enum XlsxCellType { Number, Text, Boolean, Error }

/// <summary>The font facts publishers encode meaning in (SIPRI: blue = estimate, red = highly uncertain).</summary>
public sealed record XlsxFont(int? IndexedColor, string? RgbColor, bool Bold)
{
    public static readonly XlsxFont Plain = new(null, null, false);
}

/// <summary>One non-empty cell. <see cref="Column"/> and <see cref="Row"/> are 1-based.</summary>
public sealed record XlsxCell(int Row, int Column, XlsxCellType Type, string Text, double? Number, XlsxFont Font)
{
    public string Reference => XlsxWorkbook.ColumnName(Column) + Row.ToString(CultureInfo.InvariantCulture);
    public bool IsError => Type == XlsxCellType.Error || Text.StartsWith("#REF!", StringComparison.Ordinal);
}

public sealed class XlsxRow(int number, IReadOnlyList<XlsxCell> cells)
{
    public int Number { get; } = number;
    public IReadOnlyList<XlsxCell> Cells { get; } = cells;

    public XlsxCell? this[int column]
    {
        get
        {
            // Cells are in column order; rows are short enough for a binary search to be overkill elsewhere.
            int lo = 0, hi = Cells.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                var c = Cells[mid].Column;
                if (c == column) return Cells[mid];
                if (c < column) lo = mid + 1; else hi = mid - 1;
            }
            return null;
        }
    }

    /// <summary>Trimmed text of a cell, empty when the cell is absent.</summary>
    public string TextAt(int column) => this[column]?.Text.Trim() ?? "";
}

public sealed class XlsxSheet(string name, IReadOnlyList<XlsxRow> rows)
{
    public string Name { get; } = name;
    public IReadOnlyList<XlsxRow> Rows { get; } = rows;
}

/// <summary>Raised for a file that is not a readable xlsx workbook.</summary>
public sealed class XlsxFormatException(string message, Exception? inner = null, int? row = null) : Exception(message, inner)
{
    /// <summary>The last row read before the damage, when known.</summary>
    public int? Row { get; } = row;
}

/// <summary>
/// A minimal streaming reader of xlsx workbooks that keeps each cell's font, which general-purpose readers drop.
/// Reads shared strings, the cell styles and the sheets named in workbook.xml; nothing else.
/// </summary>
public sealed class XlsxWorkbook : IDisposable
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive _zip;
    private readonly List<(string Name, string Path)> _sheets;
    private readonly string[] _sharedStrings;
    private readonly XlsxFont[] _cellFonts;

    private XlsxWorkbook(ZipArchive zip)
    {
        _zip = zip;
        _sheets = ReadSheetList();
        _sharedStrings = ReadSharedStrings();
        _cellFonts = ReadCellFonts();
    }

    public IReadOnlyList<string> SheetNames => _sheets.Select(s => s.Name).ToArray();

    public static XlsxWorkbook Open(Stream stream)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException e)
        {
            throw new XlsxFormatException("not an xlsx workbook (the zip container is damaged or truncated)", e);
        }
        try
        {
            return new XlsxWorkbook(zip);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or FormatException or OverflowException)
        {
            zip.Dispose();
            throw new XlsxFormatException($"the workbook's structure cannot be read ({e.Message})", e);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public XlsxSheet ReadSheet(string name)
    {
        var entry = _sheets.FirstOrDefault(s => s.Name == name);
        if (entry.Path is null) throw new XlsxFormatException($"the workbook has no sheet '{name}'");
        var rows = new List<XlsxRow>();
        try
        {
            ReadRows(entry.Path, rows);
            return new XlsxSheet(name, rows);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or FormatException or OverflowException)
        {
            var row = rows.Count > 0 ? rows[^1].Number : (int?)null;
            throw new XlsxFormatException($"sheet '{name}' is damaged{(row is null ? "" : $" after row {row}")} ({e.Message})", e, row);
        }
    }

    public void Dispose() => _zip.Dispose();

    public static string ColumnName(int column)
    {
        var name = "";
        while (column > 0)
        {
            var rem = (column - 1) % 26;
            name = (char)('A' + rem) + name;
            column = (column - 1) / 26;
        }
        return name;
    }

    private Stream OpenPart(string path)
    {
        var entry = _zip.GetEntry(path) ?? throw new XlsxFormatException($"the workbook lacks its part '{path}'");
        return entry.Open();
    }

    private static XmlReader CreateReader(Stream stream) =>
        XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit, CloseInput = true });

    private List<(string Name, string Path)> ReadSheetList()
    {
        var rels = new Dictionary<string, string>();
        using (var reader = CreateReader(OpenPart("xl/_rels/workbook.xml.rels")))
        {
            while (reader.Read())
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship")
                {
                    var target = reader.GetAttribute("Target") ?? "";
                    target = target.StartsWith('/') ? target[1..] : "xl/" + target;
                    rels[reader.GetAttribute("Id") ?? ""] = target;
                }
        }
        var sheets = new List<(string, string)>();
        using (var reader = CreateReader(OpenPart("xl/workbook.xml")))
        {
            while (reader.Read())
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet" && reader.NamespaceURI == MainNs)
                {
                    var name = reader.GetAttribute("name") ?? "";
                    var id = reader.GetAttribute("id", RelNs) ?? "";
                    if (rels.TryGetValue(id, out var path)) sheets.Add((name, path));
                }
        }
        return sheets;
    }

    private string[] ReadSharedStrings()
    {
        if (_zip.GetEntry("xl/sharedStrings.xml") is null) return [];
        var strings = new List<string>();
        using var reader = CreateReader(OpenPart("xl/sharedStrings.xml"));
        var current = new System.Text.StringBuilder();
        var inSi = false;
        var inText = false;
        var inPhonetic = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    switch (reader.LocalName)
                    {
                        case "si":
                            current.Clear();
                            if (reader.IsEmptyElement) strings.Add(""); else inSi = true;
                            break;
                        case "rPh": inPhonetic = !reader.IsEmptyElement; break;
                        case "t": inText = inSi && !inPhonetic && !reader.IsEmptyElement; break;
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (inText) current.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement:
                    switch (reader.LocalName)
                    {
                        case "si": strings.Add(current.ToString()); inSi = false; break;
                        case "rPh": inPhonetic = false; break;
                        case "t": inText = false; break;
                    }
                    break;
            }
        }
        return strings.ToArray();
    }

    private XlsxFont[] ReadCellFonts()
    {
        if (_zip.GetEntry("xl/styles.xml") is null) return [];
        var fonts = new List<XlsxFont>();
        var cellXfFontIds = new List<int>();
        using var reader = CreateReader(OpenPart("xl/styles.xml"));
        string? section = null;
        int? indexed = null; string? rgb = null; var bold = false; var inFont = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "fonts" or "cellXfs" or "cellStyleXfs" or "dxfs": if (!reader.IsEmptyElement) section = reader.LocalName; break;
                    case "font" when section == "fonts":
                        inFont = true; indexed = null; rgb = null; bold = false;
                        if (reader.IsEmptyElement) { fonts.Add(XlsxFont.Plain); inFont = false; }
                        break;
                    case "color" when inFont:
                        if (int.TryParse(reader.GetAttribute("indexed"), NumberStyles.None, CultureInfo.InvariantCulture, out var ix)) indexed = ix;
                        rgb = reader.GetAttribute("rgb");
                        break;
                    case "b" when inFont: bold = reader.GetAttribute("val") is not ("0" or "false"); break;
                    case "xf" when section == "cellXfs":
                        cellXfFontIds.Add(int.TryParse(reader.GetAttribute("fontId"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0);
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.LocalName == "font" && inFont) { fonts.Add(new XlsxFont(indexed, rgb, bold)); inFont = false; }
                else if (reader.LocalName == section) section = null;
            }
        }
        return cellXfFontIds.Select(id => id < fonts.Count ? fonts[id] : XlsxFont.Plain).ToArray();
    }

    private void ReadRows(string path, List<XlsxRow> rows)
    {
        using var reader = CreateReader(OpenPart(path));
        var cells = new List<XlsxCell>();
        var rowNumber = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "row")
            {
                rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                cells = [];
                rows.Add(new XlsxRow(rowNumber, cells));
                if (reader.IsEmptyElement) continue;
            }
            else if (reader.LocalName == "c")
            {
                var cell = ReadCell(reader, rowNumber, cells.Count == 0 ? 0 : cells[^1].Column);
                if (cell is not null) cells.Add(cell);
            }
        }
    }

    private XlsxCell? ReadCell(XmlReader reader, int rowNumber, int previousColumn)
    {
        var reference = reader.GetAttribute("r");
        var column = reference is null ? previousColumn + 1 : ParseColumn(reference);
        var type = reader.GetAttribute("t");
        var styleIndex = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var font = styleIndex < _cellFonts.Length ? _cellFonts[styleIndex] : XlsxFont.Plain;
        string? raw = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            var text = new System.Text.StringBuilder();
            string? element = null;
            var sawValue = false;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        element = reader.IsEmptyElement ? null : reader.LocalName;
                        if (reader.LocalName == "v" || (reader.LocalName == "t" && type == "inlineStr")) sawValue = true;
                        break;
                    case XmlNodeType.EndElement:
                        element = null;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                        if (element == "v" || (element == "t" && type == "inlineStr")) text.Append(reader.Value);
                        break;
                }
            }
            if (sawValue) raw = text.ToString();
        }
        if (raw is null) return null;
        switch (type)
        {
            case "s":
                if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= _sharedStrings.Length)
                    throw new XlsxFormatException($"cell {ColumnName(column)}{rowNumber} points at shared string '{raw}', which does not exist");
                return new XlsxCell(rowNumber, column, XlsxCellType.Text, _sharedStrings[index], null, font);
            case "str" or "inlineStr":
                return new XlsxCell(rowNumber, column, XlsxCellType.Text, raw, null, font);
            case "b":
                return new XlsxCell(rowNumber, column, XlsxCellType.Boolean, raw, raw == "1" ? 1 : 0, font);
            case "e":
                return new XlsxCell(rowNumber, column, XlsxCellType.Error, raw, null, font);
            default:
                if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    return new XlsxCell(rowNumber, column, XlsxCellType.Number, raw, number, font);
                throw new XlsxFormatException($"cell {ColumnName(column)}{rowNumber} holds '{raw}', which is not a number");
        }
    }

    private static int ParseColumn(string reference)
    {
        var column = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z') column = column * 26 + (ch - 'A' + 1);
            else break;
        }
        if (column == 0) throw new XlsxFormatException($"'{reference}' is not a cell reference");
        return column;
    }
}
