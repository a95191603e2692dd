using Milbal.Core.Entities;

namespace Milbal.Core.Tests.Entities;

public class NameKeyTests
{
    [Theory]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("Côte d'Ivoire", "cote d ivoire")]
    [InlineData("Cote d’Ivoire", "cote d ivoire")]
    [InlineData("Curaçao", "curacao")]
    [InlineData("São Tomé and Príncipe", "sao tome and principe")]
    [InlineData("Sa\u0303o Tome\u0301", "sao tome")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Asia & Oceania", "asia and oceania")]
    [InlineData("NATO Europe + Canada", "nato europe plus canada")]
    [InlineData("St. Lucia", "saint lucia")]
    [InlineData("The Gambia", "gambia")]
    [InlineData("Czechia*", "czechia")]
    [InlineData("  Korea,  South ", "korea south")]
    public void FoldsSpellings(string name, string expected) => Assert.Equal(expected, NameKey.Of(name));

    [Fact]
    public void DistanceCountsEdits()
    {
        Assert.Equal(1, NameKey.Distance("germny", "germany"));
        Assert.Equal(0, NameKey.Distance("france", "france"));
        Assert.Equal(3, NameKey.Distance("abc", ""));
    }
}
