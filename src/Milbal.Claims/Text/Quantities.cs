using System.Globalization;
using System.Text.RegularExpressions;

namespace Milbal.Claims.Text;

public enum QuantityKind
{
    /// <summary>An amount of money: <see cref="Quantity.Currency"/> and the value in units (scale applied).</summary>
    Money,
    /// <summary>A percentage; <see cref="Quantity.OfGdp"/> when it is a share of GDP / economic output.</summary>
    Percent,
    /// <summary>Percentage points ("by 0.3 percentage points").</summary>
    PercentagePoints,
    /// <summary>A multiple: "four times", "twice", "threefold".</summary>
    Multiple,
    /// <summary>A fraction: "a third", "half", "two-thirds".</summary>
    Fraction,
    /// <summary>A span of time in months: "three months" = 3, "a year" = 12.</summary>
    Duration,
    /// <summary>A number of things: "1.5 million shells", "250,000 a month", "23 allies".</summary>
    Count,
}

/// <summary>How a hedge word widens a figure's tolerance.</summary>
public enum Hedge
{
    None,
    /// <summary>about, around, roughly, some, an estimated, approximately: ±5%.</summary>
    Approximately,
    /// <summary>nearly, almost, just under, close to: [−5%, 0].</summary>
    Nearly,
    /// <summary>more than, over, above, upwards of: ≥ the figure.</summary>
    MoreThan,
    /// <summary>at least: ≥ the figure.</summary>
    AtLeast,
    /// <summary>up to, less than, under, below: ≤ the figure.</summary>
    UpTo,
    /// <summary>just over, slightly more than: [0, +5%].</summary>
    JustOver,
}

/// <summary>
/// A number found in a sentence, with its unit, the value in units, the half-unit of the last digit stated
/// (<see cref="HalfUnit"/>, in the same units) and the hedge in front of it.
/// </summary>
public sealed record Quantity(
    QuantityKind Kind, string Text, int Start, double Value, double HalfUnit, Hedge Hedge, string? Currency = null,
    bool OfGdp = false, string? Noun = null, string? Per = null)
{
    public int End => Start + Text.Length;

    /// <summary>Interval the figure stands for: its stated precision widened by the hedge.</summary>
    public (double Low, double High) Tolerance
    {
        get
        {
            var (v, h) = (Value, HalfUnit);
            var five = Math.Abs(v) * 0.05;
            return Hedge switch
            {
                Hedge.Approximately => (v - Math.Max(h, five), v + Math.Max(h, five)),
                // "nearly $6 billion", "almost double": the hedge says the figure was not reached, so it sets the interval [−5%, 0]
                // (the verdict rules of data/claims-eval/README.md); rounding up to the stated digit would admit 6.16 as "nearly 6".
                Hedge.Nearly => (v - five, v),
                Hedge.JustOver => (v - h, v + five + h),
                // "more than 4%", "at least 2%": the stated figure is the floor (README: "more than / over → ≥").
                Hedge.MoreThan or Hedge.AtLeast => (v, double.PositiveInfinity),
                Hedge.UpTo => (double.NegativeInfinity, v + h),
                _ => (v - h, v + h),
            };
        }
    }

    public bool Admits(double value) => value >= Tolerance.Low && value <= Tolerance.High;

    public string ToleranceText
    {
        get
        {
            var (lo, hi) = Tolerance;
            string F(double x) => Format(x);
            return (double.IsNegativeInfinity(lo), double.IsPositiveInfinity(hi)) switch
            {
                (false, true) => $"≥ {F(lo)}",
                (true, false) => $"≤ {F(hi)}",
                _ => $"{F(lo)}–{F(hi)}",
            };
        }
    }

    public string Format(double x) => Kind switch
    {
        QuantityKind.Money => Money(x, Currency),
        QuantityKind.Percent or QuantityKind.PercentagePoints => x.ToString("0.###", CultureInfo.InvariantCulture) + (Kind == QuantityKind.Percent ? "%" : " pt"),
        // (Durations are parsed into months: "two years" is 24.)
        QuantityKind.Duration => x.ToString("0.##", CultureInfo.InvariantCulture) + " months",
        _ => x.ToString(Math.Abs(x) >= 100 ? "#,##0" : "0.###", CultureInfo.InvariantCulture),
    };

    public static string Money(double units, string? currency)
    {
        var abs = Math.Abs(units);
        var (div, suffix) = abs >= 1e12 ? (1e12, "tn") : abs >= 1e9 ? (1e9, "bn") : abs >= 1e6 ? (1e6, "m") : (1, "");
        return $"{currency ?? "?"} {(units / div).ToString(div == 1 ? "#,##0" : "#,##0.0##", CultureInfo.InvariantCulture)}{suffix}";
    }
}

/// <summary>
/// Finds money, percentages, multiples, fractions, durations and counts in a sentence as defence journalism writes
/// them: "$145.9 billion", "US$2.7 trillion", "€343bn", "13.1 trillion roubles", "Rbs13.1tn", "2% of GDP",
/// "42 per cent", "four times", "a third", "three months", "1.5 million shells", "250,000 a month".
/// </summary>
public static partial class QuantityParser
{
    // Thousands separated by commas or, as in much of Europe, by a (thin or no-break) space: "700,000", "700 000".
    // ("Rs 6,81,210 crore": Indian grouping, pairs of digits before the last three.)
    private const string Number = @"(?<num>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?=\s?(?:%|per\s?cent|percent|trillion|billion|million|bn\b|tn\b))|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,])|\d+(?:\.\d+)?|\.\d+)";
    // Headlines capitalise the word ("Hits $462 Billion"); the abbreviations stay lower-case ("$5 m", not "$5 M").
    // ISO 4217 codes written before or after an amount ("HUF 1,753 billion", "186 billion PLN").
    private const string IsoCodes = "USD|EUR|GBP|RUB|PLN|SEK|NOK|DKK|CHF|HUF|CZK|RON|BGN|TRY|INR|JPY|KRW|CNY|UAH|ILS|SAR|TWD";
    private static readonly HashSet<string> IsoCodeSet = [.. IsoCodes.Split('|')];
    // ("$470B", "$1.0T": a capital B or T set right against the digits is the chart and social-media shorthand for billions.)
    /// <summary>The percent sign as the context patterns around a figure spell it ("%", "per cent", "per-cent", "percent", "pct", "pc").</summary>
    internal const string PercentSign = @"(?:%|per[\s-]?cent|percent|pct\b|pc\b)";
    private const string ScaleWord = @"(?<scale>(?i:trillion|billion|million|thousand|lakh\s+crore|crore|lakh)|tn|trn|bn|Bn|bln|b|mn|m|k|t|(?<=\d)[BT])\b";

    // Prefix currencies: "$", "US$", "$US" (Australian style), "U.S. $", "€", "£", "Rbs", "RUB ", "USD ", "EUR ", "Rs", "A$", "C$".
    [GeneratedRegex(@"(?<cur>NT\$|₹\s?|Rs\.?\s?(?=\d)|(?-i:R)(?=\d[\d.,]*\s?-?(?:bn|billion|trillion|tn|m\b|million))|Tk\.?\s?(?=\d)|US\s?\$|\$\s?US(?=\d)|U\.S\.\s?\$|A\$|C\$|NZ\$|\$|€|£|¥|Rbs?\.?\s?|(?:" + IsoCodes + @")\s?)" + Number + @"(?:\s?-?" + ScaleWord + @")?(?<after>\s+(?:dollars|euros|pounds)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixMoney();

    // Suffix currencies: "13.1 trillion roubles", "100 billion euros", "50bn zlotys", "4 billion US dollars".
    [GeneratedRegex(@"(?:" + Number + @"|\b(?<num1>a|one|half\s+a)(?=\s+(?:trillion|billion|million))|\b(?<word>two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)(?=\s+(?:trillion|billion|million)))\s?-?" + @"(?:" + ScaleWord + @"[\s-])?\s*\(?(?<cur>(?:U\.?S\.?\s)?dollars|euros?|pounds(?:\ssterling)?|roubles?|rubles?|zlotys?|zloty|kronor|kroner|krona|yuan|renminbi|yen|hryvnias?|rupees|lira|won|shekels?|forints?|lei|(?-i:" + IsoCodes + @"))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuffixMoney();

    // "the Russian economy is two trillion", "13.1 billion" without a currency word: an amount of money in the article's currency.
    [GeneratedRegex(@"(?<![\w$€£.,])(?:" + Number + @"|(?<word>one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty))\s?-?(?<scale>trillion|billion)\b(?!-)(?!\s+(?:people|inhabitants|users|citizens|barrels|tonnes|tons|years|shells|rounds|cubic))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareScaleMoney();

    [GeneratedRegex(@"(?:" + Number + @"|\b(?<word>one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)(?<half>\s+and\s+a\s+half)?(?=[\s-]?(?:per[\s-]?cent|percent)))(?:\s?%|[\s-]?(?:per[\s-]?cent|percent|pct|pc)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentRx();

    [GeneratedRegex(@"(?<num>\d+(?:\.\d+)?|" + NumberWords + @")\s?(?:percentage|%)\s?points?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointsRx();

    [GeneratedRegex(@"^\s*(?:of\s+(?:(?:its|their|the|his|her|our|total|annual|Russia's|Europe's|the\s+country's|the\s+nation's|national|gross)\s+)*(?:GDP|gross\s+domestic\s+product|economic\s+output|national\s+output|national\s+income|economy|economies|output)\b|GDP\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfGdpAfter();

    private const string NumberWords = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundred";

    [GeneratedRegex(@"\b(?<num>\d+(?:\.\d+)?|" + NumberWords + @")(?:\s|-)(?:times|fold)\b|\b(?<word>twice|double|doubled|doubling|triple|tripled|tripling|quadruple|quadrupled|quadrupling|threefold|fourfold|fivefold|tenfold)\b(?!\s+down\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MultipleRx();

    [GeneratedRegex(@"\b(?<frac>a\s+third|one[\s-]third|two[\s-]thirds|a\s+quarter|one[\s-]quarter|three[\s-]quarters|half|a\s+fifth|one[\s-]fifth|a\s+tenth)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FractionRx();

    [GeneratedRegex(@"\b(?<num>\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|several|a\s+few)\s+(?:whole\s+|full\s+|entire\s+|single\s+)?(?<unit>days?|weeks?|months?|years?|decades?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationRx();

    /// <summary>Numbers in words from two to twenty, as counts are written ("Eight nations", "two new submarines").</summary>
    internal const string TwoToTwenty = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";

    // Counts of things defence articles measure: munitions, equipment, people, states.
    public const string CountNouns =
        @"(?:(?:artillery|tank|howitzer|155mm|152mm|155-mm|152-mm|mortar|ammunition|large-calibre|large-caliber)\s+)?(?:shells?|rounds?|munitions?|projectiles?|missiles?|drones?|tanks?|howitzers?|armou?red\s+vehicles?|vehicles?|combat\s+cars?|aircraft|jets?|fighter\s+jets?|warships?|ships?|submarines?|troops?|soldiers?|personnel|servicemen|service\s+members|casualties|workers|allies|members|member\s+(?:states|nations|countries)|countries|nations|states|brigades?|divisions?|battalions?|warheads?|rockets?|interceptors?|systems?|pieces?|guns?|launchers?|helicopters?|(?:naval\s+)?vessels?|UAVs?|(?<=artillery\s+)weapons?)";

    // "four million 152mm artillery rounds", "63 fixed-wing aircraft", "150 unmanned aerial vehicles": a number in words takes a scale.
    [GeneratedRegex(@"\b(?:" + Number + @"|(?<word>one|two|three|four|five|six|seven|eight|nine|ten|a)(?=\s+(?:million|thousand)\b)|(?<word>(?:twenty|thirty)-(?:one|two|three|four|five|six|seven|eight|nine)|" + TwoToTwenty + @"|thirty)(?!\s+(?:million|thousand)\b))(?:\s?-?(?<scale>trillion|billion|million|thousand|m|k)\b)?(?:\s+(?:new|more|additional|extra|artillery|main|battle|member|combat|active|military|modern|western|infantry|fighting|fixed-wing|unmanned|aerial|long-range|air-defen[cs]e|of\s+(?:its|their|the)|NATO|EU|European|Russian|North\s+Korean|Ukrainian|U\.S\.|US|(?-i:[A-Z][A-Za-z]*-\d+[A-Za-z]*|[A-Z][a-z]{3,}))){0,3}\s+(?<noun>" + CountNouns + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountRx();

    [GeneratedRegex(@"\b" + Number + @"(?:\s?-?(?<scale>million|thousand|m|k)\b)?\s+(?:a|per|each|every)\s+(?<per>day|week|month|year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RateRx();

    [GeneratedRegex(@"(?<hedge>nearly|almost|just\s+under|closer\s+to|close\s+to|about|around|roughly|some|an\s+estimated|estimated(?:\s+at)?|approximately|approx\.|circa|more\s+than|over|upwards\s+of|above|in\s+excess\s+of|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|at\s+least|(?<!add(?:s|ed|ing)?\s)up\s+to|less\s+than|under|below|fewer\s+than|just\s+over|slightly\s+more\s+than|just\s+above|a\s+little\s+over|~)\s*(?:a\s+|an\s+|the\s+equivalent\s+of\s+|of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HedgeBefore();

    [GeneratedRegex(@"^\s*[(\[]\s*(?:or\s+|about\s+|i\.e\.\s+)?$")]
    private static partial Regex BracketBetween();

    public static IReadOnlyList<Quantity> Parse(string sentence)
    {
        var found = new List<Quantity>();
        bool Overlaps(int start, int end) => found.Any(q => start < q.End && end > q.Start);
        void Add(Quantity q)
        {
            if (!Overlaps(q.Start, q.End)) found.Add(q);
        }

        foreach (Match m in PrefixMoney().Matches(sentence))
        {
            if (IsInsideWord(sentence, m.Index) && !m.Groups["cur"].Value.StartsWith('$')) continue;
            var currency = PrefixCurrency(m.Groups["cur"].Value);
            if (currency is null) continue;
            var (value, half) = Value(m.Groups["num"].Value, m.Groups["scale"].Value);
            var text = m.Value.TrimEnd();
            Add(new Quantity(QuantityKind.Money, text, m.Index, value, half, HedgeOf(sentence, m.Index), currency));
        }
        foreach (Match m in SuffixMoney().Matches(sentence))
        {
            if (Overlaps(m.Index, m.Index + m.Length) || IsPartOfLargerNumber(sentence, m.Index)) continue;
            var currency = SuffixCurrency(m.Groups["cur"].Value);
            var numText = m.Groups["num1"].Success && m.Groups["num1"].Length > 0 ? (m.Groups["num1"].Value.StartsWith("half") ? "0.5" : "1")
                : m.Groups["word"].Success && m.Groups["word"].Length > 0 ? WordNumber(m.Groups["word"].Value) : m.Groups["num"].Value;
            var (value, half) = Value(numText, m.Groups["scale"].Value);
            Add(new Quantity(QuantityKind.Money, m.Value, m.Index, value, half, HedgeOf(sentence, m.Index), currency));
        }
        foreach (Match m in BareScaleMoney().Matches(sentence))
        {
            if (Overlaps(m.Index, m.Index + m.Length) || IsPartOfLargerNumber(sentence, m.Index)) continue;
            var numText = m.Groups["word"].Success && m.Groups["word"].Length > 0 ? WordNumber(m.Groups["word"].Value) : m.Groups["num"].Value;
            var (value, half) = Value(numText, m.Groups["scale"].Value);
            var currency = found.FirstOrDefault(f => f.Kind == QuantityKind.Money)?.Currency ?? "USD";
            Add(new Quantity(QuantityKind.Money, m.Value, m.Index, value, half, HedgeOf(sentence, m.Index), currency));
        }
        foreach (Match m in PointsRx().Matches(sentence))
        {
            if (Overlaps(m.Index, m.Index + m.Length)) continue;
            var (value, half) = Value(WordNumber(m.Groups["num"].Value), "");
            Add(new Quantity(QuantityKind.PercentagePoints, m.Value, m.Index, value, half, HedgeOf(sentence, m.Index)));
        }
        foreach (Match m in PercentRx().Matches(sentence))
        {
            if (Overlaps(m.Index, m.Index + m.Length) || IsPartOfLargerNumber(sentence, m.Index)) continue;
            // "three and a half percent": the spoken form of 3.5.
            var (value, half) = Value(m.Groups["word"].Success && m.Groups["word"].Length > 0 ? WordNumber(m.Groups["word"].Value) + (m.Groups["half"].Success ? ".5" : "") : m.Groups["num"].Value, "");
            var rest = sentence[(m.Index + m.Length)..];
            var ofGdp = OfGdpAfter().Match(rest);
            Add(new Quantity(QuantityKind.Percent, m.Value, m.Index, value, half, HedgeOf(sentence, m.Index), OfGdp: ofGdp.Success));
        }
        foreach (Match m in RateRx().Matches(sentence))
        {
            if (Overlaps(m.Index, m.Index + m.Length) || IsPartOfLargerNumber(sentence, m.Index) || LooksLikeYear(m.Groups["num"].Value, m.Groups["scale"].Value)) continue;
            var (value, half) = Value(m.Groups["num"].Value, m.Groups["scale"].Value);
            Add(new Quantity(QuantityKind.Count, m.Value, m.Index, value, half, HedgeOf(sentence, m.Index), Per: m.Groups["per"].Value.ToLowerInvariant()));
        }
        foreach (Match m in CountRx().Matches(sentence))
        {
            if (Overlaps(m.Index, m.Index + m.Length) || IsPartOfLargerNumber(sentence, m.Index) || LooksLikeYear(m.Groups["num"].Value, m.Groups["scale"].Value)) continue;
            if (IsDateOrTimeContext(sentence, m.Index)) continue;
            // ("Eight nations", "only five countries": how many allies, in words, is read with its hedge where allies are counted.)
            if (m.Groups["word"].Success && m.Groups["scale"].Length == 0 && MembersNoun().IsMatch(m.Groups["noun"].Value)) continue;
            var number = m.Groups["word"].Success ? (m.Groups["word"].Value.Equals("a", StringComparison.OrdinalIgnoreCase) ? "1" : WordNumber(m.Groups["word"].Value)) : m.Groups["num"].Value;
            var (value, half) = Value(number, m.Groups["scale"].Value);
            if (m.Groups["scale"].Value.Length == 0) half = Math.Max(half, RoundedHalfUnit(m.Groups["num"].Value));
            var perMatch = PerAfter().Match(sentence[(m.Index + m.Length)..]);
            Add(new Quantity(QuantityKind.Count, m.Value, m.Index, value, half, HedgeOf(sentence, m.Index),
                Noun: m.Groups["noun"].Value.ToLowerInvariant(), Per: perMatch.Success ? perMatch.Groups["per"].Value.ToLowerInvariant() : null));
        }
        // "from 172,000 now", "plummets to record low of 72,510": a number written with thousands separators is a figure even
        // without a noun after it (its measure is left to the sentence).
        foreach (Match m in BareThousands().Matches(sentence))
        {
            if (Overlaps(m.Index, m.Index + m.Length) || IsDateOrTimeContext(sentence, m.Index)) continue;
            // (Things counted further on, "100,000 155mm artillery shells", are read where output is; a poll's sample and a
            // distance are no figures of the story.)
            if (NotABareFigureAfter().IsMatch(sentence[(m.Index + m.Length)..]) || PollWord().IsMatch(sentence)) continue;
            var (value, half) = Value(m.Value, "");
            Add(new Quantity(QuantityKind.Count, m.Value, m.Index, value, Math.Max(half, RoundedHalfUnit(m.Value)), HedgeOf(sentence, m.Index)));
        }
        foreach (Match m in MultipleRx().Matches(sentence))
        {
            if (Overlaps(m.Index, m.Index + m.Length)) continue;
            var word = m.Groups["word"].Value.ToLowerInvariant();
            double value = word switch
            {
                "" => double.Parse(WordNumber(m.Groups["num"].Value), CultureInfo.InvariantCulture),
                "twice" or "double" or "doubled" or "doubling" => 2,
                "triple" or "tripled" or "tripling" or "threefold" => 3,
                "quadruple" or "quadrupled" or "quadrupling" or "fourfold" => 4,
                "fivefold" => 5,
                _ => 10,
            };
            Add(new Quantity(QuantityKind.Multiple, m.Value, m.Index, value, HalfUnitOf(WordNumber(m.Groups["num"].Value.Length > 0 ? m.Groups["num"].Value : "1")), HedgeOf(sentence, m.Index)));
        }
        foreach (Match m in FractionRx().Matches(sentence))
        {
            if (Overlaps(m.Index, m.Index + m.Length)) continue;
            var f = m.Groups["frac"].Value.ToLowerInvariant().Replace('-', ' ');
            f = Spaces().Replace(f, " ");
            double value = f switch
            {
                "a third" or "one third" => 1 / 3.0,
                "two thirds" => 2 / 3.0,
                "a quarter" or "one quarter" => 0.25,
                "three quarters" => 0.75,
                "half" => 0.5,
                "a fifth" or "one fifth" => 0.2,
                _ => 0.1,
            };
            // "half" as in "the second half of the year" is not a claim: only when followed by "of" + a measure or "as much".
            if (f == "half" && !HalfAsQuantity().IsMatch(sentence[(m.Index + m.Length)..])) continue;
            Add(new Quantity(QuantityKind.Fraction, m.Value, m.Index, value, value * 0.1, HedgeOf(sentence, m.Index)));
        }
        foreach (Match m in DurationRx().Matches(sentence))
        {
            if (Overlaps(m.Index, m.Index + m.Length)) continue;
            var n = m.Groups["num"].Value.ToLowerInvariant();
            double count = n switch { "a" or "an" or "one" => 1, "several" => 3, "a few" => 3, _ => double.TryParse(WordNumber(n), NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : 1 };
            var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
            var months = unit switch { "day" => count / 30.4375, "week" => count * 7 / 30.4375, "month" => count, "year" => count * 12, _ => count * 120 };
            Add(new Quantity(QuantityKind.Duration, m.Value, m.Index, months, 0, Hedge.None));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        // "about 462,000 million dollars (445,000 million euros)": a conversion in brackets restates the hedged figure, hedge included.
        for (var i = 1; i < found.Count; i++)
        {
            var (prev, q) = (found[i - 1], found[i]);
            if (q.Kind != QuantityKind.Money || prev.Kind != QuantityKind.Money || q.Hedge != Hedge.None || prev.Hedge == Hedge.None) continue;
            if (q.Start >= prev.End && BracketBetween().IsMatch(sentence[prev.End..q.Start])) found[i] = q with { Hedge = prev.Hedge };
        }
        MergeRanges(sentence, found);
        // "the United States (3.46%), Lithuania (2.47), Poland (2.42)": a bare number in brackets in a list after a bracketed
        // percentage is a percentage too, written without the sign.
        if (found.FirstOrDefault(q => q.Kind == QuantityKind.Percent && q.Start > 0 && sentence[q.Start - 1] == '(') is { } first)
        {
            foreach (Match m in BareListedShare().Matches(sentence, first.End))
            {
                var number = m.Groups["num"];
                if (Overlaps(number.Index, number.Index + number.Length)) continue;
                var (value, half) = Value(number.Value, "");
                found.Add(new Quantity(QuantityKind.Percent, number.Value, number.Index, value, half, Hedge.None, OfGdp: first.OfGdp));
            }
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        return found;
    }

    [GeneratedRegex(@"(?<![\w$€£¥₹.,])\d{1,3}(?:,\d{3})+(?![\w,]|\.\d|\s*(?:%|per\s?cent|percent))")]
    private static partial Regex BareThousands();

    [GeneratedRegex(@"^\s+(?:(?:[\w-]+\s+){0,3}?" + CountNouns + @"\b|(?:[\w-]+\s+){0,3}?(?:respondents|adults|people\s+(?:surveyed|polled)|interviews|surveys?)\b|(?:km|kilomet(?:er|re)s|miles|days|weeks|months|years|delegates)\b)|^-(?:km|kilomet(?:er|re)s?|mile)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotABareFigureAfter();

    /// <summary>A poll named in a sentence ("survey", "respondents", "YouGov", "conducted among 2,119 adults"): its samples are no
    /// figures of the story, and its shares are opinions.</summary>
    [GeneratedRegex(@"\b(?:poll|polls|polled|polling|pollsters?|survey|surveys|surveyed|respondents|Eurobarometer|YouGov|Ipsos|Gallup|Nanos|Angus\s+Reid|Politbarometer|Pew\s+Research|conducted\s+(?:from|between|among))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex PollWord();

    /// <summary>The nouns that count members of an alliance or union: "allies", "member states", "countries".</summary>
    [GeneratedRegex(@"^(?:allies|members|member\s+(?:states|nations|countries)|countries|nations|states)$", RegexOptions.IgnoreCase)]
    internal static partial Regex MembersNoun();

    [GeneratedRegex(@"(?<=[\p{L}.]\s\()(?<num>\d{1,2}\.\d{1,2})(?=\))")]
    private static partial Regex BareListedShare();

    /// <summary>
    /// "between 2% and 3%", "5-6% of GDP", "3 to 3.5 per cent", "70,000 to 80,000 rounds": one figure standing for an interval (its midpoint, with the
    /// half-width plus the stated precision as tolerance), not two claims. "from 2% to 3%" is a change, not a range.
    /// </summary>
    private static void MergeRanges(string sentence, List<Quantity> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var q = found[i];
            if (q.Kind is not (QuantityKind.Percent or QuantityKind.Count)) continue;
            var m = RangeBefore().Match(sentence[..q.Start]);
            if (!m.Success || !double.TryParse(m.Groups["a"].Value.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var low)) continue;
            if (q.Kind == QuantityKind.Count)
            {
                // "70,000 to 80,000 rounds", "2 to 3 million shells": the first number takes the second's scale; a year before
                // "to" ("rose in 2024 to 80,000") or a number far below the second is not the range's other end.
                if (Regex.IsMatch(m.Groups["a"].Value, @"^(?:19|20)\d\d$")) continue;
                var stated = double.TryParse(Regex.Match(q.Text, @"\d[\d,]*(?:\.\d+)?").Value.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : q.Value;
                if (!m.Groups["a"].Value.Contains(',')) low *= q.Value / stated;
                if (low < q.Value / 10) continue;
            }
            if (low >= q.Value) continue;
            var start = m.Groups["between"].Success ? m.Groups["between"].Index : m.Groups["a"].Index;
            found.RemoveAll(p => p != q && p.Start >= start && p.End <= q.Start);
            var merged = q with
            {
                Text = sentence[start..q.End], Start = start, Value = (low + q.Value) / 2, HalfUnit = (q.Value - low) / 2 + q.HalfUnit,
                Hedge = HedgeOf(sentence, start),
            };
            found[found.IndexOf(q)] = merged;
            i = found.IndexOf(merged);
        }
    }

    [GeneratedRegex(@"(?:(?<between>between)\s+(?<a>\d+(?:\.\d+)?)\s*" + PercentSign + @"?\s+and\s+|(?<!from\s+)(?<a>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:[-–]|\s+to\s+)\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeBefore();

    [GeneratedRegex(@"^\s+(?:a|per|each|every)\s+(?<per>day|week|month|year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerAfter();

    [GeneratedRegex(@"^\s+(?:of\s+(?:the|its|their|all|Europe|Russia|NATO|global|world|total|defen[cs]e|military|spending|budget|GDP)|as\s+(?:much|many|large))", RegexOptions.IgnoreCase)]
    private static partial Regex HalfAsQuantity();

    [GeneratedRegex(@",(?=\d{1,2}$)")]
    private static partial Regex DecimalComma();
    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static bool IsInsideWord(string s, int index) => index > 0 && char.IsLetterOrDigit(s[index - 1]);

    private static bool IsPartOfLargerNumber(string s, int index) =>
        index > 0 && (char.IsDigit(s[index - 1]) || s[index - 1] is '.' && index > 1 && char.IsDigit(s[index - 2]) || char.IsLetter(s[index - 1]));

    private static bool LooksLikeYear(string num, string scale) =>
        scale.Length == 0 && num.Length == 4 && !num.Contains(',') && int.TryParse(num, out var y) && y is >= 1900 and <= 2100;

    [GeneratedRegex(@"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthBefore();

    private static bool IsDateOrTimeContext(string s, int index) => MonthBefore().IsMatch(s[..index]);

    private static Hedge HedgeOf(string sentence, int index)
    {
        var before = sentence[Math.Max(0, index - 40)..index];
        var m = HedgeBefore().Match(before);
        if (!m.Success) return Hedge.None;
        return Spaces().Replace(m.Groups["hedge"].Value.ToLowerInvariant(), " ") switch
        {
            "nearly" or "almost" or "just under" or "close to" => Hedge.Nearly,
            // ("exceeds 52% of the global total", "would top $1.5 trillion": a floor, as "more than" is.)
            "more than" or "over" or "upwards of" or "above" or "in excess of" or "exceed" or "exceeds" or "exceeded" or "exceeding" or "top" or "tops" or "topped" or "topping" => Hedge.MoreThan,
            "at least" => Hedge.AtLeast,
            "up to" or "less than" or "under" or "below" or "fewer than" => Hedge.UpTo,
            "just over" or "slightly more than" or "just above" or "a little over" => Hedge.JustOver,
            _ => Hedge.Approximately,
        };
    }

    /// <summary>The ISO code of a currency named by a symbol, code or word ("$", "RUB", "roubles"); null when unknown.</summary>
    internal static string? CurrencyOf(string token) =>
        PrefixCurrency(token) ?? (System.Text.RegularExpressions.Regex.IsMatch(token, @"^(?:roubles?|rubles?|euros?|pounds?|yen|yuan|renminbi|rupees|hryvnias?|zlotys?|kronor|krona|kroner|lira|won|shekels?|forints?|lei|dollars?)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            ? SuffixCurrency(token) : null);

    private static string? PrefixCurrency(string token)
    {
        var t = token.Replace(" ", "").Replace(".", "").ToUpperInvariant();
        return t switch
        {
            "$" or "US$" or "$US" or "USD" or "USUS$" => "USD",
            "U$" => "USD",
            "€" or "EUR" => "EUR",
            "£" or "GBP" => "GBP",
            "¥" => "JPY",
            "RB" or "RBS" or "RUB" => "RUB",
            "A$" => "AUD",
            "C$" => "CAD",
            "NZ$" => "NZD",
            "NT$" => "TWD",
            "₹" or "RS" => "INR",
            "R" => "ZAR",
            "TK" => "BDT",
            _ when IsoCodeSet.Contains(t) => t,
            _ => t.EndsWith('$') ? "USD" : null,
        };
    }

    private static string SuffixCurrency(string word)
    {
        // "186 billion PLN": an ISO code after the amount.
        if (word.Length == 3 && word.All(char.IsAsciiLetterUpper)) return word;
        var w = word.ToLowerInvariant();
        if (w.Contains("dollar")) return "USD";
        if (w.StartsWith("euro")) return "EUR";
        if (w.StartsWith("pound")) return "GBP";
        if (w.StartsWith("roub") || w.StartsWith("rub")) return "RUB";
        if (w.StartsWith("zlot")) return "PLN";
        if (w is "kronor" or "krona") return "SEK";
        if (w == "kroner") return "NOK";
        if (w is "yuan" or "renminbi") return "CNY";
        if (w == "yen") return "JPY";
        if (w.StartsWith("hryvn")) return "UAH";
        if (w == "rupees") return "INR";
        if (w == "won") return "KRW";
        if (w.StartsWith("shekel")) return "ILS";
        if (w.StartsWith("forint")) return "HUF";
        if (w == "lei") return "RON";
        return "TRY";
    }

    // Indian numbering: a lakh is 10^5, a crore 10^7, so "₹6.8 lakh crore" is 6.8 × 10^12.
    internal static double Multiplier(string scale) => Spaces().Replace(scale.ToLowerInvariant().TrimEnd('.'), " ") switch
    {
        "lakh crore" => 1e12,
        "crore" => 1e7,
        "lakh" => 1e5,
        "trillion" or "tn" or "trn" or "t" => 1e12,
        "billion" or "bn" or "bln" or "b" => 1e9,
        "million" or "m" or "mn" => 1e6,
        "thousand" or "k" => 1e3,
        _ => 1,
    };

    /// <summary>Value in units and half a unit of the last stated digit ("145.9" billion → ±0.05bn).</summary>
    internal static (double Value, double HalfUnit) Value(string number, string scale)
    {
        var clean = Digits(number);
        var value = double.Parse(clean, NumberStyles.Float, CultureInfo.InvariantCulture);
        var multiplier = Multiplier(scale);
        // "778,000 million dollars" (Spanish "millones" for billions): whole thousands before a scale word are rounded, as a
        // head count's trailing zeros are, not stated to the last million.
        var half = multiplier > 1 && clean.EndsWith("000", StringComparison.Ordinal) ? RoundedHalfUnit(number) : HalfUnitOf(clean);
        return (value * multiplier, half * multiplier);
    }

    /// <summary>
    /// "216,100 personnel", "350,000 shells": a head count or a stock in the thousands written with trailing zeros is rounded to
    /// its last non-zero digit (NATO's 216.081 thousand is 216,100), so half of that place is its precision.
    /// </summary>
    internal static double RoundedHalfUnit(string number)
    {
        var clean = Digits(number);
        if (clean.Contains('.') || !double.TryParse(clean, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 1000) return 0.5;
        var zeros = clean.Length - clean.TrimEnd('0').Length;
        return 0.5 * Math.Pow(10, zeros);
    }

    /// <summary>A number without its thousands separators (commas, spaces, no-break and thin spaces).</summary>
    // "2,7 trillion", "9,4 percent": a comma before one or two digits is a decimal comma (continental usage); before three it
    // separates thousands.
    private static string Digits(string number) =>
        DecimalComma().Replace(number, ".").Replace(",", "").Replace(" ", "").Replace("\u00a0", "").Replace("\u202f", "").Replace("\u2009", "");

    private static double HalfUnitOf(string clean)
    {
        var dot = clean.IndexOf('.');
        var decimals = dot < 0 ? 0 : clean.Length - dot - 1;
        return 0.5 * Math.Pow(10, -decimals);
    }

    /// <summary>A number written in words ("four", "a hundred", "twenty-three") as digits; other text is returned as it is.</summary>
    internal static string WordNumber(string text)
    {
        // "Twenty-three allies", "thirty two members": tens and units.
        var parts = text.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && int.TryParse(SimpleWordNumber(parts[0]), out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0
            && int.TryParse(SimpleWordNumber(parts[1]), out var units) && units is >= 1 and <= 9)
            return (tens + units).ToString(CultureInfo.InvariantCulture);
        return SimpleWordNumber(text);
    }

    private static string SimpleWordNumber(string text) => text.ToLowerInvariant() switch
    {
        "one" => "1", "two" => "2", "three" => "3", "four" => "4", "five" => "5", "six" => "6", "seven" => "7", "eight" => "8",
        "nine" => "9", "ten" => "10", "eleven" => "11", "twelve" => "12", "thirteen" => "13", "fourteen" => "14", "fifteen" => "15",
        "sixteen" => "16", "seventeen" => "17", "eighteen" => "18", "nineteen" => "19", "twenty" => "20",
        "thirty" => "30", "forty" => "40", "fifty" => "50", "sixty" => "60", "seventy" => "70", "eighty" => "80", "ninety" => "90",
        "a hundred" or "hundred" => "100", var other => other,
    };
}
