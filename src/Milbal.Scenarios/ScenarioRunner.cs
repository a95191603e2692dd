using System.Globalization;
using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Scenarios;

/// <summary>How to run a scenario.</summary>
/// <param name="Paths">Monte Carlo paths; 0 = the deterministic path only.</param>
/// <param name="Basis">Overrides the file's basis.</param>
/// <param name="Baseline">The scenario additional spending is measured against; null = the file's baseline, else status-quo from the library.</param>
/// <param name="MaxThreads">Threads for the Monte Carlo (default: all cores); results do not depend on it.</param>
/// <param name="Cancellation">Stops the Monte Carlo between chunks of paths (a web request's time limit).</param>
public sealed record RunOptions(
    int Paths = 0,
    int Seed = 1,
    MoneyBasis? Basis = null,
    ScenarioFile? Baseline = null,
    ScenarioLibrary? Library = null,
    FactorOptions? Factors = null,
    EntityRegistry? Registry = null,
    IProgress<double>? Progress = null,
    int? MaxThreads = null,
    CancellationToken Cancellation = default);

/// <summary>Runs a scenario against the store: inputs, compiled model, deterministic path, Monte Carlo, statements.</summary>
public static class ScenarioRunner
{
    public const string StatusQuo = "status-quo";

    /// <summary>The compiled model alone (for benchmarks and callers that run their own simulations).</summary>
    public static ProjectionModel Model(MilbalStore store, ScenarioFile scenario, RunOptions? options = null) => Prepare(store, scenario, options ?? new RunOptions()).Model;

    private sealed record Prepared(ProjectionModel Model, EntityRegistry Registry, MoneyBasis Basis, string[] Groups, string[] AggregateIds, int BaseYear,
        IReadOnlyList<string> Universe, string[] Missing, string[] Countries, int[] Years, IReadOnlyDictionary<string, CountryInputs> Inputs,
        StoreFactorProvider Factors, string[] RuleText, List<string> Notes);

    private static Prepared Prepare(MilbalStore store, ScenarioFile scenario, RunOptions options)
    {
        if (options.Paths is < 0 or > MonteCarlo.MaxPaths)
            throw new ScenarioException($"--paths {options.Paths}: use 0 (deterministic only) to {MonteCarlo.MaxPaths:N0}");
        var registry = options.Registry ?? EntityRegistry.Default;
        var basis = options.Basis ?? scenario.Basis;
        if (basis == MoneyBasis.Lcu) throw new ScenarioException("a scenario sums countries: use the US$MER, Int$PPP or hybrid basis, not local currency");

        var groups = scenario.Groups.Concat(scenario.Comparisons.SelectMany(c => new[] { c.A, c.B }).Where(id => registry.TryGetGroup(id, out _)))
            .Distinct().ToArray();
        var sides = scenario.Comparisons.SelectMany(c => new[] { c.A, c.B }).Distinct().ToArray();
        var baseYear = scenario.BaseYear ?? LatestYearWithData(store, Expand(groups.Concat(sides).Concat(scenario.Countries), registry, null));
        if (scenario.Horizon <= baseYear) throw new ScenarioException($"{scenario.SourcePath}: horizon {scenario.Horizon} is not after the base year {baseYear}");
        // The file may leave base_year to the data: check the rules' years against the year actually used.
        foreach (var rule in scenario.Rules)
        {
            IEnumerable<int> ruleYears = rule switch
            {
                RampRule r => [r.ByYear],
                PlanLcuRule p => p.Amounts.Keys,
                PlanShareRule p => p.Shares.Keys,
                _ => Array.Empty<int>(),
            };
            if (ruleYears.FirstOrDefault(y => y <= baseYear) is var early and > 0)
                throw new ScenarioException($"{scenario.SourcePath}, line {rule.Line}: year {early} is not after the base year {baseYear}");
            if (rule is HoldShareRule { Year: { } held } && held > baseYear)
                throw new ScenarioException($"{scenario.SourcePath}, line {rule.Line}: hold_share {held} is after the base year {baseYear}: only a year with data can be held");
        }
        var universe = Expand(groups.Concat(sides).Concat(scenario.Countries).Concat(scenario.Rules.SelectMany(r => r.AppliesTo)), registry, baseYear);
        if (universe.Count == 0) throw new ScenarioException($"{scenario.SourcePath}: no countries: list countries or groups");

        var factors = new StoreFactorProvider(store, options.Factors ?? FactorOptions.Default, registry);
        var inputs = ScenarioInputs.Load(store, universe, baseYear, basis, registry, factors);
        var notes = new List<string>();
        var missing = universe.Where(id => Missing(inputs[id], baseYear) is not null).ToArray();
        foreach (var id in missing) notes.Add($"{id} left out of every total: {Missing(inputs[id], baseYear)}");
        var countries = universe.Except(missing).ToArray();
        var years = Enumerable.Range(baseYear, scenario.Horizon - baseYear + 1).ToArray();

        var aggregateIds = groups.Concat(sides.Where(s => !groups.Contains(s))).ToArray();
        var model = Compile(scenario, scenario.Rules, countries, inputs, aggregateIds, registry, baseYear, years.Length, factors, out var ruleText);
        return new Prepared(model, registry, basis, groups, aggregateIds, baseYear, universe, missing, countries, years, inputs, factors, ruleText, notes);
    }

    public static ScenarioResult Run(MilbalStore store, ScenarioFile scenario, RunOptions? options = null)
    {
        options ??= new RunOptions();
        var (model, registry, basis, groups, aggregateIds, baseYear, universe, missing, countries, years, inputs, factors, ruleText, notes) = Prepare(store, scenario, options);
        var spending = model.Deterministic(out var gdp);
        var totals = model.AggregateTotals(spending);
        var gdpTotals = model.AggregateTotals(gdp);

        // The baseline runs on the same countries, GDP path and basis with its own rules.
        double[]? baseSpending = null;
        string? baselineName = null;
        var baseline = options.Baseline ?? (scenario.Baseline is { } b ? (options.Library ?? ScenarioLibrary.Default()).Load(b, registry)
            : scenario.Name == StatusQuo ? null : (options.Library ?? ScenarioLibrary.Default()).TryLoad(StatusQuo, registry));
        if (baseline is not null)
        {
            baselineName = baseline.Name;
            var baseModel = Compile(scenario, baseline.Rules, countries, inputs, aggregateIds, registry, baseYear, years.Length, factors, out _);
            baseSpending = baseModel.Deterministic(out _);
        }
        var baseTotals = baseSpending is null ? null : model.AggregateTotals(baseSpending);

        MonteCarloResult? mc = null;
        if (options.Paths > 0)
        {
            mc = MonteCarlo.Run(model, options.Paths, options.Seed, options.Progress, options.MaxThreads, options.Cancellation);
            if (mc.CountryPathsKept < mc.Paths)
                notes.Add($"country bands use the first {mc.CountryPathsKept:N0} of {mc.Paths:N0} paths (memory); group bands and probabilities use all");
        }

        var target = scenario.TargetShare / 100;
        var T = years.Length;
        ProjectionRow[] Rows(Func<int, double> spend, Func<int, double> g, Func<int, double>? baseSpend, Func<int, double>? gap, Func<int, Band?> band)
        {
            var rows = new ProjectionRow[T];
            var cumulative = 0.0;
            for (var t = 0; t < T; t++)
            {
                double? additional = baseSpend is null ? null : spend(t) - baseSpend(t);
                if (additional is { } a && t > 0) cumulative += a;
                rows[t] = new ProjectionRow(years[t], spend(t), g(t), g(t) > 0 ? spend(t) / g(t) * 100 : double.NaN, additional,
                    additional is null ? null : cumulative, gap?.Invoke(t), band(t));
            }
            return rows;
        }
        // A country whose base-year spending is published as 0 (Iceland: no armed forces) has no gap: pledges leave it out.
        double CountryGap(int c, int t) => spending[c * T] == 0 ? 0 : Math.Max(0, target!.Value * gdp[c * T + t] - spending[c * T + t]);

        var countryResults = countries.Select((id, c) => new CountryProjection(id, inputs[id].Name, ruleText[c], Rows(
            t => spending[c * T + t], t => gdp[c * T + t],
            baseSpending is null ? null : t => baseSpending[c * T + t],
            target is null ? null : t => CountryGap(c, t),
            t => mc is null ? null : ToBand(mc.CountryBands[c * T + t])))).ToArray();
        var groupResults = groups.Select(id =>
        {
            var a = Array.IndexOf(aggregateIds, id);
            registry.TryGetGroup(id, out var group);
            var members = group.MembersIn(baseYear).Where(universe.Contains).ToArray();
            return new GroupProjection(id, group.Name, members, members.Where(missing.Contains).ToArray(), Rows(
                t => totals[a * T + t], t => gdpTotals[a * T + t],
                baseTotals is null ? null : t => baseTotals[a * T + t],
                target is null ? null : t => Members(model, a, t).Sum(c => CountryGap(c, t)),
                t => mc is null ? null : ToBand(mc.AggregateBands[a * T + t])));
        }).ToArray();

        var unit = new MoneyUnit(basis, baseYear);
        var crossings = new List<CrossingYear>();
        var probabilities = new List<ProbabilityStatement>();
        foreach (var comparison in scenario.Comparisons)
        {
            int ia = Array.IndexOf(aggregateIds, comparison.A), ib = Array.IndexOf(aggregateIds, comparison.B);
            int? crossing = null;
            for (var t = T - 1; t >= 0 && totals[ia * T + t] > totals[ib * T + t]; t--) crossing = years[t];
            crossings.Add(new CrossingYear(comparison.A, comparison.B, unit.ToString(), crossing, totals[ia * T] > totals[ib * T]));
            if (mc is null) continue;
            foreach (var year in comparison.ProbabilityYears.Where(y => y >= baseYear))
            {
                var t = year - baseYear;
                var p = MonteCarloResult.ProbabilityGreater(
                    mc.AggregatePaths.AsSpan((ia * T + t) * mc.Paths, mc.Paths), mc.AggregatePaths.AsSpan((ib * T + t) * mc.Paths, mc.Paths));
                probabilities.Add(new ProbabilityStatement($"P({comparison.A} > {comparison.B} in {year}, {unit})", comparison.A, comparison.B, year, p));
            }
        }

        notes.AddRange(MethodNotes(scenario, inputs, countries, baseYear, basis, mc));
        return new ScenarioResult(scenario, baseYear, unit, years, countryResults, groupResults, crossings, probabilities, baselineName,
            options.Paths, options.Seed, Sources(inputs, countries), notes);
    }

    private static Band ToBand((double P5, double P50, double P95) b) => new(b.P5, b.P50, b.P95);

    private static IEnumerable<int> Members(ProjectionModel model, int a, int t)
    {
        var k = a * model.Years + t;
        for (var m = model.MemberStart[k]; m < model.MemberStart[k + 1]; m++) yield return model.MemberIndex[m];
    }

    private static string? Missing(CountryInputs c, int baseYear) =>
        !c.Milex.Values.ContainsKey(baseYear) ? $"no SIPRI military expenditure in local currency for {baseYear}"
        : !c.Gdp.Values.ContainsKey(baseYear) ? $"no IMF WEO GDP in local currency for {baseYear}"
        : c.BaseConversion is null ? $"no exchange rate or PPP factor for {baseYear}"
        : c.RealGrowth.Values.Count == 0 ? "no IMF WEO real GDP growth"
        : null;

    /// <summary>Countries of the listed ids; groups by their members in <paramref name="year"/> (or ever, before the base year is known).</summary>
    private static IReadOnlyList<string> Expand(IEnumerable<string> ids, EntityRegistry registry, int? year)
    {
        var result = new List<string>();
        foreach (var id in ids)
        {
            if (registry.TryGetGroup(id, out var group)) result.AddRange(year is { } y ? group.MembersIn(y) : group.EverMembers);
            else result.Add(id);
        }
        return result.Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The latest year in which SIPRI has local-currency spending for most of the scenario's countries.</summary>
    private static int LatestYearWithData(MilbalStore store, IReadOnlyList<string> countries)
    {
        var rows = store.Series(new SeriesQuery(countries, [Measures.Milex.Id], "sipri"));
        var byYear = rows.Where(r => r.Observation.Unit.Conversion == Conversion.None).GroupBy(r => r.Observation.Year)
            .Where(g => g.Select(r => r.Observation.EntityId).Distinct().Count() * 2 >= countries.Count).Select(g => g.Key).ToArray();
        return byYear.Length > 0 ? byYear.Max() : throw new ScenarioException("no SIPRI military expenditure in the store for the scenario's countries; give base_year");
    }

    private static ProjectionModel Compile(ScenarioFile scenario, IReadOnlyList<SpendingRule> rules, string[] countries,
        IReadOnlyDictionary<string, CountryInputs> inputs, string[] aggregateIds, EntityRegistry registry, int baseYear, int T,
        IFactorProvider factors, out string[] ruleText)
    {
        var n = countries.Length;
        var gdpBase = new double[n];
        var growth = new double[n * T];
        var share = new double[n * T];
        var level = new double[n * T];
        var rampWeight = new double[n * T];
        var rampSd = new double[n];
        var growthSd = new double[n];
        var driftSd = new double[n];
        var merWeight = new double[n];
        ruleText = new string[n];
        var expanded = rules.Select(r => (Rule: r, Countries: Expand(r.AppliesTo, registry, baseYear).ToHashSet())).ToArray();
        var index = countries.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);

        for (var c = 0; c < n; c++)
        {
            var input = inputs[countries[c]];
            var k = input.ToBasis / 1e9;
            gdpBase[c] = input.Gdp.Values[baseYear] * k;
            growthSd[c] = input.GrowthSd / 100 * scenario.Uncertainty.GdpGrowthSdScale;
            driftSd[c] = input.ConversionDriftSd * scenario.Uncertainty.ConversionDriftSdScale;
            merWeight[c] = input.MarketRateWeight;
            var gdpDet = new double[T];
            gdpDet[0] = gdpBase[c];
            for (var t = 1; t < T; t++)
            {
                growth[c * T + t] = GrowthFor(scenario.Gdp, input, baseYear + t) / 100;
                gdpDet[t] = gdpDet[t - 1] * (1 + growth[c * T + t]);
            }
            var s0 = input.ShareOfGdp(baseYear)!.Value;
            var spend0 = s0 * gdpBase[c];
            share[c * T] = s0;

            var rule = expanded.LastOrDefault(r => r.Rule is not AddAmountRule && r.Countries.Contains(countries[c])).Rule;
            if (s0 == 0 && rule is RampRule or PlanShareRule)
            {
                // A published zero (Iceland: no armed forces) is a fact, not a gap to close: publishers and pledges leave it out.
                ruleText[c] = "no military expenditure in the base year (published as 0): held at 0";
                continue;
            }
            switch (rule)
            {
                case null or HoldShareRule:
                {
                    var year = (rule as HoldShareRule)?.Year ?? baseYear;
                    var held = input.ShareOfGdp(year) ?? throw new ScenarioException(
                        $"{scenario.SourcePath}, line {rule!.Line}: hold_share {year}: no SIPRI spending and WEO GDP for {countries[c]} in {year}");
                    for (var t = 1; t < T; t++) share[c * T + t] = held;
                    ruleText[c] = $"hold share of GDP of {year} ({held * 100:0.00}%)";
                    break;
                }
                case RampRule ramp:
                {
                    var s1 = ramp.ToShare / 100;
                    if (s0 >= s1)
                    {
                        // A ramp never cuts: an ally already above the target holds its share.
                        for (var t = 1; t < T; t++) share[c * T + t] = s0;
                        ruleText[c] = $"already above {ramp.ToShare}%: hold {s0 * 100:0.00}%";
                        break;
                    }
                    rampSd[c] = ramp.TargetSd / 100;
                    for (var t = 1; t < T; t++)
                    {
                        var f = Math.Min(1.0, (double)t / (ramp.ByYear - baseYear));
                        var w = ramp.Shape == RampShape.Linear ? f : 1 - (1 - f) * (1 - f);
                        share[c * T + t] = s0 + (s1 - s0) * w;
                        rampWeight[c * T + t] = w;
                    }
                    ruleText[c] = $"{(ramp.Shape == RampShape.Linear ? "linear" : "front-loaded")} ramp {s0 * 100:0.00}% → {ramp.ToShare}% by {ramp.ByYear}"
                        + (ramp.TargetSd > 0 ? $" (± {ramp.TargetSd} pp)" : "");
                    break;
                }
                case RealGrowthRule g:
                    for (var t = 1; t < T; t++) level[c * T + t] = spend0 * Math.Pow(1 + g.RatePercent / 100, t);
                    ruleText[c] = $"real growth {g.RatePercent}% a year";
                    break;
                case PlanShareRule plan:
                {
                    var points = new SortedDictionary<int, double>(plan.Shares.ToDictionary(kv => kv.Key, kv => kv.Value / 100)) { [baseYear] = s0 };
                    for (var t = 1; t < T; t++) share[c * T + t] = Interpolate(points, baseYear + t);
                    ruleText[c] = "planned shares " + string.Join(", ", plan.Shares.Select(kv => $"{kv.Key}: {kv.Value}%"));
                    break;
                }
                case PlanLcuRule plan:
                {
                    if (!input.Deflator.Values.TryGetValue(baseYear, out var d0))
                        throw new ScenarioException($"{scenario.SourcePath}, line {plan.Line}: plan_lcu for {countries[c]}: no IMF WEO GDP deflator for {baseYear}");
                    var points = new SortedDictionary<int, double> { [baseYear] = spend0 };
                    foreach (var (year, amount) in plan.Amounts)
                    {
                        if (!input.Deflator.Values.TryGetValue(year, out var d))
                            throw new ScenarioException($"{scenario.SourcePath}, line {plan.Line}: plan_lcu for {countries[c]}: no IMF WEO GDP deflator for {year} ({input.Deflator.Source}) to deflate the plan");
                        points[year] = amount * (plan.BaseAmount is { } b ? input.Milex.Values[baseYear] / b : 1) * d0 / d * k;
                    }
                    var last = plan.Amounts.Keys.Max();
                    var tLast = Math.Min(last - baseYear, T - 1);
                    for (var t = 1; t <= tLast; t++) level[c * T + t] = Interpolate(points, baseYear + t);
                    for (var t = tLast + 1; t < T; t++)
                    {
                        if (plan.Then.HoldShare) share[c * T + t] = level[c * T + tLast] / gdpDet[tLast];
                        else level[c * T + t] = level[c * T + tLast] * Math.Pow(1 + plan.Then.RealGrowthPercent / 100, t - tLast);
                    }
                    ruleText[c] = "plan in " + (registry.TryResolve(countries[c], out var e) ? e.Currency : "LCU") + ": "
                        + string.Join(", ", plan.Amounts.Select(kv => $"{kv.Key}: {kv.Value.ToString("G4", CultureInfo.InvariantCulture)}"))
                        + (plan.BaseAmount is { } ba ? $" (× SIPRI {baseYear} ÷ plan's {ba.ToString("G4", CultureInfo.InvariantCulture)})" : "")
                        + (plan.Then.HoldShare ? ", then hold share" : $", then real growth {plan.Then.RealGrowthPercent}%");
                    break;
                }
            }
        }

        // Added amounts (Bruegel/Kiel-style) on top of each country's rule, spread by base-year GDP at market rates.
        foreach (var (rule, targets) in expanded.Where(r => r.Rule is AddAmountRule).Select(r => ((AddAmountRule)r.Rule, r.Countries)))
        {
            var members = targets.Where(index.ContainsKey).ToArray();
            var eurPerUsd = rule.Currency == "EUR" ? factors.ExchangeRate("DEU", baseYear).Value : 1;
            var usd = rule.Amount / eurPerUsd;
            var weights = members.ToDictionary(id => id, id => inputs[id].Gdp.Values[baseYear] / inputs[id].FxRate);
            var total = weights.Values.Sum();
            foreach (var id in members)
            {
                var c = index[id];
                var inBasis = usd * weights[id] / total * inputs[id].FxRate * inputs[id].ToBasis / 1e9;
                for (var t = Math.Max(1, rule.FromYear - baseYear); t < T; t++) level[c * T + t] += inBasis;
                ruleText[c] += $" + {rule.Currency} {rule.Amount / 1e9:0.#}bn a year spread by GDP ({weights[id] / total * 100:0.0}%)";
            }
        }

        var memberIndex = new List<int>();
        var memberStart = new int[aggregateIds.Length * T + 1];
        for (var a = 0; a < aggregateIds.Length; a++)
        {
            registry.TryGetGroup(aggregateIds[a], out var group);
            for (var t = 0; t < T; t++)
            {
                memberStart[a * T + t] = memberIndex.Count;
                var ids = group is null ? [aggregateIds[a]] : group.MembersIn(baseYear + t);
                memberIndex.AddRange(ids.Where(index.ContainsKey).Select(id => index[id]));
            }
        }
        memberStart[^1] = memberIndex.Count;
        return new ProjectionModel
        {
            BaseYear = baseYear, Years = T, CountryIds = countries, GdpBase = gdpBase, Growth = growth, Share = share, Level = level,
            RampWeight = rampWeight, RampSd = rampSd, GrowthSd = growthSd, DriftSd = driftSd, MarketRateWeight = merWeight,
            MemberIndex = memberIndex.ToArray(), MemberStart = memberStart, AggregateIds = aggregateIds,
        };
    }

    /// <summary>Real growth in a year: the user's override, else IMF WEO (actual or projected), else the long-run assumption.</summary>
    public static double GrowthFor(GdpPath path, CountryInputs input, int year)
    {
        if (path.Overrides.TryGetValue(input.Id, out var o) && o.TryGetValue(year, out var over)) return over;
        if (input.RealGrowth.Values.TryGetValue(year, out var weo)) return weo;
        if (path.LongRunGrowth.TryGetValue(input.Id, out var own)) return own;
        if (path.DefaultLongRunGrowth is { } d) return d;
        return input.RealGrowth.Values[input.RealGrowth.Values.Keys.Max()];
    }

    private static double Interpolate(SortedDictionary<int, double> points, int year)
    {
        var before = points.Keys.Where(y => y <= year).Max();
        var after = points.Keys.Where(y => y >= year).DefaultIfEmpty(int.MaxValue).Min();
        if (after == int.MaxValue || after == before) return points[before];
        return points[before] + (points[after] - points[before]) * (year - before) / (after - before);
    }

    private static IReadOnlyList<string> Sources(IReadOnlyDictionary<string, CountryInputs> inputs, IReadOnlyList<string> countries)
    {
        var used = countries.Select(id => inputs[id]).ToArray();
        var lines = new List<string>();
        foreach (var (what, pick) in new (string, Func<CountryInputs, SourcedSeries>)[]
                 {
                     ("military expenditure, current local currency (base year and held years)", c => c.Milex),
                     ("GDP, current local currency", c => c.Gdp),
                     ("real GDP growth (NGDP_RPCH), actual and projected", c => c.RealGrowth),
                     ("GDP deflator (NGDP_D), for plans in local currency", c => c.Deflator),
                 })
            lines.Add($"{string.Join(", ", used.Select(pick).Where(s => s.Dataset.Length > 0).Select(s => s.Source).Distinct().Order())}: {what}");
        var factorSources = used.SelectMany(c => c.BaseConversion!.Factors).GroupBy(f => (f.Name, f.Source)).Select(g => $"{g.Key.Source}: {g.Key.Name} ({g.Count()} countries)");
        lines.Add("base-year conversion factors: " + string.Join("; ", factorSources.Order()));
        return lines;
    }

    private static IEnumerable<string> MethodNotes(ScenarioFile scenario, IReadOnlyDictionary<string, CountryInputs> inputs, IReadOnlyList<string> countries,
        int baseYear, MoneyBasis basis, MonteCarloResult? mc)
    {
        yield return $"Spending = share of GDP × GDP. Base year {baseYear}: share = SIPRI military expenditure ÷ IMF WEO GDP, both in current local currency; "
            + $"GDP grows with WEO real growth to its last projection year, then "
            + (scenario.Gdp.DefaultLongRunGrowth is { } d ? $"{d}% a year" : "each country's last WEO projected rate")
            + (scenario.Gdp.LongRunGrowth.Count > 0 ? " (own rates for " + string.Join(", ", scenario.Gdp.LongRunGrowth.Keys) + ")" : "")
            + (scenario.Gdp.Overrides.Count > 0 ? "; user overrides for " + string.Join(", ", scenario.Gdp.Overrides.Keys) : "") + ".";
        yield return $"Basis {new MoneyUnit(basis, baseYear)}: each country's base-year local currency converted at its {baseYear} "
            + (basis == MoneyBasis.UsdMer ? "market rate" : basis == MoneyBasis.IntPpp ? "GDP PPP factor" : "hybrid rate (equipment share at the market rate, the rest at GDP PPP)")
            + "; GDP and spending use the same conversion, so shares of GDP are unchanged by it.";
        if (mc is not null)
        {
            yield return $"Monte Carlo: {mc.Paths:N0} paths. Real growth each year ~ Normal(path mean, sd of the country's annual WEO real growth {ScenarioInputs.HistoryFrom}–{baseYear}, "
                + $"× {scenario.Uncertainty.GdpGrowthSdScale}); market-rate part of the basis × exp(random walk) with sd of the annual log change of PPP factor ÷ exchange rate, "
                + $"{ScenarioInputs.HistoryFrom}–{baseYear} (× {scenario.Uncertainty.ConversionDriftSdScale}); ramp targets ± their target_sd. Bands are P5 / P50 / P95 of spending.";
            yield return "Growth sd (pp): " + string.Join(", ", countries.Select(id => $"{id} {inputs[id].GrowthSd:0.0}"));
        }
    }
}
