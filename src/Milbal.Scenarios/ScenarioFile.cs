using Milbal.Analysis.Conversions;

namespace Milbal.Scenarios;

/// <summary>How a ramp approaches its target share: a straight line, or most of the way early (1 − (1 − f)²).</summary>
public enum RampShape { Linear, FrontLoaded }

/// <summary>A spending rule for one country or group; later rules replace earlier ones for the same country.</summary>
/// <param name="AppliesTo">Country ISO3 codes and group ids as written, expanded to countries by the runner.</param>
/// <param name="Line">Line of the rule in its file, for messages.</param>
public abstract record SpendingRule(IReadOnlyList<string> AppliesTo, int Line);

/// <summary>Hold the share of GDP of <see cref="Year"/> (the base year when null).</summary>
public sealed record HoldShareRule(IReadOnlyList<string> AppliesTo, int Line, int? Year) : SpendingRule(AppliesTo, Line);

/// <summary>Move from the base-year share to <see cref="ToShare"/> % of GDP by <see cref="ByYear"/>, then hold it.</summary>
/// <param name="TargetSd">Standard deviation (percentage points) of the share actually reached, for Monte Carlo; 0 = met exactly.</param>
public sealed record RampRule(IReadOnlyList<string> AppliesTo, int Line, double ToShare, int ByYear, RampShape Shape, double TargetSd) : SpendingRule(AppliesTo, Line);

/// <summary>Spending grows by <see cref="RatePercent"/> a year in real terms from the base year.</summary>
public sealed record RealGrowthRule(IReadOnlyList<string> AppliesTo, int Line, double RatePercent) : SpendingRule(AppliesTo, Line);

/// <summary>What a plan does after its last year: hold that year's share of GDP, or grow in real terms.</summary>
public sealed record PlanContinuation(bool HoldShare, double RealGrowthPercent);

/// <summary>A national plan in local currency, current prices (units, e.g. 13.5e12 roubles), deflated with the IMF WEO GDP deflator.</summary>
/// <param name="BaseAmount">The plan's own figure for the base year, when its definition is narrower than SIPRI's: the plan
/// then scales SIPRI's base-year spending (× amount ÷ base amount) instead of replacing it.</param>
public sealed record PlanLcuRule(IReadOnlyList<string> AppliesTo, int Line, IReadOnlyDictionary<int, double> Amounts, PlanContinuation Then, double? BaseAmount = null)
    : SpendingRule(AppliesTo, Line);

/// <summary>Planned shares of GDP (%) by year; straight lines between them from the base-year share, held after the last.</summary>
public sealed record PlanShareRule(IReadOnlyList<string> AppliesTo, int Line, IReadOnlyDictionary<int, double> Shares) : SpendingRule(AppliesTo, Line);

/// <summary>
/// A fixed real amount added every year from <see cref="FromYear"/> on top of the other rules, spread over the
/// countries by their base-year GDP (in the basis): e.g. Bruegel/Kiel's €250bn a year for European allies.
/// </summary>
/// <param name="Amount">In <see cref="Currency"/>, units (250e9), at base-year prices; converted to US$ at the base-year market rate.</param>
public sealed record AddAmountRule(IReadOnlyList<string> AppliesTo, int Line, double Amount, string Currency, int FromYear) : SpendingRule(AppliesTo, Line);

/// <summary>Group A against group (or country) B: crossing year and, with Monte Carlo, P(A &gt; B) in the given years.</summary>
public sealed record Comparison(string A, string B, IReadOnlyList<int> ProbabilityYears);

/// <summary>The GDP path: IMF WEO real growth to its last projected year, then <see cref="LongRunGrowth"/>; user overrides win.</summary>
/// <param name="DefaultLongRunGrowth">% a year after WEO's horizon; null = each country's last WEO projected rate.</param>
public sealed record GdpPath(double? DefaultLongRunGrowth, IReadOnlyDictionary<string, double> LongRunGrowth, IReadOnlyDictionary<string, IReadOnlyDictionary<int, double>> Overrides)
{
    public static GdpPath Default { get; } = new(null, new Dictionary<string, double>(), new Dictionary<string, IReadOnlyDictionary<int, double>>());
}

/// <summary>Monte Carlo settings in the file; defaults are calibrated from each series' own history.</summary>
/// <param name="GdpGrowthSdScale">Multiplies each country's historical sd of real growth (1 = as history).</param>
/// <param name="ConversionDriftSdScale">Multiplies each country's historical sd of the PPP/MER ratio's annual log change.</param>
public sealed record UncertaintySettings(double GdpGrowthSdScale = 1, double ConversionDriftSdScale = 1)
{
    public static UncertaintySettings Default { get; } = new();
}

/// <summary>A scenario as read from its YAML file (schema: data/scenarios/README.md).</summary>
public sealed record ScenarioFile(
    string Name,
    string Description,
    int? BaseYear,
    int Horizon,
    MoneyBasis Basis,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Groups,
    GdpPath Gdp,
    IReadOnlyList<SpendingRule> Rules,
    double? TargetShare,
    string? Baseline,
    IReadOnlyList<Comparison> Comparisons,
    UncertaintySettings Uncertainty,
    string SourcePath)
{
    /// <summary>The price basis label, e.g. "constant 2024 Int$PPP".</summary>
    public MoneyUnit Unit(int baseYear) => new(Basis, baseYear);
}
