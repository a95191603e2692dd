using System.Diagnostics;
using Milbal.Analysis.Capacity;
using Milbal.Claims;
using Milbal.Data.Snapshot;
using Milbal.Data.Store;

namespace Milbal.Bench;

/// <summary>
/// Claim checker: a ~1,000-word article (the labelled set's development articles, concatenated and cut at 1,000
/// words) checked once the store is open, five times in one process (target < 1 s per check).
/// </summary>
public static class CheckBenchmark
{
    public static int Run(string root)
    {
        var folder = Path.Combine(root, "data", "claims-eval", "articles");
        var words = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => Claims.Text.ArticleText.Parse(File.ReadAllText(f)).Body)
            .SelectMany(b => b.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Take(1000).ToArray();
        var article = "date: 2025-02-13\n\n" + string.Join(' ', words);
        var open = Stopwatch.StartNew();
        using var store = MilbalStore.OpenInMemory();
        BundleLoader.Load(store, Path.Combine(root, "data", "bundle"));
        open.Stop();
        Console.WriteLine($"store opened from the bundle in {open.Elapsed.TotalSeconds:F2} s; article: {words.Length} words, {article.Length:N0} characters");
        var capacity = CapacityDataset.Load(Path.Combine(root, "data", "capacity", "capacity.csv"));
        var unitCosts = UnitCostDataset.Load(Path.Combine(root, "data", "capacity", "unit-costs.csv"));
        // Cold: a new checker per article (what one `milbal check` run does): its factor caches start empty.
        for (var i = 1; i <= 4; i++)
        {
            // The checker's construction counts: it reads the conversion factors it will need.
            var watch = Stopwatch.StartNew();
            var checker = new ClaimChecker(store, capacity, unitCosts: unitCosts);
            var built = watch.Elapsed;
            var report = checker.Check(article);
            watch.Stop();
            Console.WriteLine($"  cold run {i}{(i == 1 ? " (includes JIT)" : "")}: {report.Results.Count} claims checked in {watch.Elapsed.TotalSeconds:F3} s, of which the checker's construction {built.TotalSeconds:F3} s (target < 1 s)");
        }
        // Warm: one checker kept for the store (the web API's case): later articles reuse the factors already read.
        var kept = new ClaimChecker(store, capacity, unitCosts: unitCosts);
        kept.Check(article);
        for (var i = 1; i <= 3; i++)
        {
            var watch = Stopwatch.StartNew();
            var report = kept.Check(article);
            watch.Stop();
            Console.WriteLine($"  warm run {i}: {report.Results.Count} claims checked in {watch.Elapsed.TotalSeconds:F3} s (target < 1 s)");
        }
        return 0;
    }
}
