using Milbal.Analysis.Conversions;

namespace Milbal.Scenarios;

/// <summary>P5 / P50 / P95 of a value over the Monte Carlo paths.</summary>
public sealed record Band(double P5, double P50, double P95);

/// <summary>
/// One year of a country or group. Money is in the result's basis (e.g. constant 2024 US$MER), billions.
/// </summary>
/// <param name="ShareOfGdp">% of GDP (groups: total spending ÷ total GDP of the members with data).</param>
/// <param name="Additional">Spending minus the baseline scenario's in the same year (null without a baseline).</param>
/// <param name="GapToTarget">Money needed to bring every member below the target up to it (0 when all meet it); null without a target.</param>
/// <param name="Band">Monte Carlo band of spending; null for a deterministic run.</param>
public sealed record ProjectionRow(int Year, double Spending, double Gdp, double ShareOfGdp, double? Additional, double? CumulativeAdditional,
    double? GapToTarget, Band? Band);

/// <summary>A country's projection and the rule that produced it.</summary>
public sealed record CountryProjection(string Id, string Name, string Rule, IReadOnlyList<ProjectionRow> Rows);

/// <summary>A group's projection: sums over the members with data; <see cref="MissingMembers"/> are left out, never counted as zero.</summary>
public sealed record GroupProjection(string Id, string Name, IReadOnlyList<string> Members, IReadOnlyList<string> MissingMembers, IReadOnlyList<ProjectionRow> Rows);

/// <summary>A probability statement from the Monte Carlo paths, e.g. "P(EU_UK > RUS in 2030, constant 2024 Int$PPP)".</summary>
public sealed record ProbabilityStatement(string Statement, string A, string B, int Year, double Value);

/// <summary>
/// When A overtakes B on the deterministic path: the first year from which A stays above B to the horizon
/// (null if A ends below B). <see cref="AAheadInBaseYear"/> tells an overtaking from a lead held throughout.
/// </summary>
public sealed record CrossingYear(string A, string B, string Basis, int? Year, bool AAheadInBaseYear);

/// <summary>Everything a scenario run produces; money in <see cref="Unit"/>, billions.</summary>
public sealed record ScenarioResult(
    ScenarioFile Scenario,
    int BaseYear,
    MoneyUnit Unit,
    IReadOnlyList<int> Years,
    IReadOnlyList<CountryProjection> Countries,
    IReadOnlyList<GroupProjection> Groups,
    IReadOnlyList<CrossingYear> Crossings,
    IReadOnlyList<ProbabilityStatement> Probabilities,
    string? Baseline,
    int Paths,
    int Seed,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Notes)
{
    public string UnitLabel => $"{Unit} billion";

    /// <summary>A country or group's rows by id.</summary>
    public IReadOnlyList<ProjectionRow> RowsOf(string id) =>
        Groups.FirstOrDefault(g => g.Id == id)?.Rows ?? Countries.FirstOrDefault(c => c.Id == id)?.Rows
        ?? throw new KeyNotFoundException($"{id} is not in the scenario's countries or groups");
}
