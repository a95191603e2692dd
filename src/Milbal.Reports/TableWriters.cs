using System.Globalization;
using System.Text;
using System.Text.Json;
using Milbal.Core.Tables;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Milbal.Reports;

public enum OutputFormat { Table, Csv, Json }

/// <summary>Renders a <see cref="ResultTable"/> in each output format.</summary>
public static class TableWriters
{
    public static OutputFormat ParseFormat(string text) => text.Trim().ToLowerInvariant() switch
    {
        "table" => OutputFormat.Table,
        "csv" => OutputFormat.Csv,
        "json" => OutputFormat.Json,
        _ => throw new FormatException($"unknown format '{text}' (table, csv or json)"),
    };

    public static void Write(ResultTable table, OutputFormat format, TextWriter output, IAnsiConsole? console = null)
    {
        switch (format)
        {
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
