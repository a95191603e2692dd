using System.Diagnostics;
using Milbal.Data.Snapshot;
using Milbal.Data.Store;
using Milbal.Scenarios;

namespace Milbal.Bench;

/// <summary>
/// Times the scenario Monte Carlo: 10,000 paths × NATO members + Russia (33 countries) × 2025–2035 on the bundled data
/// (target: under 1 s on two cores, under 1 GiB). The kernel is timed alone and inside a full run (store reads included).
/// </summary>
internal static class ScenarioBenchmark
{
    public const int Paths = 10_000;
    public const double TargetSeconds = 1.0;

    private const string Yaml = """
        name: bench
        description: hague-2035 rules on NATO + Russia
        base_year: 2024
        horizon: 2035
        basis: constant hybrid
        groups: [NATO]
        countries: [RUS]
        rules:
          - apply_to: NATO
            ramp: {to_share: 3.5, by_year: 2035, target_sd: 0.3}
          - apply_to: ESP
            ramp: {to_share: 2.1, by_year: 2035}
        compare:
          - {a: NATO, b: RUS, probability_years: [2030, 2035]}
        """;

    public static int Run(string repositoryRoot)
    {
        using var store = MilbalStore.OpenInMemory();
        BundleLoader.Load(store, Path.Combine(repositoryRoot, "data", "bundle"));
        var scenario = ScenarioReader.Read(Yaml, "bench.yaml");
        var library = new ScenarioLibrary(Path.Combine(repositoryRoot, "data", "scenarios"));
        var model = ScenarioRunner.Model(store, scenario);
        Console.WriteLine($"model: {model.Countries} countries × {model.Years - 1} projected years ({model.BaseYear + 1}–{model.BaseYear + model.Years - 1}), {model.Aggregates} aggregates; {Environment.ProcessorCount} cores");
        var worst = 0.0;
        foreach (var pass in new[] { "first pass (includes JIT)", "second pass", "third pass" })
        {
            GC.Collect();
            var before = GC.GetTotalMemory(true);
            var allocated = GC.GetTotalAllocatedBytes(true);
            var clock = Stopwatch.StartNew();
            var result = MonteCarlo.Run(model, Paths, seed: 1);
            clock.Stop();
            var held = GC.GetTotalMemory(false) - before;
            var alloc = GC.GetTotalAllocatedBytes(true) - allocated;
            GC.KeepAlive(result);
            if (pass != "first pass (includes JIT)") worst = Math.Max(worst, clock.Elapsed.TotalSeconds);
            Console.WriteLine($"  kernel, {pass}: {clock.Elapsed.TotalSeconds:F3} s, {Paths / clock.Elapsed.TotalSeconds:N0} paths/s; allocated {alloc / 1048576.0:F1} MiB, held {held / 1048576.0:F1} MiB");
        }
        var full = Stopwatch.StartNew();
        var run = ScenarioRunner.Run(store, scenario, new RunOptions(Paths, 1, Library: library));
        full.Stop();
        Console.WriteLine($"  full run (store reads, baseline, {Paths:N0} paths, bands, probabilities): {full.Elapsed.TotalSeconds:F3} s");
        foreach (var p in run.Probabilities) Console.WriteLine($"    {p.Statement} = {p.Value:0.000}");
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"peak working set {peak / 1048576.0:F0} MiB (whole process, including the in-memory store of the bundle)");
        Console.WriteLine($"kernel: slowest steady pass {worst:F3} s (target < {TargetSeconds:F0} s): {(worst < TargetSeconds ? "ok" : "TOO SLOW")}; memory {(peak < 1L << 30 ? "ok" : "OVER 1 GiB")}");
        return worst < TargetSeconds && peak < 1L << 30 ? 0 : 1;
    }
}
