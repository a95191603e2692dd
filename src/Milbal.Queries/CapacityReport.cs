using System.Text.Json;
using Milbal.Analysis.Capacity;
using Milbal.Core.Tables;

namespace Milbal.Queries;

/// <summary>`milbal capacity ratio` and `/api/v1/capacity/ratio`: A's annual output over B's, with its interval.</summary>
public sealed record CapacityRatioRequest(string Item, string A, string B, int Year, int Paths = CapacityAnalysis.DefaultPaths, int Seed = CapacityAnalysis.DefaultSeed);

public static class CapacityReport
{
    public static QueryResult Ratio(CapacityDataset data, CapacityRatioRequest request)
    {
        var r = new CapacityAnalysis(data).Ratio(request.Item, request.A, request.B, request.Year, request.Paths, request.Seed);
        var table = new ResultTable($"{r.A.Producers[0]} / {r.B.Producers[0]} annual {r.Item}, {r.Year}",
        [
            new("measure"), new("low", "P5", true), new("central", "P50", true), new("high", "P95", true),
        ],
        [
            ["ratio (A / B)", r.Ratio.Low, r.Ratio.Central, r.Ratio.High],
            ["months of A = one year of B", r.MonthsOfAForOneYearOfB.Low, r.MonthsOfAForOneYearOfB.Central, r.MonthsOfAForOneYearOfB.High],
            [$"P(ratio ≥ {r.Threshold:0.#})", null, r.ProbabilityAtLeastThreshold, null],
        ],
        r.Sources.Select(s => s.Citation).ToArray(),
        [.. r.Notes, $"the seed's claim (three months vs a year ⇔ ratio ≥ 4): {r.VerdictText}"]);
        return new QueryResult([table], () => JsonSerializer.Serialize(Json(r), new JsonSerializerOptions { WriteIndented = true }));
    }

    public static object Json(CapacityRatio r) => new Dictionary<string, object?>
    {
        ["item"] = r.Item, ["year"] = r.Year, ["a"] = r.A.Requested, ["b"] = r.B.Requested, ["a_rows"] = r.A.Producers[0], ["b_rows"] = r.B.Producers[0],
        ["ratio"] = Triple(r.Ratio),
        ["months_of_a_for_one_year_of_b"] = Triple(r.MonthsOfAForOneYearOfB),
        ["central_rows_ratio"] = r.CentralRowsRatio,
        ["p_ratio_at_least"] = new Dictionary<string, object> { ["threshold"] = r.Threshold, ["value"] = r.ProbabilityAtLeastThreshold },
        ["verdict"] = r.Verdict switch { ClaimVerdict.Consistent => "consistent", ClaimVerdict.NotSupported => "not supported", _ => "method-dependent" },
        ["verdict_text"] = r.VerdictText,
        ["paths"] = r.Paths, ["seed"] = r.Seed,
        ["sources"] = r.Sources.Select(s => new Dictionary<string, object?>
        {
            ["id"] = s.Id, ["producer"] = s.Producer, ["kind"] = s.KindText, ["per"] = s.PerText, ["low"] = s.Low, ["central"] = s.Central, ["high"] = s.High,
            ["source"] = s.Source, ["document"] = s.Document, ["published"] = s.Published, ["address"] = s.Address, ["confidence"] = s.Confidence,
        }).ToArray(),
        ["notes"] = r.Notes,
    };

    private static Dictionary<string, double> Triple(Range3 r) => new() { ["low"] = r.Low, ["central"] = r.Central, ["high"] = r.High };
}
