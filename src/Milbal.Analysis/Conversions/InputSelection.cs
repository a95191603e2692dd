using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Analysis.Conversions;

/// <summary>Which of a publisher's several money values for one entity-year a conversion should start from.</summary>
public static class InputSelection
{
    /// <summary>
    /// The value closest to what the publisher collected: calendar-year local currency first (so Milbal's own
    /// factors do all the converting), then current US$, then constant US$, then PPP dollars. Fiscal-year values
    /// are used only when nothing else exists, since the factors are calendar-year.
    /// </summary>
    public static StoredObservation? PreferredMoney(IEnumerable<StoredObservation> candidates) =>
        candidates.Where(c => c.Observation.Unit.Kind == UnitKind.Money && c.Observation.Unit.Conversion != Conversion.Hybrid)
            .OrderBy(Rank)
            .FirstOrDefault();

    /// <summary>The publisher's own value in <paramref name="target"/> when it publishes one (e.g. SIPRI's current US$), else <see cref="PreferredMoney"/>.</summary>
    public static StoredObservation? AsPublished(IEnumerable<StoredObservation> candidates, MoneyUnit target)
    {
        var list = candidates.ToArray();
        return list.FirstOrDefault(c => c.Observation.Period == PeriodBasis.CalendarYear && Converter.IsAlreadyIn(c.Observation.Unit, target))
               ?? PreferredMoney(list);
    }

    private static int Rank(StoredObservation c)
    {
        var u = c.Observation.Unit;
        var basis = (u.Conversion, u.PriceBasis.IsConstant) switch
        {
            (Conversion.None, false) => 0,
            (Conversion.MarketRate, false) => 1,
            (Conversion.MarketRate, true) => 2,
            (Conversion.None, true) => 3,
            (Conversion.Ppp, false) => 4,
            _ => 5,
        };
        return basis + (c.Observation.Period == PeriodBasis.FiscalYear ? 10 : 0);
    }
}
