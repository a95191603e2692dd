using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Scenarios;

/// <summary>A yearly series in units (not millions or billions) with the dataset and edition it came from.</summary>
public sealed record SourcedSeries(string Dataset, string Edition, IReadOnlyDictionary<int, double> Values, IReadOnlySet<int> Projected)
{
    public static SourcedSeries Empty { get; } = new("", "", new Dictionary<int, double>(), new HashSet<int>());

    public string Source => Dataset.Length == 0 ? "none" : $"{Dataset} {Edition}";
}

/// <summary>
/// What one country brings into a projection, all read from the store: SIPRI military expenditure and IMF WEO GDP in
/// current local currency (their ratio is the share of GDP), WEO real growth and GDP deflator (newest edition), the
/// base-year conversion to the basis (with its factors), and the history that calibrates the Monte Carlo.
/// </summary>
public sealed record CountryInputs(
    string Id,
    string Name,
    SourcedSeries Milex,
    SourcedSeries Gdp,
    SourcedSeries RealGrowth,
    SourcedSeries Deflator,
    Converted? BaseConversion,
    double FxRate,
    double GrowthSd,
    int GrowthSdYears,
    double ConversionDriftSd,
    int ConversionDriftYears,
    double MarketRateWeight)
{
    /// <summary>Multiplier from base-year local currency to the basis (constant base-year prices).</summary>
    public double ToBasis => BaseConversion is null ? double.NaN : BaseConversion.Value.Value / BaseConversion.Input.Value;

    public double? ShareOfGdp(int year) =>
        Milex.Values.TryGetValue(year, out var m) && Gdp.Values.TryGetValue(year, out var g) && g > 0 ? m / g : null;
}

/// <summary>Reads every country's inputs in a few store queries.</summary>
public static class ScenarioInputs
{
    /// <summary>First year of the history that calibrates the growth and PPP/MER drift distributions.</summary>
    public const int HistoryFrom = 2000;

    public static IReadOnlyDictionary<string, CountryInputs> Load(MilbalStore store, IReadOnlyList<string> countries, int baseYear, MoneyBasis basis,
        EntityRegistry registry, IFactorProvider factors)
    {
        var sipri = store.Series(new SeriesQuery(countries, [Measures.Milex.Id], "sipri"));
        var weo = store.Series(new SeriesQuery(countries, [Measures.Gdp.Id, Measures.GdpRealGrowth.Id, Measures.GdpDeflator.Id], "weo"));
        var converter = new Converter(factors);
        factors.Prefetch(countries.ToArray());
        var result = new Dictionary<string, CountryInputs>(StringComparer.Ordinal);
        foreach (var id in countries)
        {
            static bool CurrentLcu(Observation o) => o.Unit is { Kind: UnitKind.Money, Conversion: Conversion.None, PriceBasis.IsConstant: false };
            var milex = Newest(sipri.Where(r => r.Observation.EntityId == id && r.Observation.Period == PeriodBasis.CalendarYear && CurrentLcu(r.Observation)));
            var gdp = Newest(weo.Where(r => r.Observation.EntityId == id && r.Observation.MeasureId == Measures.Gdp.Id && CurrentLcu(r.Observation)));
            var growth = Newest(weo.Where(r => r.Observation.EntityId == id && r.Observation.MeasureId == Measures.GdpRealGrowth.Id));
            var deflator = Newest(weo.Where(r => r.Observation.EntityId == id && r.Observation.MeasureId == Measures.GdpDeflator.Id));

            Converted? conversion = null;
            double fx = double.NaN;
            var weight = basis switch { MoneyBasis.UsdMer => 1.0, MoneyBasis.IntPpp => 0.0, _ => double.NaN };
            if (gdp.Values.TryGetValue(baseYear, out var gdpBase))
            {
                var observation = new Observation(id, baseYear, Measures.Gdp.Id, gdpBase, Unit.LocalMoney(registry.Resolve(id).Currency ?? Unit.LocalCurrency, Scale.Units, PriceBasis.Current));
                try
                {
                    conversion = converter.Convert(new StoredObservation(gdp.Dataset, gdp.Edition, false, observation), new MoneyUnit(basis, baseYear));
                    fx = factors.ExchangeRate(id, baseYear).Value;
                    if (basis == MoneyBasis.Hybrid) weight = factors.EquipmentShare(id, baseYear).Value;
                }
                catch (ConversionException)
                {
                    // No factor for the base year: the country is reported as missing, never as zero.
                    conversion = null;
                }
            }

            var history = growth.Values.Where(kv => kv.Key >= HistoryFrom && kv.Key <= baseYear && !growth.Projected.Contains(kv.Key)).Select(kv => kv.Value).ToArray();
            var drift = new List<double>();
            double? previous = null;
            for (var year = HistoryFrom; year <= baseYear; year++)
            {
                double? ratio = null;
                try
                {
                    ratio = Math.Log(factors.PppFactor(id, year).Value / factors.ExchangeRate(id, year).Value);
                }
                catch (ConversionException)
                {
                    // A gap breaks the chain of annual changes.
                }
                if (ratio is { } r && previous is { } p) drift.Add(r - p);
                previous = ratio;
            }
            var name = registry.TryResolve(id, out var entity) ? entity.Name : id;
            result[id] = new CountryInputs(id, name, milex, gdp, growth, deflator, conversion, fx, SampleSd(history), history.Length,
                SampleSd(drift), drift.Count, weight);
        }
        return result;
    }

    /// <summary>Sample standard deviation (n − 1); 0 with fewer than two values.</summary>
    public static double SampleSd(IReadOnlyList<double> values)
    {
        if (values.Count < 2) return 0;
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    /// <summary>The newest edition's series, values scaled to units.</summary>
    private static SourcedSeries Newest(IEnumerable<StoredObservation> rows)
    {
        var list = rows.ToArray();
        if (list.Length == 0) return SourcedSeries.Empty;
        var edition = list.Select(r => r.Edition).Max(StringComparer.Ordinal)!;
        var chosen = list.Where(r => r.Edition == edition).ToArray();
        // One unit per series: if a publisher gives several (constant bases), the caller's filter already picked one kind.
        var unit = chosen.GroupBy(r => r.Observation.Unit.ToString()).OrderByDescending(g => g.Count()).First().Key;
        var values = new Dictionary<int, double>();
        var projected = new HashSet<int>();
        foreach (var r in chosen.Where(r => r.Observation.Unit.ToString() == unit))
        {
            var o = r.Observation;
            values[o.Year] = o.Unit.Kind == UnitKind.Money ? o.Value * Math.Pow(10, (int)o.Unit.Scale) : o.Value;
            if (o.Flags.HasFlag(ObservationFlags.Projection)) projected.Add(o.Year);
        }
        return new SourcedSeries(chosen[0].Dataset, edition, values, projected);
    }
}
