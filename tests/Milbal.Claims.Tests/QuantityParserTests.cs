using Milbal.Claims.Text;

namespace Milbal.Claims.Tests;

public sealed class QuantityParserTests
{
    private static Quantity Single(string sentence, QuantityKind kind) => Assert.Single(QuantityParser.Parse(sentence), q => q.Kind == kind);

    [Theory]
    [InlineData("Russia's spending rose to $145.9 billion in 2024.", "$145.9 billion", 145.9e9, 0.05e9, "USD")]
    [InlineData("The bloc spent €343bn on defence last year.", "€343bn", 343e9, 0.5e9, "EUR")]
    [InlineData("World spending reached US$2.7 trillion, SIPRI said.", "US$2.7 trillion", 2.7e12, 0.05e12, "USD")]
    [InlineData("Moscow plans to spend 13.1 trillion roubles on the military.", "13.1 trillion roubles", 13.1e12, 0.05e12, "RUB")]
    [InlineData("The budget allots Rbs13.1tn to defence.", "Rbs13.1tn", 13.1e12, 0.05e12, "RUB")]
    [InlineData("Germany will spend 100 billion euros on its armed forces.", "100 billion euros", 100e9, 0.5e9, "EUR")]
    [InlineData("Washington spent $462bn, the Pentagon said.", "$462bn", 462e9, 0.5e9, "USD")]
    [InlineData("The US spent nearly a trillion dollars.", "a trillion dollars", 1e12, 0.5e12, "USD")]
    [InlineData("Finland's defence budget for 2024 is around six billion euros.", "six billion euros", 6e9, 0.5e9, "EUR")]
    [InlineData("I have provided a sum of Rs 2,74,114 crore for defence.", "Rs 2,74,114 crore", 2.74114e12, 0.5e7, "INR")]
    [InlineData("Britain will spend £2.2 billion more.", "£2.2 billion", 2.2e9, 0.05e9, "GBP")]
    [InlineData("with a spending of 778,000 million dollars, SIPRI said.", "778,000 million dollars", 778e9, 0.5e9, "USD")]
    [InlineData("The ministry's line is 2,450 million euros.", "2,450 million euros", 2.45e9, 0.5e6, "EUR")]
    public void Money_with_currency_scale_and_precision(string sentence, string text, double value, double half, string currency)
    {
        var q = Single(sentence, QuantityKind.Money);
        Assert.Equal(text, q.Text);
        Assert.Equal(value, q.Value, 1e-6 * value);
        Assert.Equal(half, q.HalfUnit, 1e-6 * value);
        Assert.Equal(currency, q.Currency);
    }

    [Theory]
    [InlineData("spending grew by 42% in 2024", "42%", 42, 0.5, false)]
    [InlineData("Poland spends 4.12% of GDP on defence", "4.12%", 4.12, 0.005, true)]
    [InlineData("allies must spend 2 per cent of gross domestic product", "2 per cent", 2, 0.5, true)]
    [InlineData("the target of 3.5 percent of their economic output", "3.5 percent", 3.5, 0.05, true)]
    [InlineData("a goal of spending two per cent of GDP on defence", "two per cent", 2, 0.5, true)]
    [InlineData("equivalent to 6.7 percent GDP", "6.7 percent", 6.7, 0.05, true)]
    [InlineData("a 5 percent rise", "5 percent", 5, 0.5, false)]
    public void Percentages_and_shares_of_gdp(string sentence, string text, double value, double half, bool ofGdp)
    {
        var q = Single(sentence, QuantityKind.Percent);
        Assert.Equal(text, q.Text);
        Assert.Equal(value, q.Value, 1e-9);
        Assert.Equal(half, q.HalfUnit, 1e-9);
        Assert.Equal(ofGdp, q.OfGdp);
    }

    [Theory]
    [InlineData("to an estimated $145.9 billion", Hedge.Approximately)]
    [InlineData("nearly $462bn", Hedge.Nearly)]
    [InlineData("more than $100bn", Hedge.MoreThan)]
    [InlineData("the aggregate of NATO's military budgets exceeds $1.2 trillion", Hedge.MoreThan)]
    [InlineData("spending exceeded $40 billion", Hedge.MoreThan)]
    [InlineData("spending across the alliance would top $1.5 trillion", Hedge.MoreThan)]
    [InlineData("at least $40 billion", Hedge.AtLeast)]
    [InlineData("up to $5 billion", Hedge.UpTo)]
    [InlineData("about $457 billion", Hedge.Approximately)]
    [InlineData("almost $146 billion", Hedge.Nearly)]
    [InlineData("$146 billion", Hedge.None)]
    public void Hedges(string sentence, Hedge hedge) => Assert.Equal(hedge, Single(sentence, QuantityKind.Money).Hedge);

    [Fact]
    public void Tolerance_follows_the_stated_precision_and_the_hedge()
    {
        var exact = Single("to $145.9 billion", QuantityKind.Money);
        Assert.True(exact.Admits(145.94e9));
        Assert.False(exact.Admits(146.0e9));
        var nearly = Single("nearly $462bn", QuantityKind.Money);
        Assert.True(nearly.Admits(461.6e9));
        Assert.True(nearly.Admits(440e9));
        Assert.False(nearly.Admits(463e9));
        var over = Single("over 40 percent", QuantityKind.Percent);
        Assert.True(over.Admits(41.9));
        Assert.False(over.Admits(37.8));
    }

    [Theory]
    [InlineData("more ammunition in three months than in a year", 3, 12)]
    [InlineData("within six weeks or 2 years", 6 * 7 / 30.4375, 24)]
    public void Durations_in_months(string sentence, double first, double second)
    {
        var d = QuantityParser.Parse(sentence).Where(q => q.Kind == QuantityKind.Duration).ToArray();
        Assert.Equal(2, d.Length);
        Assert.Equal(first, d[0].Value, 1e-9);
        Assert.Equal(second, d[1].Value, 1e-9);
        Assert.EndsWith(" months", d[1].Format(d[1].Value), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Russia makes 1.5 million shells a year", 1.5e6, "shells", "year")]
    [InlineData("output of 250,000 a month", 250_000, null, "month")]
    [InlineData("Russia lost 1400 main battle tanks last year", 1400, "tanks", null)]
    public void Counts_of_things(string sentence, double value, string? noun, string? per)
    {
        var q = Single(sentence, QuantityKind.Count);
        Assert.Equal(value, q.Value, 1e-6);
        if (noun is not null) Assert.Equal(noun, q.Noun);
        Assert.Equal(per, q.Per);
    }

    [Theory]
    [InlineData("Russia produces four times as many shells", 4)]
    [InlineData("spends twice as much as Germany", 2)]
    [InlineData("a threefold increase", 3)]
    [InlineData("with expenditure almost doubling over the last five years", 2)]
    [InlineData("tripling its spending in real terms", 3)]
    [InlineData("would require the quadrupling of the country's current annual defence budget", 4)]
    public void Multiples(string sentence, double value) => Assert.Equal(value, Single(sentence, QuantityKind.Multiple).Value);

    [Theory]
    [InlineData("The allies are doubling down on air defence.")]
    [InlineData("Berlin doubled down on its promise to Kyiv.")]
    public void Doubling_down_is_not_a_multiple(string sentence) =>
        Assert.DoesNotContain(QuantityParser.Parse(sentence), q => q.Kind == QuantityKind.Multiple);

    [Theory]
    [InlineData("a third of the alliance's spending", 1 / 3.0)]
    [InlineData("two-thirds of NATO's budget", 2 / 3.0)]
    public void Fractions(string sentence, double value) => Assert.Equal(value, Single(sentence, QuantityKind.Fraction).Value, 1e-9);

    [Theory]
    [InlineData("Defense Secretary Pete Hegseth speaks on Feb. 13, 2025.")]
    [InlineData("The meeting starts at 10:30 on Thursday, 13 February 2025.")]
    [InlineData("The 45-year-old minister was born in 1980.")]
    [InlineData("Article 5 of the treaty signed in 1949.")]
    public void Dates_times_ages_and_years_are_not_quantities(string sentence) =>
        Assert.DoesNotContain(QuantityParser.Parse(sentence), q => q.Kind is QuantityKind.Money or QuantityKind.Percent or QuantityKind.Count);

    [Theory]
    [InlineData("Allies spent between 2% and 3% of GDP.", "between 2% and 3%", 2.0, 3.0)]
    [InlineData("Lithuania will spend 5-6% of GDP on defence.", "5-6%", 5.0, 6.0)]
    [InlineData("Germany plans 3 to 3.5 per cent of GDP.", "3 to 3.5 per cent", 3.0, 3.5)]
    public void A_range_is_one_figure_for_its_interval(string sentence, string text, double low, double high)
    {
        var q = Assert.Single(QuantityParser.Parse(sentence), p => p.Kind == QuantityKind.Percent);
        Assert.Equal(text, q.Text);
        Assert.True(q.Admits(low) && q.Admits(high) && q.Admits((low + high) / 2));
        Assert.False(q.Admits(high + 0.6)); // each end keeps its own stated precision (half a unit of the last digit)
    }

    [Fact]
    public void From_one_percentage_to_another_is_not_a_range()
    {
        Assert.Equal(2, QuantityParser.Parse("Spending rose from 2% to 3% of GDP.").Count(p => p.Kind == QuantityKind.Percent));
    }

    [Theory]
    [InlineData("The plant will turn out 70,000 to 80,000 rounds a month.", "70,000 to 80,000 rounds", 70_000, 80_000)]
    [InlineData("Europe will make 2 to 3 million shells next year.", "2 to 3 million shells", 2_000_000, 3_000_000)]
    public void A_range_of_counts_is_one_figure_with_the_scale_of_its_second_end(string sentence, string text, double low, double high)
    {
        var q = Assert.Single(QuantityParser.Parse(sentence), p => p.Kind == QuantityKind.Count);
        Assert.Equal(text, q.Text);
        Assert.True(q.Admits(low) && q.Admits(high));
        Assert.False(q.Admits(high * 1.5));
    }

    [Fact]
    public void A_year_before_to_is_not_the_start_of_a_range_of_counts()
    {
        Assert.DoesNotContain(QuantityParser.Parse("Output rose in 2024 to 80,000 rounds a month."), p => p.Kind == QuantityKind.Count && p.Text.Contains("2024", StringComparison.Ordinal));
    }
}
