namespace Milbal.Core.Observations;

/// <summary>
/// One published value. The dataset and edition it came from travel with the <see cref="Datasets.ImportResult"/>
/// (and with each row in the store), so an observation is never stored without them.
/// </summary>
/// <param name="EntityId">ISO 3166 alpha-3 code, or the id of a region/aggregate/group.</param>
/// <param name="Footnotes">Publisher footnote symbols and numbers as printed (e.g. "§4", "‡¶16").</param>
public sealed record Observation(
    string EntityId,
    int Year,
    string MeasureId,
    double Value,
    Unit Unit,
    PeriodBasis Period = PeriodBasis.CalendarYear,
    ObservationFlags Flags = ObservationFlags.None,
    string? Footnotes = null,
    string? Note = null)
{
    public const int MinYear = 1800;
    public const int MaxYear = 2200;

    public static bool IsPlausibleYear(int year) => year is >= MinYear and <= MaxYear;
}
