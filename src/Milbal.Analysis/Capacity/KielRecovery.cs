namespace Milbal.Analysis.Capacity;

/// <summary>
/// Kiel ("Fit for war in decades", Sep 2024): German stocks in 2004 and 2021 and the years to get back to 2004 levels at
/// the order rates of the time. The sources read give the years, not the order rates, so the rate is derived:
/// implied orders a year = (2004 stock − 2021 stock) / years to recover.
/// </summary>
public sealed record KielRecovery(string Item, CapacityRow Stock2004, CapacityRow Stock2021, CapacityRow RecoveryYears)
{
    public double Gap => Stock2004.Central - Stock2021.Central;
    public double ImpliedOrdersPerYear => Gap / RecoveryYears.Central;
    public double YearsAt(double ordersPerYear) => Gap / ordersPerYear;
    public IEnumerable<CapacityRow> Sources => [Stock2004, Stock2021, RecoveryYears];

    /// <summary>Combat aircraft, tanks and artillery pieces (howitzers), with the primary 2004 aircraft figure (423; one report gives 434).</summary>
    public static IReadOnlyList<KielRecovery> From(CapacityDataset data)
    {
        CapacityRow Row(string id) => data.Rows.FirstOrDefault(r => r.Id == id) ?? throw new ArgumentException($"capacity data lack row {id}");
        return
        [
            new("combat_aircraft", Row("kiel2024-deu-2004-aircraft-stock"), Row("kiel2024-deu-2021-aircraft-stock"), Row("kiel2024-deu-aircraft-recovery-years")),
            new("tanks", Row("kiel2024-deu-2004-tank-stock"), Row("kiel2024-deu-2021-tank-stock"), Row("kiel2024-deu-tank-recovery-years")),
            new("artillery_pieces", Row("kiel2024-deu-2004-howitzer-stock"), Row("kiel2024-deu-2021-howitzer-stock"), Row("kiel2024-deu-howitzer-recovery-years")),
        ];
    }
}
