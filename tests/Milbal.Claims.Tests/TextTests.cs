using Milbal.Claims.Text;
using Milbal.Core.Entities;

namespace Milbal.Claims.Tests;

public sealed class TextTests
{
    private static readonly EntityRecogniser Recogniser = new(EntityRegistry.Default);

    [Fact]
    public void Sentences_keep_abbreviations_decimals_and_quotes_together()
    {
        var text = "Gen. Smith met U.S. officials on Feb. 13, 2025. Spending rose 3.5% to $1.3 trillion. \"We need more,\" he said. Next.";
        var sentences = SentenceSplitter.Split(text).Select(s => s.Text).ToArray();
        Assert.Equal(["Gen. Smith met U.S. officials on Feb. 13, 2025.", "Spending rose 3.5% to $1.3 trillion.", "\"We need more,\" he said.", "Next."], sentences);
    }

    [Fact]
    public void A_list_number_at_the_start_of_a_line_is_a_marker_not_a_sentence()
    {
        var text = "Here is the ranking:\n  1. United States – $821,830 million\n2. Greece – 2.38 percent of GDP. It rose 5%.";
        var sentences = SentenceSplitter.Split(text).Select(s => s.Text).ToArray();
        Assert.Equal(["Here is the ranking:", "1. United States – $821,830 million", "2. Greece – 2.38 percent of GDP.", "It rose 5%."], sentences);
    }

    [Fact]
    public void A_dateline_city_before_a_dash_and_a_story_is_not_a_subject() =>
        Assert.DoesNotContain(Recogniser.Find("Moscow — Russia will raise spending"), m => m.Start == 0);

    [Theory]
    [InlineData("Moscow's military expenditure spiked", "RUS")]
    [InlineData("the Kremlin has increased its budget", "RUS")]
    [InlineData("Russian defense spending eclipsed", "RUS")]
    [InlineData("NATO’s European members do in a year", "NATO_EUROPE")]
    [InlineData("European allies and Canada spent more", "NATO_EUROPE_CANADA")]
    [InlineData("the EU and the UK together spend", "EU_UK")]
    [InlineData("EU member states spent €343bn", "EU27")]
    [InlineData("the alliance will meet in The Hague", "NATO")]
    [InlineData("German spending rose", "DEU")]
    [InlineData("Washington alone accounts for 37 percent", "USA")]
    [InlineData("Lithuania at 4 per cent", "LTU")]
    [InlineData("Türkiye and Greece", "TUR")]
    // A country before a dash and its figure is a list line's subject, not a dateline (a city before a dash and a story is).
    [InlineData("United Kingdom – $66,651 million", "GBR")]
    [InlineData("Germany — 2.1% of GDP", "DEU")]
    [InlineData("Poland – €38bn", "POL")]
    public void Entities_resolve_to_store_ids(string sentence, string id) =>
        Assert.Equal(id, Recogniser.Find(sentence)[0].Primary);

    [Fact]
    public void Europe_keeps_every_reading()
    {
        var europe = Assert.Single(Recogniser.Find("compared with Europe’s collective $457 billion"));
        Assert.Equal(["EU_UK", "NATO_EUROPE", "NATO_EUROPE_CANADA", "EU27"], europe.Candidates);
    }

    [Fact]
    public void Names_inside_organisations_and_institutions_are_not_subjects()
    {
        Assert.Empty(Recogniser.Find("the United Kingdom’s International Institute for Strategic Studies said"));
        Assert.Empty(Recogniser.Find("the European Commission proposed a fund"));
        Assert.DoesNotContain(Recogniser.Find("spent US$2.7 trillion"), m => m.Primary == "USA");
    }

    [Fact]
    public void Header_and_dateline_give_the_date()
    {
        var withHeader = ArticleText.Parse("title: T\nurl: https://x\ndate: 2025-04-28\nexcerpt: full\n\nBody text.");
        Assert.Equal(new DateOnly(2025, 4, 28), withHeader.Date);
        Assert.Equal("Body text.", withHeader.Body);
        Assert.Equal(new DateOnly(2025, 2, 13), ArticleText.Parse("Hegseth arrives on Feb. 13, 2025. (Photo)\nText.").Date);
    }
}
