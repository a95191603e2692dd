using Milbal.Core.Observations;

namespace Milbal.Queries;

/// <summary>Checks on the inputs every query shares, before anything is read.</summary>
public static class InputChecks
{
    public static int Year(int year, string name = "year") =>
        Observation.IsPlausibleYear(year) ? year : throw new ArgumentException($"{name} {year} is outside {Observation.MinYear}–{Observation.MaxYear}");

    /// <summary>Refuses impossible years and a from after to.</summary>
    public static void YearRange(int? fromYear, int? toYear)
    {
        foreach (var year in new[] { fromYear, toYear })
            if (year is { } y && !Observation.IsPlausibleYear(y))
                throw new ArgumentException($"year {y} is outside {Observation.MinYear}–{Observation.MaxYear}");
        if (fromYear > toYear) throw new ArgumentException($"from {fromYear} is after to {toYear}");
    }

    /// <summary>Splits "a,b" and repeated values into one list; null when nothing is left.</summary>
    public static string[]? List(IEnumerable<string>? values)
    {
        var items = values?.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        return items is { Length: > 0 } ? items : null;
    }
}
