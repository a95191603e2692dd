using Milbal.Core.Entities;
using System.IO.Compression;
using System.Security;
using System.Text;
using Milbal.Core.Datasets;
using Milbal.Core.Observations;
using Milbal.Data.Importers.Nato;

namespace Milbal.Data.Tests.Nato;

/// <summary>
/// A small workbook laid out like the 2026 edition ("core defence expenditure", 2021 prices, years to 2026e,
/// "European Allies and Canada"), to check that nothing depends on the 2024 edition's rows, years or base year.
/// </summary>
public class NatoNextEditionTests
{
    private static ImportResult Import(byte[] workbook, string fileName = "def-exp-2026-en.xlsx") =>
        new NatoTablesImporter(EntityRegistry.Default).Import(new ImportSource(fileName, workbook), ImportOptions.Default);

    private static object?[][] Table2(string polandCurrent2026 = "33000.5") =>
    [
        [null, "Table 2 : Core defence expenditure"],
        [],
        [null, "Million US dollars"],
        [null, null, null, 2024, "2025e", "2026e"],
        [null, "Current prices and exchange rates"],
        [null, null, "Poland*", 30000.0, 31000.0, polandCurrent2026],
        [null, null, "Iceland", null, null, null],
        [null, "European Allies and Canada", null, 500000.0, 560000.0, 610000.0],
        [null, "NATO Total", null, 1450000.0, 1500000.0, 1600000.0],
        [null, "Constant 2021 prices and exchange rates"],
        [null, null, "Poland*", 25000.0, "n/a", 27000.0],
        [],
        [null, null, "Notes: Figures for 2025 and 2026 are estimates."],
        [null, null, "*  These Allies have national laws."],
    ];

    private static readonly object?[][] Table3 =
    [
        [null, "Table 3 : Core defence expenditure as a share of GDP and annual real change"],
        [null, "Based on 2021 prices"],
        [null, null, null, "2024", "2025e", "2026e"],
        [null, "Share of real GDP (%)"],
        [null, null, "Poland*", 4.2, 4.48, 4.7],
        [null, "Annual real change (%)"],
        [null, null, "Poland*", 8.0, 10.0, 5.0],
    ];

    [Fact]
    public void Reads_a_later_edition_by_content()
    {
        var result = Import(NatoWorkbookBuilder.Build(("Table 3", Table3), ("Table 2", Table2())));
        Assert.Equal("2026", result.Dataset.Edition);
        Assert.Null(result.Dataset.ReleaseDate);
        Assert.Equal("Defence Expenditure of NATO Countries (2024-2026)", result.Dataset.Title);
        var constant = Assert.Single(result.Observations, o => o.EntityId == "POL" && o.Year == 2026 && o.Unit.PriceBasis.IsConstant);
        Assert.Equal(Unit.UsDollars(Scale.Millions, PriceBasis.Constant(2021)), constant.Unit);
        Assert.Equal(ObservationFlags.Estimate, constant.Flags);
        Assert.Equal("*", constant.Footnotes);
        Assert.DoesNotContain(result.Observations, o => o.EntityId == "POL" && o.Year == 2025 && o.Unit.PriceBasis.IsConstant);
        Assert.Equal(610000.0, result.Observations.Single(o => o.EntityId == "NATO_EUROPE_CANADA" && o.Year == 2026).Value);
        Assert.Equal(1450000.0, result.Observations.Single(o => o.EntityId == "NATO" && o.Year == 2024).Value);
        var share = Assert.Single(result.Observations, o => o.EntityId == "POL" && o.Year == 2025 && o.MeasureId == "milex_gdp_share");
        Assert.Equal(4.48, share.Value);
        Assert.Equal("share of real GDP at 2021 prices", share.Note);
        Assert.Equal(ObservationFlags.None, result.Observations.Single(o => o.EntityId == "POL" && o.Year == 2024 && o.MeasureId == "milex_gdp_share").Flags);
        Assert.Empty(result.Warnings);
        Assert.Contains(result.Footnotes, f => f.Symbol == "*" && f.Text == "These Allies have national laws.");
    }

    [Fact]
    public void Text_in_a_value_cell_is_an_import_error_naming_the_cell()
    {
        var error = Assert.Throws<ImportException>(() => Import(NatoWorkbookBuilder.Build(("Table 2", Table2("abc")), ("Table 3", Table3))));
        Assert.Equal("Table 2", error.Location.Sheet);
        Assert.Equal("F6", error.Location.Cell);
    }

    [Fact]
    public void A_workbook_without_nato_tables_is_an_import_error() =>
        Assert.Throws<ImportException>(() => Import(NatoWorkbookBuilder.Build(("Sheet1", [[ "Hello" ]]))));
}

/// <summary>Writes a minimal xlsx (inline strings, no styles) from rows of cells; null leaves a cell empty.</summary>
internal static class NatoWorkbookBuilder
{
    public static byte[] Build(params (string Name, object?[][] Rows)[] sheets)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var sheetList = new StringBuilder();
            var rels = new StringBuilder();
            for (var i = 0; i < sheets.Length; i++)
            {
                sheetList.Append($"<sheet name=\"{SecurityElement.Escape(sheets[i].Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>");
                rels.Append($"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
                Write(zip, $"xl/worksheets/sheet{i + 1}.xml", SheetXml(sheets[i].Rows));
            }
            Write(zip, "xl/workbook.xml",
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + $"<sheets>{sheetList}</sheets></workbook>");
            Write(zip, "xl/_rels/workbook.xml.rels",
                $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>");
        }
        return buffer.ToArray();
    }

    private static string SheetXml(object?[][] rows)
    {
        var xml = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 0; r < rows.Length; r++)
        {
            xml.Append($"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = Milbal.Data.Xlsx.XlsxWorkbook.ColumnName(c + 1) + (r + 1);
                switch (rows[r][c])
                {
                    case null: break;
                    case string text: xml.Append($"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(text)}</t></is></c>"); break;
                    case IFormattable number: xml.Append($"<c r=\"{reference}\"><v>{number.ToString(null, System.Globalization.CultureInfo.InvariantCulture)}</v></c>"); break;
                }
            }
            xml.Append("</row>");
        }
        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static void Write(ZipArchive zip, string path, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
