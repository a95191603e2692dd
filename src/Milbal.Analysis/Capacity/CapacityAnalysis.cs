using Milbal.Analysis.Statistics;
namespace Milbal.Analysis.Capacity;

/// <summary>The rows standing in for one producer in a year, and how they were chosen.</summary>
public sealed record ProducerYear(string Requested, IReadOnlyList<string> Producers, int Year, IReadOnlyList<CapacityRow> Rows, IReadOnlyList<string> Notes)
{
    /// <summary>Mean of the rows' central annual rates (the "central rows" estimate).</summary>
    public double CentralAnnual => Rows.Average(r => r.Annual!.Value.Central);
}

/// <summary>Verdict on a "ratio ≥ threshold" claim against the interval.</summary>
public enum ClaimVerdict { Consistent, MethodDependent, NotSupported }

/// <summary>A's annual output over B's, by Monte Carlo; months of A's output equal to one year of B's = 12 / ratio.</summary>
public sealed record CapacityRatio(
    string Item, int Year, ProducerYear A, ProducerYear B, int Paths, int Seed,
    Range3 Ratio, Range3 MonthsOfAForOneYearOfB, double CentralRowsRatio, double Threshold, double ProbabilityAtLeastThreshold,
    ClaimVerdict Verdict, string VerdictText, IReadOnlyList<string> Notes)
{
    public IEnumerable<CapacityRow> Sources => A.Rows.Concat(B.Rows);
}

public sealed class CapacityAnalysis(CapacityDataset data)
{
    public const int DefaultPaths = 20_000;
    public const int DefaultSeed = 20250213;

    /// <summary>The seed article: "Russia produces in three months what NATO's European members produce in a year" = ratio ≥ 4.</summary>
    public const double ThreeMonthsClaimThreshold = 4;

    public CapacityDataset Data { get; } = data;

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RUSSIA"] = "RUS", ["UNITED_STATES"] = "USA", ["US"] = "USA", ["EU"] = "EU27", ["EUROPEAN_UNION"] = "EU27",
        ["NATO_EUROPE"] = "NATO_EUROPE", ["NORTH_KOREA"] = "PRK", ["IRAN"] = "IRN", ["UKRAINE"] = "UKR", ["GERMANY"] = "DEU",
    };

    /// <summary>"NATO Europe" → the rows that stand in for it: NATO_EUROPE rows if any, else the EU27's (labelled).</summary>
    public IReadOnlyList<string> ResolveProducer(string text, out string? standIn)
    {
        standIn = null;
        var key = text.Trim().Replace(' ', '_').Replace('-', '_').ToUpperInvariant();
        var id = Aliases.GetValueOrDefault(key, key);
        if (id == "NATO_EUROPE")
        {
            standIn = "the data hold EU capacity figures (European Commission, EU defence ministers), not NATO-Europe output: EU27 rows stand in for NATO's European members (they leave out the UK, Norway and Türkiye and include non-NATO EU members)";
            return ["NATO_EUROPE", "EU27"];
        }
        if (!Data.Producers.Contains(id))
            throw new ArgumentException($"unknown producer '{text}': the capacity data have {string.Join(", ", Data.Producers)} (and 'NATO Europe', answered with EU27 rows)");
        return [id];
    }

    public string ResolveItem(string text)
    {
        var item = CapacityDataset.NormaliseItem(text);
        if (!Data.Items.Contains(item)) throw new ArgumentException($"unknown item '{text}': the capacity data have {string.Join(", ", Data.Items)}");
        return item;
    }

    /// <summary>
    /// The production rows (output or capacity, rates only) for a producer-year. A year without such rows is answered with
    /// the latest earlier year's rows carried forward plus that year's targets, and the notes say so.
    /// </summary>
    public ProducerYear Production(string item, string producer, int year)
    {
        item = ResolveItem(item);
        var producers = ResolveProducer(producer, out var standIn);
        var notes = new List<string>();
        var id = producers.FirstOrDefault(p => Data.Rows.Any(r => r.Producer == p && r.Item == item)) 
                 ?? throw new ArgumentException($"no {item} rows for {producer} in the capacity data");
        if (standIn is not null && id != producers[0]) notes.Add(standIn);
        var mine = Data.Rows.Where(r => r.Producer == id && r.Item == item && r.IsRate).ToArray();
        bool IsProduction(CapacityRow r) => r.Kind is CapacityKind.Output or CapacityKind.Capacity;
        var rows = mine.Where(r => IsProduction(r) && r.Period.Covers(year)).ToArray();
        if (rows.Length == 0)
        {
            var earlier = mine.Where(r => IsProduction(r) && r.Period.End.Year < year).Select(r => r.Period.End.Year).DefaultIfEmpty().Max();
            var carried = earlier == 0 ? [] : mine.Where(r => IsProduction(r) && r.Period.Covers(earlier)).ToArray();
            var targets = mine.Where(r => r.Kind == CapacityKind.Target && r.Period.Covers(year)).ToArray();
            rows = [.. carried, .. targets];
            if (rows.Length == 0) throw new ArgumentException($"no {item} output, capacity or target rows for {id} in or before {year}");
            if (carried.Length > 0) notes.Add($"{id} {year}: no output or capacity rows for {year}; {earlier}'s rows carried forward ({string.Join(", ", carried.Select(r => r.Id))})");
            if (targets.Length > 0) notes.Add($"{id} {year}: {year} targets included as the upper reading ({string.Join(", ", targets.Select(r => r.Id))}); a target is not output");
        }
        return new ProducerYear(producer, [id], year, rows, notes);
    }

    public CapacityRatio Ratio(string item, string producerA, string producerB, int year, int paths = DefaultPaths, int seed = DefaultSeed,
        double threshold = ThreeMonthsClaimThreshold)
    {
        if (paths < 100) throw new ArgumentException($"--paths {paths}: use at least 100");
        var a = Production(item, producerA, year);
        var b = Production(item, producerB, year);
        var random = new Random(seed);
        var ratios = new double[paths];
        for (var i = 0; i < paths; i++) ratios[i] = CapacitySampling.AnnualDraw(random, a.Rows) / CapacitySampling.AnnualDraw(random, b.Rows);
        var atLeast = ratios.Count(r => r >= threshold) / (double)paths;
        Array.Sort(ratios);
        var ratio = new Range3(Quantiles.Sorted(ratios, 0.05), Quantiles.Sorted(ratios, 0.5), Quantiles.Sorted(ratios, 0.95));
        var months = new Range3(12 / ratio.High, 12 / ratio.Central, 12 / ratio.Low);
        // Does any single pairing of sources (central values) reach the threshold? Then the answer depends on which source one believes.
        var anyPairReaches = a.Rows.Any(ra => b.Rows.Any(rb => ra.Annual!.Value.Central / rb.Annual!.Value.Central >= threshold));
        var verdict = atLeast >= 0.5 ? ClaimVerdict.Consistent
            : atLeast < 0.05 && !anyPairReaches ? ClaimVerdict.NotSupported
            : ClaimVerdict.MethodDependent;
        var verdictText = verdict switch
        {
            ClaimVerdict.Consistent => $"consistent: P(ratio ≥ {threshold:0.#}) = {atLeast:0.00} ≥ 0.5",
            ClaimVerdict.NotSupported => $"not supported: P(ratio ≥ {threshold:0.#}) = {atLeast:0.00} < 0.05 and no pairing of sources reaches {threshold:0.#}",
            _ => $"method-dependent: P(ratio ≥ {threshold:0.#}) = {atLeast:0.00}; it holds only for some pairings of sources",
        };
        var notes = new List<string>(a.Notes.Concat(b.Notes))
        {
            $"distribution: {CapacitySampling.Distribution}; {paths} paths, seed {seed}; low / central / high = P5 / P50 / P95",
            $"central rows: mean of {a.Producers[0]}'s central annual rates / mean of {b.Producers[0]}'s = {a.CentralAnnual:N0} / {b.CentralAnnual:N0} = {a.CentralAnnual / b.CentralAnnual:0.00}",
            $"verdict rule: consistent if P ≥ 0.5; not supported if P < 0.05 and no pairing of the sources' central values reaches the threshold; else method-dependent",
        };
        return new CapacityRatio(CapacityDataset.NormaliseItem(item), year, a, b, paths, seed, ratio, months, a.CentralAnnual / b.CentralAnnual,
            threshold, atLeast, verdict, verdictText, notes);
    }
}
