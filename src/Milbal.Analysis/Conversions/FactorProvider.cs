using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Analysis.Conversions;

/// <summary>Choices that change which factors a conversion uses.</summary>
/// <param name="Publisher">Whose exchange rates, PPP factors and deflators come first (default: World Bank WDI, as GDPuc).</param>
/// <param name="Interpolate">Fill a missing year linearly between published neighbours (flagged); off by default.</param>
/// <param name="DefaultEquipmentShare">Equipment share of spending for the hybrid basis where NATO publishes none (fraction).</param>
public sealed record FactorOptions(
    FactorPublisher Publisher = FactorPublisher.Wdi,
    bool Interpolate = false,
    double DefaultEquipmentShare = FactorOptions.StatedEquipmentShare)
{
    /// <summary>
    /// 30%: close to the NATO-wide equipment share of 2024 (29.9% for the US, 28–36% for the large European allies).
    /// Used for countries NATO does not report (Russia, China …) unless the user sets another.
    /// </summary>
    public const double StatedEquipmentShare = 0.30;

    public static FactorOptions Default { get; } = new();
}

/// <summary>A published (or derived) yearly series of one factor for one entity.</summary>
internal sealed record FactorSeries(string Name, string EntityId, string Dataset, string Edition, string Unit, IReadOnlyDictionary<int, double> Values, string? Derivation = null)
{
    /// <summary>The value for a year; with interpolation, a straight line between the nearest published years either side.</summary>
    public bool TryGet(int year, bool interpolate, out double value, out bool interpolated)
    {
        interpolated = false;
        if (Values.TryGetValue(year, out value)) return true;
        if (!interpolate) return false;
        var before = Values.Keys.Where(y => y < year).DefaultIfEmpty(int.MinValue).Max();
        var after = Values.Keys.Where(y => y > year).DefaultIfEmpty(int.MaxValue).Min();
        if (before == int.MinValue || after == int.MaxValue) return false;
        value = Values[before] + (Values[after] - Values[before]) * (year - before) / (after - before);
        interpolated = true;
        return true;
    }

    public Factor ToFactor(int year, double value, bool interpolated) =>
        new(Name, EntityId, year, value, Unit, Dataset, Edition,
            string.Join("; ", new[] { Derivation, interpolated ? "interpolated between published years" : null }.OfType<string>()) is { Length: > 0 } d ? d : null);
}

/// <summary>Exchange rates, PPP factors, deflators and equipment shares read from the store, each with its source.</summary>
public interface IFactorProvider
{
    FactorOptions Options { get; }

    /// <summary>The currency the entity's local-currency factors are expressed in.</summary>
    string LocalCurrency(string entityId);

    /// <summary>Local currency per US dollar, period average.</summary>
    Factor ExchangeRate(string entityId, int year);

    /// <summary>Local currency per international dollar (GDP PPP).</summary>
    Factor PppFactor(string entityId, int year);

    /// <summary>The two index levels that move a value from <paramref name="fromYear"/> prices to <paramref name="toYear"/> prices; multiply by level(to)/level(from).</summary>
    (Factor From, Factor To) Deflator(string entityId, DeflatorKind kind, int fromYear, int toYear);

    /// <summary>Equipment share of defence spending (fraction) for the hybrid basis: NATO's where published, else the stated default.</summary>
    Factor EquipmentShare(string entityId, int year);

    /// <summary>Reads the factors of many entities in one go (a group's members) instead of one query each; optional.</summary>
    void Prefetch(IReadOnlyCollection<string> entityIds) { }
}

/// <summary>Factors from the store's WDI, WEO and NATO series; loads each entity's series once.</summary>
public sealed class StoreFactorProvider(MilbalStore store, FactorOptions? options = null, EntityRegistry? registry = null) : IFactorProvider
{
    private static readonly string[] FactorMeasures =
    [
        Measures.FxRate.Id, Measures.PppFactor.Id, Measures.GdpDeflator.Id, Measures.GdpDeflatorInflation.Id, Measures.Cpi.Id,
        Measures.CpiInflation.Id, Measures.Gdp.Id, Measures.EquipmentShare.Id,
    ];

    private readonly EntityRegistry _registry = registry ?? EntityRegistry.Default;
    private readonly Dictionary<string, IReadOnlyList<StoredObservation>> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Entity, string Factor), IReadOnlyList<FactorSeries>> _series = new();

    public FactorOptions Options { get; } = options ?? FactorOptions.Default;

    public string LocalCurrency(string entityId) =>
        _registry.TryResolve(entityId, out var e) && e.Currency is { } c ? c : throw new ConversionException($"no currency is known for {entityId}");

    public Factor ExchangeRate(string entityId, int year) => Find(entityId, "fx_rate", year, "an exchange rate");

    public Factor PppFactor(string entityId, int year) => Find(entityId, "ppp_factor", year, "a PPP conversion factor");

    public (Factor From, Factor To) Deflator(string entityId, DeflatorKind kind, int fromYear, int toYear)
    {
        var name = kind == DeflatorKind.Cpi ? "cpi" : "gdp_deflator";
        foreach (var series in SeriesFor(entityId, name))
        {
            if (series.TryGet(fromYear, Options.Interpolate, out var a, out var ia) && series.TryGet(toYear, Options.Interpolate, out var b, out var ib))
                return (series.ToFactor(fromYear, a, ia), series.ToFactor(toYear, b, ib));
        }
        throw Missing(entityId, kind == DeflatorKind.Cpi ? "a consumer price index" : "a GDP deflator", fromYear == toYear ? $"{fromYear}" : $"both {fromYear} and {toYear}");
    }

    public Factor EquipmentShare(string entityId, int year)
    {
        var nato = Rows(entityId).Where(r => r.Dataset == "nato" && r.Observation.MeasureId == Measures.EquipmentShare.Id && r.Observation.Year == year)
            .OrderByDescending(r => r.Edition, StringComparer.Ordinal).FirstOrDefault();
        if (nato is not null)
            return new Factor("equipment_share", entityId, year, nato.Observation.Value / 100, "fraction of defence expenditure", nato.Dataset, nato.Edition);
        return new Factor("equipment_share", entityId, year, Options.DefaultEquipmentShare, "fraction of defence expenditure", "", "",
            "stated assumption: NATO publishes no equipment share for this country and year");
    }

    private Factor Find(string entityId, string name, int year, string what)
    {
        foreach (var series in SeriesFor(entityId, name))
            if (series.TryGet(year, Options.Interpolate, out var value, out var interpolated))
                return series.ToFactor(year, value, interpolated);
        throw Missing(entityId, what, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private ConversionException Missing(string entityId, string what, string years)
    {
        var publishers = Options.Publisher == FactorPublisher.Wdi ? "World Bank WDI or IMF WEO" : "IMF WEO or World Bank WDI";
        return new ConversionException($"no {what} for {entityId} in {years} in the store ({publishers})"
            + (Options.Interpolate ? "" : "; --interpolate fills a year between published ones (flagged)") + "; or import a newer release");
    }

    public void Prefetch(IReadOnlyCollection<string> entityIds)
    {
        var missing = entityIds.Where(id => !_rows.ContainsKey(id)).Distinct().ToArray();
        if (missing.Length < 2) return;
        var rows = store.Series(new SeriesQuery(missing, FactorMeasures)).ToLookup(r => r.Observation.EntityId);
        foreach (var id in missing) _rows[id] = rows[id].ToArray();
    }

    private IReadOnlyList<StoredObservation> Rows(string entityId)
    {
        if (!_rows.TryGetValue(entityId, out var rows))
            _rows[entityId] = rows = store.Series(new SeriesQuery([entityId], FactorMeasures));
        return rows;
    }

    /// <summary>Candidate series for a factor, in the order the options prefer.</summary>
    private IReadOnlyList<FactorSeries> SeriesFor(string entityId, string factor)
    {
        if (_series.TryGetValue((entityId, factor), out var cached)) return cached;
        var rows = Rows(entityId);
        IEnumerable<FactorSeries> Published(string dataset, string measure, string name) =>
            rows.Where(r => r.Dataset == dataset && r.Observation.MeasureId == measure && r.Observation.Period == PeriodBasis.CalendarYear)
                .GroupBy(r => (r.Edition, Unit: r.Observation.Unit.ToString()))
                .Select(g => new FactorSeries(name, entityId, dataset, g.Key.Edition, g.Key.Unit, g.GroupBy(r => r.Observation.Year).ToDictionary(y => y.Key, y => y.First().Observation.Value)))
                // Newest edition first within a publisher.
                .OrderByDescending(series => series.Edition, StringComparer.Ordinal);
        IEnumerable<FactorSeries> Chained(string dataset, string measure, string name) =>
            Published(dataset, measure, name).Select(s => ChainLink(s));
        IEnumerable<FactorSeries> ImpliedFx(string dataset)
        {
            bool Calendar(StoredObservation r) => r.Dataset == dataset && r.Observation.MeasureId == Measures.Gdp.Id && r.Observation.Period == PeriodBasis.CalendarYear;
            var local = rows.Where(r => Calendar(r) && r.Observation.Unit is { Kind: UnitKind.Money, Conversion: Conversion.None, PriceBasis.IsConstant: false }).ToArray();
            var usd = rows.Where(r => Calendar(r) && r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate, PriceBasis.IsConstant: false }).ToArray();
            static Dictionary<int, double> ByYear(IEnumerable<StoredObservation> series) =>
                series.GroupBy(r => r.Observation.Year).ToDictionary(g => g.Key, g => g.First().Observation.Value * Math.Pow(10, (int)g.First().Observation.Unit.Scale));
            foreach (var edition in local.Select(r => r.Edition).Distinct())
            {
                var l = ByYear(local.Where(r => r.Edition == edition));
                var u = ByYear(usd.Where(r => r.Edition == edition));
                var values = l.Keys.Where(u.ContainsKey).Where(y => u[y] != 0).ToDictionary(y => y, y => l[y] / u[y]);
                if (values.Count > 0)
                    yield return new FactorSeries("fx_rate", entityId, dataset, edition, "LCU per USD", values, "implied: GDP in national currency ÷ GDP in US$");
            }
        }
        IEnumerable<FactorSeries> From(string dataset) => factor switch
        {
            "fx_rate" => Published(dataset, Measures.FxRate.Id, factor).Concat(ImpliedFx(dataset)),
            "ppp_factor" => Published(dataset, Measures.PppFactor.Id, factor),
            "gdp_deflator" => Published(dataset, Measures.GdpDeflator.Id, factor).Concat(Chained(dataset, Measures.GdpDeflatorInflation.Id, factor)),
            "cpi" => Published(dataset, Measures.Cpi.Id, factor).Concat(Chained(dataset, Measures.CpiInflation.Id, factor)),
            _ => [],
        };
        var order = Options.Publisher == FactorPublisher.Wdi ? new[] { "wdi", "weo" } : ["weo", "wdi"];
        var list = order.SelectMany(From).ToArray();
        _series[(entityId, factor)] = list;
        return list;
    }

    /// <summary>An index level chained from annual % changes (the first year of an unbroken run = 100).</summary>
    private static FactorSeries ChainLink(FactorSeries changes)
    {
        var levels = new Dictionary<int, double>();
        var years = changes.Values.Keys.Order().ToArray();
        // Only the last unbroken run of years: a gap would silently rebase the index.
        var start = years.Length - 1;
        while (start > 0 && years[start - 1] == years[start] - 1) start--;
        if (years.Length > 0)
        {
            var level = 100.0;
            levels[years[start] - 1] = level;
            for (var i = start; i < years.Length; i++)
            {
                level *= 1 + changes.Values[years[i]] / 100;
                levels[years[i]] = level;
            }
        }
        return changes with { Unit = $"index chained from annual % changes ({years.ElementAtOrDefault(start) - 1}=100)", Values = levels, Derivation = "chain-linked from published annual % changes" };
    }
}
