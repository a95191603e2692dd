using Milbal.Analysis.Statistics;
namespace Milbal.Analysis.Capacity;

/// <summary>
/// One knot of a ramp: candidate rows giving a rate; per path one row is picked uniformly and sampled, and the knot sits
/// at that row's period end (so rows that disagree on the date, e.g. a slipped target, move the knot too).
/// </summary>
public sealed record RampStage(IReadOnlyList<CapacityRow> Rows);

/// <summary>A monthly flow into (+1) or out of (−1) the stock: rate interpolated linearly between knots, flat before the first and after the last.</summary>
public sealed record StockFlowTerm(string Name, int Sign, IReadOnlyList<RampStage> Stages, double Share = 1.0, string? Note = null);

/// <param name="Target">The stock to reach; null for a projection of the stock alone (no time to target).</param>
public sealed record StockFlowPlan(string Item, DateOnly Start, int Months, double InitialStock, double? Target, IReadOnlyList<StockFlowTerm> Terms,
    IReadOnlyList<string> Notes);

/// <summary>One knot of a term as the data give it: the candidate rows and their annualised range (before the term's share).</summary>
public sealed record TermKnot(IReadOnlyList<CapacityRow> Rows, double AnnualLow, double AnnualHigh);

/// <summary>What a plan's term contributes: its sign, share and knots, for showing the terms used with their sources.</summary>
public sealed record TermSummary(string Name, int Sign, double Share, IReadOnlyList<TermKnot> Knots, string? Note)
{
    public static TermSummary Of(StockFlowTerm term) => new(term.Name, term.Sign, term.Share,
        term.Stages.Select(s => new TermKnot(s.Rows, s.Rows.Min(r => r.Annual!.Value.Low), s.Rows.Max(r => r.Annual!.Value.High))).ToArray(), term.Note);

    public string RangeText => string.Join(" → ", Knots.Select(k => k.AnnualLow == k.AnnualHigh ? $"{k.AnnualLow:N0}" : $"{k.AnnualLow:N0}–{k.AnnualHigh:N0}")) + " a year";
}

/// <summary>The stock's P5/P50/P95 in one month.</summary>
public sealed record StockMonth(DateOnly Month, Range3 Stock);

public sealed record TimeToTarget(
    StockFlowPlan Plan, int Paths, int Seed, IReadOnlyList<StockMonth> Months,
    DateOnly? P5Month, DateOnly? P50Month, DateOnly? P95Month, double ShareReached, IReadOnlyList<CapacityRow> Sources, IReadOnlyList<string> Notes)
{
    public IReadOnlyList<TermSummary> Terms => Plan.Terms.Select(TermSummary.Of).ToArray();
}

/// <summary>Monthly stock + production + imports − consumption − transfers − losses, by Monte Carlo over the rows' ranges.</summary>
public static class StockFlowModel
{
    public static TimeToTarget Run(StockFlowPlan plan, int paths = CapacityAnalysis.DefaultPaths, int seed = CapacityAnalysis.DefaultSeed)
    {
        if (plan.Months is < 1 or > 1200) throw new ArgumentException($"months {plan.Months}: use 1–1200");
        if (paths < 100) throw new ArgumentException($"paths {paths}: use at least 100");
        if (plan.Target <= plan.InitialStock) throw new ArgumentException($"target {plan.Target:N0} is not above the initial stock {plan.InitialStock:N0}");
        foreach (var row in plan.Terms.SelectMany(t => t.Stages).SelectMany(s => s.Rows))
            if (!row.IsRate) throw new ArgumentException($"row {row.Id} is a level (per total), not a rate: a stock-and-flow term needs rates");
        var random = new Random(seed);
        var stocks = new double[plan.Months][];
        for (var m = 0; m < plan.Months; m++) stocks[m] = new double[paths];
        var reached = new int?[paths];
        for (var p = 0; p < paths; p++)
        {
            var ramps = plan.Terms.Select(t => Knots(random, t)).ToArray();
            var stock = plan.InitialStock;
            for (var m = 0; m < plan.Months; m++)
            {
                var month = plan.Start.AddMonths(m);
                for (var t = 0; t < plan.Terms.Count; t++)
                    stock += plan.Terms[t].Sign * plan.Terms[t].Share * MonthlyRate(ramps[t], month);
                stocks[m][p] = stock;
                if (reached[p] is null && plan.Target is { } target && stock >= target) reached[p] = m;
            }
        }
        var months = new List<StockMonth>();
        for (var m = 0; m < plan.Months; m++)
        {
            Array.Sort(stocks[m]);
            months.Add(new StockMonth(plan.Start.AddMonths(m), new Range3(
                Quantiles.Sorted(stocks[m], 0.05), Quantiles.Sorted(stocks[m], 0.5), Quantiles.Sorted(stocks[m], 0.95))));
        }
        // Months to target per path; a path that never reaches it counts as later than the horizon.
        var sorted = reached.Select(r => r ?? int.MaxValue).Order().ToArray();
        DateOnly? At(double pct)
        {
            var index = (int)Math.Ceiling(pct / 100 * paths) - 1;
            var value = sorted[Math.Clamp(index, 0, paths - 1)];
            return value == int.MaxValue ? null : plan.Start.AddMonths(value);
        }
        var sources = plan.Terms.SelectMany(t => t.Stages).SelectMany(s => s.Rows).Distinct().ToArray();
        var notes = new List<string>(plan.Notes)
        {
            $"monthly stock-and-flow: stock(m) = stock(m−1) + Σ sign × share × rate(m); rates interpolated linearly between the plan's knots; {paths} paths, seed {seed}",
            $"distribution: {CapacitySampling.Distribution}",
        };
        if (plan.Target is not null)
            notes.Add("time to target: the month a path's stock first reaches the target; P5 / P50 / P95 over paths (none = not reached within the horizon)");
        return new TimeToTarget(plan, paths, seed, months, At(5), At(50), At(95), reached.Count(r => r is not null) / (double)paths, sources, notes);
    }

    private static (DateOnly Month, double Monthly)[] Knots(Random random, StockFlowTerm term) =>
        term.Stages.Select(stage =>
        {
            var row = stage.Rows[random.Next(stage.Rows.Count)];
            var factor = CapacityRow.AnnualFactor(row.Per) ?? throw new ArgumentException($"row {row.Id} is a level (per total), not a rate");
            var end = row.Period.End;
            return (new DateOnly(end.Year, end.Month, 1), CapacitySampling.Triangular(random, row.Low, row.Central, row.High) * factor / 12);
        }).OrderBy(k => k.Item1).ToArray();

    private static double MonthlyRate((DateOnly Month, double Monthly)[] knots, DateOnly month)
    {
        if (month <= knots[0].Month) return knots[0].Monthly;
        for (var i = 1; i < knots.Length; i++)
            if (month <= knots[i].Month)
            {
                double span = MonthIndex(knots[i].Month) - MonthIndex(knots[i - 1].Month);
                var w = span == 0 ? 1 : (MonthIndex(month) - MonthIndex(knots[i - 1].Month)) / span;
                return knots[i - 1].Monthly + w * (knots[i].Monthly - knots[i - 1].Monthly);
            }
        return knots[^1].Monthly;
    }

    private static int MonthIndex(DateOnly d) => d.Year * 12 + d.Month - 1;

    /// <summary>
    /// Bruegel/Kiel's 1 million 155 mm rounds (90 days of high-intensity combat) under the announced ramp-ups: EU output from
    /// its 2024 capacity rows to its 2025 targets (2m a year by end-2025; Breton's 2.5m), and US 155 mm output from 40,000 a
    /// month (June 2025) to 100,000 a month (Oct 2025, or early 2026 as now expected). Starts the month after Bruegel's
    /// publication; initial stock 0 (not published: the million is what is needed, not what is missing).
    /// </summary>
    /// <remarks>
    /// Transfers: the West's capacity earmarked for Ukraine (CNN, Mar 2024, a European intelligence official: ~1.2 million a
    /// year for the US and Europe together) leaves the stock every month unless <paramref name="transfers"/> is false. No
    /// consumption term: no cited figure gives European peacetime use (training), so none is assumed.
    /// </remarks>
    public static StockFlowPlan BruegelShellsPlan(CapacityDataset data, IReadOnlyCollection<string>? producers = null, double? target = null,
        DateOnly? start = null, int months = 60, double stockShare = 1.0, double initialStock = 0, bool transfers = true)
    {
        if (stockShare is <= 0 or > 1) throw new ArgumentException($"stock share {stockShare}: use a fraction in (0, 1]");
        producers ??= ["EU27", "USA"];
        CapacityRow Row(string id) => data.Rows.FirstOrDefault(r => r.Id == id) ?? throw new ArgumentException($"capacity data lack row {id}");
        var targetRow = Row("bruegel-eu-uk-2025-shells-needed");
        var terms = new List<StockFlowTerm>();
        foreach (var producer in producers)
            terms.Add(producer.ToUpperInvariant() switch
            {
                "EU27" or "EU" => new StockFlowTerm("EU27 production", +1,
                [
                    new RampStage(new[] {"breton-eu-2024-artillery-capacity", "breton-eu-2024-artillery-capacity-end", "breton-eu-2024-artillery-capacity-1-7", "eudefmin-eu-2024-artillery-capacity"}.Select(Row).ToArray()),
                    new RampStage(new[] {"kubilius-eu-2025-artillery-target", "eudefmin-eu-2025-artillery-target", "breton-eu-2025-artillery-target"}.Select(Row).ToArray()),
                ], stockShare, "EU figures are for artillery rounds (mostly 155 mm); they stand in for 155 mm output"),
                "USA" or "US" => new StockFlowTerm("USA 155 mm production", +1,
                [
                    new RampStage([Row("army-usa-2025-155mm-output")]),
                    new RampStage([Row("army-usa-2025-155mm-target-oct"), Row("army-usa-2026-155mm-target-slipped")]),
                ], stockShare),
                var other => throw new ArgumentException($"no ramp plan for producer '{other}': use EU27 and/or USA"),
            });
        if (transfers)
            terms.Add(new StockFlowTerm("transfers to Ukraine", -1, [new RampStage([Row("cnn-2024-west-artillery-capacity")])], 1.0,
                "the US and Europe's capacity for Ukraine (~1.2 million a year, all calibres, for both producers together) kept flat; --transfers off drops it"));
        var notes = new List<string>
        {
            $"target: {target ?? targetRow.Central:N0} rounds{(target is null ? $" ({targetRow.Citation})" : " (user-given)")}",
            "no consumption term: no cited figure for European peacetime (training) use",
            $"initial stock {initialStock:N0}: the current stock is not published; share of output stocked {stockShare:0.##} (the rest goes elsewhere, e.g. to Ukraine)",
            "targets are read as plans that are met on time; the US 100,000-a-month knot is October 2025 or Q1 2026 with equal probability",
        };
        notes.AddRange(terms.Where(t => t.Note is not null).Select(t => $"{t.Name}: {t.Note}"));
        return new StockFlowPlan("artillery_rounds_155mm", start ?? new DateOnly(2025, 3, 1), months, initialStock, target ?? targetRow.Central, terms, notes);
    }

    /// <summary>
    /// Russia's artillery-round stock, change from the start month (the level is not published): production (CNN 3.0m, Estonian
    /// intelligence and Bain 4.5m a year for 2024, one picked per path) + North Korean deliveries (monthly rates derived from the
    /// South Korean cumulative assessments, 152 mm-equivalent) − consumption (daily fire: CNN/NATO ~10,000 early 2024, Kiel
    /// ~10,000 sustainable, Syrskyi 44,500 in Aug 2024, one picked per path). Iran's ≥300,000 of 2023 has no later figure and
    /// is left out; rows stay flat after their last date.
    /// </summary>
    public static StockFlowPlan RussiaArtilleryPlan(CapacityDataset data, DateOnly? start = null, int months = 24, bool imports = true)
    {
        CapacityRow Row(string id) => data.Rows.FirstOrDefault(r => r.Id == id) ?? throw new ArgumentException($"capacity data lack row {id}");
        var terms = new List<StockFlowTerm>
        {
            new("RUS production", +1, [new RampStage(new[] { "cnn-2024-rus-artillery-output", "efis-rus-2024-artillery-output", "bain-rus-2024-artillery-output" }.Select(Row).ToArray())],
                1.0, "2024 output estimates (all calibres, produced or refurbished), held after 2024"),
        };
        if (imports)
            terms.Add(new StockFlowTerm("imports from North Korea", +1,
            [
                new RampStage([Row("derived-prk-rus-shells-2024-03-06")]),
                new RampStage([Row("derived-prk-rus-shells-2024-07-08")]),
                new RampStage([Row("derived-prk-rus-shells-2024-09-2025-07")]),
            ], 1.0, "152 mm-equivalent rounds; rates derived from cumulative lower bounds (container counts), held after Jul 2025"));
        terms.Add(new StockFlowTerm("consumption in Ukraine", -1,
            [new RampStage(new[] { "cnn-rus-2024-early-daily-consumption", "kiel-rus-2024-daily-fire-capacity", "syrskyi-rus-2024-aug-daily-consumption" }.Select(Row).ToArray())],
            1.0, "2024 daily-fire estimates ×365; Syrskyi's 44,500 may cover all munition types"));
        var notes = new List<string>
        {
            "initial stock 0: Russia's stock is not published, so the projection shows the change in stock from the start month",
            "Iran's ≥300,000 rounds (2023, cnn-irn-rus-shells-2023) has no later figure and is left out; no transfers or losses term (no cited figure)",
            "units differ: production and consumption are all calibres, North Korean deliveries 152 mm-equivalent",
        };
        notes.AddRange(terms.Where(t => t.Note is not null).Select(t => $"{t.Name}: {t.Note}"));
        return new StockFlowPlan("artillery_rounds", start ?? new DateOnly(2024, 1, 1), months, 0, null, terms, notes);
    }
}
