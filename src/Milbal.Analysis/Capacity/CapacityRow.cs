namespace Milbal.Analysis.Capacity;

/// <summary>What a capacity row measures: a production rate (capacity, output, target), a flow (imports, consumption,
/// transfers, losses), a level (stocks, requirement) or a published time (recovery_years, quantity in years).</summary>
public enum CapacityKind { Capacity, Output, Target, Imports, Consumption, Transfers, Stocks, Losses, Requirement, RecoveryYears }

/// <summary>The unit of time of a row's quantity, as published; Total = a level or a cumulative quantity (not a rate).</summary>
public enum CapacityPer { Year, Month, Day, Total }

/// <summary>A month (first day) with the granularity the source gave: "2024", "2024-03" or "2024-03-11".</summary>
public readonly record struct CapacityPeriod(DateOnly Start, DateOnly End)
{
    public bool Covers(int year) => Start.Year <= year && year <= End.Year;
}

/// <summary>One cited row of data/capacity/capacity.csv; quantities are in units per <see cref="Per"/>.</summary>
public sealed record CapacityRow(
    string Id, string Producer, string Item, CapacityKind Kind, CapacityPeriod Period, CapacityPer Per,
    double Low, double Central, double High, string? Recipient,
    string Source, string Document, string Published, string Address, string Confidence, string? Note, int Line)
{
    /// <summary>Units a year: ×1 per year, ×12 per month, ×365 per day; null for levels and cumulative totals.</summary>
    public static double? AnnualFactor(CapacityPer per) => per switch
    {
        CapacityPer.Year => 1, CapacityPer.Month => 12, CapacityPer.Day => 365, _ => null,
    };

    public bool IsRate => Per != CapacityPer.Total;

    public (double Low, double Central, double High)? Annual =>
        AnnualFactor(Per) is { } f ? (Low * f, Central * f, High * f) : null;

    /// <summary>"CNN (citing …), report of 11 Mar 2024 (2024-03-11), babel.ua/…, confidence B".</summary>
    public string Citation => $"{Source}, {Document} ({Published}), {Address}, confidence {Confidence} [{Id}]";

    public string PerText => Per.ToString().ToLowerInvariant();
    public string KindText => CapacityDataset.KindName(Kind);
}
