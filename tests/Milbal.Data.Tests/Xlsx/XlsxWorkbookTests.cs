using Milbal.Data.Xlsx;

namespace Milbal.Data.Tests.Xlsx;

public class XlsxWorkbookTests
{
    [Fact]
    public void Reads_sipri_sheets_values_and_font_colours()
    {
        using var workbook = XlsxWorkbook.Open(SharedData.Source("sipri/SIPRI-Milex-data-1949-2024_2.xlsx").OpenRead());
        Assert.Contains("Constant (2023) US$", workbook.SheetNames);
        var sheet = workbook.ReadSheet("Current US$");
        var header = sheet.Rows.First(r => r.TextAt(1) == "Country");
        Assert.Equal(6, header.Number);
        var algeria = sheet.Rows.First(r => r.TextAt(1) == "Algeria");
        Assert.Equal("§4", algeria.TextAt(2));
        var cell = algeria[header.Cells.First(c => c.Text == "2024").Column]!;
        Assert.Equal(XlsxCellType.Number, cell.Type);
        Assert.Equal(21811.242555031269, cell.Number!.Value, 6);
    }

    [Fact]
    public void Truncated_file_is_a_format_error()
    {
        var source = SharedData.Truncated("sipri/SIPRI-Milex-data-1949-2024_2.xlsx", 0.5);
        Assert.Throws<XlsxFormatException>(() =>
        {
            using var workbook = XlsxWorkbook.Open(source.OpenRead());
            foreach (var name in workbook.SheetNames) workbook.ReadSheet(name);
        });
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(78, "BZ")]
    public void Column_names(int column, string name) => Assert.Equal(name, XlsxWorkbook.ColumnName(column));
}
