namespace Milbal.Analysis.Capacity;

/// <summary>The sampling used by the capacity Monte Carlo: triangular(low, central, high) per cited row; a degenerate row (low = high) is its value.</summary>
public static class CapacitySampling
{
    public const string Distribution =
        "triangular(low, central, high) per cited row, annualised (×12 a month, ×365 a day); where several rows give one producer-year, one row is picked uniformly per draw; rows without a published range have low = central = high, so their spread comes only from the disagreement between sources";

    public static double Triangular(Random random, double low, double mode, double high)
    {
        if (high <= low) return mode;
        var u = random.NextDouble();
        var cut = (mode - low) / (high - low);
        return u < cut
            ? low + Math.Sqrt(u * (high - low) * (mode - low))
            : high - Math.Sqrt((1 - u) * (high - low) * (high - mode));
    }

    /// <summary>An annual rate from one row picked uniformly among <paramref name="rows"/>.</summary>
    public static double AnnualDraw(Random random, IReadOnlyList<CapacityRow> rows)
    {
        var row = rows[random.Next(rows.Count)];
        var factor = CapacityRow.AnnualFactor(row.Per) ?? throw new ArgumentException($"row {row.Id} is a level (per total), not a rate");
        return Triangular(random, row.Low, row.Central, row.High) * factor;
    }
}

/// <summary>A low / central / high triple; for Monte Carlo results low = P5, central = P50, high = P95.</summary>
public readonly record struct Range3(double Low, double Central, double High);
