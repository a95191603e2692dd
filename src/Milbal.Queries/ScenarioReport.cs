using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Tables;
using Milbal.Data.Store;
using Milbal.Scenarios;

namespace Milbal.Queries;

/// <summary>How to run a scenario (`milbal scenario run`, `/api/v1/scenarios/{name}`, `POST /api/v1/scenarios/run`).</summary>
/// <param name="Target">Replaces the file's target share of GDP (%), and the share its ramps reach when they ramp to that target.</param>
/// <param name="TargetYear">Replaces the year by which those ramps reach the target.</param>
public sealed record ScenarioRunOptions(int Paths = 0, int Seed = 1, string? Basis = null, bool Countries = false, double? Target = null, int? TargetYear = null);

public static class ScenarioReport
{
    public static ResultTable List(ScenarioLibrary library, EntityRegistry? registry = null) =>
        new("Bundled scenarios", [new("name"), new("horizon", IsNumeric: true), new("description"), new("file", InConsole: false)],
            library.List(registry).Select(e => new object?[] { e.Name, e.Horizon, e.Description, e.Path }).ToArray(), [],
            [$"scenario files in {library.Directory}; 'milbal scenario run NAME' or 'milbal scenario run FILE.yaml' (schema: data/scenarios/README.md)"]);

    public static MoneyBasis? ParseBasis(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "mer" or "us$mer" or "usd" => MoneyBasis.UsdMer,
        "ppp" or "int$ppp" => MoneyBasis.IntPpp,
        "hybrid" => MoneyBasis.Hybrid,
        _ => throw new FormatException($"basis '{text}': use mer, ppp or hybrid"),
    };

    /// <summary>Checks the options that need no store; <paramref name="maxPaths"/> is lower over HTTP than on the command line.</summary>
    public static void Check(ScenarioRunOptions o, int maxPaths = MonteCarlo.MaxPaths)
    {
        if (o.Paths < 0 || o.Paths > maxPaths) throw new ScenarioException($"paths {o.Paths}: use 0 (deterministic only) to {maxPaths:N0}");
        ParseBasis(o.Basis);
        if (o.Target is { } t && (t <= 0 || t > ScenarioReader.MaxShare || double.IsNaN(t)))
            throw new ScenarioException($"target {t}: give a share of GDP in % above 0 and at most {ScenarioReader.MaxShare}");
        if (o.TargetYear is { } y && (y < ScenarioReader.MinYear || y > ScenarioReader.MaxYear))
            throw new ScenarioException($"target_year {y}: use a year from {ScenarioReader.MinYear} to {ScenarioReader.MaxYear}");
    }

    /// <summary>
    /// The file with a changed target: ramps that go to the file's own target (or every ramp, when the file states none)
    /// go to the new share and/or by the new year; national exceptions (a ramp to another share, e.g. Spain's 2.1%) stay.
    /// </summary>
    public static ScenarioFile WithTarget(ScenarioFile file, double? target, int? targetYear)
    {
        if (target is null && targetYear is null) return file;
        if (targetYear is { } y && y > file.Horizon) throw new ScenarioException($"target_year {y} is after the scenario's horizon {file.Horizon}");
        var rules = file.Rules.Select(rule => rule is RampRule ramp && (file.TargetShare is null || Math.Abs(ramp.ToShare - file.TargetShare.Value) < 1e-9)
            ? ramp with { ToShare = target ?? ramp.ToShare, ByYear = targetYear ?? ramp.ByYear }
            : rule).ToArray();
        var changes = string.Join(", ", new[] { target is { } t ? $"target {t}% of GDP" : null, targetYear is { } ty ? $"by {ty}" : null }.OfType<string>());
        return file with { Rules = rules, TargetShare = target ?? file.TargetShare, Description = $"{file.Description} (changed: {changes})" };
    }

    public static QueryResult Run(MilbalStore store, EntityRegistry registry, ScenarioFile file, ScenarioRunOptions o, IProgress<double>? progress = null, int maxPaths = MonteCarlo.MaxPaths,
        CancellationToken cancellation = default)
    {
        Check(o, maxPaths);
        var scenario = WithTarget(file, o.Target, o.TargetYear);
        var result = ScenarioRunner.Run(store, scenario, new RunOptions(o.Paths, o.Seed, ParseBasis(o.Basis), Registry: registry, Progress: progress, Cancellation: cancellation));
        return new QueryResult([ScenarioOutput.Projection(result, o.Countries)], () => ScenarioOutput.Json(result)) { Scenario = result };
    }
}
