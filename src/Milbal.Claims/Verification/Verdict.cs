using Milbal.Claims.Extraction;

namespace Milbal.Claims.Verification;

public enum Verdict { Supported, Contradicted, MethodDependent, Unverifiable }

/// <summary>
/// One value a source and method give for the claim. <see cref="Line"/> groups readings that are alternatives of one
/// reading of the claim (editions of a dataset, candidate years); different lines are different sources, methods or
/// group definitions, and are what makes a claim method-dependent.
/// </summary>
/// <param name="CountsForVerdict">False for values shown as context only (e.g. nominal growth beside a real-growth claim).</param>
/// <param name="BudgetLine">A line of a national budget (curated, with its item), not a total under a publisher's definition.</param>
public sealed record Reading(
    string Source, string Line, string Entity, int Year, double Value, string Unit, bool Holds, string Detail,
    IReadOnlyList<string> Evidence, bool CountsForVerdict = true, bool BudgetLine = false, bool Plan = false);

/// <summary>A claim with its verdict, the tolerance used, the reason in one line and every value computed.</summary>
public sealed record ClaimResult(Claim Claim, Verdict Verdict, string Reason, string Tolerance, IReadOnlyList<Reading> Readings)
{
    public static string Name(Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.Contradicted => "contradicted",
        Verdict.MethodDependent => "method-dependent",
        _ => "unverifiable",
    };

    public string VerdictName => Name(Verdict);

    public static Verdict Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "supported" => Verdict.Supported,
        "contradicted" => Verdict.Contradicted,
        "method-dependent" or "method_dependent" or "method dependent" => Verdict.MethodDependent,
        "unverifiable" => Verdict.Unverifiable,
        _ => throw new FormatException($"unknown verdict '{text}': use supported, contradicted, method-dependent or unverifiable"),
    };
}

/// <summary>The verdict rules of data/claims-eval/README.md applied to a claim's readings.</summary>
public static class VerdictRules
{
    public static (Verdict Verdict, string Reason) Decide(IReadOnlyList<Reading> readings, string? attribution, string what)
    {
        var counted = readings.Where(r => r.CountsForVerdict).ToArray();
        if (counted.Length == 0) return (Verdict.Unverifiable, $"no data in the store or the curated figures for {what}");
        var lines = counted.GroupBy(r => r.Line).Select(g => (Line: g.Key, Source: g.First().Source, Holds: g.Any(r => r.Holds), Best: g.OrderByDescending(r => r.Holds).First())).ToArray();
        if (attribution is not null)
        {
            var own = lines.Where(l => SameSource(l.Source, attribution)).ToArray();
            if (own.Length > 0)
            {
                var others = lines.Where(l => !SameSource(l.Source, attribution)).Select(l => $"{l.Line} {Short(l.Best)}").Take(3).ToArray();
                var tail = others.Length > 0 ? $" (other sources: {string.Join("; ", others)})" : "";
                return own.Any(l => l.Holds)
                    ? (Verdict.Supported, $"matches {attribution}, the source it is attributed to: {string.Join("; ", own.Where(l => l.Holds).Select(l => $"{l.Line} {Short(l.Best)}"))}{tail}")
                    : (Verdict.Contradicted, $"does not match {attribution}, the source it is attributed to: {string.Join("; ", own.Select(l => $"{l.Line} {Short(l.Best)}"))}{tail}");
            }
        }
        var holding = lines.Where(l => l.Holds).ToArray();
        var failing = lines.Where(l => !l.Holds).ToArray();
        if (failing.Length == 0) return (Verdict.Supported, $"every source and method agrees: {string.Join("; ", holding.Take(4).Select(l => $"{l.Line} {Short(l.Best)}"))}");
        if (holding.Length == 0) return (Verdict.Contradicted, $"no source or method gives it: {string.Join("; ", failing.Take(4).Select(l => $"{l.Line} {Short(l.Best)}"))}");
        return (Verdict.MethodDependent,
            $"holds under {string.Join("; ", holding.Take(3).Select(l => $"{l.Line} {Short(l.Best)}"))} — not under {string.Join("; ", failing.Take(3).Select(l => $"{l.Line} {Short(l.Best)}"))}");
    }

    public static bool SameSource(string source, string attribution) =>
        source.Contains(attribution, StringComparison.OrdinalIgnoreCase)
        || attribution == "EDA" && source.Contains("European Defence Agency", StringComparison.OrdinalIgnoreCase)
        || attribution == Extraction.ClaimExtractor.GovernmentSource && System.Text.RegularExpressions.Regex.IsMatch(source, @"Government|Ministry|Federation|Treasury", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static string Short(Reading r) => $"({r.Detail})";
}
