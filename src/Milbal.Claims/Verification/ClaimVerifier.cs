using System.Globalization;
using Milbal.Analysis.Aggregation;
using Milbal.Analysis.Article;
using Milbal.Analysis.Balance;
using Milbal.Analysis.Capacity;
using Milbal.Analysis.Conversions;
using Milbal.Claims.Extraction;
using Milbal.Claims.Text;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Claims.Verification;

/// <summary>
/// Checks claims against the store through the analysis engine, trying the readings a careful analyst would: the
/// attributed source first (curated IISS/NATO/EDA figures, SIPRI, NATO editions), market rates vs PPP, nominal vs
/// real, each definition of "Europe", the stated year or the years the article's date allows.
/// </summary>
public sealed class ClaimVerifier
{
    private readonly MilbalStore _store;
    private readonly EntityRegistry _registry;
    private readonly CapacityAnalysis? _capacity;
    private readonly Converter _converter;
    private readonly Aggregator _aggregator;
    private readonly MilexGrowth _growth;
    private readonly Dictionary<string, IReadOnlyList<StoredObservation>> _series = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _memo = new(StringComparer.Ordinal);

    public ClaimVerifier(MilbalStore store, EntityRegistry registry, CapacityDataset? capacity, UnitCostDataset? unitCosts = null)
    {
        _store = store;
        _registry = registry;
        _unitCosts = unitCosts;
        _capacity = capacity is null ? null : new CapacityAnalysis(capacity);
        _converter = new Converter(new StoreFactorProvider(store, FactorOptions.Default, registry));
        var series = new SeriesCache(store);
        _aggregator = new Aggregator(store, _converter, registry, series);
        _growth = new MilexGrowth(store, _converter.Factors, registry, series);
        // Claims name Europe in several senses and the verifier sums each: read the conversion factors of every member those
        // groups ever had in one query, not one query per country as the first sum meets it.
        var members = new[] { BuiltInGroups.Nato, BuiltInGroups.Eu27 }.SelectMany(g => g.EverMembers).Append("RUS").Append("CHN").Append("UKR").Distinct().ToArray();
        _converter.Factors.Prefetch(members);
    }

    /// <summary>The latest complete data year when the store holds no SIPRI world total (a store built from other publishers only).</summary>
    private const int DefaultLastDataYear = 2024;

    private int? _lastDataYearRead;

    /// <summary>
    /// The latest complete data year: the last year of SIPRI's world total in the store, so importing a new edition moves it
    /// (read when first needed, not while the checker is built).
    /// </summary>
    private int LastDataYear => _lastDataYearRead ??= Rows("WLD", Measures.Milex.Id, "sipri").Select(r => r.Observation.Year).DefaultIfEmpty(DefaultLastDataYear).Max();

    private string[]? _natoEditionsRead;

    /// <summary>NATO's editions in the store, oldest first: each is a standard source of its own (the labelled set's decision 4).</summary>
    /// <summary>Every stored edition of a dataset, oldest first: a ratio over a revised denominator is read on each.</summary>
    private string[] EditionsOf(string dataset) => Memo($"editions|{dataset}", () => _store.Catalogue().Where(c => c.Dataset.Id == dataset).Select(c => c.Dataset.Edition).Distinct().Order(StringComparer.Ordinal).ToArray());

    private string[] NatoEditions => _natoEditionsRead ??= _store.Catalogue().Where(c => c.Dataset.Id == "nato").Select(c => c.Dataset.Edition).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>The standard sources of shares of GDP: every NATO edition, then SIPRI.</summary>
    private IEnumerable<(string Dataset, string? Edition)> ShareSources => NatoEditions.Select(e => ("nato", (string?)e)).Append(("sipri", null));

    public ClaimResult Verify(Claim claim)
    {
        // Steps 7 and 8 of the extractor report these claims without sides or a measure: nothing is read for them, so no later step
        // (this year's release, earlier editions, the time of writing) may attach readings that would pass for evidence.
        if (ClaimExtractor.NotJudged(claim.Phrase))
            return new ClaimResult(claim, Verdict.Unverifiable, claim.Phrase == ClaimExtractor.InWords
                ? $"not judged: a {(claim.Kind == ClaimKind.Growth ? "change" : "comparison")} in words ({claim.Anchors[0]}) whose sides and measure the checker does not read; no figure was checked"
                : $"not judged: a figure ({claim.Anchors[0]}) whose measure the checker does not read; it was not checked", "none (not judged)", []);
        var readings = new List<Reading>();
        string what;
        try
        {
            what = claim.Phrase == "record" ? Record(claim, readings)
                : claim.Phrase is "threshold streak" or "below streak" ? ThresholdStreak(claim, readings)
                : claim.Phrase == "duration" ? $"a time estimate ({claim.Anchors[0]}), which no series in the store measures"
                : claim.Phrase == "poll" ? $"an opinion-poll share ({claim.Anchors[0]}), which no series in the store measures"
                : claim.Phrase == "plan year" ? $"the year a national plan names ({claim.Anchors[0]}), which no curated pledge records"
                : claim.Phrase == "ahead of schedule" ? $"a national plan's deadline implied by \"{claim.Anchors[0]}\", which no curated plan records"
                : claim.Kind switch
            {
                ClaimKind.Level => Level(claim, readings),
                ClaimKind.ShareOfGdp => Share(claim, readings),
                ClaimKind.Growth => Growth(claim, readings),
                ClaimKind.Target => Target(claim, readings),
                ClaimKind.Count => Count(claim, readings),
                ClaimKind.Comparison => Comparison(claim, readings),
                ClaimKind.ProductionRatio => ProductionRatio(claim, readings),
                ClaimKind.SizeComparison => Size(claim, readings),
                _ => "this claim",
            };
        }
        catch (Exception e) when (e is MissingDataException or ConversionException or ArgumentException or InvalidOperationException or UnknownEntityException)
        {
            what = $"this claim ({e.Message})";
        }
        // "Nato 'will force Britain to spend 3.5% of GDP'", "Slovakia will face challenges in spending 2% of GDP": a pledge's own
        // value that no source measures as a level, in a sentence about getting to it, names the pledge.
        if (PledgeNamedAsLevel(claim, readings))
        {
            claim = claim with { Kind = ClaimKind.Target };
            readings.Clear();
            what = Target(claim, readings);
        }
        ThisYearsRelease(claim, readings);
        // The claim's year is the first candidate any source has data for; other candidate years stay as context.
        var timed = readings.Where(r => r.CountsForVerdict && claim.Years.Contains(r.Year)).ToArray();
        if (timed.Length > 0 && claim.Kind is not (ClaimKind.Comparison or ClaimKind.ProductionRatio or ClaimKind.SizeComparison or ClaimKind.Target))
        {
            // An undated figure ("Poland remains top of the table, spending 4.48%") may be the latest full year or the current
            // year's estimate: the year a source gives it for is the one meant.
            var year = claim.YearStated ? claim.Years.First(y => timed.Any(r => r.Year == y))
                : claim.Years.FirstOrDefault(y => timed.Any(r => r.Year == y && r.Holds), claim.Years.First(y => timed.Any(r => r.Year == y)));
            for (var i = 0; i < readings.Count; i++)
                if (readings[i].CountsForVerdict && readings[i].Year != year) readings[i] = readings[i] with { CountsForVerdict = false };
        }
        if (claim.Kind == ClaimKind.Level) EarlierEditionAmounts(claim, readings);
        AsOfWriting(claim, readings);
        // (Claims nothing in the store measures have no tolerance, whatever figure they hold: a plan's year, a time, a poll share.)
        var tolerance = claim.Phrase is "record" or "duration" or "plan year" or "ahead of schedule" or "poll" ? "none (nothing in the store measures it)"
            : claim.Primary is { } q && claim.Kind is not (ClaimKind.ProductionRatio or ClaimKind.Comparison or ClaimKind.SizeComparison)
            ? q.ToleranceText + (q.Hedge != Hedge.None ? $" (hedge: {q.Hedge})" : "")
            : claim.Kind == ClaimKind.SizeComparison ? "ratio 0.9–1.1 (\"the size of\")"
            : claim.Kind == ClaimKind.ProductionRatio ? $"ratio ≥ {F(claim.Ratio ?? 1, "0.##")} within the P5–P95 interval"
            : claim.Phrase == "share of total" && claim.Primary is { } share ? share.ToleranceText
            : claim.Ratio is { } r && r != 1 ? $"ratio {claim.Primary?.ToleranceText ?? F(r)}" : "direction of the comparison";
        var (verdict, reason) = claim.Kind is ClaimKind.ProductionRatio || claim.Kind == ClaimKind.Comparison && claim.Phrase is not ("share of total" or "rank" or ClaimExtractor.AmongQuarter)
            ? DecideComparison(claim, readings, what)
            : Decide(claim, readings, what);
        return new ClaimResult(claim, verdict, reason, tolerance, readings);
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>The alliance's curated pledges (Wales' 2%, The Hague's 3.5% + 1.5% = 5%), from the figures, not written here.</summary>
    private IReadOnlyList<StoredObservation> Pledges => Rows("NATO", Measures.Target.Id, "figures");

    /// <summary>The curated pledges at exactly this share of GDP.</summary>
    private IEnumerable<StoredObservation> PledgesAt(double value) => Pledges.Where(r => Math.Abs(r.Observation.Value - value) < 1e-9);

    /// <summary>Whether a pledge sets this share; <paramref name="laterOnly"/>: a pledge after the first (Wales).</summary>
    /// <remarks>Called outside the verifier's guarded block: a store without curated pledges gives false, not an exception.</remarks>
    private bool IsPledgeValue(double value, bool laterOnly = false) =>
        PledgesAt(value).Any(r => !laterOnly || Pledges.Any(p => p.Observation.Year < r.Observation.Year));

    private static readonly System.Text.RegularExpressions.Regex TowardsAShare = new(
        @"\b(?:spend|spending|rais\w*|increas\w*|boost\w*|hik\w*|lift\w*|aim\w*|reach\w*|closer|get\s+to|commit\w*|pledg\w*|allocat\w*|devot\w*|invest\w*|forc\w*|requir\w*|agree\w*|goal|target|move\w*\s+toward\w*)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    // A sentence that speaks of the alliance (its name, its members, its summits), and one that also names a goal or pledge.
    private const string AllianceWords = @"\bNATO\b|\balliance\b|\ballies\b|\bWales\b|\bHague\b";
    private const string AllianceGoalWords = AllianceWords + @"|\b(?:target|goal|benchmark|guideline|commitment|pledge)s?\b";

    private static readonly System.Text.RegularExpressions.Regex CallForALevel = new(
        @"\b(?:should|could|might|may|insist\w*|push\w*|advocat\w*|consider\w*|aspiration|call(?:s|ed|ing)?\s+for|urg\w*|propos\w*|suggest\w*)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex PledgeWording = new(
        @"\bshould\s+be\b|\brequired\b|\bminimum\b|\bthe\s+figure\s+of\b|\bmade\s+up\s+of\b|\bdelinquent\b|\bagreed\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private bool PledgeNamedAsLevel(Claim claim, List<Reading> readings)
    {
        var alliance = claim.Subject?.Primary == "NATO";
        return claim.Kind is ClaimKind.Level or ClaimKind.ShareOfGdp && claim.Phrase is null
        && claim.Primary is { Kind: QuantityKind.Percent } q && IsPledgeValue(q.Value)
        // (At a later pledge's value, The Hague's 3.5%, 5% and 1.5%, a figure no source confirms is the pledge named by its value
        // even where the sources give some level to set it against, such as the alliance's 2.6%.)
        // (Nor is the alliance's own share, which no source puts at a pledge's value: "they should be at 5%, not 2%".)
        && (!readings.Any(r => r.CountsForVerdict) || (IsPledgeValue(q.Value, laterOnly: true) || alliance) && !readings.Any(r => r.CountsForVerdict && r.Holds))
        && (TowardsAShare.IsMatch(claim.Text[..Math.Min(claim.Text.Length, q.Start)]) || alliance && PledgeWording.IsMatch(claim.Text))
        // ("increase defence spending by up to 1.5% of GDP": the size of a rise, an EU fiscal allowance.)
        && !ClaimExtractor.SizeOfChangeBefore(claim.Text[..Math.Min(claim.Text.Length, q.Start)])
        // One country's own level ("Spain plans to reach 2% of GDP in 2029") is a national plan unless the sentence speaks of the alliance's goal.
        && (claim.Subject is null || claim.Subject.Candidates.Any(c => c is "NATO" or "NATO_EUROPE" or "NATO_EUROPE_CANADA")
            || Matches(claim.Text, @"\bNATO\b|\balliance\b|\ballies\b|\bTrump\b|\b(?:target|goal|benchmark|guideline)\b")
            // "PM Keir Starmer commits UK to spend 5% of GDP on security by 2035": an ally's share at a curated pledge's value by that
            // pledge's deadline is its part of the alliance's pledge.
            || claim.Subject.Candidates.Any(c => BuiltInGroups.Nato.MembersIn(claim.Published?.Year ?? LastDataYear).Contains(c))
               && PledgesAt(q.Value).Any(r => claim.Years.Contains(r.Observation.Year)));
    }

    private static string F(double x, string format = "0.0") => x.ToString(format, CultureInfo.InvariantCulture);

    // The publishers' own tables are small (a few thousand rows): one query per dataset for every entity is far cheaper than
    // the hundred single-series queries an article's claims would otherwise make.
    private static readonly string[] BulkDatasets = ["figures", "nato", "sipri"];
    private readonly Dictionary<string, ILookup<(string Entity, string Measure), StoredObservation>> _bulk = new(StringComparer.Ordinal);

    private ILookup<(string Entity, string Measure), StoredObservation> Bulk(string dataset, string? edition = null)
    {
        var key = $"{dataset}|{edition}";
        if (_bulk.TryGetValue(key, out var lookup)) return lookup;
        var ids = _registry.Entities.Select(e => e.Id).Concat(_registry.Groups.Select(g => g.Id)).Distinct().ToArray();
        lookup = _store.Series(new SeriesQuery(ids, null, dataset, edition)).ToLookup(r => (r.Observation.EntityId, r.Observation.MeasureId));
        _bulk[key] = lookup;
        return lookup;
    }

    private IReadOnlyList<StoredObservation> Rows(string entity, string measure, string? dataset, string? edition = null)
    {
        var key = $"{entity}|{measure}|{dataset}|{edition}";
        // The bulk read without an edition holds each series' preferred edition only: a named edition (NATO 2024 beside 2025)
        // is a bulk read of its own.
        if (dataset is not null && BulkDatasets.Contains(dataset) && !_series.ContainsKey(key))
            _series[key] = Bulk(dataset, edition)[(entity, measure)].ToArray();
        if (!_series.TryGetValue(key, out var rows))
            _series[key] = rows = _store.Series(new SeriesQuery([entity], [measure], dataset, edition));
        return rows;
    }

    // Count and fold-change claims ask the same edition and year again and again.
    private (int AtOrAbove, int Reporting, IReadOnlyList<string> Allies) AlliesAtOrAbove(string edition, int year, double threshold) =>
        Memo($"allies|{edition}|{year}|{threshold.ToString(CultureInfo.InvariantCulture)}", () => Tuple.Create(ArticleRederivation.AlliesAtOrAbove(_store, edition, year, threshold))).Item1;

    private T Memo<T>(string key, Func<T> compute) where T : class
    {
        if (_memo.TryGetValue(key, out var v)) return (T)v;
        var value = compute();
        _memo[key] = value;
        return value;
    }

    /// <summary>SIPRI's series for an entity in constant US dollars at market rates: the basis its real changes and records are read on.</summary>
    private StoredObservation[] SipriConstantDollars(string entity) =>
        Rows(entity, Measures.Milex.Id, "sipri").Where(r => r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate } && r.Observation.Unit.PriceBasis.IsConstant).ToArray();

    /// <summary>
    /// "Israel spends nearly $5,000 per person": SIPRI's total in current US$ over the stored population of each edition (WDI,
    /// WEO), the way SIPRI and the charts built on its data compute it. A figure outside by less than one unit of its last digit
    /// in some edition is on the edge, where the publisher's own population decides: those readings are evidence only.
    /// </summary>
    private void PerPersonFromTotals(Claim claim, Quantity q, List<Reading> readings)
    {
        var derived = new List<int>();
        foreach (var entity in Candidates(claim.Subject).Where(e => !IsGroup(e) || e == "WLD"))
            foreach (var year in YearsOf(claim))
            {
                var spending = Rows(entity, Measures.Milex.Id, "sipri").FirstOrDefault(r => r.Observation.Year == year
                    && r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate } && !r.Observation.Unit.PriceBasis.IsConstant);
                if (spending is null) continue;
                foreach (var population in new[] { "wdi", "weo" }.SelectMany(d => EditionsOf(d).SelectMany(e => Rows(entity, "population", d, e))).Where(r => r.Observation.Year == year))
                {
                    var persons = Units(population);
                    if (persons <= 0) continue;
                    var perPerson = Units(spending) / persons;
                    derived.Add(readings.Count);
                    readings.Add(new Reading("SIPRI", $"SIPRI current US$ per person ({population.Dataset} population)", entity, year, perPerson, "US$ per person", q.Admits(perPerson),
                        $"US${F(Units(spending) / 1e9)}bn ÷ {F(persons / 1e6, "#,##0.0")}m people = US${F(perPerson, "#,##0.0")} {year}",
                        [$"sipri {spending.Edition}: milex, current US$", $"{population.Dataset} {population.Edition}: population"]));
                }
            }
        JudgeOnDenominators(q, readings, derived, "the publisher's population");
    }

    /// <summary>
    /// A ratio re-derived from a publisher's total over another publisher's denominator (population, GDP): the denominator's
    /// vintage is no method, so one that gives the figure supports it and the others are evidence. When none does but one
    /// misses by less than a unit of the figure's last digit, the publisher's own denominator, which the store lacks, decides:
    /// all are evidence.
    /// </summary>
    private static void JudgeOnDenominators(Quantity q, List<Reading> readings, List<int> derived, string decider)
    {
        if (derived.Count == 0) return;
        if (derived.Any(i => readings[i].Holds))
        {
            foreach (var i in derived.Where(i => !readings[i].Holds)) readings[i] = readings[i] with { CountsForVerdict = false };
            return;
        }
        var unit = 2 * q.HalfUnit;
        var (low, high) = q.Tolerance;
        if (derived.Any(i => readings[i].Value >= low - unit && readings[i].Value <= high + unit))
            foreach (var i in derived) readings[i] = readings[i] with { CountsForVerdict = false, Detail = readings[i].Detail + $" (on the edge: {decider} decides)" };
    }

    private static double Units(StoredObservation row) => row.Observation.Value * Math.Pow(10, (int)row.Observation.Unit.Scale);

    /// <summary>Half a unit of the last digit a figure was stored with ("343" billion: half a billion), in base units.</summary>
    private static double StoredHalfUnit(StoredObservation row)
    {
        var digits = row.Observation.Value.ToString("R", CultureInfo.InvariantCulture);
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 || digits.Contains('E', StringComparison.Ordinal) ? 0 : digits.Length - dot - 1;
        return 0.5 * Math.Pow(10, (int)row.Observation.Unit.Scale - decimals);
    }

    private static (string Publisher, string Citation, string Id) FigureSource(StoredObservation row)
    {
        var note = row.Observation.Note ?? "";
        var publisher = note.Split(", ", 2)[0];
        var citation = note.Split(", conf.", 2)[0];
        var at = note.LastIndexOf("[figures:", StringComparison.Ordinal);
        var id = at < 0 ? "" : note[(at + 9)..].TrimEnd(']');
        return (publisher, $"{citation} (figures {row.Edition} [{id}]{(row.IsSecondary ? ", secondary" : "")})", id);
    }

    private static string ItemOf(StoredObservation row)
    {
        var note = row.Observation.Note ?? "";
        var i = note.IndexOf("item ", StringComparison.Ordinal);
        if (i < 0) return "";
        var end = note.IndexOfAny([';', ' ', ','], i + 5);
        return end < 0 ? note[(i + 5)..] : note[(i + 5)..end];
    }

    private static IEnumerable<string> Candidates(EntityMention? mention) => mention?.Candidates ?? [];

    private bool IsGroup(string id) => _registry.TryGetGroup(id, out _);

    private static string GroupName(string id) => id switch
    {
        "EU_UK" => "EU + UK", "NATO_EUROPE" => "NATO Europe", "NATO_EUROPE_CANADA" => "NATO Europe + Canada", "EU27" => "EU27", "NATO" => "NATO", _ => id,
    };

    private IReadOnlyList<int> YearsOf(Claim claim) => claim.Years.Count > 0 ? claim.Years : [LastDataYear, LastDataYear + 1];

    // ---------------------------------------------------------------- money and counts

    private string Level(Claim claim, List<Reading> readings)
    {
        var q = claim.Primary!;
        if (q.Kind == QuantityKind.Count) return CountLevel(claim, q, readings);
        if (q.Kind == QuantityKind.Percent) return PercentLevel(claim, q, readings);
        if (claim.Subject is null) return "this figure (no country or group named)";
        var text = claim.Text;
        if (BracketedConversion(claim, q, readings) is { } conversion) return conversion;
        // "A single 155mm shell costs around €8,000": a unit price, checked against the curated contract prices, never a budget.
        if (UnitPriceCue.IsMatch(text) && q.Value < 1e8 && ClaimExtractor.ProductionItemIn(text) is { } pricedItem) return UnitPrice(claim, q, pricedItem, readings);
        // "the Russian economy is two trillion": the size of an economy, not its military spending.
        // ("… and surpass the goal of two per cent of the GDP": a share's denominator is not the figure's measure.)
        var withoutShares = ShareOfGdpWords.Replace(text, "%");
        if (Matches(withoutShares, @"\becono\w*|\bGDP\b|gross\s+domestic") && !Matches(text, @"spen[dt]|budget|military|defen[cs]e|expenditure|outlay"))
            return GdpLevel(claim, q, readings);
        // Aid named after a later figure is that figure's: "Ukraine increased spending by 51% to $65 billion and received at least
        // $35 billion in military aid" makes only the second figure aid.
        var aid = AidWords.Matches(text).Any(m => !(m.Index >= q.End && MoneyFigure.IsMatch(text[q.End..m.Index])));
        // "China ($314 billion), Russia ($149 billion) and Germany ($88.5 billion) followed": in a story on military spending a
        // country's billions are its spending unless the sentence names something else (an economy, aid, a contract, a price).
        var spending = System.Text.RegularExpressions.Regex.IsMatch(text, @"spend|spent|budget|expenditure|outlays|defen[cs]e|military|total", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            || q.Value >= 1e9 && !Matches(text, @"econom|GDP|cost|price|worth|contract|deal|order|loan|debt|revenue|sales|export|import|fund\b|package")
            // "… as a share of its GDP was 4.12%. That's equivalent to $34,975,000.": the amount the previous sentence's share stands for.
            || Matches(text, @"^\W*(?:that|this|which)(?:'s|’s|\s+is|\s+was|\s+comes\s+to)\s+(?:the\s+)?(?:equivalent|equal|roughly|about|around|some)\b");
        // Purchasing-power parity is a dollar (Int$) reading; a rouble figure in a PPP sentence is the local-currency budget.
        // A euro figure there is the dollar PPP figure converted (see below).
        var ppp = claim.Cues.Ppp && q.Currency is "USD" or "EUR";
        // "inflation-adjusted spending rose by 9.4% to $2.72 trillion": the real terms qualify the change; the level reached is
        // in the money of the year unless the sentence names a price base.
        var constant = claim.Cues.Real && !(ChangeThenLevel.IsMatch(text[..Math.Min(text.Length, q.Start)]) && !Matches(text, @"constant|\d{4}\s+(?:prices|dollars)"));
        var years = YearsOf(claim);
        var after = text[Math.Min(text.Length, q.End - claim.Sentence.Start + claim.Sentence.Start)..];
        // "its enormous $997 billion defense outlay" in a sentence on spending per person is the total, not a per-person figure.
        var perHead = PerHead().IsMatch(text) && q.Value < 1e6;
        // What the money is: a total budget, or a part of it the curated figures hold separately.
        var measures = new List<string>();
        if (perHead)
        {
            measures.Add(Measures.MilexPerCapita.Id);
            // Per soldier is another denominator (NATO's personnel), which the population does not give.
            if (q.Currency == "USD" && !Matches(PerHead().Match(text).Value, @"soldier|personnel|service|troop")) PerPersonFromTotals(claim, q, readings);
        }
        else
        {
            // "investment" is NATO's category (equipment and R&D); "Americans are investing more … in defense expenditures" is spending.
            if (Matches(text, @"\binvestments?\b|\binvested\s+in\s+(?!defen[cs]e\b)")) measures.Add("figures.defence_investment");
            if (Matches(text, @"procure|equipment\s+purchases|buying\s+equipment|\bon\s+new\s+(?:military\s+)?equipment\b")) measures.Add("figures.equipment_procurement");
            // "Research" alone is often an institute's name (Stockholm International Peace Research Institute), not R&D spending.
            if (Matches(text, @"\bR&D\b|research\s+and\s+development|research\s+(?:spending|budgets?|funding)|(?:spending|investment)\s+on\s+research")) measures.Add("figures.defence_rd");
            // "grew to exceed $2.7 trillion" is a level reached; only a cost that would exceed something is a requirement.
            if (Matches(text, @"requir|need(?:ed|s)?\b|would\s+(?:cost|take|exceed)|(?:will|could|must)\s+exceed")) { measures.Add("figures.milex_required"); measures.Add("figures.additional_milex_required"); }
            if (aid) { measures.Add("figures.military_aid"); measures.Add("figures.military_aid_total"); }
            if (Matches(text, @"contracts|orders")) measures.Add("figures.procurement_contracts_awarded");
            // "Defense and security spending will eat up 16.8 trillion rubles": the budget lines for defence plus internal security.
            var clause = ClauseBefore(text, q.Start);
            var around = clause + " " + ClauseAfter(text, q.End);
            // "launching the “Acceleration Fund,” allocating 50 billion kroner": a participle clause describes what the clause before names.
            if (Matches(clause, @"^[\s”""'’]*(?:allocating|earmarking|providing|worth|totall?ing)\b") && q.Start - clause.Length - 1 > 0)
                around += " " + ClauseBefore(text, q.Start - clause.Length - 1);
            if (DefencePlusSecurity.IsMatch(clause)) measures.Add("figures.defence_plus_security");
            else if (Matches(clause, @"(?:national|internal)\s+security|law\s+enforcement|police")) measures.Add("figures.national_security_law_enforcement");
            // "family support gets over 10 trillion rubles": money for another purpose is not military spending.
            else if (Matches(around, @"\bloans?\b|\bcredit\s+lines?\b|\bguarantees?\b|\bbonds?\b|\b(?:special|off[\s-]budget|defen[cs]e|investment|EU|European|sovereign|wealth|reserve)\s+(?:[\w-]+\s+)?fund\b|\b[A-Z]{3,}\)?\s+fund\b|(?-i:\b[A-Z][a-z]+\s+Fund\b)|\bfacility\b|\binstrument\b|\bmobili[sz]e\b"))
                return "financing (a fund, loans or guarantees), not a year's spending";
            // "can mobilise up to 650 billion euros for defence over four years": a sum over several years is no year's spending.
            // ("to allot 43 trillion yen to defense outlays from fiscal 2023 through 2027", "for the years 2025 to 2027".)
            else if (Matches(ClauseAfter(text, q.End), @"\b(?:over|within|across|during)\s+(?:the\s+)?(?:next\s+|coming\s+|past\s+|last\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years\b|\b(?:from|between|for\s+the\s+years)\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d\d\s+(?:through|to|until|and|-|–)\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d\d\b"))
                return "a sum over several years, which no stored annual series holds";
            // "UAH 1.16 trillion are provided for military salaries", "UAH 46.9 billion will be allocated" for drones: one part of a
            // defence budget, which no stored series splits out.
            else if (BudgetComponent.Match(around) is { Success: true } part)
                return $"one part of a defence budget ({part.Value}), which no stored series holds";
            // "The operations budget, which includes salaries for enlisted troops, has been set at 46.12 trillion won": a budget
            // named by its part is the sentence's subject however long the clause between.
            else if (NamedBudgetPart.Match(text[..Math.Min(text.Length, q.Start)]) is { Success: true } named)
                return $"one part of a defence budget ({named.Value}), which no stored series holds";
            // "Canada already faces a $40-billion deficit", "a €20 billion shortfall", "$60 billion worth of equipment bought from the
            // US", "annual revenues of roughly $1.3 trillion" of an industry: another quantity, which no stored series holds.
            // ("an order book that had reached a record €55 billion", "spending on nuclear weapons reached $91.4bn": a firm's
            // orders and one programme's spending are other quantities, as when they change.)
            else if ((NotSpending.Match(around) is { Success: true } other ? other : OrdersOrNuclear.Match(around)) is { Success: true } another)
                return $"another quantity ({another.Value}), not military spending";
            else if (OtherPurpose.IsMatch(around) && !Matches(around, @"defen[cs]e|military|armed\s+forces|war\b|army|weapons|arms\b"))
                return $"spending on another purpose ({OtherPurpose.Match(around).Value})";
            // "the Kremlin expects to collect 40.27 trillion rubles in revenue next year, while spending will amount to 44.06
            // trillion": a budget's revenue, and its total spending beside it.
            if (RevenueWords.IsMatch(text) && !Matches(text, @"defen[cs]e|military|armed\s+forces|army|war\b"))
            {
                measures.Clear();
                measures.Add(RevenueWords.IsMatch(around) ? "figures.federal_revenue" : "figures.federal_spending");
            }
            else if (measures.Count == 0 || Matches(text, @"spen[dt]|budget|expenditure|outlays")) measures.Add(Measures.Milex.Id);
            // "32% of total budget expenditure in 2025 – which will be 41.5 trillion roubles": the figure after the whole names the whole.
            // ("allies are set to increase their defence expenditure …, with total spending nearing USD 1.5 trillion": a bare total
            // in a sentence on defence is defence's.)
            if (TotalSpendingBefore.Match(text[..Math.Min(text.Length, q.Start)]) is { Success: true } whole
                && !Matches(text[(whole.Index + whole.Length)..Math.Min(text.Length, q.Start)], @"defen[cs]e|military|armed\s+forces")
                && !(Matches(whole.Value, @"^total\s+(?:spending|expenditures?|outlays)$") && Matches(text[..whole.Index], @"defen[cs]e|military|armed\s+forces")))
            {
                measures.Clear();
                measures.Add("figures.federal_spending");
            }
            // "raise defence spending by at least €250bn a year", "an extra $40bn": an increase, not the budget it adds to.
            // ("an additional £75 billion pounds ($93 billion)": a conversion in brackets is the amount it converts.)
            var amountStart = ConvertedAmount(text, q)?.Start ?? q.Start;
            if (IncreaseAmount.IsMatch(text[..Math.Min(text.Length, amountStart)]) || MoreAfter.IsMatch(text[Math.Min(text.Length, q.End)..]))
                measures.RemoveAll(m => m == Measures.Milex.Id || m == "figures.milex_required");
        }
        var totalOnly = measures.Count == 1 && measures[0] == Measures.Milex.Id;
        // "These values represent an increase of nearly $6 billion", "spending rose by €12bn": the change from the year before.
        if (!aid && !ppp && !constant && ChangeOfAmount.Match(text[..Math.Min(text.Length, q.Start)]) is { Success: true } change)
            return ChangeAmount(claim, q, Matches(change.Value, @"decreas|drop|fall|fell|cut|reduc|declin|down"), readings);
        // "will have added more than $600 billion to their defence spending since they set the target a decade ago": the sum of
        // each year's spending above the base year's, on each of NATO's published bases.
        if (AddedSince.Match(text) is { Success: true } added && q.Currency == "USD")
            return Cumulative(claim, q, added, readings);
        // A third currency's issuer, whose rate converts a source's dollars: only for a spender that does not issue the currency
        // (its own figures in it the rows hold already), and not for a conversion in brackets ("13.5 trillion rubles (£99.5
        // billion)"), which is made at the day's rate.
        var thirdCurrencyCountry = q.Currency is { } claimed && claimed != "EUR" && ConvertedAmount(text, q) is null
            && ClaimExtractor.SingleCountryCurrency.TryGetValue(claimed, out var issuing) ? issuing : null;
        foreach (var entity in Candidates(claim.Subject))
        {
            var thirdCurrencyIssuer = thirdCurrencyCountry != entity ? thirdCurrencyCountry : null;
            // Curated figures: the attributed source's own numbers (IISS, NATO, EDA, budgets).
            foreach (var row in measures.SelectMany(m => Rows(entity, m, "figures")))
            {
                // "Around 32.5% of the budget posted on Sunday …, amounting to 13.5 trillion rubles", in December: a budget law passed
                // in the autumn is for the year after, so with no year stated, an amount matching next year's line may be that line.
                var nextYearsLaw = !claim.YearStated && claim.Published is { Month: >= 9 } autumn && row.Observation.Year == autumn.Year + 1
                    && ItemOf(row).Length > 0 && row.Observation.Unit.Currency == q.Currency && q.Admits(Units(row));
                if (!years.Contains(row.Observation.Year) && !nextYearsLaw) continue;
                var u = row.Observation.Unit;
                var wantCurrency = ppp ? "INT$" : q.Currency;
                // "(445,000 million euros)" beside a dollar figure: the source's dollars at the year's euro rate (WDI, euro area).
                double? eurRate = null;
                // … and the other way: "€343bn (US$371bn)", a euro source's figure in dollars.
                if (q.Currency == "EUR" && (ppp ? u.Currency == "INT$" : u.Currency == "USD") || q.Currency == "USD" && !ppp && u.Currency == "EUR")
                    eurRate = Rows("DEU", Measures.FxRate.Id, "wdi").FirstOrDefault(r => r.Observation.Year == row.Observation.Year)?.Observation.Value;
                // "£114bn" for Russia's spending in a British paper: the source's dollars at the year's average pound rate (WDI).
                var thirdRate = thirdCurrencyIssuer is { } issuer && (ppp ? u.Currency == "INT$" : u.Currency == "USD")
                    ? Rows(issuer, Measures.FxRate.Id, "wdi").FirstOrDefault(r => r.Observation.Year == row.Observation.Year) : null;
                // "Russia's Military Spending Hits $462 Billion", after the IISS release: a dollar figure the sentence does not call
                // PPP may still be a publisher's PPP estimate. It counts where it matches (the claim then holds under that method);
                // where it does not, it is evidence only, so PPP never refutes a figure that names no method.
                var pppUnnamed = !ppp && q.Currency == "USD" && u.Currency == "INT$" && u.Conversion == Conversion.Ppp && !claim.Cues.Nominal;
                if (!pppUnnamed && !string.Equals(u.Currency, wantCurrency, StringComparison.OrdinalIgnoreCase) && eurRate is null && thirdRate is null) continue;
                if (!pppUnnamed && !ppp && u.Conversion == Conversion.Ppp) continue;
                if (u.PriceBasis.IsConstant != constant && !(constant && !u.PriceBasis.IsConstant)) continue;
                var item = ItemOf(row);
                // A budget line ("national defence") answers a budget claim, and any figure for a year after the article: for a
                // year not yet spent, a plan is all there is.
                if (item.Length > 0 && !claim.Cues.Budget && !(claim.Published is { } published && row.Observation.Year >= published.Year)) continue;
                var (publisher, citation, _) = FigureSource(row);
                var value = Units(row);
                if (thirdRate is not null)
                {
                    var converted = value * thirdRate.Observation.Value;
                    readings.Add(new Reading(publisher, $"{publisher} in {q.Currency}, {GroupName(entity)}", entity, row.Observation.Year, converted, q.Currency!, q.Admits(converted),
                        $"{Quantity.Money(converted, q.Currency!)} {row.Observation.Year} ({Quantity.Money(value, u.Currency)} × {F(thirdRate.Observation.Value, "0.####")} {q.Currency} per US$)",
                        [citation, $"fx_rate {q.Currency} per US$ {row.Observation.Year} (wdi {thirdRate.Edition})"]));
                    continue;
                }
                if (eurRate is { } usdRate && q.Currency == "USD" && u.Currency == "EUR")
                {
                    var usd = value / usdRate;
                    readings.Add(new Reading(publisher, $"{publisher} in US$, {GroupName(entity)}", entity, row.Observation.Year, usd, "USD", q.Admits(usd),
                        $"US$ {F(usd / 1e9)}bn {row.Observation.Year} ({Quantity.Money(value, u.Currency)} ÷ {F(usdRate, "0.####")} EUR per US$)", [citation, $"fx_rate EUR per US$ {row.Observation.Year} (wdi, Germany's rate)"]));
                    continue;
                }
                if (eurRate is { } rate && q.Currency == "EUR" && u.Currency != "EUR")
                {
                    var eur = value * rate;
                    readings.Add(new Reading(publisher, $"{publisher} in euros, {GroupName(entity)}", entity, row.Observation.Year, eur, "EUR", q.Admits(eur),
                        $"€{F(eur / 1e9)}bn {row.Observation.Year} ({Quantity.Money(value, u.Currency)} × {F(rate, "0.####")} EUR per US$)", [citation, $"fx_rate EUR per US$ {row.Observation.Year} (wdi, Germany's rate)"]));
                    continue;
                }
                // "€343.2 billion" against a curated "€343bn": a figure stored coarser than the claim, whose own rounding interval
                // overlaps the claim's without deciding it, neither holds nor refutes (the set's decisions 28 and 670).
                var storedHalf = q.Admits(value) ? 0 : StoredHalfUnit(row);
                var coarser = storedHalf > q.HalfUnit && Math.Abs(value - q.Value) <= q.HalfUnit + storedHalf;
                readings.Add(new Reading(publisher, $"{publisher}{(pppUnnamed ? " at PPP" : "")}, {GroupName(entity)}", entity, row.Observation.Year, value, u.ToString(), q.Admits(value),
                    $"{Quantity.Money(value, u.Currency)} {row.Observation.Year}{(item.Length > 0 ? $" (budget line: {item})" : "")}{(pppUnnamed ? " (PPP; the sentence names no method)" : "")}{(coarser ? $" (evidence: stored to ±{Quantity.Money(storedHalf, u.Currency)}, coarser than the claim: undecided)" : "")}",
                    [citation], CountsForVerdict: (!pppUnnamed || q.Admits(value)) && !coarser, BudgetLine: item.Length > 0,
                    Plan: (row.Observation.Flags & (ObservationFlags.BudgetNotActual | ObservationFlags.Projection)) != 0));
            }
            if (aid || !spending || !totalOnly) continue;
            foreach (var year in years)
            {
                SipriMoney(claim, q, entity, year, ppp, constant, readings);
                if (!ppp) NatoMoney(q, entity, year, readings, constant);
            }
        }
        // "a 2026 budget with €82.7 billion for the Bundeswehr": budget lines are distinct measures, not methods for one. The line a
        // budget figure matches answers it, and totals of other definitions (NATO's, SIPRI's) are evidence.
        if (claim.Cues.Budget && totalOnly && readings.Any(r => r.CountsForVerdict && r.BudgetLine))
        {
            var lineHolds = readings.Any(r => r.CountsForVerdict && r.Holds && r.BudgetLine);
            Demote(readings, r => lineHolds ? !r.Holds : !r.BudgetLine, "another budget line or definition");
        }
        // "Australia's current defence budget is $56bn annually": a country's own budget is judged by that budget; where the store
        // holds no line of it, the totals of other definitions (SIPRI's calendar year, NATO's) are evidence, unless a data
        // publisher states the figure.
        if (totalOnly && readings.Count > 0 && !readings.Any(r => r.BudgetLine) && NamesUnheldNationalBudget(claim, q))
            Demote(readings, _ => true, NationalBudgetEvidence);
        return $"{Quantity.Money(q.Value, q.Currency)} for {string.Join(" / ", Candidates(claim.Subject).Select(GroupName))} in {string.Join(" or ", years)}";
    }

    /// <summary>
    /// A country's own budget named around the figure ("the defence budget", "budgeted at", "the Union Budget"), stated by someone other
    /// than a data publisher: the store holds no such line, so totals of other definitions can only be evidence.
    /// </summary>
    private bool NamesUnheldNationalBudget(Claim claim, Quantity q) =>
        // (A story on a publisher's release reports its dollar figures; a budget in the country's own currency is the budget law's.)
        (!IsDataPublisher(claim.Attribution) || claim.AttributionFromArticle && q.Kind == QuantityKind.Money && q.Currency is not (null or "USD"))
        && claim.Subject is { } budgetOf && budgetOf.Candidates.All(c => !IsGroup(c))
        && (NationalBudget.IsMatch(ClauseBefore(claim.Text, q.Start) + " " + ClauseAfter(claim.Text, q.End)) || FiscalYearBudget.IsMatch(claim.Text));

    // "In the 2018 fiscal year, that number was $670.6 billion", "Trump requested $639 billion", "authorized $738 billion for the
    // Pentagon": a government's fiscal-year budget, its request or its authorisation, wherever the sentence names it.
    private static readonly System.Text.RegularExpressions.Regex FiscalYearBudget = new(@"\b(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d\d\b|\b(?:19|20)\d\d(?:[/-]\d\d)?\s+(?:fiscal|financial)\s+year\b|\bFY\s?(?:19|20)?\d\d\b|\b(?:requested|authori[sz]ed|appropriated|enacted)\b|\bbudget\s+request\b|\bNDAA\b|\bDefen[cs]e\s+Authori[sz]ation\s+Act\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private const string NationalBudgetEvidence = "another definition than the national budget, which the store does not hold";

    /// <summary>A rise of the share of GDP in points: each source's share for the year less its share for the year before.</summary>
    private string ShareRise(Claim claim, Quantity q, List<Reading> readings)
    {
        var years = YearsOf(claim);
        // "€650bn requires each member state to increase defence spending by 1.5% of GDP": a rise required or hoped for is not one that happened.
        if (Proposal.IsMatch(claim.Text) || Matches(claim.Text, @"\bwould\b|\brequir\w*|\bin\s+order\s+to\b"))
            return $"a rise of {q.Text} of GDP that is required or proposed, which no stored plan records";
        foreach (var entity in Candidates(claim.Subject).Where(e => !IsGroup(e)))
            foreach (var (dataset, edition) in ShareSources)
            {
                var shares = Rows(entity, Measures.MilexGdpShare.Id, dataset, edition).GroupBy(r => r.Observation.Year).ToDictionary(g => g.Key, g => g.First().Observation.Value);
                foreach (var year in years.Where(y => shares.ContainsKey(y) && shares.ContainsKey(y - 1)))
                {
                    var rise = shares[year] - shares[year - 1];
                    var source = dataset == "nato" ? "NATO" : "SIPRI";
                    readings.Add(new Reading(source, $"{source}{(edition is null ? "" : $" {edition} edition")}, {GroupName(entity)}, rise in share of GDP", entity, year, rise, "points of GDP", q.Admits(Math.Round(rise, 2)),
                        $"{F(shares[year], "0.00")}% {year} less {F(shares[year - 1], "0.00")}% {year - 1} = {F(rise, "0.00")} points", [$"{dataset} {edition}".TrimEnd()]));
                }
            }
        return $"a rise of {q.Text} of GDP for {string.Join(" / ", Candidates(claim.Subject).Select(GroupName))} in {string.Join(" or ", years)}";
    }

    private static readonly System.Text.RegularExpressions.Regex ChangeOfAmount = new(
        @"(?:\b(?:an?\s+)?(?:increase|rise|jump|growth|hike|decrease|drop|fall|cut|reduction|decline)\s+of|\b(?:increased|rose|grew|jumped|climbed|fell|dropped|declined|decreased|up|down)\s+by)\s+(?:at\s+least\s+|some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>
    /// A change of spending in money ("an increase of nearly $6 billion"): each source's value for the year less its value for
    /// the year before, on the same line (source, edition, currency), so the change is never taken across two definitions.
    /// </summary>
    private string ChangeAmount(Claim claim, Quantity q, bool fall, List<Reading> readings)
    {
        if (claim.Subject is null) return "a change of spending without a country or group named";
        foreach (var entity in Candidates(claim.Subject))
            foreach (var year in YearsOf(claim))
            {
                var now = new List<Reading>();
                var before = new List<Reading>();
                SipriMoney(claim, q, entity, year, false, false, now);
                NatoMoney(q, entity, year, now);
                SipriMoney(claim, q, entity, year - 1, false, false, before);
                NatoMoney(q, entity, year - 1, before);
                foreach (var r in now)
                {
                    if (before.FirstOrDefault(b => b.Line == r.Line && b.Unit == r.Unit) is not { } b) continue;
                    var difference = (r.Value - b.Value) * (fall ? -1 : 1);
                    readings.Add(new Reading(r.Source, $"{r.Line}, change from the year before", entity, year, difference, r.Unit, q.Admits(difference),
                        $"{r.Detail} less {b.Detail} = {Quantity.Money(difference, q.Currency)}", [.. r.Evidence, .. b.Evidence.Except(r.Evidence)]));
                }
            }
        return $"a change of {Quantity.Money(q.Value, q.Currency)} in the spending of {string.Join(" / ", Candidates(claim.Subject).Select(GroupName))} in {string.Join(" or ", YearsOf(claim))}";
    }

    private static readonly System.Text.RegularExpressions.Regex AddedSince = new(@"\badded\b[^.;]{0,80}\bsince\b[^.;]*?(?:(?<y>(?:19|20)\d\d)|(?<ago>a\s+decade|(?<n>\w+)\s+years)\s+ago)|\bsince\b[^.;]{0,60}?(?<y>(?:19|20)\d\d)\b[^.;]{0,80}\badded\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private string Cumulative(Claim claim, Quantity q, System.Text.RegularExpressions.Match added, List<Reading> readings)
    {
        // "will have added … since": up to the article's year (an estimate), else the year before.
        int[] ends = claim.Published is { } p ? [p.Year, p.Year - 1] : [.. claim.Years];
        int baseYear;
        if (added.Groups["y"].Success) baseYear = int.Parse(added.Groups["y"].Value, CultureInfo.InvariantCulture);
        else if (claim.Published is { } d)
        {
            var back = added.Groups["n"].Success && double.TryParse(QuantityParser.WordNumber(added.Groups["n"].Value), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? (int)n : 10;
            baseYear = d.Year - back;
        }
        else return "a cumulative increase from an unstated year";
        foreach (var entity in Candidates(claim.Subject).Where(e => e is not ("EU27" or "EU_UK")))
            foreach (var edition in NatoEditions)
                foreach (var constant in new[] { true, false })
                {
                    var rows = Rows(entity, Measures.Milex.Id, "nato", edition)
                        .Where(r => r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate } && r.Observation.Unit.PriceBasis.IsConstant == constant)
                        .GroupBy(r => r.Observation.Year).ToDictionary(g => g.Key, g => Units(g.First()));
                    var end = ends.FirstOrDefault(rows.ContainsKey);
                    if (!rows.TryGetValue(baseYear, out var first) || end <= baseYear) continue;
                    var sum = Enumerable.Range(baseYear + 1, end - baseYear).Where(rows.ContainsKey).Sum(y => rows[y] - first);
                    readings.Add(new Reading("NATO", $"NATO {edition} edition, {(constant ? "constant 2015" : "current")} US$, sum above {baseYear}, {GroupName(entity)}", entity, end, sum, "US$", q.Admits(sum),
                        $"US$ {F(sum / 1e9)}bn over {baseYear + 1}–{end} above the {baseYear} level (US$ {F(first / 1e9)}bn)", [$"nato {edition}"]));
                }
        return $"spending added since {baseYear}";
    }

    private static readonly System.Text.RegularExpressions.Regex IncreaseAmount = new(@"(?:\b(?:rais\w*|increas\w*|boost\w*|lift\w*|hik\w*|add\w*|grow\w*|r[io]se\w*)\b[^.;]{0,40}\bby|\b(?:additional|extra|another|further))\s+(?:an?\s+)?(?:at\s+least\s+|some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|up\s+to\s+|(?:(?:a\s+)?little\s+|just\s+|well\s+)?(?:more\s+than|over|under)\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static bool Matches(string text, string pattern) => System.Text.RegularExpressions.Regex.IsMatch(text, pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex PerHeadRx = new(@"\bper\s+(?:active\s+)?(?:military\s+)?(?:capita|head|person|citizen|inhabitant|soldier|personnel|service\s+member|troop)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static System.Text.RegularExpressions.Regex PerHead() => PerHeadRx;

    internal const string ListPrefix = "LIST:";

    private void SipriMoney(Claim claim, Quantity q, string entity, int year, bool ppp, bool constant, List<Reading> readings)
    {
        if (entity.StartsWith(ListPrefix, StringComparison.Ordinal))
        {
            if (ppp || constant || q.Currency != "USD") return;
            if (SideValue(entity, MoneyBasis.UsdMer, year) is { } list)
                readings.Add(new Reading("SIPRI", "SIPRI current US$, sum of the countries named", entity, year, list.Value, "USD, current", q.Admits(list.Value),
                    $"US$ {F(list.Value / 1e9)}bn {year} ({entity[ListPrefix.Length..]})", ["sipri, sum of the countries named"]));
            return;
        }
        var isGroup = _registry.TryGetGroup(entity, out var group);
        var lcu = isGroup ? null : _registry.CurrencyIn(entity, year);
        try
        {
            if (ppp)
            {
                var target = MoneyUnit.Parse("current Int$PPP");
                if (isGroup)
                {
                    var sum = Memo($"sum|{entity}|{year}|sipri|ppp", () => _aggregator.Sum(group, year, Measures.Milex.Id, "sipri", null, target, Scale.Units));
                    if (!sum.Coverage.IsComplete && sum.Coverage.WithValue < sum.Coverage.Members * 0.9) return;
                    readings.Add(new Reading("SIPRI", $"SIPRI at GDP PPP, {GroupName(entity)}", entity, year, sum.Total, "Int$, current", q.Admits(sum.Total),
                        $"Int$ {F(sum.Total / 1e9)}bn {year}", [$"sipri (sum of members; {sum.Coverage})", $"ppp_factor per member: {string.Join(", ", sum.Factors.Select(f => f.Source).Distinct())}"]));
                    return;
                }
                var input = InputSelection.PreferredMoney(Rows(entity, Measures.Milex.Id, "sipri").Where(r => r.Observation.Year == year));
                if (input is null) return;
                var converted = _converter.Convert(input, target, Scale.Units);
                readings.Add(new Reading("SIPRI", $"SIPRI at GDP PPP ({string.Join(", ", converted.Factors.Select(f => f.Source).Distinct())})", entity, year, converted.Value.Value, "Int$, current",
                    q.Admits(converted.Value.Value), $"Int$ {F(converted.Value.Value / 1e9)}bn {year}", [$"sipri {input.Edition}", .. converted.Factors.Select(f => f.ToString())]));
                // Other PPP editions give other factors: each is a reading of the same line.
                if (lcu is not null)
                    foreach (var (ds, ed) in new[] { ("wdi", (string?)null), ("weo", "2025-04"), ("weo", "2025-10") })
                    {
                        var factor = Rows(entity, Measures.PppFactor.Id, ds, ed).FirstOrDefault(r => r.Observation.Year == year);
                        if (factor is null || input.Observation.Unit.Conversion != Conversion.None) continue;
                        var value = Units(input) / factor.Observation.Value;
                        readings.Add(new Reading("SIPRI", $"SIPRI at GDP PPP ({string.Join(", ", converted.Factors.Select(f => f.Source).Distinct())})", entity, year, value, "Int$, current",
                            q.Admits(value), $"Int$ {F(value / 1e9)}bn with {ds} {factor.Edition} PPP {F(factor.Observation.Value, "0.###")}", [$"sipri {input.Edition}", $"ppp_factor {entity} {year} = {F(factor.Observation.Value, "0.####")} ({ds} {factor.Edition})"]));
                    }
                return;
            }
            if (q.Currency == "USD")
            {
                var target = constant ? MoneyUnit.Parse("constant 2023 US$MER") : MoneyUnit.Parse("current US$MER");
                var label = constant ? "SIPRI constant 2023 US$" : "SIPRI current US$";
                if (isGroup)
                {
                    var sum = Memo($"sum|{entity}|{year}|sipri|{target}", () => _aggregator.Sum(group, year, Measures.Milex.Id, "sipri", null, target, Scale.Units, asPublished: true));
                    if (!sum.Coverage.IsComplete && sum.Coverage.WithValue < sum.Coverage.Members * 0.9) return;
                    readings.Add(new Reading("SIPRI", $"{label}, {GroupName(entity)}", entity, year, sum.Total, target.ToString(), q.Admits(sum.Total),
                        $"US$ {F(sum.Total / 1e9)}bn {year}", [$"sipri, sum of {sum.Coverage.WithValue} members ({sum.Coverage})"]));
                    // SIPRI's own "European NATO members" follow its geography, which puts Türkiye in the Middle East.
                    if (entity == "NATO_EUROPE" && sum.Members.FirstOrDefault(m => m.EntityId == "TUR")?.Value is { } turkey)
                    {
                        var withoutTurkey = sum.Total - turkey * Math.Pow(10, (int)sum.Unit.Scale);
                        readings.Add(new Reading("SIPRI", $"{label}, NATO Europe in SIPRI's geography (without Türkiye)", entity, year, withoutTurkey, target.ToString(), q.Admits(withoutTurkey),
                            $"US$ {F(withoutTurkey / 1e9)}bn {year}", [$"sipri, sum of members less Türkiye (SIPRI's Middle East)"]));
                    }
                    return;
                }
                var row = Rows(entity, Measures.Milex.Id, "sipri").FirstOrDefault(r => r.Observation.Year == year && r.Observation.Period == PeriodBasis.CalendarYear && Converter.IsAlreadyIn(r.Observation.Unit, target));
                // A year's dollars at that year's prices are its current dollars: SIPRI's constant 2023 US$ value for 2023 is 2023's
                // current value (the world total, which the bundle holds in current dollars for the latest year only).
                var sameYearBase = row is null && !constant
                    ? Rows(entity, Measures.Milex.Id, "sipri").FirstOrDefault(r => r.Observation.Year == year && r.Observation.Period == PeriodBasis.CalendarYear
                        && r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate } && r.Observation.Unit.PriceBasis.IsConstant && r.Observation.Unit.PriceBasis.BaseYear == year)
                    : null;
                row ??= sameYearBase;
                if (row is null) return;
                var v = Units(row);
                readings.Add(new Reading("SIPRI", label, entity, year, v, row.Observation.Unit.ToString(), q.Admits(v),
                    $"US$ {F(v / 1e9)}bn {year}{(sameYearBase is not null ? $" (constant {year} US$, which are {year}'s current dollars)" : "")}", [$"sipri {row.Edition}"]));
                return;
            }
            if (!isGroup && lcu == q.Currency)
            {
                var row = Rows(entity, Measures.Milex.Id, "sipri").FirstOrDefault(r => r.Observation.Year == year && r.Observation.Unit.Conversion == Conversion.None && !r.Observation.Unit.PriceBasis.IsConstant);
                if (row is null) return;
                var v = Units(row);
                readings.Add(new Reading("SIPRI", $"SIPRI local currency ({lcu})", entity, year, v, row.Observation.Unit.ToString(), q.Admits(v), $"{Quantity.Money(v, lcu)} {year}", [$"sipri {row.Edition}"]));
                return;
            }
            if (q.Currency == "EUR")
            {
                // Euros for a group or a non-euro country: SIPRI's US$ at the year's euro rate (Germany's EUR per US$ in WDI).
                var rate = Rows("DEU", Measures.FxRate.Id, "wdi").FirstOrDefault(r => r.Observation.Year == year);
                if (rate is null) return;
                double usd;
                string evidence;
                if (isGroup)
                {
                    var sum = Memo($"sum|{entity}|{year}|sipri|current US$MER", () => _aggregator.Sum(group, year, Measures.Milex.Id, "sipri", null, MoneyUnit.Parse("current US$MER"), Scale.Units, asPublished: true));
                    if (!sum.Coverage.IsComplete && sum.Coverage.WithValue < sum.Coverage.Members * 0.9) return;
                    (usd, evidence) = (sum.Total, $"sipri, sum of members ({sum.Coverage})");
                }
                else
                {
                    var row = Rows(entity, Measures.Milex.Id, "sipri").FirstOrDefault(r => r.Observation.Year == year && r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate } && !r.Observation.Unit.PriceBasis.IsConstant);
                    if (row is null) return;
                    (usd, evidence) = (Units(row), $"sipri {row.Edition}");
                }
                var eur = usd * rate.Observation.Value;
                readings.Add(new Reading("SIPRI", $"SIPRI current US$ in euros, {GroupName(entity)}", entity, year, eur, "EUR, current", q.Admits(eur), $"€{F(eur / 1e9)}bn {year}",
                    [evidence, $"fx_rate EUR per US$ {year} = {F(rate.Observation.Value, "0.####")} (wdi {rate.Edition}, Germany's rate)"]));
            }
        }
        catch (Exception e) when (e is ConversionException or MissingDataException) { }
    }

    /// <summary>
    /// A figure in brackets converting the one before it ("13.5 trillion roubles ($145.32 billion)", "12.93 trillion rubles or
    /// $166.8 billion"): at the rate the article
    /// prints, the conversion is arithmetic to check; without one, a conversion for a year the store has no exchange rate for
    /// cannot be checked (the writer used the day's rate). Null: not a conversion, or one the spending figures answer.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex BracketOpening = new(
        @"^\s*(?:\p{L}+\s*)?(?:\(\s*(?:about|around|approximately|roughly|some|nearly|almost|more\s+than|over|just\s+(?:over|under)|up\s+to|at\s+least|or|equivalent\s+to|~)?|,?\s*or\s+(?:about|around|roughly|some|nearly|almost)?)\s*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The amount a bracketed figure converts ("€800bn ($872bn)", "£75 billion pounds (more than $93 billion)"), or null.</summary>
    private static Quantity? ConvertedAmount(string text, Quantity q) =>
        QuantityParser.Parse(text).LastOrDefault(p => p.Kind == QuantityKind.Money && p.End <= q.Start && p.Currency is { } c && c != q.Currency
            && BracketOpening.IsMatch(text[p.End..q.Start]));

    private string? BracketedConversion(Claim claim, Quantity q, List<Reading> readings)
    {
        var text = claim.Text;
        if (q.Currency is not { } to) return null;
        if (ConvertedAmount(text, q) is not { } from) return null;
        // A writer converts at the day's rate: an undated figure (a plan, a fund) at the rate of the year the article appeared.
        var year = claim.YearStated || claim.Published is null ? YearsOf(claim).First() : claim.Published.Value.Year;
        var rates = new List<string>();
        double? PerUsd(string currency)
        {
            if (currency == "USD") return 1;
            if (claim.PrintedRates is { } printed && printed.TryGetValue(currency, out var p)) { rates.Add($"US$1 = {F(p, "0.####")} {currency} (printed in the article)"); return p; }
            return null;
        }
        var (a, b) = (PerUsd(from.Currency!), PerUsd(to));
        if (a is { } fromRate && b is { } toRate)
        {
            var value = from.Value / fromRate * toRate;
            readings.Add(new Reading("conversion", "the article's own conversion", claim.Subject?.Primary ?? "", year, value, to, q.Admits(value),
                $"{Quantity.Money(from.Value, from.Currency)} at {string.Join(", ", rates)} = {Quantity.Money(value, to)}", rates));
            return $"the conversion of {from.Text} into {to}";
        }
        // Without a printed rate, the store's annual average stands in for the writer's rate only for a year it holds.
        var currency = from.Currency == "USD" ? to : from.Currency!;
        var holder = currency == "EUR" ? "DEU" : _registry.Entities.FirstOrDefault(e => e.Kind == EntityKind.Country && _registry.CurrencyIn(e.Id, year) == currency)?.Id;
        if (holder is null) return null;
        if (!Rows(holder, Measures.FxRate.Id, "wdi").Any(r => r.Observation.Year == year))
            return $"the conversion of {from.Text} into {to} (no {currency} exchange rate for {year} in the store, and the article prints none)";
        // … and only for a year already past: "This year, government defense spending totaled 59.4 trillion won ($44.6 billion)"
        // was converted at the day's rate, which no annual average is.
        return claim.Published is { } written && YearsOf(claim).Min() >= written.Year
            ? $"the conversion of {from.Text} into {to} at the time of writing, at a rate the article does not print and the store does not hold ({currency} per US$ averages only for whole years)"
            : null;
    }

    /// <summary>
    /// "The 6.8 percent increase was the steepest year-on-year surge since 2009": the subject's real growth (SIPRI constant
    /// 2023 US$) in the claim's year against every year after the one named; a record dated before the stored series begins
    /// ("since the end of the Cold War") cannot be checked.
    /// </summary>
    private string Record(Claim claim, List<Reading> readings)
    {
        var undatable = $"a record ({claim.Anchors[0]}): the store holds no series long or complete enough to date it";
        if (RecordAlliesCue.IsMatch(claim.Text)) return RecordNumberOfAllies(claim, readings);
        var since = System.Text.RegularExpressions.Regex.Match(claim.Anchors[0], @"since\s+(?:at\s+least\s+)?(?<y>(?:19|20)\d\d)\b");
        // "the steepest rise in 15 years": counted as writers turn SIPRI's "since 2009" for 2023 into "in 15 years", the span
        // includes both ends, so it is a record since the span's first year.
        var span = System.Text.RegularExpressions.Regex.Match(claim.Anchors[0], @"\bin\s+(?:at\s+least\s+|more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?<n>\d{1,2}|a|one|two|three|four|five|ten|fifteen|twenty|thirty)\s+(?<unit>years|decades?)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (!since.Success && !span.Success || claim.Subject is null) return undatable;
        var growthRecord = claim.Kind == ClaimKind.Growth || Matches(claim.Anchors[0], @"increase|rise|growth|jump|hike|surge|steepest|sharpest|fastest");
        var spanYears = span.Success ? (span.Groups["n"].Value.ToLowerInvariant() switch { "a" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "ten" => 10, "fifteen" => 15, "twenty" => 20, "thirty" => 30, var n => int.Parse(n, CultureInfo.InvariantCulture) })
            * (span.Groups["unit"].Value.StartsWith("decade", StringComparison.OrdinalIgnoreCase) ? 10 : 1) : 0;
        var from = since.Success ? int.Parse(since.Groups["y"].Value, CultureInfo.InvariantCulture) : YearsOf(claim).First() - spanYears + 1;
        var entity = claim.Subject.Primary;
        if (!growthRecord) return LevelRecord(claim, entity, from, undatable, readings);
        var constantRows = SipriConstantDollars(entity);
        var series = constantRows.GroupBy(r => r.Observation.Year).ToDictionary(g => g.Key, g => Units(g.First()));
        // An alliance's record ("NATO allies' largest increase since 2014") is read in NATO's own real changes.
        var natoChanges = series.Count == 0 ? Rows(entity, Measures.MilexRealChange.Id, "nato").GroupBy(r => r.Observation.Year).ToDictionary(g => g.Key, g => g.First()) : [];
        double? Growth(int year) => natoChanges.TryGetValue(year, out var change) ? change.Observation.Value
            : series.TryGetValue(year, out var b) && series.TryGetValue(year - 1, out var a) && a > 0 ? (b / a - 1) * 100 : null;
        var basis = natoChanges.Count > 0 ? $"NATO real change (constant 2015 prices), {GroupName(entity)}" : $"SIPRI real change (constant 2023 US$), {GroupName(entity)}";
        var evidence = natoChanges.Count > 0 ? $"nato {natoChanges.Values.First().Edition}: milex_real_change" : constantRows.Length > 0 ? $"sipri {constantRows[0].Edition}: milex, constant 2023 US$" : "";
        foreach (var year in YearsOf(claim).Where(y => y <= LastDataYear && y > from + 1))
        {
            if (Growth(year) is not { } g) continue;
            var between = Enumerable.Range(from + 1, year - from - 1).Select(y => (Year: y, Growth: Growth(y))).ToArray();
            if (between.Any(b => b.Growth is null)) return undatable;
            var higher = between.Where(b => b.Growth >= g).ToArray();
            var largest = between.OrderByDescending(b => b.Growth).First();
            readings.Add(new Reading(natoChanges.Count > 0 ? "NATO" : "SIPRI", $"{basis}, the largest since {from}", entity, year, g, "%", higher.Length == 0,
                higher.Length == 0 ? $"{F(g)}% in {year}, above every year {from + 1}–{year - 1} (the highest of them {largest.Year}: {F(largest.Growth!.Value)}%)"
                    : $"{F(g)}% in {year}, below {string.Join(", ", higher.Select(b => $"{b.Year} ({F(b.Growth!.Value)}%)"))}",
                [evidence]));
            return $"the largest real rise of {GroupName(entity)} since {from}";
        }
        return undatable;
    }

    /// <summary>
    /// "Romania's 1.6% is the lowest since 2017", "its highest level in a decade": a level's record bounded inside the stored
    /// years, checked on every standard basis: NATO's editions and SIPRI for a share of GDP, SIPRI at constant prices for money.
    /// The year named is the bound, not a year the record must beat (the labelled set's decision 74).
    /// </summary>
    private string LevelRecord(Claim claim, string entity, int from, string undatable, List<Reading> readings)
    {
        var lowest = Matches(claim.Anchors[0], @"\b(?:lowest|smallest|weakest)\b");
        var share = Matches(claim.Text, @"%|per\s*cent|percent|share|GDP|burden");
        var year = YearsOf(claim).Where(y => y <= LastDataYear && y > from + 1).DefaultIfEmpty(0).Max();
        if (year == 0) return undatable;
        var sources = share
            ? ShareSources.Select(s => (Label: s.Dataset == "nato" ? $"NATO {s.Edition} edition, share of GDP" : "SIPRI, share of GDP", Publisher: s.Dataset == "nato" ? "NATO" : "SIPRI",
                Rows: Rows(entity, Measures.MilexGdpShare.Id, s.Dataset, s.Edition), Unit: "% of GDP"))
            : [("SIPRI, constant 2023 US$", "SIPRI", SipriConstantDollars(entity), "US$")];
        foreach (var (label, publisher, rows, unit) in sources)
        {
            var byYear = rows.GroupBy(r => r.Observation.Year).ToDictionary(g => g.Key, g => g.First());
            if (!byYear.TryGetValue(year, out var reached)) continue;
            var between = Enumerable.Range(from + 1, year - from - 1).ToArray();
            if (between.Any(y => !byYear.ContainsKey(y))) continue;
            var value = reached.Observation.Value;
            var beaten = between.Where(y => lowest ? byYear[y].Observation.Value <= value : byYear[y].Observation.Value >= value).ToArray();
            readings.Add(new Reading(publisher, $"{label}, the {(lowest ? "lowest" : "highest")} since {from}", entity, year, value, unit, beaten.Length == 0,
                beaten.Length == 0 ? $"{F(value)} in {year}, {(lowest ? "below" : "above")} every year {from + 1}–{year - 1}"
                    : $"{F(value)} in {year}, {(lowest ? "above" : "below")} {string.Join(", ", beaten.Select(y => $"{y} ({F(byYear[y].Observation.Value)})"))}",
                [$"{reached.Dataset} {reached.Edition}: {reached.Observation.MeasureId}"]));
        }
        return readings.Count == 0 ? undatable : $"the {(lowest ? "lowest" : "highest")} level of {GroupName(entity)} since {from}";
    }

    private static readonly System.Text.RegularExpressions.Regex StartingYearAfter = new(@"^[^.;]{0,40}?\b(?:starting|beginning)\s+(?:in|from)\s+(?<y>(?:19|20)\d\d)\b|^[^.;]{0,40}?\bfrom\s+(?<y>(?:19|20)\d\d)\s+onwards?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex RecordAlliesCue = new(
        @"\brecord\s+number\b(?!\s+of\s+(?!(?:the\s+|its\s+)?(?:allies|members|member\s+states|countries|nations|NATO)\b))|(?=.*\b(?:allies|members|member\s+(?:states|nations|countries)|countries|nations)\b)(?=.*(?:\d\s*(?:%|per\s*cent|percent)|\btwo\s+per\s*cent|\btarget|\bguideline|\bbenchmark|\bcommitments?\b|\bthreshold)).*\brecord(?:[\s-]high)?\s+(?:number|\d{1,2}\b(?![.,]\d|\s*(?:%|per\s*cent|percent))|for\s+the\s+alliance)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Singleline);

    /// <summary>
    /// "A record 23 of NATO's 32 members", "another record number": more allies at the guideline than in any earlier year of
    /// the same NATO edition, whose tables begin in 2014.
    /// </summary>
    private string RecordNumberOfAllies(Claim claim, List<Reading> readings)
    {
        var threshold = System.Text.RegularExpressions.Regex.IsMatch(claim.Text, @"3\.5|three\s+and\s+a\s+half", System.Text.RegularExpressions.RegexOptions.IgnoreCase) ? 3.5 : 2;
        // "another record number and a six-fold increase from 2014": the year the record is set against is not its year.
        var baselines = System.Text.RegularExpressions.Regex.Matches(claim.Text, @"\b(?:from|since|than\s+in|compared\s+(?:with|to))\s+(?:\w+\s+)?(?<y>(?:19|20)\d\d)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            .Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToHashSet();
        var years = YearsOf(claim).Where(y => !baselines.Contains(y)).ToArray();
        if (years.Length == 0 && claim.Published is { } published) years = [published.Year];
        foreach (var year in years)
            foreach (var edition in NatoEditions)
            {
                try
                {
                    var (atOrAbove, reporting, _) = AlliesAtOrAbove(edition, year, threshold);
                    if (reporting == 0) continue;
                    // The years the edition's tables hold before the claimed one (NATO's from 2014).
                    var tableYears = Rows("NATO", Measures.MilexGdpShare.Id, "nato", edition).Select(r => r.Observation.Year).Where(y => y < year).Distinct().Order().ToArray();
                    if (tableYears.Length == 0) continue;
                    var earlier = tableYears.Select(y => (Year: y, Count: AlliesAtOrAbove(edition, y, threshold).AtOrAbove)).ToArray();
                    var most = earlier.MaxBy(e => e.Count);
                    var holds = atOrAbove > most.Count;
                    readings.Add(new Reading("NATO", $"NATO {edition} edition, allies at or above the threshold, the most since its tables begin", "NATO", year, atOrAbove, "allies", holds,
                        $"{atOrAbove} allies ≥ {F(threshold, "0.##")}% in {year}; {(holds ? "more than" : "not more than")} in every year {earlier[0].Year}–{year - 1} (the most of them: {most.Count} in {most.Year}) (edition {edition})",
                        [$"nato {edition}{(edition == "2025" ? " (secondary)" : "")}: milex_gdp_share rounded to 2 dp"]));
                }
                catch (Exception e) when (e is MissingDataException or InvalidOperationException) { }
            }
        return $"a record number of allies at {F(threshold, "0.##")}% of GDP";
    }

    /// <summary>
    /// "Poland has been continuously meeting the target since 2020", "its spending fell below the benchmark between 2016 and
    /// 2019": the subject's share of GDP against the threshold in every year of the window, in each NATO edition (who meets
    /// NATO's guideline is NATO's word; SIPRI's shares are evidence). A window reaching before NATO's tables begin cannot be
    /// checked whole.
    /// </summary>
    private string ThresholdStreak(Claim claim, List<Reading> readings)
    {
        var below = claim.Phrase == "below streak";
        var threshold = claim.Primary!.Value;
        var test = below ? "<" : "≥";
        // "since 2025" in a 2025 article: no complete year to check yet.
        if (claim.Years.Count == 0) return $"{claim.Subject?.Primary} {test} {F(threshold, "0.##")}% of GDP in every year since, none of which is complete";
        var (from, to) = (claim.Years[0], claim.Years[^1]);
        var what = $"{claim.Subject?.Primary} {test} {F(threshold, "0.##")}% of GDP in every year {from}–{to}";
        if (claim.Subject is not { } subject || IsGroup(subject.Primary)) return what;
        bool Meets(double share) => below ? share < threshold : share >= threshold;
        foreach (var (dataset, edition) in ShareSources)
        {
            var rows = Rows(subject.Primary, Measures.MilexGdpShare.Id, dataset, edition).GroupBy(r => r.Observation.Year).ToDictionary(g => g.Key, g => g.First());
            if (rows.Count == 0) continue;
            // Years before an edition's table begins (NATO's start in 2014) are judged on the years it holds (the labelled set's
            // decision 20: SIPRI's earlier shares are evidence, not NATO's word).
            var years = claim.Years.Where(y => dataset != "nato" || y >= rows.Keys.Min()).ToArray();
            if (years.Length == 0) continue;
            var missing = years.Where(y => !rows.ContainsKey(y)).ToArray();
            var failing = years.Where(rows.ContainsKey).Where(y => !Meets(rows[y].Observation.Value)).ToArray();
            var line = dataset == "nato" ? $"NATO {edition} edition, {subject.Primary} share of GDP {test} {F(threshold, "0.##")}%" : $"SIPRI, {subject.Primary} share of GDP {test} {F(threshold, "0.##")}%";
            var detail = string.Join(", ", years.Where(rows.ContainsKey).Select(y => $"{y} {F(rows[y].Observation.Value, "0.00")}"))
                + (missing.Length > 0 ? $"; no value for {string.Join(", ", missing)}" : "")
                + (failing.Length > 0 ? $"; not {test} {F(threshold, "0.##")}% in {string.Join(", ", failing)}" : "");
            // A window the edition covers only in part settles nothing, unless a year it covers already breaks the streak.
            var decides = dataset == "nato" && (missing.Length == 0 || failing.Length > 0);
            readings.Add(new Reading(dataset == "nato" ? "NATO" : "SIPRI", line, subject.Primary, to, years.Length - missing.Length - failing.Length, "years", failing.Length == 0 && missing.Length == 0,
                detail, [$"{dataset} {rows.First().Value.Edition}"], decides));
        }
        return what;
    }

    private readonly UnitCostDataset? _unitCosts;

    /// <summary>"trails", "less than", "behind": the comparison claims the subject is the smaller side.</summary>
    private static bool SaysLess(Claim claim) => claim.Phrase is { } p && Matches(p, @"less|lower|fewer|smaller|trail|behind|lag");

    private static readonly System.Text.RegularExpressions.Regex BurdenCompared = new(@"%\s*of\s+(?:its\s+|their\s+)?GDP|per\s?cent\s+of\s+(?:its\s+|their\s+)?(?:GDP|gross)|share\s+of\s+(?:its\s+|their\s+)?GDP|percentage\s+of\s+GDP|relative\s+to\s+(?:the\s+size\s+of\s+)?(?:its\s+)?(?:economy|GDP)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>Two parties' military burdens (share of GDP) in each standard source: NATO's two editions and SIPRI.</summary>
    private string CompareBurdens(Claim claim, List<Reading> readings)
    {
        var (a, b) = (claim.Subject!.Primary, claim.Other!.Primary);
        var less = SaysLess(claim);
        bool Holds(double ratio) => claim.Primary is { } stated ? stated.Admits(ratio) : less ? ratio < 1 : ratio > 1;
        foreach (var year in YearsOf(claim).Where(y => y <= LastDataYear))
        {
            foreach (var (dataset, edition) in ShareSources)
            {
                StoredObservation? Share(string id) => Rows(id, Measures.MilexGdpShare.Id, dataset, edition).FirstOrDefault(r => r.Observation.Year == year);
                if (Share(a) is not { } ra || Share(b) is not { } rb || rb.Observation.Value <= 0) continue;
                var (va, vb) = (ra.Observation.Value, rb.Observation.Value);
                var source = dataset == "nato" ? $"NATO {edition} edition" : "SIPRI";
                readings.Add(new Reading(dataset == "nato" ? "NATO" : "SIPRI", $"{source}, share of GDP, {a} vs {b}", a, year, va / vb, "ratio", Holds(va / vb),
                    $"{a} {F(va, "0.00")}% vs {b} {F(vb, "0.00")}% of GDP in {year}", [$"{dataset} {ra.Edition}: milex_gdp_share"]));
            }
            if (readings.Count > 0) break;
        }
        return $"the military burdens of {a} and {b}";
    }

    /// <summary>
    /// Armed forces compared ("an army larger than the USA's", "surpassing all other European NATO members"): NATO's personnel
    /// table for allies; a group on the other side means every other member of it.
    /// </summary>
    private string CompareArmedForces(Claim claim, List<Reading> readings)
    {
        var (a, b) = (claim.Subject!.Primary, claim.Other!.Primary);
        var what = $"the size of {a}'s and {b}'s armed forces (personnel, not spending)";
        var less = SaysLess(claim);
        foreach (var year in YearsOf(claim).Where(y => y <= LastDataYear))
        {
            StoredObservation? Strength(string id) => Rows(id, Measures.ArmedForcesPersonnel.Id, "nato").FirstOrDefault(r => r.Observation.Year == year);
            if (Strength(a) is not { } ownRow) continue;
            var own = Units(ownRow);
            var others = _registry.TryGetGroup(b, out var group) ? group.MembersIn(year).Where(m => m != a).ToArray() : [b];
            var values = others.Select(o => (Id: o, Row: Strength(o))).Where(x => x.Row is not null).Select(x => (x.Id, Value: Units(x.Row!))).ToArray();
            if (values.Length == 0 || group is not null && values.Length < others.Length - 1) continue;
            var rival = less ? values.MinBy(x => x.Value) : values.MaxBy(x => x.Value);
            readings.Add(new Reading("NATO", $"NATO armed forces personnel, {a} vs {(group is null ? b : "every other member of " + GroupName(b))}", a, year, own / rival.Value, "ratio",
                less ? own < rival.Value : own > rival.Value, $"{a} {F(own, "#,##0")} vs {rival.Id} {F(rival.Value, "#,##0")} personnel in {year}", [$"nato {ownRow.Edition}: armed_forces_personnel"]));
            return what;
        }
        return what + "; the store holds personnel for NATO allies only";
    }

    private static readonly System.Text.RegularExpressions.Regex RevenueWords = new(@"\brevenues?\b|\bcollect(?:s|ed|ing)?\b|\btax\s+(?:income|receipts)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    // ("In France, social spending equals 32 percent of GDP", "net debts of nearly 140% of gdp", "the aid budget from 0.5 per cent
    // of gross national income": other budgets and balances as shares of the economy.)
    private static readonly System.Text.RegularExpressions.Regex OtherQuantityShare = new(@"\b(?:deficits?|debts?|revenues?|growth|inflation|surplus|tax\s+take|exports?|imports?|social\s+(?:spending|security|protection|transfers)|welfare|pensions?|health(?:care)?\s+(?:spending|budget)|education\s+(?:spending|budget)|(?:foreign\s+|development\s+|overseas\s+)?aid\s+budget|development\s+assistance|interest\s+(?:payments|costs|bill))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex PastCue = new(@"\b(?:last\s+year|was|were|had|spent|rose|grew|fell|increased|reached)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex OwnEstimate = new(@"\b(?:I|we)\s+(?:would\s+)?(?:estimate|calculate|reckon|compute)\b|\b(?:my|our)\s+(?:own\s+)?(?:estimates?|calculations?)\b", System.Text.RegularExpressions.RegexOptions.None);

    private static readonly System.Text.RegularExpressions.Regex ForcesCompared = new(@"\b(?:army|armies|troops|soldiers|personnel|armed\s+forces|servicemen|service\s+members|manpower)\b[^.;]{0,60}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>A unit price against the curated contract prices of that item in the claim's currency (others are evidence).</summary>
    private string UnitPrice(Claim claim, Quantity q, string item, List<Reading> readings)
    {
        if (_unitCosts is null) return $"the unit price of {item.Replace('_', ' ')} ({q.Text}) (no unit-cost data loaded)";
        var (low, high) = q.Tolerance;
        // "about $1,000 for its Russian equivalent": a price named for Russia is Russia's, which the contract prices do not hold.
        var russian = Matches(ClauseBefore(claim.Text, q.Start) + " " + ClauseAfter(claim.Text, q.End), @"\bRussia|\bRussian");
        foreach (var row in _unitCosts.Rows.Where(r => r.Item.StartsWith(item, StringComparison.Ordinal) && (russian ? r.Buyer == "RUS" : r.Buyer != "RUS")))
        {
            var sameCurrency = string.Equals(row.Currency, q.Currency, StringComparison.OrdinalIgnoreCase);
            // Prices differ from contract to contract: one line for all, which holds when some contract's price range meets the
            // claim's interval; the contract's own year is in the detail, the claim's year on the reading.
            readings.Add(new Reading("contract prices", $"unit prices of {item.Replace('_', ' ')} in curated contracts", row.Buyer, YearsOf(claim).First(), row.Central, row.Currency,
                row.High >= low && row.Low <= high, $"{row.System}, {row.Buyer} {row.PriceYear}: {Quantity.Money(row.Low, row.Currency)}–{Quantity.Money(row.High, row.Currency)} a unit",
                [row.Citation], CountsForVerdict: sameCurrency));
        }
        return $"the unit price of {item.Replace('_', ' ')} ({q.Text})";
    }

    private void NatoMoney(Quantity q, string entity, int year, List<Reading> readings, bool constant = false)
    {
        if (entity.StartsWith(ListPrefix, StringComparison.Ordinal)) return;
        if (entity is "EU27" or "EU_UK") return; // not every EU member is an ally: NATO's data cannot sum the EU
        // "converted into constant 2015 prices … from around $8.5 billion in 2014 to $27 billion": NATO's own constant series.
        if (q.Currency == "USD" && constant)
        {
            var real = Rows(entity, Measures.Milex.Id, "nato").Where(r => r.Observation.Year == year && r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate } && r.Observation.Unit.PriceBasis.IsConstant)
                .OrderByDescending(r => r.Edition, StringComparer.Ordinal).ToArray();
            foreach (var row in real)
            {
                var v = Units(row);
                readings.Add(new Reading("NATO", $"NATO {row.Edition} edition, {row.Observation.Unit.PriceBasis} US$, {GroupName(entity)}", entity, year, v, row.Observation.Unit.ToString(), q.Admits(v),
                    $"US$ {F(v / 1e9)}bn {year}{(row.Observation.Flags.HasFlag(ObservationFlags.Estimate) ? "e" : "")} ({row.Observation.Unit.PriceBasis} prices)", [$"nato {row.Edition}"]));
            }
            if (real.Length > 0) return;
        }
        if (q.Currency == "USD")
        {
            var row = Rows(entity, Measures.Milex.Id, "nato").Where(r => r.Observation.Year == year && r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate } && !r.Observation.Unit.PriceBasis.IsConstant)
                .OrderByDescending(r => r.Edition, StringComparer.Ordinal).FirstOrDefault();
            if (row is not null)
            {
                var v = Units(row);
                readings.Add(new Reading("NATO", $"NATO current US$, {GroupName(entity)}", entity, year, v, row.Observation.Unit.ToString(), q.Admits(v), $"US$ {F(v / 1e9)}bn {year}{(row.Observation.Flags.HasFlag(ObservationFlags.Estimate) ? "e" : "")}", [$"nato {row.Edition}"]));
                return;
            }
            if (_registry.TryGetGroup(entity, out var group))
            {
                try
                {
                    var sum = Memo($"sum|{entity}|{year}|nato", () => _aggregator.Sum(group, year, Measures.Milex.Id, "nato", null, MoneyUnit.Parse("current US$MER"), Scale.Units, asPublished: true));
                    if (sum.Coverage.WithValue == 0 || !sum.Coverage.IsComplete && sum.Coverage.WithValue < sum.Coverage.Members * 0.9) return;
                    readings.Add(new Reading("NATO", $"NATO current US$, {GroupName(entity)}", entity, year, sum.Total, "USD, current", q.Admits(sum.Total), $"US$ {F(sum.Total / 1e9)}bn {year} (sum of allies)", [$"nato, sum of members ({sum.Coverage})"]));
                }
                catch (ConversionException) { }
            }
            return;
        }
        if (!IsGroup(entity) && _registry.CurrencyIn(entity, year) == q.Currency)
        {
            var row = Rows(entity, Measures.Milex.Id, "nato").FirstOrDefault(r => r.Observation.Year == year && r.Observation.Unit.Conversion == Conversion.None && !r.Observation.Unit.PriceBasis.IsConstant);
            if (row is null) return;
            var v = Units(row);
            readings.Add(new Reading("NATO", $"NATO local currency ({q.Currency})", entity, year, v, row.Observation.Unit.ToString(), q.Admits(v), $"{Quantity.Money(v, q.Currency)} {year}", [$"nato {row.Edition}"]));
        }
    }

    private string PercentLevel(Claim claim, Quantity q, List<Reading> readings)
    {
        // "38% of federal spending", "20% of Ukraine's territory": only curated figures measure these.
        var years = YearsOf(claim);
        // NATO's four categories of defence expenditure ("51.59% will be dedicated to staff expenses") are read when the
        // sentence names the category.
        var measures = new[] { "figures.share_of_federal_spending", "figures.occupied_share", Measures.EquipmentShare.Id, Measures.PersonnelShare.Id, Measures.InfrastructureShare.Id, Measures.OtherShare.Id };
        foreach (var entity in Candidates(claim.Subject).Append("UKR").Distinct())
            foreach (var measure in measures)
                // "Around 32.5% of the budget posted on a government website on Sunday has been allocated for national defence": a budget
                // law is passed in the autumn for the year after, so with no year stated, a share of it may be next year's.
                foreach (var row in Rows(entity, measure, null).Where(r => years.Contains(r.Observation.Year)
                    || measure == "figures.share_of_federal_spending" && !claim.YearStated && claim.Published is { } written && r.Observation.Year == written.Year + 1))
                {
                    if (measure == "figures.occupied_share" && !System.Text.RegularExpressions.Regex.IsMatch(claim.Text, @"\b(?:occup\w*|territor\w*|land|control\w*)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)) continue;
                    // A bare percentage is not a share of equipment or of the federal budget unless the sentence says so.
                    if (measure == Measures.EquipmentShare.Id && !Matches(claim.Text, @"equipment|procure|hardware|weapons?\s+purchases|\barmaments?\b")) continue;
                    if (measure == Measures.PersonnelShare.Id && !Matches(claim.Text, @"personnel|salar(?:y|ies)|wages|\bpay\b|staff|pensions")) continue;
                    if (measure == Measures.InfrastructureShare.Id && !Matches(claim.Text, @"infrastructure")) continue;
                    if (measure == Measures.OtherShare.Id && !Matches(claim.Text, @"\boperations\b|maintenance|other\s+(?:expenses|expenditure|spending|costs)")) continue;
                    // ("earmark 32.5% of its spending next year for defense", "roughly 38% of all spending in 2026": the state's spending.)
                    if (measure == "figures.share_of_federal_spending" && !Matches(claim.Text, @"budget|federal|government\s+spending|public\s+spending|state\s+spending|\bof\s+(?:its|all)\s+(?:total\s+)?spending\b")) continue;
                    if (measure != "figures.occupied_share" && entity == "UKR" && claim.Subject?.Primary != "UKR") continue;
                    var (publisher, citation, _) = row.Dataset == "figures" ? FigureSource(row) : (row.Dataset.ToUpperInvariant(), $"{row.Dataset} {row.Edition}", "");
                    var item = row.Dataset == "figures" ? ItemOf(row) : "";
                    // "More than 40% of the entire budget is allocated to national defense and domestic security": the sentence names its definition.
                    var namesSecurity = DefencePlusSecurity.IsMatch(claim.Text);
                    if (item == "national_defence" && namesSecurity || item == "defence_plus_security" && !namesSecurity && Matches(claim.Text, @"\bnational\s+defen[cs]e\b")) continue;
                    // "National defence" and "defence plus security" are two definitions of the same share: two readings, not one.
                    readings.Add(new Reading(publisher, $"{publisher}: {measure.Replace("figures.", "").Replace('_', ' ')}{(item.Length > 0 ? $" ({item.Replace('_', ' ')})" : "")}", entity, row.Observation.Year, row.Observation.Value, "%",
                        q.Admits(row.Observation.Value), $"{F(row.Observation.Value, "0.##")}% {row.Observation.Year}", [citation], BudgetLine: measure == "figures.share_of_federal_spending"));
                }
        return $"{q.Text} ({string.Join(", ", Candidates(claim.Subject))})";
    }

    /// <summary>
    /// A head count of an ally's or a NATO group's armed forces against NATO's armed forces personnel table (thousands, by
    /// edition): a group is the sum of its members that report, said with its coverage. Null when NATO holds nothing for it.
    /// </summary>
    private string? Personnel(Claim claim, Quantity q, List<Reading> readings)
    {
        foreach (var entity in Candidates(claim.Subject))
        {
            var members = _registry.TryGetGroup(entity, out var group) ? null : new[] { entity };
            foreach (var year in YearsOf(claim).Where(y => y <= LastDataYear))
            {
                var ids = members ?? group!.MembersIn(year).ToArray();
                var rows = ids.Select(id => Rows(id, Measures.ArmedForcesPersonnel.Id, "nato").FirstOrDefault(r => r.Observation.Year == year)).Where(r => r is not null).Select(r => r!).ToArray();
                // A group sum needs nearly every member (Iceland has no armed forces); a country needs its own row.
                if (rows.Length == 0 || members is null && rows.Length < ids.Length - 1) continue;
                var total = rows.Sum(Units);
                var coverage = members is null ? $"{rows.Length} of {ids.Length} members report" : "country";
                readings.Add(new Reading("NATO", $"NATO armed forces personnel, {GroupName(entity)}", entity, year, total, "persons", q.Admits(total),
                    $"{F(total, "#,##0")} personnel {year}{(rows.Any(r => (r.Observation.Flags & ObservationFlags.Estimate) != 0) ? "e" : "")}", [$"nato {rows[0].Edition}", coverage]));
            }
            if (readings.Count > 0) return $"{q.Text} armed forces personnel of {GroupName(entity)}";
        }
        return null;
    }

    private static readonly System.Text.RegularExpressions.Regex ShareOfGdpWords = new(QuantityParser.PercentSign + @"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:GDP|gross\s+domestic\s+product)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex PlantItem = new(@"\bitem \w+_(?:aap|plant|factory)\b");

    private string CountLevel(Claim claim, Quantity q, List<Reading> readings)
    {
        if (claim.Subject is null || claim.Item is null) return $"{q.Text} (no producer or item)";
        // "a new plant in Unterlüß that will produce 350,000 shells a year": one plant's output, not a country's.
        if (Matches(ClauseBefore(claim.Text, q.Start) + " " + claim.Text[..Math.Min(claim.Text.Length, q.Start)], @"\b(?:plant|factory|facility|production\s+line|works)\b"))
            return $"the output of one plant ({q.Text}), which the capacity data (by producer country) do not record";
        // Curated counts (losses, deliveries, stocks, output) for the item, in the kind the verb names.
        var kind = Matches(claim.Text, @"\blost|loss|destroyed") ? "losses" : Matches(claim.Text, @"\b(?:deliver\w*|sent|supplied|shipped)\b") ? "deliveries"
            : Matches(claim.Text, @"stock|inventory|has\s+about|fields") ? "stocks" : Matches(claim.Text, @"\bconsum\w*|\bfir(?:e|es|ed|ing)\b") ? "consumption"
            : Matches(claim.Text, @"\b(?:need\w*|requir\w*|additional|extra)\b") ? "requirement"
            // "a stated goal of producing 100,000 rounds per month by 2025", "on a path to producing 70,000": a target, not output.
            : Matches(ClauseBefore(claim.Text, q.Start), @"\b(?:goal|target|aim(?:s|ing)?\s+to|plans?\s+to|on\s+(?:a|the)\s+path[""”’]?\s+to|expect(?:s|ed)?\s+to|hop(?:es|ing)\s+to)\b") ? "target"
            // People are not produced: a bare troop number ("the 700,000 Russian troops in Ukraine") is a head count, whatever the row's kind.
            : claim.Item == "troops" ? "" : "output";
        if (claim.Item == "troops" && kind.Length == 0)
        {
            // "The Polish military currently boasts 216,100 personnel": NATO's armed forces personnel for an ally or the alliance.
            if (Personnel(claim, q, readings) is { } personnel) return personnel;
            // "an army of 1.7 million personnel": the whole of a country's forces, not the troops it deploys somewhere.
            if (Matches(claim.Text, @"\b(?:army|armed\s+forces|military)\s+of\b|\bpersonnel\b") && !Matches(claim.Text, @"\bin\s+Ukraine\b|deploy|front|invasion\s+force|border"))
                return $"{q.Text}: the strength of {GroupName(claim.Subject.Primary)}'s armed forces, which NATO's personnel table does not hold";
        }
        var itemKey = claim.Item switch { "tanks" => "tank", "artillery_rounds" => "artillery_rounds", "armoured_vehicles" => "armoured", "long_range_missiles" => "missile", "long_range_drones" => "drone", "artillery_pieces" => "artillery_pieces", var other => other };
        foreach (var entity in Candidates(claim.Subject))
            foreach (var measure in new[] { Measures.Production.Id, "figures.quantity_total", "figures.quantity_per_day" })
                foreach (var row in Rows(entity, measure, "figures"))
                {
                    var note = row.Observation.Note ?? "";
                    if (!note.Contains(itemKey, StringComparison.OrdinalIgnoreCase) && !(itemKey == "tank" && note.Contains("main_battle_tanks", StringComparison.Ordinal))) continue;
                    if (!note.Contains($"kind {kind}", StringComparison.Ordinal) && !note.Contains(kind, StringComparison.Ordinal)) continue;
                    // One ammunition plant's output ("item artillery_rounds_155mm_scranton_aap") is not a country's unless the sentence names a plant.
                    if (PlantItem.IsMatch(note) && !Matches(claim.Text, @"\b(?:plant|factory|facility|AAP)\b")) continue;
                    if (measure == Measures.Production.Id && !claim.Years.Contains(row.Observation.Year)) continue;
                    var (publisher, citation, _) = FigureSource(row);
                    var v = row.Observation.Value;
                    // Production rows are a year's worth, daily rows a day's: compare the claim on the same footing.
                    var perYear = q.Per switch { "month" => 12.0, "day" => 365.0, "week" => 52.0, _ => 1.0 };
                    var comparable = measure == Measures.Production.Id ? q with { Value = q.Value * perYear, HalfUnit = q.HalfUnit * perYear }
                        : measure == "figures.quantity_per_day" ? q with { Value = q.Value * perYear / 365, HalfUnit = q.HalfUnit * perYear / 365 } : q;
                    var rowKind = kind.Length > 0 ? kind : System.Text.RegularExpressions.Regex.Match(note, @"kind (\w+)").Groups[1].Value;
                    readings.Add(new Reading(publisher, $"{publisher} ({rowKind})", entity, claim.Years.Contains(row.Observation.Year) ? row.Observation.Year : claim.Years.FirstOrDefault(row.Observation.Year), v, "count",
                        comparable.Admits(v), $"{F(v, "#,##0")} {rowKind} ({row.Observation.Year})", [citation], Plan: rowKind == "target"));
                }
        // The capacity model's rows are other publishers' estimates of output: beside the curated figures they let a sentence that
        // names its estimator ("an analysis by Bain & Company …") be checked against that estimator.
        if (_capacity is null || readings.Count > 0 && kind != "output") return $"{q.Text} {claim.Item}";
        var annual = q.Per switch { "month" => 12, "day" => 365, "week" => 52, _ => 1 };
        var claimAnnual = q with { Value = q.Value * annual, HalfUnit = q.HalfUnit * annual };
        foreach (var entity in Candidates(claim.Subject))
            foreach (var year in YearsOf(claim))
            {
                ProducerYear production;
                try { production = _capacity.Production(claim.Item, entity, year); }
                catch (ArgumentException) { continue; }
                foreach (var row in production.Rows)
                {
                    var (lo, c, hi) = row.Annual!.Value;
                    var (tlo, thi) = claimAnnual.Tolerance;
                    var holds = thi >= lo * 0.95 && tlo <= hi * 1.05;
                    readings.Add(new Reading(row.Source, $"{row.Source} ({row.KindText})", entity, year, c, $"{row.Item} a year", holds,
                        $"{F(lo, "#,##0")}–{F(hi, "#,##0")} a year ({row.KindText}, {year})", [row.Citation]));
                }
                if (readings.Count > 0) return $"{q.Text} {claim.Item}";
            }
        return $"{q.Text} {claim.Item}";
    }

    // ---------------------------------------------------------------- shares and growth

    private string Share(Claim claim, List<Reading> readings)
    {
        var q = claim.Primary!;
        if (claim.Subject is null) return "this share (no country or group named)";
        // "The resulting deficit will amount to about 1.6% of GDP": a share of GDP of another quantity than military spending.
        var clauseOfShare = ClauseBefore(claim.Text, q.Start);
        if (OtherQuantityShare.Match(clauseOfShare) is { Success: true } other && !Matches(clauseOfShare, @"defen[cs]e|military|armed\s+forces|army|war\b"))
            return $"the {other.Value.ToLowerInvariant()} as a share of GDP, which is not military spending";
        // "requires each member state to increase defence spending by 1.5% of GDP": a rise of the share in points, not the share.
        if (IncreaseAmount.IsMatch(claim.Text[..q.Start])) return ShareRise(claim, q, readings);
        var years = YearsOf(claim);
        foreach (var entity in Candidates(claim.Subject))
        {
            var shareRows = Rows(entity, Measures.MilexGdpShare.Id, "figures").Concat(Rows(entity, Measures.MilexGdpShare.Id, "sipri"))
                .Concat(NatoEditions.SelectMany(ed => Rows(entity, Measures.MilexGdpShare.Id, "nato", ed)));
            foreach (var row in shareRows)
            {
                if (!years.Contains(row.Observation.Year)) continue;
                if (row.Dataset == "figures" && ItemOf(row).Length > 0 && !claim.Cues.Budget) continue;
                var (source, line, evidence) = row.Dataset switch
                {
                    "figures" => (FigureSource(row).Publisher, $"{FigureSource(row).Publisher}, {GroupName(entity)}", FigureSource(row).Citation),
                    // NATO revises its estimates: each edition is a standard source of its own (the labelled set's rule 4).
                    "nato" => ("NATO", $"NATO {row.Edition} edition, {GroupName(entity)}", $"nato {row.Edition}{(row.IsSecondary ? " (secondary)" : "")}"),
                    "sipri" => ("SIPRI", $"SIPRI, {GroupName(entity)}", $"sipri {row.Edition}"),
                    _ => (row.Dataset, $"{row.Dataset}, {GroupName(entity)}", $"{row.Dataset} {row.Edition}"),
                };
                var v = row.Observation.Value;
                // NATO prints two decimals and journalists round those: compare as printed.
                readings.Add(new Reading(source, line, entity, row.Observation.Year, v, "% of GDP", q.Admits(Math.Round(v, 2)), $"{F(v, "0.00")}% {row.Observation.Year}, {evidence}", [evidence]));
            }
            if (entity == "WLD" && !readings.Any(r => r.Entity == entity))
            {
                WorldBurden(q, years, readings);
                continue;
            }
            if (_registry.TryGetGroup(entity, out var group) && !readings.Any(r => r.Entity == entity && r.Source == "NATO"))
                foreach (var year in years)
                    foreach (var ds in new[] { "nato", "sipri" })
                    {
                        try
                        {
                            var (avg, coverage, _) = _aggregator.GdpWeightedAverage(group, year, Measures.MilexGdpShare.Id, ds, null);
                            if (avg is null || !coverage.IsComplete && coverage.WithValue < coverage.Members * 0.9) continue;
                            readings.Add(new Reading(ds.ToUpperInvariant(), $"{ds.ToUpperInvariant()}, {GroupName(entity)} (GDP-weighted)", entity, year, avg.Value, "% of GDP", q.Admits(avg.Value),
                                $"{F(avg.Value, "0.00")}% {year}", [$"{ds}, GDP-weighted average ({coverage}; GDP: {coverage.GdpSource})"]));
                        }
                        catch (Exception e) when (e is ConversionException or MissingDataException) { }
                    }
        }
        return $"{q.Text} of GDP for {string.Join(" / ", Candidates(claim.Subject).Select(GroupName))} in {string.Join(" or ", years)}";
    }

    /// <summary>
    /// "Global military spending … accounting for 2.3% of the global gross domestic product": SIPRI's world burden, which the
    /// bundle does not hold as such, re-derived as SIPRI's world total in current US$ over the stored world GDPs at market
    /// rates (IMF WEO, World Bank WDI), judged as any ratio on another publisher's denominator.
    /// </summary>
    private void WorldBurden(Quantity q, IEnumerable<int> years, List<Reading> readings)
    {
        var derived = new List<int>();
        foreach (var year in years)
        {
            var spending = Rows("WLD", Measures.Milex.Id, "sipri").Where(r => r.Observation.Year == year && r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate })
                // A year's constant dollars on that year's base are its current dollars.
                .FirstOrDefault(r => !r.Observation.Unit.PriceBasis.IsConstant || r.Observation.Unit.PriceBasis.BaseYear == year);
            if (spending is null) continue;
            foreach (var (dataset, publisher) in new[] { ("weo", "IMF WEO"), ("wdi", "World Bank WDI") })
                foreach (var edition in EditionsOf(dataset))
                {
                    var gdp = Rows("WLD", Measures.Gdp.Id, dataset, edition).FirstOrDefault(r => r.Observation.Year == year
                        && r.Observation.Unit is { Currency: "USD" } && !r.Observation.Unit.PriceBasis.IsConstant && r.Observation.Unit.Conversion != Conversion.Ppp);
                    if (gdp is null || Units(gdp) <= 0) continue;
                    var share = 100 * Units(spending) / Units(gdp);
                    derived.Add(readings.Count);
                    readings.Add(new Reading("SIPRI", "SIPRI world total over world GDP", "WLD", year, share, "% of GDP", q.Admits(share),
                        $"US${F(Units(spending) / 1e9)}bn ÷ US${F(Units(gdp) / 1e12, "0.0")}tn = {F(share, "0.00")}% {year}",
                        [$"sipri {spending.Edition}: milex, {spending.Observation.Unit}", $"{publisher} {gdp.Edition}: world GDP, current US$"]));
                }
        }
        JudgeOnDenominators(q, readings, derived, "SIPRI's own world GDP");
    }

    private static readonly System.Text.RegularExpressions.Regex RecordedChange = new(@"(?<sign>[+−-])(?<pct>\d+(?:\.\d+)?)%\s+on\s+(?<base>\d{4})");

    /// <summary>
    /// "Compared to 2022, the production of tanks increased by 220% and armoured vehicles by 150%": the publisher of a curated
    /// output figure often states its change on a base year beside it; the items named before the figure (since the previous one) say
    /// which rows it is about.
    /// </summary>
    private void ProductionChange(Claim claim, Quantity q, List<Reading> readings)
    {
        if (claim.Subject is null || q.Kind != QuantityKind.Percent) return;
        var text = claim.Text;
        var start = Math.Max(0, text[..Math.Min(q.Start, text.Length)].LastIndexOf('%', Math.Max(0, Math.Min(q.Start, text.Length) - 1)) + 1);
        var stretch = text[start..Math.Min(q.Start, text.Length)];
        var items = new List<string>();
        if (Matches(stretch, @"\btanks?\b")) items.Add("tank");
        if (Matches(stretch, @"armou?red|vehicles?")) items.Add("armoured");
        if (Matches(stretch, @"artillery|howitzer|guns?\b")) items.Add("artillery");
        if (Matches(stretch, @"shells?|rounds|ammunition")) items.Add("artillery_rounds");
        if (Matches(stretch, @"missiles?")) items.Add("missile");
        if (Matches(stretch, @"drones?")) items.Add("drone");
        if (items.Count == 0) return;
        var baseYear = System.Text.RegularExpressions.Regex.Match(text, @"\b(?:compared\s+(?:to|with)|since|from|on|than\s+in)\s+(?<y>(?:19|20)\d{2})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        foreach (var entity in Candidates(claim.Subject))
            foreach (var row in Rows(entity, Measures.Production.Id, "figures"))
            {
                var item = ItemOf(row);
                if (!items.Any(i => item.Contains(i, StringComparison.OrdinalIgnoreCase))) continue;
                var change = RecordedChange.Match(row.Observation.Note ?? "");
                if (!change.Success) continue;
                if (baseYear.Success && baseYear.Groups["y"].Value != change.Groups["base"].Value) continue;
                var pct = double.Parse(change.Groups["pct"].Value, CultureInfo.InvariantCulture) * (change.Groups["sign"].Value == "+" ? 1 : -1);
                var (publisher, citation, _) = FigureSource(row);
                readings.Add(new Reading(publisher, $"{publisher}, change in {item.Replace('_', ' ')} output", entity, row.Observation.Year, pct, "%", q.Admits(pct),
                    $"{F(pct, "+0.#;-0.#")}% {change.Groups["base"].Value}→{row.Observation.Year} (as the publisher states it beside {F(row.Observation.Value, "#,##0")} in {row.Observation.Year})", [citation]));
            }
    }

    private string Growth(Claim claim, List<Reading> readings)
    {
        var q = claim.Primary!;
        // "A nearly fourfold increase": a multiple of an earlier level needs that level's series (counts, output), not a percent change.
        if (q.Kind == QuantityKind.Multiple) return FoldChange(claim, q, readings);
        if (claim.Phrase is ClaimExtractor.RisingStreak or ClaimExtractor.FallingStreak) return Streak(claim, q, readings);
        if (q.Kind == QuantityKind.PercentagePoints || claim.Subject is null) return $"{q.Text} (a change in points or without a subject)";
        // "Military production has jumped 220%": a change in output, which the spending series do not measure.
        if (Matches(claim.Text, @"\bproduc\w*|\boutput\b|manufactur") && !Matches(claim.Text, @"spen[dt]|budget|expenditure|outlay"))
        {
            ProductionChange(claim, q, readings);
            return $"a change in production ({q.Text}), which no series in the store measures as a percentage; only a change a curated output figure records can check it";
        }
        // "a 400% increase in missile defence": a change in a capability, which no spending series measures.
        var inWhat = System.Text.RegularExpressions.Regex.Match(claim.Text[Math.Min(claim.Text.Length, q.End)..], @"^\s+(?:increase|rise|growth|jump|boost|expansion)\s+in\s+(?!(?:19|20)\d\d\b|the\s+(?:first|second|third|last)\b|real\s+terms\b)(?<what>(?:\w+\s+){0,2}\w+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (inWhat.Success && !System.Text.RegularExpressions.Regex.IsMatch(inWhat.Groups["what"].Value, @"spend|budget|expenditure|outlay|invest|fund|cost", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            return $"a change in {inWhat.Groups["what"].Value}, which no series in the store measures";
        // "national security and law enforcement jumps 13%": a budget line other than defence changing.
        var clause = ClauseBefore(claim.Text, q.Start);
        // "order book stood at a record 101 billion kroner by the end of December, up 54%": a change set off after a level is the
        // level's; the clause before names what changed.
        if (System.Text.RegularExpressions.Regex.IsMatch(clause, @"^\s*(?:up|down|rising|falling|an?\s+(?:increase|rise|jump|drop|fall|decline)\s+of)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            && claim.Text.LastIndexOf(clause, Math.Min(claim.Text.Length, q.Start), StringComparison.Ordinal) is > 0 and var appended)
            clause = ClauseBefore(claim.Text, appended - 1) + clause;
        // "The UK's real GDP was estimated to have increased by 0.1% in Q4 2024": the economy's change, and a quarter's, which
        // no stored series holds (the store has annual spending and GDP levels).
        if (Matches(clause, @"(?<!\bof\s+(?:its\s+|their\s+|the\s+)?)\bGDP\b|\beconom(?:y|ic\s+growth)\b|\binflation\b|\bprices\b") && !Matches(clause, @"defen[cs]e|military|armed\s+forces|spending|budget|expenditure"))
            return $"a change of the economy ({clause.Trim()}), not of military spending";
        // "its corporate debt has risen by 71 percent", "Energy revenue dropped 24%", "order book … up 54%", "spending on nuclear
        // weapons increased by 13%": another quantity changing, which no stored series holds.
        if (NotSpending.Match(clause) is { Success: true } otherQuantity) return $"a change of another quantity ({otherQuantity.Value}), not of military spending";
        if (ChangingOtherQuantity.Match(clause) is { Success: true } changing) return $"a change of another quantity ({changing.Value}), not of military spending";
        // "BAE Systems (LON:BAES) jumping more than 4%", "a 4%-plus jump in the Stoxx 600 Aerospace and Defence index": share prices
        // and stock indices, which no stored series holds.
        if (MarketFigure.Match(claim.Text) is { Success: true } market && !Matches(clause, @"spen[dt]|budget|expenditure|outlay"))
            return $"a market figure ({market.Value}), not military spending";
        if (Matches(claim.Text[Math.Min(claim.Text.Length, q.End)..], @"^[^.;]{0,30}?\b(?:in\s+(?:the\s+)?(?:Q[1-4]|(?:first|second|third|fourth|last)\s+quarter)|quarter[\s-]on[\s-]quarter|month[\s-]on[\s-]month)\b"))
            return $"a change over a quarter or a month ({q.Text}), which no stored annual series holds";
        if (Matches(clause, @"(?:national|internal)\s+security|law\s+enforcement|police") && !Matches(clause, @"defen[cs]e\s+and") || OtherPurpose.IsMatch(clause) && !Matches(clause, @"defen[cs]e|military|armed\s+forces|war\b"))
            return $"a change in another budget line ({clause.Trim()})";
        var years = YearsOf(claim);
        // "spending on national defence will increase by 23% in 2025": a budget plan's change for a year not yet spent is a change
        // between budget lines; an estimate of the year's real growth is evidence, not a check of the plan.
        // An alliance has no budget law: "NATO allies are set to increase their defence expenditure by 17.9 percent" is NATO's
        // estimate of the year.
        var planned = claim.Published is { } published && (years.All(y => y > published.Year)
            || years.All(y => y >= published.Year) && (claim.Cues.Budget || Matches(claim.Text, @"\bwill\b|\bplan|\bdraft|\bset\s+to\b|\bexpected\s+to\b")))
            && !(claim.Subject is { } spender && spender.Candidates.All(IsGroup) && years.All(y => y <= published.Year));
        // "China is increasing its defense budget by 7.2% this year", a headline's "China raises defense budget by 7.2%": a
        // budget announced for the year in progress is a plan, whatever earlier year the sentence may also be read for.
        // (A rise a data publisher reports, "Japan raised its defense budget by 21%" in SIPRI's release, is its estimate of the year.)
        // ("China has raised defence spending by 7.2% again", "China announced a 7.2% increase": the announcement itself.)
        if (!planned && (claim.Cues.Budget && AnnouncedRise.IsMatch(claim.Text) || Announcement.IsMatch(claim.Text)) && claim.Published is { } announcedIn && years.Contains(announcedIn.Year)
            && !IsDataPublisher(claim.Attribution)
            && claim.Subject is { } country && country.Candidates.All(c => !IsGroup(c)))
        {
            planned = true;
            years = [.. years.Where(y => y >= announcedIn.Year)];
        }
        var nominalOnly = claim.Cues.Nominal && !claim.Cues.Real;
        foreach (var entity in Candidates(claim.Subject))
        {
            if (planned)
            {
                PlannedChange(claim, q, entity, years, readings);
                continue;
            }
            var figureMeasures = nominalOnly ? ["figures.milex_change"] : new[] { Measures.MilexRealChange.Id, "figures.milex_change" };
            foreach (var measure in figureMeasures)
                foreach (var row in Rows(entity, measure, "figures").Where(r => years.Contains(r.Observation.Year)))
                {
                    var (publisher, citation, _) = FigureSource(row);
                    // "by 19% in real terms": a publisher's nominal change is context for a change stated in real terms.
                    readings.Add(new Reading(publisher, $"{publisher} {(measure == Measures.MilexRealChange.Id ? "real" : "nominal")} change, {GroupName(entity)}", entity, row.Observation.Year, row.Observation.Value, "%",
                        q.Admits(row.Observation.Value), $"{F(row.Observation.Value)}% {row.Observation.Year}", [citation], !(claim.Cues.Real && measure != Measures.MilexRealChange.Id)));
                }
            // "up 32% since 2014": the change over the whole span, not the last year's.
            // ("the steepest increase since 2009" dates a record, not the base of this change.)
            // ("a 9.4% increase from the previous year and a 37% rise since 2015": the span belongs to the figure next to it.)
            if (SinceYear.Match(claim.Text) is { Success: true } since && !RecordBefore.IsMatch(claim.Text[..since.Index])
                && !(since.Index > q.End && QuantityParser.Parse(claim.Text).Any(p => p.Kind == QuantityKind.Percent && p.Start >= q.End && p.End <= since.Index))
                && int.Parse(since.Groups["y"].Value, CultureInfo.InvariantCulture) is var baseYear && years.Any(y => y > baseYear + 1))
            {
                foreach (var year in years.Where(y => y <= LastDataYear && y > baseYear + 1))
                {
                    Try(() => _growth.SipriConstant(entity, baseYear, year),
                        g => new Reading("SIPRI", $"SIPRI real change since {baseYear} (constant 2023 US$), {GroupName(entity)}", entity, year, g.Percent, "%", q.Admits(g.Percent), $"{F(g.Percent)}% {baseYear}→{year}", [g.Source, g.Coverage ?? "country"], !nominalOnly));
                    Try(() => _growth.Nominal(entity, baseYear, year),
                        g => new Reading("SIPRI", $"SIPRI nominal change since {baseYear} (current US$), {GroupName(entity)}", entity, year, g.Percent, "%", q.Admits(g.Percent), $"{F(g.Percent)}% nominal {baseYear}→{year}", [g.Source], nominalOnly));
                    foreach (var edition in NatoEditions)
                    {
                        var natoRows = Rows(entity, Measures.Milex.Id, "nato", edition).Where(r => r.Observation.Unit is { Currency: "USD" } && r.Observation.Unit.PriceBasis.IsConstant).ToArray();
                        var from = natoRows.FirstOrDefault(r => r.Observation.Year == baseYear);
                        var to = natoRows.FirstOrDefault(r => r.Observation.Year == year);
                        if (from is null || to is null) continue;
                        var pct = (to.Observation.Value / from.Observation.Value - 1) * 100;
                        readings.Add(new Reading("NATO", $"NATO {edition} edition real change since {baseYear} (constant 2015 US$), {GroupName(entity)}", entity, year, pct, "%", q.Admits(pct),
                            $"{F(pct)}% {baseYear}→{year}", [$"nato {edition}"], !nominalOnly));
                    }
                }
                continue;
            }
            foreach (var row in Rows(entity, Measures.MilexRealChange.Id, "nato").Where(r => years.Contains(r.Observation.Year)))
                readings.Add(new Reading("NATO", $"NATO real change (constant 2015 prices), {GroupName(entity)}", entity, row.Observation.Year, row.Observation.Value, "%",
                    q.Admits(row.Observation.Value), $"{F(row.Observation.Value)}% {row.Observation.Year}", [$"nato {row.Edition}"], !nominalOnly));
            foreach (var year in years)
            {
                if (year > LastDataYear || year < 2001) continue;
                var isGroup = IsGroup(entity);
                if (isGroup && entity == "EU27" && year < 2020) continue;
                Try(() => _growth.SipriConstant(entity, year - 1, year), g => new Reading("SIPRI", $"SIPRI real change (constant 2023 US$), {GroupName(entity)}", entity, year, g.Percent, "%",
                    q.Admits(g.Percent), $"{F(g.Percent)}% {year - 1}→{year}", [g.Source, g.Coverage ?? "country"], !nominalOnly));
                Try(() => _growth.Nominal(entity, year - 1, year), g => new Reading("SIPRI", $"SIPRI nominal change ({g.Method}), {GroupName(entity)}", entity, year, g.Percent, "%",
                    q.Admits(g.Percent), $"{F(g.Percent)}% nominal {year - 1}→{year}", [g.Source, .. g.Factors.Select(f => f.ToString()).Distinct().Take(4)], nominalOnly));
                if (!isGroup)
                    Try(() => _growth.Real(entity, year - 1, year, DeflatorKind.GdpDeflator), g => new Reading("SIPRI", $"SIPRI local currency deflated with the GDP deflator, {GroupName(entity)}", entity, year, g.Percent, "%",
                        q.Admits(g.Percent), $"{F(g.Percent)}% {year - 1}→{year}", [g.Source, .. g.Factors.Select(f => f.ToString()).Distinct().Take(4)], false));
            }
        }
        // "India's defence budget is up by about 5.6 per cent this year": the change of a national budget, which the store does not
        // hold; SIPRI's and NATO's totals are other definitions, evidence for it but no refutation (as for the budget's level).
        if (!readings.Any(r => r.CountsForVerdict && r.Holds) && NamesUnheldNationalBudget(claim, q))
            Demote(readings, r => r.Source is "SIPRI" or "NATO", NationalBudgetEvidence);
        return $"growth of {q.Text} for {string.Join(" / ", Candidates(claim.Subject).Select(GroupName))} in {string.Join(" or ", years)}";

        void Try(Func<GrowthResult> compute, Func<GrowthResult, Reading> reading)
        {
            try { readings.Add(reading(compute())); }
            catch (Exception e) when (e is MissingDataException or ConversionException or UnknownEntityException) { }
        }
    }

    /// <summary>"For the tenth consecutive year": how many years in a row SIPRI's constant-price series rose up to the claim's year.</summary>
    private string Streak(Claim claim, Quantity q, List<Reading> readings)
    {
        foreach (var entity in Candidates(claim.Subject).Take(1))
        {
            var series = SipriConstantDollars(entity).GroupBy(r => r.Observation.Year).ToDictionary(g => g.Key, g => g.First().Observation.Value);
            // "New high of $2.4 trillion is the ninth straight annual increase", written in April 2024: SIPRI's year just ended.
            IEnumerable<int> years = claim.YearStated || claim.Published is not { } written ? YearsOf(claim)
                : [.. YearsOf(claim).Where(y => y < written.Year), written.Year - 1, .. YearsOf(claim)];
            foreach (var year in years.Where(series.ContainsKey))
            {
                var falling = claim.Phrase == ClaimExtractor.FallingStreak;
                var run = 0;
                var y = year;
                for (; series.TryGetValue(y, out var v) && series.TryGetValue(y - 1, out var before) && (falling ? v < before : v > before); y--) run++;
                // "the 29th consecutive year-on-year increase": a run that reaches the series' first year may be longer than it shows.
                var cutShort = !series.ContainsKey(y - 1) && q.Value > run;
                readings.Add(new Reading("SIPRI", $"SIPRI constant 2023 US$, {GroupName(entity)}", entity, year, run, "years in a row", q.Admits(run),
                    $"{(falling ? "fell" : "rose")} {run} years in a row to {year}{(cutShort ? $" (the stored series begins in {y})" : "")}", ["sipri (constant 2023 US$)"], CountsForVerdict: !cutShort));
                break;
            }
        }
        return $"{q.Text} years of {(claim.Phrase == ClaimExtractor.FallingStreak ? "decline" : "growth")} in a row";
    }

    private static readonly System.Text.RegularExpressions.Regex SinceYear = new(@"\b(?:since|compared\s+(?:to|with)|than\s+in|over|between)\s+(?:the\s+)?(?<y>(?:19|20)\d\d)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex BaseYearRx = new(@"\b(?:from|since|over|compared\s+(?:to|with)|than\s+in|in)\s+(?:the\s+)?(?<y>(?:19|20)\d\d)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex AlliesTalk = new(@"\b(?:allies|members|countries|nations|states)\b[^.]{0,80}\b(?:target|goal|guideline|2\s?%|two\s+per\s?cent)|\b(?:target|goal|guideline)\b[^.]{0,80}\b(?:allies|members|countries|nations|states)\b|\bfigure\b|\bnumber\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>
    /// "A nearly fourfold increase from 2021", "multiplying its production more than eleven-fold": the ratio of two levels of the
    /// same series, the base year named in the sentence. The series is the one the sentence talks about: allies meeting NATO's
    /// goal (per edition), an item's output (per publisher), or military spending (SIPRI, nominal and real).
    /// </summary>
    private string FoldChange(Claim claim, Quantity q, List<Reading> readings)
    {
        var baseMatch = BaseYearRx.Matches(claim.Text).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToArray();
        if (baseMatch.Length == 0) return $"a {q.Text} change, which needs the earlier level the text does not give";
        var baseYear = baseMatch.Min();
        var targets = claim.Years.Concat(claim.Published is { } d ? new[] { d.Year, d.Year - 1 } : []).Where(y => y > baseYear).Distinct().ToArray();
        if (targets.Length == 0) return $"a {q.Text} change from {baseYear}";
        var item = ClaimExtractor.ProductionItemIn(claim.Text);
        string what;
        if (item is not null && claim.Subject is not null)
        {
            what = $"{item} output";
            foreach (var year in targets)
                foreach (var entity in Candidates(claim.Subject))
                {
                    var rows = Rows(entity, Measures.Production.Id, "figures").Where(r => ItemOf(r).Contains(item == "artillery_rounds" ? "artillery_rounds" : item.TrimEnd('s'), StringComparison.Ordinal)
                        && (r.Observation.Note ?? "").Contains("kind output", StringComparison.Ordinal)).ToArray();
                    foreach (var to in rows.Where(r => r.Observation.Year == year))
                        foreach (var from in rows.Where(r => r.Observation.Year == baseYear && FigureSource(r).Publisher == FigureSource(to).Publisher))
                        {
                            var ratio = to.Observation.Value / from.Observation.Value;
                            var publisher = FigureSource(to).Publisher;
                            readings.Add(new Reading(publisher, $"{publisher}, {item} output", entity, year, ratio, "ratio", q.Admits(ratio),
                                $"{F(to.Observation.Value, "#,##0")} ({year}) ÷ {F(from.Observation.Value, "#,##0")} ({baseYear}) = {F(ratio, "0.00")}", [FigureSource(to).Citation, FigureSource(from).Citation]));
                        }
                }
        }
        else if (Matches(claim.Text, @"\bshare\b|%\s+of\s+GDP|of\s+(?:its|their)\s+GDP|burden") && claim.Subject is not null)
        {
            what = "the share of GDP";
            foreach (var year in targets.Where(y => y <= LastDataYear))
                foreach (var entity in Candidates(claim.Subject).Where(e => !IsGroup(e)))
                {
                    var rows = Rows(entity, Measures.MilexGdpShare.Id, "sipri");
                    var to = rows.FirstOrDefault(r => r.Observation.Year == year);
                    var from = rows.FirstOrDefault(r => r.Observation.Year == baseYear);
                    if (to is null || from is null) continue;
                    var ratio = to.Observation.Value / from.Observation.Value;
                    readings.Add(new Reading("SIPRI", $"SIPRI share of GDP, {GroupName(entity)}", entity, year, ratio, "ratio", q.Admits(ratio),
                        $"{F(to.Observation.Value, "0.00")}% ({year}) ÷ {F(from.Observation.Value, "0.00")}% ({baseYear}) = {F(ratio, "0.00")}", [$"sipri {to.Edition}"]));
                }
        }
        else if (AlliesTalk.IsMatch(claim.Text) || claim.Subject?.Primary == "NATO")
        {
            what = "allies meeting the 2% goal";
            foreach (var year in targets)
                foreach (var edition in NatoEditions)
                {
                    try
                    {
                        var (to, reporting, _) = AlliesAtOrAbove(edition, year, 2);
                        var (from, _, _) = AlliesAtOrAbove(edition, baseYear, 2);
                        if (reporting == 0 || from == 0) continue;
                        var ratio = (double)to / from;
                        readings.Add(new Reading("NATO", $"NATO {edition} edition, allies at or above 2%", "NATO", year, ratio, "ratio", q.Admits(ratio),
                            $"{to} ({year}) ÷ {from} ({baseYear}) allies ≥ 2% = {F(ratio, "0.00")} (edition {edition})", [$"nato {edition}: milex_gdp_share rounded to 2 dp"]));
                    }
                    catch (Exception e) when (e is MissingDataException or InvalidOperationException) { }
                }
            ReportedEdition(claim, readings);
        }
        else
        {
            what = "military spending";
            foreach (var year in targets.Where(y => y <= LastDataYear))
                foreach (var entity in Candidates(claim.Subject))
                {
                    var isGroup = IsGroup(entity);
                    void Add(Func<GrowthResult> compute, string line)
                    {
                        try
                        {
                            var g = compute();
                            var ratio = g.ToValue / g.FromValue;
                            readings.Add(new Reading("SIPRI", $"{line}, {GroupName(entity)}", entity, year, ratio, "ratio", q.Admits(ratio), $"{F(ratio, "0.00")}× {baseYear}→{year}", [g.Source, g.Coverage ?? "country"]));
                        }
                        catch (Exception e) when (e is MissingDataException or ConversionException or UnknownEntityException) { }
                    }
                    Add(() => _growth.SipriConstant(entity, baseYear, year), "SIPRI real (constant 2023 US$)");
                    Add(() => _growth.Nominal(entity, baseYear, year), "SIPRI nominal (current US$)");
                }
        }
        // The year the change runs to: the first candidate where a source gives the claimed multiple, else the first with data.
        var chosen = targets.FirstOrDefault(y => readings.Any(r => r.Year == y && r.Holds && r.CountsForVerdict), targets.FirstOrDefault(y => readings.Any(r => r.Year == y)));
        for (var i = 0; i < readings.Count; i++)
            if (readings[i].Year != chosen && readings[i].CountsForVerdict) readings[i] = readings[i] with { CountsForVerdict = false };
        return $"a {q.Text} change in {what} from {baseYear}";
    }

    // ---------------------------------------------------------------- targets and counts

    /// <summary>A planned change: the curated budget lines of the year and the year before, and estimates of the year as evidence.</summary>
    private void PlannedChange(Claim claim, Quantity q, string entity, IReadOnlyList<int> years, List<Reading> readings)
    {
        var lines = Rows(entity, Measures.Milex.Id, "figures").Where(r => ItemOf(r).Length > 0 && !r.Observation.Unit.PriceBasis.IsConstant).ToArray();
        foreach (var year in years)
        {
            foreach (var to in lines.Where(r => r.Observation.Year == year))
                foreach (var from in lines.Where(r => r.Observation.Year == year - 1 && ItemOf(r) == ItemOf(to) && r.Observation.Unit.Currency == to.Observation.Unit.Currency))
                {
                    // Lines of one budget law only: an earlier law's plan for the year before is not what the new law grows from.
                    if (FigureSource(from).Citation != FigureSource(to).Citation) continue;
                    var pct = (Units(to) / Units(from) - 1) * 100;
                    var (_, toCitation, toId) = FigureSource(to);
                    var (_, fromCitation, fromId) = FigureSource(from);
                    readings.Add(new Reading("budget", $"budget lines ({ItemOf(to)}), {GroupName(entity)}", entity, year, pct, "%", q.Admits(pct),
                        $"{F(pct)}% {year - 1}→{year} ({fromId} → {toId})", [fromCitation, toCitation]));
                }
            foreach (var row in Rows(entity, Measures.MilexRealChange.Id, "figures").Where(r => r.Observation.Year == year))
            {
                var (publisher, citation, _) = FigureSource(row);
                readings.Add(new Reading(publisher, $"{publisher} real change (an estimate, not the plan), {GroupName(entity)}", entity, year, row.Observation.Value, "%",
                    q.Admits(row.Observation.Value), $"{F(row.Observation.Value)}% {year}", [citation], CountsForVerdict: false));
            }
        }
    }

    private string Target(Claim claim, List<Reading> readings)
    {
        var q = claim.Primary!;
        if (claim.Phrase == "pledge year")
        {
            // The curated pledges start with Wales 2014: an earlier year ("introduced as a guideline in 2006") is outside the record, not refuted by it.
            var firstAgreed = Pledges.Select(r => System.Text.RegularExpressions.Regex.Match(r.Observation.Note ?? "", @"\((\d{4})-\d\d-\d\d\)"))
                .Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Min();
            if (firstAgreed > 0 && q.Value < firstAgreed - 0.5) return $"the pledge year {q.Text}, before the first curated pledge ({firstAgreed})";
            var first = readings.Count;
            foreach (var row in Pledges)
            {
                var (_, citation, id) = FigureSource(row);
                var agreed = System.Text.RegularExpressions.Regex.Match(row.Observation.Note ?? "", @"\((\d{4})-\d\d-\d\d\)");
                foreach (var (year, what) in new[] { (row.Observation.Year, "deadline"), (agreed.Success ? int.Parse(agreed.Groups[1].Value, CultureInfo.InvariantCulture) : 0, "agreed") })
                    if (year > 0)
                        readings.Add(new Reading("pledges", "NATO pledges", "NATO", year, year, "year", Math.Abs(year - q.Value) < 0.5, $"{id}: {what} {year}", [citation]));
            }
            // "committed to spend annually at the 2023 NATO summit in Vilnius": a summit the curated declarations do not include
            // may have made (or restated) a commitment; the pledges that are curated neither confirm nor refute it.
            if (!readings.Skip(first).Any(r => r.Holds) && SummitOfYear(claim.Text, q.Text))
            {
                for (var i = first; i < readings.Count; i++) readings[i] = readings[i] with { CountsForVerdict = false };
                return $"the pledge year {q.Text}: a summit whose declaration the curated pledges do not hold";
            }
            return $"the pledge year {q.Text}";
        }
        var equipmentGuideline = q.Value >= 10;
        var pledges = Pledges
            .Concat(Candidates(claim.Subject).Where(e => e != "NATO").SelectMany(e => Rows(e, Measures.Target.Id, "figures")))
            // What Europe as a whole needs is no single country's goal.
            .Concat(claim.Subject is null || Candidates(claim.Subject).Any(IsGroup) ? Rows("EU_UK", "figures.required_gdp_share", "figures") : [])
            // "Significantly above the 20 per cent goal": no share of GDP is that large; the guideline on major equipment is.
            .Concat(equipmentGuideline ? Rows("NATO", EquipmentTarget, "figures") : [])
            .ToArray();
        // "should spend five percent of their GDP on defense by 2025": the deadline is part of the pledge.
        // ("from 2% of GDP to 5% by 2035": the deadline is the later figure's, not the starting point's.)
        var deadline = DeadlineAfter.Match(claim.Text[Math.Min(claim.Text.Length, q.End)..]) is { Success: true } by && !Matches(by.Value, @"\d(?:\.\d+)?\s?" + QuantityParser.PercentSign + @"")
            ? int.Parse(by.Groups["y"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var beforeFigure = claim.Text[..Math.Min(claim.Text.Length, q.Start)];
        var afterFigure = claim.Text[Math.Min(claim.Text.Length, q.End)..];
        // "Canada will reach the alliance's target of two per cent … by 2032": the year is when the country gets there, not the
        // pledge's deadline, so it dates the country's own path instead.
        // ("… how it plans to meet the 2% target by 2032-33": the same with the goal named by its figure.)
        // (Where the sentence names the goal as the alliance's, "NATO's target of 2% by 2032", the labels differ on whether the year
        // makes it a national path (decisions 520, 730), so only "the 2% target by 2029", which names no alliance, dates the path.)
        int? reachedBy = null;
        if (ReachAllianceGoal.IsMatch(beforeFigure)) deadline = null;
        else if (Matches(beforeFigure, @"\b(?:reach|meet|hit|achieve)\w*\s+(?:the\s+|its\s+|NATO['’]s\s+|the\s+alliance['’]s\s+)?$")
               && Matches(afterFigure, @"^\s*(?:[\w-]+\s+){0,2}?(?:target|goal|benchmark|guideline)\b"))
        {
            if (!Matches(beforeFigure, @"(?:NATO|alliance)['’]s\s+$")) reachedBy = deadline;
            deadline = null;
        }
        // "Spain plans to reach 2% of GDP in military spending in 2029": the year a country is to reach a share is its own plan's
        // date. (A year already past, "only reached the target of 2% … in 2020", is an outcome.)
        // ("Poland aims to spend 5% of GDP on defense in 2026": so is the year it is to spend it.)
        if (deadline is null && reachedBy is null && Matches(beforeFigure, @"\b(?:reach|meet|hit|achieve|get\s+to|spend|allocate|devote|dedicate|raise|increase|boost|lift|bring)\w*\s+(?:[\w'’-]+\s+){0,4}$")
            && ReachedInYearAfter.Match(afterFigure) is { Success: true } reachedIn
            && int.Parse(reachedIn.Groups["y"].Value, CultureInfo.InvariantCulture) is var planned && planned >= (claim.Published?.Year ?? int.MaxValue))
            reachedBy = planned;
        // "His government would meet NATO's target of 2% … this year": the year one country gets to a level is its own plan's date.
        // ("… to between 5% and 6% of GDP starting in 2026": the year its own path begins.)
        int? ownDate = deadline ?? reachedBy ?? (claim.Published is { } writtenIn && CurrentYearAfter.IsMatch(afterFigure) ? writtenIn.Year : (int?)null)
            ?? (StartingYearAfter.Match(afterFigure) is { Success: true } starting ? int.Parse(starting.Groups["y"].Value, CultureInfo.InvariantCulture) : (int?)null)
            // "Poland wants to spend 5% of gross domestic product (GDP) on defense in 2026": whatever words stand between the share
            // and the year, one stated year after the year in which the article appeared is when the country means to get there.
            // (Not where the sentence names the alliance's goal, "reaching the NATO target of 2% … by 2032": the labels read that as
            // the goal named by its value.)
            ?? (claim.YearStated && claim.Years is [var stated] && stated > (claim.Published?.Year ?? int.MaxValue)
                && !Matches(claim.Text, AllianceGoalWords) ? stated : (int?)null);
        // "Japan's goal of reaching 2 percent of GDP by fiscal 2027": NATO's pledges bind its members only.
        // (A country the sentence names before the figure; a yardstick after the figure ("equivalent to almost double Russia's
        // outlay") is not the one the target is for.)
        // A subject carried from earlier sentences counts too. Either way, only when the sentence does not speak of the alliance:
        // "Sweden will increase its defence budget …, in order to meet the NATO target of 2 percent" names the alliance's pledge,
        // whoever strives for it.
        // "Habeck reiterated his push for an increase in defense spending to 3.5%", "Belgian defence spending should rise to 2%": a
        // call, proposal or hope for one country's level is a national view, unless the sentence names the alliance's goal (or
        // Trump, whose calls the labels judge by the pledge that took them up).
        var calledFor = CallForALevel.IsMatch(beforeFigure) && !Matches(claim.Text, AllianceGoalWords + @"|\bTrump\b");
        var outsider = claim.Subject is { } subject
            && !Matches(claim.Text, AllianceWords)
            && (claim.Text.IndexOf(subject.Text, StringComparison.Ordinal) is >= 0 and var at && at < q.Start || !claim.Text.Contains(subject.Text, StringComparison.Ordinal))
            && subject.Candidates.All(c => !IsGroup(c) && !BuiltInGroups.Nato.MembersIn(claim.Published?.Year ?? 2025).Contains(c))
            // "the standard that Asian allies should spend 5% of their GDP": allies of the US outside the alliance.
            || EntityRecogniser.NonNatoAllies().IsMatch(claim.Text[..Math.Min(claim.Text.Length, q.Start)]);
        var outsiderNote = EntityRecogniser.NonNatoAllies().Match(claim.Text) is { Success: true } allies ? allies.Value + " are not NATO members" : claim.Subject?.Text + " is not a NATO member";
        foreach (var row in pledges)
        {
            var (publisher, citation, id) = FigureSource(row);
            // A pledge is an exact number: "3%" is not the 3.5% pledge, although 3.5 is on the edge of 3's rounding interval.
            // A floor names its own value as well: "at least 2.5 percent" is a call for 2.5%, which the 3.5% pledge is not, though
            // it lies above that floor. (A ceiling, "less than 3 per cent", is a bound the curated level can meet.)
            var holds = q.Hedge is Hedge.None or Hedge.MoreThan or Hedge.AtLeast ? Math.Abs(row.Observation.Value - q.Value) < q.HalfUnit : q.Admits(row.Observation.Value);
            if (deadline is { } due && row.Observation.EntityId is "NATO" or "EU_UK" && row.Observation.Year != due) holds = false;
            // "Sweden intends to … bring it to 3.5% of GDP by 2030": one ally's goal with a deadline of its own is a national
            // plan, which the alliance's pledges (with their own deadlines) do not decide; they are evidence.
            var nationalPlan = (ownDate is { } own && row.Observation.Year != own || calledFor)
                && claim.Subject is { } country && country.Candidates.All(c => !IsGroup(c));
            readings.Add(new Reading("pledges", "NATO pledges and national targets", row.Observation.EntityId, row.Observation.Year, row.Observation.Value, row.Observation.MeasureId == EquipmentTarget ? "% of defence spending on major equipment" : "% of GDP",
                holds, $"{F(row.Observation.Value, "0.##")}% ({id}){(outsider && row.Observation.EntityId is "NATO" or "EU_UK" ? $" (evidence: {outsiderNote})" : nationalPlan ? (ownDate is { } date ? $" (evidence: {claim.Subject!.Text}'s own date {date})" : $" (evidence: a call for {claim.Subject!.Text}'s own level)") : "")}", [citation],
                CountsForVerdict: !(outsider && row.Observation.EntityId is "NATO" or "EU_UK") && !nationalPlan));
        }
        // A national plan ("Germany aims for 3.5% by 2029") is a future share of GDP in the curated budget figures.
        foreach (var entity in Candidates(claim.Subject).Where(e => !IsGroup(e)))
            foreach (var row in Rows(entity, Measures.MilexGdpShare.Id, "figures").Where(r => r.Observation.Year >= (claim.Years.FirstOrDefault(2024))))
            {
                var (publisher, citation, id) = FigureSource(row);
                if (!q.Admits(row.Observation.Value)) continue;
                // What a country spent (EDA's 3.8% for 2024, NATO's estimate for 2025) is not what it pledged: only plans, budgets,
                // drafts and forecasts for years after the article are targets.
                if (!Matches(id, "plan|budget|draft") && (row.Observation.Year <= (claim.Published?.Year ?? 0) || Matches(id, "^(?:nato|sipri|eda)"))) continue;
                var plan = new Reading("pledges", "NATO pledges and national targets", entity, row.Observation.Year, row.Observation.Value, "% of GDP", true,
                    $"{F(row.Observation.Value, "0.##")}% in {row.Observation.Year} ({id})", [citation]);
                readings.Add(plan);
                // "Poland aims to spend 5% of GDP on defense in 2026" (April 2025): a draft budget of August is a later document,
                // which the article could not report. (A plan announced days before the document that records it, Germany's 3.5% by
                // 2029 on 24 June in a financial plan dated July, is the same plan: a month's grace.)
                if (claim.Published is { } written && ReleaseOf(plan) > written.AddDays(31)) Demote(readings, r => r == plan, "published after the article");
            }
        return equipmentGuideline ? $"a target of {q.Text} of defence spending" : $"a target of {q.Text} of GDP";
    }

    private string Count(Claim claim, List<Reading> readings)
    {
        var n = claim.Quantities[0];
        // "16 countries have signed up": a count of countries that did something is checked only where it is an alliance's membership.
        var countedCountries = claim.Phrase == "countries counted";
        if (countedCountries)
        {
            // "The 32 members of the world's biggest security organisation": members counted without the alliance's name are NATO's.
            var alliance = claim.Subject?.Primary is "NATO" or "EU27" ? claim.Subject.Primary
                : claim.Subject is null && Matches(claim.Text, @"\b(?:members|allies|alliance)\b") ? "NATO" : null;
            var group = alliance == "EU27" ? BuiltInGroups.Eu27 : BuiltInGroups.Nato;
            var years = YearsOf(claim).Take(1).Concat(claim.Published is { } written ? [written.Year] : []);
            if (alliance is null || !years.Any(year => n.Admits(group.MembersIn(year).Count)))
                return "a count of countries that no stored series counts";
            claim = claim with { Subject = claim.Subject ?? new EntityMention("members", 0, ["NATO"]) };
        }
        if (claim.Phrase == "members" || countedCountries)
        {
            var group = claim.Subject?.Primary == "EU27" ? BuiltInGroups.Eu27 : BuiltInGroups.Nato;
            foreach (var year in YearsOf(claim).Take(1))
            {
                var members = group.MembersIn(year).Count;
                var before = group.MembersIn(year - 1).Count;
                // The groups record accession by year: an article written in a year a member joined may count either side of the date.
                var joinedThatYear = claim.Published?.Year == year && before != members;
                var holds = n.Admits(members) || joinedThatYear && n.Admits(before);
                // "The 32 members of the alliance agreed last year …": the members are counted when the article is written.
                var now = claim.Published is { } published && published.Year != year ? group.MembersIn(published.Year).Count : (int?)null;
                if (!holds && now is { } atWriting && n.Admits(atWriting)) holds = true;
                readings.Add(new Reading("Milbal groups", $"{group.Id} membership", group.Id, year, members, "members", holds,
                    $"{members} members in {year}{(joinedThatYear ? $" ({before} before that year's accession; the article's date decides)" : "")}{(now is { } w && w != members ? $"; {w} when the article was written ({claim.Published!.Value.Year})" : "")}",
                    [$"built-in group {group.Id} (membership by accession year)"]));
            }
            return $"the number of {claim.Subject?.Primary} members";
        }
        // A count of allies over a growth rate or another measure has no table to check it against.
        // ("23 allies reached 2%": a pledge's own share reached is of GDP.)
        if (claim.Quantities.Count > 1 && !claim.Quantities[1].OfGdp && !System.Text.RegularExpressions.Regex.IsMatch(claim.Text, @"GDP|gross\s+domestic|target|goal|guideline|benchmark|threshold|pledge|minimum|share\s+of", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            && !(claim.Quantities[1].Value is 2 or 3.5 or 5 && Matches(claim.Text, @"\b(?:reach\w*|meet\w*|met|hit|hits|hitting|exceed\w*|above|at\s+least)\b")))
            return "a count of allies over a measure other than the share of GDP";
        var threshold = claim.Quantities.Count > 1 ? claim.Quantities[1].Value
            : System.Text.RegularExpressions.Regex.IsMatch(claim.Text, @"new,?\s+higher|3\.5|three\s+and\s+a\s+half", System.Text.RegularExpressions.RegexOptions.IgnoreCase) ? 3.5 : 2;
        var shortfall = claim.Phrase == "short";
        // "all 32 alliance members are expected to reach two percent": the whole membership, written as its number, is "all".
        var all = n.Value < 0 || n.Start <= claim.Text.Length && System.Text.RegularExpressions.Regex.IsMatch(claim.Text[..n.Start], @"\ball\s+(?:of\s+)?(?:the\s+|its\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            && Math.Abs(n.Value - BuiltInGroups.Nato.MembersIn(YearsOf(claim)[0]).Count) < 0.5;
        var european = claim.Subject?.Primary is "NATO_EUROPE" || System.Text.RegularExpressions.Regex.IsMatch(claim.Text, @"European\s+(?:members|allies|countries|nations)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            && !System.Text.RegularExpressions.Regex.IsMatch(claim.Text, @"and\s+Canada", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        foreach (var year in YearsOf(claim))
        {
            foreach (var edition in NatoEditions)
            {
                try
                {
                    var (atOrAbove, reporting, allies) = AlliesAtOrAbove(edition, year, threshold);
                    if (reporting == 0) continue;
                    // "Ten European members of NATO met the target": the United States and Canada are not counted.
                    if (european)
                    {
                        atOrAbove = allies.Count(a => a is not ("USA" or "CAN"));
                        reporting -= BuiltInGroups.Nato.MembersIn(year).Count(m => m is "USA" or "CAN");
                    }
                    var at = shortfall ? reporting - atOrAbove : atOrAbove;
                    var holds = all ? at == reporting : n.Admits(at);
                    readings.Add(new Reading("NATO", $"NATO {edition} edition, allies {(shortfall ? "below" : "at or above")} the threshold", "NATO", year, at, "allies", holds,
                        $"{at} of {reporting} allies {(shortfall ? "<" : "≥")} {F(threshold, "0.##")}% in {year} (edition {edition})", [$"nato {edition}{(edition == "2025" ? " (secondary)" : "")}: milex_gdp_share rounded to 2 dp"]));
                }
                catch (Exception e) when (e is MissingDataException or InvalidOperationException) { }
            }
            // A count SIPRI gives ("with 18 countries exceeding the 2% of GDP threshold" in a story on its release): SIPRI's own
            // shares of the allies, rounded to one decimal as SIPRI publishes them.
            if (claim.Attribution == "SIPRI" && year <= LastDataYear)
            {
                var members = (european ? BuiltInGroups.Nato.MembersIn(year).Where(m => m is not ("USA" or "CAN")) : BuiltInGroups.Nato.MembersIn(year)).ToArray();
                var shareRows = Memo($"sipri-shares|{year}", () => _store.Series(new SeriesQuery([.. BuiltInGroups.Nato.MembersIn(year)], [Measures.MilexGdpShare.Id], "sipri", null, year, year)).ToArray());
                var shares = shareRows.Where(r => members.Contains(r.Observation.EntityId)).GroupBy(r => r.Observation.EntityId)
                    .ToDictionary(g => g.Key, g => Math.Round(g.First().Observation.Value, 1, MidpointRounding.AwayFromZero));
                if (shares.Count > 0)
                {
                    var above = shares.Count(x => x.Value >= threshold);
                    var at = shortfall ? shares.Count - above : above;
                    readings.Add(new Reading("SIPRI", "SIPRI, allies at or above the threshold", "NATO", year, at, "allies", all ? at == shares.Count : n.Admits(at),
                        $"{at} of {shares.Count} allies {(shortfall ? "<" : "≥")} {F(threshold, "0.##")}% in {year} (SIPRI's shares rounded to 1 dp)", [$"sipri {shareRows[0].Edition}: milex_gdp_share"]));
                }
            }
            var exactly = claim.Phrase == "exactly";
            if (Math.Abs(threshold - 2) < 1e-9 && !exactly && !european)
                foreach (var row in Rows("NATO", "figures.allies_at_2pct_gdp", "figures").Where(r => r.Observation.Year == year))
                {
                    var (publisher, citation, _) = FigureSource(row);
                    // NATO reports no share for Iceland (no armed forces): "all allies" means every ally that reports, and those
                    // short of the guideline are the reporting allies below it.
                    var reportingAllies = BuiltInGroups.Nato.MembersIn(year).Count - 1;
                    var counted = shortfall ? reportingAllies - row.Observation.Value : row.Observation.Value;
                    var holds = all ? counted >= reportingAllies : n.Admits(counted);
                    var figureEdition = System.Text.RegularExpressions.Regex.Match(FigureSource(row).Id, @"^nato(\d{4})-");
                    readings.Add(new Reading("NATO", $"NATO {(figureEdition.Success ? figureEdition.Groups[1].Value + " edition" : "figures")}, allies {(shortfall ? "below" : "at or above")} the threshold", "NATO", year, counted, "allies", holds,
                        $"{F(counted, "0")} allies {(shortfall ? "<" : "≥")} 2% in {year} ({publisher} as published: {F(row.Observation.Value, "0")} of the {reportingAllies} allies that report a share at or above it)", [citation]));
                }
            // NATO's release of a year not yet in the imported tables: the curated per-ally shares cover the top of the table and
            // those exactly at the minimum, so they can count "only three above 3.5%" or "seven at 2.0%", not every ally.
            if (!shortfall && !all && (exactly || threshold >= 3))
            {
                var shares = BuiltInGroups.Nato.MembersIn(year).SelectMany(id => Rows(id, Measures.MilexGdpShare.Id, "figures"))
                    .Where(r => r.Observation.Year == year && FigureSource(r).Publisher == "NATO").GroupBy(r => r.Observation.EntityId).Select(g => g.First()).ToArray();
                if (shares.Length > 0)
                {
                    var counted = shares.Where(r => exactly ? Math.Abs(r.Observation.Value - threshold) < 0.005 : Math.Round(r.Observation.Value, 2) >= threshold).ToArray();
                    readings.Add(new Reading("NATO", "NATO, allies at or above the threshold", "NATO", year, counted.Length, "allies", n.Admits(counted.Length),
                        $"{counted.Length} allies {(exactly ? "at" : "≥")} {F(threshold, "0.0#")}% in {year}: {string.Join(", ", counted.Select(r => r.Observation.EntityId))}",
                        [.. counted.Select(r => FigureSource(r).Citation).Distinct().Take(2)]));
                }
            }
        }
        ReportedEdition(claim, readings);
        return $"{n.Text} allies at {F(threshold, "0.##")}%";
    }

    /// <summary>
    /// NATO revises its estimates and each edition is a standard source of its own, but an article can only report an edition
    /// already out: a story on a release (published within days of it, or naming "new estimates" within three months of it)
    /// reports that edition, which then decides; the other editions stay as evidence.
    /// </summary>
    /// <summary>
    /// In a story on NATO's release of this year's estimates, an undated figure in the present is this year's: values of the
    /// year before are evidence, not the figure the article reports (the labelled set's decision 23).
    /// </summary>
    private void ThisYearsRelease(Claim claim, List<Reading> readings)
    {
        if (claim.YearStated || claim.Published is not { } published || !claim.Years.Contains(published.Year) || claim.Attribution != "NATO"
            || claim.Kind is not (ClaimKind.Level or ClaimKind.ShareOfGdp) || PastCue.IsMatch(claim.Text)
            || ReportedNatoEdition(claim) != published.Year.ToString(CultureInfo.InvariantCulture)) return;
        Demote(readings, r => r.Year != published.Year, $"the article reports NATO's {published.Year} estimates");
    }

    /// <summary>Makes the readings that match evidence only, saying why beside their values.</summary>
    private static void Demote(List<Reading> readings, Func<Reading, bool> which, string why)
    {
        for (var i = 0; i < readings.Count; i++)
            if (readings[i].CountsForVerdict && which(readings[i]))
                readings[i] = readings[i] with { CountsForVerdict = false, Detail = readings[i].Detail + $" (evidence: {why})" };
    }

    /// <summary>
    /// A figure for a year still to come when the article appeared ("Russia is set to hike defence spending by almost 70% in
    /// 2024", written in September 2023) is a plan or a forecast: outturns published after the article are not what it
    /// reports, and a budget plan published more than half a year before it may have been replaced (both evidence only).
    /// </summary>
    private void AsOfWriting(Claim claim, List<Reading> readings)
    {
        if (claim.Published is not { } writtenOn || claim.Kind is not (ClaimKind.Level or ClaimKind.Growth or ClaimKind.ShareOfGdp)) return;
        // A dataset without a release date in the catalogue records outturns: its value for a later year came out later.
        Demote(readings, r => r.Year > writtenOn.Year && !(r.BudgetLine || r.Plan)
                && (ReleaseOf(r) is { } released ? released > writtenOn.AddDays(1) : r.Evidence.Any(e => DatasetEdition.IsMatch(e))),
            "published after the article; an outturn or later estimate, not the plan it reports");
        // "… will fall to 12.6 trillion rubles in 2026", on the day the draft was approved: the law adopted two months later with
        // another figure is another document, which the article could not report (where the law kept the draft's figure, it confirms it).
        Demote(readings, r => r.Year >= writtenOn.Year && (r.BudgetLine || r.Plan) && !r.Holds && ReleaseOf(r) > writtenOn.AddDays(1),
            "a plan published after the article with another figure, another document than the one it reports");
        Demote(readings, r => r.Year > writtenOn.Year && (r.BudgetLine || r.Plan)
                && LatestRelease(r) < writtenOn.AddDays(-183),
            "a plan published more than half a year before the article, which a later one may have replaced");
    }

    /// <summary>The NATO edition an article reports: one released in the week before it, or in the three months before a story on a release.</summary>
    private string? ReportedNatoEdition(Claim claim) => claim.Published is not { } date ? null
        : _store.Catalogue().Where(c => c.Dataset.Id == "nato" && c.Dataset.ReleaseDate is { } r && r <= date.AddDays(1)
                && (date.DayNumber - r.DayNumber <= 7 || claim.ReportsRelease && date.DayNumber - r.DayNumber <= 92))
            .OrderByDescending(c => c.Dataset.ReleaseDate).Select(c => c.Dataset.Edition).FirstOrDefault();

    /// <summary>
    /// "European allies and Canada are expected to spend $607 billion in 2025, up from $516 billion in 2024", in a story on NATO's
    /// newest release: that release revised the earlier years, and where its amounts are not stored (the 2025 edition holds
    /// shares of GDP), the previous edition's amount for the year is an earlier estimate, evidence only.
    /// </summary>
    private void EarlierEditionAmounts(Claim claim, List<Reading> readings)
    {
        if (claim.Attribution != "NATO" || ReportedNatoEdition(claim) is not { } reported) return;
        Demote(readings, r => r.Source == "NATO" && r.Evidence.Any(e => e.StartsWith("nato 20", StringComparison.Ordinal)) && !r.Evidence.Contains($"nato {reported}"),
            $"an earlier estimate than the {reported} edition the article reports");
    }

    private void ReportedEdition(Claim claim, List<Reading> readings)
    {
        var reported = ReportedNatoEdition(claim);
        if (reported is null) return;
        var tag = $"NATO {reported} edition";
        if (!readings.Any(r => r.CountsForVerdict && r.Line.StartsWith(tag, StringComparison.Ordinal))) return;
        Demote(readings, r => r.Source == "NATO" && r.Line.StartsWith("NATO 20", StringComparison.Ordinal) && !r.Line.StartsWith(tag, StringComparison.Ordinal),
            "not the edition the article reports");
    }

    // ---------------------------------------------------------------- comparisons, production, size

    private string Comparison(Claim claim, List<Reading> readings)
    {
        if (claim.Primary is { Kind: QuantityKind.Multiple } && TargetsCompared(claim, readings) is { } targets) return targets;
        if (claim.Primary is { Kind: QuantityKind.Multiple } && MultipleOfTheGoal(claim, readings) is { } ofGoal) return ofGoal;
        if (claim.Phrase is "against goal" or "meets goal" or "misses goal") return AgainstGoal(claim, readings);
        if (claim.Subject is null || claim.Other is null) return "a comparison without two named sides";
        if (claim.Phrase == "share of total") return ShareOfTotal(claim, readings);
        if (claim.Phrase is "rank" or ClaimExtractor.AmongQuarter) return Rank(claim, readings);
        // Economies compared ("NATO's economy is 25 times bigger than Russia's"): the store's GDP tables, not spending.
        if (claim.Phrase == "economy") return EconomyRatio(claim, readings);
        // "an army of 1.7 million personnel – larger than the USA": armed forces compared, not budgets.
        if (claim.Primary?.Kind is not QuantityKind.Money && ForcesCompared.Match(claim.Text[..Math.Max(0, Math.Min(claim.Text.Length, claim.Start - claim.Sentence.Start))]) is { Success: true } forces
            && !Matches(forces.Value, @"spen[dt]|budget|expenditure|outlays|\$|€|£"))
            return CompareArmedForces(claim, readings);
        // "allocating 4.12% of its GDP to defence … more than the US": the burden compared, not the money.
        if (claim.Primary?.Kind is not QuantityKind.Money && BurdenCompared.IsMatch(claim.Text) && !Matches(claim.Text, @"[$€£]|\b(?:billion|trillion|bn)\b"))
            return CompareBurdens(claim, readings);
        var a = claim.Subject.Primary;
        var less = SaysLess(claim);
        var stated = claim.Primary;
        bool Holds(double ratio) => stated is not null ? stated.Admits(ratio) : less ? ratio < 1 : ratio > 1;
        var years = YearsOf(claim).Where(y => y <= LastDataYear).DefaultIfEmpty(LastDataYear).ToArray();
        foreach (var b in claim.Other.Candidates.Where(c => c != "EU27" || claim.Other.Candidates.Count == 1))
        {
            foreach (var year in years)
            {
                // Both sides through one converter and aggregator (the checker's own), so the factors are read once per article.
                var sides = new Dictionary<MoneyBasis, (double A, double B, string Factors, string Coverage)>();
                foreach (var basis in new[] { MoneyBasis.UsdMer, MoneyBasis.IntPpp, MoneyBasis.Hybrid })
                {
                    var value = SideValue(a, basis, year);
                    var other = SideValue(b, basis, year);
                    if (value is null || other is null) continue;
                    sides[basis] = (value.Value.Value, other.Value.Value, value.Value.Factors + "; " + other.Value.Factors, other.Value.Coverage);
                }
                if (sides.Count == 0) continue;
                void Add(string line, double va, double vb, string evidence, string coverage)
                {
                    var ratio = va / vb;
                    readings.Add(new Reading("SIPRI", line, $"{a}/{b}", year, ratio, "ratio A ÷ B", Holds(ratio),
                        $"{F(va / 1e9)} ÷ {F(vb / 1e9)}bn = {F(ratio, "0.00")} ({year})", [$"sipri, {year}", evidence, $"{GroupName(b)}: {coverage}"]));
                }
                // The asymmetric construction prices the single country (Russia, China) at PPP and the group at market rates,
                // whichever side of the sentence it is on ("Europe is slightly trailing Moscow's budget").
                if (sides.TryGetValue(MoneyBasis.IntPpp, out var ppp) && sides.TryGetValue(MoneyBasis.UsdMer, out var mer))
                {
                    if (PppSideIsA(a, b))
                        Add($"SIPRI, {GroupName(a)} at PPP vs {GroupName(b)} at market rates (asymmetric)", ppp.A, mer.B, "PPP factors for the single country; the other side at market rates", mer.Coverage);
                    else
                        Add($"SIPRI, {GroupName(a)} at market rates vs {GroupName(b)} at PPP (asymmetric)", mer.A, ppp.B, "PPP factors for the single country; the other side at market rates", mer.Coverage);
                }
                foreach (var (basis, v) in sides)
                    Add($"SIPRI, both at {MilitaryBalance.BasisName(basis)}, {GroupName(b)}", v.A, v.B, v.Factors.Length > 300 ? v.Factors[..300] + "…" : v.Factors, v.Coverage);
                break;
            }
            // IISS's own pair of figures (Russia at PPP, Europe at market rates).
            var aAtPpp = PppSideIsA(a, b);
            var iissA = Rows(a, Measures.Milex.Id, "figures").Where(r => FigureSource(r).Publisher == "IISS" && years.Contains(r.Observation.Year) && (r.Observation.Unit.Currency == "USD" || aAtPpp && r.Observation.Unit.Currency == "INT$")).ToArray();
            var iissB = Rows(b, Measures.Milex.Id, "figures").Where(r => FigureSource(r).Publisher == "IISS" && years.Contains(r.Observation.Year) && (r.Observation.Unit.Currency == "USD" || !aAtPpp && r.Observation.Unit.Currency == "INT$")).ToArray();
            foreach (var ra in iissA)
                foreach (var rb in iissB.Where(r => r.Observation.Year == ra.Observation.Year))
                {
                    var ratio = Units(ra) / Units(rb);
                    var basis = ra.Observation.Unit.Conversion == Conversion.Ppp || rb.Observation.Unit.Conversion == Conversion.Ppp ? "single country at PPP vs group at market rates (asymmetric)" : "both at market rates";
                    readings.Add(new Reading("IISS", $"IISS, {basis}", $"{a}/{b}", ra.Observation.Year, ratio, "ratio A ÷ B", Holds(ratio),
                        $"{F(Units(ra) / 1e9)} ÷ {F(Units(rb) / 1e9)}bn = {F(ratio, "0.00")}", [FigureSource(ra).Citation, FigureSource(rb).Citation]));
                }
        }
        return $"{GroupName(a)} {(less ? "below" : "above")} {string.Join(" / ", claim.Other.Candidates.Select(GroupName))}";
    }

    /// <summary>
    /// "NATO agreed to more than double its defence spending benchmark from 2 per cent to 5 per cent of GDP": the multiple is of
    /// one pledge over the other, both named by their values, not of two spenders. Null when the sentence names no goal or not
    /// two shares that curated pledges hold.
    /// </summary>
    private string? TargetsCompared(Claim claim, List<Reading> readings)
    {
        if (!Matches(claim.Text, @"\b(?:target|benchmark|guideline|goal|threshold|pledge|commitment)s?\b")) return null;
        var pledges = Pledges.ToArray();
        var named = QuantityParser.Parse(claim.Text).Where(p => p.Kind == QuantityKind.Percent)
            .Select(p => (Share: p, Pledge: pledges.FirstOrDefault(r => Math.Abs(r.Observation.Value - p.Value) < p.HalfUnit)))
            .Where(x => x.Pledge is not null).DistinctBy(x => x.Pledge!.Observation.Value)
            // "… from 2% of GDP to 5% by 2035, with the commitment structured as 3.5% … and 1.5%": the two next to the multiple.
            .OrderBy(x => Math.Abs(x.Share.Start - claim.Primary!.Start)).Take(2).ToArray();
        // "more than double the military pact's current spending target" beside a later pledge's 5%: the goal referred to without
        // its figure is the first pledge, the guideline in force before the later one.
        if (named.Length == 1 && CurrentGoalWithoutFigure.IsMatch(claim.Text)
            && pledges.MinBy(r => r.Observation.Year) is { } first && first.Observation.Value < named[0].Pledge!.Observation.Value)
            named = [named[0], (named[0].Share, first)];
        if (named.Length != 2) return null;
        var (low, high) = named[0].Pledge!.Observation.Value < named[1].Pledge!.Observation.Value ? (named[0], named[1]) : (named[1], named[0]);
        var ratio = high.Pledge!.Observation.Value / low.Pledge!.Observation.Value;
        var (_, lowCitation, lowId) = FigureSource(low.Pledge);
        var (_, highCitation, highId) = FigureSource(high.Pledge);
        readings.Add(new Reading("pledges", "NATO pledges compared", "NATO", high.Pledge.Observation.Year, ratio, "ratio of the two pledges", claim.Primary!.Admits(ratio),
            $"{F(high.Pledge.Observation.Value, "0.##")}% ({highId}) ÷ {F(low.Pledge.Observation.Value, "0.##")}% ({lowId}) = {F(ratio, "0.00")}", [highCitation, lowCitation]));
        // (Pledge values, not the quantities: a goal referred to without its figure has no quantity of its own.)
        return $"the pledges of {F(high.Pledge.Observation.Value, "0.##")}% and {F(low.Pledge.Observation.Value, "0.##")}% compared";
    }

    /// <summary>
    /// "Poland will spend 4.12% of its GDP on defence this year, … more than double the alliance's guideline of 2%", "twice the
    /// organisation's target": one country's share of GDP over the pledge the multiple names, in each source of shares. The goal
    /// named without its figure is the first pledge, the guideline of 2%. Null when no goal follows the multiple.
    /// </summary>
    private string? MultipleOfTheGoal(Claim claim, List<Reading> readings)
    {
        if (claim.Subject is not { } subject || IsGroup(subject.Primary) || claim.Primary is not { } multiple) return null;
        var goal = GoalAfterMultiple.Match(claim.Text, Math.Min(claim.Text.Length, multiple.End));
        if (!goal.Success) return null;
        var pledges = Pledges.ToArray();
        var pledge = goal.Groups["share"].Success
            ? pledges.FirstOrDefault(r => Math.Abs(r.Observation.Value - double.Parse(goal.Groups["share"].Value, CultureInfo.InvariantCulture)) < 1e-9)
            : pledges.MinBy(r => r.Observation.Year);
        if (pledge is null) return null;
        var (_, citation, id) = FigureSource(pledge);
        var level = pledge.Observation.Value;
        var before = readings.Count;
        foreach (var year in YearsOf(claim).Where(y => y <= LastDataYear))
        {
            foreach (var (dataset, edition) in ShareSources)
            {
                if (Rows(subject.Primary, Measures.MilexGdpShare.Id, dataset, edition).FirstOrDefault(r => r.Observation.Year == year) is not { } row) continue;
                var ratio = row.Observation.Value / level;
                readings.Add(new Reading(dataset == "nato" ? "NATO" : "SIPRI", $"{(dataset == "nato" ? $"NATO {edition} edition" : "SIPRI")}, share of GDP over the goal", subject.Primary, year, ratio,
                    "ratio", multiple.Admits(ratio), $"{subject.Primary} {F(row.Observation.Value, "0.00")}% ÷ {F(level, "0.##")}% ({id}) = {F(ratio, "0.00")} in {year}",
                    [$"{dataset} {row.Edition}: milex_gdp_share", citation]));
            }
            // (The first of the claim's years that has shares decides; readings added before this method are not counted.)
            if (readings.Count > before) break;
        }
        if (claim.ReportsRelease || claim.Attribution == "NATO") ReportedEdition(claim, readings);
        return $"{GroupName(subject.Primary)}'s share of GDP over the goal of {F(level, "0.##")}%";
    }

    // "… double the alliance's guideline of 2%", "twice the organisation's target": the goal right after the multiple.
    private static readonly System.Text.RegularExpressions.Regex GoalAfterMultiple = new(
        @"\G\s+(?:the\s+)?(?:(?:NATO|alliance|organi[sz]ation|bloc|military\s+alliance|current|existing|agreed|official)(?:['’]s)?\s+){0,2}(?:spending\s+|defen[cs]e\s+)?(?:target|guideline|goal|benchmark|minimum)\b(?:\s+of\s+(?<share>\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent))?",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex CurrentGoalWithoutFigure = new(
        @"\b(?:current|existing|present|previous|old|original)\s+(?:[\w'’-]+\s+){0,3}?(?:target|benchmark|guideline|goal|threshold|pledge|commitment)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>
    /// "Well above the alliance's 2 percent guideline", "well below the target": the spender's share of GDP against the goal's
    /// share (the one the sentence names, else the 2% guideline), in each NATO edition and in SIPRI.
    /// </summary>
    private string AgainstGoal(Claim claim, List<Reading> readings)
    {
        var goal = claim.Ratio ?? 2;
        if (claim.Subject is null) return $"a level against the {F(goal, "0.##")}% goal without a named spender";
        var a = claim.Subject.Primary;
        var meetsOrMisses = claim.Phrase is "meets goal" or "misses goal";
        var below = claim.Phrase == "misses goal" || Matches(claim.Anchors[0], @"^\W*(?:\w+\s+)?(?:below|under|short|fell|falls?)\b");
        // "met the target": at or above it, as NATO rounds its table to two decimals.
        var met = claim.Phrase == "meets goal";
        // "Germany met the 2% target thanks to the fund", written in June 2025: the latest year with estimates (decision 23).
        var years = YearsOf(claim).Where(y => y <= LastDataYear).ToArray();
        if (years.Length == 0 && meetsOrMisses) years = [LastDataYear];
        foreach (var year in years)
        {
            foreach (var (dataset, edition) in ShareSources)
            {
                if (Rows(a, Measures.MilexGdpShare.Id, dataset, edition).FirstOrDefault(r => r.Observation.Year == year) is not { } row) continue;
                var share = row.Observation.Value;
                var source = dataset == "nato" ? $"NATO {edition} edition" : "SIPRI";
                readings.Add(new Reading(dataset == "nato" ? "NATO" : "SIPRI", $"{source}, share of GDP against the goal", a, year, share, "% of GDP",
                    below ? share < goal : met ? share >= goal - 0.005 : share > goal, $"{a} {F(share, "0.00")}% of GDP in {year} against {F(goal, "0.##")}%", [$"{dataset} {row.Edition}: milex_gdp_share"],
                    // Whether an ally met (or missed) the alliance's target is NATO's own reckoning; SIPRI's share is evidence.
                    CountsForVerdict: dataset == "nato" || !meetsOrMisses));
            }
            if (readings.Count > 0) break;
        }
        return $"{GroupName(a)}'s share of GDP {(below ? "below" : met ? "at or above" : "above")} the {F(goal, "0.##")}% goal";
    }

    private bool PppSideIsA(string a, string b) => !IsGroup(a) || IsGroup(b) && a is "RUS" or "CHN";

    /// <summary>GDP at market rates (current US$) from one IMF WEO edition: a country's row or the sum of a group's members.</summary>
    private double? Gdp(string entity, int year, string edition)
    {
        try
        {
            if (_registry.TryGetGroup(entity, out var group))
            {
                var sum = Memo($"gdp|{entity}|{year}|{edition}", () => _aggregator.Sum(group, year, Measures.Gdp.Id, "weo", edition, MoneyUnit.Parse("current US$MER"), Scale.Units, asPublished: true));
                return sum.Coverage.IsComplete ? sum.Total : null;
            }
            var row = Rows(entity, Measures.Gdp.Id, "weo", edition).FirstOrDefault(r => r.Observation.Year == year && r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate } && !r.Observation.Unit.PriceBasis.IsConstant);
            return row is null ? null : Units(row);
        }
        catch (Exception e) when (e is ConversionException or MissingDataException) { return null; }
    }

    // The latest complete year the claim allows: WEO's later years are projections, which would mix estimates into a statement of fact.
    private int GdpYear(Claim claim) => YearsOf(claim).Where(y => y <= LastDataYear).DefaultIfEmpty(LastDataYear).First();

    private string GdpLevel(Claim claim, Quantity q, List<Reading> readings)
    {
        var year = GdpYear(claim);
        foreach (var entity in Candidates(claim.Subject).Take(1))
            foreach (var edition in EditionsOf("weo"))
            {
                // "a GDP of around 4.31 trillion euros": a figure in the country's own currency is its GDP in that currency.
                if (q.Currency is { } currency && currency != "USD" && !IsGroup(entity) && _registry.CurrencyIn(entity, year) == currency)
                {
                    var own = Rows(entity, Measures.Gdp.Id, "weo", edition).FirstOrDefault(r => r.Observation.Year == year && r.Observation.Unit is { Currency: var c, Conversion: Conversion.None }
                        && c == currency && !r.Observation.Unit.PriceBasis.IsConstant);
                    if (own is not null)
                        readings.Add(new Reading("IMF WEO", $"IMF WEO {edition}, GDP in {currency}, {GroupName(entity)}", entity, year, Units(own), $"{currency}, current", q.Admits(Units(own)),
                            $"{currency} {F(Units(own) / 1e12, "0.00")}tn {year}", [$"weo {edition}"]));
                    continue;
                }
                if (Gdp(entity, year, edition) is { } v)
                    readings.Add(new Reading("IMF WEO", $"IMF WEO {edition}, GDP at market rates, {GroupName(entity)}", entity, year, v, "US$, current", q.Admits(v),
                        $"US$ {F(v / 1e12, "0.00")}tn {year}", [$"weo {edition}{(IsGroup(entity) ? ", sum of members" : "")}"]));
            }
        return $"the GDP of {claim.Subject?.Primary} ({q.Text})";
    }

    private string EconomyRatio(Claim claim, List<Reading> readings)
    {
        var year = GdpYear(claim);
        var stated = claim.Primary;
        var (a, b) = (claim.Subject!.Primary, claim.Other!.Primary);
        foreach (var edition in EditionsOf("weo"))
            if (Gdp(a, year, edition) is { } va && Gdp(b, year, edition) is { } vb)
            {
                var ratio = va / vb;
                readings.Add(new Reading("IMF WEO", $"IMF WEO {edition}, GDP at market rates", $"{a}/{b}", year, ratio, "ratio A ÷ B", stated?.Admits(ratio) ?? ratio > 1,
                    $"{F(va / 1e9, "#,##0")} ÷ {F(vb / 1e9, "#,##0")}bn = {F(ratio, "0.00")} ({year})", [$"weo {edition}"]));
            }
        return $"the size of {a}'s economy against {b}'s";
    }

    /// <summary>A country's or a group's SIPRI spending in one year on one basis (current prices), in US$ or Int$ units.</summary>
    private (double Value, string Factors, string Coverage)? SideValue(string entity, MoneyBasis basis, int year)
    {
        var target = new MoneyUnit(basis, null);
        // "the United States, China, Russia, Germany and India … combined": a list the article names is summed member by member.
        if (entity.StartsWith(ListPrefix, StringComparison.Ordinal))
        {
            var parts = entity[ListPrefix.Length..].Split(',').Select(e => SideValue(e, basis, year)).ToArray();
            return parts.Any(p => p is null) ? null : (parts.Sum(p => p!.Value.Value), "sum of the countries named", $"{parts.Length} countries named");
        }
        try
        {
            if (_registry.TryGetGroup(entity, out var group))
            {
                var sum = Memo($"sum|{entity}|{year}|sipri|{target}", () => _aggregator.Sum(group, year, Measures.Milex.Id, "sipri", null, target, Scale.Units, asPublished: true));
                if (sum.Coverage.WithValue == 0 || !sum.Coverage.IsComplete && sum.Coverage.WithValue < sum.Coverage.Members * 0.9) return null;
                var factors = string.Join("; ", sum.Factors.GroupBy(f => (f.Name, f.Source)).Select(g => $"{g.Key.Name}: {g.Key.Source} ×{g.Count()}"));
                return (sum.Total, factors, sum.Coverage.ToString());
            }
            var candidates = Rows(entity, Measures.Milex.Id, "sipri").Where(r => r.Observation.Year == year).ToArray();
            var input = InputSelection.AsPublished(candidates, target);
            if (input is null) return null;
            var converted = _converter.Convert(input, target, Scale.Units);
            return (converted.Value.Value, string.Join("; ", converted.Factors), "country");
        }
        catch (Exception e) when (e is ConversionException or MissingDataException) { return null; }
    }

    /// <summary>"The world's fourth-largest spender": the subject's place among SIPRI's countries (current US$) in the year.</summary>
    private string Rank(Claim claim, List<Reading> readings)
    {
        var subject = claim.Subject?.Primary;
        var scope = claim.Other?.Primary ?? "WLD";
        if (claim.Item == ClaimExtractor.RankByGdp) return EconomyRank(claim, readings);
        if (scope is "NATO" or "NATO_EUROPE" or "NATO_EUROPE_CANADA") return AllianceRank(claim, readings, scope);
        if (scope == ClaimExtractor.RegionScope) return $"a place in {claim.Other!.Text}'s table, a region whose countries the store does not list";
        if (scope == "WLD" && subject is not null && subject.StartsWith(ListPrefix, StringComparison.Ordinal)) return WorldFollowers(claim, readings, subject[ListPrefix.Length..].Split(','));
        // SIPRI's bundle holds 44 countries: a world ranking is checkable only near the top, where every large spender is included.
        if (subject is null || IsGroup(subject) || claim.Primary!.Value > 10) return "a ranking (the store holds no complete table for it)";
        var pool = scope switch
        {
            "WLD" => _registry.Entities.Where(e => e.Kind == EntityKind.Country).Select(e => e.Id),
            _ when _registry.TryGetGroup(scope, out var g) => g.MembersIn(YearsOf(claim).First()),
            _ when scope is "EU_UK" or "NATO_EUROPE" or "NATO_EUROPE_CANADA" or "EU27" => [],
            _ => [],
        };
        var ids = pool.ToHashSet();
        if (ids.Count == 0) return "a ranking within a scope the store cannot list";
        foreach (var year in YearsOf(claim).Where(y => y <= LastDataYear))
        {
            // "the fourth biggest burden": the order of shares of GDP, not of amounts.
            var burden = claim.Anchors.Any(a => a.Contains("burden", StringComparison.OrdinalIgnoreCase)) || Matches(claim.Text, @"(?:largest|biggest|highest|heaviest)\s+(?:military\s+)?burden|share\s+of\s+(?:its\s+)?GDP");
            // Small countries carry the heaviest burdens and the bundle lacks many of them: only an alliance's own table is complete.
            if (burden && scope == "WLD") return "a world ranking of military burdens (the bundle lacks countries that would rank high)";
            var values = _store.Series(new SeriesQuery([.. ids], [burden ? Measures.MilexGdpShare.Id : Measures.Milex.Id], "sipri", null, year, year))
                .Where(r => burden || r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate } && !r.Observation.Unit.PriceBasis.IsConstant)
                .Select(r => (r.Observation.EntityId, Value: Units(r))).OrderByDescending(x => x.Value).ToArray();
            var place = Array.FindIndex(values, v => v.EntityId == subject) + 1;
            if (place == 0) continue;
            var largest = !claim.Anchors[0].Contains("lowest", StringComparison.OrdinalIgnoreCase) && !claim.Anchors[0].Contains("smallest", StringComparison.OrdinalIgnoreCase);
            if (!largest) return "a ranking from the bottom";
            // The bundle is an excerpt of SIPRI's world table: more stored countries ahead than the claimed place refutes a world rank,
            // but a place the stored countries allow could still be lost to a country the bundle lacks (evidence only).
            // The leader is proven too when the world total left after every stored country is smaller than the leader's spending:
            // no country the bundle lacks can be above it.
            // SIPRI's world total in current dollars is stored for the latest year only; for earlier years both sides are taken at
            // SIPRI's constant 2023 US$, which it publishes for the world and every country.
            bool LeaderProven(bool constantPrices)
            {
                bool Basis(StoredObservation r) => r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate } && r.Observation.Unit.PriceBasis.IsConstant == constantPrices;
                var world = Rows("WLD", Measures.Milex.Id, "sipri").FirstOrDefault(r => r.Observation.Year == year && Basis(r));
                if (world is null) return false;
                var stored = _store.Series(new SeriesQuery([.. ids], [Measures.Milex.Id], "sipri", null, year, year)).Where(Basis)
                    .GroupBy(r => r.Observation.EntityId).Select(g => Units(g.First())).OrderByDescending(v => v).ToArray();
                return stored.Length > 0 && Units(world) - stored.Sum() < stored[0];
            }
            var provenLeader = !burden && scope == "WLD" && place == 1 && Math.Abs(claim.Primary.Value - 1) < 0.5 && (LeaderProven(false) || LeaderProven(true));
            var refutable = scope != "WLD" || place > claim.Primary.Value + 0.5 || provenLeader;
            readings.Add(new Reading("SIPRI", burden ? "SIPRI share-of-GDP ranking" : "SIPRI current US$ ranking", subject, year, place, "place", Math.Abs(place - claim.Primary.Value) < 0.5,
                $"{subject} is {place}{(place == 1 ? "st" : place == 2 ? "nd" : place == 3 ? "rd" : "th")} in {GroupName(scope)}{(scope == "WLD" ? " among the stored countries" : "")} in {year} ({string.Join(", ", values.Take(Math.Max(place, 3)).Select(v => v.EntityId))})",
                [$"sipri (bundle: 44 countries and the world total, an excerpt of the world table)"], refutable));
            if (!refutable) return $"the world rank of {subject} (the store holds an excerpt of SIPRI's table: a place it allows is not confirmed)";
            break;
        }
        return $"the rank of {subject}";
    }

    /// <summary>
    /// A place among economies ("Germany, Europe's largest economy", "the fifth largest economy in the world"): the countries of
    /// the scope ordered by GDP at market rates and at PPP in each stored WEO vintage, each a standard reading (the set's decisions
    /// 22 and 254: a Europe the text does not define is read both as NATO Europe and as EU + UK). WEO covers every country, so
    /// the order is complete.
    /// </summary>
    private string EconomyRank(Claim claim, List<Reading> readings)
    {
        var subject = claim.Subject!.Primary;
        var claimed = (int)Math.Round(claim.Primary!.Value);
        var scopes = claim.Other?.Candidates ?? ["WLD"];
        var countries = _registry.Entities.Where(e => e.Kind == EntityKind.Country).Select(e => e.Id).ToArray();
        foreach (var year in YearsOf(claim))
        {
            foreach (var scope in scopes)
            {
                string[] pool = scope == "WLD" ? countries : _registry.TryGetGroup(scope, out var group) ? [.. group.MembersIn(year)] : [];
                if (!pool.Contains(subject)) continue;
                var rows = EditionsOf("weo").SelectMany(edition => _store.Series(new SeriesQuery(pool, [Measures.Gdp.Id], "weo", edition, year, year)))
                    .Where(r => !r.Observation.Unit.PriceBasis.IsConstant && r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate } or { Conversion: Conversion.Ppp });
                foreach (var table in rows.GroupBy(r => (r.Edition, Ppp: r.Observation.Unit.Conversion == Conversion.Ppp)).OrderBy(t => t.Key.Ppp).ThenBy(t => t.Key.Edition, StringComparer.Ordinal))
                {
                    var values = table.GroupBy(r => r.Observation.EntityId).Select(g => (Id: g.Key, Value: Units(g.First()) / 1e9)).OrderByDescending(v => v.Value).ToArray();
                    var place = Array.FindIndex(values, v => v.Id == subject) + 1;
                    // A group's table missing a tenth of its members cannot place anyone (the world's is WEO's ~190 economies).
                    if (place == 0 || (scope == "WLD" ? values.Length < 150 : values.Length * 10 < pool.Length * 9)) continue;
                    var basis = table.Key.Ppp ? "GDP at PPP (Int$)" : "GDP at market rates (US$)";
                    readings.Add(new Reading("WEO", $"WEO {table.Key.Edition}, {basis}, {GroupName(scope)}", subject, year, place, "place", place == claimed,
                        $"{subject} {Ordinal(place)} of {values.Length} in {year} ({string.Join(", ", values.Take(Math.Max(place, claimed) + 1).Select(v => $"{v.Id} {F(v.Value, "#,0")}bn"))})",
                        [$"weo {table.Key.Edition}"]));
                }
            }
            if (readings.Count > 0) break;
        }
        return $"the place of {subject}'s economy in {string.Join(" and in ", scopes.Select(GroupName))}";
    }

    /// <summary>
    /// "…, followed by China, Russia, India and Saudi Arabia": each named country's place among SIPRI's stored countries. The
    /// bundle is an excerpt of the world table, so a stored place behind the claimed one refutes it; one at or ahead of it is
    /// only consistent (a country the bundle lacks could come between).
    /// </summary>
    private string WorldFollowers(Claim claim, List<Reading> readings, string[] listed)
    {
        var countries = _registry.Entities.Where(e => e.Kind == EntityKind.Country).Select(e => e.Id).ToArray();
        foreach (var year in YearsOf(claim).Where(y => y <= LastDataYear))
        {
            var order = _store.Series(new SeriesQuery(countries, [Measures.Milex.Id], "sipri", null, year, year))
                .Where(r => r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate } && !r.Observation.Unit.PriceBasis.IsConstant)
                .Select(r => (r.Observation.EntityId, Value: Units(r))).OrderByDescending(x => x.Value).Select(x => x.EntityId).ToList();
            if (order.Count == 0) continue;
            for (var i = 0; i < listed.Length; i++)
            {
                var place = order.IndexOf(listed[i]) + 1;
                if (place == 0) continue;
                var claimed = (int)Math.Round(claim.Primary!.Value) + i;
                readings.Add(new Reading("SIPRI", "SIPRI current US$ ranking", listed[i], year, place, "place", place <= claimed,
                    $"{listed[i]} is {Ordinal(place)} among the stored countries in {year}, claimed {Ordinal(claimed)} ({string.Join(", ", order.Take(Math.Max(place, claimed)))})",
                    [$"sipri (bundle: 44 countries and the world total, an excerpt of the world table)"], place > claimed));
            }
            if (readings.Count > 0) break;
        }
        return readings.Any(r => !r.Holds)
            ? $"the world places of {string.Join(", ", listed)}"
            : $"the world places of {string.Join(", ", listed)} (the store holds an excerpt of SIPRI's table: places it allows are not confirmed)";
    }

    /// <summary>
    /// A place in an alliance's table ("the highest of all NATO member states", "fifth highest in NATO", "the lowest spenders
    /// will be A, B, C and D"): the allies ordered by share of GDP or by current US$ in each NATO edition and in SIPRI's
    /// figures for the same allies, each a standard source. Tied values share a place; a list holds when its members fill
    /// the places claimed.
    /// </summary>
    private string AllianceRank(Claim claim, List<Reading> readings, string scope)
    {
        if (claim.Subject is null || !_registry.TryGetGroup(scope, out var group)) return "a place in the alliance's table without a named ally";
        var listed = claim.Subject.Primary.StartsWith(ListPrefix, StringComparison.Ordinal) ? claim.Subject.Primary[ListPrefix.Length..].Split(',') : [claim.Subject.Primary];
        if (listed.Any(IsGroup)) return "a place of a group, not of an ally, in the alliance's table";
        var byShare = claim.Item == ClaimExtractor.RankByShare
            || claim.Item is null && Matches(claim.Text, @"burden|share\s+of\s+(?:its\s+)?GDP|relative");
        var byPersonnel = claim.Item == ClaimExtractor.RankByPersonnel;
        var fromBottom = Matches(claim.Anchors[0], @"lowest|smallest|bottom|\bleast\b");
        var first = (int)Math.Round(claim.Primary!.Value);
        var among = claim.Phrase == ClaimExtractor.AmongQuarter;
        // "the biggest spender in Europe in real terms": amounts at constant prices, not current dollars.
        var real = !byShare && !byPersonnel && Matches(claim.Text, @"\bin\s+real\s+terms\b|\bconstant\s+(?:prices|dollars|\d{4}\s+(?:US\s?)?(?:\$|dollars))|adjusted\s+for\s+inflation|inflation[\s-]adjusted");
        var measure = byPersonnel ? "armed forces personnel" : byShare ? "share of GDP" : real ? "constant US$ (real terms)" : "current US$";
        var byYear = new List<List<Reading>>();
        foreach (var year in YearsOf(claim).Where(y => y <= 2025))
        {
            var members = group.MembersIn(year).ToArray();
            var found = new List<Reading>();
            foreach (var (dataset, edition) in ShareSources)
            {
                IReadOnlyList<StoredObservation> rows;
                try { rows = _store.Series(new SeriesQuery(members, [byPersonnel ? Measures.ArmedForcesPersonnel.Id : byShare ? Measures.MilexGdpShare.Id : Measures.Milex.Id], dataset, edition, year, year)); }
                catch (StoreException) { continue; }
                var values = rows
                    .Where(r => byPersonnel || (byShare ? r.Observation.Unit.Kind == UnitKind.Percent
                        : r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate } && r.Observation.Unit.PriceBasis.IsConstant == real))
                    .GroupBy(r => r.Observation.EntityId)
                    .Select(g => (Id: g.Key, Value: byPersonnel ? Units(g.First()) / 1e3 : byShare ? Math.Round(g.First().Observation.Value, 2, MidpointRounding.AwayFromZero) : Units(g.First()) / 1e9))
                    .ToArray();
                // A table with half the allies missing, or without the ally named, places nobody.
                if (values.Length * 2 < members.Length || listed.Any(id => values.All(v => v.Id != id))) continue;
                int PlaceOf(string id)
                {
                    var own = values.First(v => v.Id == id).Value;
                    return 1 + values.Count(v => fromBottom ? v.Value < own : v.Value > own);
                }
                var places = listed.Select(PlaceOf).ToArray();
                // "One of the lowest": within the lowest quarter of the allies with figures (⌈N/4⌉, the set's decision 312).
                var quarter = (values.Length + 3) / 4;
                var holds = among ? places.All(p => p <= quarter) : places.All(p => p >= first && p < first + listed.Length);
                var shown = values.OrderBy(v => fromBottom ? v.Value : -v.Value).Take(Math.Max(among ? quarter + 1 : first + listed.Length, 4))
                    .Select(v => $"{v.Id} {F(v.Value, byShare ? "0.00" : "0.0")}{(byPersonnel ? "k personnel" : byShare ? "%" : "bn")}");
                var source = dataset == "nato" ? $"NATO {edition} edition" : "SIPRI";
                found.Add(new Reading(dataset == "nato" ? "NATO" : "SIPRI", $"{source}, allies ranked by {measure}{(fromBottom ? " from the lowest" : "")}, {GroupName(scope)}", claim.Subject.Primary, year, places[0], "place", holds,
                    $"{string.Join(", ", listed.Zip(places, (id, p) => $"{id} {Ordinal(p)}"))} of {values.Length} in {year}{(among ? $", the quarter being the first {quarter}" : "")} ({string.Join(", ", shown)}, …)", [$"{dataset} {rows[0].Edition}"]));
            }
            if (found.Count > 0) byYear.Add(found);
        }
        // An undated place ("Second on the table") is in the table of the year some source gives it for; a stated year decides.
        var chosen = claim.YearStated ? byYear.FirstOrDefault() : byYear.FirstOrDefault(y => y.Any(r => r.Holds)) ?? byYear.FirstOrDefault();
        if (chosen is not null) readings.AddRange(chosen);
        // A table that names no source is checked against each standard one (the set's decision 24); a story on a release, or
        // a place NATO is said to give, is judged on the edition the article reports.
        if (claim.ReportsRelease || claim.Attribution == "NATO") ReportedEdition(claim, readings);
        return $"the place of {(listed.Length == 1 ? listed[0] : string.Join(", ", listed))} among {GroupName(scope)} by {measure}";
    }

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>
    /// The sum of the <paramref name="n"/> largest spenders the bundled excerpt of SIPRI's table holds for a year, on one basis.
    /// </summary>
    /// <remarks>Exact when what the world total leaves for the countries not bundled is below the N-th value (none of them can be
    /// among the N); otherwise the sum is only a lower bound (<c>Exact</c> false).</remarks>
    private (double Value, string Factors, string Coverage, bool Exact)? LargestSpenders(int n, int year, double world, Func<StoredObservation, bool> basis)
    {
        var stored = _registry.Entities.Where(e => e.Kind == EntityKind.Country)
            .Select(e => Rows(e.Id, Measures.Milex.Id, "sipri").FirstOrDefault(r => r.Observation.Year == year && basis(r)))
            .OfType<StoredObservation>().OrderByDescending(Units).ToArray();
        if (stored.Length < n) return null;
        var largest = stored.Take(n).ToArray();
        var notBundled = world - stored.Sum(Units);
        var exact = notBundled < Units(largest[^1]);
        return (largest.Sum(Units), "", $"the {n} largest bundled: {string.Join(", ", largest.Select(r => $"{r.Observation.EntityId} US$ {F(Units(r) / 1e9)}bn"))}; "
            + $"the countries not bundled share US$ {F(notBundled / 1e9)}bn, " + (exact ? $"less than the {Ordinal(n)}" : $"so one of them may rank among the {n}: a lower bound"), exact);
    }

    private string ShareOfTotal(Claim claim, List<Reading> readings)
    {
        var q = claim.Primary!;
        foreach (var a in claim.Subject!.Candidates.Take(1))
            foreach (var b in claim.Other!.Candidates.Take(1))
                foreach (var year in YearsOf(claim).Where(y => y <= LastDataYear))
                {
                    // Candidate years (a year carried from the sentence before, the article's latest) are alternatives, not methods:
                    // the first one with data is the reading.
                    if (readings.Count > 0) break;
                    foreach (var source in new[] { "sipri", "nato" })
                    {
                        if (source == "nato" && b is "WLD" or "EU27" or "EU_UK") continue;
                        if (b == "WLD" && source == "sipri")
                        {
                            // SIPRI's world total is a publisher aggregate, not a group: divide the two published values. The bundle holds
                            // it in current dollars for the latest year only; for other years the share is taken at SIPRI's constant
                            // prices, the one basis with both parts stored (a share barely moves with the price basis).
                            bool Basis(StoredObservation r, bool constant) => r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate } && r.Observation.Unit.PriceBasis.IsConstant == constant;
                            var world = Rows("WLD", Measures.Milex.Id, "sipri").FirstOrDefault(r => r.Observation.Year == year && Basis(r, false));
                            var constantPrices = world is null;
                            world ??= Rows("WLD", Measures.Milex.Id, "sipri").FirstOrDefault(r => r.Observation.Year == year && Basis(r, true));
                            var topN = a.StartsWith(ClaimExtractor.TopSpendersId, StringComparison.Ordinal) && int.TryParse(a[ClaimExtractor.TopSpendersId.Length..], CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
                            var top = topN is { } count && world is not null ? LargestSpenders(count, year, Units(world), r => Basis(r, constantPrices)) : null;
                            var part = topN is not null ? (top is { } t ? (t.Value, t.Factors, t.Coverage) : null)
                                : constantPrices
                                ? Rows(a, Measures.Milex.Id, "sipri").Where(r => r.Observation.Year == year && Basis(r, true)).Select(r => ((double Value, string Factors, string Coverage)?)(Units(r), "", "as published")).FirstOrDefault()
                                : SideValue(a, MoneyBasis.UsdMer, year);
                            if (part is null || world is null) continue;
                            var worldPct = part.Value.Value / Units(world) * 100;
                            var basis = constantPrices ? $"constant {world.Observation.Unit.PriceBasis.BaseYear} US$" : "current US$";
                            var admits = q.Admits(q.Kind == QuantityKind.Fraction ? worldPct / 100 : worldPct);
                            // A lower bound refutes only a share below it; a share at or above it is neither confirmed nor refuted.
                            var lowerBoundOnly = top is { Exact: false };
                            var belowBound = lowerBoundOnly && q.Tolerance.High < (q.Kind == QuantityKind.Fraction ? worldPct / 100 : worldPct);
                            readings.Add(new Reading("SIPRI", $"SIPRI, {basis}", $"{a}/WLD", year, worldPct, "% of the world total", admits && !lowerBoundOnly,
                                $"{(lowerBoundOnly ? "at least " : "")}{F(worldPct)}% of the world total in {year} at {basis} ({F(part.Value.Value / 1e9)} ÷ {F(Units(world) / 1e9)}bn)", [$"sipri {world.Edition}", $"{GroupName(a)}: {part.Value.Coverage}"],
                                CountsForVerdict: !lowerBoundOnly || belowBound));
                            continue;
                        }
                        try
                        {
                            var comparison = Memo($"share|{a}|{b}|{year}|{source}", () => MilitaryBalance.Compare(_store, new CompareRequest(a, b, year, [MoneyBasis.UsdMer], Source: source, AsPublished: true), _registry));
                            var row = comparison.Row(MoneyBasis.UsdMer)!;
                            var pct = row.Ratio * 100;
                            readings.Add(new Reading(source.ToUpperInvariant(), $"{source.ToUpperInvariant()}, current US$", $"{a}/{b}", year, pct, "% of the total", q.Admits(q.Kind == QuantityKind.Fraction ? row.Ratio : pct),
                                $"{F(pct)}% of {GroupName(b)} in {year}", [$"{source} {row.A.Edition}", $"{GroupName(b)}: {row.B.CoverageText}"]));
                        }
                        catch (Exception e) when (e is MissingDataException or ConversionException or ArgumentException or UnknownEntityException) { }
                    }
                }
        return $"{q.Text} of {claim.Other!.Text}";
    }

    private static readonly System.Text.RegularExpressions.Regex TheWest = new(
        @"^(?:the\s+)?(?:(?:U\.?S\.?|United\s+States|America)\s+and\s+(?:its\s+)?Europe(?:an\s+allies)?|Europe\s+and\s+(?:the\s+)?(?:U\.?S\.?|United\s+States|America)|West(?:ern\s+(?:allies|countries|nations))?\b)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The capacity data count the whole alliance's output as the West's (US + Europe): "the whole of NATO", as producer or
    /// yardstick ("NATO is now outproducing Russia"), is WEST first, and so is a side the sentence names as the West.</summary>
    private static string[] CapacityProducers(string id, bool namedAsWest) => id == "NATO" || namedAsWest ? ["WEST", id] : [id];

    private string ProductionRatio(Claim claim, List<Reading> readings)
    {
        if (_capacity is null || claim.Subject is null || claim.Other is null || claim.Item is null) return "a production comparison (no capacity data)";
        var threshold = claim.Ratio ?? 1;
        // ("the collective capacity of the US and Europe", "the West": the capacity data's West, named by its two halves.)
        var otherNamedAsWest = TheWest.IsMatch(claim.Text[Math.Max(0, claim.Text.IndexOf(claim.Other.Text, StringComparison.Ordinal))..]);
        foreach (var year in YearsOf(claim))
        {
            foreach (var a in CapacityProducers(claim.Subject.Primary, namedAsWest: false))
            foreach (var b in claim.Other.Candidates.SelectMany(c => CapacityProducers(c, otherNamedAsWest)).Distinct())
            {
                CapacityRatio r;
                try { r = _capacity.Ratio(claim.Item, a, b, year, threshold: threshold); }
                catch (ArgumentException) { continue; }
                var inside = threshold >= r.Ratio.Low && threshold <= r.Ratio.High;
                var verdictHint = inside && r.ProbabilityAtLeastThreshold >= 0.5 ? "holds" : inside ? "possible" : r.ProbabilityAtLeastThreshold >= 0.95 ? "holds" : "fails";
                readings.Add(new Reading("capacity model", $"capacity model, {r.A.Producers[0]} ÷ {r.B.Producers[0]} {r.Item}", $"{a}/{b}", year, r.Ratio.Central, "ratio of annual output",
                    verdictHint == "holds",
                    $"ratio P5–P95 {F(r.Ratio.Low, "0.0")}–{F(r.Ratio.High, "0.0")} (P50 {F(r.Ratio.Central, "0.0")}), P(ratio ≥ {F(threshold, "0.##")}) = {F(r.ProbabilityAtLeastThreshold, "0.00")}, {year}",
                    [.. r.Sources.Select(s => s.Citation), .. r.Notes.Take(2), $"{r.Paths} paths, seed {r.Seed}", $"verdict hint: {verdictHint}"]));
                return $"{claim.Item} ratio ≥ {F(threshold, "0.##")}";
            }
        }
        return $"{claim.Item} production of {claim.Subject.Primary} and {claim.Other.Primary}";
    }

    private (Verdict, string) Decide(Claim claim, List<Reading> readings, string what)
    {
        // "I estimate that Russia's real defence budget equates to around $US400b": the writer's own estimate, on a basis of
        // their own, is no published figure; the store's values are evidence.
        if (claim.Kind is ClaimKind.Level or ClaimKind.ShareOfGdp && OwnEstimate.IsMatch(claim.Text))
            return (Verdict.Unverifiable, $"the writer's own estimate, which no source publishes; the store's values (evidence only): {string.Join("; ", readings.Where(r => r.CountsForVerdict).Take(2).Select(r => $"{r.Line} ({r.Detail})"))}");
        // "The Estonian Foreign Intelligence Service estimates …": a publisher of the curated figures named in the sentence is its source.
        var attribution = claim.Attribution;
        if (attribution is null || claim.AttributionFromArticle)
            attribution = readings.Where(r => r.CountsForVerdict && r.Source.Length >= 8 && r.Source.Contains(' ')
                    && claim.Text.Contains(r.Source.Split(" (", 2)[0], StringComparison.OrdinalIgnoreCase))
                .Select(r => r.Source.Split(" (", 2)[0]).FirstOrDefault() ?? attribution;
        // The standard sources of an unattributed figure are SIPRI, NATO's editions and the IISS (the labelled set's verdict rules):
        // the EDA's member-state figures, on a definition of its own, are evidence beside them, not a method the figure depends on.
        if (attribution != "EDA" && claim.Kind is ClaimKind.ShareOfGdp or ClaimKind.Level
            && readings.Any(r => r.CountsForVerdict && !IsEda(r)) && readings.Any(r => r.CountsForVerdict && IsEda(r)))
            Demote(readings, IsEda, "the EDA's own definition, beside the standard sources");
        // An article can only report a release already out: when every stored value of its source came out after the article
        // (an IISS Military Balance edition the store lacks), the source's own figure of the time is not in the store.
        // NATO's editions revise the same years and each is a standard source (the labelled set's decisions 4 and 11), so a NATO
        // figure is judged against the stored editions whatever the article's date.
        if (attribution is not null && attribution != "NATO" && claim.Published is { } published && claim.Kind is not (ClaimKind.Count or ClaimKind.Target))
        {
            var own = readings.Where(r => r.CountsForVerdict && VerdictRules.SameSource(r.Source, attribution)).ToArray();
            if (own.Length > 0 && own.All(r => ReleaseOf(r) is { } released && released > published.AddDays(1)))
                return (Verdict.Unverifiable, $"{attribution}'s release of the article's time is not in the store; its later release gives {string.Join("; ", own.Take(2).Select(r => $"{r.Line} ({r.Detail})"))}, which the article could not report");
        }
        // "It now represents … about 19 per cent of total government spending", in a story on SIPRI's release: a national budget
        // law's lines are another definition than the publisher's; when only they answer, the publisher's own figure is missing.
        if (IsDataPublisher(attribution) && readings.Any(r => r.CountsForVerdict) && readings.Where(r => r.CountsForVerdict).All(r => r.BudgetLine) && !readings.Any(r => r.CountsForVerdict && r.Holds))
            return (Verdict.Unverifiable, $"{attribution}'s own figure for {what} is not in the store; national budget lines (another definition, evidence only): {string.Join("; ", readings.Where(r => r.CountsForVerdict).Take(2).Select(r => $"{r.Line} ({r.Detail})"))}");
        // A figure the sentence attributes to a source that has no value for it in the store (an aggregate of an edition or
        // release the store lacks): other sources' values are evidence, not a contradiction of what that source said.
        // (A story on one publisher's release, an IISS Military Balance or a SIPRI or EDA fact sheet, carries its attribution to
        // the unattributed figures, the set's decision 40; NATO's editions revise each other, so a NATO story counts only with
        // the edition it reports.)
        if (claim.Attribution is not null && (!claim.AttributionFromArticle || claim.Attribution == "NATO" && ReportedNatoEdition(claim) is not null
                || claim.Attribution != "NATO" && IsDataPublisher(claim.Attribution))
            && claim.Kind is ClaimKind.Level or ClaimKind.Growth or ClaimKind.ShareOfGdp
            && readings.Any(r => r.CountsForVerdict) && !readings.Any(r => r.CountsForVerdict && VerdictRules.SameSource(r.Source, claim.Attribution))
            // (Another source's matching value rescues a figure of NATO's or of a government, whose numbers the standard series
            // carry, but not one of a publisher of its own, such as the EDA or the IISS, on a definition of its own.)
            && (!readings.Any(r => r.CountsForVerdict && r.Holds) || claim.Attribution is not ("NATO" or "the government" or "SIPRI")))
            return (Verdict.Unverifiable, $"{claim.Attribution}, the source it is attributed to, has no value for {what} in the store; other sources (evidence only): {string.Join("; ", readings.Where(r => r.CountsForVerdict).Take(2).Select(r => $"{r.Line} ({r.Detail})"))}");
        // NATO's editions disagreeing on a figure attributed to NATO: which edition the article reports decides, else it depends on it.
        // (Counts of allies and their multiples, the set's decision 11; a quoted share or amount that one edition prints is NATO's own.)
        if (attribution == "NATO" && (claim.Kind == ClaimKind.Count || claim.Primary?.Kind == QuantityKind.Multiple || claim.Phrase is "threshold streak" or "below streak"))
        {
            var editions = readings.Where(r => r.CountsForVerdict && r.Line.StartsWith("NATO 20", StringComparison.Ordinal) && r.Line.Contains(" edition", StringComparison.Ordinal))
                .GroupBy(r => r.Line[..9]).Select(g => (Edition: g.Key, Holds: g.Any(r => r.Holds))).ToArray();
            if (editions.Length >= 2 && editions.Any(e => e.Holds) && editions.Any(e => !e.Holds) && !readings.Any(r => r.CountsForVerdict && r.Holds && !r.Line.StartsWith("NATO 20", StringComparison.Ordinal) && r.Source == "NATO"))
                return (Verdict.MethodDependent, $"NATO's editions disagree: holds under {string.Join(", ", editions.Where(e => e.Holds).Select(e => e.Edition + " edition"))}, not under {string.Join(", ", editions.Where(e => !e.Holds).Select(e => e.Edition + " edition"))} ({string.Join("; ", readings.Where(r => r.CountsForVerdict).Take(3).Select(r => r.Detail))})");
        }
        // SIPRI's "Europe" is its own region (with Russia, Ukraine, Belarus; without Türkiye), whose total the store does not hold:
        // a SIPRI figure for plain "Europe" is not checked against sums for the EU or NATO's European members (evidence only).
        if (attribution == "SIPRI" && claim.Kind is ClaimKind.Level or ClaimKind.Growth && claim.Subject is { } europe
            && europe.Candidates.Count >= 3 && europe.Candidates.Contains("EU_UK") && europe.Candidates.Contains("NATO_EUROPE")
            && System.Text.RegularExpressions.Regex.IsMatch(europe.Text, @"^Europe(?:'s|’s)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            return (Verdict.Unverifiable, $"SIPRI's Europe is its regional total, which the store does not hold; sums of other groupings (evidence only): {string.Join("; ", readings.Where(r => r.CountsForVerdict).Take(2).Select(r => $"{r.Line} ({r.Detail})"))}");
        var decided = VerdictRules.Decide(readings, attribution, what);
        // A story on one report (a source inferred from the article) reports that report throughout: when the report's own
        // value differs, another source that happens to match is evidence, not a rescue (the labelled set's decision 40).
        // Someone's ambition or call ("Rutte's ambition to increase that budget to 3%") that no curated pledge or plan holds is a
        // statement the store does not record, not a wrong figure; a figure named as an agreed pledge can be wrong.
        if (claim.Kind == ClaimKind.Target && decided.Verdict == Verdict.Contradicted && claim.Phrase != "pledge year"
            && Proposal.IsMatch(claim.Text) && !AgreedPledge.IsMatch(claim.Text))
            return (Verdict.Unverifiable, $"a proposal the curated pledges do not record ({decided.Item2})");
        // "A growing number of nations … have committed to reaching 3%": national plans of countries the text does not name are
        // no alliance pledge, and the curated national targets cannot be matched to no one.
        if (claim.Kind == ClaimKind.Target && decided.Verdict == Verdict.Contradicted && UnnamedCountries.IsMatch(claim.Text))
            return (Verdict.Unverifiable, $"national goals of countries the article does not name ({decided.Item2})");
        // A national plan or target the curated figures do not hold cannot be contradicted by NATO's pledges; nor can a
        // commitment whose owner the sentence names only by a person and does not call the alliance's ("Sir Keir has committed
        // to spend 2.5% of GDP on defence from April 2027").
        if (claim.Kind == ClaimKind.Target && decided.Verdict == Verdict.Contradicted && claim.Phrase != "pledge year")
        {
            if (claim.Subject is { } s && s.Candidates.All(c => c is not ("NATO" or "NATO_EUROPE" or "NATO_EUROPE_CANADA")))
                decided = (Verdict.Unverifiable, $"a national target the curated figures do not hold ({decided.Item2})");
            else if (claim.Subject is null && !Matches(claim.Text, @"\bNATO\b|\bNato\b|\balliance\b|\ballies\b|\bWales\b|\bHague\b|\bmembers\b"))
                decided = (Verdict.Unverifiable, $"a target whose owner the sentence does not name and does not call the alliance's ({decided.Item2})");
        }
        // "Denmark is expected to spend 2.02% of its GDP on defence in 2024" (February 2024), "the Lithuanian authorities allocated
        // 3.2% of GDP": a government's plan or forecast for the year in progress or later is that government's figure, which
        // the sources' later outturns do not refute (they are evidence).
        if (claim.Kind is ClaimKind.Level or ClaimKind.ShareOfGdp && decided.Verdict == Verdict.Contradicted && !IsDataPublisher(attribution)
            && claim.Primary is { } figure && claim.Published is { } writtenOn && claim.Years.Count > 0 && claim.Years[0] >= writtenOn.Year
            && PlanOrForecastBefore.IsMatch(claim.Text[Math.Max(0, figure.Start - 120)..figure.Start])
            // (One country's own plan; what NATO or SIPRI expects is theirs to be checked against.)
            && claim.Subject is { } planner && planner.Candidates.All(c => !IsGroup(c))
            // (Only outturns answer it: a curated budget line or plan for that year is checked as usual.)
            && readings.Where(r => r.CountsForVerdict).All(r => r.Source is "SIPRI" or "NATO")
            && !Matches(claim.Text, @"\bNATO\b|\bSIPRI\b|\bIISS\b|\bEDA\b|European\s+Defen[cs]e\s+Agency|Military\s+Balance"))
            return (Verdict.Unverifiable, $"a plan or forecast for {claim.Years[0]}, the year in progress or later when written, which no curated figure holds ({decided.Item2})");
        // "Poland alone is spending €2.3 billion reinforcing its eastern border", "Italy (€14.9 billion)" in a list of SAFE loans:
        // an amount far from every total the store holds for its subject and year, under every source, method and currency, is
        // another quantity (a programme, a package, a loan, a plan, a sub-line) rather than a wrong total. It stays contradicted
        // when the sentence gives it as SIPRI's, NATO's, the IISS's or the EDA's (their totals misreported), when it is a GDP,
        // a conversion or a unit price (quantities the store does hold), and when it matches a total but for a power of ten
        // (a slip of scale, judged as printed).
        if (claim.Kind == ClaimKind.Level && decided.Verdict == Verdict.Contradicted && claim.Primary is { Kind: QuantityKind.Money } amount
            && !(IsDataPublisher(attribution) && !claim.AttributionFromArticle)
            && readings.Where(r => r.CountsForVerdict).All(r => r.Source is not ("IMF WEO" or "conversion" or "contract prices"))
            && FarFromEveryTotal(amount, readings) is { } nearest)
            return (Verdict.Unverifiable, $"more than {F(FarFromTotals, "0.#")} times away from every stored total, so most likely another quantity (a programme, package, plan or budget line) the store does not hold; nearest: {nearest.Line} ({nearest.Detail})");
        return decided;
    }

    /// <summary>How far (as a factor either way) an amount must lie from every stored total to be read as another quantity.</summary>
    private const double FarFromTotals = 1.5;

    /// <summary>The stored total nearest to the amount when every one lies more than <see cref="FarFromTotals"/> times away
    /// and the nearest is not the amount at another power of ten; otherwise null.</summary>
    private static Reading? FarFromEveryTotal(Quantity amount, IEnumerable<Reading> readings)
    {
        // (Only money readings: a share or a count beside the amount is no total to measure it against.)
        var nearest = readings.Where(r => r.CountsForVerdict && r.Value > 0 && !r.Unit.Contains('%') && r.Unit is not ("ratio" or "year" or "allies"))
            .MinBy(r => Math.Abs(Math.Log(r.Value / amount.Value)));
        if (nearest is null) return null;
        var decades = Math.Abs(Math.Log10(nearest.Value / amount.Value));
        var scaleSlip = decades >= 0.9 && Math.Abs(decades - Math.Round(decades)) <= 0.02;
        return decades > Math.Log10(FarFromTotals) && !scaleSlip ? nearest : null;
    }

    private static readonly System.Text.RegularExpressions.Regex PlanOrForecastBefore = new(
        @"\b(?:will|would|expected|expects?|plans?|planned|planning|budget\w*|allocat\w*|earmark\w*|set\s+(?:at|to)|projected|projections?|forecasts?|intends?|aims?)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex ReachAllianceGoal = new(@"\b(?:reach|meet|hit|achieve)\w*\s+(?:the\s+)?(?:alliance|NATO)(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:target|goal|benchmark|guideline)\b[^.;]{0,12}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex CurrentYearAfter = new(@"^[^.;]{0,60}?\b(?:(?<!\bearlier\s)(?:this|the\s+current)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year|by\s+the\s+end\s+of\s+(?:the|this)\s+year)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    /// <summary>"… in 2029" after a share reached, unless the year is when something was agreed or set.</summary>
    private static readonly System.Text.RegularExpressions.Regex ReachedInYearAfter = new(@"^(?:(?!\b(?:agreed|set|adopted|pledged|decided|summit)\b)[^.;]){0,40}?\bin\s+(?<y>20\d\d)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex DeadlineAfter = new(@"^[^.;]{0,60}?\b(?:by|until|before)\s+(?:the\s+end\s+of\s+)?(?<y>20\d\d)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex ChangeThenLevel = new(@"\d(?:\.\d+)?\s*(?:%|per\s?cent|percent|pct)[^.;]{0,40}?\bto\s+(?:a\s+)?(?:(?:new\s+)?record(?:\s+high)?(?:\s+of)?\s+)?(?:about\s+|around\s+|almost\s+|nearly\s+|an\s+estimated\s+|some\s+)?\S*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex UnitPriceCue = new(@"\bcosts?\b|\bpriced?\b|\bper\s+(?:shell|round|unit|tank|vehicle|missile|drone|piece|howitzer)\b|\bapiece\b|\ba\s+(?:single|each)\b|\beach\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    // "roughly £30bn a year more": an increase named after the amount.
    // "$40bn more", "1.1 trillion yen in additional defense spending": an increment named after the amount.
    private static readonly System.Text.RegularExpressions.Regex MoreAfter = new(@"^\s*(?:a\s+year\s+|annually\s+|per\s+year\s+)?(?:more|extra|on\s+top|(?:in|of)\s+(?:additional|extra|supplementary)\b)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex RecordBefore = new(@"\b(?:steepest|sharpest|largest|biggest|fastest|highest|strongest|greatest|first\s+time)\b(?:\s+\S+){0,4}\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex OtherPurpose = new(
        @"\b(?:family|families|child(?:ren)?|education|schools?|health(?:care)?|hospitals?|pensions?|social|welfare|charity|culture|sports?|agricultur\w*|transport|housing|science|climate)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex AidWords = new(@"\baid\b|assistance|package|donations?\b|support\s+for\s+Ukraine", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex MoneyFigure = new(@"[$€£]\s?\d|\d\s*(?:billion|million|trillion|bn|tn)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The clause a figure sits in, up to the figure: from the last sentence-internal break (comma, semicolon, dash, "but", "while", "and") before it.</summary>
    private static string ClauseBefore(string text, int position)
    {
        var before = text[..Math.Min(text.Length, position)];
        var m = System.Text.RegularExpressions.Regex.Match(before, @"(?:[,;:—–]|\s-\s|\b(?:but|while|whereas|meanwhile)\b)(?=[^,;:—–]*$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.RightToLeft);
        return m.Success ? before[(m.Index + m.Length)..] : before;
    }

    /// <summary>The rest of a figure's clause after it ("… 50 billion rubles flows to a state charity").</summary>
    private static string ClauseAfter(string text, int position)
    {
        // "150 billion euros ($170 billion) in defense-related loans": a conversion in brackets does not end the clause.
        var after = System.Text.RegularExpressions.Regex.Replace(text[Math.Min(text.Length, position)..], @"^\s*\([^()]*\)", "");
        var m = System.Text.RegularExpressions.Regex.Match(after, @"[,;:—–]|\((?![A-Z]{2,}\))|\s-\s|\b(?:and|but|while|whereas|meanwhile)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return m.Success ? after[..m.Index] : after;
    }

    private static readonly System.Text.RegularExpressions.Regex TotalSpendingBefore = new(
        @"\btotal\s+(?:(?:federal|state|government|public|budget)\s+)*(?:spending|expenditures?|outlays)\b|\b(?:federal|state)\s+budget\s+(?:spending|expenditures?)\b|\btotal\s+budget\b(?!.*\btotal\b)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.RightToLeft);
    private static readonly System.Text.RegularExpressions.Regex DateInEvidence = new(@"\((?<d>\d{4}-\d{2}(?:-\d{2})?)\)");
    private static readonly System.Text.RegularExpressions.Regex DatasetEdition = new(@"^(?<ds>sipri|nato|weo|wdi)\s+(?<ed>[\w-]+)");

    private static readonly System.Text.RegularExpressions.Regex YearInEvidence = new(@"\((?<y>(?:19|20)\d\d)\)");

    /// <summary>
    /// When the value a reading shows was published, as the first and last day it can have been: a curated figure's release is
    /// dated to the day, the month ("Defence Investment of NATO Countries (2014-2026) (2026-07)") or only the year ("Federal
    /// budget law 2025-2027 (2024)"); a dataset's is its edition's release date in the catalogue.
    /// </summary>
    private (DateOnly First, DateOnly Last)? ReleaseWindow(Reading reading)
    {
        foreach (var evidence in reading.Evidence)
        {
            var date = DateInEvidence.Match(evidence);
            if (date.Success)
            {
                var text = date.Groups["d"].Value;
                if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return (day, day);
                if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)) return (month, month.AddMonths(1).AddDays(-1));
            }
            var edition = DatasetEdition.Match(evidence);
            if (edition.Success)
                return _store.Catalogue().FirstOrDefault(c => c.Dataset.Id == edition.Groups["ds"].Value && c.Dataset.Edition == edition.Groups["ed"].Value)?.Dataset.ReleaseDate is { } released
                    ? (released, released) : null;
        }
        return reading.Evidence.Select(e => YearInEvidence.Match(e)).FirstOrDefault(m => m.Success) is { } match
            && int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) is var year
            ? (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
            : null;
    }

    /// <summary>The earliest day the reading's value can have been published.</summary>
    private DateOnly? ReleaseOf(Reading reading) => ReleaseWindow(reading)?.First;

    /// <summary>The latest day the reading's value can have been published.</summary>
    private DateOnly? LatestRelease(Reading reading) => ReleaseWindow(reading)?.Last;

    private static readonly System.Text.RegularExpressions.Regex Proposal = new(@"\b(?:ambition|wants?|want(?:ed|s)|call(?:s|ed)?\s+(?:on|for)|propos\w*|urg\w*|demand\w*|hopes?|plans?|aims?|suggest\w*|should|must|needs?\s+to|ought\s+to)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    /// <summary>
    /// The statistical publishers whose estimates of spending are a definition of their own (as against governments' budgets):
    /// SIPRI, the IISS, NATO and the EDA, whose figures the store holds, and Eurostat (COFOG), whose releases it does not.
    /// </summary>
    private static bool IsDataPublisher(string? attribution) => attribution is "SIPRI" or "IISS" or "NATO" or "EDA" or "Eurostat";
    private static bool IsEda(Reading reading) => reading.Source.StartsWith("European Defence Agency", StringComparison.Ordinal);
    /// <summary>Defence and internal security named together, the wider of Russia's two budget definitions.</summary>
    private static readonly System.Text.RegularExpressions.Regex DefencePlusSecurity = new(@"\b(?:defen[cs]e|military)\s+and\s+(?:national\s+|domestic\s+|internal\s+)?security\b|security\s+and\s+defen[cs]e", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    // ("Overall defense spending for fiscal 2021 was budgeted at 6.1 trillion yen", "the 4.98 trillion yen budget approved by the
    // cabinet", "in the Union Budget 2017, the defence allocation stood at Rs.2.62 lakh crore": the same national budget.)
    private static readonly System.Text.RegularExpressions.Regex NationalBudget = new(@"\b(?:defen[cs]e|military|security)\s+(?:budget|allocation)s?\b|\bbudget\s+(?:request|proposal|for\s+(?:defen[cs]e|the\s+military))\b"
        + @"|\bbudgeted\s+at\b|\bbudget\s+(?:approved|adopted|passed)\s+by\b|\b(?:Union|federal|annual|draft)\s+[Bb]udget\b|\b(?:outlay|allocation)\s+for\s+(?:defen[cs]e|the\s+military)\b"
        // ("CZK 111.8 billion was approved for defence in last year's budget", "The Defence Ministry budget alone reached CZK 164.3
        // billion", "a total of CZK 177.1 billion was allocated for defence expenditure": the state budget's lines.)
        + @"|\b(?:approved|allocated|earmarked)\s+for\s+(?:defen[cs]e|the\s+military)\b|\b(?:this|next|last)\s+year['’]s\s+budget\b|\b(?:the\s+)?state\s+budget\b|\b(?:defen[cs]e|MoD)\s+ministry(?:['’]s)?\s+budget\b|\bministry\s+of\s+defen[cs]e['’]s\s+budget\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex NotSpending = new(@"\b(?:(?:budget\s+|fiscal\s+)?deficits?|shortfalls?|(?:additional\s+|new\s+)?borrowing|debt(?!\s+brake)|bridge|(?:industry|market|compan(?:y|ies)|firms?)\b[^,;.]{0,40}\b(?:revenues?|sales|turnover)|worth\s+of\s+(?:[\w-]+\s+){0,2}(?:arms|equipment|weapons|exports|imports)|arms\s+(?:imports|exports|sales))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static bool SummitOfYear(string text, string year) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, $@"\b{year}\s+(?:NATO\s+|Nato\s+)?[Ss]ummit\b|\b[Ss]ummit\s+(?:in\s+)?{year}\b");

    /// <summary>A firm's orders and the nuclear-weapons programme: quantities near spending that no stored series holds.</summary>
    private const string OrdersOrNuclearPattern = @"order\s+(?:book|backlog|intake)s?|backlogs?|(?:spending|expenditure)\s+on\s+nuclear\s+weapons|nuclear[\s-]weapons\s+spending";
    private static readonly System.Text.RegularExpressions.Regex OrdersOrNuclear = new($@"\b(?:{OrdersOrNuclearPattern})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex MarketFigure = new(@"\b(?:shares\s+(?:in|of)\s+[A-Z]|shares\s+(?:rose|fell|jumped|climbed|gained|added|lost|slipped|dropped|surged|soared|were\s+(?:up|down))|share[\s-]prices?|stock\s+(?:markets?|exchanges?|prices?)|(?:defen[cs]e|arms|weapons)\s+stocks|equities|(?:stock|sector|market)\s+index|index\s+(?:rose|fell|gained|lost|closed|was\s+up|was\s+down|up|down)|Stoxx|STOXX|DAX|FTSE|MSCI|Nasdaq|S&P\s?500|market\s+(?:value|capitali[sz]ation)|closed\s+the\s+session)\b|\((?:LON|NYSE|ETR|EPA|BIT|NASDAQ|FRA|STO|AMS):\s?[A-Z.]+\)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex ChangingOtherQuantity = new($@"\b(?:revenues?|{OrdersOrNuclearPattern})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex NamedBudgetPart = new(@"\b(?:operations?|operating|operational|personnel|force[\s-]improvement|maintenance|capital)\s+budget\b(?![^,;]*\b(?:defen[cs]e|military)\s+budget\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex BudgetComponent = new(@"\b(?:(?:military\s+)?salar(?:y|ies)|wages|servicemen['’]s\s+pay|(?:purchase\s+of\s+)?(?:unmanned\s+aerial\s+vehicles|UAVs|drones)|Ministry\s+of\s+(?:Strategic\s+Industry|Digital\s+\w+)|weapons\s+and\s+(?:military\s+)?equipment|(?:equipment\s+and\s+)?armament\s+programmes?|for\s+the\s+(?:[A-Z]\w+\s+)?(?:army|navy|air\s+force|National\s+Guard|ground\s+forces))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private const string EquipmentTarget = "figures.target_equipment_share";
    private static readonly System.Text.RegularExpressions.Regex Announcement = new(@"\b(?:has|have)\s+raised\b|\bannounc\w+\s+(?:an?\s+|its\s+)?(?:[\d.]+\s*(?:%|per\s?cent)\s+)?(?:increase|rise|hike|boost)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex AnnouncedRise = new(@"\b(?:raises|raised|is\s+(?:raising|increasing|boosting|hiking|lifting)|increases|increased|boosts|boosted|hikes|hiked|lifts|soars|will\s+(?:raise|increase|boost|hike|lift|grow|rise))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex UnnamedCountries = new(@"\b(?:a\s+(?:(?:growing|small|large|rising)\s+)?number\s+of|several|some|a\s+few|a\s+handful\s+of)\s+(?:\w+\s+)?(?:nations|countries|allies|members|member\s+states|governments)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex AgreedPledge = new(@"\b(?:agreed|pledged|guideline|summit|declaration|Wales|Hague)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private (Verdict, string) DecideComparison(Claim claim, List<Reading> readings, string what)
    {
        var counted = readings.Where(r => r.CountsForVerdict).ToArray();
        if (counted.Length == 0) return (Verdict.Unverifiable, $"no data in the store or the curated figures for {what}");
        if (claim.Kind == ClaimKind.ProductionRatio)
        {
            var r = counted[0];
            var hint = r.Evidence[^1];
            var text = $"capacity model: {r.Detail}";
            return hint.EndsWith("holds") ? (Verdict.Supported, text + ": the claimed ratio is within the interval and at least as likely as not")
                : hint.EndsWith("possible") ? (Verdict.MethodDependent, text + ": within the interval but less likely than not; it holds only with some of the published estimates")
                : (Verdict.Contradicted, text + ": the claimed ratio lies outside the P5–P95 interval");
        }
        // "Americans are investing more than twice the amount … with $743 billion compared to Europe and Canada's $356 billion": a
        // comparison of dollar amounts the sentence states is made at market rates; purchasing power is evidence unless named.
        if (!claim.Cues.Ppp && QuantityParser.Parse(claim.Text).Count(p => p.Kind == QuantityKind.Money && p.Currency == "USD") >= 2
            && counted.Any(r => !IsPppLine(r)) && counted.Any(IsPppLine))
        {
            Demote(readings, IsPppLine, "the sentence compares dollar amounts at market rates");
            counted = readings.Where(r => r.CountsForVerdict).ToArray();
        }
        // SIPRI and NATO publish at market exchange rates: a comparison the article takes from them is read on their basis, and
        // the PPP constructions are evidence (IISS's mixed construction stays a method question, as the labelled set decides).
        if (claim.Attribution is "SIPRI" or "NATO" && counted.Where(r => r.Line.Contains("both at mer", StringComparison.OrdinalIgnoreCase)).ToArray() is { Length: > 0 } mer)
        {
            var r = mer[0];
            return r.Holds ? (Verdict.Supported, $"holds on {claim.Attribution}'s basis (market exchange rates): {r.Line} {r.Detail}")
                : (Verdict.Contradicted, $"does not hold on {claim.Attribution}'s basis (market exchange rates): {r.Line} {r.Detail}");
        }
        var holding = counted.Where(r => r.Holds).Select(r => r.Line).Distinct().ToArray();
        var failing = counted.Where(r => !r.Holds).Select(r => r.Line).Distinct().ToArray();
        if (failing.Length == 0) return (Verdict.Supported, $"same direction under every basis: {string.Join("; ", counted.Take(3).Select(r => $"{r.Line} {r.Detail}"))}");
        if (holding.Length == 0) return (Verdict.Contradicted, $"no basis supports it: {string.Join("; ", counted.Take(3).Select(r => $"{r.Line} {r.Detail}"))}");
        return (Verdict.MethodDependent, $"holds under {string.Join("; ", counted.Where(r => r.Holds).Take(2).Select(r => $"{r.Line} {r.Detail}"))} — not under {string.Join("; ", counted.Where(r => !r.Holds).Take(2).Select(r => $"{r.Line} {r.Detail}"))}");
    }

    private static bool IsPppLine(Reading reading) => reading.Line.Contains("PPP", StringComparison.OrdinalIgnoreCase) || reading.Line.Contains("hybrid", StringComparison.OrdinalIgnoreCase);

    private string Size(Claim claim, List<Reading> readings)
    {
        if (claim.Place is null || !_registry.TryResolve(claim.Place, out var place)) return $"the size of {claim.Place}";
        var placeArea = Rows(place.Id, Measures.Area.Id, "figures").FirstOrDefault();
        if (placeArea is null) return $"the size of {place.Name} (no curated area)";
        var subject = claim.Subject?.Primary ?? "UKR";
        var rows = claim.Item == "occupied" ? Rows("UKR", "figures.occupied_area", "figures") : Rows(subject, Measures.Area.Id, "figures");
        var years = YearsOf(claim);
        // The figure nearest the article's year (a map tally changes month by month).
        var nearest = rows.OrderBy(r => years.Min(y => Math.Abs(r.Observation.Year - y))).ThenByDescending(r => r.Observation.Year).Take(1);
        foreach (var row in nearest)
        {
            var ratio = row.Observation.Value / placeArea.Observation.Value;
            readings.Add(new Reading("curated figures", "area ratio", subject, row.Observation.Year, ratio, "ratio", Math.Abs(ratio - 1) <= 0.1,
                $"{F(row.Observation.Value, "#,##0")} km² ÷ {F(placeArea.Observation.Value, "#,##0")} km² = {F(ratio, "0.00")} ({row.Observation.Year})",
                [FigureSource(row).Citation, FigureSource(placeArea).Citation]));
        }
        return $"an area the size of {place.Name}";
    }
}
