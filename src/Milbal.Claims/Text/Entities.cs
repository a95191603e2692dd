using System.Text.RegularExpressions;
using Milbal.Core.Entities;

namespace Milbal.Claims.Text;

/// <summary>
/// A name in the text and the store ids it can mean, most likely first. "Europe" keeps several readings
/// (EU + UK, NATO Europe, NATO Europe + Canada, EU27): the verifier tries each.
/// </summary>
public sealed record EntityMention(string Text, int Start, IReadOnlyList<string> Candidates)
{
    public int End => Start + Text.Length;
    public string Primary => Candidates[0];
    public bool IsAmbiguous => Candidates.Count > 1;
}

/// <summary>
/// Recognises countries and groups through the store's <see cref="EntityRegistry"/> (names and aliases of countries
/// and groups) plus the phrasings newsrooms use: capitals and institutions as metonyms ("Moscow", "the Kremlin",
/// "Washington"), demonyms ("Russian", "German"), and group phrasings ("NATO's European members", "the alliance",
/// "European allies", "the EU and the UK", "EU member states").
/// </summary>
public sealed partial class EntityRecogniser
{
    public static readonly string[] EuropeReadings = ["EU_UK", "NATO_EUROPE", "NATO_EUROPE_CANADA", "EU27"];

    // Phrasings that are not registry names; longest match wins, so "European allies and Canada" beats "European allies".
    private static readonly (string Phrase, string[] Ids)[] Phrasings =
    [
        ("NATO's European members and Canada", ["NATO_EUROPE_CANADA"]),
        ("non-US NATO members", ["NATO_EUROPE_CANADA"]), ("non-US allies", ["NATO_EUROPE_CANADA"]), ("non-US NATO allies", ["NATO_EUROPE_CANADA"]),
        ("non-U.S. NATO members", ["NATO_EUROPE_CANADA"]), ("non-U.S. allies", ["NATO_EUROPE_CANADA"]), ("non-American allies", ["NATO_EUROPE_CANADA"]),
        ("European allies and Canada", ["NATO_EUROPE_CANADA"]),
        // "NATO Allies in Europe and Canada invested a combined total of USD 486 billion", NATO's own wording.
        ("Allies in Europe and Canada", ["NATO_EUROPE_CANADA"]), ("NATO Allies in Europe and Canada", ["NATO_EUROPE_CANADA"]),
        ("European Allies and Canada", ["NATO_EUROPE_CANADA"]),
        ("Europe and Canada", ["NATO_EUROPE_CANADA"]), ("European NATO members and Canada", ["NATO_EUROPE_CANADA"]), ("NATO Europe and Canada", ["NATO_EUROPE_CANADA"]),
        // "the USA's spending dwarfs the rest of NATO": the allies other than the US.
        ("the rest of NATO", ["NATO_EUROPE_CANADA"]), ("rest of NATO", ["NATO_EUROPE_CANADA"]), ("the rest of the alliance", ["NATO_EUROPE_CANADA"]),
        ("European members and Canada", ["NATO_EUROPE_CANADA"]), ("European NATO allies and Canada", ["NATO_EUROPE_CANADA"]), ("Canada and European allies", ["NATO_EUROPE_CANADA"]),
        ("NATO's European members", ["NATO_EUROPE", "EU27"]),
        ("NATO's European allies", ["NATO_EUROPE", "EU27"]),
        ("NATO's European countries", ["NATO_EUROPE", "EU27"]),
        ("NATO's European nations", ["NATO_EUROPE", "EU27"]),
        ("European members of NATO", ["NATO_EUROPE", "EU27"]),
        ("European NATO members", ["NATO_EUROPE", "EU27"]),
        ("European NATO allies", ["NATO_EUROPE", "EU27"]),
        ("European NATO countries", ["NATO_EUROPE", "EU27"]),
        ("European NATO", ["NATO_EUROPE", "EU27"]),
        ("NATO Europe", ["NATO_EUROPE", "EU27"]),
        ("Europe's NATO members", ["NATO_EUROPE", "EU27"]),
        ("European allies", ["NATO_EUROPE", "EU27"]),
        ("European members", ["NATO_EUROPE", "EU27"]),
        ("NATO Allies in Europe", ["NATO_EUROPE", "EU27"]), ("Allies in Europe", ["NATO_EUROPE", "EU27"]),
        ("European countries of the alliance", ["NATO_EUROPE", "EU27"]), ("European members of the alliance", ["NATO_EUROPE", "EU27"]),
        ("the EU and the UK", ["EU_UK"]), ("the EU and Britain", ["EU_UK"]), ("EU and UK", ["EU_UK"]), ("EU and the UK", ["EU_UK"]),
        ("EU plus UK", ["EU_UK"]), ("EU and Britain", ["EU_UK"]), ("EU+UK", ["EU_UK"]), ("EU member states and the UK", ["EU_UK"]),
        ("EU member states", ["EU27"]), ("Member States", ["EU27"]), ("EU countries", ["EU27"]), ("EU members", ["EU27"]), ("EU nations", ["EU27"]), ("EU states", ["EU27"]),
        ("European Union", ["EU27"]), ("the bloc", ["EU27"]), ("the EU", ["EU27"]), ("EU", ["EU27"]), ("EU27", ["EU27"]), ("EU-27", ["EU27"]),
        ("European countries", EuropeReadings), ("European nations", EuropeReadings), ("European states", EuropeReadings),
        ("European governments", EuropeReadings), ("European militaries", EuropeReadings), ("European defence", EuropeReadings),
        ("European defense", EuropeReadings), ("European spending", EuropeReadings), ("Europeans", EuropeReadings),
        ("all of Europe", EuropeReadings), ("the continent", EuropeReadings), ("the rest of Europe", EuropeReadings), ("Europe", EuropeReadings), ("European", EuropeReadings),
        ("NATO allies", ["NATO"]), ("NATO members", ["NATO"]), ("NATO countries", ["NATO"]), ("NATO nations", ["NATO"]), ("NATO member states", ["NATO"]),
        ("the alliance", ["NATO"]), ("the Alliance", ["NATO"]), ("allies", ["NATO", "NATO_EUROPE"]), ("Allies", ["NATO", "NATO_EUROPE"]),
        ("NATO", ["NATO"]), ("North Atlantic Treaty Organization", ["NATO"]),
        ("the Kremlin", ["RUS"]), ("Kremlin", ["RUS"]), ("Moscow", ["RUS"]), ("Russian Federation", ["RUS"]), ("Russia", ["RUS"]), ("Russian", ["RUS"]), ("Russians", ["RUS"]),
        ("Kyiv", ["UKR"]), ("Kiev", ["UKR"]), ("Ukrainian", ["UKR"]), ("Ukraine", ["UKR"]),
        ("Washington", ["USA"]), ("the Pentagon", ["USA"]), ("Pentagon", ["USA"]), ("the United States", ["USA"]), ("United States", ["USA"]),
        ("the U.S.", ["USA"]), ("U.S.", ["USA"]), ("the US", ["USA"]), ("US", ["USA"]), ("the USA", ["USA"]), ("USA", ["USA"]), ("the U.S.A.", ["USA"]), ("America", ["USA"]), ("American", ["USA"]), ("Americans", ["USA"]),
        ("Beijing", ["CHN"]), ("Chinese", ["CHN"]), ("China", ["CHN"]),
        ("Britain", ["GBR"]), ("British", ["GBR"]), ("the UK", ["GBR"]), ("UK", ["GBR"]), ("United Kingdom", ["GBR"]), ("London", ["GBR"]),
        ("Berlin", ["DEU"]), ("German", ["DEU"]), ("Germany", ["DEU"]),
        ("Paris", ["FRA"]), ("French", ["FRA"]), ("France", ["FRA"]),
        ("Warsaw", ["POL"]), ("Polish", ["POL"]), ("Poland", ["POL"]),
        ("Rome", ["ITA"]), ("Italian", ["ITA"]), ("Italy", ["ITA"]),
        ("Madrid", ["ESP"]), ("Spanish", ["ESP"]), ("Spain", ["ESP"]),
        ("Canadian", ["CAN"]), ("Ottawa", ["CAN"]), ("Dutch", ["NLD"]), ("the Netherlands", ["NLD"]),
        ("Belgian", ["BEL"]), ("Danish", ["DNK"]), ("Copenhagen", ["DNK"]), ("Norwegian", ["NOR"]), ("Oslo", ["NOR"]),
        ("Swedish", ["SWE"]), ("Finnish", ["FIN"]), ("Helsinki", ["FIN"]), ("Estonian", ["EST"]), ("Tallinn", ["EST"]),
        ("Latvian", ["LVA"]), ("Riga", ["LVA"]), ("Lithuanian", ["LTU"]), ("Vilnius", ["LTU"]), ("Greek", ["GRC"]), ("Athens", ["GRC"]),
        ("Turkish", ["TUR"]), ("Ankara", ["TUR"]), ("Türkiye", ["TUR"]), ("Turkey", ["TUR"]), ("Portuguese", ["PRT"]), ("Czech", ["CZE"]), ("Prague", ["CZE"]),
        ("Slovak", ["SVK"]), ("Hungarian", ["HUN"]), ("Budapest", ["HUN"]), ("Romanian", ["ROU"]), ("Bucharest", ["ROU"]), ("Bulgarian", ["BGR"]),
        ("Croatian", ["HRV"]), ("Slovenian", ["SVN"]), ("Albanian", ["ALB"]), ("Luxembourgish", ["LUX"]), ("Irish", ["IRL"]), ("Austrian", ["AUT"]),
        ("North Korea", ["PRK"]), ("North Korean", ["PRK"]), ("Pyongyang", ["PRK"]), ("Iran", ["IRN"]), ("Iranian", ["IRN"]), ("Tehran", ["IRN"]),
        // Demonyms, plurals and capitals of countries outside the hand-picked list above, so that "Riyadh spent …" is Saudi Arabia's
        // figure and not the last country the text named.
        ("Americans", ["USA"]), ("Germans", ["DEU"]), ("Britons", ["GBR"]), ("Brits", ["GBR"]), ("Canadians", ["CAN"]), ("Italians", ["ITA"]),
        ("Spaniards", ["ESP"]), ("Amsterdam", ["NLD"]), ("Danes", ["DNK"]), ("Swedes", ["SWE"]), ("Norwegians", ["NOR"]),
        ("Finns", ["FIN"]), ("Estonians", ["EST"]), ("Latvians", ["LVA"]), ("Lithuanians", ["LTU"]), ("Greeks", ["GRC"]), ("Turks", ["TUR"]),
        ("Lisbon", ["PRT"]), ("Dublin", ["IRL"]), ("Vienna", ["AUT"]), ("Bratislava", ["SVK"]), ("Ljubljana", ["SVN"]), ("Zagreb", ["HRV"]),
        ("Tirana", ["ALB"]), ("Sofia", ["BGR"]), ("Israeli", ["ISR"]), ("Israelis", ["ISR"]), ("Jerusalem", ["ISR"]), ("Tel Aviv", ["ISR"]),
        ("Saudi", ["SAU"]), ("Saudis", ["SAU"]), ("Riyadh", ["SAU"]), ("Emirati", ["ARE"]), ("Emiratis", ["ARE"]), ("Abu Dhabi", ["ARE"]),
        ("UAE", ["ARE"]), ("the UAE", ["ARE"]), ("Qatari", ["QAT"]), ("Doha", ["QAT"]), ("Kuwaiti", ["KWT"]), ("Omani", ["OMN"]),
        ("Muscat", ["OMN"]), ("Bahraini", ["BHR"]), ("Jordanian", ["JOR"]), ("Amman", ["JOR"]), ("Lebanese", ["LBN"]), ("Beirut", ["LBN"]),
        ("Iraqi", ["IRQ"]), ("Baghdad", ["IRQ"]), ("Syrian", ["SYR"]), ("Damascus", ["SYR"]), ("Egyptian", ["EGY"]), ("Cairo", ["EGY"]),
        ("Algerian", ["DZA"]), ("Algiers", ["DZA"]), ("Moroccan", ["MAR"]), ("Rabat", ["MAR"]), ("Yemeni", ["YEM"]), ("Japanese", ["JPN"]),
        ("Tokyo", ["JPN"]), ("South Korean", ["KOR"]), ("South Koreans", ["KOR"]), ("Seoul", ["KOR"]), ("Indian", ["IND"]), ("New Delhi", ["IND"]),
        ("Pakistani", ["PAK"]), ("Islamabad", ["PAK"]), ("Bangladeshi", ["BGD"]), ("Dhaka", ["BGD"]), ("Sri Lankan", ["LKA"]), ("Colombo", ["LKA"]),
        ("Afghan", ["AFG"]), ("Kabul", ["AFG"]), ("Australian", ["AUS"]), ("Australians", ["AUS"]), ("Canberra", ["AUS"]), ("New Zealander", ["NZL"]),
        ("Wellington", ["NZL"]), ("Taiwanese", ["TWN"]), ("Taipei", ["TWN"]), ("Indonesian", ["IDN"]), ("Jakarta", ["IDN"]), ("Philippine", ["PHL"]),
        ("Filipino", ["PHL"]), ("Manila", ["PHL"]), ("Vietnamese", ["VNM"]), ("Hanoi", ["VNM"]), ("Singaporean", ["SGP"]), ("Thai", ["THA"]),
        ("Bangkok", ["THA"]), ("Malaysian", ["MYS"]), ("Kuala Lumpur", ["MYS"]), ("Azerbaijani", ["AZE"]), ("Baku", ["AZE"]), ("Armenian", ["ARM"]),
        ("Yerevan", ["ARM"]), ("Tbilisi", ["GEO"]), ("Kazakh", ["KAZ"]), ("Kazakhstani", ["KAZ"]), ("Astana", ["KAZ"]), ("Uzbek", ["UZB"]),
        ("Tashkent", ["UZB"]), ("Kyrgyz", ["KGZ"]), ("Bishkek", ["KGZ"]), ("Tajik", ["TJK"]), ("Dushanbe", ["TJK"]), ("Swiss", ["CHE"]),
        ("Bern", ["CHE"]), ("Icelandic", ["ISL"]), ("Reykjavik", ["ISL"]), ("Montenegrin", ["MNE"]), ("Podgorica", ["MNE"]), ("Serbian", ["SRB"]),
        ("Belgrade", ["SRB"]), ("Macedonian", ["MKD"]), ("Skopje", ["MKD"]), ("Bosnian", ["BIH"]), ("Sarajevo", ["BIH"]), ("Kosovan", ["XKX"]),
        ("Kosovar", ["XKX"]), ("Pristina", ["XKX"]), ("Belarusian", ["BLR"]), ("Minsk", ["BLR"]), ("Moldovan", ["MDA"]), ("Chisinau", ["MDA"]),
        ("South African", ["ZAF"]), ("Pretoria", ["ZAF"]), ("Nigerian", ["NGA"]), ("Abuja", ["NGA"]), ("Brazilian", ["BRA"]), ("Brasilia", ["BRA"]),
        ("Mexican", ["MEX"]), ("Mexico City", ["MEX"]), ("Argentine", ["ARG"]), ("Argentinian", ["ARG"]), ("Buenos Aires", ["ARG"]), ("Colombian", ["COL"]),
        ("Bogota", ["COL"]), ("Mongolian", ["MNG"]), ("Ulaanbaatar", ["MNG"]),
        ("Pennsylvania", ["US-PA"]),
        // SIPRI's regions: named so that a regional total is not read as the last country or group mentioned.
        ("the Middle East", ["SIPRI_MIDDLE_EAST"]), ("Middle East", ["SIPRI_MIDDLE_EAST"]), ("Africa", ["SIPRI_AFRICA"]), ("North Africa", ["SIPRI_NORTH_AFRICA"]),
        ("African", ["SIPRI_AFRICA"]), ("North African", ["SIPRI_NORTH_AFRICA"]), ("sub-Saharan African", ["SIPRI_SUB_SAHARAN_AFRICA"]), ("Middle Eastern", ["SIPRI_MIDDLE_EAST"]),
        ("sub-Saharan Africa", ["SIPRI_SUB_SAHARAN_AFRICA"]), ("Asia and Oceania", ["SIPRI_ASIA_OCEANIA"]), ("Asia & Oceania", ["SIPRI_ASIA_OCEANIA"]),
        ("East Asia", ["SIPRI_EAST_ASIA"]), ("South Asia", ["SIPRI_SOUTH_ASIA"]), ("South East Asia", ["SIPRI_SOUTH_EAST_ASIA"]), ("Southeast Asia", ["SIPRI_SOUTH_EAST_ASIA"]),
        ("Central Asia", ["SIPRI_CENTRAL_ASIA"]), ("the Americas", ["SIPRI_AMERICAS"]), ("North America", ["SIPRI_NORTH_AMERICA"]), ("South America", ["SIPRI_SOUTH_AMERICA"]),
        ("Central America and the Caribbean", ["SIPRI_CENTRAL_AMERICA_CARIBBEAN"]), ("Oceania", ["SIPRI_OCEANIA"]), ("Eastern Europe", ["SIPRI_EASTERN_EUROPE"]),
        ("Western Europe", ["SIPRI_WESTERN_EUROPE"]), ("Central Europe", ["SIPRI_CENTRAL_EUROPE"]),
        ("global military spending", ["WLD"]), ("global defence spending", ["WLD"]), ("global defense spending", ["WLD"]), ("world military expenditure", ["WLD"]),
        ("Countries", ["WLD"]), ("global", ["WLD"]), ("globally", ["WLD"]), ("worldwide", ["WLD"]), ("the world", ["WLD"]), ("world", ["WLD"]),
    ];

    private readonly Regex _pattern;
    private readonly Dictionary<string, string[]> _byPhrase;
    private static readonly HashSet<string> CaseSensitive = ["Countries", "US", "USA", "the USA", "UK", "EU", "the US", "the UK", "the EU", "EU27", "Allies", "allies", "NATO", "European", "Member States"];

    public EntityRecogniser(EntityRegistry registry)
    {
        _byPhrase = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, ids) in Phrasings) _byPhrase.TryAdd(phrase, ids);
        // Every country's registry names, so "Lithuania", "Czechia", "Korea, South" … resolve as the store spells them.
        foreach (var entity in registry.Entities.Where(e => e.Kind == EntityKind.Country))
            foreach (var name in entity.AllNames.Prepend(entity.Name))
                if (name.Length >= 4 && !name.Contains(',') && char.IsUpper(name[0]) && !name.Any(char.IsDigit) && name != entity.Id)
                {
                    _byPhrase.TryAdd(name, [entity.Id]);
                    // Newsrooms without the diacritics write "Turkiye" for "Türkiye".
                    _byPhrase.TryAdd(NameKey.WithoutDiacritics(name), [entity.Id]);
                }
        var alternatives = _byPhrase.Keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace("'", "['’]"));
        _pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", alternatives) + @")(?:'s|’s)?(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public IReadOnlyList<EntityMention> Find(string sentence)
    {
        var mentions = new List<EntityMention>();
        foreach (Match m in _pattern.Matches(sentence))
        {
            var text = m.Value;
            var normalised = text.Replace('’', '\'');
            var bare = normalised.EndsWith("'s") && !_byPhrase.ContainsKey(normalised) ? normalised[..^2] : normalised;
            if (!_byPhrase.TryGetValue(bare, out var ids)) continue;
            var key = _byPhrase.Keys.First(k => string.Equals(k, bare, StringComparison.OrdinalIgnoreCase));
            static string WithoutArticle(string x) => x.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? x[4..] : x;
            if (CaseSensitive.Contains(key) && !string.Equals(WithoutArticle(key), WithoutArticle(bare), StringComparison.Ordinal)
                && !(key is "allies" or "Allies" && bare.Equals("allies", StringComparison.OrdinalIgnoreCase))) continue;
            // "Asian allies", "allies in the Indo-Pacific": America's allies outside the alliance.
            if (key is "allies" or "Allies" && NonNatoAllies().Matches(sentence).Any(a => a.Index <= m.Index && a.Index + a.Length >= m.Index + m.Length)) continue;
            // "European" as an adjective of a non-spending noun ("European Commission", "European Parliament") is an institution.
            if (key == "European" && EuropeanInstitution().IsMatch(sentence[(m.Index + m.Length)..])) continue;
            // "the United Kingdom's International Institute for Strategic Studies": a name inside an organisation's is not a subject.
            if (Organisation().IsMatch(sentence[(m.Index + m.Length)..])) continue;
            // "NATO Secretary General Mark Rutte said", "the Russian defence minister": a title names a speaker, not a spender.
            // (A country's head of government speaks for the country: "Spanish Prime Minister Pedro Sánchez promised to meet …".)
            if (SpeakerTitle().IsMatch(sentence[(m.Index + m.Length)..])
                && !(ids.Length == 1 && IsCountry(ids[0]) && HeadOfGovernment().IsMatch(sentence[(m.Index + m.Length)..]))) continue;
            // "according to NATO figures", "NATO data showed": the source of the figure, not its subject.
            if (SourceAfter().IsMatch(sentence[(m.Index + m.Length)..]) || AccordingToBefore().IsMatch(sentence[..m.Index])) continue;
            if (key == "Countries" && m.Index > 0) continue;
            // "London, April 28 (Jiji Press)--Global military expenditure grew …": a dateline's city is where the story was filed.
            // ("United Kingdom – $66,651 million" is a list line: the dash is followed by the name's figure, not by a story.)
            if (string.IsNullOrWhiteSpace(sentence[..m.Index]) && Dateline().IsMatch(sentence[(m.Index + m.Length)..])) continue;
            // "the world's second-largest economy": a yardstick, not the subject.
            if (key is "world" or "the world" or "global" && Yardstick().IsMatch(sentence[(m.Index + m.Length)..])) continue;
            // "US" inside a currency ("US$") is money, not the subject.
            // "a strong commitment to NATO, aiming to raise defense spending": the alliance a country commits to is not the spender.
            if (key is "NATO" or "the alliance" && RecipientBefore().IsMatch(sentence[..m.Index])) continue;
            // "88,5 billion US dollars", "in U.S. dollars": the currency's name, likewise.
            if (key is "US" or "U.S." or "the US" or "the U.S." && m.Index + m.Length < sentence.Length && (sentence[m.Index + m.Length] == '$' || CurrencyNameAfter().IsMatch(sentence[(m.Index + m.Length)..]))) continue;
            mentions.Add(new EntityMention(text, m.Index, ids));
        }
        return Qualified(sentence, mentions);
    }

    // "Europe, including the U.K. and EU member states" / "European countries plus Britain": the qualifier defines the group
    // (EU + UK), and the names inside it are part of that definition, not subjects of their own.
    private static List<EntityMention> Qualified(string sentence, List<EntityMention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            // "the UK and all European Union member states": the same group named from the other end.
            if (m.Primary == "GBR" && i + 1 < mentions.Count && mentions[i + 1].Primary == "EU27")
            {
                var link = UkThenEu().Match(sentence, m.End);
                if (link.Success && link.Index == m.End && link.Index + link.Length >= mentions[i + 1].Start)
                {
                    var stop = Math.Max(mentions[i + 1].End, link.Index + link.Length);
                    mentions[i] = new EntityMention(sentence[m.Start..stop], m.Start, ["EU_UK"]);
                    mentions.RemoveAt(i + 1);
                    continue;
                }
            }
            // "Europe, including Russia": the whole continent as SIPRI draws it, not a defence group; Russia is part of it.
            if (m.Candidates.SequenceEqual(EuropeReadings) && RussiaQualifier().Match(sentence, m.End) is { Success: true } withRussia)
            {
                var stop = withRussia.Index + withRussia.Length;
                mentions.RemoveAll(x => x.Start > m.Start && x.Start < stop);
                mentions[i] = new EntityMention(sentence[m.Start..stop], m.Start, ["SIPRI_EUROPE"]);
                continue;
            }
            if (!m.Candidates.SequenceEqual(EuropeReadings) && !(m.Primary == "EU27")) continue;
            var q = UkQualifier().Match(sentence, m.End);
            if (!q.Success) continue;
            var end = q.Index + q.Length;
            var merged = new EntityMention(sentence[m.Start..end], m.Start, ["EU_UK", .. m.Candidates.Where(c => c != "EU_UK" && c != "EU27")]);
            mentions.RemoveAll(x => x.Start > m.Start && x.Start < end);
            mentions[i] = merged;
        }
        return mentions;
    }

    [GeneratedRegex(@"\b(?:commitments?|contributions?|obligations?|loyalty|dedication|reports?|submissions?)\s+to\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RecipientBefore();
    [GeneratedRegex(@"^\s*dollars?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyNameAfter();
    [GeneratedRegex(@"\G\s+(?:and|plus)\s+(?:all\s+)?(?:the\s+)?(?:EU|European\s+Union)(?:['’]s)?(?:\s+(?:member\s+states|member\s+countries|countries|members|nations))?(?![\p{L}])")]
    private static partial Regex UkThenEu();

    [GeneratedRegex(@"\G\s*[,(]?\s*(?:including|incl\.|with|and)\s+(?:the\s+)?(?:Russia|Russian\s+Federation|Ukraine|Russia\s+and\s+Ukraine)(?![\p{L}])\)?")]
    private static partial Regex RussiaQualifier();

    [GeneratedRegex(@"\G\s*,?\s*(?:(?:including|incl\.|plus|together\s+with|along\s+with|and)\s+|\+\s*)(?:the\s+)?(?:U\.K\.|UK|Britain|United\s+Kingdom)(?:\s+(?:and|as\s+well\s+as)\s+(?:the\s+|all\s+)?(?:EU|European\s+Union)(?:['’]s)?(?:\s+(?:member\s+states|member\s+countries|countries|members|nations))?)?(?![\p{L}])")]
    private static partial Regex UkQualifier();

    [GeneratedRegex(@"^\s*(?:(?:second|third|fourth|fifth)[\s-])?(?:largest|biggest|top|leading|most|highest|fastest|largest-|best|worst|only)|^\s+(?:over|since|war|order|stage|leader|power)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Yardstick();

    [GeneratedRegex(@"^(?:\s*,\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b|\s*\((?:[A-Z][\w.]*\s*){1,3}\)\s*(?:[-—–]|$)|\s+[—–]\s(?!\s*(?:US|C|A|NZ)?[$€£¥]?\s?\d)|\s*-{2})")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^\s+(?:(?:deputy|defen[cs]e|foreign|prime|finance)\s+)?(?:Secretary(?:-|\s)General|Secretary|chief|spokes\w+|officials?|minister|President|leader|head|commander|ambassador|envoy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerTitle();

    /// <summary>An ISO country code, as against the ids of groups ("NATO", "EU27", "WLD", "SIPRI_EUROPE").</summary>
    public static bool IsCountry(string id) => id.Length == 3 && id.All(char.IsAsciiLetterUpper) && id != "WLD";

    /// <summary>America's allies outside the alliance: "Asian allies", "allies in the Indo-Pacific".</summary>
    [GeneratedRegex(@"\b(?:Asian|Asia-Pacific|Indo-Pacific|Pacific)\s+(?:allies|partners)\b|\ballies\s+in\s+(?:Asia|the\s+(?:Indo-|Asia-)?Pacific)\b", RegexOptions.IgnoreCase)]
    public static partial Regex NonNatoAllies();

    [GeneratedRegex(@"^\s+(?:Prime\s+Minister|Chancellor|Premier)\b")]
    private static partial Regex HeadOfGovernment();

    [GeneratedRegex(@"^(?:['’]s)?\s+(?:own\s+)?(?:figures|data|estimates|statistics|numbers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourceAfter();

    [GeneratedRegex(@"\baccording\s+to\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingToBefore();

    [GeneratedRegex(@"^\s+(?:International\s+|National\s+|Royal\s+|Federal\s+|Foreign\s+|Military\s+)?(?:Institute|Ministry|Office|Agency|Department|think\s+tank|Center|Centre|University|Foundation|Council\s+on|Intelligence|Service)\b")]
    private static partial Regex Organisation();

    [GeneratedRegex(@"^\s+(?:Commission|Parliament|Council|Central\s+Bank|Court|Defence\s+Agency|Defense\s+Agency|Investment\s+Bank|Union|Peace\s+Facility|Defence\s+Fund|Defense\s+Fund)")]
    private static partial Regex EuropeanInstitution();
}
