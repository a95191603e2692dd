using System.Globalization;
using Milbal.Analysis.Aggregation;
using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Analysis.Burden;

/// <summary>
/// Burden sharing among NATO allies: who meets the 2% / 3.5% / 5% of GDP and 20%-on-equipment pledges, by how much
/// the others fall short in money, spending per person and each ally's fair-share ratio; counts of allies meeting a
/// target over years; NATO's and SIPRI's figures side by side.
/// </summary>
public sealed class BurdenAnalysis
{
    private const string Nato = "nato";
    private const string Sipri = "sipri";

    private readonly MilbalStore _store;
    private readonly Converter _converter;
    private readonly EntityRegistry _registry;
    private IReadOnlyList<CatalogueEntry>? _catalogue;

    public BurdenAnalysis(MilbalStore store, Converter? converter = null, EntityRegistry? registry = null)
    {
        _store = store;
        _converter = converter ?? new Converter(new StoreFactorProvider(store));
        _registry = registry ?? EntityRegistry.Default;
    }

    /// <summary>NATO publishes shares rounded to 2 decimals and counts allies at or above the target on those.</summary>
    public static double RoundAsPublished(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Whether a value meets a threshold the way NATO counts: rounded to 2 decimals first.</summary>
    public static bool MeetsAsPublished(double value, double threshold) => RoundAsPublished(value) >= threshold - 1e-9;

    private IReadOnlyList<CatalogueEntry> Catalogue => _catalogue ??= _store.Catalogue();

    // ---------------------------------------------------------------- per-ally table

    /// <summary>
    /// Every NATO ally of <paramref name="year"/> against <paramref name="target"/>, by <paramref name="source"/>'s figures.
    /// </summary>
    /// <param name="edition">Edition id or unique prefix of the source dataset; null = the newest edition with the year.</param>
    /// <param name="constantBaseYear">Price base of the constant-dollar amounts; null = the publisher's own (NATO's GDP series, SIPRI's constant dollars).</param>
    public BurdenTable Table(int year, BurdenTarget target, BurdenSource source = BurdenSource.Nato, string? edition = null, int? constantBaseYear = null)
    {
        var members = MembersIn(year);
        if (target.AppliesTo == TargetBasis.EquipmentShareOfDefence && source != BurdenSource.Nato)
            throw new ArgumentException("the 20% equipment pledge is measured on NATO's equipment shares, which SIPRI does not publish; use --source nato");
        target = Targets.WithCitation(_store, target);
        var dataset = source.Id();
        var chosen = ResolveEdition(dataset, edition, year, members, MeasureOf(target, source))
                     ?? throw NoData(dataset, edition, year, MeasureOf(target, source));

        var used = new HashSet<(string Dataset, string Edition)> { (dataset, chosen) };
        var nato = NatoInputs.Load(_store, Catalogue, members, year, source == BurdenSource.Nato ? chosen : null);
        var shares = Shares(dataset, chosen, Measures.MilexGdpShare.Id, members, year);

        // Money inputs: for NATO its own GDP (current and constant) and spending; for SIPRI, SIPRI's spending and
        // IMF/World Bank GDP, with the constant amounts converted.
        var baseYear = constantBaseYear ?? DefaultBaseYear(source, chosen, nato, year);
        var currentUnit = Unit.UsDollars(Scale.Millions, PriceBasis.Current);
        var constantUnit = Unit.UsDollars(Scale.Millions, PriceBasis.Constant(baseYear));
        var gdpUsd = source == BurdenSource.Sipri ? new Aggregator(_store, _converter, _registry).GdpUsd(members, year) : null;
        var sipriMilex = source == BurdenSource.Sipri ? SipriMilexCurrent(chosen, members, year) : null;
        var population = Population(members, year);

        var allies = new List<AllyBurden>();
        var fairInputs = new Dictionary<string, (double Milex, double Gdp)>();
        foreach (var id in members)
        {
            var missing = new List<string>();
            var share = shares.GetValueOrDefault(id);
            var equipment = nato.Pick(id, Measures.EquipmentShare.Id, u => u.Kind == UnitKind.Percent) is { } eq ? Sourced(eq) : null;
            var measured = target.AppliesTo == TargetBasis.ShareOfGdp ? share : equipment;
            if (measured is null) missing.Add(target.AppliesTo == TargetBasis.ShareOfGdp ? $"no share of GDP in {dataset} {chosen}" : "no equipment share in NATO's tables");
            bool? meets = measured is null ? null : MeetsAsPublished(measured.Value, target.Threshold);
            double? gap = measured is null ? null : meets == true ? 0 : target.Threshold - measured.Value;

            // Spending and GDP in current US$ (for per capita, fair share and the SIPRI money base).
            SourcedAmount? milexUsd = null;
            SourcedAmount? gdpCurrent = null;
            if (source == BurdenSource.Nato)
            {
                if (nato.Pick(id, Measures.Milex.Id, IsCurrentUsd) is { } m) milexUsd = Amount(m);
                if (nato.Pick(id, Measures.Gdp.Id, IsCurrentUsd) is { } g) gdpCurrent = Amount(g);
            }
            else
            {
                if (sipriMilex!.GetValueOrDefault(id) is { } m)
                {
                    milexUsd = Amount(m);
                    used.Add((m.Dataset, m.Edition));
                }
                if (gdpUsd!.TryGetValue(id, out var g))
                {
                    gdpCurrent = new SourcedAmount(g.Value / 1e6, currentUnit, $"GDP {g.Source}", []);
                    Use(used, g.Source);
                }
            }
            if (milexUsd is not null && gdpCurrent is not null) fairInputs[id] = (milexUsd.Value, gdpCurrent.Value);

            // Money needed = gap × base: the base is GDP for share-of-GDP targets, defence spending for the equipment pledge.
            SourcedAmount? neededCurrent = null, neededConstant = null;
            if (gap is { } pp)
            {
                if (target.AppliesTo == TargetBasis.ShareOfGdp)
                {
                    neededCurrent = Times(pp, gdpCurrent, "GDP");
                    if (source == BurdenSource.Nato)
                        neededConstant = Times(pp, nato.Pick(id, Measures.Gdp.Id, u => IsConstantUsd(u, baseYear)) is { } gc ? Amount(gc) : null, "GDP");
                    else if (neededCurrent is not null)
                        neededConstant = ConvertToConstant(id, year, neededCurrent, baseYear, missing);
                }
                else
                {
                    neededCurrent = Times(pp, milexUsd, "defence expenditure");
                    neededConstant = Times(pp, nato.Pick(id, Measures.Milex.Id, u => IsConstantUsd(u, baseYear)) is { } mc ? Amount(mc) : null, "defence expenditure");
                }
                if (neededCurrent is null) missing.Add("no current US$ base for the money needed");
                if (neededConstant is null && !missing.Any(m => m.StartsWith("constant", StringComparison.Ordinal))) missing.Add($"no constant {baseYear} US$ base for the money needed");
            }

            SourcedAmount? perCapita = null;
            if (milexUsd is not null && population.TryGetValue(id, out var pop))
            {
                perCapita = new SourcedAmount(milexUsd.Value * 1e6 / pop.Persons, Unit.UsDollars(Scale.Units, PriceBasis.Current),
                    $"{milexUsd.Method} ÷ population {pop.Source}", []);
                Use(used, pop.Source);
            }
            else missing.Add(milexUsd is null ? "no current US$ spending (per capita, fair share)" : "no population (per capita)");
            if (gdpCurrent is null) missing.Add("no current US$ GDP (fair share)");

            if (measured is not null) used.Add((measured.Dataset, measured.Edition));
            if (equipment is not null) used.Add((equipment.Dataset, equipment.Edition));
            allies.Add(new AllyBurden(id, NameOf(id), share, equipment, measured, meets, gap, neededCurrent, neededConstant, milexUsd, perCapita, null, missing));
        }

        // Fair share over the allies with both spending and GDP in current US$.
        var fairDescription = source == BurdenSource.Nato
            ? "spending and GDP in current US$ from NATO's tables"
            : "spending in current US$ from SIPRI, GDP in current US$ from the IMF WEO (World Bank WDI where WEO has none)";
        var (withFair, fairCoverage) = FairShares(allies, fairInputs, fairDescription);
        allies = withFair;

        var belowTarget = allies.Where(a => a.Meets == false).ToArray();
        MoneyGap Gap(Func<AllyBurden, SourcedAmount?> pick, Unit unit) => new(
            belowTarget.Select(pick).OfType<SourcedAmount>().Sum(a => a.Value), unit, belowTarget.Length,
            belowTarget.Where(a => pick(a) is null).Select(a => a.EntityId).ToArray());

        var table = new BurdenTable(year, target, source, chosen, allies, currentUnit, constantUnit,
            Gap(a => a.MoneyNeededCurrent, currentUnit), Gap(a => a.MoneyNeededConstant, constantUnit), fairCoverage, [], []);
        return table with { Sources = SourceLines(used.Concat(nato.Used), target), Notes = TableNotes(table, baseYear, nato) };
    }

    // ---------------------------------------------------------------- counts

    /// <summary>How many allies meet <paramref name="target"/> in one year by one source; null when the source has no value for the year.</summary>
    public TargetCount? Count(int year, BurdenTarget target, BurdenSource source, string? edition = null)
    {
        var members = MembersIn(year);
        if (target.AppliesTo == TargetBasis.EquipmentShareOfDefence && source != BurdenSource.Nato) return null;
        var dataset = source.Id();
        if (Catalogue.All(c => c.Dataset.Id != dataset)) return null;
        var measure = MeasureOf(target, source);
        var chosen = ResolveEdition(dataset, edition, year, members, measure);
        if (chosen is null) return null;
        var shares = Shares(dataset, chosen, measure, members, year);
        var meeting = members.Where(m => shares.TryGetValue(m, out var v) && MeetsAsPublished(v.Value, target.Threshold)).ToArray();
        return new TargetCount(year, dataset, chosen, members.Count, shares.Count, meeting.Length, meeting, members.Where(m => !shares.ContainsKey(m)).ToArray());
    }

    /// <summary>
    /// Allies meeting <paramref name="target"/> in each year from <paramref name="fromYear"/> to <paramref name="toYear"/>,
    /// by NATO's figures and, beside them, by SIPRI's (for share-of-GDP targets).
    /// </summary>
    /// <param name="natoEdition">Null = for each year the newest NATO edition that has it.</param>
    public TargetCounts Counts(int fromYear, int toYear, BurdenTarget target, string? natoEdition = null, string? sipriEdition = null)
    {
        if (fromYear > toYear) throw new ArgumentException($"--from {fromYear} is after --to {toYear}");
        MembersIn(fromYear);
        MembersIn(toYear);
        target = Targets.WithCitation(_store, target);
        var rows = Enumerable.Range(fromYear, toYear - fromYear + 1)
            .Select(y => new CountRow(y, BuiltInGroups.Nato.MembersIn(y).Count, Count(y, target, BurdenSource.Nato, natoEdition), Count(y, target, BurdenSource.Sipri, sipriEdition)))
            .ToArray();
        if (rows.All(r => r.Nato is null && r.Sipri is null))
            throw new ArgumentException($"no shares for NATO allies in {fromYear}–{toYear} in the store; choose other years" + (natoEdition is null ? "" : " or another --edition"));
        var used = rows.SelectMany(r => new[] { r.Nato, r.Sipri }).OfType<TargetCount>().Select(c => (c.Dataset, c.Edition)).Distinct();
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"an ally meets {target.Name} when its value rounded to 2 decimals (as NATO publishes and counts) is at least {target.Threshold:0.##}%; allies without a value are not counted either way (with_value, and *_missing in CSV/JSON)."),
            "allies: NATO members in the year (Finland from 2023, Sweden from 2024); NATO's tables leave out Iceland, which has no armed forces.",
        };
        if (target.AppliesTo == TargetBasis.ShareOfGdp)
            notes.Add("SIPRI's count uses SIPRI's share of GDP: a different definition of military expenditure, calendar rather than fiscal years and other GDP figures, so its count differs from NATO's.");
        else
            notes.Add("SIPRI publishes no equipment shares: only NATO's count is shown.");
        if (target.Caveat is not null) notes.Add($"target {target.Id}: {target.Caveat}");
        if (rows.Select(r => r.Nato?.Edition).OfType<string>().Distinct().Count() > 1)
            notes.Add("NATO's count comes from the newest edition with each year; editions revise past years (give --edition to hold one).");
        return new TargetCounts(target, rows, SourceLines(used, target), notes);
    }

    // ---------------------------------------------------------------- NATO vs SIPRI

    /// <summary>NATO's and SIPRI's share of GDP and current-US$ spending for one ally and year.</summary>
    /// <param name="natoEdition">Null = the newest NATO edition with a share of GDP for the year; its spending comes from the same edition, else the newest that has it.</param>
    public NatoSipriComparison Compare(string entityId, int year, string? natoEdition = null, string? sipriEdition = null)
    {
        var members = MembersIn(year);
        var id = _registry.Resolve(entityId).Id;
        if (!members.Contains(id)) throw new ArgumentException($"{NameOf(id)} was not a NATO ally in {year}");
        SourcedValue? natoShare = null, natoMilex = null, sipriShare = null, sipriMilex = null;
        var used = new HashSet<(string, string)>();
        if (Catalogue.Any(c => c.Dataset.Id == Nato) && ResolveEdition(Nato, natoEdition, year, members, Measures.MilexGdpShare.Id) is { } ne)
        {
            natoShare = Shares(Nato, ne, Measures.MilexGdpShare.Id, [id], year).GetValueOrDefault(id);
            var inputs = NatoInputs.Load(_store, Catalogue, [id], year, ne);
            if (inputs.Pick(id, Measures.Milex.Id, IsCurrentUsd) is { } m) natoMilex = Sourced(m);
            used.UnionWith(inputs.Used);
            if (natoShare is not null) used.Add((Nato, ne));
        }
        if (Catalogue.Any(c => c.Dataset.Id == Sipri) && ResolveEdition(Sipri, sipriEdition, year, members, Measures.MilexGdpShare.Id) is { } se)
        {
            sipriShare = Shares(Sipri, se, Measures.MilexGdpShare.Id, [id], year).GetValueOrDefault(id);
            if (SipriMilexCurrent(se, [id], year).GetValueOrDefault(id) is { } m) sipriMilex = Sourced(m);
            if (sipriShare is not null || sipriMilex is not null) used.Add((Sipri, se));
        }
        if (natoShare is null && sipriShare is null && natoMilex is null && sipriMilex is null)
            throw new ArgumentException($"neither NATO nor SIPRI has a value for {id} in {year} in the store; choose another --year");
        return new NatoSipriComparison(id, NameOf(id), year, natoShare, natoMilex, sipriShare, sipriMilex, SourceLines(used, null));
    }

    private static string MeasureOf(BurdenTarget target, BurdenSource source) =>
        target.AppliesTo == TargetBasis.ShareOfGdp || source == BurdenSource.Sipri ? Measures.MilexGdpShare.Id : Measures.EquipmentShare.Id;

    private static bool IsCurrentUsd(Unit u) => u is { Kind: UnitKind.Money, Currency: "USD", Conversion: Conversion.MarketRate, PriceBasis.IsConstant: false };

    private static bool IsConstantUsd(Unit u, int baseYear) => u is { Kind: UnitKind.Money, Currency: "USD", Conversion: Conversion.MarketRate } && u.PriceBasis.BaseYear == baseYear;

    private static SourcedValue Sourced(StoredObservation r) =>
        new(r.Observation.Value, r.Observation.Unit, r.Dataset, r.Edition, r.Observation.Flags, r.Observation.Footnotes);

    /// <summary>A stored money value in US$ million, described by its measure and source.</summary>
    private static SourcedAmount Amount(StoredObservation r)
    {
        var o = r.Observation;
        var millions = o.Value * Math.Pow(10, (int)o.Unit.Scale - (int)Scale.Millions);
        return new SourcedAmount(millions, o.Unit.WithScale(Scale.Millions), $"{(o.MeasureId == Measures.Gdp.Id ? "GDP" : "milex")} {r.Dataset} {r.Edition}", []);
    }

    private static SourcedAmount? Times(double gapPp, SourcedAmount? input, string what) =>
        input is null ? null : new SourcedAmount(gapPp / 100 * input.Value, input.Unit,
            string.Create(CultureInfo.InvariantCulture, $"{gapPp:0.####} pp × {what} {input.Value:0.#} ({input.Unit}; {input.Method})"), input.Factors);

    private SourcedAmount? ConvertToConstant(string id, int year, SourcedAmount current, int baseYear, List<string> missing)
    {
        // Nothing needed is nothing at any prices; and a base year equal to the year needs no factors.
        if (current.Value == 0 || baseYear == year) return current with { Unit = Unit.UsDollars(Scale.Millions, PriceBasis.Constant(baseYear)) };
        var source = current.Method;
        var input = new StoredObservation("milbal", "computed", false, new Observation(id, year, "money_needed", current.Value, current.Unit));
        try
        {
            var converted = _converter.Convert(input, new MoneyUnit(MoneyBasis.UsdMer, baseYear), Scale.Millions);
            var name = _converter.Deflator == DeflatorKind.Cpi ? "CPI" : "GDP deflator";
            return new SourcedAmount(converted.Value.Value, converted.Value.Unit,
                $"{source}, converted to constant {baseYear} US$ (market rates, {name})", converted.Factors.ToArray());
        }
        catch (ConversionException e)
        {
            missing.Add($"constant {baseYear} US$: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Each ally's share of the alliance's spending over its share of the alliance's GDP, both in current US$ at market
    /// rates, over the allies that have both (the others are listed in the coverage, not counted as zero).
    /// </summary>
    private static (List<AllyBurden> Allies, FairShareCoverage Coverage) FairShares(List<AllyBurden> allies, IReadOnlyDictionary<string, (double Milex, double Gdp)> inputs, string description)
    {
        var milexTotal = inputs.Values.Sum(v => v.Milex);
        var gdpTotal = inputs.Values.Sum(v => v.Gdp);
        var result = allies.Select(a => inputs.TryGetValue(a.EntityId, out var v) && milexTotal > 0 && gdpTotal > 0
            ? a with { FairShare = new FairShare(v.Milex / milexTotal, v.Gdp / gdpTotal) }
            : a).ToList();
        var missing = allies.Where(a => !inputs.ContainsKey(a.EntityId)).Select(a => a.EntityId).ToArray();
        return (result, new FairShareCoverage(allies.Count, inputs.Count, missing, description));
    }

    // ---------------------------------------------------------------- inputs

    private IReadOnlyList<string> MembersIn(int year)
    {
        if (!Observation.IsPlausibleYear(year))
            throw new ArgumentException($"year {year} is outside {Observation.MinYear}–{Observation.MaxYear}; give a year such as 2024");
        var members = BuiltInGroups.Nato.MembersIn(year);
        if (members.Count == 0) throw new ArgumentException($"NATO had no members in {year} (founded 1949); give a later --year");
        return members;
    }

    private string NameOf(string id) => _registry.TryResolve(id, out var e) ? e.Name : id;

    /// <summary>The edition to read: the one asked for (id or unique prefix), else the newest holding the measure for the year.</summary>
    private string? ResolveEdition(string dataset, string? edition, int year, IReadOnlyList<string> members, string measure)
    {
        var editions = Catalogue.Where(c => c.Dataset.Id == dataset).Select(c => c.Dataset.Edition).ToArray();
        if (editions.Length == 0)
            throw new ArgumentException($"no {dataset} data in the store; import it with 'milbal import {dataset} <file>' or use the other --source");
        if (edition is not null)
        {
            var exact = editions.Where(e => e.Equals(edition, StringComparison.OrdinalIgnoreCase)).ToArray();
            var matches = exact.Length > 0 ? exact : editions.Where(e => e.StartsWith(edition, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (matches.Length != 1)
                throw new ArgumentException($"{(matches.Length == 0 ? "no" : "ambiguous")} {dataset} edition '{edition}'; editions in the store: {string.Join(", ", editions)}");
            return _store.Series(new SeriesQuery(members, [measure], dataset, matches[0], year, year)).Count > 0 ? matches[0] : null;
        }
        // Catalogue() lists each dataset's editions newest first.
        return editions.FirstOrDefault(e => _store.Series(new SeriesQuery(members, [measure], dataset, e, year, year)).Count > 0);
    }

    private ArgumentException NoData(string dataset, string? edition, int year, string measure)
    {
        var years = Catalogue.Where(c => c.Dataset.Id == dataset && (edition is null || c.Dataset.Edition.StartsWith(edition, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(c => c.Imports).Where(i => i.YearMin is not null).ToArray();
        var range = years.Length == 0 ? "" : $" (it covers {years.Min(i => i.YearMin)}–{years.Max(i => i.YearMax)})";
        return new ArgumentException($"no {measure} for NATO allies in {year} in {dataset}{(edition is null ? "" : " edition " + edition)}{range}; choose another --year" +
                                     (edition is null ? "" : " or --edition"));
    }

    private Dictionary<string, SourcedValue> Shares(string dataset, string edition, string measure, IReadOnlyList<string> members, int year) =>
        _store.Series(new SeriesQuery(members, [measure], dataset, edition, year, year))
            .Where(r => r.Observation.Unit.Kind == UnitKind.Percent)
            .GroupBy(r => r.Observation.EntityId)
            .ToDictionary(g => g.Key, g => Sourced(g.OrderBy(r => r.Observation.Period == PeriodBasis.CalendarYear ? 0 : 1).First()));

    private Dictionary<string, StoredObservation> SipriMilexCurrent(string edition, IReadOnlyList<string> members, int year) =>
        _store.Series(new SeriesQuery(members, [Measures.Milex.Id], Sipri, edition, year, year))
            .Where(r => IsCurrentUsd(r.Observation.Unit) && r.Observation.Period == PeriodBasis.CalendarYear)
            .GroupBy(r => r.Observation.EntityId).ToDictionary(g => g.Key, g => g.First());

    /// <summary>Population in persons: World Bank WDI first (counts), IMF WEO otherwise; newest edition of each.</summary>
    private Dictionary<string, (double Persons, string Source)> Population(IReadOnlyList<string> members, int year)
    {
        var rows = _store.Series(new SeriesQuery(members, [Measures.Population.Id], null, null, year, year))
            .Where(r => r.Dataset is "wdi" or "weo" && r.Observation.Unit.Kind == UnitKind.Persons)
            .OrderBy(r => r.Dataset == "wdi" ? 0 : 1).ThenByDescending(r => r.Edition, StringComparer.Ordinal);
        var result = new Dictionary<string, (double, string)>();
        foreach (var r in rows)
            result.TryAdd(r.Observation.EntityId, (r.Observation.Value * Math.Pow(10, (int)r.Observation.Unit.Scale), $"{r.Dataset} {r.Edition}"));
        return result;
    }

    private int DefaultBaseYear(BurdenSource source, string edition, NatoInputs nato, int year)
    {
        if (source == BurdenSource.Nato && nato.ConstantBaseYear is { } natoBase) return natoBase;
        // SIPRI's own constant-dollar base, so the amounts compare with SIPRI's constant series.
        var sipriBase = _store.Series(new SeriesQuery(["USA"], [Measures.Milex.Id], Sipri, source == BurdenSource.Sipri ? edition : null))
            .Select(r => r.Observation.Unit.PriceBasis.BaseYear).OfType<int>().DefaultIfEmpty(0).Max();
        // With neither, the year's own prices: the constant amount then equals the current one, labelled as such.
        return sipriBase > 0 ? sipriBase : year;
    }

    /// <summary>Records a source given as "dataset edition".</summary>
    private static void Use(HashSet<(string, string)> used, string source)
    {
        var space = source.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0) used.Add((source[..space], source[(space + 1)..]));
    }

    private IReadOnlyList<string> SourceLines(IEnumerable<(string Dataset, string Edition)> used, BurdenTarget? target)
    {
        var set = used.ToHashSet();
        if (target?.Citation is { } cited) set.Add((cited.Dataset, cited.Edition));
        var lines = Catalogue.Where(c => set.Contains((c.Dataset.Id, c.Dataset.Edition)))
            .Select(c => $"{c.Dataset.Id} {c.Dataset.Edition}: {c.Dataset.Publisher}, {c.Dataset.Title}" +
                         (c.Dataset.ReleaseDate is { } d ? $", released {d:yyyy-MM-dd}" : "") +
                         (c.Dataset.IsSecondary ? " (secondary source)" : "") + $"; {c.Dataset.Address}; licence: {c.Dataset.Licence}")
            .ToList();
        if (target is not null)
            lines.Add(target.Citation is { } c
                ? $"target {target.Id}: {target.Summit} {target.AgreedYear}; {c}"
                : $"target {target.Id}: {target.Summit} {target.AgreedYear}; not in the curated figures table ({target.Caveat ?? "no citation"})");
        return lines;
    }

    private static IReadOnlyList<string> TableNotes(BurdenTable t, int baseYear, NatoInputs nato)
    {
        var inv = CultureInfo.InvariantCulture;
        var target = t.Target;
        var unitWord = target.AppliesTo == TargetBasis.ShareOfGdp ? "% of GDP" : "% of defence expenditure";
        var notes = new List<string>
        {
            $"{t.Meeting} of {t.WithValue} allies with a value meet {target.Name} in {t.Year} ({t.Members} allies in NATO in {t.Year})" +
            (t.MissingAllies.Count == 0 ? "." : $"; no value: {string.Join(", ", t.MissingAllies)} (listed, never counted as meeting or failing)."),
            string.Create(inv, $"meets: the value rounded to 2 decimals, as NATO publishes and counts it, is at least {target.Threshold:0.##}{unitWord}; gap_pp = {target.Threshold:0.##} minus the unrounded value (0 for allies that meet)."),
            $"target {target.Id}: {target.Description} ({target.Summit}, {target.AgreedYear}; horizon {target.DeadlineYear}).",
        };
        if (target.Caveat is not null) notes.Add($"target {target.Id}: {target.Caveat}");
        if (t.Year < target.DeadlineYear && target.AgreedYear >= 2025)
            notes.Add($"the {target.Id}% pledge is for {target.DeadlineYear}: in {t.Year} the gap is a distance to cover, not a breach.");
        if (t.Source == BurdenSource.Nato && t.MissingAllies.Contains("ISL"))
            notes.Add("Iceland has no armed forces and is not in NATO's defence-expenditure tables.");

        notes.Add(target.AppliesTo switch
        {
            TargetBasis.EquipmentShareOfDefence =>
                $"money needed = gap × the ally's defence expenditure (NATO's tables, current US$ and constant {baseYear} US$): the extra spending on equipment needed at the same total budget.",
            _ when t.Source == BurdenSource.Nato =>
                $"money needed = gap × the ally's GDP in NATO's tables: current US$, and constant {baseYear} US$ at NATO's constant prices and exchange rates. " +
                $"NATO's share of GDP is of GDP at constant prices{(nato.ConstantBaseYear is { } b ? $" ({b})" : "")}, so the current-dollar amount applies a real share to nominal GDP (close, not exact).",
            _ =>
                $"money needed = gap × GDP in current US$ (IMF WEO, World Bank WDI where WEO has none); constant {baseYear} US$ converted by Milbal: to local currency at the year's market rate, " +
                $"repriced with the country's GDP deflator, back at the {baseYear} market rate (each ally's factors in the CSV/JSON column money_factors).",
        });
        string Total(MoneyGap g) => string.Create(inv, $"{g.Total:N0} {g.Unit}");
        var withoutAmount = t.MoneyGapCurrent.AlliesWithoutAmount.Concat(t.MoneyGapConstant.AlliesWithoutAmount).Distinct().ToArray();
        notes.Add($"money gap: the {t.MoneyGapCurrent.Allies} allies below the target would need {Total(t.MoneyGapCurrent)} ({Total(t.MoneyGapConstant)}) more in {t.Year}" +
                  (withoutAmount.Length == 0 ? "." : $"; without an amount (not in the total): {string.Join(", ", withoutAmount)}."));
        notes.Add("per capita = defence spending in current US$ (the source's own) ÷ population (World Bank WDI, IMF WEO where WDI has none).");
        var fair = t.FairShareCoverage;
        notes.Add($"fair_share = the ally's share of the alliance's spending ÷ its share of the alliance's GDP ({fair.Inputs}); below 1 = less than its economic weight. " +
                  $"Covers {fair.WithValues} of {fair.Allies} allies" + (fair.Missing.Count == 0 ? "." : $"; without: {string.Join(", ", fair.Missing)} (shares are of the covered allies' totals)."));
        notes.Add("equipment_share: NATO's major equipment incl. related R&D, % of defence expenditure, from the NATO edition used (or the newest NATO edition that has it; CSV/JSON equipment_source).");
        if (t.Allies.Any(a => a.Measured?.Flags.HasFlag(ObservationFlags.Estimate) == true))
            notes.Add($"flags 'estimate': the publisher's estimate for the year ({t.Source.Id()} {t.Edition}).");
        if (t.Allies.Any(a => a.Measured?.Flags.HasFlag(ObservationFlags.SecondarySource) == true))
            notes.Add($"flags 'secondary': {t.Source.Id()} {t.Edition} was read from a third-party copy, not the publisher's own file; money, per-capita and fair-share inputs come from the newest NATO edition that has them (named in money_method).");
        if (t.Source == BurdenSource.Sipri)
            notes.Add("SIPRI's definition, calendar years and GDP differ from NATO's: its shares are not NATO's (milbal burden --compare ALLY shows both).");
        return notes;
    }
}

/// <summary>
/// NATO's money and equipment values for one year from every NATO edition in the store, so a value the preferred
/// edition lacks (the secondary 2025 file has shares of GDP only) comes from the newest edition that has it, named.
/// </summary>
internal sealed class NatoInputs
{
    private readonly IReadOnlyList<(string Edition, StoredObservation Row)> _rows;
    private readonly string? _preferred;

    private NatoInputs(IReadOnlyList<(string, StoredObservation)> rows, string? preferred)
    {
        _rows = rows;
        _preferred = preferred;
    }

    public HashSet<(string Dataset, string Edition)> Used { get; } = [];

    public static NatoInputs Load(MilbalStore store, IReadOnlyList<CatalogueEntry> catalogue, IReadOnlyList<string> members, int year, string? preferred)
    {
        // Catalogue() lists each dataset's editions newest first; keep that order.
        var editions = catalogue.Where(c => c.Dataset.Id == "nato").Select(c => c.Dataset.Edition).ToArray();
        var rows = editions.SelectMany(e => store.Series(new SeriesQuery(members, [Measures.Gdp.Id, Measures.Milex.Id, Measures.EquipmentShare.Id], "nato", e, year, year))
            .Select(r => (e, r))).ToArray();
        return new NatoInputs(rows, preferred);
    }

    /// <summary>Base year of NATO's constant-price GDP in the preferred edition, else in the newest that has one.</summary>
    public int? ConstantBaseYear =>
        _rows.Where(r => r.Row.Observation.MeasureId == Measures.Gdp.Id && r.Row.Observation.Unit.PriceBasis.IsConstant)
            .OrderBy(r => r.Edition == _preferred ? 0 : 1)
            .Select(r => r.Row.Observation.Unit.PriceBasis.BaseYear).FirstOrDefault();

    public StoredObservation? Pick(string entityId, string measure, Func<Unit, bool> unit)
    {
        var row = _rows.Where(r => r.Row.Observation.EntityId == entityId && r.Row.Observation.MeasureId == measure && unit(r.Row.Observation.Unit))
            .OrderBy(r => r.Edition == _preferred ? 0 : 1)
            .Select(r => r.Row).FirstOrDefault();
        if (row is not null) Used.Add((row.Dataset, row.Edition));
        return row;
    }
}
