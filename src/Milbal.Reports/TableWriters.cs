using System.Data;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Milbal.Core.Tables;
using MiniExcelLibs;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Milbal.Reports;

public enum OutputFormat { Table, Csv, Json, Xlsx }

/// <summary>Renders a <see cref="ResultTable"/> in each output format.</summary>
public static class TableWriters
{
    public static OutputFormat ParseFormat(string text) => text.Trim().ToLowerInvariant() switch
    {
        "table" => OutputFormat.Table,
        "csv" => OutputFormat.Csv,
        "json" => OutputFormat.Json,
        "xlsx" => OutputFormat.Xlsx,
        _ => throw new FormatException($"unknown format '{text}' (table, csv, json or xlsx)"),
    };

    /// <summary>Binary formats can't go to a text stream: they need a file (<see cref="WriteFile"/>).</summary>
    public static bool IsBinary(OutputFormat format) => format == OutputFormat.Xlsx;

    public static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Csv => ".csv",
        OutputFormat.Json => ".json",
        OutputFormat.Xlsx => ".xlsx",
        _ => ".txt",
    };

    /// <summary>The format a file name implies (".xlsx", ".csv", ".json"), or null.</summary>
    public static OutputFormat? FormatOfPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" => OutputFormat.Xlsx,
        ".csv" => OutputFormat.Csv,
        ".json" => OutputFormat.Json,
        _ => null,
    };

    /// <summary>Writes a table to a file in any format (the console format as plain ASCII text).</summary>
    public static void WriteFile(ResultTable table, OutputFormat format, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        if (format == OutputFormat.Xlsx)
        {
            WriteXlsx(table, path);
            return;
        }
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        if (format == OutputFormat.Table)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
            console.Profile.Width = 240;
            WriteConsole(table, console);
        }
        else Write(table, format, writer);
    }

    public static void Write(ResultTable table, OutputFormat format, TextWriter output, IAnsiConsole? console = null)
    {
        switch (format)
        {
            case OutputFormat.Xlsx: throw new FormatException("xlsx is a binary format: write it to a file (--output FILE.xlsx)");
            case OutputFormat.Csv: WriteCsv(table, output); break;
            case OutputFormat.Json: WriteJson(table, output); break;
            default: WriteConsole(table, console ?? CreateConsole(output)); break;
        }
    }

    /// <summary>Numbers in the invariant culture with full precision, so CSV round-trips.</summary>
    public static string FormatValue(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString(dt.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable e when value is not string => string.Join("; ", e.Cast<object?>().Select(FormatValue)),
        _ => value.ToString() ?? "",
    };

    public static void WriteCsv(ResultTable table, TextWriter output)
    {
        output.WriteLine(string.Join(",", table.Columns.Select(c => CsvField(c.Name))));
        var line = new StringBuilder();
        foreach (var row in table.Rows)
        {
            line.Clear();
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0) line.Append(',');
                line.Append(CsvField(FormatValue(row[i])));
            }
            output.WriteLine(line.ToString());
        }
    }

    private static string CsvField(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    public static void WriteJson(ResultTable table, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("title", table.Title);
            json.WriteStartArray("columns");
            foreach (var c in table.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", c.Name);
                if (c.Unit is not null) json.WriteString("unit", c.Unit);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    json.WritePropertyName(table.Columns[i].Name);
                    WriteJsonValue(json, row[i]);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("sources");
            foreach (var s in table.Sources) json.WriteStringValue(s);
            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var n in table.Notes) json.WriteStringValue(n);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            case float f when float.IsFinite(f): json.WriteNumberValue(f); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case short s: json.WriteNumberValue(s); break;
            case sbyte sb: json.WriteNumberValue(sb); break;
            case byte b: json.WriteNumberValue(b); break;
            case decimal m: json.WriteNumberValue(m); break;
            case bool b: json.WriteBooleanValue(b); break;
            case string s: json.WriteStringValue(s); break;
            case System.Collections.IEnumerable e:
                json.WriteStartArray();
                foreach (var item in e) WriteJsonValue(json, item);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(FormatValue(value)); break;
        }
    }

    /// <summary>Name of the sheet holding the table's rows; the other sheet is <see cref="XlsxSourcesSheet"/>.</summary>
    public const string XlsxTableSheet = "table";

    /// <summary>Sheet with the table's title, sources and notes, one per row (columns: kind, text).</summary>
    public const string XlsxSourcesSheet = "sources";

    /// <summary>
    /// Writes the table as an .xlsx workbook: sheet "table" with one column per table column (header "name (unit)"),
    /// numbers as numbers; sheet "sources" with the title, every source and every note, so provenance travels with the file.
    /// </summary>
    public static void WriteXlsx(ResultTable table, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        WriteXlsx(table, stream);
    }

    public static void WriteXlsx(ResultTable table, Stream output)
    {
        var data = new DataTable(XlsxTableSheet);
        var headers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in table.Columns)
        {
            var header = c.Unit is null ? c.Name : $"{c.Name} ({c.Unit})";
            for (var n = 2; !headers.Add(header); n++) header = $"{header} {n}";
            data.Columns.Add(header, typeof(object));
        }
        foreach (var row in table.Rows)
            data.Rows.Add(row.Select(XlsxCell).ToArray());

        var sources = new DataTable(XlsxSourcesSheet);
        sources.Columns.Add("kind", typeof(string));
        sources.Columns.Add("text", typeof(string));
        sources.Rows.Add("title", table.Title);
        foreach (var s in table.Sources) sources.Rows.Add("source", s);
        foreach (var n in table.Notes) sources.Rows.Add("note", n);

        var sheets = new Dictionary<string, object> { [XlsxTableSheet] = data, [XlsxSourcesSheet] = sources };
        output.SaveAs(sheets, printHeader: true, excelType: ExcelType.XLSX);
    }

    /// <summary>Numbers stay numbers (Excel can compute with them); everything else becomes its invariant text.</summary>
    private static object XlsxCell(object? value) => value switch
    {
        null => DBNull.Value,
        double d when double.IsFinite(d) => d,
        float f when float.IsFinite(f) => (double)f,
        int or long or short or byte or sbyte or decimal => value,
        bool b => b,
        _ => FormatValue(value),
    };

    /// <summary>A console for <paramref name="output"/>; piped output gets plain ASCII and a wide page instead of 80 columns.</summary>
    public static IAnsiConsole CreateConsole(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (!console.Profile.Capabilities.Interactive || output != Console.Out || Console.IsOutputRedirected) console.Profile.Width = 240;
        return console;
    }

    public static void WriteConsole(ResultTable table, IAnsiConsole console)
    {
        var grid = new Table { Border = console.Profile.Capabilities.Ansi ? TableBorder.Rounded : TableBorder.Ascii };
        if (!string.IsNullOrEmpty(table.Title)) grid.Title = new TableTitle(Markup.Escape(table.Title));
        var shown = Enumerable.Range(0, table.Columns.Count).Where(i => table.Columns[i].InConsole).ToArray();
        foreach (var c in shown.Select(i => table.Columns[i]))
        {
            var header = c.Unit is null ? c.Name : $"{c.Name} ({c.Unit})";
            var column = new TableColumn(Markup.Escape(header));
            if (c.IsNumeric) column.RightAligned();
            grid.AddColumn(column);
        }
        foreach (var row in table.Rows)
            grid.AddRow(shown.Select(i => (IRenderable)new Text(table.Columns[i].IsNumeric ? DisplayNumber(row[i]) : FormatValue(row[i]))).ToArray());
        console.Write(grid);
        if (table.Rows.Count == 0) console.WriteLine("(no rows)");
        foreach (var note in table.Notes) console.WriteLine("Note: " + note);
        foreach (var source in table.Sources) console.WriteLine("Source: " + source);
    }

    /// <summary>Readable numbers for the console: grouped thousands, up to 4 significant decimals.</summary>
    public static string DisplayNumber(object? value) => value switch
    {
        double d when Math.Abs(d) >= 1000 => d.ToString("#,##0.##", CultureInfo.InvariantCulture),
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        _ => FormatValue(value),
    };
}
