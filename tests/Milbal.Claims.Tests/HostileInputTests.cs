using Milbal.Claims.Output;

namespace Milbal.Claims.Tests;

[Collection(CheckerCollection.Name)]
public sealed class HostileInputTests(CheckerFixture fixture)
{
    [Fact]
    public void Oversized_text_is_refused_with_what_to_change()
    {
        var e = Assert.Throws<ClaimInputException>(() => fixture.Checker.Check(new string('a', ClaimChecker.MaxLength + 1)));
        Assert.Contains("at most", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("binary\0data")]
    public void Empty_or_binary_text_is_refused(string text) => Assert.Throws<ClaimInputException>(() => fixture.Checker.Check(text));

    [Fact]
    public void Html_escapes_the_article_and_the_reasons()
    {
        var text = "<script>alert(1)</script> Russia's military spending rose to $145.9 billion in 2024, IISS said. <img src=x onerror=alert(2)> \"quoted\" & more.";
        var report = fixture.Checker.Check(text, new Extraction.ArticleContext(new DateOnly(2025, 2, 13), "javascript:alert(3)\"><b>"));
        var html = ClaimHtml.Write(report);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("alert(3)\">", html);
        Assert.Contains("javascript:alert(3)&quot;&gt;&lt;b&gt;", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<mark class=\"supported\"", html);
    }

    [Fact]
    public void Numbers_everywhere_do_not_break_the_checker()
    {
        var noise = string.Join(" ", Enumerable.Range(0, 3000).Select(i => i % 7 == 0 ? $"${i}bn." : i % 5 == 0 ? $"{i}% of GDP." : $"{i}"));
        var report = fixture.Checker.Check("Russia, Europe and NATO: " + noise);
        Assert.All(report.Results, r => Assert.False(string.IsNullOrEmpty(r.Reason)));
    }
}
