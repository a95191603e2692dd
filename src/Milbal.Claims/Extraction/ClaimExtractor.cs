using System.Globalization;
using System.Text.RegularExpressions;
using Milbal.Claims.Text;

namespace Milbal.Claims.Extraction;

/// <summary>
/// Turns sentences into claims: each money amount, percentage, multiple or production count that makes a statement
/// about spending, shares of GDP, growth, targets, comparisons, production or size becomes one claim with its
/// subject, years, attribution and method cues. Dates, times, ages, meeting days and bare years are not claims.
/// </summary>
public sealed partial class ClaimExtractor(EntityRecogniser entities)
{
    /// <summary>How many sentences open a story (its lede): a stored page often repeats the headline and a standfirst ("What's the
    /// story") before the lede, so five reach it.</summary>
    private const int LedeSentences = 5;

    public IReadOnlyList<Claim> Extract(string body, ArticleContext context)
    {
        // A page title with the site's section suffix ("… | World | News") is navigation, not the article's text.
        var sentences = SentenceSplitter.Split(body).Where(s => !SectionSuffix().IsMatch(s.Text)).ToArray();
        var claims = new List<Claim>();
        var lastYears = new List<(int Sentence, int Paragraph, int Year)>();
        (int Sentence, string Source, int Paragraph, bool IntroducesData)? lastAttribution = null;
        var mentionsIn = sentences.ToDictionary(s => s.Index, s => entities.Find(s.Text));
        var sentencesIn = sentences.GroupBy(s => s.Paragraph).ToDictionary(g => g.Key, g => g.Count());
        // An article about one country's defence (Australia's, Japan's) is about that country where a sentence names nobody: the
        // country named most, when it is named at least three times and twice as often as any other.
        var named = mentionsIn.Values.SelectMany(m => m).Where(m => EntityRecogniser.IsCountry(m.Primary)).GroupBy(m => m.Primary).OrderByDescending(g => g.Count()).ToArray();
        var focus = named.Length > 0 && named[0].Count() >= 3 && (named.Length == 1 || named[0].Count() >= 2 * named[1].Count()) ? named[0].First() : null;
        EntityMention? lastSubject = focus;
        // The last country the text was about, for "the country" or "the Balkan nation" when a group was named since.
        var lastCountry = focus;
        // A news story on one report attributes its figures to that report throughout: the source named in the title or the lede.
        var articleSource = Attribution(context.Title ?? "") ?? sentences.Take(LedeSentences).Select(s => Attribution(s.Text)).FirstOrDefault(a => a is not null);
        // "…, a new study finds" / "according to a report" in the headline or lede, with the report named further down: the
        // story is that report's, so its figures are (the source named most often wins; a tie goes to the first named).
        if (articleSource is null && GenericSource().IsMatch(string.Join(" ", sentences.Take(LedeSentences).Select(s => s.Text).Prepend(context.Title ?? ""))))
            articleSource = sentences.Select(s => Attribution(s.Text)).Where(a => a is not null).GroupBy(a => a!)
                .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        // "Thierry Breton, EU Commissioner for the Internal Market, announced this.": a story on one person's statement; a curated
        // figure of theirs decides its numbers (the source's own statement, decision 5), other estimates being evidence.
        if (articleSource is null && sentences.Take(4).Select(x => x.Text).Prepend(context.Title ?? "").Select(t => PersonAnnounces().Match(t)).FirstOrDefault(m => m.Success) is { } speaker)
            articleSource = speaker.Groups["last"].Value;
        // The EU institutions' figures for the Member States' defence expenditure are the EDA's (their data collection).
        if (articleSource is null && context.Publisher is { } publisher && EuInstitution().IsMatch(publisher)) articleSource = "EDA";
        var reportsRelease = ReleaseCue().IsMatch(body);
        int? headlineYear = context.Date is { } written
            ? YearRx().Matches((context.Title ?? "") + " " + (sentences.FirstOrDefault()?.Text ?? "")).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture))
                .Where(y => y > written.Year && y <= written.Year + 2).Cast<int?>().FirstOrDefault()
            : null;
        var articleOnGdpShares = Regex.Matches(body, @"%\s*of\s+(?:its\s+|their\s+)?GDP|per\s?cent\s+of\s+(?:its\s+|their\s+)?(?:GDP|gross|national\s+income|economic\s+output|econom(?:y|ies)\s+on\s+defen[cs]e)|shares?\s+of\s+GDP|percentage\s+of\s+GDP"
            // ("hit 2 percent defense spending target": the goal named by its share of GDP.)
            + @"|\b2(?:\.0)?\s?(?:%|per\s?cent)\s+(?:(?:defen[cs]e|military)\s+)?(?:spending\s+)?(?:target|goal|benchmark|guideline|threshold)", RegexOptions.IgnoreCase).Count >= 1;
        // Wire copy prints the rate it converted at: "($1 = 92.9000 roubles)".
        var printedRates = PrintedRate().Matches(body)
            .Select(m => (Currency: QuantityParser.CurrencyOf(m.Groups["cur"].Value), Rate: double.Parse(m.Groups["rate"].Value.Replace(",", ""), CultureInfo.InvariantCulture)))
            .Where(r => r.Currency is not null && r.Rate > 0).GroupBy(r => r.Currency!).ToDictionary(g => g.Key, g => g.First().Rate);
        // An article about output ("Russia outpaces NATO in ammunition") lets a bare comparison in its title be about that output.
        var productionNouns = ProductionNoun().Matches(body).Select(m => Item(m.Value)).ToArray();
        var articleItem = productionNouns.Length >= 2 && ProductionCue().IsMatch(body)
            ? productionNouns.GroupBy(i => i).OrderByDescending(g => g.Count()).First().Key : null;
        // A place "on the table" without a named scope is a place in the alliance's table when the article is about NATO.
        var allianceMentions = AllianceWord().Matches(body).Count;
        var danishKroner = DanishWord().Matches(body).Count > NorwegianWord().Matches(body).Count;
        // "The figures, for 2023, show:" then one line per country: the lines are the named source's figures for the intro's year.
        // ("Here is a list of how much … was spent in 2023 as a proportion of their national GDP": a bare percentage on each line is a share.)
        // ("… with the number of active troops. List:" then "United States: 1,300,000": each line is that country's head count.)
        // ("Thus, defense spending (2024) by countries is:" then "- Poland: 4.12%": a year's spending listed in percent is its share.)
        // ("the top five NATO member countries by their estimated defence expenditures in 2022:" then "Italy – $30,307 million": the
        // heading's hedge is every amount's.)
        ListIntro? listIntro = null;
        // "1. The U.S. — 3.61 percent", two paragraphs of comment, then "2. Greece – 2.38 percent": a numbered list resumes under
        // its intro at the next number.
        (int Next, ListIntro Intro)? numberedList = null;
        var previousText = "";
        var previousAnnounced = false;
        var previousWasListLine = false;
        // "Year Defence Spending (USD, billions)" then "2014 ~5.9": each row is the named measure in the header's unit for its year.
        (string? Currency, double Scale, bool ShareOfGdp)? yearTable = null;
        // "Estonia: 50 per cent support", "(21 percent)": answers of a survey the article has named in its headline or before.
        var pollNamed = context.Title is { } pollTitle && QuantityParser.PollWord().IsMatch(pollTitle);
        foreach (var sentence in sentences)
        {
            var text = sentence.Text;
            var mentions = mentionsIn[sentence.Index];
            var quantities = QuantityParser.Parse(text);
            // "kroner" is both Denmark's and Norway's currency: in a story about Denmark it is the Danish krone.
            if (danishKroner) quantities = [.. quantities.Select(q => q.Currency == "NOK" && q.Text.Contains("krone", StringComparison.OrdinalIgnoreCase) ? q with { Currency = "DKK" } : q)];
            var years = Years(text, context.Date, quantities);
            // "Worse than Italy which, as Defense Minister Guido Crosetto said, is struggling …, only Canada (1.38%)": a speaker in an
            // aside speaks for the aside, not for the figures of the sentence around it.
            var attribution = Attribution(SaidAside().Replace(text, " "));
            // "SIPRI data shows that in 2024 no ally has reached 5%. Leading is Poland with 4.15%, followed by …": the source named
            // in a paragraph stands behind the figures after it in that paragraph, unless another speaker takes over.
            var carried = attribution is null && lastAttribution is { } la && (sentence.Index - la.Sentence <= 2 && RefersBack().IsMatch(text)
                || la.IntroducesData && la.Paragraph == sentence.Paragraph && !OtherSpeaker().IsMatch(text));
            if (carried) attribution = lastAttribution!.Value.Source;
            var itemNumber = ListNumber().Match(text) is { Success: true } numbered ? int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture) : 0;
            if (listIntro is null && numberedList is { } resumed && itemNumber == resumed.Next) listIntro = resumed.Intro;
            var listLine = listIntro is not null && (ListMarker().IsMatch(text) || previousText.EndsWith(';') || previousText.EndsWith(':')
                // "Poland: 4.12" then "Estonia: 3.43": a line shaped like the list line before it goes on with the list.
                || previousWasListLine && (NameColonValueLine().IsMatch(text) || CountryAtPercentLine().IsMatch(text)));
            // A note between the announcement and its lines ("All data comes from the latest Nato annual report.") names their source.
            if (!listLine && listIntro is { } pending && quantities.Count == 0 && previousAnnounced)
                listIntro = pending with { Source = attribution ?? pending.Source };
            else if (!listLine) listIntro = null;
            if (listLine && itemNumber > 0) numberedList = (itemNumber + 1, listIntro!);
            if (listLine && attribution is null && listIntro!.Source is { } listSource && !OtherSpeaker().IsMatch(text)) { attribution = listSource; carried = true; }
            // A list's source may come from its intro with no attribution before it.
            if (attribution is not null) lastAttribution = (sentence.Index, attribution, sentence.Paragraph, carried && lastAttribution is { } carriedFrom ? carriedFrom.IntroducesData : DataIntro().IsMatch(text));
            // The article's source stands behind a sentence unless the sentence names another speaker ("the finance ministry said").
            var fromArticle = attribution is null && !OtherSpeaker().IsMatch(text) && articleSource is not null;
            if (fromArticle) attribution = articleSource;
            var cues = new MethodCues(PppCue().IsMatch(text), RealCue().IsMatch(text), NominalCue().IsMatch(text), BudgetCue().IsMatch(text));
            // "… converted into constant 2015 prices. This shows that Poland's spending has more than tripled from around $8.5
            // billion": a price basis carries into the sentence that reads off it.
            if (!cues.Real && !cues.Nominal && sentence.Index > 0 && BasisCarried().IsMatch(text)
                && sentences.FirstOrDefault(p => p.Index == sentence.Index - 1) is { } previous && RealCue().IsMatch(previous.Text))
                cues = cues with { Real = true };
            // A year dates the next sentence of its paragraph; across a paragraph break only from a one-sentence paragraph (a
            // heading, a fact box, copy written a sentence per paragraph): "Last year, the minister said it would read 3.2
            // percent of GDP." does not date "Poland is forecast to be the biggest spender" in the paragraph after it.
            var contextYears = lastYears.Where(y => sentence.Index - y.Sentence == 1 && (y.Paragraph == sentence.Paragraph || sentencesIn[y.Paragraph] == 1))
                .Select(y => y.Year).Distinct().ToArray();
            // "War budget. Russia to spend almost $167 billion on army in 2026": a headline about a coming year dates the plans the
            // article then describes in the future tense ("will be allocated to the army").
            if (contextYears.Length == 0 && headlineYear is { } coming && FutureCue().IsMatch(text)) contextYears = [coming];
            if (listLine && listIntro!.Years.Length > 0) contextYears = listIntro.Years;
            if (listLine && listIntro!.Estimated)
                quantities = [.. quantities.Select(q => q is { Kind: QuantityKind.Money, Hedge: Hedge.None } ? q with { Hedge = Hedge.Approximately } : q)];
            // "As a share of GDP, Baltic nations are the biggest spenders. Poland remains top, spending 4.48%": the measure named
            // in the sentences before carries to a list of bare percentages.
            var gdpBefore = sentences.Where(p => p.Index < sentence.Index && sentence.Index - p.Index <= 2).Any(p => GdpWord().IsMatch(p.Text));
            // "As recently as 2022, only seven countries met the 2% benchmark. That number rose to 18 in 2024": a count goes on.
            var countBefore = claims.Count > 0 && claims[^1].Kind == ClaimKind.Count && claims[^1].Sentence.Index == sentence.Index - 1;
            // "A higher-spending group includes Poland at 4.48%, Lithuania at 4%": in an article on shares of GDP, a percentage
            // beside an ally's name is its share.
            gdpBefore |= articleOnGdpShares && mentions.Any(m => EntityRecogniser.IsCountry(m.Primary)) && CountryAtPercent().IsMatch(text);
            // "the UK will have to increase spending from 2.1 per cent to 3.5 per cent": so is a bare percentage spent, in such an article.
            gdpBefore |= articleOnGdpShares && SpendingFromTo().IsMatch(text);
            // ("Here's a breakdown of each country's contribution, based on 2016 figures provided by NATO:" then "Greece, 2.38 per
            // cent.", in an article on the goal of 2 per cent of the economy: the same.)
            gdpBefore |= listLine && (listIntro!.Gdp || listIntro.SpendingInPercent || articleOnGdpShares) && CountryAtPercentLine().IsMatch(text);
            // "only seven of the 30 member nations met the spending guidelines": in such an article, the goal referred to without its
            // figure is the share-of-GDP goal (when the sentence gives no percentage of its own).
            gdpBefore |= articleOnGdpShares && quantities.All(q => q.Kind != QuantityKind.Percent) && GoalReferredTo().IsMatch(text);
            // "Here are the Nato countries' defence expenditures for 2024, as a percentage of their GDP:" then "Poland: 4.12": under an
            // intro that names GDP, a bare figure on a name's line is a share of GDP in percent.
            var nameValue = listLine ? NameColonValueLine().Match(text) : System.Text.RegularExpressions.Match.Empty;
            if (nameValue.Success && nameValue.Groups["count"].Success && listIntro!.Personnel)
            {
                var figure = nameValue.Groups["v"];
                quantities = ReadAs(quantities, new Quantity(QuantityKind.Count, figure.Value, figure.Index, QuantityParser.Value(figure.Value, "").Value, QuantityParser.RoundedHalfUnit(figure.Value), Hedge.None, Noun: "troops"));
            }
            if (nameValue.Success && !nameValue.Groups["count"].Success && listIntro!.Gdp)
            {
                var figure = nameValue.Groups["v"];
                var (share, halfUnit) = QuantityParser.Value(figure.Value, "");
                quantities = ReadAs(quantities, new Quantity(QuantityKind.Percent, figure.Value, figure.Index, share, halfUnit, Hedge.None, OfGdp: true));
                gdpBefore = true;
            }
            // (A row's "%" must agree with the header: "2014 5.9%" under a money header is not that money.)
            var tableRow = yearTable is { } unit && YearValueRow().Match(text) is { Success: true } row && row.Groups["percent"].Success == unit.ShareOfGdp
                ? row : System.Text.RegularExpressions.Match.Empty;
            if (tableRow.Success)
            {
                var (currency, scale, shareOfGdp) = yearTable!.Value;
                var figure = tableRow.Groups["v"];
                var (value, halfUnit) = QuantityParser.Value(figure.Value, "");
                var hedge = tableRow.Groups["about"].Success ? Hedge.Approximately : Hedge.None;
                var cell = text[(tableRow.Groups["about"].Success ? tableRow.Groups["about"].Index : figure.Index)..(figure.Index + figure.Length)];
                quantities = [shareOfGdp
                    ? new Quantity(QuantityKind.Percent, cell, figure.Index, value, halfUnit, hedge, OfGdp: true)
                    : new Quantity(QuantityKind.Money, cell, figure.Index, value * scale, halfUnit * scale, hedge, currency)];
                gdpBefore |= shareOfGdp;
            }
            yearTable = YearValueHeader().Match(text) is { Success: true } header ? TableUnit(header.Groups["unit"].Value) : tableRow.Success ? yearTable : null;
            pollNamed |= QuantityParser.PollWord().IsMatch(text);
            var found = FromSentence(sentence, mentions, quantities, years, contextYears, attribution, cues, context, lastSubject, lastCountry, gdpBefore, articleItem, allianceMentions, countBefore, pollNamed,
                    yearsFromList: listLine && listIntro!.Years.Length > 0)
                .Select(c => c with { AttributionFromArticle = fromArticle, Published = context.Date, ReportsRelease = reportsRelease, PrintedRates = printedRates }).ToArray();
            foreach (var c in found) claims.Add(c with { Id = $"c{claims.Count + 1}" });
            // A base of comparison ("compared to 2015") dates nothing in the next sentence.
            // Nor does a deadline ("the new goal of 3.5%, which Nato has asked members to reach by 2032").
            // Nor does the other side of a comparison ("twice as much as in 2015") or the bound of a record ("the largest
            // increase since an 8.2 percent rise in 2019").
            foreach (var y in years.Where(y => y.Explicit && !y.Base && !DeadlineBefore().IsMatch(text[..Math.Min(y.Start, text.Length)])
                                               && !ComparedOrBoundYearBefore().IsMatch(text[..Math.Min(y.Start, text.Length)])))
                lastYears.Add((sentence.Index, sentence.Paragraph, y.Year));
            // A sentence without figures passes its subject on only when it talks about that party's money or forces
            // ("Russia's defence budget …"), not when a name is incidental ("in light of Russia's invasion of Ukraine").
            var subject = found.Select(c => c.Subject).LastOrDefault(s => s is not null)
                ?? mentions.FirstOrDefault(m => (m.Primary is not "USA" || mentions.Count == 1) && (MeasureAfterName().IsMatch(text[m.End..]) || MeasureInName().IsMatch(m.Text)))
                // "He emphasized Japan's steady movement toward its 2027 defense targets": the one country of a sentence on defence.
                ?? (mentions.Count(m => EntityRecogniser.IsCountry(m.Primary)) == 1 && DefenceTopic().IsMatch(text) ? mentions.First(m => EntityRecogniser.IsCountry(m.Primary)) : null)
                // A heading that is only a name ("Pakistan", or "10. South Korea", then "- Military Expenditure: $10.2 billion in 2024."): the lines under it are that party's.
                ?? (mentions.Count == 1 && ListMarker().Replace(text, "").Trim(' ', ':', '-', '–', '—', '•', '*', '#').Equals(mentions[0].Text, StringComparison.OrdinalIgnoreCase) ? mentions[0] : null);
            if (subject is not null) lastSubject = subject;
            // (A sentence naming several countries and owning no figure leaves it unknown which one "the country" is next.)
            var countriesNamed = mentions.Where(m => EntityRecogniser.IsCountry(m.Primary)).ToArray();
            if (subject is not null && EntityRecogniser.IsCountry(subject.Primary)) lastCountry = subject;
            else if (countriesNamed.Length > 0) lastCountry = countriesNamed.DistinctBy(m => m.Primary).Count() == 1 ? countriesNamed[0] : null;
            previousAnnounced = ListAnnounced().IsMatch(text);
            if (text.EndsWith(':') || previousAnnounced)
            {
                var introSource = attribution ?? (lastAttribution is { } source && sentence.Index - source.Sentence <= 6 && (RefersBack().IsMatch(text) || DataIntro().IsMatch(text)) ? source.Source : null);
                int[] introYears = [.. years.Where(y => y.Explicit && !y.Base).Select(y => y.Year).Distinct()];
                var namesGdp = GdpWord().IsMatch(text);
                // (A small count in the intro is the list's length, "the top five NATO member countries by their … expenditures in 2022:".)
                var yearsSpending = !namesGdp && introYears.Length > 0 && quantities.All(q => q.Kind == QuantityKind.Count && q.Value < 20) && SpendingNoun().IsMatch(text) && !ChangeVerbInClause().IsMatch(text);
                // "Here's a breakdown of each country's contribution, based on 2016 figures provided by NATO:", in an article on the goal
                // of 2 per cent of GDP: a year's figures by country are the shares the article is about.
                // ("based on 2016 figures" dates the figures, though "based on" reads as a base year elsewhere.)
                if (!namesGdp && articleOnGdpShares && quantities.Count == 0 && BreakdownIntro().IsMatch(text) && years.Any(y => y.Explicit))
                {
                    namesGdp = true;
                    introYears = [.. years.Where(y => y.Explicit).Select(y => y.Base ? y.Year - 1 : y.Year).Distinct()];
                }
                // (A colon-ended intro that names GDP, or a year's spending, and a year announces a table whoever stands behind it.)
                if (introSource is not null || previousAnnounced || (namesGdp || yearsSpending) && introYears.Length > 0)
                    // ("List:" after the announcement names nothing itself: it goes on with the announced head counts.)
                    listIntro = new ListIntro(introSource, introYears, namesGdp, !namesGdp && (ArmyCue().IsMatch(text) || listIntro is { Personnel: true } && quantities.Count == 0), yearsSpending,
                        quantities.All(q => q.Kind != QuantityKind.Money) && EstimatedHeading().IsMatch(text));
            }
            previousText = text;
            previousWasListLine = listLine;
        }
        return claims;
    }

    [GeneratedRegex(@"^\s*(?<n>\d{1,2})[.)]\s")]
    private static partial Regex ListNumber();
    [GeneratedRegex(@"\b(?:estimated|approximate|approximately|roughly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EstimatedHeading();

    /// <summary>What a list's intro says of the lines under it: whose figures, for which years, and in what measure.</summary>
    private sealed record ListIntro(string? Source, int[] Years, bool Gdp, bool Personnel, bool SpendingInPercent, bool Estimated);

    private sealed record YearMention(int Year, int Start, bool Explicit, bool Base = false);

    private static List<YearMention> Years(string text, DateOnly? date, IReadOnlyList<Quantity> quantities)
    {
        var list = new List<YearMention>();
        foreach (Match m in YearRx().Matches(text))
        {
            if (quantities.Any(q => m.Index >= q.Start && m.Index < q.End)) continue;
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var before = text[Math.Max(0, m.Index - 20)..m.Index];
            // "an increase from 2023", "compared to 2023", "between 2023 and 2024": the base of a change; the claim is about the year after.
            // "from 2021, when only six nations…": the clause after the base year is about that year itself.
            var after = text[(m.Index + m.Length)..];
            if (BaseYearBefore().IsMatch(before) && !WhenClause().IsMatch(after)) { list.Add(new YearMention(y + 1, m.Index, true, Base: true)); continue; }
            // "a six-fold increase since 2014, when only three Allies met the target", "set in 2014, at a time when only 3 NATO
            // countries met that objective": the when-clause is about the year it hangs on, whatever the word before the year.
            if (WhenClause().IsMatch(after)) { list.Add(new YearMention(y, m.Index, true)); continue; }
            if (SinceBefore().IsMatch(before)) continue;
            // "the war on Ukraine that began in February 2022", "since it began compiling the data in 1988": when an event
            // happened or a series started does not date the figures around it.
            // An event that bounds the figure's time ("until Russia invaded Ukraine in February 2022") still dates it.
            var window = Math.Max(0, m.Index - 70);
            if (EventStartBefore().Match(text[window..m.Index]) is { Success: true } eventStart
                && !BoundingWordBefore().IsMatch(text[Math.Max(0, window + eventStart.Index - 30)..(window + eventStart.Index)])) continue;
            // "the 3.5% goal agreed at a June 2024 summit", "the 2014 Wales summit goal": when a goal was agreed does not date
            // the figures around it.
            if (AgreedAtBefore().IsMatch(text[Math.Max(0, m.Index - 40)..m.Index]) || Regex.IsMatch(text[(m.Index + m.Length)..], @"^\s+(?:[A-Z][a-z]+\s+)?[Ss]ummit\b")) continue;
            // "expressed in 2023 U.S. dollar prices", "constant 2023 US$": a price base, not the year the figures are for.
            if (PriceBaseAfter().IsMatch(after)) continue;
            list.Add(new YearMention(y, m.Index, true));
        }
        // "by the end of the decade": the decade's last year, or the first of the next.
        if (date is { } decadeDate && EndOfDecade().IsMatch(text))
            foreach (var y in new[] { decadeDate.Year / 10 * 10 + 9, decadeDate.Year / 10 * 10 + 10 })
                list.Add(new YearMention(y, EndOfDecade().Match(text).Index, true));
        // "During the Cold War, the UK spent around 5 per cent of GDP": an era named without a year stands for its last year.
        if (DuringColdWar().Match(text) is { Success: true } era) list.Add(new YearMention(1991, era.Index, true));
        // "in the late 1980s": a decade stands for its years (the part of it named, or all ten).
        foreach (Match m in DecadeRx().Matches(text))
        {
            var decade = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            var (from, to) = m.Groups["part"].Value.ToLowerInvariant() switch { "early" => (0, 3), "mid" => (3, 6), "late" => (6, 9), _ => (0, 9) };
            for (var y = decade + from; y <= decade + to; y++) list.Add(new YearMention(y, m.Index, true));
        }
        if (date is { } d)
            foreach (Match m in RelativeYearRx().Matches(text))
            {
                var word = m.Groups["w"].Value.ToLowerInvariant();
                // "In 2024, allies are set to increase spending by 17.9 percent compared to the previous year": the year before
                // the one stated is the base of the change, not the article's last year.
                if (word == "previous" && list.Any(x => x.Explicit && !x.Base)) continue;
                var y = word switch { "last" or "past" or "previous" => d.Year - 1, "next" or "coming" => d.Year + 1, _ => d.Year };
                list.Add(new YearMention(y, m.Index, true));
            }
        // "saw … 4.12% last year — up from 1.88% just a decade prior", "ten years ago": a span back from the year before it, or
        // from the year of writing.
        if (date is { } written)
            foreach (Match m in YearsBackRx().Matches(text))
            {
                var n = m.Groups["n"].Value.ToLowerInvariant();
                var span = n is "a" ? 1 : int.TryParse(QuantityParser.WordNumber(n), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
                // "a 50% bigger budget than ten years ago": the base of a comparison dates nothing.
                // ("four years earlier than expected": a lead on a schedule, likewise.)
                if (span <= 0 || Regex.IsMatch(text[Math.Max(0, m.Index - 12)..m.Index], @"\bthan\s+(?:just\s+|only\s+)?$", RegexOptions.IgnoreCase)
                    || Regex.IsMatch(text[(m.Index + m.Length)..], @"^\s*than\b", RegexOptions.IgnoreCase)) continue;
                // "Galvanized by Russia's invasion of neighboring Ukraine three years ago, Poland now spends …": the date of an event
                // the sentence recalls, while its figure is of now.
                if (Regex.IsMatch(text[Math.Max(0, m.Index - 60)..m.Index], @"\b(?:invasion|invaded|war|annexation|annexed|attack|began|started|launched)\b", RegexOptions.IgnoreCase)
                    && Regex.IsMatch(text[(m.Index + m.Length)..], @"\b(?:now|currently|today)\b", RegexOptions.IgnoreCase)) continue;
                var years = m.Groups["unit"].Value.StartsWith("decade", StringComparison.OrdinalIgnoreCase) ? 10 * span : span;
                var from = m.Groups["dir"].Value.Equals("ago", StringComparison.OrdinalIgnoreCase) ? written.Year
                    : list.Where(x => x.Start < m.Index && !x.Base).Select(x => (int?)x.Year).LastOrDefault() ?? written.Year;
                list.Add(new YearMention(from - years, m.Index, true));
            }
        return list;
    }

    private IReadOnlyList<Claim> FromSentence(Sentence sentence, IReadOnlyList<EntityMention> mentions, IReadOnlyList<Quantity> quantities,
        List<YearMention> years, int[] contextYears, string? attribution, MethodCues cues, ArticleContext context, EntityMention? lastSubject, EntityMention? lastCountry, bool gdpBefore, string? articleItem, int allianceMentions, bool countBefore, bool pollContext,
        bool yearsFromList = false)
    {
        var text = sentence.Text;
        var claims = new List<Claim>();
        var used = new HashSet<Quantity>();
        // "fell for a third straight year": the ordinal in words counts years of a streak (3g), not a fraction of anything.
        var streaks = Streak().Matches(text).ToArray();
        used.UnionWith(quantities.Where(q => streaks.Any(m => q.Start >= m.Index && q.End <= m.Index + m.Length)));
        // "France follows with 205,700 personnel, then Germany with 185,600, Italy with 171,400": numbers listed beside a count
        // in the thousands count the same thing.
        if (quantities.FirstOrDefault(p => p.Kind == QuantityKind.Count && p.Noun is not null && p.Value >= 1000) is { } counted)
            quantities = quantities.Concat(BareThousands().Matches(text)
                .Where(m => !quantities.Any(p => m.Index < p.End && p.Start < m.Index + m.Length))
                .Select(m => new Quantity(QuantityKind.Count, m.Value, m.Index, QuantityParser.Value(m.Value, "").Value,
                    QuantityParser.RoundedHalfUnit(m.Value), Hedge.None, Noun: counted.Noun))).OrderBy(p => p.Start).ToArray();

        var spanEnd = 0;
        IReadOnlyList<int> YearsFor(int position, ClaimKind kind, out bool stated)
        {
            stated = years.Count > 0;
            if (years.Count > 0)
            {
                // "in 2025 … 2.4% — up from 2.33% last year": a year on the far side of another figure dates that figure, not this one.
                bool Separated(YearMention y) => quantities.Any(o => o.Start != position && o.Kind is QuantityKind.Percent or QuantityKind.Money or QuantityKind.Multiple
                    && (y.Start > position ? o.Start > position && o.End <= y.Start : o.Start >= y.Start + 4 && o.End <= position));
                // "The three countries are already meeting the new higher goal of 3.5%, which Nato has asked members to reach by
                // 2032": for a count of allies, the goal's deadline is not the year counted.
                bool Deadline(YearMention y) => kind == ClaimKind.Count && DeadlineBefore().IsMatch(text[..y.Start]);
                if (years.All(Deadline)) { stated = false; goto NoOwnYear; }
                // "… 4.12 percent of GDP, and for 2023 – 3.26 percent": a year that opens the next clause dates the figure after it.
                var q0 = quantities.FirstOrDefault(o => o.Start == position);
                bool OpensNextClause(YearMention y) => q0 is not null && y.Start > position && NextClauseYear().IsMatch(text[q0.End..y.Start])
                    && quantities.Any(o => o.Kind == q0.Kind && o.Start > y.Start && o.Start - y.Start < 20);
                var own = years.Where(y => !Separated(y) && !Deadline(y) && !OpensNextClause(y)).ToList();
                // "will rise to €64 billion ($74.8 billion) by 2027": the year right after a figure is its own, whatever other years
                // the sentence names ("double the €32 billion … in 2017").
                if (q0 is not null && years.FirstOrDefault(y => y.Start >= q0.End && !Deadline(y) && !y.Base && YearRightAfterFigure().IsMatch(text[q0.End..y.Start])) is { } adjacent)
                    return [adjacent.Year];
                // "current spending at around 1.37 per cent, which is set to rise to 1.76 per cent by the end of the decade": a
                // figure called current is not dated by the year of a later one.
                if (own.Count == 0 && Regex.IsMatch(text[..Math.Min(text.Length, position)], @"\b(?:current|currently|now|today)\b[^.;]{0,40}$", RegexOptions.IgnoreCase)) goto NoOwnYear;
                if (own.Count == 0) own = years.Where(y => !Deadline(y)).ToList();
                // "(… double compared to 2015), Ukraine's – $64.7 billion": a base year belongs to the change before it, not to a later amount.
                var ownOfLevel = kind is ClaimKind.Level or ClaimKind.ShareOfGdp ? own.Where(y => !(y.Base && y.Start < position)).ToList() : own;
                if (ownOfLevel.Count == 0 && years.All(y => y.Base)) goto NoOwnYear;
                own = ownOfLevel.Count > 0 ? ownOfLevel : own;
                return own.OrderBy(y => y.Start >= position ? Math.Max(0, y.Start - spanEnd) : position - y.Start + 2).Select(y => y.Year).Distinct().ToArray();
            }
            NoOwnYear:
            if (contextYears.Length > 0)
            {
                stated = true;
                var carried = contextYears.Reverse().ToList();
                // (A list's intro, "based on 2016 figures provided by NATO:", dates every line under it; no other year is a fallback.)
                if (context.Date is { } cd && !yearsFromList) carried.AddRange([cd.Year - 1, cd.Year]);
                return carried.Distinct().ToArray();
            }
            // "Russia is currently firing around 10,000 shells a day", "is producing about 250,000 … per month": a rate in the present
            // tense is this year's; the year before is the fallback.
            if (context.Date is { } now && quantities.FirstOrDefault(p => p.Start == position) is { Per.Length: > 0 }
                && Regex.IsMatch(text, @"\b(?:is|are)\s+(?:now\s+|currently\s+)?\w+ing\b|\bcurrently\b|\bnow\b", RegexOptions.IgnoreCase))
                return [now.Year, now.Year - 1];
            if (context.Date is { } d)
                // Present tense without a year: the latest complete year of data first, then the current year; a forecast
                // ("are set to meet", "will hit", "expected to") is about the current year first.
                // A plain future ("will spend 8.5 trillion yen") cannot be about last year; one mixed with a past or present verb
                // ("increased by 28% to reach $88.5 billion", "is today") keeps both years.
                return kind == ClaimKind.Target || FutureCue().IsMatch(text) && !PastOrPresentCue().IsMatch(text) ? [d.Year]
                    : FutureCue().IsMatch(text) ? [d.Year, d.Year - 1] : [d.Year - 1, d.Year];
            return [];
        }

        EntityMention? SubjectFor(int position, bool excludeAfterThan = false)
        {
            var q0 = quantities.FirstOrDefault(q => q.Start == position);
            // "Defense spending next year will be worth HUF 1,753 billion (EUR 4.2 billion)", in a sentence that names no one: a
            // currency only one country uses names it, whoever the sentence before was about.
            if (q0 is { Kind: QuantityKind.Money } && mentions.Count == 0
                && quantities.FirstOrDefault(q => q.Kind == QuantityKind.Money && q.Currency is not null && SingleCountryCurrency.ContainsKey(q.Currency)) is { } national)
                return new EntityMention(national.Text, national.Start, [SingleCountryCurrency[national.Currency!]]);
            // "France and the UK raised spending by 6.1% and 2.8% respectively": figures of one kind go to the names in order.
            if (q0 is not null && Respectively().IsMatch(text) && RespectivelyOwner(q0) is { } owner) return owner;
            // "The five biggest spenders — the United States, China, Russia, Germany and India — accounted for 60%": a named list
            // with a word that joins it ("combined", "together", "accounted for") is one subject, summed.
            if (q0 is not null && Combined().IsMatch(text) && NamedList(q0.Start) is { } list) return list;
            if (q0 is not null)
            {
                // "the 700,000 Russian troops in Ukraine": a nationality right after a head count owns it.
                var nationality = q0.Kind == QuantityKind.Count ? mentions.FirstOrDefault(m => m.Start > q0.Start && m.Start < q0.End || m.Start >= q0.End && string.IsNullOrWhiteSpace(text[q0.End..m.Start])) : null;
                if (nationality is not null) return nationality;
                var follower = mentions.FirstOrDefault(m => m.Start >= q0.End && m.Start - q0.End <= 22 && ForWhom().IsMatch(text[q0.End..m.Start]));
                if (follower is not null) return follower;
            }
            // "The country spent 2.4% of GDP on defence last year", "The Balkan nation currently spends 2%", after sentences on NATO:
            // one country named by its kind is the last country the text was about, not the alliance named since.
            // (Only in the figure's own clause: "The country is the largest spender, and its $778 billion budget trumps the
            // remainder of the list's collective $703.6 billion" is not about the country throughout.)
            if (lastCountry is not null && CountryAnaphor().Matches(text[..position]).LastOrDefault() is { } anaphor
                && position - (anaphor.Index + anaphor.Length) <= 60 && !Regex.IsMatch(text[(anaphor.Index + anaphor.Length)..position], @"[;:]|,\s*(?:and|but|while|whereas)\b")
                && !mentions.Any(m => m.End <= position && EntityRecogniser.IsCountry(m.Primary) || m.Start >= anaphor.Index && m.Start < anaphor.Index + anaphor.Length))
                return lastCountry;
            // "Spain remained the lowest spender in the alliance at 1.28%": the alliance is the yardstick of the superlative.
            // "To deter the Kremlin, a Europe without the Americans will need …": the party left out or opposed is not the subject.
            // "Italy is one of the few allies still below 2%": the category a country is one of is not the subject.
            // "Spain remains the alliance's lowest spender": the group before a superlative is its yardstick too.
            var before = mentions.Where(m => m.End <= position && m.Primary != "US-PA" && !SuperlativeScope().IsMatch(text[..m.Start]) && !LeftOut().IsMatch(text[..m.Start]) && !OneOfCategory().IsMatch(text[..m.Start])
                && !(IsGroupId(m.Primary) && PossessiveSuperlative().IsMatch(text[m.End..]))).ToArray();
            // "Spain is one of the countries that allocates this section (1.3%)": a bracketed figure belongs to the name of its clause.
            if (position > 0 && text[..position].TrimEnd().EndsWith('(') && before.Length > 0 && text[before[^1].End..position].IndexOfAny([',', ';', ':']) < 0)
                return before[^1];
            // "the world's second-largest spender": the world is a yardstick there, not the subject.
            // ("… found world military expenditure reached a record $2.7 trillion": a name that is itself the world's spending is not.)
            if (before.Any(m => m.Primary != "WLD")) before = before.Where(m => m.Primary != "WLD" || WorldSpendingName().IsMatch(m.Text)).ToArray();
            // "countries in Central and Western Europe, like Poland, …; its military spending grew by 31 per cent": the country given as
            // the example is whom the figures are about, not the region it is an example of.
            if (before.Length > 1 && before.FirstOrDefault(m => m.Primary.StartsWith("SIPRI_", StringComparison.Ordinal) || IsGroupId(m.Primary)) is { } region
                && before.FirstOrDefault(m => m.Start > region.End && m.Start - region.End <= 30 && EntityRecogniser.IsCountry(m.Primary)
                    && Regex.IsMatch(text[region.End..m.Start], @"^[^.;]*?\b(?:like|such\s+as|including|notably|especially)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)) is { } example)
                before = [example, .. before.Where(m => m.Start > example.End)];
            // "Turkiye is just above NATO's 2 per cent target at 2.09 per cent": the owner of a goal is the yardstick.
            if (before.Length > 1 && GoalAfterOwner().IsMatch(text[before[^1].End..position])) before = before[..^1];
            // "Portugal promised to reach NATO's 2% target": the owner of the goal the figure names is its yardstick too.
            else if (before.Length > 1 && IsGroupId(before[^1].Primary) && string.IsNullOrWhiteSpace(text[before[^1].End..position].Replace("'s", "").Replace("’s", ""))
                && q0 is not null && GoalAfterFigure().IsMatch(text[q0.End..])) before = before[..^1];
            // "NATO recently estimated that Poland … saw the largest share": the publisher that speaks is not whom the figure is about.
            // (Names inside the report's description, "based on data from member countries", are not the subject either.)
            if (before.Length > 1 && ReportingVerbAfter().Match(text[before[0].End..]) is { Success: true } reporting)
            {
                var reportEnd = before[0].End + reporting.Length;
                before = before.Any(m => m.Start >= reportEnd) ? [.. before.Where(m => m.Start >= reportEnd)] : before[1..];
            }
            // "According to NATO's report …, the estimates for 2024 for Poland indicate 4.12 percent": the source is not the subject.
            if (before.Length > 1 && AccordingToPhrase().Match(text) is { Success: true } accordingTo
                && before.Where(m => m.Start < accordingTo.Index || m.Start >= accordingTo.Index + accordingTo.Length).ToArray() is { Length: > 0 } outside)
                before = outside;
            if (before.Length > 0)
            {
                // "Europe's collective $457 billion": a name right before the figure owns it; otherwise the sentence's
                // subject does ("Germany was central and western Europe's biggest spender, splashing some $88 billion").
                var nearest = before[^1];
                // "China was the world's second largest military spender after the United States, with its spending up 7 pct": "its"
                // is the sentence's subject, not the yardstick named last.
                if (before.Length > 1 && Regex.IsMatch(text[nearest.End..position], @"^[^.;]*?,\s*(?:with|and)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:spending|budget|expenditure|outlays)\b", RegexOptions.IgnoreCase))
                    return before[0];
                if (position - nearest.End <= 25 || before.Length == 1) return nearest;
                // "Lebanon saw a 58 percent rise …, and Turkey’s defense budget in 2024 was $25 billion": a name whose money the
                // clause goes on to state owns the figure, however long the words between.
                if (PossessiveMoneyOwner().IsMatch(text[nearest.Start..position]))
                    return nearest;
                // "surpassing the United Kingdom which spent an equivalent figure of $81.8 billion": a relative clause's figure is its
                // antecedent's; "followed by Ukraine and France, both with 56.9 billion euros": so is a figure "both" names share.
                if (Regex.IsMatch(text[nearest.End..position], @"^\s*,?\s*(?:which|who|that|whose)\b[^,;()]*$|,\s*(?:both|each)\s+(?:with|at|on|spending|spent)\b[^,;]*$", RegexOptions.IgnoreCase))
                    return nearest;
                // "Estonia (3.43%), while the US, long renowned for its defense budget, clocked in at 3.38%": the subject of the
                // figure's own clause, not the sentence's first name.
                if (ClauseOpener().Match(text[..position]) is { Success: true } opener
                    && before.FirstOrDefault(m => m.Start >= opener.Index + opener.Length) is { } clauseSubject && clauseSubject != before[0]
                    && !text[opener.Index..clauseSubject.Start].Contains("than", StringComparison.OrdinalIgnoreCase))
                    return clauseSubject;
                var first = before[0];
                // "In Europe, the highest growth was Poland's (… 4.2% of GDP)": a scope opening the sentence frames it; the name after it is the subject.
                if (before.Length > 1 && ScopeOpening().IsMatch(text[..first.Start])) first = before[1];
                // "To take the place of U.S. heavy units in Europe, the EU and UK would require …": a fronted purpose clause names
                // what the subject acts on; the subject follows it.
                if (before.Length > 1 && PurposeOpening().Match(text) is { Success: true } purpose && first.End <= purpose.Length
                    && before.FirstOrDefault(m => m.Start >= purpose.Length) is { } afterPurpose) first = afterPurpose;
                return first.Primary == "WLD" && before.Length > 1 ? nearest : first;
            }
            // "It's 50 trillion, and the Russian economy is two trillion": a pronoun subject refers back, not to the next name.
            if (lastSubject is not null && PronounStart().IsMatch(text)) return lastSubject;
            var after = mentions.FirstOrDefault(m => m.Start >= position && !(excludeAfterThan && Regex.IsMatch(text[position..m.Start], @"\bthan\b", RegexOptions.IgnoreCase)));
            return after ?? lastSubject;
        }

        EntityMention? NamedList(int position)
        {
            var names = mentions.Where(m => m.End <= position && m.Candidates.Count == 1 && !IsGroupId(m.Primary)).ToList();
            // "60% of all spending (more than $1.6 trillion) comes from the top five countries: A, B, C, D and E": the list follows.
            if (names.Count < 3 && ComesFrom().Match(text, position) is { Success: true } from)
                names = mentions.Where(m => m.Start >= from.Index && m.Candidates.Count == 1 && !IsGroupId(m.Primary)).ToList();
            // "Together, China and the United States accounted for almost half": two names make a list when a word joins them.
            if (names.Count < (JoiningWord().IsMatch(text) ? 2 : 3)) return null;
            // The names must form one enumeration: only commas, "and" and spaces between them.
            for (var i = 1; i < names.Count; i++)
                if (!ListGap().IsMatch(text[names[i - 1].End..names[i].Start])) return null;
            var ids = names.Select(m => m.Primary).Distinct().ToArray();
            return new EntityMention(text[names[0].Start..names[^1].End], names[0].Start, [ListPrefixId + string.Join(",", ids)]);
        }

        EntityMention? RespectivelyOwner(Quantity q)
        {
            // "Poland has more than doubled its share, from 2.2% to 4%, with Lithuania, Latvia and Estonia seeing rates of 4%, 3.73%
            // and 3.38% respectively": the list of figures right before "respectively" goes with the list of names before it.
            if (ListBeforeRespectively(q) is { } listed) return listed;
            var figures = quantities.Where(p => p.Kind is QuantityKind.Percent or QuantityKind.Money or QuantityKind.Count).ToArray();
            if (figures.Length == 0) return null;
            var firstFigure = figures.Min(p => p.Start);
            var names = mentions.Where(m => m.End <= firstFigure && m.Primary is not ("WLD" or "US-PA")).ToList();
            var sameKind = figures.Where(p => p.Kind == q.Kind).OrderBy(p => p.Start).ToList();
            var i = sameKind.IndexOf(q);
            // "France and the United Kingdom, two of the European nuclear powers, raised …": a group named in an apposition is not one of the list.
            if (names.Count != sameKind.Count && names.Count(m => EntityRecogniser.IsCountry(m.Primary)) == sameKind.Count) names = names.Where(m => EntityRecogniser.IsCountry(m.Primary)).ToList();
            return names.Count >= 2 && sameKind.Count == names.Count && i >= 0 ? names[i] : null;
        }

        EntityMention? ListBeforeRespectively(Quantity q)
        {
            var respectively = text.IndexOf("respectively", q.End, StringComparison.OrdinalIgnoreCase);
            if (respectively < 0) return null;
            var chain = new List<Quantity>();
            foreach (var p in quantities.Where(p => p.Kind == q.Kind && p.End <= respectively).OrderByDescending(p => p.Start))
            {
                var gap = text[p.End..(chain.Count == 0 ? respectively : chain[0].Start)];
                if (!Regex.IsMatch(gap, chain.Count == 0 ? @"^(?:\s+of\s+(?:their\s+|its\s+)?(?:GDP|gross\s+domestic\s+product))?[\s,]*$" : @"^\s*(?:,|,?\s*and|;)\s*$", RegexOptions.IgnoreCase)) break;
                chain.Insert(0, p);
            }
            if (chain.Count < 2) return null;
            var names = new List<EntityMention>();
            foreach (var m in mentions.Where(m => m.End <= chain[0].Start && EntityRecogniser.IsCountry(m.Primary)).OrderByDescending(m => m.Start))
            {
                if (names.Count > 0 && !Regex.IsMatch(text[m.End..names[0].Start], @"^\s*(?:,|,?\s*and)\s*(?:the\s+)?$")) break;
                names.Insert(0, m);
            }
            var i = chain.IndexOf(q);
            return i >= 0 && names.Count == chain.Count ? names[i] : null;
        }

        EntityMention? RankedList(int position)
        {
            var names = new List<EntityMention>();
            foreach (var x in mentions.Where(x => x.Start >= position && EntityRecogniser.IsCountry(x.Primary)))
            {
                var gap = text[(names.Count == 0 ? position : names[^1].End)..x.Start];
                if (names.Count == 0 ? !RankListHead().IsMatch(gap) : !RankListGap().IsMatch(gap)) break;
                names.Add(x);
            }
            return names.Count < 2 ? null
                : new EntityMention(text[names[0].Start..names[^1].End], names[0].Start, [ListPrefixId + string.Join(",", names.Select(x => x.Primary).Distinct())]);
        }

        // Which table the place is in: the clause's own words first ("in absolute terms", "relative"), then the measure the
        // sentences before were about ("Latvia's … share of its GDP was 3.15%. … placing it fourth on the table").
        string RankMeasure(Match m)
        {
            var from = text.LastIndexOfAny([',', ';', ':'], Math.Max(0, m.Index - 1)) + 1;
            var next = text.IndexOfAny([',', ';', ':'], m.Index + m.Length);
            var clause = text[from..(next < 0 ? text.Length : next)];
            // "the third-largest army in NATO", "grown its armed forces from being the ninth-biggest in Nato": a table of head counts.
            if (ArmyCue().IsMatch(m.Value) || ArmyCue().IsMatch(text[Math.Max(0, m.Index - 40)..m.Index])) return RankByPersonnel;
            // "the largest defense budget in Europe": a place named by money is of amounts, whatever shares the article gives elsewhere.
            if (Regex.IsMatch(m.Value, @"\b(?:budgets?|expenditures?|outlays)\b", RegexOptions.IgnoreCase) && !RelativeTerms().IsMatch(clause)) return RankByAmount;
            // "Leading is Poland with 4.15%": a share of GDP right after the place names the table.
            // "by far the biggest spender, increased expenditure by 5.7 percent": a change after it names no table.
            if (quantities.Any(q => q.Kind == QuantityKind.Percent && q.Value <= 10 && q.Start >= m.Index && q.Start - (m.Index + m.Length) <= 30
                    && !ChangeVerbInClause().IsMatch(text[(m.Index + m.Length)..q.Start]))) return RankByShare;
            if (AbsoluteTerms().IsMatch(clause)) return RankByAmount;
            if (RelativeTerms().IsMatch(clause)) return RankByShare;
            if (quantities.Any(q => q.Kind == QuantityKind.Money && q.Start >= from && q.End <= from + clause.Length)) return RankByAmount;
            // A percentage elsewhere in the sentence ("increased expenditure by 5.7 percent") does not make the table relative.
            if (gdpBefore || RelativeWords().IsMatch(text) || quantities.Any(q => q.OfGdp)) return RankByShare;
            return RankByAmount;
        }

        // How many members an alliance has ("NATO's 32 members", "the list of 32 Nato nations"), at the time of writing.
        Claim Membership(Quantity members, IReadOnlyList<string> anchors, int start, int end) =>
            Make(ClaimKind.Count, [members], anchors, start, end, mentions.FirstOrDefault(m => m.Primary is "NATO" or "EU27") ?? new EntityMention("NATO", 0, ["NATO"]), phrase: "members");

        Claim Make(ClaimKind kind, IReadOnlyList<Quantity> qs, IReadOnlyList<string> anchors, int start, int end, EntityMention? subject,
            EntityMention? other = null, string? item = null, double? ratio = null, string? place = null, string? phrase = null)
        {
            spanEnd = qs.Count > 0 ? qs[0].End : end;
            var ys = YearsFor(qs.Count > 0 ? qs[0].Start : start, kind, out var stated);
            var withHedges = anchors.ToList();
            foreach (var q in qs.Where(q => q.Hedge != Hedge.None))
            {
                var hedge = HedgeBeforeRx().Match(text[..q.Start]);
                if (hedge.Success) withHedges.Add(text[hedge.Index..q.End]);
            }
            anchors = withHedges;
            // "Rs." is the rupee of India, Pakistan, Sri Lanka and Nepal: the one of the country the figure is about.
            if (subject is not null && RupeeOf.TryGetValue(subject.Primary, out var rupee))
                qs = qs.Select(q => q is { Kind: QuantityKind.Money, Currency: "INR" } && q.Text.StartsWith("Rs", StringComparison.OrdinalIgnoreCase) ? q with { Currency = rupee } : q).ToList();
            return new Claim("", kind, sentence, qs, anchors, sentence.Start + start, sentence.Start + end, subject, other, ys, stated, attribution, cues, item, ratio, place, phrase);
        }

        // 1. Production ratio: "more ammunition in three months than all of NATO's European members do in a year".
        var durations = quantities.Where(q => q.Kind == QuantityKind.Duration).ToArray();
        var productionNoun = ProductionNoun().Match(text);
        if (durations.Length >= 2 && ProductionCue().IsMatch(text) && productionNoun.Success && ThanOrAs().IsMatch(text))
        {
            var (d1, d2) = (durations[0], durations[1]);
            var than = ThanOrAs().Match(text, d1.End);
            var other = than.Success ? mentions.FirstOrDefault(m => m.Start >= than.Index) : null;
            var subject = SubjectFor(d1.Start);
            // "NATO's secretary general said Russia produces in three months what the whole of NATO makes in a year": the producer is
            // the nearest name before the first period that is not the yardstick.
            if (subject is not null && other is not null && subject.Primary == other.Primary)
                subject = mentions.LastOrDefault(m => m.End <= d1.Start && m.Primary != other.Primary) ?? subject;
            if (subject is not null && other is not null && subject.Primary != other.Primary)
            {
                // "three times as much ammunition in three months as NATO in a year": the multiple scales the period ratio (3 × 4 = 12).
                var multiple = quantities.FirstOrDefault(p => p.Kind == QuantityKind.Multiple && p.End <= d2.Start);
                var ratio = d2.Value / d1.Value * (multiple?.Value ?? 1);
                var anchors = multiple is null ? new List<string> { d1.Text, d2.Text } : [multiple.Text, d1.Text, d2.Text];
                claims.Add(Make(ClaimKind.ProductionRatio, multiple is null ? [d1, d2] : [d1, d2, multiple], anchors, Math.Min(multiple?.Start ?? d1.Start, Math.Min(d1.Start, productionNoun.Index)), d2.End, subject, other,
                    Item(productionNoun.Value), ratio));
                used.Add(d1); used.Add(d2);
                if (multiple is not null) used.Add(multiple);
            }
        }

        // 1-bis. A threshold met or missed over years: "Poland has been continuously meeting the target since 2020", "The UK has
        // met this target consistently", "Latvia and Estonia have consistently met the 2% target since 2018 and 2019, respectively",
        // "its spending fell below the benchmark between 2016 and 2019". The years are the claim, the threshold its yardstick.
        foreach (var m in ThresholdMet().Matches(text).Concat(ThresholdMissed().Matches(text)).OrderBy(m => m.Index))
        {
            if (!ThresholdWord().IsMatch(m.Value)) continue;
            var threshold = quantities.FirstOrDefault(p => p.Kind == QuantityKind.Percent && p.Start >= m.Index && p.End <= m.Index + m.Length);
            if (threshold is not null) used.Add(threshold);
            var level = threshold ?? new Quantity(QuantityKind.Percent, "2%", m.Index, ThreeAndAHalf().IsMatch(m.Value) ? 3.5 : 2, 0, Hedge.None, OfGdp: true);
            var missed = m.Groups["below"].Success;
            var first = m.Groups["from"].Success ? int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture) : (int?)null;
            var last = m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture) : (context.Date?.Year ?? DateTime.UtcNow.Year) - 1;
            var window = m.Groups["window"];
            var subjects = new List<(EntityMention? Who, int? From, string Anchor)>();
            if (m.Groups["from2"].Success && Respectively().IsMatch(text))
            {
                var pair = mentions.Where(x => x.End <= m.Index && EntityRecogniser.IsCountry(x.Primary)).TakeLast(2).ToArray();
                if (pair.Length == 2)
                {
                    subjects.Add((pair[0], first, m.Groups["from"].Value));
                    subjects.Add((pair[1], int.Parse(m.Groups["from2"].Value, CultureInfo.InvariantCulture), m.Groups["from2"].Value));
                }
            }
            if (subjects.Count == 0) subjects.Add((SubjectFor(m.Index), first, window.Value));
            foreach (var (who, from, anchor) in subjects)
            {
                var anchors = new List<string> { anchor };
                if (m.Groups["part"].Success) anchors.Add(text[m.Groups["part"].Index..(window.Index + window.Length)]);
                // "since its introduction in 2006": the year the guideline came in is a claim of its own, not this one's.
                if (from is { } f && anchor != f.ToString(CultureInfo.InvariantCulture) && !window.Value.EndsWith("introduction", StringComparison.OrdinalIgnoreCase)) anchors.Add(f.ToString(CultureInfo.InvariantCulture));
                if (threshold is not null) anchors.Add(threshold.Text);
                // NATO's guideline dates from the Wales summit (its tables start there): a streak with no first year runs from then.
                var streakYears = Enumerable.Range(from ?? WalesPledgeYear, Math.Max(0, last - (from ?? WalesPledgeYear) + 1)).ToArray();
                var claim = Make(ClaimKind.ShareOfGdp, [level], anchors, m.Index, m.Index + m.Length, who, phrase: missed ? "below streak" : "threshold streak");
                claims.Add(claim with { Years = streakYears, YearStated = true });
            }
        }

        // 2. Multiples: "Russia produces four times as many shells as Europe", "spends twice as much as".
        foreach (var q in quantities.Where(q => q.Kind == QuantityKind.Multiple && !used.Contains(q)))
        {
            var rest = text[q.End..];
            var than = ThanOrAs().Match(text, q.End);
            var other = than.Success ? mentions.FirstOrDefault(m => m.Start >= than.Index) : null;
            // "equivalent to almost double Russia's outlay": the yardstick named right after the multiple, in the possessive.
            other ??= mentions.FirstOrDefault(m => m.Start >= q.End && m.Start - q.End <= 6 && (m.Text.EndsWith("'s", StringComparison.Ordinal) || m.Text.EndsWith("’s", StringComparison.Ordinal)));
            // "nearly three times the collective capacity of the US and Europe": the yardstick whose output the multiple is of.
            other ??= mentions.FirstOrDefault(m => m.Start >= q.End && m.Start - q.End <= 50 && OutputOf().IsMatch(text[q.End..m.Start]));
            var subject = SubjectFor(q.Start);
            // "That economy is producing four times as much ammunition as the whole of NATO": the only name is the yardstick,
            // so the subject is the one the previous sentences were about.
            if (subject is not null && other is not null && subject.Primary == other.Primary && lastSubject is not null && lastSubject.Primary != other.Primary)
                subject = lastSubject;
            if (subject is null) continue;
            var noun = ProductionNoun().Match(rest);
            // "Moscow's ammunition production may have been four times more than NATO's": the item named before the multiple.
            var nounBefore = ProductionNoun().Matches(text[..q.Start]).LastOrDefault(m => q.Start - m.Index < 70);
            if ((!noun.Success || noun.Index >= 40) && nounBefore is not null && ProductionCue().IsMatch(text)) noun = nounBefore;
            var isProduction = noun.Success && (noun == nounBefore || noun.Index < 40) && (ProductionCue().IsMatch(text) || noun.Value.Length > 0);
            if (isProduction && other is not null)
                claims.Add(Make(ClaimKind.ProductionRatio, [q], [q.Text], q.Start, noun == nounBefore ? q.End : Math.Min(text.Length, q.End + noun.Index + noun.Length), subject, other, Item(noun.Value), q.Value));
            else if (MultipleGrowth().IsMatch(text[Math.Max(0, q.Start - 40)..Math.Min(text.Length, q.End + 25)]) && !than.Success)
                claims.Add(Make(ClaimKind.Growth, [q], [q.Text], HedgeStartOf(text, q), q.End, subject, phrase: "multiple"));
            else if (SpendingCue().IsMatch(text) || other is not null && EconomyCue().IsMatch(text))
                claims.Add(Make(ClaimKind.Comparison, [q], [q.Text], q.Start, q.End, subject, other, ratio: q.Value, phrase: EconomyCue().IsMatch(text) && !SpendingCue().IsMatch(text) ? "economy" : null));
            used.Add(q);
        }

        // 3. Count of allies meeting a threshold: "23 of NATO's 32 allies meet the 2% target".
        foreach (var q in quantities.Where(q => q.Kind == QuantityKind.Count && q.Noun is not null && QuantityParser.MembersNoun().IsMatch(q.Noun)))
        {
            // "the top five countries": a ranking's cut, not a count of members meeting a threshold; "tops the list of 32 Nato
            // nations": the table's size.
            if (TopBefore().IsMatch(text[..q.Start]) || TableOfBefore().IsMatch(text[..q.Start])) continue;
            var countPrefix = CountOfPrefix().Match(text[..q.Start]);
            // ("2% of GDP is spent by 23 states out of 32 NATO members": the threshold named before the count.)
            var threshold = quantities.FirstOrDefault(p => p.Kind == QuantityKind.Percent && p.Start > q.Start)
                ?? (countPrefix.Success ? quantities.LastOrDefault(p => p.Kind == QuantityKind.Percent && p.OfGdp && p.End <= countPrefix.Index) : null);
            // "over ten of its 32 members still do not meet the target": the count in words is read below (3d); 32 is the membership.
            // ("a rise in the number of the 32 NATO members meeting the guideline": so is the group whose number is counted.)
            if (!countPrefix.Success && (WordCountOfPrefix().IsMatch(text[..q.Start]) || NumberOfBefore().IsMatch(text[..q.Start])))
            {
                claims.Add(Membership(q, [q.Text], q.Start, q.End));
                used.Add(q);
                continue;
            }
            // "Of the 32 NATO members, 18 spent at least 2% of GDP": the count follows the membership.
            var countAfter = !countPrefix.Success && OfTheTotalBefore().IsMatch(text[..q.Start]) ? CountAfterComma().Match(text[q.End..]) : System.Text.RegularExpressions.Match.Empty;
            // "… are now expected to meet the 2% goal. In 2024, only 19 of the 31 members achieved it.": the goal referred back to
            // (NATO's 2% unless the claim says otherwise) is the threshold.
            var referred = threshold is null && gdpBefore ? GoalReferredTo().Match(text, q.End) : System.Text.RegularExpressions.Match.Empty;
            if (referred.Success) threshold = new Quantity(QuantityKind.Percent, referred.Value, referred.Index, 2, 0, Hedge.None, OfGdp: true);
            // Without a threshold it may still be a membership count ("NATO comprises more than 30 member countries", 3c).
            if (threshold is null || !MeetVerb().IsMatch(text)) continue;
            // "The 32 members of the alliance agreed last year to spend at least 2%": what they pledged, not how many meet it; the
            // number is the membership and the share the pledge (a target claim below).
            // "push for his proposed requirement that NATO's 32 member states reach 5%": a demand on the members, likewise.
            if (!countPrefix.Success && (Regex.IsMatch(text[q.End..threshold.Start], @"\b(?:agreed|pledged|committed|promised|vowed|decided|signed\s+up|consensus|agreement)\b", RegexOptions.IgnoreCase)
                || DemandBefore().IsMatch(text[..threshold.Start])))
            {
                claims.Add(Membership(q, [q.Text], q.Start, q.End));
                used.Add(q);
                continue;
            }
            var anchors = referred.Success ? new List<string> { q.Text } : new List<string> { q.Text, threshold.Text };
            var qs = new List<Quantity> { q, threshold };
            var start = q.Start;
            if (countPrefix.Success)
            {
                start = countPrefix.Index;
                anchors.Insert(0, countPrefix.Groups["n"].Value);
            }
            // "All of NATO's 32 members are set to meet …": the claim is that every ally does; 32 is the membership.
            var allPrefix = AllOfPrefix().Match(text[..q.Start]);
            if (allPrefix.Success && !countPrefix.Success) { start = allPrefix.Index; anchors.Add(allPrefix.Value.Trim()); }
            var n = countPrefix.Success ? double.Parse(countPrefix.Groups["n"].Value, CultureInfo.InvariantCulture) : allPrefix.Success ? -1 : q.Value;
            var countQuantity = countPrefix.Success
                ? new Quantity(QuantityKind.Count, countPrefix.Groups["n"].Value, countPrefix.Groups["n"].Index, n, 0.5, Hedge.None, Noun: "allies")
                : allPrefix.Success ? q with { Value = -1 } : q;
            if (countAfter.Success && double.TryParse(QuantityParser.WordNumber(countAfter.Groups["n"].Value), NumberStyles.Float, CultureInfo.InvariantCulture, out var after))
            {
                var g = countAfter.Groups["n"];
                countQuantity = new Quantity(QuantityKind.Count, g.Value, q.End + g.Index, after, 0.5, Hedge.None, Noun: "allies");
                anchors.Insert(0, g.Value);
                countPrefix = countAfter;
            }
            qs[0] = countQuantity;
            var alliance = mentions.FirstOrDefault(m => m.Primary is "NATO" or "NATO_EUROPE" or "EU27") ?? new EntityMention("NATO", 0, ["NATO"]);
            // "over ten of its 32 members still do not meet the target": how many fall short.
            var shortOf = ShortfallVerb().IsMatch(text) ? "short" : null;
            if (countPrefix.Success)
            {
                // "18 of the alliance's 31 countries": how many meet the goal, and how many members there are, are two statements.
                anchors.Remove(q.Text);
                claims.Add(Make(ClaimKind.Count, qs, anchors, start, threshold.End, alliance, phrase: shortOf));
                claims.Add(Make(ClaimKind.Count, [q], [q.Text], q.Start, q.End, alliance.Primary == "EU27" ? alliance : new EntityMention(alliance.Text, alliance.Start, ["NATO"]), phrase: "members"));
            }
            else claims.Add(Make(ClaimKind.Count, qs, anchors, start, threshold.End, alliance, phrase: shortOf));
            used.Add(q);
            // "the defence spending target of two percent": the goal itself, named as such, is a target claim too.
            if (!GoalOfBefore().IsMatch(text[..threshold.Start])) used.Add(threshold);
        }

        // The alliance a fraction or "most" of the members counts in (NATO unless the sentence names another), and its size.
        (EntityMention Alliance, int Members) AllianceCounted()
        {
            var alliance = mentions.FirstOrDefault(m => m.Primary is "NATO" or "NATO_EUROPE" or "EU27") ?? new EntityMention("NATO", 0, ["NATO"]);
            return (alliance, (alliance.Primary == "EU27" ? Core.Entities.BuiltInGroups.Eu27 : Core.Entities.BuiltInGroups.Nato).MembersIn(context.Date?.Year ?? DateTime.UtcNow.Year).Count);
        }

        // 3-bis. A fraction of the members meeting a threshold: "Half of NATO's members now spend at least 2.5% of GDP".
        foreach (var q in quantities.Where(q => q.Kind == QuantityKind.Fraction && !used.Contains(q)))
        {
            if (!FractionOfMembers().IsMatch(text[q.End..])) continue;
            var threshold = quantities.FirstOrDefault(p => p.Kind == QuantityKind.Percent && p.Start > q.End);
            if (threshold is null || !MeetVerb().IsMatch(text)) continue;
            var (alliance, members) = AllianceCounted();
            // "Half" of 32 is 16; a fraction in words is loose, so it carries the ±5% of an approximation.
            var count = new Quantity(QuantityKind.Count, q.Text, q.Start, Math.Round(q.Value * members), Math.Max(0.5, q.Value * members * 0.05), q.Hedge == Hedge.None ? Hedge.Approximately : q.Hedge, Noun: "allies");
            claims.Add(Make(ClaimKind.Count, [count, threshold], [q.Text, threshold.Text], q.Start, threshold.End, alliance));
            used.Add(q);
            used.Add(threshold);
        }

        // 3-ter. "Most NATO members contribute just over 2% of their GDP": "most" (or "the majority") is more than half the members.
        if (MostOfMembers().Match(text) is { Success: true } most
            && quantities.FirstOrDefault(p => p.Kind == QuantityKind.Percent && p.Start > most.Index + most.Length && !used.Contains(p)) is { } mostThreshold
            && text[(most.Index + most.Length)..mostThreshold.Start] is { Length: <= 45 } mostVerb && !Regex.IsMatch(mostVerb, @"\b(?:to|rais\w*|oppos\w*)\b", RegexOptions.IgnoreCase)
            && (MeetVerb().IsMatch(mostVerb) || Regex.IsMatch(mostVerb, @"\b(?:contribut|allocat|devot|invest)\w*", RegexOptions.IgnoreCase)))
        {
            // "Most nations only barely meet the 2.0% Nato standard": the standard named after the share is NATO's, of GDP.
            var namedGoal = TargetNounAfter().IsMatch(text[mostThreshold.End..]);
            var share = !mostThreshold.OfGdp && (namedGoal || GdpWord().IsMatch(text)) ? mostThreshold with { OfGdp = true } : mostThreshold;
            var (alliance, members) = AllianceCounted();
            var majority = new Quantity(QuantityKind.Count, most.Groups["q"].Value, most.Index, members / 2 + 1, 0, Hedge.AtLeast, Noun: "allies");
            claims.Add(Make(ClaimKind.Count, [majority, share], [most.Groups["q"].Value, share.Text], most.Index, share.End, alliance));
            // The goal named by its figure is a target claim of its own (below).
            if (!namedGoal) used.Add(mostThreshold);
        }

        // 3b. Shares of a total: "Washington alone accounts for 37 percent of worldwide spending", "over 50% of NATO funding".
        foreach (var q in quantities.Where(q => (q.Kind == QuantityKind.Percent && !q.OfGdp || q.Kind == QuantityKind.Fraction) && !used.Contains(q)))
        {
            var share = ShareOfTotal().Match(text[q.End..]);
            // "its share of world spending on military expenses last year was 0.6 percent": the whole named before the figure.
            if (!share.Success && q.Kind == QuantityKind.Percent && ShareOfWholeBefore().Match(text[..q.Start]) is { Success: true } before)
            {
                var owner = mentions.LastOrDefault(m => m.End <= before.Index && m.Primary != "WLD") ?? lastSubject;
                if (owner is null) continue;
                claims.Add(Make(ClaimKind.Comparison, [q], [q.Text], before.Index, q.End, owner, new EntityMention(before.Groups["whole"].Value, before.Groups["whole"].Index, ["WLD"]),
                    ratio: q.Value / 100, phrase: "share of total"));
                used.Add(q);
                continue;
            }
            if (!share.Success) continue;
            var whole = mentions.FirstOrDefault(m => m.Start >= q.End + share.Groups["whole"].Index - 2 && m.Start <= q.End + share.Length)
                // "half of total military spending in the Asia and Oceania region": the place after the total is its scope.
                ?? mentions.FirstOrDefault(m => m.Start >= q.End + share.Length && Regex.IsMatch(text[(q.End + share.Length)..m.Start], @"^\s+(?:in|across|among|within)\s+(?:the\s+)?$", RegexOptions.IgnoreCase));
            // "Together, these five nations accounted for about 60% of global defense expenditure": the N largest spenders, summed.
            var topSpenders = TopSpenders().Match(text);
            var part = (Combined().IsMatch(text) ? NamedList(q.Start) : null)
                ?? (topSpenders.Success && (whole?.Primary ?? "WLD") == "WLD" ? new EntityMention(topSpenders.Value, topSpenders.Index, [TopSpendersId + QuantityParser.WordNumber(topSpenders.Groups["n"].Value)]) : null)
                ?? mentions.FirstOrDefault(m => m != whole && m.Primary != (whole?.Primary ?? "WLD") && (m.End <= q.Start || m.Start >= q.End + share.Length))
                // "Ukraine's spending grew to $64.7 billion. That's about 43 per cent of Russia's military budget.": the sentence before's spender.
                ?? (ThatStart().IsMatch(text) && lastSubject is not null && lastSubject.Primary != whole?.Primary ? lastSubject : null);
            // ("two-thirds of defence spending of the alliance as a whole": the alliance named without its name is NATO.)
            var wholeMention = whole ?? (share.Groups["whole"].Value.Length > 0 ? new EntityMention(share.Groups["whole"].Value, q.End + share.Groups["whole"].Index,
                [Regex.IsMatch(share.Groups["whole"].Value, @"\b(?:NATO|alliance|allies|members?)\b", RegexOptions.IgnoreCase) ? "NATO" : "WLD"]) : null);
            if (part is null || wholeMention is null) continue;
            claims.Add(Make(ClaimKind.Comparison, [q], [q.Text], q.Start, q.End + share.Length, part, wholeMention, ratio: q.Kind == QuantityKind.Fraction ? q.Value : q.Value / 100, phrase: "share of total"));
            used.Add(q);
        }

        // 3c. Membership: "NATO comprises more than 30 member countries", "the EU's 27 member states".
        foreach (var q in quantities.Where(q => q.Kind == QuantityKind.Count && q.Noun is not null && QuantityParser.MembersNoun().IsMatch(q.Noun) && !used.Contains(q)))
        {
            if (quantities.Any(p => p.Kind == QuantityKind.Percent)) continue;
            var group = mentions.FirstOrDefault(m => m.Primary is "NATO" or "EU27");
            if (group is null || !MembershipCue().IsMatch(text)) continue;
            // "the 23 EU countries that are NATO members": a subset of the group, not its membership.
            if (Regex.IsMatch(text[q.End..], @"^,?\s*(?:that|which|who)\s+(?:are|were)\s+(?:also\s+)?(?:(?:members|part)\s+of\s+)?(?:NATO|the\s+EU|EU|the\s+European\s+Union|the\s+alliance)\b", RegexOptions.IgnoreCase)) continue;
            var membersCounted = SetApart(text, q.Start, q.End) ? q with { Value = q.Value + 1 } : q;
            claims.Add(Make(ClaimKind.Count, [membersCounted], [q.Text, text.Substring(q.Start, Math.Min(text.Length - q.Start, q.Text.Length))], HedgeStart(text, q), q.End, group, phrase: "members"));
            used.Add(q);
        }

        // 3c'. Membership named as the group's size: "the 32-nation alliance", "the 27-country bloc", "the 31-strong alliance", "NATO's 32
        // allied countries", "The 27 EU Member States" (not "the 23 EU countries that are NATO members": a subset, not the membership).
        foreach (Match m in GroupSize().Matches(text))
        {
            var n = m.Groups["n"];
            if (claims.Any(c => c.Sentence == sentence && c.Start - sentence.Start < m.Index + m.Length && c.End - sentence.Start > m.Index)) continue;
            var groupSize = double.Parse(n.Value, CultureInfo.InvariantCulture);
            // "all 32 allies will meet 2%": how many meet a goal (3d), not the membership.
            if (Regex.IsMatch(m.Value, @"^all\b", RegexOptions.IgnoreCase) && AllMeet().IsMatch(text[m.Index..])) continue;
            // ("the other 31 NATO member states", "all the other 27 NATO countries", "the 26 EU member states, excluding Denmark": the
            // membership less the one set apart.)
            if (Regex.IsMatch(m.Value, @"\b(?:other|remaining)\b", RegexOptions.IgnoreCase) || SetApart(text, m.Index, m.Index + m.Length)) groupSize += 1;
            var european = Regex.IsMatch(m.Value, @"\bEU\b|European\s+Union|\bunion\b", RegexOptions.IgnoreCase)
                || Regex.IsMatch(m.Value, @"\bbloc\b", RegexOptions.IgnoreCase) && !mentions.Any(x => x.Primary == "NATO")
                // "its 27-member states": a size that names no group is the EU's or NATO's by the number and the sentence.
                || !Regex.IsMatch(m.Value, @"\b(?:NATO|alliance|allies|allied)\b", RegexOptions.IgnoreCase) && !mentions.Any(x => x.Primary == "NATO")
                   && (mentions.Any(x => x.Primary == "EU27") || groupSize is >= 25 and <= 28);
            var group = new EntityMention(european ? "the EU" : "NATO", m.Index, [european ? "EU27" : "NATO"]);
            var members = new Quantity(QuantityKind.Count, n.Value, n.Index, groupSize, 0.5, Hedge.None, Noun: european ? "member states" : "allies");
            foreach (var inside in quantities.Where(q => q.Start >= m.Index && q.End <= m.Index + m.Length)) used.Add(inside);
            claims.Add(Make(ClaimKind.Count, [members], [m.Value.Trim(), n.Value], m.Index, m.Index + m.Length, group, phrase: "members"));
        }

        // 3d. How many allies meet a threshold, in words: "only three currently reach a new, higher goal", "seven at the minimum of 2.0 per cent".
        if (AlliesWord().IsMatch(text) && (MeetVerb().IsMatch(text) || ShortfallVerb().IsMatch(text)) && (quantities.Any(p => p.Kind == QuantityKind.Percent) || GoalWord().IsMatch(text)))
        {
            var countWords = CountWord().Matches(text).ToArray();
            // "all allies are expected to meet 2%, compared to only three allies in 2014": the figure is the claim, "all" restates the goal.
            var numericCount = countWords.Any(w => w.Groups["n"].Value.ToLowerInvariant() is not ("all" or "every") && ComparedTo().IsMatch(text[..w.Index]));
            foreach (var m in countWords)
            {
                var start = m.Index;
                if (numericCount && m.Groups["n"].Value.ToLowerInvariant() is "all" or "every") continue;
                // "Poland tops the list of 32 Nato nations": the table's size is the membership.
                if (TableOfBefore().IsMatch(text[..m.Index]))
                {
                    if (double.TryParse(QuantityParser.WordNumber(m.Groups["n"].Value), NumberStyles.Float, CultureInfo.InvariantCulture, out var tableSize))
                        claims.Add(Membership(new Quantity(QuantityKind.Count, m.Groups["n"].Value, m.Groups["n"].Index, tableSize, 0.5, Hedge.None, Noun: "allies"),
                            [m.Value.Trim(), m.Groups["n"].Value], m.Index, m.Index + m.Length));
                    continue;
                }
                // "expenditure by all NATO members was $1,506 billion": "all" is a count only when they all meet something.
                if (m.Groups["n"].Value.ToLowerInvariant() is "all" or "every" && !AllMeet().IsMatch(text[m.Index..])) continue;
                if (claims.Any(c => c.Kind == ClaimKind.Count && c.Start - sentence.Start <= m.Index && c.End - sentence.Start > m.Index)) continue;
                if (quantities.Any(q => start >= q.Start && start < q.End && (used.Contains(q) || q.Kind != QuantityKind.Count))) continue;
                if (claims.Any(c => c.Kind == ClaimKind.Count && c.Sentence == sentence && c.Anchors.Any(a => a.Contains(m.Groups["n"].Value)))) continue;
                var n = m.Groups["n"].Value.ToLowerInvariant();
                var value = n is "all" or "every" ? -1 : double.TryParse(QuantityParser.WordNumber(n), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
                if (double.IsNaN(value)) continue;
                var nearby = text.Substring(m.Index, Math.Min(70, text.Length - m.Index));
                var threshold = quantities.Where(p => p.Kind == QuantityKind.Percent && p.Start > m.Index && p.Start - m.Index < 70).FirstOrDefault()
                    ?? (NewGoal().IsMatch(nearby) ? null : quantities.Where(p => p.Kind == QuantityKind.Percent).OrderBy(p => Math.Abs(p.Start - m.Index)).FirstOrDefault());
                var hedge = m.Groups["hedge"].Value.Length > 0 ? (m.Groups["hedge"].Value.ToLowerInvariant().StartsWith("more") || m.Groups["hedge"].Value.ToLowerInvariant().StartsWith("over") ? Hedge.MoreThan : Hedge.UpTo) : Hedge.None;
                var count = new Quantity(QuantityKind.Count, m.Value.Trim(), m.Index, value, 0.5, hedge, Noun: "allies");
                var qs = threshold is null ? new List<Quantity> { count } : [count, threshold];
                var anchors = new List<string> { m.Value.Trim(), m.Groups["n"].Value };
                // ("All but ten of NATO's 32 members meet the current spending target of 2% of GDP": the goal named as such is a target
                // claim of its own, as in 3.)
                if (threshold is not null && !GoalOfBefore().IsMatch(text[..threshold.Start])) { anchors.Add(threshold.Text); used.Add(threshold); }
                var of = OfTotal().Match(text, m.Index + m.Length);
                if (of.Success && of.Index == m.Index + m.Length) anchors.Add(of.Groups["total"].Value);
                claims.Add(Make(ClaimKind.Count, qs, anchors, m.Index, threshold?.End ?? m.Index + m.Length,
                    mentions.FirstOrDefault(x => x.Primary is "NATO" or "NATO_EUROPE" or "EU27") ?? new EntityMention("NATO", 0, ["NATO"]),
                    phrase: ShortfallVerb().IsMatch(text) ? "short" : AtMinimum().IsMatch(text[m.Index..]) ? "exactly" : GoalWord().Match(text).Value));
            }
        }

        // 3d'. "the number of states reaching the target had increased sharply from 11 last year": a count of allies named by its noun.
        foreach (Match m in NumberOfAllies().Matches(text).Concat(countBefore ? CountGoesOn().Matches(text) : []))
        {
            var g = m.Groups["n"];
            if (!double.TryParse(QuantityParser.WordNumber(g.Value), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
            if (claims.Any(c => c.Kind == ClaimKind.Count && c.Start - sentence.Start <= g.Index && c.End - sentence.Start > g.Index)) continue;
            var count = new Quantity(QuantityKind.Count, g.Value, g.Index, value, 0.5, Hedge.None, Noun: "allies");
            var threshold = quantities.FirstOrDefault(p => p.Kind == QuantityKind.Percent && !used.Contains(p));
            claims.Add(Make(ClaimKind.Count, threshold is null ? [count] : [count, threshold], [g.Value], g.Index, g.Index + g.Length,
                mentions.FirstOrDefault(x => x.Primary is "NATO" or "NATO_EUROPE" or "EU27") ?? new EntityMention("NATO", 0, ["NATO"])));
        }

        // 3d-2. "23 allies will meet the 2% target, compared to just three in 2014": the earlier year's count, against the same threshold.
        if (claims.LastOrDefault(c => c.Kind == ClaimKind.Count && c.Sentence == sentence && c.Phrase is not ("members" or "countries counted")) is { } laterCount)
            foreach (Match m in EarlierCount().Matches(text))
            {
                var g = m.Groups["n"];
                if (claims.Any(c => c.Sentence == sentence && c.Start - sentence.Start <= g.Index && c.End - sentence.Start > g.Index)) continue;
                if (!double.TryParse(QuantityParser.WordNumber(g.Value), NumberStyles.Float, CultureInfo.InvariantCulture, out var earlier)) continue;
                var count = new Quantity(QuantityKind.Count, g.Value, g.Index, earlier, 0.5, Hedge.None, Noun: "allies");
                claims.Add(Make(ClaimKind.Count, laterCount.Quantities.Count > 1 ? [count, laterCount.Quantities[1]] : [count], [g.Value, m.Value.Trim()], g.Index, g.Index + g.Length,
                    laterCount.Subject, phrase: laterCount.Phrase));
            }

        // 3d''. Countries counted for what no series counts: "Over 100 countries worldwide raised their military spending",
        // "Already 16 countries have signed up", "in 22 of the EU's 27 member states". The number of an alliance's members is checked.
        foreach (var q in quantities.Where(q => q.Kind == QuantityKind.Count && q.Noun is not null && QuantityParser.MembersNoun().IsMatch(q.Noun) && !used.Contains(q)))
        {
            if (claims.Any(c => c.Sentence == sentence && (c.Start - sentence.Start <= q.Start && c.End - sentence.Start > q.Start || c.Anchors.Contains(q.Text)))) continue;
            if (!CountedCountriesCue().IsMatch(text)) continue;
            claims.Add(Make(ClaimKind.Count, [q], [q.Text], HedgeStart(text, q), q.End, mentions.FirstOrDefault(m => m.Primary is "NATO" or "EU27"), phrase: "countries counted"));
            used.Add(q);
        }

        // 3e. Pledge years: "the two per cent goal, which was agreed in 2014", "agreed to hit that target by 2035".
        var planYears = PlanYear().Matches(text).ToArray();
        foreach (Match m in PledgeYear().Matches(text))
        {
            // "how it plans to meet the 2% target by 2032-33": the year of a plan (below), not of the pledge.
            if (!TargetCue().IsMatch(text) || planYears.Any(p => p.Index < m.Index + m.Length && m.Index < p.Index + p.Length)) continue;
            var y = m.Groups["y"];
            var yq = new Quantity(QuantityKind.Count, y.Value, y.Index, double.Parse(y.Value, CultureInfo.InvariantCulture), 0.5, Hedge.None);
            // "This goal was set in 2022 under updated national security guidelines": without the alliance named, and after a
            // country outside it, the goal is that country's own.
            var national = !AllianceWord().IsMatch(text) && lastSubject is { } owner && EntityRecogniser.IsCountry(owner.Primary)
                && !Core.Entities.BuiltInGroups.Nato.MembersIn(context.Date?.Year ?? DateTime.UtcNow.Year).Contains(owner.Primary);
            claims.Add(national
                ? Make(ClaimKind.Target, [yq], [y.Value], m.Index, m.Index + m.Length, lastSubject, phrase: "plan year")
                : Make(ClaimKind.Target, [yq], [y.Value], m.Index, m.Index + m.Length, mentions.FirstOrDefault(x => x.Primary == "NATO"), phrase: "pledge year"));
            MarkTargetUsed(m.Index);
        }
        // "Canada expects to hit the NATO defence spending target in 2032": the year of a national plan, not of an alliance pledge.
        foreach (var m in planYears)
        {
            var y = m.Groups["y"];
            if (claims.Any(c => c.Anchors.Contains(y.Value))) continue;
            var yq = new Quantity(QuantityKind.Count, y.Value, y.Index, double.Parse(y.Value, CultureInfo.InvariantCulture), 0.5, Hedge.None);
            var planner = mentions.LastOrDefault(x => x.End <= m.Index && EntityRecogniser.IsCountry(x.Primary)) ?? lastSubject;
            claims.Add(Make(ClaimKind.Target, [yq], [y.Value], m.Index, m.Index + m.Length, planner, phrase: "plan year"));
        }
        // "Japan will raise defence spending to 2% of GDP two years ahead of schedule": a national plan's deadline stated only as
        // the time gained (the set's decision 790), which no curated plan records.
        foreach (Match m in AheadOfSchedule().Matches(text))
        {
            if (claims.Any(c => c.Sentence == sentence && c.Anchors.Any(a => a.Contains(m.Value, StringComparison.OrdinalIgnoreCase)))) continue;
            // (The time gained is the duration the parser read at the phrase's start, "two years".)
            if (quantities.FirstOrDefault(d => d.Kind == QuantityKind.Duration && d.Start == m.Index) is not { } gained) continue;
            var planner = mentions.LastOrDefault(x => x.End <= m.Index && EntityRecogniser.IsCountry(x.Primary)) ?? lastSubject;
            claims.Add(Make(ClaimKind.Target, [gained], [m.Value], m.Index, m.Index + m.Length, planner, phrase: "ahead of schedule"));
        }
        // "eleven years after it was formally introduced": the pledge year counted back from the article's date.
        foreach (Match m in YearsAfterPledge().Matches(text))
        {
            if (context.Date is not { } d || !TargetCue().IsMatch(text)) continue;
            if (!double.TryParse(QuantityParser.WordNumber(m.Groups["n"].Value), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) continue;
            var anchor = m.Groups["span"];
            var yq = new Quantity(QuantityKind.Count, anchor.Value, anchor.Index, d.Year - n, 0.5, Hedge.None);
            claims.Add(Make(ClaimKind.Target, [yq], [anchor.Value], m.Index, m.Index + m.Length, mentions.FirstOrDefault(x => x.Primary == "NATO"), phrase: "pledge year"));
        }
        // The goal whose year is claimed ("NATO's 2% target was first introduced in 2006") is what the year is about, not a claim of its own.
        // A goal set off by a comma ("the NATO goal of 2 percent of GDP, a target established in 2014") is a claim of its own.
        void MarkTargetUsed(int at)
        {
            foreach (var p in quantities.Where(p => p.Kind == QuantityKind.Percent && p.End <= at && GoalWord().IsMatch(text[p.End..Math.Min(text.Length, p.End + 30)])
                                                 && !text[p.End..at].Contains(',')))
                used.Add(p);
        }

        // 3f. Rankings: "the world's fourth-largest spender", "Europe's biggest spender" are claims about an order.
        var ranks = Ranking().Matches(text).ToArray();
        // A place with no scope of its own, in a story on the alliance (its title and body name it twice), is in the alliance's table.
        var storyOnAlliance = AllianceWord().Matches(context.Title ?? "").Count + allianceMentions >= 2;
        // "Which European country spends the most on defense?": a question asks for a place, it claims none.
        var question = text.TrimEnd().EndsWith('?');
        foreach (var m in ranks)
        {
            var rank = new Quantity(QuantityKind.Count, m.Groups["rank"].Value, m.Groups["rank"].Index, RankValue(m.Groups["rank"].Value), 0.5, Hedge.None, Noun: "rank");
            // A rank in brackets after a figure ("$64.7 billion (ninth)") belongs to that figure's owner.
            var ownerFigure = quantities.LastOrDefault(p => p.End <= m.Index && m.Index - p.End <= 3 && p.Kind is QuantityKind.Money or QuantityKind.Percent);
            var subject = (ownerFigure is not null ? SubjectFor(ownerFigure.Start) : null)
                ?? mentions.LastOrDefault(x => x.End <= m.Index && x.Primary != "WLD") ?? mentions.FirstOrDefault(x => x.Primary != "WLD") ?? lastSubject;
            var scope = mentions.LastOrDefault(x => x.End <= m.Index + 2 && x.End >= m.Index - 12 && x.Primary != subject?.Primary) ?? mentions.FirstOrDefault(x => x.Primary == "WLD")
                // "the fourth biggest burden in NATO": the scope named after the rank.
                ?? mentions.FirstOrDefault(x => x.Start >= m.Index + m.Length && x.Start - (m.Index + m.Length) <= 25 && Regex.IsMatch(text[(m.Index + m.Length)..x.Start], @"\s(?:in|among)\s") && x.Primary != subject?.Primary)
                // "the world's second-largest spender": the world is the scope though it is not a subject.
                ?? (WorldBefore().IsMatch(text[..m.Index]) || WorldAfter().IsMatch(text[(m.Index + m.Length)..]) ? new EntityMention("world", m.Index, ["WLD"]) : null)
                // "to rank second among all the defense spenders in the alliance"; "Estonia ranked second on the list" in a story on
                // NATO's figures: the alliance's table, as for the places of 3f'.
                ?? (AllianceAfter().IsMatch(text[(m.Index + m.Length)..]) || storyOnAlliance && !Superlative().IsMatch(m.Value)
                    ? new EntityMention("the alliance", m.Index, ["NATO"]) : null)
                // "The UK, ranked sixth", "India was the fifth largest spender": a spending rank without a scope is the world's.
                ?? new EntityMention("world", m.Index, ["WLD"]);
            // "Finland will rank seventh among all Nato countries": an alliance's table is read by the measure the sentence names.
            // ("the second largest spender in NATO" names its own table: amounts.)
            var allianceTable = scope.Primary is "NATO" or "NATO_EUROPE" or "NATO_EUROPE_CANADA" && !Superlative().IsMatch(m.Value);
            claims.Add(Make(ClaimKind.Comparison, [rank], [m.Value, m.Groups["rank"].Value], m.Index, m.Index + m.Length, subject, scope, item: allianceTable ? RankMeasure(m) : null, ratio: rank.Value, phrase: "rank"));
        }

        // 3f-e. Places among economies: "Germany, Europe's largest economy", "Britain has the fifth largest economy in the world",
        // "India, the fifth-largest economy": an order of GDP (market rates and PPP both standard), not of military spending.
        foreach (Match m in EconomyRank().Matches(text))
        {
            var countries = mentions.Where(x => EntityRecogniser.IsCountry(x.Primary) && (x.End <= m.Index || x.Start >= m.Index + m.Length)).ToArray();
            // "The world's second-largest economy will maintain …": with no name in the sentence, the country the article is about.
            var owner = countries.LastOrDefault(x => x.End <= m.Index) ?? countries.FirstOrDefault()
                ?? (lastSubject is { } carried && EntityRecogniser.IsCountry(carried.Primary) ? carried : null);
            if (owner is null) continue;
            var place = m.Groups["ord"].Success ? RankValue(m.Groups["ord"].Value) : 1;
            var rank = new Quantity(QuantityKind.Count, m.Value, m.Index, place, 0.5, Hedge.None, Noun: "rank");
            var scopeText = m.Groups["scope"].Success ? m.Groups["scope"].Value : m.Groups["scopeAfter"].Value;
            var scope = Regex.IsMatch(scopeText, @"\bEU\b|European\s+Union|\bbloc\b", RegexOptions.IgnoreCase) ? new EntityMention(scopeText, m.Index, ["EU27"])
                : Regex.IsMatch(scopeText, @"Europe|continent", RegexOptions.IgnoreCase) ? new EntityMention(scopeText, m.Index, ["NATO_EUROPE", "EU_UK"])
                : Regex.IsMatch(scopeText, @"NATO|organi[sz]ation|alliance", RegexOptions.IgnoreCase) ? new EntityMention(scopeText, m.Index, ["NATO"])
                : new EntityMention(scopeText.Length > 0 ? scopeText : "world", m.Index, ["WLD"]);
            var bare = Regex.Replace(m.Value, @"^the\s+", "", RegexOptions.IgnoreCase);
            claims.Add(Make(ClaimKind.Comparison, [rank], bare == m.Value ? [m.Value] : [m.Value, bare], m.Index, m.Index + m.Length, owner, scope, item: RankByGdp, ratio: place, phrase: "rank"));
        }

        // 3f-0. A level set against the goal: "This is well above the alliance's 2 percent guideline", "Canada spent 1.37 per cent,
        // well below the target", "exceeding our NATO target", "Germany met the NATO spending target last year".
        // (Meeting the goal needs the goal named as the alliance's or as spending's, so that an inflation target is not read as one;
        // a participle after a figure, "spend 2% in 2025, meeting the NATO benchmark", restates that figure's claim; and the
        // country must be named in the sentence, not carried over from an earlier one.)
        var meetsGoal = MeetsGoal().Matches(text).Where(m => !PlannedBefore().IsMatch(text[..m.Index]) && GoalOfSpending().IsMatch(m.Groups["goal"].Value)
            && !(Regex.IsMatch(m.Groups["side"].Value, @"^\w+ing\b") && Regex.IsMatch(text[..m.Index], @",\s*$")));
        foreach (var (m, meets) in AgainstGoal().Matches(text).Select(m => (m, false)).Concat(meetsGoal.Select(m => (m, true))))
        {
            bool Overlaps(Claim c) => c.Sentence == sentence && c.Start - sentence.Start < m.Index + m.Length && c.End - sentence.Start > m.Index;
            if (claims.Any(c => c.Kind == ClaimKind.Comparison && Overlaps(c))) continue;
            // "23 out of 32 members have reached or exceeded the 2% target", "more Allies … exceed the target": allies counted, not one level.
            if (claims.Any(c => c.Sentence == sentence && c.Kind == ClaimKind.Count) || CountedAlliesBefore().IsMatch(text[..m.Index])) continue;
            if (SubjectFor(m.Index) is not { } spender || !EntityRecogniser.IsCountry(spender.Primary)) continue;
            if (meets && !mentions.Any(x => x.End <= m.Index && x.Primary == spender.Primary)) continue;
            // "Poland has consistently met the 2% target since 2020": a streak the sentence's share claim already reads.
            if (meets && claims.Any(c => c.Kind != ClaimKind.Target && Overlaps(c))) continue;
            var goal = quantities.FirstOrDefault(q => q.Kind == QuantityKind.Percent && q.Start >= m.Index && q.End <= m.Index + m.Length);
            var threshold = goal?.Value ?? 2;
            var side = new Quantity(QuantityKind.Percent, goal?.Text ?? m.Groups["goal"].Value, goal?.Start ?? m.Groups["goal"].Index, threshold, 0, Hedge.None, OfGdp: true);
            var anchors = new List<string> { m.Value.Trim() };
            if (m.Groups["side"].Value != m.Value.Trim()) anchors.Add(m.Groups["side"].Value);
            claims.Add(Make(ClaimKind.Comparison, [side], anchors, m.Index, m.Index + m.Length, spender,
                new EntityMention(m.Groups["goal"].Value, m.Groups["goal"].Index, ["NATO"]), ratio: threshold,
                phrase: !meets ? "against goal" : m.Groups["missed"].Success ? "misses goal" : "meets goal"));
        }

        // 3f'. Places within an alliance's table: "the highest level among NATO members", "the alliance's highest relative
        // spender", "the fifth highest in NATO", "Second on the table", "The lowest spenders will be A, B, C and D".
        foreach (var m in AllianceRank().Matches(text).Where(m => !ranks.Any(r => r.Index < m.Index + m.Length && m.Index < r.Index + r.Length)))
        {
            var among = m.Groups["among"].Success;
            if (question && (among || Regex.IsMatch(m.Value, @"\b(?:least|most)\b", RegexOptions.IgnoreCase))) continue;
            var ordinal = m.Groups["ord"];
            var place = ordinal.Success ? RankValue(ordinal.Value) : m.Groups["next"].Success ? 2 : 1;
            var rank = new Quantity(QuantityKind.Count, m.Value, m.Index, place, 0.5, Hedge.None, Noun: "rank");
            var scopeText = m.Groups["scope"].Value;
            var worldScope = Regex.IsMatch(scopeText, @"\bworld\b", RegexOptions.IgnoreCase) || Regex.IsMatch(text[..m.Index], @"world['’]s\s+$", RegexOptions.IgnoreCase);
            // "the alliance's lowest spender": the alliance named right before the superlative is the table.
            // ("leads the alliance", "the NATO ally that invested the least": the alliance named in the place or just before it.)
            var allianceBefore = Regex.IsMatch(text[..m.Index], @"\b(?:NATO|alliance|bloc)['’]s\s+$|\bNATO\s+(?:ally|member|country)\s+(?:that|which|who)\s+$", RegexOptions.IgnoreCase)
                || !m.Groups["scope"].Success && Regex.IsMatch(m.Value, @"\b(?:NATO|alliance)\b", RegexOptions.IgnoreCase);
            // "the biggest spender in sub-Saharan Africa": a region's table, which the store does not hold.
            var scope = m.Groups["region"].Success ? new EntityMention(m.Groups["region"].Value, m.Groups["region"].Index, [RegionScope])
                : worldScope ? new EntityMention("world", m.Index, ["WLD"])
                : allianceBefore ? new EntityMention("the alliance", m.Index, ["NATO"])
                : Regex.IsMatch(scopeText, @"European\s+Union|\bEU\b", RegexOptions.IgnoreCase) ? new EntityMention(scopeText.Trim(), m.Groups["scope"].Index, ["EU27"])
                : Regex.IsMatch(scopeText, @"European|Europe\b", RegexOptions.IgnoreCase) ? new EntityMention(scopeText.Trim(), m.Groups["scope"].Index, ["NATO_EUROPE"])
                : scopeText.Length > 0 || storyOnAlliance ? new EntityMention(scopeText.Length > 0 ? scopeText.Trim() : "the alliance", m.Index, ["NATO"])
                : new EntityMention("world", m.Index, ["WLD"]);
            // "will be Estonia (3.43%), the United States (3.38%), Latvia (3.15%) and Greece (3.08%)": the places named in order.
            var listed = RankedList(m.Index + m.Length);
            var countries = mentions.Where(x => EntityRecogniser.IsCountry(x.Primary)).ToArray();
            var owner = listed
                ?? countries.LastOrDefault(x => x.End <= m.Index && !(x.Start >= m.Groups["scope"].Index && m.Groups["scope"].Success))
                ?? countries.FirstOrDefault(x => x.Start >= m.Index + m.Length)
                ?? lastSubject;
            var bare = Regex.Replace(m.Value, @"^the\s+", "", RegexOptions.IgnoreCase);
            // (A quarter of the world's table is some forty countries, and the store holds an excerpt of it: not checked as a place.)
            if (among && scope.Primary is not ("NATO" or "NATO_EUROPE" or "EU27")) continue;
            claims.Add(Make(ClaimKind.Comparison, [rank], bare == m.Value ? [m.Value] : [m.Value, bare], m.Index, m.Index + m.Length, owner, scope, item: RankMeasure(m), ratio: place,
                phrase: among ? AmongQuarter : "rank"));
        }

        // 3f-2. "The US remained by far the largest military spender …, followed by China ($296 billion), Russia (…) and India":
        // the countries after a ranked leader hold the next places, in order ("In second place is China …, followed by Russia": third).
        if (claims.LastOrDefault(c => c.Phrase == "rank" && c.Quantities.Count > 0 && c.Quantities[0].Value is >= 0.5 and < 20 && c.Sentence.Index == sentence.Index) is { } leader)
            foreach (Match m in FollowedBy().Matches(text).Where(m => sentence.Start + m.Index >= leader.End))
            {
                var names = new List<EntityMention>();
                foreach (var x in mentions.Where(x => x.Start >= m.Index + m.Length && EntityRecogniser.IsCountry(x.Primary)))
                {
                    var gap = text[(names.Count == 0 ? m.Index + m.Length : names[^1].End)..x.Start];
                    if (names.Count == 0 ? !Regex.IsMatch(gap, @"^\s*(?:the\s+)?$") : !RankListGap().IsMatch(gap)) break;
                    names.Add(x);
                }
                if (names.Count == 0) continue;
                var followers = names.Count == 1 ? names[0]
                    : new EntityMention(text[names[0].Start..names[^1].End], names[0].Start, [ListPrefixId + string.Join(",", names.Select(x => x.Primary).Distinct())]);
                var place = Math.Round(leader.Quantities[0].Value) + 1;
                var next = new Quantity(QuantityKind.Count, m.Value, m.Index, place, 0.5, Hedge.None, Noun: "rank");
                claims.Add(Make(ClaimKind.Comparison, [next], [m.Value], m.Index, m.Index + m.Length, followers, leader.Other, item: leader.Item, ratio: place, phrase: "rank"));
            }

        // 3f''. Records the store cannot date: "the largest annual increase since the end of the Cold War", "for the first time
        // since reunification", "the most militarised economy in the world". Claims all the same; the verdict says what is missing.
        foreach (Match m in RecordClaim().Matches(text))
        {
            // "reached a new record high in 2024 for the tenth consecutive time": the streak is the claim, the record its wording.
            if (Regex.IsMatch(m.Value, @"record", RegexOptions.IgnoreCase) && StreakWords().IsMatch(text)) continue;
            // "Global spending rose 6.8%, the steepest since 2009": the world is the subject when nothing else is named before.
            var head = m.Groups["recordhead"];
            // "the most significant surge in global military spending since 2009": the spender named inside the record is its subject.
            var subject = (head.Success ? mentions.FirstOrDefault(x => x.Start >= head.Index && x.End <= head.Index + head.Length) : null)
                ?? mentions.LastOrDefault(x => x.End <= m.Index && x.Primary != "WLD") ?? mentions.LastOrDefault(x => x.End <= m.Index)
                ?? mentions.FirstOrDefault(x => x.Primary != "WLD") ?? lastSubject;
            // "the greatest threat to freedom since 1945", "the most successful alliance in history": eras bound other things too.
            if (head.Success && NotAQuantity().IsMatch(head.Value)) continue;
            // "the 6.8 percent rise in 2023 was the largest since 2009": the record is of the change the clause names.
            var growth = Regex.IsMatch(m.Value, @"increase|rise|growth|jump|hike|surge", RegexOptions.IgnoreCase)
                || head.Success && head.Length == 0 && Regex.IsMatch(ClauseBeforeRecord().Match(text[..m.Index]).Value, @"\b(?:rise|increase|growth|jump|hike|surge|grew|rose|increased|climbed)\b", RegexOptions.IgnoreCase);
            // "raise spending to record levels": writers anchor a record on its word, not on the verb before it.
            var word = RecordWord().Match(m.Value);
            string[] anchors = word.Success && word.Length < m.Value.Trim().Length ? [m.Value.Trim(), word.Value] : [m.Value.Trim()];
            claims.Add(Make(growth ? ClaimKind.Growth : ClaimKind.Comparison, [], anchors, m.Index, m.Index + m.Length, subject, phrase: "record"));
        }

        // 3f-4. Time estimates: "Russia could be ready to use force against NATO within five years", "a range of three to ten
        // years". No series measures them; they are claims all the same.
        if (!quantities.Any(q => q.Kind is QuantityKind.Percent or QuantityKind.Money))
            foreach (Match m in DurationClaim().Matches(text))
            {
                var subject = mentions.LastOrDefault(x => x.End <= m.Index) ?? mentions.FirstOrDefault() ?? lastSubject;
                claims.Add(Make(ClaimKind.Comparison, [], [m.Groups["span"].Value], m.Index, m.Index + m.Length, subject, phrase: "duration"));
            }

        // 3g. Streaks: "rose for the tenth consecutive year", "for the 10th time in a row": how many years in a row the series grew.
        foreach (var m in streaks)
        {
            // "a third straight annual drop", "fell for the fifth consecutive year": a run of falls, not of rises.
            var falling = StreakFalls().IsMatch(text[Math.Max(0, m.Index - 60)..(m.Index + m.Length)]);
            var n = RankValue(QuantityParser.WordNumber(m.Groups["n"].Value) is var w && w.All(char.IsDigit) ? w + "th" : m.Groups["n"].Value);
            var streak = new Quantity(QuantityKind.Count, m.Groups["n"].Value, m.Groups["n"].Index, n, 0.5, Hedge.None, Noun: "years");
            var subject = mentions.FirstOrDefault(x => x.End <= m.Index) ?? (WorldWord().IsMatch(text) ? new EntityMention("world", 0, ["WLD"]) : lastSubject);
            claims.Add(Make(ClaimKind.Growth, [streak], [m.Value, m.Groups["n"].Value], m.Index, m.Index + m.Length, subject, phrase: falling ? FallingStreak : RisingStreak));
        }

        // 4. Size: "occupied Ukrainian land roughly equal in total size to the state of Pennsylvania".
        var size = SizeRx().Match(text);
        if (size.Success)
        {
            var place = size.Groups["place"].Value;
            var subject = mentions.FirstOrDefault(m => m.End <= size.Index && m.Primary != "US-PA") ?? lastSubject;
            var occupied = OccupiedCue().IsMatch(text);
            claims.Add(Make(ClaimKind.SizeComparison, [], [size.Groups["cue"].Value, place, size.Value], size.Index, size.Index + size.Length,
                subject, null, occupied ? "occupied" : null, HedgeWord().IsMatch(text[..(size.Index + size.Groups["cue"].Length)]) ? 1 : 1, place, size.Value));
        }

        // 5. Percentages, money and production counts.
        var targetCues = TargetCue().Matches(text).ToArray();
        var mentionsGdp = GdpWord().IsMatch(text);
        foreach (var q in quantities.Where(q => !used.Contains(q)))
        {
            switch (q.Kind)
            {
                case QuantityKind.Percent:
                {
                    // "64 percent of Canadians favour …", "half the population (51%) say …", "32% were against the idea": a share of
                    // people answering a survey, which no stored series measures.
                    if (pollContext && !q.OfGdp && (PollShareAfter().IsMatch(text[q.End..]) || text[..q.Start].TrimEnd().EndsWith('(') && QuantityParser.PollWord().IsMatch(text)))
                    {
                        claims.Add(Make(ClaimKind.Level, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start), phrase: "poll"));
                        break;
                    }
                    // "India spent $86.1 billion last year. That's a 1.6 per cent rise": the sentence before sets the topic.
                    if (!TopicCue().IsMatch(text) && !gdpBefore && !(ThatStart().IsMatch(text) && lastSubject is not null)) break;
                    // "by 2.8% and 6.1% respectively", "(1.3%), (1.28%)": a figure listed right after another is the same kind of claim.
                    var listed = claims.LastOrDefault(c => c.Sentence == sentence && c.Primary is { Kind: QuantityKind.Percent } p && p.End <= q.Start
                        && ListJoin().IsMatch(text[p.End..q.Start]));
                    if (listed is not null && listed.Kind is ClaimKind.Growth or ClaimKind.ShareOfGdp or ClaimKind.Target)
                    {
                        claims.Add(Make(listed.Kind, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start)));
                        break;
                    }
                    // "made up about 63% of total NATO defense spending …, dropping to about 63% in 2024", "; in 2016 … it was about 72%":
                    // a bare percentage that continues a share of a total, with no other figure between, is the same share in another year.
                    if (!q.OfGdp && claims.LastOrDefault(c => c.Sentence == sentence && c.Phrase == "share of total" && c.Primary is { } p && p.End <= q.Start) is { } continued
                        && !quantities.Any(o => o.Start > continued.Primary!.End && o.End <= q.Start) && ShareContinues().IsMatch(text[continued.Primary!.End..q.Start])
                        && !ByBefore().IsMatch(text[..q.Start]) && !GrowthAfter().IsMatch(text[q.End..]))
                    {
                        claims.Add(Make(ClaimKind.Comparison, [q], [q.Text], q.Start, q.End, continued.Subject, continued.Other, ratio: q.Value / 100, phrase: "share of total"));
                        break;
                    }
                    // "The United States, accounting for 39% of the world's military spending, … followed by China (13%), Russia (3.9%)":
                    // a bracketed percentage after a name, in a sentence that gave a share of a total, is a share of the same total.
                    if (claims.LastOrDefault(c => c.Sentence == sentence && c.Phrase == "share of total" && c.Primary is { } p && p.End <= q.Start) is { } shareBefore
                        && text[..q.Start].TrimEnd().EndsWith('(') && SubjectFor(q.Start) is { } sharer && sharer.Primary != shareBefore.Other?.Primary)
                    {
                        claims.Add(Make(ClaimKind.Comparison, [q], [q.Text], q.Start, q.End, sharer, shareBefore.Other, ratio: q.Value / 100, phrase: "share of total"));
                        break;
                    }
                    // "to 5% of GDP, with 3.5% directed towards core budgets and 1.5% allocated for resilience": the parts of a target
                    // split by purpose are targets too.
                    // ("… allocate 3.5% of GDP to standard defence needs, … and another 1.5% of GDP to other, broader security needs".)
                    if (claims.Any(c => c.Sentence == sentence && c.Kind == ClaimKind.Target && c.Primary is { } t && t.End <= q.Start)
                        && (TargetShare().IsMatch(text[q.End..]) || AnotherShareBefore().IsMatch(text[..q.Start])))
                    {
                        claims.Add(Make(ClaimKind.Target, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start)));
                        break;
                    }
                    // "the newly set 5% target", "a 2% of GDP goal": a figure naming the goal it is.
                    // "3.5 percent will be used for \"hard\" defense and 1.5 percent for defense-related expenses": the Hague split.
                    if (TargetNounAfter().IsMatch(text[q.End..]) || q.Value is 3.5 or 1.5 && HagueSplitPurpose().IsMatch(text[q.End..Math.Min(text.Length, q.End + 60)]))
                    {
                        claims.Add(Make(ClaimKind.Target, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start)));
                        break;
                    }
                    // "tanks increased by 220% and armoured vehicles by 150%", "by 2.8% to $81.8bn and 6.1% to $64.7bn": a second change
                    // figure shares the first one's verb.
                    if (claims.Any(c => c.Sentence == sentence && c.Kind == ClaimKind.Growth && c.Primary is { } g && g.End <= q.Start)
                        && !q.OfGdp && (ByBefore().IsMatch(text[..q.Start]) || ToAmountAfter().IsMatch(text[q.End..])))
                    {
                        claims.Add(Make(ClaimKind.Growth, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start)));
                        break;
                    }
                    // "spending increased by 11% in 2024, compared to 3% in 2023": the figure set against a change is the change of the other year.
                    if (claims.LastOrDefault(c => c.Sentence == sentence && c.Primary is { } p && p.End <= q.Start) is { Kind: ClaimKind.Growth, Primary: { OfGdp: false } }
                        && !q.OfGdp && ChangeSetAgainst().IsMatch(text[..q.Start]))
                    {
                        claims.Add(Make(ClaimKind.Growth, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start)));
                        break;
                    }
                    var before = text[..q.Start];
                    // "up from 2.33% last year", "made the jump to 2%": a level the change starts from or reaches, not the change.
                    var levelOfChange = LevelOfChange().IsMatch(before);
                    // "+220%", "−3%": a signed percentage is a change.
                    if (q.Start > 0 && (text[q.Start - 1] is '+' or '−' || text[q.Start - 1] == '-' && (q.Start == 1 || !char.IsLetterOrDigit(text[q.Start - 2]))) && !q.OfGdp)
                    {
                        claims.Add(Make(ClaimKind.Growth, [q], [text[(q.Start - 1)..q.End], q.Text], q.Start - 1, q.End, SubjectFor(q.Start)));
                        break;
                    }
                    var sinceThen = SinceThen().IsMatch(text[q.End..]) || SinceYearAfter().IsMatch(text[q.End..]) && GrowthWord().IsMatch(text);
                    if (sinceThen && !q.OfGdp)
                    {
                        claims.Add(Make(ClaimKind.Growth, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start), phrase: "since"));
                        break;
                    }
                    if (GrowthAfter().IsMatch(text[q.End..]) && !q.OfGdp && !levelOfChange)
                    {
                        claims.Add(Make(ClaimKind.Growth, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start)));
                        break;
                    }
                    // "raised military spending by 2.8% to $81.8 billion": a figure after "by" is the size of the rise, not the level aimed at.
                    // "alliance members agreed to increase defense spending from two to 3.5%": a share the allies pledged is of GDP.
                    var pledged = q.Value <= 10 && PledgeVerbBefore().IsMatch(before);
                    // "Turkiye is just above NATO's 2 per cent target at 2.09 per cent": a goal already named by its own figure does
                    // not make the next figure a goal, unless the sentence moves it "to" that figure.
                    bool NamedByOwnFigure(Match t) => quantities.Any(o => o != q && o.Kind == QuantityKind.Percent && o.End <= t.Index && t.Index - o.End < 16)
                        && !Regex.IsMatch(Between(text, t, q), @"\bto\b", RegexOptions.IgnoreCase)
                        // ("… the new target of 3.5% of GDP agreed in The Hague in June, which are Poland at 4.48%": the goal's figure
                        // right after it names it too, and a country's figure after it is that country's level.)
                        || quantities.Any(o => o != q && o.Kind == QuantityKind.Percent && o.Start >= t.Index + t.Length && o.Start - (t.Index + t.Length) < 16 && o.End <= q.Start)
                           && Regex.IsMatch(text[..q.Start], @"\b(?-i:[A-Z][\p{L}]+)\s+at\s+$");
                    // "Poland has surged spending from 2.7% of GDP in 2022 to 4.2% in 2024", "has more than doubled its share, from 2.2% to
                    // 4%": a change already made runs between two levels, neither of them a goal.
                    bool PastFromTo(Match t) => t.Value.StartsWith("from", StringComparison.OrdinalIgnoreCase) && PastChangeBefore().IsMatch(text[..t.Index]);
                    var isTarget = (q.OfGdp || mentionsGdp || gdpBefore || pledged) && !ByBefore().IsMatch(text[..q.Start])
                        && targetCues.Any(t => IsTargetContext(text, q, t) && !LevelVerb().IsMatch(Between(text, t, q)) && !(q.Start > t.Index && NamedByOwnFigure(t)) && !PastFromTo(t));
                    // "press NATO members to spend a staggering 5% of GDP", "suggested that member states should allocate 5%", "pressure
                    // for its allies to reach a 5% of GDP level": a share someone demands is a goal, not a level reached.
                    isTarget |= (q.OfGdp || mentionsGdp || gdpBefore) && q.Value <= 10 && !ByBefore().IsMatch(before) && DemandBefore().IsMatch(before);
                    // "The common NATO target is currently 2%", "the alliance's 2% guideline": a small share the alliance's goal is named by.
                    isTarget |= q.Value <= 5 && AllianceWord().IsMatch(text) && !ByBefore().IsMatch(before)
                        && (GoalIsBefore().IsMatch(before) || GoalAfterFigure().IsMatch(text[q.End..]) && !LevelVerb().IsMatch(before[Math.Max(0, before.Length - 30)..]));
                    // "its intention to achieve the 2 percent as quickly as possible", "allies are moving towards 5%": a pledge's own value,
                    // named as a point to reach, is that pledge.
                    isTarget |= q.Value is 2 or 3.5 or 5 && !ByBefore().IsMatch(before) && ReachThePledge().IsMatch(before) && !PledgeFigureQualified().IsMatch(text[q.End..]);
                    // "pledged to devote at least 20% of defense spending to procurement and modernization": NATO's other guideline.
                    isTarget |= q.Value is >= 10 and <= 50 && EquipmentShareAfter().IsMatch(text[q.End..])
                        && (PledgeVerbBefore().IsMatch(before) || DemandBefore().IsMatch(before) || targetCues.Any(t => IsTargetContext(text, q, t)));
                    // "NATO data revealed that … Canada has not committed even 1.5% of its GDP", "Its 2024 commitment is estimated to be
                    // 1.37%": what data show a country committed is what it spent.
                    isTarget &= !(MeasuredCommitment().IsMatch(text) && !DeadlineBefore().IsMatch(text));
                    if (isTarget)
                    {
                        claims.Add(Make(ClaimKind.Target, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start)));
                        break;
                    }
                    if (q.OfGdp || ((mentionsGdp || gdpBefore && q.Value <= 6 && !OfAnotherWhole().IsMatch(text[q.End..])) && (levelOfChange || !GrowthBefore().IsMatch(before)) && q.Value <= 10))
                    {
                        claims.Add(Make(ClaimKind.ShareOfGdp, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start)));
                        break;
                    }
                    // "NATO Allies are increasing defence spending this year by 18%": a change verb further back, with "by" before the figure.
                    if (!levelOfChange && (GrowthBefore().IsMatch(before) || GrowthAfter().IsMatch(text[q.End..])
                        || ByBefore().IsMatch(before) && ChangeVerbInClause().IsMatch(before[Math.Max(0, before.Length - 80)..])))
                    {
                        claims.Add(Make(ClaimKind.Growth, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start)));
                        break;
                    }
                    claims.Add(Make(ClaimKind.Level, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start)));
                    break;
                }
                case QuantityKind.PercentagePoints:
                    claims.Add(Make(ClaimKind.Growth, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start)));
                    break;
                case QuantityKind.Money:
                    if (q.Value < 1000) break; // "$5" prices, not budgets
                    claims.Add(Make(ClaimKind.Level, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start)));
                    break;
                case QuantityKind.Count when q.Noun is not null && QuantityParser.MembersNoun().IsMatch(q.Noun):
                    break;
                case QuantityKind.Count:
                {
                    var nounAfter = ProductionNoun().Match(text[q.End..]);
                    var noun = q.Noun ?? (nounAfter.Success && nounAfter.Index < 30 ? nounAfter.Value : null)
                        // "France follows with 205,700 personnel, then Germany with 185,600": a listed number counts what the first did.
                        ?? (q.Value >= 100 ? quantities.LastOrDefault(p => p.Kind == QuantityKind.Count && p.End <= q.Start && p.Noun is not null && p.Value >= 100)?.Noun : null);
                    if (noun is null && q.Per is null) break;
                    // "two brigades", "five ships": facts of another kind, unless they are items of a tally ("has lost 4,500 armored
                    // vehicles, 63 fixed-wing aircraft, 70 helicopters").
                    if (q.Value < 100 && q.Per is null && !quantities.Any(p => p != q && p.Kind == QuantityKind.Count && p.Noun is not null && p.Value >= 100 && !QuantityParser.MembersNoun().IsMatch(p.Noun))) break;
                    // "an army of 1.7 million personnel – larger than the USA": the yardstick after "than" does not own the count.
                    // The item is read from the whole figure: "150 unmanned aerial vehicles" are drones, not armoured vehicles.
                    claims.Add(Make(ClaimKind.Level, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start, excludeAfterThan: true), item: noun is null ? null : Item(q.Text.Contains(noun, StringComparison.OrdinalIgnoreCase) ? q.Text : noun)));
                    break;
                }
                case QuantityKind.Fraction when SpendingCue().IsMatch(text):
                    // "less than a third of the United States'": the yardstick is named right after the fraction.
                    var yardstick = mentions.FirstOrDefault(m => m.Start >= q.End && m.Start - q.End <= 12 && Regex.IsMatch(text[q.End..m.Start], @"^\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase));
                    claims.Add(Make(ClaimKind.Comparison, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start), other: yardstick, ratio: q.Value));
                    break;
            }
        }

        // 6. Comparisons in words: "Russian military spending outpaces all of Europe put together".
        // "allocating 4.12% of its GDP to defence – twice the organisation's target and more than the US": each comparative the
        // claims found so far do not cover is a comparison of its own.
        // ("surpassing the UK's $81 billion for the first time in three decades": a record that qualifies a comparison leaves it standing.)
        var comparisonsBefore = claims.Where(c => c.Kind is ClaimKind.Comparison or ClaimKind.ProductionRatio or ClaimKind.SizeComparison && c.Phrase != "record").ToArray();
        // Only a multiple ("twice the organisation's target") leaves room for another comparative; "nine times higher than" is one.
        var verbs = comparisonsBefore.Length == 0 ? ComparisonVerb().Matches(text).Take(1)
            : comparisonsBefore.All(c => c.Primary?.Kind == QuantityKind.Multiple) ? ComparisonVerb().Matches(text) : [];
        foreach (Match verb in verbs)
        {
            if (comparisonsBefore.Any(c => c.Start - sentence.Start < verb.Index + verb.Length && verb.Index < c.End - sentence.Start
                || c.End - sentence.Start <= verb.Index && string.IsNullOrWhiteSpace(text[(c.End - sentence.Start)..verb.Index]))) continue;
            // ("NATO is now outproducing Russia in ammunition": a sentence about output needs no word for money.)
            if (SpendingCue().IsMatch(text) || ArmyCue().IsMatch(text) || ProductionCue().IsMatch(text) && ProductionNoun().IsMatch(text))
            {
                // "Russia's war in Ukraine means it now spends more …": a name after a preposition is not the one doing the spending.
                var subject = mentions.LastOrDefault(m => m.End <= verb.Index && !PrepositionBefore().IsMatch(text[..m.Start]))
                    ?? mentions.LastOrDefault(m => m.End <= verb.Index) ?? lastSubject;
                var other = mentions.FirstOrDefault(m => m.Start >= verb.Index + verb.Length && m.Start - (verb.Index + verb.Length) < 40);
                var numberBetween = other is not null && quantities.Any(q => q.Start >= verb.Index && q.Start < other.Start);
                var production = ProductionNoun().Match(text);
                var item = production.Success && ProductionCue().IsMatch(text) ? Item(production.Value)
                    : !production.Success && articleItem is not null && !ExplicitMoney().IsMatch(text) ? articleItem : null;
                if (subject is not null && other is not null && subject.Primary != other.Primary && !numberBetween && item is not null
                    && !quantities.Any(q => q.Kind == QuantityKind.Money))
                {
                    // "Russia outpaces NATO in ammunition production": a production ratio above 1 (the capacity model decides).
                    claims.Add(Make(ClaimKind.ProductionRatio, [], [verb.Value.Trim()], verb.Index, other.End, subject, other, item, 1, phrase: verb.Value));
                }
                else if (subject is not null && other is not null && subject.Primary != other.Primary && !numberBetween)
                {
                    // The statement runs from the comparative to the end of its clause ("more on defense than the rest of Europe
                    // combined"); a method it names ("when currencies are adjusted for purchasing power") is part of it.
                    var core = CoreComparative().Match(verb.Value);
                    var from = core.Success ? verb.Index + core.Index : verb.Index;
                    var clauseEnd = text.IndexOfAny([',', ';', '.'], other.End);
                    var anchors = new List<string> { verb.Value.Trim(), text[from..(clauseEnd < 0 ? text.Length : clauseEnd)].Trim() };
                    var method = PppCue().Match(text);
                    if (method.Success) anchors.Add(method.Value);
                    claims.Add(Make(ClaimKind.Comparison, [], anchors, verb.Index, other.End, subject, other, ratio: 1, phrase: verb.Value));
                }
            }
        }

        // 7. Comparisons in words the steps above could not give sides to: "by far the highest military spending in Africa",
        // "China followed closely behind", "spends considerably more than most nations". A fact-checker still needs them found;
        // the verdict says the checker did not judge them rather than leaving them out.
        if (SpendingCue().IsMatch(text) || ArmyCue().IsMatch(text) || GdpWord().IsMatch(text) || ProductionCue().IsMatch(text) && ProductionNoun().IsMatch(text))
            // ("Defence spending rises, but not its share in GDP", "whose military budget has fallen slightly": a change in words, in a
            // sentence whose figures give no change of their own, is reported the same way.)
            foreach (var (m, change) in ComparisonInWords().Matches(text).Select(m => (m, false))
                         .Concat(claims.Any(c => c.Kind == ClaimKind.Growth) ? [] : ChangeInWords().Matches(text).Select(m => (m, true))).OrderBy(x => x.m.Index).ToArray())
            {
                var (from, to) = (m.Index, m.Index + m.Length);
                var clauseEnd = text.IndexOfAny([',', ';', '.'], to);
                if (change && quantities.Any(q => q.Start >= to && q.Start < (clauseEnd < 0 ? text.Length : clauseEnd))) continue;
                if (claims.Any(c => c.Start - sentence.Start < to && from < c.End - sentence.Start)
                    || claims.Any(c => c.Anchors.Any(a => a.Contains(m.Value.Trim(), StringComparison.OrdinalIgnoreCase)))
                    || quantities.Any(q => q.Start < to + 12 && from < q.End)
                    // "3.2 times more than China", "11 per cent more than in 2022": the comparative of the figure before it.
                    || quantities.Any(q => q.End <= from && string.IsNullOrWhiteSpace(text[q.End..from]))) continue;
                var subject = mentions.LastOrDefault(x => x.End <= from) ?? mentions.FirstOrDefault() ?? lastSubject;
                var other = mentions.FirstOrDefault(x => x.Start >= to && x.Start - to < 40);
                claims.Add(Make(change ? ClaimKind.Growth : ClaimKind.Comparison, [], [m.Value.Trim()], from, to, subject, change ? null : other, phrase: InWords));
            }

        // 8. Figures no step above could give a measure ("19 member states that requested support", "a population of 5.5
        // million", "2 million pieces per year"): reported as found and not judged, so that no number of the story goes unlisted.
        // Every sentence of the story, not only those that name its topic: "The rises were 1.8 percent in 2015", "Germany is just
        // paying a little bit over 1 percent" take the topic from the sentence before.
        // (A span of time, "two years", "a month", dates the story; it is not a figure of its own. Nor are a rate note, "($1 = 0.9255
        // euros)", and the number of a model, "Su-57 fighter jets".)
        var rateNotes = RateNote().Matches(text);
        foreach (var q in quantities.Where(q => q.Kind != QuantityKind.Duration && !used.Contains(q) && !claims.Any(c => c.Quantities.Contains(q) || c.Start - sentence.Start < q.End && q.Start < c.End - sentence.Start)).ToArray())
        {
            if (rateNotes.Any(r => r.Index <= q.Start && q.End <= r.Index + r.Length) || q.Start >= 2 && text[q.Start - 1] == '-' && char.IsLetter(text[q.Start - 2])) continue;
            var kind = q.Kind switch
            {
                QuantityKind.Money => ClaimKind.Level,
                QuantityKind.Percent when q.OfGdp => ClaimKind.ShareOfGdp,
                QuantityKind.Percent or QuantityKind.PercentagePoints => ClaimKind.Growth,
                QuantityKind.Count => ClaimKind.Count,
                _ => ClaimKind.Comparison,
            };
            claims.Add(Make(kind, [q], [q.Text], q.Start, q.End, SubjectFor(q.Start), phrase: UnreadFigure));
        }
        return claims;
    }

    // "($1 = 0.9255 euros)", "(Exchange rate: $1 = 387.25 drams)": the rate the story converted at.
    [GeneratedRegex(@"(?:US)?\$\s?1\s*=\s*[\d.,]+(?:\s+[\p{L}]+){0,2}|\b(?:1|one)\s+(?:euro|pound|dollar)s?\s*=\s*(?:US)?[$€£]\s?[\d.,]+", RegexOptions.IgnoreCase)]
    private static partial Regex RateNote();

    /// <summary>Whether the members counted at <paramref name="start"/>–<paramref name="end"/> leave one out: "the other 27", "26 …, excluding Denmark".</summary>
    private static bool SetApart(string text, int start, int end) =>
        Regex.IsMatch(text[..start], @"\b(?:other|remaining)\s+$", RegexOptions.IgnoreCase)
        || Regex.IsMatch(text[end..], @"^[^.;]{0,40}?,?\s+(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|besides)\s+(?:the\s+)?(?-i:[A-Z])", RegexOptions.IgnoreCase);

    /// <summary>The phrase of a figure found but given no measure (step 8): reported, not judged.</summary>
    public const string UnreadFigure = "figure not read";

    /// <summary>The phrase of a comparison or change found in words but not given sides or a measure (step 7): reported, not judged.</summary>
    public const string InWords = "in words";

    /// <summary>Whether a claim of this phrase is only reported (steps 7 and 8), not judged against the data.</summary>
    public static bool NotJudged(string? phrase) => phrase is InWords or UnreadFigure;

    // Only the wordings whose claims the labelled set mostly finds unjudgeable from the store: "behind", "lags", "well above" and
    // "at the bottom" are places and gaps that writers mostly get right, so reporting them unjudged would mislead more than help.
    [GeneratedRegex(@"\b(?:highest|largest|biggest|lowest|smallest|greatest|fastest|steepest|sharpest)\b"
        + @"|\b(?:the|its|their)\s+(?:most|least)\b(?!\s+(?:of|recent|part|important|likely)\b)|\btop\s+(?:spenders?|\d+|three|five|ten)\b"
        + @"|\b(?:slightly|far|much|significantly|considerably|substantially)\s+(?:higher|lower|smaller|greater)\b"
        + @"|\b(?:more|less|fewer)\s+(?:\w+\s+){0,4}?than\b|\bfollow(?:s|ed)(?:\s+(?:by|closely|with))?\b"
        + @"|\bfor\s+the\s+first\s+time\b"
        + @"|(?:\b(?:at|in|ranked|ranks|placed|comes?|came|sits?|is|was|remains?)\s+|[–:]\s*)(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\b(?!\s+(?:year|time|quarter|consecutive|straight|day|month|week|world|term|round|phase|tranche|package|half|century)|-)", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonInWords();
    // (The change must be said of spending itself, "spending rises", "budget has fallen slightly", not of anything in a defence story.)
    [GeneratedRegex(@"(?<=\b(?:spending|budgets?|expenditures?|outlays)\s+(?:(?:has|have|had|is|are|was|were|will|would|to|also|continued\s+to|continues\s+to|been|only|sharply|steadily|slightly)\s+){0,3})(?:(?:rising|risen|rose|increas(?:ed|ing)|grow(?:ing|n)|grew|f[ae]ll(?:en|ing)|fell|declin(?:ed|ing)|decreas(?:ed|ing)|cutting|slash(?:ed|ing)|surg(?:ed|ing)|soar(?:s|ed|ing)|jump(?:ed|ing)|doubl(?:ed|ing)|tripl(?:ed|ing)|shr[iu]nk(?:s|ing)?|ramp(?:s|ed|ing)?\s+up)\b"
        // ("Spending increases are needed", "budget cuts of …": a noun that only looks like a verb is a call or a plan, not a change.)
        + @"|(?:rises?|increases?|grows|falls?|declines?|decreases?|cuts?|slashes|surges?|jumps?|doubles|triples)\b(?!\s+(?:are|is|were|was|have|has|had|need\w*|will|would|must|should|could|may|might|of|in|for|to|across|and|on)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeInWords();

    [GeneratedRegex(@"(?:nearly|almost|just\s+under|close\s+to|about|around|roughly|some|an\s+estimated|approximately|more\s+than|over|upwards\s+of|above|at\s+least|(?<!add(?:s|ed|ing)?\s)up\s+to|less\s+than|under|below|fewer\s+than|just\s+over)\s+(?:a\s+|an\s+|the\s+equivalent\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeBeforeRx();

    [GeneratedRegex(@"^(?:\s+of\s+(?:GDP|(?:defen[cs]e\s+|military\s+)?spending))?\s+(?:for|in|among|across|by|from)\s+(?:the\s+|all\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ForWhom();

    private static double RankValue(string text)
    {
        var t = text.ToLowerInvariant();
        // "the top five", "the three largest": a place no lower than five, or three.
        if (TopCount().Match(t) is { Success: true } top)
            return double.Parse(QuantityParser.WordNumber(top.Groups["n"].Value), CultureInfo.InvariantCulture);
        string[] words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
        var i = Array.FindIndex(words, w => t.StartsWith(w, StringComparison.Ordinal));
        if (i >= 0) return i + 1;
        var digits = new string(t.TakeWhile(char.IsDigit).ToArray());
        return digits.Length > 0 ? double.Parse(digits, CultureInfo.InvariantCulture) : 1;
    }

    [GeneratedRegex(@"^(?:top\s+(?<n>three|five|ten|\d{1,2})|(?<n>three|four|five|ten|\d{1,2})\s+(?:largest|biggest|highest))$")]
    private static partial Regex TopCount();
    [GeneratedRegex(@"\b(?:largest|biggest|highest|lowest|smallest)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Superlative();

    [GeneratedRegex(@"(?<rank>(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))(?:[\s-](?:largest|biggest|highest|lowest|smallest)))(?=\s+(?:military\s+|defen[cs]e\s+)?(?:spender|budget|burden|military\s+spending|defen[cs]e\s+spending))|\b(?:placed|ranked|ranks|ranking|rank|placing\s+(?:it|them)|came\s+in|comes\s+in|fell\s+(?:in)?to|falls\s+to|dropped\s+to|slipped\s+to|moved\s+(?:up\s+)?to|climbed\s+to)\s+(?:the\s+)?(?:world['’]s\s+)?(?<rank>\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?!\s+(?:largest|biggest|highest|lowest|smallest)\s+(?:economy|army|armed|military\s+(?:power|force)))|\((?<rank>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))(?:\s+(?:worldwide|globally|in\s+the\s+world|largest|biggest|in\s+Europe|in\s+NATO))?\)"
        // "among the top five military spenders", "the highest military burden of any country", "the world's heaviest military
        // burden": places in the world's table, which the store's excerpt of SIPRI cannot order.
        + @"|\b(?<rank>top\s+(?:three|five|ten|\d{1,2}))(?=\s+(?:(?:global|world|largest|biggest)\s+)*(?:military\s+|defen[cs]e\s+)?spenders\b)"
        // "The three largest spenders last year were the United States, China and Russia": the same set as "the top three".
        // ("the 15 largest spenders together accounted for 82%" is their share of the total, read as such below.)
        + @"|\b(?<rank>(?:three|four|five|ten|\d{1,2})\s+(?:largest|biggest|highest))(?=\s+(?:(?:global|world)\s+)?(?:military\s+|defen[cs]e\s+)?spenders\b(?!(?:\s+[\w,]+){0,4}?\s+(?:together|combined|jointly|accounted|account)\b))"
        // "China came second with an estimated $296bn", "Russia was third at $109bn": a place named before the figure that earns it.
        + @"|\b(?:came|comes|was|is|finished|remained|remains)\s+(?:in\s+)?(?<rank>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))(?:\s+(?:place|position|spot))?(?=\s*(?:,\s*)?(?:with|at|on)\s+(?:an?\s+)?(?:estimated\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?(?:US)?[$€£\d])"
        // "securing the 58th position in the global ranking", "placing it at the 29th position", "rank the UK 6th globally", "we rank just
        // 15th among global defence budgets", "placing the country 19th among EU member states": a place named by its position.
        + @"|\b(?:at|in)\s+(?:the\s+)?(?<rank>" + PlaceOrdinal + @")\s+(?:position|place|spot)\b(?!\s+(?:on|in)\s+the\s+(?:list|ranking|table)\s+of\s+(?:economies|GDP))"
        + @"|\b(?:secur(?:ed|es|ing)|occup(?:y|ies|ied|ying)|holds?|held|holding|took|takes|taking)\s+(?:the\s+)?(?<rank>" + PlaceOrdinal + @")\s+(?:position|place|spot)\b"
        + @"|\b(?:rank(?:s|ed)?|plac(?:es|ed|ing)|puts?|putting)\s+(?:just\s+|only\s+|now\s+)?(?:(?:the\s+)?(?:country|(?-i:UK|US|U\.S\.|[A-Z][a-z]+))\s+)?(?<rank>" + PlaceOrdinal + @")\b(?=\s+(?:globally|worldwide|in\s+the\s+world|among|in\s+(?:the\s+)?(?:NATO|EU|Europe|alliance)|at\s+[$€£\d]|with\s+[$€£\d]))"
        + @"|\b(?:comes?|came|is|was)\s+(?<rank>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\s+in\s+the\s+world\b)"
        + @"|\b(?<rank>highest|largest|heaviest)(?=\s+military\s+burden\s+(?:globally|worldwide|in\s+the\s+world|of\s+any\s+(?:country|nation)|among\s+all\s+(?:countries|nations)))"
        + @"|(?<=\bworld['’]s\s+)(?<rank>heaviest|highest|largest)(?=\s+military\s+burden)", RegexOptions.IgnoreCase)]
    private static partial Regex Ranking();

    /// <summary>The measure a place within an alliance's table ranks by (the claim's <see cref="Claim.Item"/>).</summary>
    public const string RankByShare = "share of GDP", RankByAmount = "amount", RankByPersonnel = "armed forces personnel";

    /// <summary>A place among economies, ordered by GDP.</summary>
    [GeneratedRegex(@"\b(?:a|an|one|two|three|four|five|\d)\s+years?\s+ahead\s+of\s+(?:the\s+)?(?:schedule|plan|deadline|target\s+date)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AheadOfSchedule();

    public const string RankByGdp = "GDP";

    /// <summary>A place "among the lowest" or "one of the highest": in the lowest (highest) quarter of the group's table.</summary>
    public const string AmongQuarter = "among the quarter";

    // "Europe's largest economy", "the world's second-biggest economy", "the fifth largest economy in the world", "the third-largest
    // economy in the EU", "Europe's fifth-largest country by GDP".
    // ("the continent's largest economy", "the largest GDP in the organization", "the largest GDP of NATO members".)
    [GeneratedRegex(@"(?:\b(?<scope>Europe|the\s+world|the\s+EU|the\s+European\s+Union|the\s+continent|the\s+bloc|NATO|the\s+alliance)\s?['’]s?\s+|\bthe\s+)(?:(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))[\s-]+)?(?:largest|biggest)\s+(?:economy|GDP|country\s+by\s+GDP)\b(?:\s+(?:in|of|among)\s+(?:all\s+)?(?<scopeAfter>the\s+world|Europe|the\s+EU|the\s+European\s+Union|the\s+bloc|NATO(?:\s+(?:members|allies|countries|member\s+states))?|the\s+(?:organi[sz]ation|alliance))\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex EconomyRank();

    /// <summary>The scope of a place in a region's table ("the biggest spender in sub-Saharan Africa"), which the store does not hold.</summary>
    public const string RegionScope = "REGION";

    /// <summary>The year NATO's 2% guideline was pledged at Wales, where NATO's spending tables begin.</summary>
    private const int WalesPledgeYear = 2014;

    private static readonly Dictionary<string, string> RupeeOf = new() { ["PAK"] = "PKR", ["LKA"] = "LKR", ["NPL"] = "NPR" };

    [GeneratedRegex(@"(?:\bthe\s+)?\b(?:(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[\s-]+|(?<next>next[\s-]+))?(?:highest|largest|biggest|greatest|lowest|smallest)(?:\s+(?:relative\s+)?(?:level|share|figure|rate|spenders?|contributors?|contribution|burden|proportion|percentage|(?:defen[cs]e|military)\s+(?:spenders?|budgets?|spending|expenditures?)|army|armed\s+forces|military))?(?<scope>\s+(?:of\s+all|among|of\s+any|for\s+any|in|within|across)\s+(?:the\s+|its\s+|all\s+)?(?:NATO|(?:\d+-(?:nation|member|country)\s+)?(?:(?:military|defen[cs]e|transatlantic|Western)\s+)*alliance|allies|allied|member\s+states|members|European\s+(?:allies|members|Union)|EU\b|Europe\b|bloc|world|(?<region>(?:sub-Saharan\s+)?Africa|Asia(?:\s+and\s+Oceania)?|Latin\s+America|South\s+America|Middle\s+East|Oceania|region))\b)"
        + @"|(?<=\b(?:the\s+)?world['’]s\s+)(?:largest|biggest|greatest|top)\s+(?:military\s+|defen[cs]e\s+)?spender\b"
        + @"|(?<=\b(?:NATO|alliance|bloc)['’]s\s+)(?:(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[\s-]+)?(?:highest|largest|biggest|greatest|lowest|smallest)\s+(?:relative\s+)?(?:(?:defen[cs]e|military)\s+)?(?:spenders?|contributors?|burden)\b"
        + @"|(?:\bthe\s+)?\b(?:lowest|highest|biggest|smallest|top)\s+(?:relative\s+)?(?:NATO\s+)?(?:(?:defen[cs]e|military)\s+)?spenders(?=\s+(?:in\s+the\s+alliance\s+|in\s+NATO\s+|this\s+year\s+|last\s+year\s+|in\s+\d{4}\s+)*(?:will\s+be|are|were|include|included)\b)"
        + @"|\b(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:on\s+the\s+(?:table|list|ranking|league\s+table)|place\b)"
        + @"|\b(?:tops?|topped|topping|heads|headed|leads|led)\s+(?:of\s+)?the\s+(?:table|list|ranking|rankings|league\s+table)"
        // "The United States remained the biggest spender at $916bn": a bare superlative spender; the table is the article's.
        + @"|\bthe\s+(?:biggest|largest|top)\s+(?:military\s+|defen[cs]e\s+)?spender\b(?!\s+(?:in|of|among|within|across|after|behind)\b)"
        // "followed by Estonia (3.43%) … with Estonia third on 3.43%": a place with the share that earns it.
        + @"|\b(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\s+(?:\(\s*|(?:on|at|with)\s+)\d[\d.,]*\s*(?:%|per\s?cent))"
        + @"|(?<=\b(?:comes?|came|coming)\s+in\s+)(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b"
        // "Leading is Poland with 4.15%", "At the bottom are Luxembourg (0.96%), …", "the NATO country with the highest percentage of GDP".
        + @"|\b(?:Leading|Top(?:ping)?\s+the\s+(?:list|table|ranking))\s+(?:is|are|was|were)\b|\bAt\s+the\s+bottom\s+(?:is|are|was|were)\b"
        + @"|(?<=\bNATO\s+(?:country|member|ally|state|nation)\s+with\s+the\s+)(?:highest|largest|biggest|lowest|smallest)\b"
        // "Luxembourg's defence expenditure continues to be the lowest at less than 1%": a bare superlative with the figure that earns it.
        + @"|(?<=\b(?:is|are|was|were|be|remains?|remained)\s+)the\s+(?:highest|lowest|largest|smallest)\b(?=\s+(?:at|with)\s+(?:only\s+|just\s+|less\s+than\s+|more\s+than\s+|about\s+|around\s+|nearly\s+|some\s+|an\s+estimated\s+)?[$€£\d])"
        // "One of the lowest rates among NATO's 32 members", "among the alliance's top performers", "close to the bottom of the
        // list", "among the NATO members that spends the least": a place in the group's lowest (highest) quarter.
        + @"|\b(?<among>one\s+of|among)\s+(?:the\s+(?:(?:NATO|alliance|bloc)['’]s\s+)?|(?:NATO|alliance|bloc)['’]s\s+)(?:lowest|highest|largest|biggest|smallest|top)\b(?:\s+(?:NATO\s+)?(?:relative\s+)?(?:levels?|rates?|shares?|spenders|contributors|performers|(?:defen[cs]e|military)\s+(?:spenders|budgets|spending)))?"
        + @"(?:(?<scope>\s+(?:of\s+all|among|in|within|across)\s+(?:the\s+|its\s+|all\s+)?(?:NATO|alliance|allies|member\s+states|members|European\s+(?:allies|members|Union)|EU\b|Europe\b|bloc)\b)|(?=\s*(?:[,.;:)]|$)|\s+(?:of\s+all|among|in|within|across|on|as|with|at|relative|of\s+(?:GDP|its|their))\b))"
        + @"|\bclose\s+to\s+the\s+(?<among>bottom|top)\s+of\s+the\s+(?:list|table|ranking)"
        + @"|\b(?<among>among)\s+(?:the\s+)?(?:NATO\s+)?(?:members|allies|countries|nations|states)\s+(?:(?:that|which|who)\s+)?(?:spends?|spending|invests?|investing|contribut\w+|pays?|paying)\s+the\s+(?:least|most|(?:highest|largest|biggest|lowest|smallest)\s+(?:percentage|proportion|share))\b"
        // "Spain was the NATO ally that invested the least", "pays the most into the security alliance": a place named by a verb.
        // (Not a question, "which countries spend the most", nor a set, "the 10 countries spending the most".)
        + @"|(?<!\b(?:which|what)\s+(?:\w+\s+){0,2})(?<!\b(?:countries|nations|states|members|allies)\s+)\b(?:spends?|spending|spent|invests?|invested|investing|pays?|paid|paying|contributes?|contributed|contributing|allocates?|allocated|dedicates?|dedicated)\s+the\s+(?:least|most)\b(?!\s+(?:in\s+\d|since|ever))"
        // "Poland leads NATO member countries in defense spending", "The U.S. leads the alliance by spending 3.39 percent".
        + @"|\bleads\s+(?:the\s+alliance|NATO)\b"
        // "the United States spends far more on its military than any other country", "Poland now spends a higher proportion of GDP
        // on defense than any other NATO member": the first place, in the table the other party names.
        + @"|\b(?:spends?|spent|spending|invests?|invested|allocates?|allocated|devotes?|devoted)\s+(?:far\s+|much\s+|significantly\s+|considerably\s+|by\s+far\s+)?(?:more|a\s+(?:higher|larger|bigger|greater)\s+(?:proportion|share|percentage)\s+of\s+(?:its\s+|their\s+)?(?:GDP|gross\s+domestic\s+product|economic\s+output))\s+(?:money\s+)?(?:on|to)\s+(?:its\s+|their\s+)?(?:military|defen[cs]e|armed\s+forces|NATO)\s+than\s+any\s+other\s+(?:(?<scope>NATO\s+(?:member|ally|country|state|nation))|(?<scope>(?:alliance\s+)?(?:member|ally))|country|nation|state)\b"
        // "Spain has the lowest defense spending compared to the size of its economy", "the United States remains the largest global
        // military spender by far": a superlative of spending with no table named; the story's (the alliance's, else the world's).
        + @"|(?<![\w-])(?:(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[\s-]+)?(?:highest|largest|biggest|lowest|smallest)\s+(?:(?:global|overall|total|annual)\s+)?(?:(?:defen[cs]e|military)\s+)?(?:spending|spender|budget|expenditures?|outlays)\b"
        + @"(?!\s+(?:increase|rise|growth|cut|hike|boost|jump|since|ever|on\s+record|in\s+(?:its|their|the\s+country['’]s)\s+history))"
        // "the US has the most active troops", "has the largest armed forces of 32 NATO members", "Poland spends the largest
        // percentage proportionately on defence": head counts and shares of GDP ranked the same way.
        + @"|\b(?:has|have|had|having|with)\s+the\s+(?:most|(?:largest|biggest|highest)\s+number\s+of|largest|biggest)\s+(?:active(?:[\s-]duty)?\s+)?(?:troops|soldiers|military\s+personnel|armed\s+forces)\b"
        // (One country's verb: "Poland, Estonia, Latvia and Greece spend the biggest proportion" is a set, and "the highest proportion
        // of their total defence expenditure" a share of something else.)
        + @"|(?<!\b(?:countries|nations|states|members|allies)\s+)\b(?:spends|spent|spending|dedicates|devotes|allocates)\s+the\s+(?:largest|biggest|highest|lowest|smallest)\s+(?:percentage|proportion|share)\b(?!\s+of\s+(?:its|their|the)\s+(?:total\s+)?(?:defen[cs]e|military|budget|spending))", RegexOptions.IgnoreCase)]
    private static partial Regex AllianceRank();

    [GeneratedRegex(@"\b(?:largest|biggest|steepest|sharpest|fastest|strongest|greatest)\s+(?:(?:annual|year[\s-]on[\s-]year|yearly|single[\s-]year)\s+)?(?:increase|rise|growth|jump|hike|surge)\s+since\s+(?:at\s+least\s+)?(?<since>(?:the\s+)?(?:end\s+of\s+the\s+)?(?:Cold\s+War|(?:First|Second)\s+World\s+War|World\s+War\s+(?:II|Two|2|I|One)|records\s+began|\d{4}|[a-z]+))"
        + @"|(?<=\b(?:rise|increase|growth|jump|hike|surge)\s+(?:was|is|marks|marked)\s+(?:the\s+)?)(?:steepest|sharpest|largest|biggest|fastest|strongest|greatest)\s+since\s+(?:at\s+least\s+)?(?:the\s+)?(?:end\s+of\s+the\s+)?(?:Cold\s+War|(?:First|Second)\s+World\s+War|World\s+War\s+(?:II|Two|2|I|One)|records\s+began|\d{4}|[a-z]+)"
        // "for the first time in three decades", "for the first time in years": a record over a span the store does not reach.
        + @"|\bfor\s+the\s+first\s+time\s+in\s+(?:at\s+least\s+|more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?:(?:\d+|[a-z]+|a)\s+)?(?:years|decades?|generations?)\b"
        + @"|\bfor\s+the\s+first\s+time\s+since\s+(?:at\s+least\s+)?(?:the\s+)?(?:end\s+of\s+the\s+)?(?:Cold\s+War|(?:First|Second)\s+World\s+War|World\s+War\s+(?:II|Two|2|I|One)|records\s+began|\d{4}|[a-z]+)"
        + @"|\bthe\s+most\s+militari[sz]ed\s+(?:economy|country|nation|state|society)(?:\s+in\s+(?:the\s+world|Europe))?"
        // "the highest level SIPRI has ever recorded", "an all-time high": a record over the source's whole series.
        + @"|\b(?:the\s+)?(?:highest|largest|biggest)\s+(?:level|amount|figure|total|sum)\s+(?:(?:that\s+)?(?:SIPRI|NATO|the\s+(?:institute|alliance)|it|they)\s+)?(?:has|had|have)?\s*ever\s+(?:been\s+)?(?:recorded|registered|measured|seen)"
        + @"|\ball[\s-]time\s+high\b"
        // "hits record high", "hit a record $2.24 trillion", "spent a record $877 billion": a record with no start named.
        + @"|\b(?:hits?|hitting|reach(?:es|ed)?|at|to)\s+(?:a\s+)?(?:new\s+)?record(?:\s+high)?\b(?!\s+(?:number|of))|\ba\s+record\b(?=\s+(?:US)?[$€£]|\s+\d[\d.,]*\s*(?:trillion|billion|million|tn|bn)\b)"
        // "the largest annual increase in at least 30 years", "the biggest rise in decades".
        + @"|\b(?:largest|biggest|steepest|sharpest|fastest|strongest|greatest)\s+(?:(?:annual|year[\s-]on[\s-]year|yearly|single[\s-]year)\s+)?(?:increase|rise|growth|jump|hike|surge)\s+in\s+(?:at\s+least\s+|more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?:(?:\d+|[a-z]+|a)\s+)?(?:years|decades?|generations?)\b"
        // "record Russian defence spending", "spend record amounts", "the highest level on record", "an unprecedented rise",
        // "more than ever before": a record stated with its word alone. A track record, a record of something and a record
        // time are not records of a quantity.
        + @"|(?<!\btrack\s+|\b(?:for|off|on)\s+the\s+)\brecord(?:[\s-]+(?:high|breaking))?\b(?!\s+(?:time|of|on|label|keeping|books?)\b|-keeping)"
        // "its highest level since the Cold War", "the largest allocation of funds in Poland’s history", "the largest military aid
        // package to date", "the highest level in the post-Soviet period": a record bounded by an era, not by a stored year.
        + @"|\b(?:its\s+|the\s+|their\s+)?(?:highest|largest|biggest|greatest|lowest|strongest|steepest|sharpest|fastest|heaviest|most\s+(?:significant|substantial|dramatic|rapid|pronounced))\b(?<recordhead>(?:\s+(?!since\b)[\w’'-]+){0,7}?)\s+(?:since\s+(?:at\s+least\s+)?(?:the\s+)?(?:(?:end|start|beginning|times?|days|fall|collapse)\s+of\s+(?:the\s+)?)?(?:Cold\s+War|USSR|Soviet\s+Union|(?:First|Second)\s+World\s+War|World\s+War\s+(?:II|Two|2|I|One)|WWII|reunification|independence|records\s+began|(?:Russia[’']s\s+)?(?:full-scale\s+)?(?:war|invasion)\b[^,.;]{0,40}|(?:19|20)\d\d)|in\s+(?:at\s+least\s+|more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?:(?:a|the\s+(?:past|last)(?:\s+\w+)?|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+)?(?:decades?|years|generations?)|in\s+(?:[\w’']+\s+){0,2}history|to\s+date|in\s+the\s+post-Soviet\s+(?:period|era))"
        + @"|\bunprecedented(?:\s+\w+)?\s+(?:levels?|rise|increase|growth|surge|jump|amounts?|sums?|spending)\b|\bthan\s+ever(?:\s+before)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecordClaim();

    [GeneratedRegex(@"\brecord\b|\bunprecedented\b|\bever\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecordWord();

    [GeneratedRegex(@"\b(?:conflict|threat|war|period|alliance|crisis|danger|challenge|transformation|exercise|operation|deployment|moment|time|country|nation|army|force|mobili[sz]ation|attack|offensive|loss(?:es)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAQuantity();

    [GeneratedRegex(@"[^.;:]{0,100}$")]
    private static partial Regex ClauseBeforeRecord();

    [GeneratedRegex(@"\b(?:spen[dt]\w*|budgets?|defen[cs]e|military|armed\s+forces)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DefenceTopic();
    [GeneratedRegex(@"^\s+(?:among|in|within)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:in\s+the\s+)?(?:alliance|NATO)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllianceAfter();
    [GeneratedRegex(@"\b(?:defen[cs]e|military)\s+(?:spending|expenditures?|outlays)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpendingNoun();
    [GeneratedRegex(@"\b(?:breakdown|figures|data|estimates)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BreakdownIntro();

    [GeneratedRegex(@"\b(?:has|have|had)\s+(?:(?:been|also|consistently|continuously|always|now|long|so\s+far)\s+){0,3}(?<part>met|meeting|hit|hitting|exceeded|exceeding|reached|spent\s+(?:at\s+least|more\s+than|above))\b[^.;]{0,60}?(?<window>since\s+(?:its\s+introduction\s+in\s+)?(?<from>(?:19|20)\d\d)(?:\s+and\s+(?<from2>(?:19|20)\d\d))?|every\s+year\s+since\s+(?:its\s+introduction|(?<from>(?:19|20)\d\d))|consistently|continuously|every\s+year)\b(?:\s+in\s+(?<from>(?:19|20)\d\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex ThresholdMet();

    [GeneratedRegex(@"\b(?<below>fell|dropped|slipped|was|were|remained|stayed)\s+below\s+(?:the\s+|its\s+|that\s+|this\s+)?(?:\d(?:\.\d+)?\s?%\s+)?(?:benchmark|target|threshold|guideline|goal|mark)\s+(?<window>between\s+(?<from>(?:19|20)\d\d)\s+and\s+(?<to>(?:19|20)\d\d)|from\s+(?<from>(?:19|20)\d\d)\s+(?:to|until)\s+(?<to>(?:19|20)\d\d))", RegexOptions.IgnoreCase)]
    private static partial Regex ThresholdMissed();

    [GeneratedRegex(@"target|benchmark|guideline|threshold|goal|commitment|pledge|\d\s?%|per\s?cent", RegexOptions.IgnoreCase)]
    private static partial Regex ThresholdWord();

    [GeneratedRegex(@"3\.5|three\s+and\s+a\s+half", RegexOptions.IgnoreCase)]
    private static partial Regex ThreeAndAHalf();

    [GeneratedRegex(@"\bfollowed\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowedBy();

    [GeneratedRegex(@"\b(?:ready|able|capable|prepared|in\s+a\s+position|could|would|might|may|need|needs|take|takes|until|before|estimat\w*|timing|timeline|range|reach|hit|meet)\b[^.;]{0,60}?\b(?:within|in|over|of)\s+(?:the\s+next\s+|a\s+range\s+of\s+|about\s+|around\s+|some\s+)?(?<span>(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)(?:\s*(?:to|-|–)\s*(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))?\s+years)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationClaim();

    // "global military spending reached …": a mention that is itself a spending aggregate passes its subject on.
    [GeneratedRegex(@"\b(?:spending|expenditure|budgets?|outlays)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureInName();

    [GeneratedRegex(@"\(\s*(?:US)?\$\s?1\s*=\s*(?<rate>\d[\d,]*(?:\.\d+)?)\s*(?<cur>roubles?|rubles?|euros?|pounds?|yen|yuan|rupees|hryvnias?|zlotys?|lira|RUB|EUR|GBP|JPY|CNY|INR|UAH|PLN|TRY)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex PrintedRate();

    [GeneratedRegex(@"^(?:\s+(?:in\s+the\s+alliance|in\s+NATO|this\s+year|last\s+year|in\s+\d{4}))*\s+(?:will\s+be|are|were|include|included)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RankListHead();

    [GeneratedRegex(@"^(?:\s*\([^()]{0,30}\))?\s*(?:,|,?\s+and)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RankListGap();

    [GeneratedRegex(@"\b(?:absolute|monetary|cash)\s+terms\b|\bin\s+(?:dollars|euros)\b|\bin\s+monetary\b", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteTerms();

    private const string RelativeWordsPattern = @"\brelative|\bshare\b|\bburden|\bGDP\b|economic\s+output";
    // ("the lowest defense spending compared to the size of its economy": the economy's size names a share of GDP too.)
    [GeneratedRegex(RelativeWordsPattern + @"|per\s?cent|%|\bsize\s+of\s+(?:its|their|the|national)\s+econom", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTerms();
    /// <summary>The words of <see cref="RelativeTerms"/> without a bare percentage, which may be a change rather than a share.</summary>
    [GeneratedRegex(RelativeWordsPattern, RegexOptions.IgnoreCase)]
    private static partial Regex RelativeWords();

    [GeneratedRegex(@"[,;]\s*(?:and\s+|while\s+|whereas\s+|but\s+)?(?:for|in)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex NextClauseYear();

    [GeneratedRegex(@"\baccording\s+to\b[^,;]*", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingToPhrase();

    /// <summary>Text between a figure and a cue after it that puts them in different clauses or gives the cue another figure.</summary>
    [GeneratedRegex(@"\d|[,;]|\b(?:and|but|while)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherClauseOrFigure();

    [GeneratedRegex(@"\bNATO\b|\balliance\b|\ballies\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllianceWord();

    private static int HedgeStart(string text, Quantity q) => q.Start;
    private static int HedgeStartOf(string text, Quantity q) => q.Start;

    [GeneratedRegex(@"\b(?:increas\w*|ris(?:e|es|ing)|rose|grow\w*|grew|growth|jump\w*|surg\w*|multipl\w*|expan\w*|boost\w*|ramp\w*|doubled|tripled|quadrupled)\b|\b(?:the|its|their)\s+(?:level|figure|amount|total)\s+(?:of|in)\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\s+level|\b(?:compared\s+(?:to|with)|since|from|on)\s+(?:19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex MultipleGrowth();
    [GeneratedRegex(@"\becono\w*|\bGDP\b|gross\s+domestic", RegexOptions.IgnoreCase)]
    private static partial Regex EconomyCue();

    private static string Between(string text, Match cue, Quantity q) =>
        q.Start >= cue.Index + cue.Length ? text[(cue.Index + cue.Length)..q.Start] : "";

    [GeneratedRegex(@"\b(?:averag\w*|stands?\s+at|currently|is\s+now|which\s+is|amounts?\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelVerb();
    // (Not a plan made in the past: "had planned to raise spending from 2% to 3%" names a goal.)
    [GeneratedRegex(@"\b(?:(?:has|have|had)\s+(?:[\w-]+\s+){0,2}?(?!(?:planned|pledged|promised|agreed|vowed|committed|decided|wanted|intended|aimed|proposed|expected|announced)\b)(?:\w+ed|grown|risen|gone\s+up)|rose|grew|jumped|surged|climbed|increased|doubled|tripled|went\s+up)\b[^.;:]{0,40}?[\s,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PastChangeBefore();
    [GeneratedRegex(@"(?:\b(?:up|down|rise|rising|risen|rose|increase|increased|raised|rais\w*|lifted|fell|fallen|falling|dropped|declined|grew|growing|climbed|jump\w*|leap\w*)\s+(?:\w+\s+){0,2}?(?:from|to)|\bfrom)\s+(?:an?\s+|the\s+)?(?:(?:around|about|roughly|some|nearly|almost|over|more\s+than|just\s+over|under|less\s+than)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelOfChange();
    [GeneratedRegex(@"^[^.;]{0,40}?\bthan\s+(?:(?:\w+|a)\s+(?:years?|decades?)\s+ago|(?:it\s+was\s+)?in\s+(?:19|20)\d\d|a\s+decade\s+(?:ago|earlier))", RegexOptions.IgnoreCase)]
    private static partial Regex SinceThen();

    [GeneratedRegex(@"\bshare\s+of\s+(?:the\s+)?(?<whole>world|global|worldwide|total\s+world)\s+(?:military\s+|defen[cs]e\s+)?(?:spending|expenditure)[^.%]{0,60}?\b(?:was|is|at|stood\s+at|of|reached)\s+(?:about\s+|around\s+|some\s+|just\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOfWholeBefore();

    // "surged by 37 percent since 2022 and 59 percent since 2014": a change over the span up to now.
    [GeneratedRegex(@"^\s+since\s+(?:19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceYearAfter();

    [GeneratedRegex(@"\b(?:rose|risen|rise|increased?|grew|grown|growth|surged?|jumped|climbed|fell|fallen|dropped|declined|up|down|boost\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GrowthWord();
    [GeneratedRegex(@"^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:federal|state|government|national|total|annual|public|world|global)?\s*(?:budget|spending|expenditure|outlays|total|territory|land|population)", RegexOptions.IgnoreCase)]
    private static partial Regex OfAnotherWhole();
    [GeneratedRegex(@"\s\|\s+\p{L}+(?:\s\p{L}+)?\s*(?:\|\s*\p{L}+\s*)?$")]
    private static partial Regex SectionSuffix();

    private static bool NearGdp(string text, Quantity q)
    {
        var gdp = GdpWord().Match(text);
        return gdp.Success && Math.Abs(gdp.Index - q.End) < 60;
    }

    private static bool IsTargetContext(string text, Quantity q, Match targetCue)
    {
        // The cue must govern this figure: within the same stretch of text, or "from X to Y" around a target word.
        // A cue before the figure governs it from a distance ("called on members to increase … to 5%"); a cue after it only
        // when it names the figure ("the 2% of GDP target", and with what the share is of, "the Welsh 2% of GDP spending
        // requirement"), not from another clause or after another figure ("about 2 per cent of GDP, and an immediate lift in
        // ambition to 3.5 per cent").
        // "This initiative is expected to boost defense spending above 3% of GDP": a rise someone expects is a forecast, not a goal.
        if (q.Start >= targetCue.Index && ExpectedRise().IsMatch(text[..targetCue.Index]) && Regex.IsMatch(targetCue.Value, @"^(?:boost|lift|rais|increas)", RegexOptions.IgnoreCase)) return false;
        if (q.Start >= targetCue.Index) return q.Start - (targetCue.Index + targetCue.Length) < 90;
        return targetCue.Index - q.End < (q.OfGdp ? 28 : 16) && !AnotherClauseOrFigure().IsMatch(text[q.End..targetCue.Index]);
    }

    /// <summary>The production item a sentence talks about ("rounds", "shells", "tanks"), or null when it names none.</summary>
    public static string? ProductionItemIn(string text)
    {
        var noun = ProductionNoun().Match(text);
        return noun.Success ? Item(noun.Value) : null;
    }


    internal static string Item(string noun)
    {
        var n = noun.ToLowerInvariant();
        // "combat cars": the literal translation of carros de combate / chars de combat, which are tanks.
        if (n.Contains("tank") && !n.Contains("shell") && !n.Contains("round") || n.Contains("combat car")) return "tanks";
        if (n.Contains("uav") || n.Contains("unmanned")) return "long_range_drones";
        if (n.Contains("infantry fighting")) return "infantry_fighting_vehicles";
        if (n.Contains("armo") || n.Contains("vehicle")) return "armoured_vehicles";
        if (n.Contains("missile")) return "long_range_missiles";
        if (n.Contains("drone")) return "long_range_drones";
        if (n.Contains("howitzer") || n.Contains("piece") || n.Contains("gun") || n.Contains("weapon") || n.Contains("artillery") && n.Contains("system")) return "artillery_pieces"; // "weapons" is read only after "artillery"
        if (n.Contains("troop") || n.Contains("soldier") || n.Contains("personnel")) return "troops";
        if (n.Contains("jet") || n.Contains("aircraft") || n.Contains("ship") || n.Contains("submarine") || n.Contains("helicopter") || n.Contains("vessel")) return "aircraft_and_ships";
        return "artillery_rounds";
    }

    private static string? Attribution(string text)
    {
        if (IissRx().IsMatch(text)) return "IISS";
        if (SipriRx().IsMatch(text)) return "SIPRI";
        if (EdaRx().IsMatch(text)) return "EDA";
        if (NatoSourceRx().IsMatch(text)) return "NATO";
        if (KielRx().IsMatch(text)) return "Kiel";
        if (EurostatRx().IsMatch(text)) return "Eurostat";
        if (GovernmentSourceRx().IsMatch(text)) return GovernmentSource;
        return null;
    }

    [GeneratedRegex(@"\b(?:ministry|government|minister|officials?|spokes\w+|chancellor|president|secretary|analysts?|economists?|experts?|think\s+tank|Kremlin|Pentagon|Treasury|commission)\b[^.]{0,60}\b(?:said|says|announced|estimated?|told|stated|plans?)\b|\b(?:said|says|announced|told)\s+(?:the\s+)?(?:ministry|government|minister|officials?|spokes\w+)|\b(?:pledged|plans?|planned|intends?|wants?|aims?)\b|according\s+to\s+(?:the\s+)?(?:ministry|government|officials?|analysts?|estimates\s+by)", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSpeaker();

    /// <summary>The attribution of a figure a government gives ("according to the Ministry of Defence").</summary>
    public const string GovernmentSource = "the government";

    [GeneratedRegex(@"\baccording\s+to\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:Ministry\s+of\s+(?:National\s+)?Defen[cs]e|MoD|defen[cs]e\s+ministry|finance\s+ministry|Ministry\s+of\s+Finance|Treasury|government)\b|\b(?:the\s+)?(?:Ministry\s+of\s+Defen[cs]e|MoD|defen[cs]e\s+ministry|finance\s+ministry|Treasury)\s+(?:said|says|estimated?|figures|data)\b"
        // "…, minister Angel Tilvar announced", "Defence Minister Jana Černochová said": a minister speaking for the government.
        + @"|\b(?:defen[cs]e\s+|finance\s+)?minister(?:\s+of\s+defen[cs]e)?(?:\s+(?-i:[A-Z][\p{L}'’-]+)){0,3}\s+(?:also\s+)?(?:said|says|announced|stated|told|confirmed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GovernmentSourceRx();

    [GeneratedRegex(@"\b(?:(?:a|the)\s+(?:new|latest|annual|recent)\s+(?:study|report|analysis|assessment|survey|data|figures|estimates)|(?:study|report|analysis|research|data)\s+(?:finds|found|shows|showed|says|said|reveals|revealed)|according\s+to\s+(?:a|the)\s+(?:\w+\s+){0,2}(?:study|report|analysis|think\s+tank|institute|research)|(?:think\s+tank|institute|researchers)\b[^.]{0,60}\b(?:said|says|finds|found|reported|calculated|estimated)|\bthe\s+publication\s+(?:states|stated|says|said|notes|noted|reports|reported|writes|wrote)|\breported\s+by\s+[^.]{0,40}\b(?:referencing|citing|quoting))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GenericSource();

    [GeneratedRegex(@"\bIISS\b|International\s+Institute\s+for\s+Strategic\s+Studies|Military\s+Balance")]
    private static partial Regex IissRx();
    [GeneratedRegex(@"\bSIPRI\b|Stockholm\s+International\s+Peace\s+Research\s+Institute")]
    private static partial Regex SipriRx();
    [GeneratedRegex(@"European\s+Defen[cs]e\s+Agency|\bEDA\b")]
    private static partial Regex EdaRx();
    [GeneratedRegex(@"NATO(?:'s|’s)?\s+(?:chief|secretary[\s-]general|Secretary[\s-]General)|\b(?:Jens\s+)?Stoltenberg\b|\b(?:Mark\s+)?Rutte\b|according\s+to\s+(?:the\s+)?NATO|NATO(?:'s|’s)?\s+(?:own\s+)?(?:(?:latest|annual|new|recent|most\s+recent|newest|official)\s+)*(?:data|figures|estimates|statistics|numbers|report)|NATO\s+(?:\w+ly\s+)?(?:said|estimated|estimates|says|reported|confirmed|announced|projected|published|released)|(?:data|figures|estimates|numbers|report)\s+(?:(?:released|published|issued|compiled)\s+)?(?:from|by)\s+NATO", RegexOptions.IgnoreCase)]
    private static partial Regex NatoSourceRx();
    [GeneratedRegex(@"\b(?:new|latest|updated|fresh)\s+(?:estimated\s+)?(?:estimates|figures|data|numbers|statistics)|(?:data|figures|estimates)\s+(?:were\s+)?(?:released|published)|release\s+of\s+the\s+(?:new\s+)?(?:estimates|figures|data)", RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseCue();
    // ("could reach 32% of GDP", "may exceed": a possibility is a forecast too.)
    [GeneratedRegex(@"\b(?:set\s+to|expected\s+to|on\s+(?:track|course)\s+to|projected\s+to|forecast\s+to|will|poised\s+to)\b|\b(?:could|may|might)\s+(?:\w+\s+)?(?:reach|hit|rise|climb|grow|exceed|top|total|amount)\b|^[^.]{0,60}\bto\s+(?:finally\s+)?(?:hit|meet|reach)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    [GeneratedRegex(@"\b(?:agreed|adopted|set|signed|endorsed)\s+(?:to\s+)?(?:at|in|during)\s+(?:a\s+|the\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgreedAtBefore();

    [GeneratedRegex(@"\b(?:agreed|pledged|committed|promised|vowed)\s+to\s+[^.;]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex PledgeVerbBefore();

    [GeneratedRegex(@"^\W*(?:That|This|The)\s+(?:number|figure|count|tally|total)\s+(?:has\s+|had\s+)?(?:rose|risen|grew|grown|increased|climbed|jumped|went\s+up|fell|fallen|dropped|shrank)\s+to\s+(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountGoesOn();

    [GeneratedRegex(@"(?<![\d.,$€£])\d{1,3}(?:,\d{3})+(?![\d.,]*\d)(?!\s*(?:%|per\s?cent|percent|million|billion|trillion|bn|m\b))")]
    private static partial Regex BareThousands();

    [GeneratedRegex(@"\bconsecutive\b|\bin\s+a\s+row\b|\bstraight\s+year", RegexOptions.IgnoreCase)]
    private static partial Regex StreakWords();

    [GeneratedRegex(@"\b(?:army|armies|troops|soldiers|personnel|armed\s+forces)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArmyCue();

    [GeneratedRegex(@"\b[A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+)*\s*(?:\(\s*|\s(?:at|with|on)\s+)\d(?:\.\d+)?\s?(?:%|per\s?cent\b)")]
    private static partial Regex CountryAtPercent();

    [GeneratedRegex(@"\b(?:data|figures|numbers|statistics|estimates|ranking|table)\s+(?:\w+\s+){0,2}?(?:show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated|put|puts)\b|\baccording\s+to\s+(?:the\s+)?(?:latest\s+)?(?:\w+\s+){0,2}(?:data|figures|estimates|ranking|statistics)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DataIntro();

    [GeneratedRegex(@"\b[A-Z][a-z]+\s+(?<last>[A-Z][a-z]{2,})(?:,\s+[^.,]{3,80}(?:,\s+[^.,]{3,80})?,)?\s+(?:announced|said|stated|told|declared)\b")]
    private static partial Regex PersonAnnounces();

    [GeneratedRegex(@"\b(?:achiev(?:ed|ing)|met|meet(?:s|ing)?|reach(?:ed|ing)?|hit(?:ting)?|surpass(?:ed|ing)|fulfill?(?:ed|ing)?|exceed(?:ed|ing)?)\s+(?:it|this|that(?!\s+(?:of|in|for)\b)|(?:the|that|this|NATO['’]s|the\s+alliance['’]s)\s+(?:(?:NATO|alliance|spending|defen[cs]e|military|agreed)\s+){0,2}(?:target|goal|benchmark|threshold|guidelines?|mark))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalReferredTo();

    [GeneratedRegex(@"\b(?:one|" + QuantityParser.TwoToTwenty + @")\s+(?:(?:states|countries|members|allies|nations)\s+)?(?:of|out\s+of)\s+(?:the\s+(?:then\s+|current\s+)?|NATO(?:'s|’s)\s+|its\s+|the\s+(?:(?:military|defen[cs]e|transatlantic|Western)\s+)?alliance(?:'s|’s)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WordCountOfPrefix();

    // "… the list of 32", and the field of a superlative: "allocates the least resources to military spending of the 32 NATO allies".
    [GeneratedRegex(@"\b(?:list|table|ranking|league|club)\s+of\s+(?:the\s+|all\s+)?$|\b(?:the\s+)?(?:most|least|highest|lowest|biggest|largest|smallest)\b[^,;.\d]{0,60}\b(?:of|among)\s+(?:the\s+|all\s+|its\s+|NATO['’]s\s+|the\s+alliance['’]s\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex TableOfBefore();

    [GeneratedRegex(@"\b(?:increased|rose|grew|fell|jumped|climbed|reached|surged|declined|dropped|spent|was|were|had|is\s+today|today|now|currently)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastOrPresentCue();
    [GeneratedRegex(@"\b(?:more|less|greater|larger|bigger|higher|lower)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CoreComparative();
    [GeneratedRegex(@"\b(?:compared\s+(?:to|with)|versus|vs\.?|(?:up\s+)?from|against)\s+(?:only\s+|just\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedTo();

    [GeneratedRegex(@"\b(?:compared\s+(?:to|with)|versus|vs\.?|against)\s+(?:only\s+|just\s+|a\s+mere\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeSetAgainst();


    [GeneratedRegex(@"^\)?\s*(?:of\s+(?:the\s+|all\s+|those\s+)?(?:[\w-]+\s+){0,2}?(?:[A-Z]\w+(?:ans|ers|ish|ese|ns|s)|citizens|people|respondents|voters|public|population|participants|adults|those\s+(?:polled|surveyed|asked)|polled|surveyed|year\s+olds)\b|\)?\s*(?:say|said|says|support|supported|supports|back|backed|favou?r|favou?red|want|wanted|wants|believe|believed|think|thought|oppose|opposed|agree|agreed|disagree|would|could(?:n['’]t|\s+not)|were|are)\b(?!\s+(?:of\s+)?(?:GDP|gross))|\)?\s+(?:in\s+favou?r|against|undecided))", RegexOptions.IgnoreCase)]
    private static partial Regex PollShareAfter();
    /// <summary>
    /// Currencies one country alone issues and spends on an army (the euro, the dollar and the rupee are shared or ambiguous).
    /// Not derived from the registry's currency column: that lists every user, territories included (GBP: the Channel Islands
    /// and the Isle of Man; DKK: the Faroes and Greenland), which would drop the currencies that matter.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> SingleCountryCurrency = new Dictionary<string, string>
    {
        ["HUF"] = "HUN", ["PLN"] = "POL", ["CZK"] = "CZE", ["RON"] = "ROU", ["BGN"] = "BGR", ["SEK"] = "SWE", ["NOK"] = "NOR", ["DKK"] = "DNK",
        ["GBP"] = "GBR", ["JPY"] = "JPN", ["KRW"] = "KOR", ["RUB"] = "RUS", ["UAH"] = "UKR", ["TRY"] = "TUR", ["CNY"] = "CHN", ["ILS"] = "ISR",
        ["TWD"] = "TWN", ["SAR"] = "SAU", ["CHF"] = "CHE", ["AUD"] = "AUS", ["CAD"] = "CAN", ["NZD"] = "NZL",
    };

    [GeneratedRegex(@"\b(?:began|begun|started|launched|founded|established|invaded|outbreak)\b[^.;,()]{0,45}?\bin\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EventStartBefore();

    [GeneratedRegex(@"\b(?:until|till|before|prior\s+to|after|when)\b[^,;.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex BoundingWordBefore();

    [GeneratedRegex(@"^\W*(?:To|In\s+order\s+to)\s+[^,;]{3,140},")]
    private static partial Regex PurposeOpening();

    [GeneratedRegex(@"\b(?:by|until|till|before)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineBefore();
    [GeneratedRegex(@"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:by|in|for)\s+(?:the\s+end\s+of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex YearRightAfterFigure();
    [GeneratedRegex(@"^[^,;:()]*?['’]s\s+(?:[\w-]+\s+){0,2}(?:budget|spending|expenditures?|outlays)\b[^,;:()]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveMoneyOwner();

    [GeneratedRegex(@"(?:\b(?:as|than)\s+(?:it\s+(?:was|did)\s+)?(?:in\s+)?|\bsince\b(?:[^,;:.]|(?<=\d)\.(?=\d)){0,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedOrBoundYearBefore();

    // "Poland tops the list of 32 Nato nations, spending 4.48%": the list a country heads is the table, not the subject.
    [GeneratedRegex(@"(?:est|most|least|tops?|leads|heads|biggest|largest|lowest|highest|smallest|weakest|strongest)\s+(?:\w+\s+){0,2}(?:in|of|among|within)\s+(?:the\s+|all\s+)?(?:\d{1,2}\s+|\w+-strong\s+)?$|(?:biggest|largest|lowest|highest|smallest)\s+(?:share|percentage|proportion)\s+(?:\w+\s+){0,6}among\s+(?:the\s+|all\s+)?(?:\d{1,2}\s+|\w+-strong\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SuperlativeScope();

    [GeneratedRegex(@"^(?:['’]s?)?\s+(?:\w+\s+)?(?:biggest|largest|lowest|highest|smallest|top|greatest|leading)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveSuperlative();
    private const string ListPrefixId = "LIST:";
    private static bool IsGroupId(string id) => id is "WLD" or "NATO" or "EU27" or "EU_UK" or "NATO_EUROPE" or "NATO_EUROPE_CANADA" or "US-PA" || id.StartsWith("SIPRI_", StringComparison.Ordinal);
    [GeneratedRegex(@"\b(?:combined|together|jointly|between\s+them|collectively|accounted\s+for|account\s+for|comes?\s+from|came\s+from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Combined();
    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListGap();
    [GeneratedRegex(@"^[^.;]{0,80}?\b(?:meet|meets|met|meeting|reach\w*|hit|hits|exceed\w*|achiev\w*|fulfil\w*|surpass\w*|spend\w*\s+(?:at\s+least|more\s+than|over|above))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllMeet();
    [GeneratedRegex(@"\b(?:of|among)\s+(?:the\s+|its\s+|NATO(?:'s|’s)\s+|the\s+alliance(?:'s|’s)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OfTheTotalBefore();
    // ("Of the 30 countries in the alliance, only nine meet the 2% target": the group named after its size.)
    [GeneratedRegex(@"^(?:\s+(?:in|of|within)\s+(?:the\s+)?(?:alliance|NATO|bloc))?\s*,\s*(?:only\s+|just\s+)?(?<n>\d{1,2}|" + QuantityParser.TwoToTwenty + @")\b(?!\s*%)", RegexOptions.IgnoreCase)]
    private static partial Regex CountAfterComma();
    [GeneratedRegex(@"\bnumber\s+of\s+(?:states|allies|countries|members|nations|member\s+states)\s+(?:\w+\s+){0,3}?(?:reaching|meeting|hitting|achieving|at\s+or\s+above|that\s+(?:meet|reach|hit))\s+(?:the|that|this|its)\s+(?:target|goal|guideline|benchmark|threshold)\b[^.;]{0,50}?\b(?:from|to|at|was|is|stood\s+at|reached)\s+(?<n>\d{1,2}|" + QuantityParser.TwoToTwenty + @")\b(?!\s*%)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberOfAllies();
    private const string OrdinalWords = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth";
    private const string Ordinal = @"\d{1,2}(?:st|nd|rd|th)|" + OrdinalWords;
    /// <summary>A place in a table, up to the hundreds of SIPRI's world table ("107th").</summary>
    private const string PlaceOrdinal = @"\d{1,3}(?:st|nd|rd|th)|" + OrdinalWords;
    [GeneratedRegex(@"\bfor\s+(?:a|the)\s+(?<n>" + Ordinal + @")\s+(?:consecutive|straight|successive)\s+(?:year|time)|\bfor\s+the\s+(?<n>" + Ordinal + @")\s+(?:year|time)\s+in\s+a\s+row|\b(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:consecutive|straight|successive)\s+years?\s+of\s+(?:growth|increases?|rises?)|\bthe\s+(?<n>" + Ordinal + @")\s+(?:consecutive\s+|straight\s+|successive\s+)?year\s+of\s+(?:consecutive\s+|uninterrupted\s+)?(?:growth|increases?|rises?)"
        // "the ninth straight annual increase", "a third straight annual drop", "the ninth straight year of rising overall spending".
        + @"|\b(?:the|a)\s+(?<n>" + Ordinal + @")\s+(?:consecutive|straight|successive)\s+(?:(?:annual|yearly|year-on-year)\s+)?(?:increase|rise|drop|decline|decrease|fall|year\s+of\s+(?:rising|growing|increasing|falling|declining|higher|lower))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Streak();
    [GeneratedRegex(@"\b(?:fell|falls?|falling|declin\w*|drop\w*|decreas\w*|shr[ua]nk|contract\w*|reduc\w*)\b(?![^,;]*\b(?:rose|rise|rising|increas\w*|grew|growth)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StreakFalls();

    /// <summary>The phrases of a streak claim ("rose for the ninth consecutive year", "a third straight annual drop").</summary>
    public const string RisingStreak = "streak", FallingStreak = "falling streak";
    [GeneratedRegex(@"\b(?:world|global|worldwide)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorldWord();
    [GeneratedRegex(@"spen[dt]|budget|expenditure|outlay|invest|money|funding|\$|€|£|GDP", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitMoney();
    [GeneratedRegex(@"\b(?:world(?:'s|’s)?|global(?:ly)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WorldBefore();
    [GeneratedRegex(@"^\W{0,3}(?:\w+\s+){0,2}(?:worldwide|globally|in\s+the\s+world)", RegexOptions.IgnoreCase)]
    private static partial Regex WorldAfter();
    [GeneratedRegex(@"^\s*\)?\s*(?:,|and|or|;)\s*(?:and\s+)?\(?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListJoin();
    // The words between a share of a total and the same share in another year: "…, which declined to", "; in 2016, …, it was about".
    [GeneratedRegex(@"(?:\b(?:to|from|was|is|stood\s+at|at)|\band|,)\s+(?:(?:an?\s+)?(?:estimated|about|around|approximately|nearly|almost|some|roughly|just)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareContinues();
    [GeneratedRegex(@"^\W{0,3}(?:it|it's|it’s|they|they're|they’re|its|their|that's|that’s|that\s+is|this\s+is)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounStart();

    // "the country", "our country", "the Balkan nation", "the Nordic country's" (singular: "countries" are several).
    [GeneratedRegex(@"\b(?i:the|our|this)\s+(?:[A-Z][\w-]+\s+)?(?:country|nation)(?:['’]s)?\b(?!\s+(?:with\s+the\s+)?(?:highest|lowest|largest|biggest|most|least|that|which|where)\b)")]
    private static partial Regex CountryAnaphor();
    [GeneratedRegex(@"^\W{0,3}(?:that|this)(?:'s|’s|\s+is|\s+was|\s+represents|\s+amounts\s+to|\s+equals)\b|^\W{0,3}(?:this|that)\s+(?=\d)", RegexOptions.IgnoreCase)]
    private static partial Regex ThatStart();
    [GeneratedRegex(@"\brespectively\b", RegexOptions.IgnoreCase)]
    private static partial Regex Respectively();
    [GeneratedRegex(@"\b(?:in|on|against|into|of|with|from|over|for|to)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionBefore();
    [GeneratedRegex(@"\b(?:target|goal|guideline|benchmark)\s+of\s+(?:spending\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalOfBefore();
    [GeneratedRegex(@"Kiel\s+Institute")]
    private static partial Regex KielRx();
    [GeneratedRegex(@"\bEurostat\b")]
    private static partial Regex EurostatRx();
    [GeneratedRegex(@"\b(?:the|that|this)\s+(?:report|institute|think\s+tank|analysis|study|data|figures|estimates|research|publication)\b|\b(?:it|they|he|she)\s+(?:said|says|added|found|estimated)\b|\b(?:said|added)\s+(?:he|she)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefersBack();

    [GeneratedRegex(@"^\s*(?:this|these|that|it)\s+(?:data\s+|measure\s+|figures?\s+)?(?:shows?|means|puts|gives|indicates|suggests|reveals)\b|\bby\s+(?:this|that)\s+measure\b|\bon\s+(?:this|that)\s+basis\b", RegexOptions.IgnoreCase)]
    private static partial Regex BasisCarried();

    [GeneratedRegex(@"^\W{0,3}(?:\w+\W+){0,4}?(?:spend\w*|spent|budgets?|military|defen[cs]e|expenditure|outlays|econom\w*|GDP|armed\s+forces|arms|production|output|ammunition|shells)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureAfterName();
    [GeneratedRegex(@"^\s*,?\s*(?:when|during\s+which|at\s+which\s+(?:time|point)|at\s+a\s+time\s+when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhenClause();
    [GeneratedRegex(@"(?:\bfrom|compared\s+(?:to|with)|\bover|\bon|\bbetween|\bversus|\bvs\.?|\bthan\s+in|\bthan)\s+(?:the\s+)?(?:previous\s+year,?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BaseYearBefore();
    [GeneratedRegex(@"(?:\bsince(?:\s+the)?|\bin\s+the\s+(?:early|late|mid)|\bwar\s+in|Cold\s+War\s+in|\bbegan\s+(?:\w+\s+){0,4}in|\b(?:level|levels|figure|amount)\s+(?:in|of))\s+(?:at\s+least\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceBefore();
    [GeneratedRegex(@"^\s+(?:of\s+(?<whole>[A-Z][a-z]+an)\s+(?:(?:military|defen[cs]e|total)\s+)?(?:spending|expenditure|budget)\b|of\s+the\s+size\s+of\s+(?<whole>[A-Z][\p{L}.]+(?:'s|’s))|of\s+(?:the\s+)?(?<whole>global|world|worldwide)\s+total\b|of\s+(?:all\s+|total\s+|the\s+total\s+)?(?<whole>worldwide|global|world|total|the\s+world's|NATO(?:'s|’s)?|the\s+alliance(?:'s|’s)?|all\s+(?:NATO\s+)?(?:allies|members)|European|EU|Europe(?:'s|’s)?)\s+(?:(?:military|defen[cs]e|combined|total|annual)\s+){0,2}(?:spending|expenditure|funding|budgets?|outlays|military\s+spending)|(?:share\s+)?of\s+the\s+(?<whole>alliance|world)(?:'s|’s)?\s+(?:total|spending|budget)|of\s+(?<whole>NATO)(?=\s*[”""’,.;)]|\s*$)|of\s+the\s+(?<whole>NATO|alliance)(?:'s|’s)?\s+total\b|of\s+(?:the\s+)?(?:(?:total|combined|military|defen[cs]e)\s+){0,2}(?:spending|expenditure|budgets?)\s+of\s+(?:the\s+)?(?<whole>alliance|(?:all\s+)?NATO\s+(?:allies|members|member\s+(?:states|countries|nations))|all\s+(?:allies|members|member\s+(?:states|countries|nations))|NATO)\b|of\s+(?<whole>[A-Z][\p{L}.]+(?:\s[A-Z][\p{L}]+)?(?:'s|’s))(?:\s+(?:(?:total|military|defen[cs]e|combined|annual)\s+){0,2}(?:spending|expenditure|budget|outlays)|(?=\s+(?:at|in|on|when)\b|[,.;]|$)))", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOfTotal();
    [GeneratedRegex(@"\b(?:comprises|consists\s+of|members?\s+count|has|have|with|of\s+(?:its|their|the)|grown\s+to|now\s+has|numbers?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MembershipCue();
    [GeneratedRegex(@"\b(?:spen[dt]\w*|budgets?|expenditures?|outlays|defen[cs]e|military|armed\s+forces|arms|NATO|Nato|alliance|allies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedCountriesCue();
    [GeneratedRegex(@"(?<side>\b(?:(?:well|far|just|slightly|comfortably|significantly|still|already)\s+)?(?:above|below|under|exceed(?:s|ed|ing)?|short\s+of|fell\s+below|falls?\s+below))\s+(?<goal>(?:the\s+|its\s+|our\s+|their\s+|this\s+|NATO['’]s\s+|Nato['’]s\s+|the\s+alliance['’]s\s+)?(?:(?:previous|current|new|minimum|agreed|NATO|Nato|alliance|spending|defen[cs]e|\d+(?:\.\d+)?\s?" + QuantityParser.PercentSign + @"|two\s+per\s?cent)\s+){0,3}(?:target|guideline|benchmark|threshold|goal|requirement)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AgainstGoal();
    /// <summary>"met the NATO spending target", "is meeting NATO's baseline requirement", "failed to reach the alliance's goal": the
    /// goal named as the alliance's or as spending's, so that an inflation or climate target is not read as one.</summary>
    [GeneratedRegex(@"(?<side>\b(?:(?:already|now|currently|still|again|also|finally)\s+)?(?:(?:is|are|was|were)\s+)?(?:met|meets|meeting|hits|hit|hitting|reached|reaches|reaching|achieved|achieves|achieving|fulfil(?:l)?(?:s|ed|ing)?|(?<missed>miss(?:es|ed|ing)?|fail(?:s|ed|ing)?\s+to\s+(?:meet|reach|hit|achieve)|(?:(?:did|does|do|has|have|had)\s+(?:not|never)|(?:didn|doesn|don|hasn|haven|hadn)['’]t)\s+(?:yet\s+|even\s+|ever\s+)?(?:met|meet|reached|reach|hit|achieved|achieve))))\s+(?<goal>(?:the\s+|its\s+|our\s+|their\s+|this\s+|NATO['’]s\s+|Nato['’]s\s+|the\s+alliance['’]s\s+)(?:(?:previous|current|minimum|agreed|baseline|NATO|Nato|alliance|alliance['’]s|spending|defen[cs]e|military|expenditure|\d+(?:\.\d+)?\s?" + QuantityParser.PercentSign + @"|two\s+per\s?cent)\s+){0,3}(?:target|guideline|benchmark|threshold|goal|requirement|standards?|obligations?|quota)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MeetsGoal();
    [GeneratedRegex(@"\b(?:NATO|alliance|defen[cs]e|spending|military|expenditure)\b|" + QuantityParser.PercentSign + @"|per\s?cent", RegexOptions.IgnoreCase)]
    private static partial Regex GoalOfSpending();
    /// <summary>"plans to meet", "will struggle to reach": an aim or a forecast, which the target claims read.</summary>
    [GeneratedRegex(@"\b(?:(?:plans?|planned|aims?|aimed|expects?|expected|intends?|intended|hopes?|wants?|promised|pledged|vowed|committed|struggle|able|how|set|on\s+track|likely|going|bid|order|way|path)\s+to|(?:promise|pledge|goal|aim|plan|hope|prospect|cost|idea)s?\s+of|will|would|could|should|must|may|might)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlannedBefore();
    [GeneratedRegex(@"\b(?:allies|members|countries|nations|states)\b(?:\s+\w+){0,4}\s+$|\b(?:allies|members|countries|nations|states)\s+(?:who|that|which)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedAlliesBefore();
    [GeneratedRegex(@"\b(?:compared\s+(?:to|with)|up\s+from|against|versus|vs\.?)\s+(?:just\s+|only\s+|a\s+mere\s+)?(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:(?:allies|countries|members|nations|states)\s+)?(?:in|back\s+in)\s+(?:19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierCount();
    [GeneratedRegex(@"\b(?:allies|members|member\s+states|countries|nations|NATO\s+states|lowest\s+(?:defen[cs]e\s+)?spenders)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlliesWord();
    [GeneratedRegex(@"\ball\s+(?:of\s+)?(?:the\s+|NATO(?:'s|’s)\s+|its\s+|the\s+alliance(?:'s|’s)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AllOfPrefix();
    [GeneratedRegex(@"\b(?:fell\s+short|falls?\s+short|short\s+of|below|under|missed|miss|failed\s+to|fail\s+to|lag\w*|lowest\s+(?:defen[cs]e\s+)?spenders|(?:do|does|did)\s+not\s+(?:yet\s+)?(?:meet|reach|hit)|(?:don|doesn|didn)['’]t\s+(?:yet\s+)?(?:meet|reach|hit)|(?:have|has)\s+not\s+(?:yet\s+)?(?:met|reached|hit)|(?:haven|hasn)['’]t\s+(?:yet\s+)?(?:met|reached|hit))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShortfallVerb();
    [GeneratedRegex(@"\b(?:target|goal|guideline|benchmark|threshold|pledge|minimum)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalWord();
    [GeneratedRegex(@"(?<![\w$€£.,])(?<hedge>(?:more|fewer|less)\s+than\s+|over\s+|only\s+|just\s+)?(?<n>all|every|\d{1,2}|(?:twenty|thirty)[\s-](?:one|two|three|four|five|six|seven|eight|nine)|one|" + QuantityParser.TwoToTwenty + @")(?=\s+(?:of\s+(?:the\s+(?:then\s+|current\s+)?|NATO(?:'s|’s)\s+|its\s+|the\s+(?:(?:military|defen[cs]e|transatlantic|Western)\s+)?alliance(?:'s|’s)\s+)?(?:\d{1,2}\s+)?(?:NATO\s+|alliance\s+)?(?:allies|members|countries|nations|member\s+(?:states|nations|countries))|(?:NATO\s+|European\s+|alliance\s+)?(?:allies|members|countries|nations|member\s+(?:states|nations|countries))\b|NATO\s+states\b|lowest\s+(?:defen[cs]e\s+)?spenders\b|currently\s+(?:reach|meet|hit)|(?:now\s+|still\s+)?(?:reach|meet|met|hit|exceed)\b|at\s+(?:the\s+minimum|or\s+above|least)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex CountWord();
    [GeneratedRegex(@"\G\s+of\s+(?:the\s+(?:then\s+|current\s+)?|NATO(?:'s|’s)\s+|its\s+|the\s+alliance(?:'s|’s)\s+)?(?<total>\d{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfTotal();
    [GeneratedRegex(@"^\S+\s+at\s+(?:the\s+minimum|exactly)", RegexOptions.IgnoreCase)]
    private static partial Regex AtMinimum();
    [GeneratedRegex(@"new,?\s+(?:higher\s+)?(?:goal|target)|higher\s+(?:goal|target)", RegexOptions.IgnoreCase)]
    private static partial Regex NewGoal();
    [GeneratedRegex(@"(?<span>\b(?<n>\d{1,2}|one|" + QuantityParser.TwoToTwenty + @")\s+years)\s+after\s+(?:it|the\s+\w+|this|that)\s+was\s+(?:\w+\s+)?(?:introduced|agreed|adopted|pledged|set)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearsAfterPledge();
    // "made that promise in 2014", "a target established in 2014", "since its introduction in 2006", "In 2014, NATO leaders
    // committed", "since 2014, when NATO Heads of State and Government agreed", "the 2014 Defence Investment Pledge", "at a 2014
    // summit", "At the Wales Summit 2014", "the guideline from 2014".
    [GeneratedRegex(@"\b(?:agreed|adopted|set|pledged|committed|decided|introduced|reaffirmed|established|imposed|endorsed|made|promised|signed(?:\s+on)?)\s+(?:\w+\s+){0,3}(?:in|until)\s+(?<y>(?:19|20)\d\d)|\bintroduction\s+in\s+(?<y>(?:19|20)\d\d)|\bin\s+place\s+since\s+(?<y>(?:19|20)\d\d)|\b(?<y>(?:19|20)\d\d)\s+(?:Wales|Riga|Prague|Vilnius|Madrid|Hague)\s+[Ss]ummit\b|\b(?:In|Since)\s+(?<y>(?:19|20)\d\d),\s+(?:(?:the|NATO|NATO's|Nato|Nato's|NATO-member|alliance|Alliance|America['’]s|Europe['’]s|member|states|countries|nations|allies|leaders|heads|of|state|and|government|defen[cs]e|ministers)\s+){1,6}(?:have\s+|had\s+)?(?:agreed|adopted|set|pledged|committed|decided|made)\b|\b(?<y>(?:19|20)\d\d),?\s+when\s+(?:\w+\s+){1,6}(?:agreed|adopted|pledged|committed|decided)\b|\b(?<y>(?:19|20)\d\d)\s+(?:(?:Wales|NATO|Nato)\s+)?(?:Defen[cs]e\s+)?Investment\s+Pledge\b|\b(?:at|during)\s+(?:a|the)\s+(?<y>(?:19|20)\d\d)\s+(?:NATO\s+|Nato\s+)?summit\b|\b[Ss]ummit\s+(?:(?:all\s+the\s+way\s+)?back\s+)?(?:in\s+)?(?<y>(?:19|20)\d\d)\b|\b(?:guideline|target|goal|pledge|commitment)\s+from\s+(?<y>(?:19|20)\d\d)\b|\b(?:target|goal|pledge|it|that)\s+by\s+(?<y>20[2-5]\d)|\b(?:hit|reach|meet|achieve)\s+(?:that\s+|the\s+|this\s+)?(?:target|goal)\s+by\s+(?<y>20[2-5]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex PledgeYear();

    [GeneratedRegex(@"\b(?:(?:expects?|expected|plans?|planned|aims?|aimed|intends?|intended|wants?|hopes?|promised|vowed)\s+to\s+(?:hit|reach|meet|achieve)|(?:goal|aim|plan)\s+of\s+(?:hitting|reaching|meeting|achieving))\s+(?:that\s+|the\s+|this\s+|its\s+)?(?:NATO(?:['’]s)?\s+)?(?:(?:defen[cs]e|spending|military|2%|two\s+per\s?cent)\s+){0,3}(?:target|goal|guideline)\s+(?:by|in)\s+(?<y>20[2-5]\d)"
        // "Italy will do so by 2028", "it would reach this threshold by 2029", "only promised to reach the target “by 2029 at the latest”".
        + @"|\b(?:do\s+so|reach\s+(?:this|that|the)\s+(?:threshold|level|benchmark|minimum))\s+by\s+(?<y>20[2-5]\d)|[“""]by\s+(?<y>20[2-5]\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanYear();

    [GeneratedRegex(@"(?<!\d)(?:FY\s?)?(?<y>(?:19\d\d|20[0-4]\d))(?![\d%])(?<fy>)")]
    private static partial Regex YearRx();
    [GeneratedRegex(@"\b(?<w>last|this|next|past|previous|coming|current)\s+(?:fiscal\s+|financial\s+|budget\s+)?year\b(?!s)|\bas\s+of\s+(?<w>today|now)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYearRx();
    [GeneratedRegex(@"\b(?<n>a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|\d{1,2})\s+(?<unit>decades?|years?)\s+(?<dir>ago|earlier|prior|before)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearsBackRx();

    [GeneratedRegex(@"purchasing[\s-]power|\bPPP\b|lower\s+(?:production\s+)?costs|cheaper\s+to\s+(?:produce|build)|what\s+(?:the|its|their)\s+money\s+buys|local\s+prices|price\s+differences", RegexOptions.IgnoreCase)]
    private static partial Regex PppCue();
    [GeneratedRegex(@"\breal\s+terms|\bin\s+real\b|inflation[\s-]adjusted|adjusted\s+for\s+inflation|constant\s+(?:prices|dollars|\d{4})|\b\d{4}\s+(?:prices|dollars)", RegexOptions.IgnoreCase)]
    private static partial Regex RealCue();
    [GeneratedRegex(@"\bnominal|cash\s+terms|current\s+prices", RegexOptions.IgnoreCase)]
    private static partial Regex NominalCue();
    [GeneratedRegex(@"\bbudget", RegexOptions.IgnoreCase)]
    private static partial Regex BudgetCue();

    [GeneratedRegex(@"\b(?:produc\w*|outproduc\w*|churn\w*\s+out|manufactur\w*|output|mak(?:e|es|ing)|build(?:s|ing)?|turn\w*\s+out|fir(?:e|es|ing)|deliver\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProductionCue();
    [GeneratedRegex(@"(?:artillery\s+)?(?:ammunition|ammo|shells?|rounds|munitions|projectiles|tanks|armou?red\s+vehicles|missiles|drones|howitzers|artillery\s+(?:pieces|weapons|systems|guns))", RegexOptions.IgnoreCase)]
    private static partial Regex ProductionNoun();
    [GeneratedRegex(@"^\s+(?:that\s+of\s+|the\s+)?(?:\w+\s+){0,2}(?:capacity|output|production)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OutputOf();

    /// <summary>The id prefix of "the N largest spenders" in SIPRI's table, a part of the world total summed by the verifier ("TOP5").</summary>
    public const string TopSpendersId = "TOP";

    [GeneratedRegex(@"\b(?:(?:the\s+)?top|(?:these|those|the)(?:\s+(?:largest|biggest))?)\s+(?<n>three|five|ten|fifteen|\d{1,2})\s+(?:(?:largest|biggest|top|military)\s+)*(?:countries|nations|spenders|states)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TopSpenders();

    [GeneratedRegex(@"\b(?:spending|expenditure|outlays?|budgets?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorldSpendingName();

    // The words of Combined() that join names into one sum, without the verbs ("accounted for") that follow a single name too.
    [GeneratedRegex(@"\b(?:together|combined|jointly|between\s+them|collectively)\b", RegexOptions.IgnoreCase)]
    private static partial Regex JoiningWord();
    // "produces in three months what the whole of NATO produces in a year": "what" compares like "than" and "as".
    // "three times the ammunition in three months that NATO produces in a year": "that" introduces the yardstick only before an output verb.
    [GeneratedRegex(@"\b(?:than|as|what|(?:compared\s+(?:to|with)|versus|vs\.?)(?!\s+(?:19|20)\d\d))\b|\bthat(?=\s+(?:the\s+)?(?:[\w’']+\s+){0,3}(?:produc|make|makes|made|manufactur|turn)\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex ThanOrAs();
    [GeneratedRegex(@"\b(?<n>\d{2})[\s-](?:nation|member|country|strong|state)\s+(?:(?:military|defen[cs]e|transatlantic|western|security)\s+)?(?:alliance|bloc|NATO|Nato|EU|European\s+Union|union)\b"
        + @"|\b(?:its|their|the|all)\s+(?<n>\d{2})-member\s+(?:states|countries|nations)\b"
        + @"|(?:\b(?:all|the)\s+(?:(?:other|remaining)\s+)?|\b(?:NATO|Nato|the\s+alliance|the\s+EU|the\s+bloc|its)['’]s?\s+)(?<n>\d{2})\s+(?:(?:EU|NATO|Nato|allied|European)\s+)?(?:member[\s-]states|member[\s-]nations|member[\s-]countries|members|allies|countries|nations|capitals)\b(?!\s+(?:that|which|who|whose|where|of\s+which|in\s+which|with|in|outside|\w+ing)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GroupSize();
    [GeneratedRegex(@"(?<n>\d{1,2})\s+(?:(?:states|countries|members|allies|nations)\s+)?(?:of|out\s+of)\s+(?:the\s+(?:then\s+|current\s+)?|NATO(?:'s|’s)\s+|its\s+|the\s+(?:(?:military|defen[cs]e|transatlantic|Western)\s+)?alliance(?:'s|’s)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CountOfPrefix();
    [GeneratedRegex(@"\bnumber\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberOfBefore();
    [GeneratedRegex(@"\b(?:meet|meets|met|meeting|reach|reached|reaches|hit|hits|spend|spends|spent|spending|exceed|exceeds|exceeded|above|at\s+or\s+above|(?:allocat|devot|dedicat)(?:ed|ing)|will\s+allocate|achiev\w*|fulfil\w*|surpass\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetVerb();

    [GeneratedRegex(@"(?<cue>(?:roughly\s+|about\s+|approximately\s+|almost\s+|nearly\s+)?(?:equal\s+in\s+(?:total\s+)?(?:size|area)\s+to|the\s+size\s+of|(?:about|roughly|nearly)\s+the\s+size\s+of|an\s+area\s+(?:the\s+size\s+of|larger\s+than|equal\s+to|as\s+large\s+as)|as\s+(?:large|big)\s+as|comparable\s+in\s+size\s+to))\s+(?:the\s+(?:U\.S\.\s+|US\s+|American\s+)?state\s+of\s+)?(?<place>[A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?)")]
    private static partial Regex SizeRx();
    [GeneratedRegex(@"\boccup\w*|\bseized|\bcaptured|\bcontrols?\b|\bannexed", RegexOptions.IgnoreCase)]
    private static partial Regex OccupiedCue();
    [GeneratedRegex(@"roughly|about|approximately|nearly|almost", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeWord();

    [GeneratedRegex(@"\b(?:target|targets|benchmark|guideline|goal|goals|pledge\w*|promis\w*|vow\w*|commitment|committed|threshold|minimum|aim|aims|ambition|aspirations?|objectives?|obligations?|expectations?|criterion|intends?\s+to|intention\s+to|(?:should|must|needs?\s+to|ought\s+to)\s+(?:\w+\s+){0,3}(?:spend\w*|rise|reach|increase|raise|hit|go\s+up|jump|grow|double)|(?:reaching|hitting|meeting|achieving)\s+(?:the\s+|a\s+)?(?=\d+(?:\.\d+)?\s?" + QuantityParser.PercentSign + @")|capped|ceiling|cap\s+of|call(?:ed|s|ing)?\s+(?:on|for)|demand\w*|requir\w*|wants?\s+(?:\w+\s+){0,2}to\s+be|urg\w*|push\w*|agreed|agree|raise\w*|lift|boost|propos\w*|(?:increase|rais|lift|boost|hik|elevat|get)\w*\s+(?:\w+\s+){0,4}to\s+(?=(?:\d+(?:\.\d+)?|two|three|four|five)\s?" + QuantityParser.PercentSign + @")|from\s+(?:the\s+)?(?:current\s+)?(?:\w+\s+){0,3}\d+(?:\.\d+)?\s?%\s+(?:of\s+\w+(?:\s+\w+){0,2}\s+)?to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetCue();
    [GeneratedRegex(@"^\s*(?:of\s+(?:GDP|gross\s+domestic\s+product)\s+)?(?:be\s+|is\s+|being\s+)?(?:directed|allocated|earmarked|devoted|dedicated|reserved|set\s+aside|going)\s+(?:to|towards?|for|on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetShare();

    [GeneratedRegex(@"^\s*(?:of\s+(?:GDP|gross\s+domestic\s+product)\s+)?(?:(?:defen[cs]e|military|spending|expenditure|NATO|minimum|new|old)\s+)*(?:target|goal|benchmark|guideline|threshold|standard|pledge|commitment|requirement|aspiration|objective|obligation|criterion|mark|bar|rule|floor|baseline)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetNounAfter();

    [GeneratedRegex(@"\b(?:core|hard|pure|defen[cs]e[\s-]related|security[\s-]related|related\s+(?:areas|spending|expenses|investments?)|resilience|infrastructure)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HagueSplitPurpose();
    [GeneratedRegex(@"\bby\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ByBefore();

    /// <summary>"raised spending by 2.8%", "by up to 1.5% of GDP": the figure after this text is the size of a change, not a level.</summary>
    internal static bool SizeOfChangeBefore(string textBeforeFigure) => ByBefore().IsMatch(textBeforeFigure);
    [GeneratedRegex(@"\b(?:increas\w*|rais\w*|r[io]se|rising|grow\w*|grew|boost\w*|lift\w*|hik\w*|cut\w*|reduc\w*|jump\w*|climb\w*)\b[^.;,:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeVerbInClause();
    [GeneratedRegex(@"(?:\b(?:press\w*|urg\w*|push\w*|call\w*\s+(?:on|for)|demand\w*|wants?|wanted|suggest\w*|pressure|insist\w*|ask\w*|told|tell\w*|forc\w*|requir\w*)\b[^.;]{0,80}?|\b(?:should|must|ought\s+to|need\s+to|needs\s+to)\s+(?:\w+\s+){0,2}?)(?:spend|allocate|devote|invest|reach|hit|commit)\b[^.;%]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex DemandBefore();
    [GeneratedRegex(@"\G(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\b(?:comes?|came)\s+from\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComesFrom();
    [GeneratedRegex(@"^\s*(?:U\.S\.\s+|US\s+)?(?:dollar\s+prices|dollars?\b|US\$|USD\b|prices\b|constant\s+(?:dollars|prices))", RegexOptions.IgnoreCase)]
    private static partial Regex PriceBaseAfter();
    [GeneratedRegex(@"\b(?:top|largest|biggest|leading)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TopBefore();
    [GeneratedRegex(@"^\s*(?:In|Across|Within|Among|Throughout)\s+(?:the\s+)?$")]
    private static partial Regex ScopeOpening();
    // ("NATO’s latest report, based on data from …, highlights that Türkiye’s defense expenditure …": the publisher's report speaks.)
    [GeneratedRegex(@"^\s*(?:\w+\s+){0,2}?(?:estimated|estimates|said|says|reported|reports|found|finds|calculated|calculates|projected|projects|showed|shows|noted|notes|highlights|indicates|reveals|revealed|suggests|suggested)\s+(?:that\b|in\b)|^\s*(?:\w+\s+){0,3}?(?:sources|officials|assessments?)\b[^.;]{0,40}?\b(?:revealed|reveals|said|says|showed|shows|reported|estimated|found|indicated|suggested)\s+that\b|^(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:report|data|figures|estimates|release|study|analysis)\b[^.;]{0,160}?\b(?:highlights?|shows?|showed|indicates?|finds|found|says|said|reveals?|estimates?|notes?)\s+that\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingVerbAfter();
    [GeneratedRegex(@"^(?:['’]s)?\s+(?:[\w.]+\s+){0,3}?(?:target|goal|benchmark|guideline|threshold)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalAfterOwner();
    [GeneratedRegex(@"^(?:the\s+)?(?:European\s+(?:Parliament|Commission|Defence\s+Agency|Council)|Council\s+of\s+the\s+(?:European\s+Union|EU))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EuInstitution();
    [GeneratedRegex(@"\b(?:during|in|throughout|at\s+the\s+height\s+of)\s+the\s+Cold\s+War\b", RegexOptions.IgnoreCase)]
    private static partial Regex DuringColdWar();
    [GeneratedRegex(@"^\s+of\s+(?:(?:their|its|the|annual|national|total)\s+)*(?:defen[cs]e|military)\s+(?:spending|budgets?|expenditures?)\s+(?:on|to|for|in)\s+(?:\w+\s+){0,2}?(?:equipment|procurement|moderni[sz]ation|research)", RegexOptions.IgnoreCase)]
    private static partial Regex EquipmentShareAfter();
    [GeneratedRegex(@"\b(?:target|goal|guideline|benchmark|pledge|threshold)\s+(?:is|was|remains|of)\s+(?:currently\s+|now\s+|still\s+)?(?:just\s+|only\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalIsBefore();

    private const string ReachVerb = @"(?:reach|achieve|meet|hit|fulfil|fulfill)(?:e?s|ed|ing)?";
    // ("Spain plans to reach 2% of GDP in 2029": a country's own plan names its figure without "the"; it stays a plan.)
    [GeneratedRegex(@"\b(?:" + ReachVerb + @"\s+(?:the|that|this)|(?<!\b(?:plans?|planned|planning|aims?|aiming|wants?|intends?|expects?|hopes?|seeks?)\s+to\s+)" + ReachVerb + @"|hitting(?:\s+the)?|sign(?:s|ed|ing)?\s+(?:up\s+to\s+)?the|agree(?:s|d|ing)?\s+to\s+(?:the|that|this)|(?:mov|head|work)(?:e?s|ed|ing)\s+(?:towards?|to)(?:\s+the)?)\s+(?:magic\s+|famous\s+|agreed\s+|NATO\s+)?(?:\w+[’']s\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReachThePledge();

    [GeneratedRegex(@"^\s*(?:of\s+(?!(?:their|its|the)?\s*(?:GDP|gross|economic\s+output|national\s+output))|(?:increase|rise|growth|cut|drop|mark\s+up))", RegexOptions.IgnoreCase)]
    private static partial Regex PledgeFigureQualified();
    [GeneratedRegex(@"\b(?:here\s+is|here['’]s|below\s+is|the\s+following\s+is)\s+(?:a|the)\s+(?:full\s+)?list\b|\bas\s+follows\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListAnnounced();
    [GeneratedRegex(@"^\s*(?:" + LineMarker + @"\s*)?[\p{L} .'’-]{2,40}?[:,\s]\s*\d+(?:\.\d+)?\s*(?:%|per\s?cent)\.?\s*$")]
    private static partial Regex CountryAtPercentLine();
    [GeneratedRegex(@",\s*as\s+[^,;.]{3,80}?\s+(?:said|says|noted|notes|stated|put\s+it|pointed\s+out),")]
    private static partial Regex SaidAside();
    [GeneratedRegex(@"^\s*(?:" + LineMarker + @"\s*)?\p{Lu}[\p{L} .'’-]{1,40}?:\s*(?:(?<v>\d{1,2}(?:\.\d{1,2})?)\s*%?|(?<v>(?<count>\d{1,3}(?:,\d{3})+)))\s*$")]
    private static partial Regex NameColonValueLine();
    /// <summary>A list line's bullet or number: "- ", "• ", "2. " ("2. United Kingdom – $66,651 million" is a list line as a bulleted one is).</summary>
    private const string LineMarker = @"(?:[-•*–—]|\d{1,2}[.)])";
    [GeneratedRegex(@"^\s*" + LineMarker + @"\s")]
    private static partial Regex ListMarker();
    [GeneratedRegex(@"^\s*Year\b[^()]*\b(?:spending|expenditure|budget|outlays?)\b[^()]*\((?<unit>[^()]{1,30})\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex YearValueHeader();
    [GeneratedRegex(@"^\s*(?<y>(?:19|20)\d\d)\s+(?<about>~|≈|about\s+|approx\.\s+)?(?<v>\d{1,4}(?:\.\d{1,2})?)\s*(?<percent>%)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex YearValueRow();

    /// <summary>The sentence's quantities with the figure read as <paramref name="reading"/> (a list line's bare number): whatever the
    /// parser found on the figure's characters gives way to it.</summary>
    private static IReadOnlyList<Quantity> ReadAs(IReadOnlyList<Quantity> quantities, Quantity reading) =>
        [.. quantities.Where(q => q.End <= reading.Start || q.Start >= reading.End), reading];

    /// <summary>A year table's unit from its header: "(USD, billions)", "(€ bn)", "(% of GDP)"; null when it names neither.</summary>
    private static (string? Currency, double Scale, bool ShareOfGdp)? TableUnit(string unit)
    {
        if (Regex.IsMatch(unit, @"%|per\s?cent", RegexOptions.IgnoreCase) && GdpWord().IsMatch(unit)) return (null, 1, true);
        var currency = Regex.Split(unit, @"[\s,]+").Select(QuantityParser.CurrencyOf).FirstOrDefault(c => c is not null);
        var scale = Regex.Match(unit, @"\b(?<s>trillion|billion|million|bn|mn|tn)s?\b", RegexOptions.IgnoreCase);
        return currency is null || !scale.Success ? null : (currency, QuantityParser.Multiplier(scale.Groups["s"].Value), false);
    }
    // ("NATO's 2% of GDP defence spending goal": the goal named after the share and its measure.)
    [GeneratedRegex(@"^\s*(?:of\s+(?:GDP|gross\s+domestic\s+product)\s+)?(?:(?:defen[cs]e|spending|GDP|military|expenditure)\s+){0,3}(?:target|goal|benchmark|guideline|threshold)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalAfterFigure();
    [GeneratedRegex(@"(?:;|\s[—–]\s|\b(?:while|whereas|but)\b)(?!.*(?:;|\s[—–]\s|\b(?:while|whereas|but)\b))", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ClauseOpener();
    [GeneratedRegex(@"^\s+to\s+(?:an?\s+)?(?:estimated\s+|record\s+)?(?:[$€£]|US\$|USD|EUR)", RegexOptions.IgnoreCase)]
    private static partial Regex ToAmountAfter();
    // "Including the United States, the alliance's total …": a part fronted in a clause of its own is not the subject either.
    [GeneratedRegex(@"\b(?:without|excluding|except(?:\s+for)?|minus|deter|against|counter|confront)\s+(?:the\s+)?$|^\W*(?:Including|Counting|Together\s+with|Along\s+with)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LeftOut();

    [GeneratedRegex(@"\bone\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex OneOfCategory();

    [GeneratedRegex(@"\b(?:(?<part>early|mid|late)[\s-]+)?(?<d>1[89]\d0|20[0-2]0)['’]?s\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecadeRx();

    [GeneratedRegex(@"\b(?:by|before|until)\s+the\s+end\s+of\s+the\s+decade\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfDecade();

    [GeneratedRegex(@"^\s+of\s+(?:the\s+)?(?:NATO['’]s\s+|the\s+alliance['’]s\s+|all\s+)?(?:\d+\s+)?(?:NATO\s+)?(?:members|allies|member\s+(?:states|countries|nations)|countries|nations)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FractionOfMembers();
    [GeneratedRegex(@"\b(?:is|are|was|were)\s+(?:expected|forecast|projected|likely)\s+to\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ExpectedRise();
    [GeneratedRegex(@"\bcommit\w*\b[^.;]*\b(?:is|was)\s+estimated\b|\bdata\s+(?:revealed|reveals|shows?|showed)\b[^.;]*\bcommitted\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasuredCommitment();
    [GeneratedRegex(@"\bspend\w*\s+(?:\w+\s+){0,3}?from\s+\d+(?:\.\d+)?\s?" + QuantityParser.PercentSign + @"\s+to\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex SpendingFromTo();
    [GeneratedRegex(@"\b(?:another|a\s+further|an\s+additional)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherShareBefore();
    [GeneratedRegex(@"\b(?:Denmark|Danish|Danes|Copenhagen)\b")]
    private static partial Regex DanishWord();
    [GeneratedRegex(@"\b(?:Norway|Norwegian|Norwegians|Oslo)\b")]
    private static partial Regex NorwegianWord();
    [GeneratedRegex(@"\b(?<q>[Mm]ost|[Tt]he\s+majority)\s+(?:of\s+)?(?:the\s+|its\s+|NATO(?:'s|’s)\s+|the\s+alliance(?:'s|’s)\s+)?(?:NATO\s+|European\s+|EU\s+)?(?:members|allies|member\s+(?:states|countries|nations)|countries|nations)\b")]
    private static partial Regex MostOfMembers();
    [GeneratedRegex(@"\bGDP\b|gross\s+domestic\s+product|economic\s+output|national\s+output|national\s+income|(?:share|size)\s+of\s+(?:its|their|the|national)\s+econom|\brelative\s+spend\w*|\brelative\s+to\s+(?:its|their|the)\s+(?:econom|size)", RegexOptions.IgnoreCase)]
    private static partial Regex GdpWord();
    [GeneratedRegex(@"(?:[↑↓▲▼]|gr[eo]w\w*|r[io]se\w*|rais\w*|lift\w*|rising|increas\w*|jump\w*|surg\w*|soar\w*|climb\w*|fell|fall\w*|drop\w*|declin\w*|decreas\w*|cut\w*|boost\w*|hike\w*|up|down|growth\s+of|rise\s+of|increase\s+of|higher|lower|expand\w*|shr[iu]nk\w*|spike\w*)[""”’']?(?!\s+(?:below|above|under|beneath|beyond)\b)\s+(?:\w+\s+){0,3}(?:by\s+)?(?:an?\s+)?(?:estimated\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|just\s+over\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GrowthBefore();
    [GeneratedRegex(@"^\s*(?:increase|rise|jump|surge|growth|hike|boost|drop|fall|decline|cut|year[\s-]on[\s-]year|real[\s-]terms\s+(?:increase|rise|growth)|(?:in\s+)?real[\s-]terms|more\s+than|higher|lower|up\b|down\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GrowthAfter();
    [GeneratedRegex(@"defen[cs]e|military|spen[dt]|budget|expenditure|GDP|gross\s+domestic|econom|output|produc|territory|growth|grew|rose|fell|increase|inflation|arms|procurement|outlays?|allies|target|goal|guideline|benchmark|\bwar\b|weapons|armed\s+forces|\barmy\b|\bNATO\b|alliance|pledge|commitment|threshold|minimum|baseline|floor", RegexOptions.IgnoreCase)]
    private static partial Regex TopicCue();
    [GeneratedRegex(@"spend|spent|budget|expenditure|outlays?|defen[cs]e|military|invest|money|funds|costs|dollars|euros|outpac|outspen|outstrip|\$|€|£", RegexOptions.IgnoreCase)]
    private static partial Regex SpendingCue();
    [GeneratedRegex(@"\b(?:outspend\w*|outspent|outproduc\w*|out-produc\w*|outpac\w*|outstrip\w*|outgun\w*|exceed\w*|surpass\w*|overtak\w*|overtook|eclips\w*|dwarf\w*|leapfrog\w*|ahead\s+of|(?:slightly\s+|just\s+|well\s+|far\s+)?trail\w*|lag\w*\s+behind|(?:just\s+|slightly\s+|far\s+)?behind|spends?\s+(?:far\s+|much\s+|significantly\s+)?(?:more|less)\s+(?:on\s+(?:defen[cs]e|the\s+military|arms|its\s+military)\s+)?than|spent\s+(?:far\s+|much\s+)?(?:more|less)\s+than|(?:more|less|fewer)\s+(?:artillery\s+)?(?:ammunition|ammo|shells|munitions|rounds|tanks|missiles|drones)\s+than\s+(?:all\s+of\s+|the\s+whole\s+of\s+|all\s+)?|(?:more|less|greater|larger|bigger|higher|lower)\s+than\s+(?:all\s+of\s+|the\s+whole\s+of\s+|that\s+of\s+|those\s+of\s+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonVerb();
}
