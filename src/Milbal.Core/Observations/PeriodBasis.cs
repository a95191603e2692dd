namespace Milbal.Core.Observations;

/// <summary>Whether a year's value covers the calendar year or a financial year labelled by that year.</summary>
public enum PeriodBasis
{
    CalendarYear,
    /// <summary>A financial year; the observation's note or the dataset says when it starts.</summary>
    FiscalYear,
}

public static class PeriodBasisText
{
    public static string ToText(this PeriodBasis basis) => basis == PeriodBasis.FiscalYear ? "fiscal" : "calendar";

    public static PeriodBasis Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "calendar" => PeriodBasis.CalendarYear,
        "fiscal" => PeriodBasis.FiscalYear,
        _ => throw new FormatException($"'{text}' is not a period basis (calendar or fiscal)"),
    };
}
