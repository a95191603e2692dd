namespace Milbal.Scenarios.CapitalStock;

/// <summary>How the stock before the first year of data is set.</summary>
public enum StockInitialisation
{
    /// <summary>
    /// The first year's investment is assumed to have been made in every earlier year, so the stock is in steady state:
    /// K = I₀ (1 − δ/2) / δ at the end of the year before the data start. (Without BEA's half-year convention the
    /// steady state would be I₀ / δ; with it, a vintage keeps (1 − δ/2) of its value in its first year.)
    /// </summary>
    SteadyState,

    /// <summary>No stock before the first year: understates the stock for about a service life, so results are flagged.</summary>
    Zero,
}

/// <summary>
/// Parameters of BEA's perpetual-inventory method with geometric depreciation: rate δ = R / T, where R is the
/// declining-balance rate and T the service life in years.
/// </summary>
/// <param name="DecliningBalanceRate">
/// R. Default 1.65: BEA's rate for equipment (Fraumeni, "The Measurement of Depreciation in the U.S. National Income
/// and Product Accounts", Survey of Current Business, July 1997; BEA, "Fixed Assets and Consumer Durable Goods in the
/// United States, 1925–97", 2003, which applies it to federal national-defence equipment).
/// </param>
/// <param name="ServiceLifeYears">T. Default 20 years, a round figure for weapons systems (BEA's military equipment lives range from about 7 years for vehicles to 30 for ships).</param>
public sealed record CapitalStockParameters(
    double DecliningBalanceRate = CapitalStockParameters.BeaEquipmentRate,
    double ServiceLifeYears = CapitalStockParameters.DefaultServiceLife,
    StockInitialisation Initialisation = StockInitialisation.SteadyState)
{
    public const double BeaEquipmentRate = 1.65;
    public const double DefaultServiceLife = 20;

    /// <summary>δ = R / T.</summary>
    public double DepreciationRate => DecliningBalanceRate / ServiceLifeYears;

    /// <summary>Throws when δ is not a rate in (0, 1] or the inputs are not finite and positive.</summary>
    public void Validate()
    {
        if (!double.IsFinite(DecliningBalanceRate) || DecliningBalanceRate <= 0)
            throw new ArgumentException($"declining-balance rate {DecliningBalanceRate} must be positive (BEA: {BeaEquipmentRate} for equipment)");
        if (!double.IsFinite(ServiceLifeYears) || ServiceLifeYears <= 0)
            throw new ArgumentException($"service life {ServiceLifeYears} must be a positive number of years");
        if (DepreciationRate > 1)
            throw new ArgumentException($"depreciation rate R / T = {DecliningBalanceRate} / {ServiceLifeYears} = {DepreciationRate:0.###} exceeds 1: lengthen the service life");
    }

    public string Describe() =>
        $"geometric depreciation δ = R / T = {DecliningBalanceRate:0.###} / {ServiceLifeYears:0.##} = {DepreciationRate:0.#####} a year; " +
        "a vintage-i investment adds I_i (1 − δ/2)(1 − δ)^(t−i) to the end-of-year-t stock (BEA perpetual inventory)";
}

/// <summary>One year of a perpetual inventory: investment in the year, depreciation in the year, stock at the end of the year.</summary>
/// <param name="Projected">True for a year taken from the future investment series rather than from data.</param>
public sealed record CapitalStockYear(int Year, double Investment, double Depreciation, double Stock, bool Projected);

/// <summary>A stock path with the assumption it starts from.</summary>
/// <param name="InitialStock">Stock at the end of the year before <see cref="Years"/>' first year.</param>
public sealed record CapitalStockPath(IReadOnlyList<CapitalStockYear> Years, CapitalStockParameters Parameters, double InitialStock)
{
    public int FirstYear => Years[0].Year;
    public int LastYear => Years[^1].Year;

    public CapitalStockYear? In(int year) => year < FirstYear || year > LastYear ? null : Years[year - FirstYear];

    public string InitialisationNote => Parameters.Initialisation == StockInitialisation.SteadyState
        ? $"initial stock: steady state at {FirstYear} (the {FirstYear} investment assumed made in every earlier year), K({FirstYear - 1}) = I({FirstYear}) (1 − δ/2) / δ = {InitialStock:#,##0.0}"
        : $"initial stock: zero at the end of {FirstYear - 1}; the stock is understated until about one service life of investment has accumulated";
}

/// <summary>BEA's perpetual-inventory model over a series of real investment.</summary>
public static class CapitalStockModel
{
    /// <summary>
    /// The end-of-year stock for every year of <paramref name="historicalInvestment"/> followed by every year of
    /// <paramref name="futureInvestment"/>. Both must be runs of consecutive years, the future one starting the year
    /// after the last historical year (a missing year is an error, never a zero). Investment must be in constant prices.
    /// </summary>
    public static CapitalStockPath Project(IReadOnlyDictionary<int, double> historicalInvestment, IReadOnlyDictionary<int, double> futureInvestment, CapitalStockParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(historicalInvestment);
        ArgumentNullException.ThrowIfNull(futureInvestment);
        parameters.Validate();
        if (historicalInvestment.Count == 0) throw new ArgumentException("a capital stock needs at least one year of historical investment");
        var first = historicalInvestment.Keys.Min();
        var lastHistorical = historicalInvestment.Keys.Max();
        RequireConsecutive(historicalInvestment, first, "historical investment");
        if (futureInvestment.Count > 0)
        {
            if (futureInvestment.Keys.Min() != lastHistorical + 1)
                throw new ArgumentException($"future investment must start in {lastHistorical + 1}, the year after the last historical year; it starts in {futureInvestment.Keys.Min()}");
            RequireConsecutive(futureInvestment, lastHistorical + 1, "future investment");
        }
        var investment = historicalInvestment.OrderBy(p => p.Key).Select(p => (p.Key, p.Value, Projected: false))
            .Concat(futureInvestment.OrderBy(p => p.Key).Select(p => (p.Key, p.Value, Projected: true))).ToArray();
        foreach (var (year, value, _) in investment)
            if (!double.IsFinite(value) || value < 0) throw new ArgumentException($"investment in {year} is {value}: it must be a finite, non-negative amount");

        var delta = parameters.DepreciationRate;
        var initial = parameters.Initialisation == StockInitialisation.SteadyState ? investment[0].Value * (1 - delta / 2) / delta : 0;
        var years = new CapitalStockYear[investment.Length];
        for (var t = 0; t < investment.Length; t++)
        {
            // The stock as BEA defines it, vintage by vintage; the pre-sample stock decays like one more vintage.
            var stock = initial * Math.Pow(1 - delta, t + 1);
            for (var i = 0; i <= t; i++) stock += investment[i].Value * (1 - delta / 2) * Math.Pow(1 - delta, t - i);
            var previous = t == 0 ? initial : years[t - 1].Stock;
            years[t] = new CapitalStockYear(investment[t].Key, investment[t].Value, previous + investment[t].Value - stock, stock, investment[t].Projected);
        }
        return new CapitalStockPath(years, parameters, initial);
    }

    private static void RequireConsecutive(IReadOnlyDictionary<int, double> series, int first, string name)
    {
        var missing = Enumerable.Range(first, series.Keys.Max() - first + 1).Where(y => !series.ContainsKey(y)).ToArray();
        if (missing.Length > 0) throw new ArgumentException($"{name} has no value for {string.Join(", ", missing)}: a gap is not a zero");
    }
}
