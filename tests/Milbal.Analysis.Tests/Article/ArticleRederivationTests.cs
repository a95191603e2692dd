using System.Text.Json;
using Milbal.Analysis.Article;

namespace Milbal.Analysis.Tests.Article;

public class ArticleRederivationTests(BundledStore bundle) : IClassFixture<BundledStore>
{
    private readonly Lazy<IReadOnlyList<ArticleStatement>> _statements = new(() => ArticleRederivation.Run(bundle.Store));

    private ArticleStatement Statement(string id) => Assert.Single(_statements.Value, s => s.Id == id);

    private static Derivation Derived(ArticleStatement s, string label) => Assert.Single(s.Derivations, d => d.Label == label);

    [Fact]
    public void Russia_at_ppp_at_each_published_factor()
    {
        var s = Statement("rus-ppp-2024");
        var sipriWdi = Derived(s, "SIPRI RUB 13,827.5bn at World Bank WDI 2026-03-05 PPP");
        Assert.Equal(475.8, Math.Round(sipriWdi.Value, 1));
        Assert.Contains("ppp_factor RUS 2024 = 29.063 LCU per INT$ (wdi 2026-03-05)", sipriWdi.Sources);
        var iissWeo = Derived(s, "IISS RUB 13.1tn at IMF WEO April 2025 PPP");
        Assert.Equal(452.2, Math.Round(iissWeo.Value, 1));
        Assert.Contains("ppp_factor RUS 2024 = 28.97 LCU per INT$ (weo 2025-04)", iissWeo.Sources);
        Assert.Equal(29.021, Math.Round(Derived(s, "PPP factor, IMF WEO October 2025").Value, 3));
        Assert.Equal(28.4, Math.Round(Derived(s, "PPP rate implied by IISS (RUB 13.1tn ÷ Int$461.6bn)").Value, 1));
        Assert.Equal(Verdict.DependsOnMethod, s.Verdict);
    }

    [Fact]
    public void Europe_in_market_dollars_by_definition_of_europe()
    {
        var s = Statement("europe-usd-2024");
        Assert.Equal(457, s.Claimed);
        var sipri = Derived(s, "SIPRI, EU + UK (sum of members)");
        Assert.Equal(450.3, Math.Round(sipri.Value, 1));
        Assert.Contains("all 28 members", sipri.Method);
        Assert.Equal(506.692, Math.Round(Derived(s, "NATO, Europe and Canada (NATO's own total)").Value, 3));
        Assert.Contains("missing ISL", Derived(s, "NATO, European allies (sum of members)").Method);
    }

    [Fact]
    public void Russia_in_market_dollars_and_growth()
    {
        var usd = Statement("rus-usd-2024");
        Assert.Equal(148.967, Math.Round(Derived(usd, "SIPRI current US$").Value, 3));
        Assert.Equal(Verdict.Consistent, usd.Verdict);
        var growth = Statement("rus-growth-2024");
        Assert.Equal(41.9, Derived(growth, "IISS real change, as published").Value);
        Assert.Equal(37.8, Math.Round(Derived(growth, "SIPRI real change 2023→2024").Value, 1));
        Assert.Equal(48.7, Math.Round(Derived(growth, "SIPRI nominal change in roubles").Value, 1));
        Assert.Equal(Verdict.DependsOnMethod, growth.Verdict);
    }

    [Fact]
    public void Headline_balance_holds_only_asymmetrically()
    {
        var s = Statement("balance-2024");
        Assert.True(s.Claimed > 1);
        Assert.All(s.Derivations.Where(d => d.Label.Contains("both at")), d => Assert.True(d.Value < 1, d.Label));
        Assert.Equal(3, s.Derivations.Count(d => d.Label.Contains("both at")));
        Assert.True(Derived(s, "SIPRI, Russia at PPP ÷ EU + UK at market rates (asymmetric, as IISS)").Value > 1);
    }

    [Fact]
    public void Targets_counted_from_natos_shares()
    {
        var s = Statement("targets");
        Assert.Equal(23, Derived(s, "Allies at or above 2.0% of GDP in 2024 (NATO 2024 edition)").Value);
        Assert.Equal(0, Derived(s, "Allies at or above 5.0% of GDP in 2024 (NATO 2024 edition)").Value);
        var at35 = Derived(s, "Allies at or above 3.5% of GDP in 2024 (NATO 2024 edition)");
        Assert.Equal(1, at35.Value);
        Assert.EndsWith("POL", at35.Method);
        Assert.Equal(18, Derived(s, "Allies at or above 2.0% of GDP in 2024 (NATO 2025 edition)").Value);
        Assert.Equal(2, Derived(s, "NATO 2% guideline (Wales 2014, 'within a decade')").Value);
    }

    [Fact]
    public void Ammunition_and_pennsylvania_from_curated_figures()
    {
        var ammunition = Statement("ammunition");
        Assert.Equal([3.0, 2.2, 4.5, 3.3], ammunition.Derivations.Where(d => d.Label.StartsWith("Ratio", StringComparison.Ordinal)).Select(d => Math.Round(d.Value, 1)));
        Assert.Equal(Verdict.DependsOnMethod, ammunition.Verdict);
        var pennsylvania = Statement("pennsylvania");
        Assert.Equal(0.94, Math.Round(Derived(pennsylvania, "Occupied ÷ Pennsylvania, 1 January 2025 (derived)").Value, 2));
        Assert.Equal(0.97, Math.Round(Derived(pennsylvania, "Occupied ÷ Pennsylvania, 1 January 2026").Value, 2));
        Assert.Equal(Verdict.Consistent, pennsylvania.Verdict);
    }

    [Fact]
    public void Every_statement_quotes_the_article_and_every_derivation_has_a_source()
    {
        // The quotes are embedded in code; this checks them against the article text in ../shared/articles.
        var article = File.ReadAllText(Path.Combine(SharedData.Root, "..", "articles", ArticleRederivation.ArticleFile))
            .Replace('\u2019', '\'');
        Assert.Equal(8, _statements.Value.Count);
        Assert.All(_statements.Value, s =>
        {
            Assert.Contains(s.Quote, article);
            Assert.NotEmpty(s.Reason);
            Assert.All(s.Derivations, d => Assert.NotEmpty(d.Sources));
        });
    }

    [Fact]
    public void Json_nests_derivations_under_each_statement()
    {
        using var json = JsonDocument.Parse(ArticleRederivation.ToJson(_statements.Value));
        var first = json.RootElement[0];
        foreach (var name in new[] { "quote", "claimed", "derivations", "verdict", "reason" }) Assert.True(first.TryGetProperty(name, out _), name);
        var derivation = first.GetProperty("derivations")[0];
        foreach (var name in new[] { "value", "unit", "method", "sources" }) Assert.True(derivation.TryGetProperty(name, out _), name);
        Assert.Equal("depends on method", first.GetProperty("verdict").GetString());
        var table = ArticleRederivation.ToResultTable(_statements.Value);
        Assert.Equal(_statements.Value.Sum(s => s.Derivations.Count), table.Rows.Count);
    }
}
