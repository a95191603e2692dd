using Milbal.Analysis.Statistics;
namespace Milbal.Analysis.Capacity;

/// <summary>
/// One knot of a ramp: candidate rows giving a rate; per path one row is picked uniformly and sampled, and the knot sits
/// at that row's period end (so rows that disagree on the date, e.g. a slipped target, move the knot too).
/// </summary>
public sealed record RampStage(IReadOnlyList<CapacityRow> Rows);

/// <summary>A monthly flow into (+1) or out of (−1) the stock: rate interpolated linearly between knots, flat before the first and after the last.</summary>
public sealed record StockFlowTerm(string Name, int Sign, IReadOnlyList<RampStage> Stages, double Share = 1.0, string? Note = null);

public sealed record StockFlowPlan(string Item, DateOnly Start, int Months, double InitialStock, double Target, IReadOnlyList<StockFlowTerm> Terms,
    IReadOnlyList<string> Notes);

/// <summary>The stock's P5/P50/P95 in one month.</summary>
public sealed record StockMonth(DateOnly Month, Range3 Stock);

public sealed record TimeToTarget(
    StockFlowPlan Plan, int Paths, int Seed, IReadOnlyList<StockMonth> Months,
    DateOnly? P5Month, DateOnly? P50Month, DateOnly? P95Month, double ShareReached, IReadOnlyList<CapacityRow> Sources, IReadOnlyList<string> Notes);

/// <summary>Monthly stock + production + imports − consumption − transfers − losses, by Monte Carlo over the rows' ranges.</summary>
public static class StockFlowModel
{
    public static TimeToTarget Run(StockFlowPlan plan, int paths = CapacityAnalysis.DefaultPaths, int seed = CapacityAnalysis.DefaultSeed)
    {
        if (plan.Months is < 1 or > 1200) throw new ArgumentException($"months {plan.Months}: use 1–1200");
        if (paths < 100) throw new ArgumentException($"paths {paths}: use at least 100");
        if (plan.Target <= plan.InitialStock) throw new ArgumentException($"target {plan.Target:N0} is not above the initial stock {plan.InitialStock:N0}");
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
                if (reached[p] is null && stock >= plan.Target) reached[p] = m;
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
            "time to target: the month a path's stock first reaches the target; P5 / P50 / P95 over paths (none = not reached within the horizon)",
        };
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
    public static StockFlowPlan BruegelShellsPlan(CapacityDataset data, IReadOnlyCollection<string>? producers = null, double? target = null,
        DateOnly? start = null, int months = 60, double stockShare = 1.0, double initialStock = 0)
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
        var notes = new List<string>
        {
            $"target: {target ?? targetRow.Central:N0} rounds{(target is null ? $" ({targetRow.Citation})" : " (user-given)")}",
            $"initial stock {initialStock:N0}: the current stock is not published; share of output stocked {stockShare:0.##} (the rest goes elsewhere, e.g. to Ukraine)",
            "targets are read as plans that are met on time; the US 100,000-a-month knot is October 2025 or Q1 2026 with equal probability",
        };
        notes.AddRange(terms.Where(t => t.Note is not null).Select(t => $"{t.Name}: {t.Note}"));
        return new StockFlowPlan("artillery_rounds_155mm", start ?? new DateOnly(2025, 3, 1), months, initialStock, target ?? targetRow.Central, terms, notes);
    }
}
