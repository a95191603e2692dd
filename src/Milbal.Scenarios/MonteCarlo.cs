using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Milbal.Analysis.Statistics;

namespace Milbal.Scenarios;

/// <summary>
/// A small counter-based generator: each path gets its own SplitMix64 stream keyed by (run seed, path index), so a
/// path's draws do not depend on which thread runs it or in what order. A struct: no allocation per path.
/// </summary>
public struct PathRandom
{
    private ulong _state;
    private double _spare;
    private bool _hasSpare;

    public PathRandom(ulong runKey, long path)
    {
        _state = Mix(runKey ^ Mix((ulong)path + 0x9E3779B97F4A7C15UL));
        _spare = 0;
        _hasSpare = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextUniform()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return ((Mix(_state) >> 11) + 0.5) * (1.0 / (1UL << 53));
    }

    /// <summary>Standard normal by Box–Muller; the second value of each pair is kept for the next call.</summary>
    public double NextNormal()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }
        var r = Math.Sqrt(-2 * Math.Log(NextUniform()));
        var (sin, cos) = Math.SinCos(2 * Math.PI * NextUniform());
        _spare = r * sin;
        _hasSpare = true;
        return r * cos;
    }
}

/// <summary>Quantiles of every (country or aggregate, year) over the simulated paths.</summary>
/// <param name="CountryBands">[c * Years + t] → (P5, P50, P95), or null when the run kept no per-country paths.</param>
/// <param name="AggregatePaths">[(a * Years + t) * Paths + p]: kept for probability statements.</param>
public sealed record MonteCarloResult(int Paths, int CountryPathsKept, (double P5, double P50, double P95)[] CountryBands,
    (double P5, double P50, double P95)[] AggregateBands, float[] AggregatePaths, float[] CountryPaths)
{
    /// <summary>Share of paths in which x[p] &gt; y[p].</summary>
    public static double ProbabilityGreater(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        var count = 0;
        for (var p = 0; p < x.Length; p++) if (x[p] > y[p]) count++;
        return x.Length == 0 ? double.NaN : (double)count / x.Length;
    }
}

/// <summary>The parallel Monte Carlo kernel over a <see cref="ProjectionModel"/>.</summary>
public static class MonteCarlo
{
    public const int MaxPaths = 1_000_000;

    /// <summary>Per-country paths are kept up to this many floats (256 MiB); beyond it country bands use the first paths only.</summary>
    public const long CountryPathBudget = 64L * 1024 * 1024;

    public static MonteCarloResult Run(ProjectionModel model, int paths, int seed, IProgress<double>? progress = null, int? maxThreads = null,
        CancellationToken cancellation = default)
    {
        if (paths is < 1 or > MaxPaths) throw new ScenarioException($"--paths {paths}: use 1 to {MaxPaths:N0} paths (0 = deterministic only)");
        var years = model.Years;
        var cells = model.Countries * years;
        var keptPaths = (int)Math.Min(paths, CountryPathBudget / Math.Max(1, cells));
        var countryPaths = new float[(long)cells * keptPaths];
        var aggregatePaths = new float[(long)model.Aggregates * years * paths];
        // System.Random with the seed gives the run key; the paths' streams derive from it.
        var runKey = (ulong)new Random(seed).NextInt64() ^ ((ulong)(uint)seed << 32);
        var chunk = Math.Max(256, paths / (Environment.ProcessorCount * 8));
        long done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads ?? Environment.ProcessorCount, CancellationToken = cancellation };
        Parallel.ForEach(Partitioner.Create(0, paths, chunk), options, () => new double[cells], (range, _, scratch) =>
        {
            for (var p = range.Item1; p < range.Item2; p++)
            {
                SimulatePath(model, new PathRandom(runKey, p), scratch);
                for (var a = 0; a < model.Aggregates; a++)
                    for (var t = 0; t < years; t++)
                    {
                        var k = a * years + t;
                        var sum = 0.0;
                        for (var m = model.MemberStart[k]; m < model.MemberStart[k + 1]; m++) sum += scratch[model.MemberIndex[m] * years + t];
                        aggregatePaths[(long)k * paths + p] = (float)sum;
                    }
                if (p < keptPaths)
                    for (var i = 0; i < cells; i++) countryPaths[(long)i * keptPaths + p] = (float)scratch[i];
            }
            if (progress is not null) progress.Report((double)Interlocked.Add(ref done, range.Item2 - range.Item1) / paths);
            return scratch;
        }, _ => { });

        var countryBands = new (double, double, double)[cells];
        Parallel.For(0, cells, options, i => countryBands[i] = Bands(countryPaths.AsSpan().Slice((int)((long)i * keptPaths), keptPaths)));
        var aggregateBands = new (double, double, double)[model.Aggregates * years];
        // Quantile selection reorders a slice; probabilities need paths in order, so select on a copy.
        Parallel.For(0, aggregateBands.Length, options, () => new float[paths], (k, _, copy) =>
        {
            aggregatePaths.AsSpan((int)((long)k * paths), paths).CopyTo(copy);
            aggregateBands[k] = Bands(copy);
            return copy;
        }, _ => { });
        return new MonteCarloResult(paths, keptPaths, countryBands, aggregateBands, aggregatePaths, countryPaths);
    }

    /// <summary>One path: growth and PPP/MER drift drawn per country and year, the ramp target once per country.</summary>
    private static void SimulatePath(ProjectionModel model, PathRandom random, double[] output)
    {
        var years = model.Years;
        for (var c = 0; c < model.Countries; c++)
        {
            var delta = model.RampSd[c] > 0 ? model.RampSd[c] * random.NextNormal() : 0;
            var gdp = model.GdpBase[c];
            var drift = 0.0;
            var growthSd = model.GrowthSd[c];
            var driftSd = model.DriftSd[c];
            var mer = model.MarketRateWeight[c];
            var row = c * years;
            output[row] = model.Share[row] * gdp + model.Level[row];
            for (var t = 1; t < years; t++)
            {
                var i = row + t;
                gdp *= 1 + model.Growth[i] + growthSd * random.NextNormal();
                drift += driftSd * random.NextNormal();
                var conversion = mer == 0 ? 1 : 1 - mer + mer * Math.Exp(drift);
                output[i] = ((model.Share[i] + model.RampWeight[i] * delta) * gdp + model.Level[i]) * conversion;
            }
        }
    }

    /// <summary>P5, P50, P95 with linear interpolation between order statistics (Hyndman–Fan type 7), by selection, not a full sort.</summary>
    public static (double P5, double P50, double P95) Bands(Span<float> values) =>
        (Quantiles.Select(values, 0.05), Quantiles.Select(values, 0.50), Quantiles.Select(values, 0.95));
}
