namespace Milbal.Scenarios;

/// <summary>
/// A scenario compiled to flat arrays, indexed [country * Years + t] with t = 0 the base year, so the Monte Carlo
/// kernel runs without lookups or allocations. Spending of country c in year t on one path is
/// <c>((Share + RampWeight·δc) · GDP + Level) · conversion drift</c>, where GDP compounds the drawn real growth and δc
/// is the path's draw of how far the ramp target is missed or exceeded.
/// </summary>
public sealed class ProjectionModel
{
    public required int BaseYear { get; init; }
    public required int Years { get; init; }
    public required string[] CountryIds { get; init; }
    /// <summary>Base-year GDP in the basis, billions.</summary>
    public required double[] GdpBase { get; init; }
    /// <summary>Mean real growth, fraction, for t ≥ 1.</summary>
    public required double[] Growth { get; init; }
    /// <summary>Share of GDP (fraction) for rules that scale with GDP; 0 for fixed-level rules.</summary>
    public required double[] Share { get; init; }
    /// <summary>Real spending independent of GDP (basis, billions): plans in local currency, real growth, added amounts.</summary>
    public required double[] Level { get; init; }
    /// <summary>How much of the ramp target's deviation δ reaches year t (0 before the ramp, 1 at its end).</summary>
    public required double[] RampWeight { get; init; }
    /// <summary>Per country: sd of the ramp target (fraction of GDP).</summary>
    public required double[] RampSd { get; init; }
    /// <summary>Per country: sd of annual real growth (fraction).</summary>
    public required double[] GrowthSd { get; init; }
    /// <summary>Per country: sd of the annual log change of the PPP/MER ratio.</summary>
    public required double[] DriftSd { get; init; }
    /// <summary>Per country: the part of the basis converted at market rates (1 MER, 0 PPP, the equipment share for hybrid).</summary>
    public required double[] MarketRateWeight { get; init; }
    /// <summary>Per aggregate and year: member country indices, flattened; <see cref="MemberStart"/>[a * Years + t] .. [+1].</summary>
    public required int[] MemberIndex { get; init; }
    public required int[] MemberStart { get; init; }
    public required string[] AggregateIds { get; init; }

    public int Countries => CountryIds.Length;
    public int Aggregates => AggregateIds.Length;

    /// <summary>The deterministic path (every draw at its mean): spending [c * Years + t] in the basis, billions.</summary>
    public double[] Deterministic(out double[] gdp)
    {
        gdp = new double[Countries * Years];
        var spending = new double[Countries * Years];
        for (var c = 0; c < Countries; c++)
        {
            var g = GdpBase[c];
            for (var t = 0; t < Years; t++)
            {
                var i = c * Years + t;
                if (t > 0) g *= 1 + Growth[i];
                gdp[i] = g;
                spending[i] = Share[i] * g + Level[i];
            }
        }
        return spending;
    }

    public double[] AggregateTotals(double[] countryValues)
    {
        var totals = new double[Aggregates * Years];
        for (var a = 0; a < Aggregates; a++)
            for (var t = 0; t < Years; t++)
            {
                var k = a * Years + t;
                var sum = 0.0;
                for (var m = MemberStart[k]; m < MemberStart[k + 1]; m++) sum += countryValues[MemberIndex[m] * Years + t];
                totals[k] = sum;
            }
        return totals;
    }
}
