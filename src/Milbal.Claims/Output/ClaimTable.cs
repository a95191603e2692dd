using Milbal.Claims.Verification;
using Milbal.Core.Tables;

namespace Milbal.Claims.Output;

/// <summary>The check as a ResultTable: one row per claim (claim, verdict, one-line reason), evidence in the non-console columns.</summary>
public static class ClaimTable
{
    public static ResultTable Build(CheckReport report)
    {
        var columns = new ResultColumn[]
        {
            new("id"), new("kind"), new("claim"), new("verdict"), new("reason"), new("tolerance", InConsole: false), new("entities", InConsole: false),
            new("years", InConsole: false), new("attributed_to", InConsole: false), new("evidence", InConsole: false),
        };
        var rows = report.Results.Select(r => new object?[]
        {
            r.Claim.Id, r.Claim.KindName, string.Join(" | ", r.Claim.Anchors) + " — " + Excerpt(r.Claim.Sentence.Text), r.VerdictName, r.Reason, r.Tolerance,
            string.Join(" ", r.Claim.Subject?.Candidates ?? []), string.Join(" ", r.Claim.Years), r.Claim.Attribution,
            string.Join(" || ", r.Readings.Select(x => $"{x.Line}: {x.Detail} [{string.Join("; ", x.Evidence)}]")),
        }).ToArray();
        var sources = r0(report).SelectMany(r => r.Readings.SelectMany(x => x.Evidence.Take(1))).Distinct().Take(40).ToArray();
        return new ResultTable($"Claims checked: {report.Context.Title ?? "article"}{(report.Context.Date is { } d ? $" ({d:yyyy-MM-dd})" : "")}", columns, rows, sources,
            [$"{report.Results.Count} claims: {report.Count(Verdict.Supported)} supported, {report.Count(Verdict.MethodDependent)} method-dependent, {report.Count(Verdict.Contradicted)} contradicted, {report.Count(Verdict.Unverifiable)} unverifiable{(report.NotJudged > 0 ? $" ({report.NotJudged} of them found but not judged)" : "")}",
             "Verdict rules and tolerance: data/claims-eval/README.md; --format json gives every value, source, edition and factor."]);
    }

    private static IEnumerable<ClaimResult> r0(CheckReport report) => report.Results;

    private static string Excerpt(string text) => text.Length <= 90 ? text : text[..87] + "…";
}
