using Milbal.Core.Text;

namespace Milbal.Core.Tests.Text;

public class CsvLineTests
{
    [Fact]
    public void Quoted_commas_and_doubled_quotes() =>
        Assert.Equal(["Korea, South", "say \"hi\"", "", "x"], CsvLine.Split("\"Korea, South\",\"say \"\"hi\"\"\",,x"));
}
