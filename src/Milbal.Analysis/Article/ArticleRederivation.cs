using System.Globalization;
using System.Text.Json;
using Milbal.Analysis.Aggregation;
using Milbal.Analysis.Balance;
using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Core.Tables;
using Milbal.Data.Store;

namespace Milbal.Analysis.Article;

/// <summary>How a statement compares with what the data give.</summary>
public enum Verdict
{
    /// <summary>The data reproduce the statement within the precision it is given in.</summary>
    Consistent,
    /// <summary>The data give a clearly different number whichever reasonable method is used.</summary>
    Differs,
    /// <summary>Some reasonable methods or sources reproduce it and others do not.</summary>
    DependsOnMethod,
}

/// <summary>One number Milbal derives for a statement, with how and from what.</summary>
/// <param name="Sources">Datasets and editions, curated figures and every conversion factor used.</param>
public sealed record Derivation(string Label, double Value, string Unit, string Method, IReadOnlyList<string> Sources);

/// <summary>A statement of the article, what it claims, what the data give, and a verdict with its reason.</summary>
public sealed record ArticleStatement(
    string Id, string Quote, string Claim, double Claimed, string ClaimedUnit, string ClaimedSource,
    IReadOnlyList<Derivation> Derivations, Verdict Verdict, string Reason);

/// <summary>
/// Re-derives the figures of the seed article (Military Times / Defense News, 13 Feb 2025: Hegseth at NATO in Brussels)
/// from the store: each claim beside SIPRI, NATO, World Bank and IMF data and the curated figures it came from.
/// A general claim checker is a later piece of work; this covers this one article.
/// </summary>
public static class ArticleRederivation
{
    public const string ArticleFile = "2025-02-13-hegseth-nato-brussels.txt";
    public const string ArticleTitle = "Hegseth at NATO headquarters, Brussels, 13 February 2025 (Military Times)";

    public static string VerdictText(Verdict verdict) => verdict switch
    {
        Verdict.Consistent => "consistent",
        Verdict.Differs => "differs",
        _ => "depends on method",
    };

    public static IReadOnlyList<ArticleStatement> Run(MilbalStore store, EntityRegistry? registry = null)
    {
        registry ??= EntityRegistry.Default;
        var context = new Context(store, registry);
        return
        [
            RussiaGrowth(context), RussiaMarketDollars(context), EuropeMarketDollars(context), RussiaPpp(context),
            Balance(context), Targets(context), Ammunition(context), Pennsylvania(context),
        ];
    }

    private sealed class Context(MilbalStore store, EntityRegistry registry)
    {
        public MilbalStore Store { get; } = store;
        public EntityRegistry Registry { get; } = registry;
        public MilexGrowth Growth { get; } = new(store, FactorOptions.Default, registry);
        public Converter Converter { get; } = new(new StoreFactorProvider(store, FactorOptions.Default, registry));
        private Aggregator? _aggregator;

        /// <summary>One aggregator for the whole run, so each group's series is read once.</summary>
        public Aggregator Aggregator => _aggregator ??= new(Store, Converter, Registry);

        public StoredObservation SipriRoubles2024 { get; } =
            store.Series(new SeriesQuery(["RUS"], [Measures.Milex.Id], "sipri", null, 2024, 2024)).FirstOrDefault(r => r.Observation.Unit.Currency == "RUB")
            ?? throw new MissingDataException("no SIPRI military expenditure in roubles for Russia in 2024");

        public StoredObservation Figure(string entity, string measure, string id) => Figures.Get(Store, entity, measure, id);
    }

    private static string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);

    private static Derivation FigureDerivation(StoredObservation row, string label, string unit, string method, double? value = null) =>
        new(label, value ?? row.Observation.Value, unit, method, [Figures.Source(row)]);

    // --- 1. "grew by 42% in 2024" ---

    private const string GrowthQuote = "The IISS analysis found that Russia's total military expenditure grew by 42% in 2024 to an estimated $145.9 billion, compared with Europe's collective $457 billion.";

    private static ArticleStatement RussiaGrowth(Context c)
    {
        var iiss = c.Figure("RUS", Measures.MilexRealChange.Id, "iiss-mb2025-rus-2024-real-change");
        var iissRevised = c.Figure("RUS", Measures.MilexRealChange.Id, "iiss-mb2026-rus-2024-real-change");
        var sipriReal = c.Growth.SipriConstant("RUS", 2023, 2024);
        var nominal = c.Growth.Nominal("RUS", 2023, 2024);
        var gdpDeflated = c.Growth.Real("RUS", 2023, 2024, DeflatorKind.GdpDeflator);
        var cpiDeflated = c.Growth.Real("RUS", 2023, 2024, DeflatorKind.Cpi);
        Derivation FromGrowth(GrowthResult g, string label) =>
            new(label, g.Percent, "%", $"{g.Method}: {F(g.FromValue / 1e9)}bn → {F(g.ToValue / 1e9)}bn",
                [g.Source, .. g.Factors.Select(f => f.ToString()).Distinct()]);
        Derivation FromSipri(GrowthResult g, string label) =>
            new(label, g.Percent, "%", $"{g.Method}: {F(g.FromValue, "#,##0.0")} → {F(g.ToValue, "#,##0.0")} {g.Unit}", [g.Source]);
        return new ArticleStatement("rus-growth-2024", GrowthQuote, "Russia's military expenditure grew by 42% in real terms in 2024", 42, "%", "IISS, The Military Balance 2025",
        [
            FigureDerivation(iiss, "IISS real change, as published", "%", "real terms; IISS's deflator and 2023 base are not published"),
            FigureDerivation(iissRevised, "IISS real change, as reported a year later (MB2026)", "%", "a revision or a different basis; unresolved"),
            FromSipri(sipriReal, "SIPRI real change 2023→2024"),
            FromGrowth(gdpDeflated, "SIPRI roubles deflated with Russia's GDP deflator"),
            FromGrowth(cpiDeflated, "SIPRI roubles deflated with Russia's CPI"),
            FromGrowth(nominal, "SIPRI nominal change in roubles"),
        ],
        Verdict.DependsOnMethod,
        $"42% is IISS's {F(iiss.Observation.Value)}% rounded; SIPRI's constant-dollar series gives {F(sipriReal.Percent)}% and its roubles deflated with the GDP deflator {F(gdpDeflated.Percent)}% (nominal {F(nominal.Percent)}%): the rise depends on the spending definition and the deflator.");
    }

    // --- 2. "$145.9 billion" ---

    private static ArticleStatement RussiaMarketDollars(Context c)
    {
        var iiss = c.Figure("RUS", Measures.Milex.Id, "iiss-mb2025-rus-2024-milex-usd");
        var iissRub = c.Figure("RUS", Measures.Milex.Id, "iiss-mb2025-rus-2024-milex-rub");
        var sipriUsd = c.Store.Series(new SeriesQuery(["RUS"], [Measures.Milex.Id], "sipri", null, 2024, 2024))
            .First(r => r.Observation.Unit is { Currency: "USD", PriceBasis.IsConstant: false });
        var sipriBn = Figures.Units(sipriUsd) / 1e9;
        var atWdi = c.Converter.Convert(c.SipriRoubles2024, MoneyUnit.Parse("current US$MER"), Scale.Billions);
        var impliedRate = Figures.Units(iissRub) / Figures.Units(iiss);
        var fx = atWdi.Factors.First(f => f.Name == "fx_rate");
        var gap = (sipriBn / iiss.Observation.Value - 1) * 100;
        return new ArticleStatement("rus-usd-2024", GrowthQuote, "Russia's military expenditure in 2024 was US$145.9bn at market exchange rates", 145.9, "US$ billion, current", "IISS, The Military Balance 2025",
        [
            FigureDerivation(iiss, "IISS, as published", "US$ billion, current", "market exchange rates"),
            new("SIPRI current US$", sipriBn, "US$ billion, current", $"SIPRI's own current US$ ({F(sipriUsd.Observation.Value, "#,##0")}m)", [$"sipri {sipriUsd.Edition}"]),
            new("SIPRI roubles at the World Bank market rate", atWdi.Value.Value, "US$ billion, current",
                $"RUB {F(Figures.Units(c.SipriRoubles2024) / 1e9, "#,##0.0")}bn ÷ {F(fx.Value, "0.00")} RUB/US$", [$"sipri {c.SipriRoubles2024.Edition}", .. atWdi.Factors.Select(f => f.ToString())]),
            new("Rate implied by IISS (RUB 13.1tn ÷ US$145.9bn)", impliedRate, "RUB per US$", $"compare the 2024 average rate {F(fx.Value, "0.00")} ({fx.Source})",
                [Figures.Source(iissRub), Figures.Source(iiss)]),
        ],
        Math.Abs(gap) <= 3 ? Verdict.Consistent : Verdict.Differs,
        $"SIPRI's US${F(sipriBn)}bn is {F(gap)}% {(gap >= 0 ? "higher" : "lower")}: a wider definition (RUB 13.8tn against IISS's 13.1tn) offset by IISS's stronger implied rouble ({F(impliedRate)} RUB/US$).");
    }

    // --- 3. "Europe's collective $457 billion" ---

    private static ArticleStatement EuropeMarketDollars(Context c)
    {
        var iiss = c.Figure("EU_UK", Measures.Milex.Id, "iiss-mb2025-eu-uk-2024-milex-usd");
        var usd = MoneyUnit.Parse("current US$MER");
        var euUk = c.Aggregator.Sum(BuiltInGroups.EuUk, 2024, Measures.Milex.Id, "sipri", null, usd, Scale.Billions, asPublished: true);
        var natoEurope = c.Aggregator.Sum(BuiltInGroups.NatoEurope, 2024, Measures.Milex.Id, "nato", "2024", usd, Scale.Billions, asPublished: true);
        var natoRow = c.Store.Series(new SeriesQuery(["NATO_EUROPE_CANADA"], [Measures.Milex.Id], "nato", "2024", 2024, 2024))
            .FirstOrDefault(r => r.Observation.Unit is { Currency: "USD", PriceBasis.IsConstant: false })
            ?? throw new MissingDataException("no NATO 2024-edition total for NATO Europe and Canada in 2024");
        var eucan = Figures.Units(natoRow) / 1e9;
        var gap = (euUk.Total / iiss.Observation.Value - 1) * 100;
        return new ArticleStatement("europe-usd-2024", "compared with Europe's collective $457 billion", "Europe's military expenditure in 2024 was US$457bn at market exchange rates", 457, "US$ billion, current", "IISS, The Military Balance 2025",
        [
            FigureDerivation(iiss, "IISS, as published (Europe taken as EU + UK)", "US$ billion, current", "market exchange rates; IISS's region definition not confirmed"),
            new("SIPRI, EU + UK (sum of members)", euUk.Total, "US$ billion, current", $"sum of SIPRI's current US$; {euUk.Coverage}", [$"sipri {Editions(euUk)}", euUk.Coverage.GdpSource]),
            new("NATO, European allies (sum of members)", natoEurope.Total, "US$ billion, current", $"sum of NATO's current US$ (2024e); {natoEurope.Coverage}", [$"nato {Editions(natoEurope)}"]),
            new("NATO, Europe and Canada (NATO's own total)", eucan, "US$ billion, current", $"NATO aggregate row NATO_EUROPE_CANADA, {F(natoRow.Observation.Value, "#,##0")}m (2024e)", [$"nato {natoRow.Edition}"]),
        ],
        Verdict.DependsOnMethod,
        $"For EU + UK SIPRI's sum is US${F(euUk.Total)}bn ({F(gap)}%); 'Europe' as NATO's European allies is US${F(natoEurope.Total)}bn (NATO), with Canada US${F(eucan)}bn: the total depends on which Europe.");
    }

    private static string Editions(AggregateResult result) =>
        string.Join("+", result.Members.Where(m => m.Detail is not null).Select(m => m.Detail!.Edition).Distinct().Order(StringComparer.Ordinal));

    // --- 4. "the equivalent of $462 billion" ---

    private static readonly (string Dataset, string Edition, string Name)[] PppEditions =
    [
        ("wdi", "2026-03-05", "World Bank WDI 2026-03-05"),
        ("weo", "2025-04", "IMF WEO April 2025"),
        ("weo", "2025-10", "IMF WEO October 2025"),
    ];

    /// <summary>Russia's 2024 GDP PPP factor as published in one edition, with its source.</summary>
    public static Factor RussiaPppFactor(MilbalStore store, string dataset, string edition)
    {
        var row = store.Series(new SeriesQuery(["RUS"], [Measures.PppFactor.Id], dataset, edition, 2024, 2024)).FirstOrDefault(r => r.Edition == edition)
                  ?? throw new MissingDataException($"no 2024 PPP factor for Russia in {dataset} {edition}");
        return new Factor("ppp_factor", "RUS", 2024, row.Observation.Value, row.Observation.Unit.ToString(), row.Dataset, row.Edition);
    }

    private static ArticleStatement RussiaPpp(Context c)
    {
        var iissPpp = c.Figure("RUS", Measures.Milex.Id, "iiss-mb2025-rus-2024-milex-ppp");
        var iissRub = c.Figure("RUS", Measures.Milex.Id, "iiss-mb2025-rus-2024-milex-rub");
        var implied = Figures.Units(iissRub) / Figures.Units(iissPpp);
        var sipriRub = Figures.Units(c.SipriRoubles2024);
        var derivations = new List<Derivation>
        {
            FigureDerivation(iissPpp, "IISS, as published", "Int$ billion, current", "purchasing-power parity; IISS's PPP series is not identified"),
            new("PPP rate implied by IISS (RUB 13.1tn ÷ Int$461.6bn)", implied, "RUB per Int$", "IISS's roubles ÷ IISS's PPP dollars", [Figures.Source(iissRub), Figures.Source(iissPpp)]),
        };
        var results = new List<double>();
        foreach (var (dataset, edition, name) in PppEditions)
        {
            Factor factor;
            try { factor = RussiaPppFactor(c.Store, dataset, edition); }
            catch (MissingDataException) { continue; }
            derivations.Add(new($"PPP factor, {name}", factor.Value, "RUB per Int$", "GDP PPP conversion factor, 2024", [factor.ToString()]));
            var sipri = sipriRub / factor.Value / 1e9;
            var fromIiss = Figures.Units(iissRub) / factor.Value / 1e9;
            results.AddRange([sipri, fromIiss]);
            derivations.Add(new($"SIPRI RUB 13,827.5bn at {name} PPP", sipri, "Int$ billion, current", $"RUB {F(sipriRub / 1e9, "#,##0.0")}bn ÷ {F(factor.Value, "0.000")}",
                [$"sipri {c.SipriRoubles2024.Edition}", factor.ToString()]));
            derivations.Add(new($"IISS RUB 13.1tn at {name} PPP", fromIiss, "Int$ billion, current", $"RUB 13,100bn ÷ {F(factor.Value, "0.000")}",
                [Figures.Source(iissRub), factor.ToString()]));
        }
        var factors = derivations.Where(d => d.Label.StartsWith("PPP factor", StringComparison.Ordinal)).Select(d => d.Value).ToArray();
        return new ArticleStatement("rus-ppp-2024", "However, when purchasing power parity was taken into consideration, Russia's total adds up to the equivalent of $462 billion, IISS said.",
            "Russia's 2024 military expenditure is the equivalent of US$462bn at purchasing-power parity", 462, "Int$ billion, current", "IISS, The Military Balance 2025",
            derivations, Verdict.DependsOnMethod,
            $"IISS's figure implies {F(implied, "0.0")} RUB per Int$, below every published 2024 GDP PPP ({F(factors.DefaultIfEmpty().Min(), "0.00")}–{F(factors.DefaultIfEmpty().Max(), "0.00")}); "
            + $"at those factors the roubles give Int${F(results.DefaultIfEmpty().Min())}–{F(results.DefaultIfEmpty().Max())}bn depending on whose rouble total and which PPP edition.");
    }

    // --- 5. The asymmetric headline ---

    private static ArticleStatement Balance(Context c)
    {
        var iissPpp = c.Figure("RUS", Measures.Milex.Id, "iiss-mb2025-rus-2024-milex-ppp");
        var iissEurope = c.Figure("EU_UK", Measures.Milex.Id, "iiss-mb2025-eu-uk-2024-milex-usd");
        var comparison = MilitaryBalance.Compare(c.Store, new CompareRequest("RUS", "EU_UK", 2024, Asymmetric: new AsymmetricBases(MoneyBasis.IntPpp, MoneyBasis.UsdMer)), c.Registry);
        Derivation FromRow(BalanceRow row) => new(
            row.IsAsymmetric ? "SIPRI, Russia at PPP ÷ EU + UK at market rates (asymmetric, as IISS)" : $"SIPRI, Russia ÷ EU + UK, both at {row.A.Target}",
            row.Ratio, "ratio", $"{F(row.A.Value)} {row.A.Unit} ÷ {F(row.B.Value)} {row.B.Unit}; EU + UK: {row.B.CoverageText}",
            [$"sipri {row.A.Edition}", row.A.FactorsText, row.B.FactorsText]);
        var iissRatio = iissPpp.Observation.Value / iissEurope.Observation.Value;
        var mer = comparison.Row(MoneyBasis.UsdMer)!;
        var ppp = comparison.Row(MoneyBasis.IntPpp)!;
        return new ArticleStatement("balance-2024", "Russian military spending outpaces all of Europe put together when Russia's lower production costs are factored in.",
            "Russia's spending exceeds all of Europe's once Russia's lower costs are accounted for (IISS: Int$462bn vs US$457bn)", iissRatio, "ratio Russia ÷ Europe", "IISS, The Military Balance 2025",
            [
                new("IISS, Russia at PPP ÷ Europe at market rates", iissRatio, "ratio", "Int$461.6bn ÷ US$457bn: two different price bases", [Figures.Source(iissPpp), Figures.Source(iissEurope)]),
                .. comparison.Rows.Select(FromRow),
            ],
            Verdict.DependsOnMethod,
            $"Russia comes out above Europe only with Russia at PPP and Europe at market rates; on one basis Russia is {F(ppp.Ratio * 100, "0")}% of EU + UK at PPP and {F(mer.Ratio * 100, "0")}% at market rates.");
    }

    // --- 6. "from the current benchmark of 2% ... to 5%" ---

    /// <summary>Allies (countries, not NATO's aggregate rows) whose share of GDP, rounded to 2 dp as NATO prints it, is at least <paramref name="threshold"/>.</summary>
    public static (int AtOrAbove, int Reporting, IReadOnlyList<string> Allies) AlliesAtOrAbove(MilbalStore store, string edition, int year, double threshold)
    {
        var members = BuiltInGroups.Nato.MembersIn(year).ToHashSet();
        var shares = store.Series(new SeriesQuery([.. members], [Measures.MilexGdpShare.Id], "nato", edition, year, year))
            .GroupBy(r => r.Observation.EntityId).ToDictionary(g => g.Key, g => Math.Round(g.First().Observation.Value, 2, MidpointRounding.AwayFromZero));
        var at = shares.Where(s => s.Value >= threshold).Select(s => s.Key).Order(StringComparer.Ordinal).ToArray();
        return (at.Length, shares.Count, at);
    }

    private static ArticleStatement Targets(Context c)
    {
        var wales = c.Figure("NATO", Measures.Target.Id, "wales-2014-target-2pct");
        var hague = c.Figure("NATO", Measures.Target.Id, "hague-2025-target-total-5pct");
        var core = c.Figure("NATO", Measures.Target.Id, "hague-2025-target-core-3-5pct");
        var nato2024 = c.Store.Catalogue().First(e => e.Dataset is { Id: "nato", Edition: "2024" }).Dataset;
        Derivation Count(string edition, double threshold, string note)
        {
            var (n, reporting, allies) = AlliesAtOrAbove(c.Store, edition, 2024, threshold);
            return new($"Allies at or above {F(threshold, "0.0")}% of GDP in 2024 (NATO {edition} edition)", n, $"allies of {reporting} reporting",
                $"milex_gdp_share rounded to 2 dp ≥ {F(threshold, "0.00")}{note}" + (allies.Count is > 0 and <= 5 ? $": {string.Join(", ", allies)}" : ""),
                [$"nato {edition}" + (edition == "2025" ? " (secondary source)" : "")]);
        }
        var (_, reporting2024, _) = AlliesAtOrAbove(c.Store, "2024", 2024, 2);
        var at2 = Count("2024", 2, "; 2024 values are NATO estimates");
        var at5 = Count("2024", 5, "");
        return new ArticleStatement("targets", "Trump has called on members to increase minimum spending levels from the current benchmark of 2% of gross domestic product to 5%.",
            "the benchmark is 2% of GDP; Trump asks for 5%", 5, "% of GDP", "the article (Trump's demand); NATO Wales 2014 pledge",
            [
                FigureDerivation(wales, "NATO 2% guideline (Wales 2014, 'within a decade')", "% of GDP", "Defence Investment Pledge"),
                FigureDerivation(hague, "NATO 5% pledge (The Hague 2025, by 2035)", "% of GDP", "3.5% core defence + up to 1.5% defence-related; agreed after the article"),
                FigureDerivation(core, "NATO core defence target (The Hague 2025, by 2035)", "% of GDP", "core defence expenditure as NATO defines it"),
                at2,
                Count("2024", 3.5, ""),
                at5,
                Count("2025", 2, "; the 2025 edition revises 2024"),
            ],
            Verdict.Consistent,
            $"2% is the 2014 Wales guideline ({F(at2.Value, "0")} of {reporting2024} reporting allies met it in NATO's {nato2024.Edition} estimates for 2024); no ally was at 5% in 2024 ({F(at5.Value, "0")}), as the demand implies.");
    }

    // --- 7. "more ammunition in three months than all of NATO's European members do in a year" ---

    private static ArticleStatement Ammunition(Context c)
    {
        var russia = new[]
        {
            c.Figure("RUS", Measures.Production.Id, "cnn-2024-rus-artillery-output"),
            c.Figure("RUS", Measures.Production.Id, "efis-rus-2024-artillery-output"),
        };
        var europe = new[]
        {
            c.Figure("EU27", Measures.Production.Id, "breton-eu-2024-artillery-capacity"),
            c.Figure("EU27", Measures.Production.Id, "breton-eu-2024-artillery-capacity-end"),
        };
        var derivations = new List<Derivation>();
        derivations.AddRange(russia.Select(r => FigureDerivation(r, "Russia, artillery rounds produced in 2024", "rounds a year", "output (produced or refurbished), estimate")));
        derivations.AddRange(europe.Select(e => FigureDerivation(e, "EU27, artillery rounds a year (capacity)", "rounds a year", "production capacity, not output; EU27 ≠ NATO Europe (no UK, Norway, Türkiye)")));
        var ratios = new List<double>();
        foreach (var r in russia)
            foreach (var e in europe)
            {
                var ratio = r.Observation.Value / e.Observation.Value;
                ratios.Add(ratio);
                derivations.Add(new($"Ratio Russia ÷ EU ({F(r.Observation.Value / 1e6, "0.0#")}m ÷ {F(e.Observation.Value / 1e6, "0.0#")}m)", ratio, "ratio (claim: ≥ 4)",
                    "a year's output against a year's capacity; three months vs a year means a ratio of 4", [Figures.Source(r), Figures.Source(e)]));
            }
        var holds = ratios.Count(x => x >= 4);
        return new ArticleStatement("ammunition", "Russia, which has shifted to a wartime economy, is churning out more ammunition in three months than all of NATO's European members do in a year, he said.",
            "Russia's annual ammunition output is at least four times European NATO's", 4, "ratio Russia ÷ NATO Europe", "Mark Rutte, NATO Secretary General",
            derivations,
            holds == ratios.Count ? Verdict.Consistent : holds == 0 ? Verdict.Differs : Verdict.DependsOnMethod,
            $"Only {holds} of {ratios.Count} pairings reach 4×: the ratio runs {F(ratios.Min(), "0.0")}–{F(ratios.Max(), "0.0")}× with the published Russian output estimates and EU capacities (no NATO-Europe output figure is published).");
    }

    // --- 8. Pennsylvania ---

    private static ArticleStatement Pennsylvania(Context c)
    {
        var pa = c.Figure("US-PA", Measures.Area.Id, "pennsylvania-area-total");
        var occupied = new[]
        {
            (Row: c.Figure("UKR", "figures.occupied_area", "derived-ukr-occupied-2025"), When: "1 January 2025 (derived)"),
            (Row: c.Figure("UKR", "figures.occupied_area", "deepstate-ukr-occupied-2026"), When: "1 January 2026"),
        };
        var derivations = new List<Derivation> { FigureDerivation(pa, "Pennsylvania, total area", "km²", "land and water") };
        foreach (var (row, when) in occupied)
        {
            derivations.Add(FigureDerivation(row, $"Ukraine occupied by Russia, {when}", "km²", "DeepState map tally, incl. Crimea"));
            derivations.Add(new($"Occupied ÷ Pennsylvania, {when}", row.Observation.Value / pa.Observation.Value, "ratio", "area ÷ area", [Figures.Source(row), Figures.Source(pa)]));
        }
        var atArticle = occupied[0].Row.Observation.Value / pa.Observation.Value;
        return new ArticleStatement("pennsylvania", "Russia has occupied Ukrainian land roughly equal in total size to the state of Pennsylvania.",
            "the area Russia occupies in Ukraine ≈ Pennsylvania's area", 1, "ratio occupied ÷ Pennsylvania (roughly equal)", "the article",
            derivations,
            Math.Abs(atArticle - 1) <= 0.1 ? Verdict.Consistent : Verdict.Differs,
            $"About {F(occupied[0].Row.Observation.Value, "#,##0")} km² were occupied at the start of 2025, {F(atArticle * 100, "0")}% of Pennsylvania's {F(pa.Observation.Value, "#,##0")} km² ({F(occupied[1].Row.Observation.Value / pa.Observation.Value * 100, "0")}% a year later).");
    }

    // --- output ---

    public static ResultTable ToResultTable(IReadOnlyList<ArticleStatement> statements)
    {
        var columns = new ResultColumn[]
        {
            new("statement"), new("claimed", IsNumeric: true), new("claimed_unit", InConsole: false), new("derivation"), new("derived", IsNumeric: true), new("unit"),
            new("method", InConsole: false), new("source"), new("verdict"), new("quote", InConsole: false), new("reason", InConsole: false),
        };
        var rows = statements.SelectMany(s => s.Derivations.Select(d => new object?[]
        {
            s.Id, s.Claimed, s.ClaimedUnit, d.Label, d.Value, d.Unit, d.Method, string.Join("; ", d.Sources), VerdictText(s.Verdict), s.Quote, s.Reason,
        })).ToArray();
        var notes = statements.Select(s => $"{s.Id}: “{s.Quote}” — {VerdictText(s.Verdict)}: {s.Reason}").ToArray();
        return new ResultTable($"Re-derived: {ArticleTitle}", columns, rows,
            ["figures, sipri, nato, wdi and weo editions as named in each row; the article: " + ArticleFile], notes);
    }

    /// <summary>The statements as a JSON array of objects: quote, claim, claimed, derivations (value, unit, method, sources), verdict, reason.</summary>
    public static string ToJson(IReadOnlyList<ArticleStatement> statements)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var s in statements)
            {
                json.WriteStartObject();
                json.WriteString("id", s.Id);
                json.WriteString("quote", s.Quote);
                json.WriteString("claim", s.Claim);
                json.WriteNumber("claimed", s.Claimed);
                json.WriteString("claimed_unit", s.ClaimedUnit);
                json.WriteString("claimed_source", s.ClaimedSource);
                json.WriteStartArray("derivations");
                foreach (var d in s.Derivations)
                {
                    json.WriteStartObject();
                    json.WriteString("label", d.Label);
                    json.WriteNumber("value", d.Value);
                    json.WriteString("unit", d.Unit);
                    json.WriteString("method", d.Method);
                    json.WriteStartArray("sources");
                    foreach (var source in d.Sources) json.WriteStringValue(source);
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteString("verdict", VerdictText(s.Verdict));
                json.WriteString("reason", s.Reason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
