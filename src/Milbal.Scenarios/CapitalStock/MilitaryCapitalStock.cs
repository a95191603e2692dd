using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Scenarios.CapitalStock;

/// <summary>One year's equipment investment and what it was computed from.</summary>
/// <param name="Milex">Military expenditure, USD million, constant 2015 prices, market rate (NATO Table 2).</param>
/// <param name="EquipmentSharePercent">NATO's major-equipment share (Table 8a), % of military expenditure.</param>
/// <param name="Investment">Milex × share / 100, USD million, constant 2015, market rate.</param>
/// <param name="Flags">Flags of the two inputs (NATO marks 2023–2024 as estimates).</param>
public sealed record EquipmentInvestment(int Year, double Milex, double EquipmentSharePercent, double Investment, ObservationFlags Flags);

/// <summary>A country's stock, or why it has none.</summary>
public sealed record CountryCapitalStock(string EntityId, IReadOnlyList<EquipmentInvestment> Inputs, CapitalStockPath? Path, string? MissingReason);

/// <summary>A group's stock in one year: the sum over the members of that year that have a stock, and those that don't.</summary>
public sealed record GroupCapitalStockYear(int Year, double Investment, double Depreciation, double Stock, bool Projected, IReadOnlyList<string> Members, IReadOnlyList<string> Missing)
{
    public bool IsComplete => Missing.Count == 0;

    public string CoverageText => IsComplete ? $"all {Members.Count} members" : $"{Members.Count - Missing.Count} of {Members.Count} members; missing {string.Join(", ", Missing)}";
}

public sealed record GroupCapitalStock(string GroupId, IReadOnlyList<GroupCapitalStockYear> Years, IReadOnlyList<CountryCapitalStock> Members);

/// <summary>
/// Military equipment capital stock from NATO data: equipment investment = NATO equipment share × military
/// expenditure in constant 2015 US$ (market rate), accumulated with <see cref="CapitalStockModel"/>.
/// Constant 2015 dollars at 2015 exchange rates are NATO's own real series, so no deflator of Milbal's enters.
/// </summary>
public sealed class MilitaryCapitalStock(MilbalStore store, string natoEdition = MilitaryCapitalStock.DefaultNatoEdition)
{
    public const string DefaultNatoEdition = "2024";
    public const int PriceBaseYear = 2015;

    /// <summary>USD million, constant 2015, market rate: the unit of investment, depreciation and stock.</summary>
    public static Unit StockUnit { get; } = Unit.UsDollars(Scale.Millions, PriceBasis.Constant(PriceBaseYear));

    public string NatoEdition { get; } = natoEdition;

    private readonly Dictionary<string, IReadOnlyList<EquipmentInvestment>> _inputs = new(StringComparer.Ordinal);

    /// <summary>The equipment investment series of a country; empty when NATO publishes no share or no spending for it.</summary>
    public IReadOnlyList<EquipmentInvestment> Investment(string entityId)
    {
        if (_inputs.TryGetValue(entityId, out var cached)) return cached;
        var rows = store.Series(new SeriesQuery([entityId], [Measures.Milex.Id, Measures.EquipmentShare.Id], "nato", NatoEdition));
        var milex = rows.Where(r => r.Observation.MeasureId == Measures.Milex.Id && IsConstantUsd(r.Observation.Unit))
            .GroupBy(r => r.Observation.Year).ToDictionary(g => g.Key, g => g.First().Observation);
        var share = rows.Where(r => r.Observation.MeasureId == Measures.EquipmentShare.Id && r.Observation.Unit.Kind == UnitKind.Percent)
            .GroupBy(r => r.Observation.Year).ToDictionary(g => g.Key, g => g.First().Observation);
        var result = milex.Keys.Where(share.ContainsKey).Order().Select(y =>
        {
            var m = milex[y];
            var s = share[y];
            var value = m.Value * Math.Pow(10, (int)m.Unit.Scale - (int)Scale.Millions);
            return new EquipmentInvestment(y, value, s.Value, value * s.Value / 100, m.Flags | s.Flags);
        }).ToArray();
        _inputs[entityId] = result;
        return result;
    }

    private static bool IsConstantUsd(Unit unit) =>
        unit is { Kind: UnitKind.Money, Currency: "USD", Conversion: Conversion.MarketRate } && unit.PriceBasis.BaseYear == PriceBaseYear;

    /// <summary>A country's stock from its historical investment, continued with <paramref name="futureInvestment"/> (USD million, constant 2015) when given.</summary>
    public CountryCapitalStock Country(string entityId, CapitalStockParameters parameters, IReadOnlyDictionary<int, double>? futureInvestment = null)
    {
        var inputs = Investment(entityId);
        if (inputs.Count == 0)
            return new CountryCapitalStock(entityId, inputs, null, $"nato {NatoEdition} has no equipment share or no constant-2015-US$ expenditure for {entityId}");
        // The last run of consecutive years: a gap would otherwise have to be filled, and a missing year is not a zero.
        var start = inputs.Count - 1;
        while (start > 0 && inputs[start - 1].Year == inputs[start].Year - 1) start--;
        var used = inputs.Skip(start).ToArray();
        var path = CapitalStockModel.Project(used.ToDictionary(i => i.Year, i => i.Investment), futureInvestment ?? new Dictionary<int, double>(), parameters);
        return new CountryCapitalStock(entityId, used, path, null);
    }

    /// <summary>
    /// The group's stock per year: the sum of the stocks of the members of that year (membership by year, as NATO
    /// reports its totals). Members without a stock in a year are listed as missing, never counted as zero.
    /// </summary>
    public GroupCapitalStock Group(Group group, CapitalStockParameters parameters, IReadOnlyDictionary<string, IReadOnlyDictionary<int, double>>? futureInvestment = null)
    {
        var members = group.EverMembers.Select(id => Country(id, parameters, futureInvestment is not null && futureInvestment.TryGetValue(id, out var f) ? f : null)).ToArray();
        var paths = members.Where(m => m.Path is not null).ToArray();
        if (paths.Length == 0) return new GroupCapitalStock(group.Id, [], members);
        var first = paths.Min(m => m.Path!.FirstYear);
        var last = paths.Max(m => m.Path!.LastYear);
        var years = new List<GroupCapitalStockYear>();
        for (var year = first; year <= last; year++)
        {
            var inYear = group.MembersIn(year);
            var values = inYear.Select(id => members.First(m => m.EntityId == id).Path?.In(year)).ToArray();
            var have = values.OfType<CapitalStockYear>().ToArray();
            var missing = inYear.Where((_, i) => values[i] is null).ToArray();
            years.Add(new GroupCapitalStockYear(year, have.Sum(v => v.Investment), have.Sum(v => v.Depreciation), have.Sum(v => v.Stock),
                have.Any(v => v.Projected), inYear, missing));
        }
        return new GroupCapitalStock(group.Id, years, members);
    }

    /// <summary>Provenance lines: NATO edition and tables used, and the method.</summary>
    public IReadOnlyList<string> Sources()
    {
        var entry = store.Catalogue().FirstOrDefault(c => c.Dataset.Id == "nato" && c.Dataset.Edition == NatoEdition);
        var nato = entry is null
            ? $"nato {NatoEdition}: NATO, Defence Expenditure of NATO Countries"
            : $"nato {NatoEdition}: {entry.Dataset.Publisher}, {entry.Dataset.Title}" + (entry.Dataset.ReleaseDate is { } d ? $", released {d:yyyy-MM-dd}" : "") + $"; {entry.Dataset.Address}";
        return
        [
            nato + " — Table 2 (military expenditure, USD million, constant 2015 prices and exchange rates) and Table 8a (major equipment share, %)",
            "method: BEA perpetual inventory with geometric depreciation (BEA, Survey of Current Business, fixed reproducible tangible wealth 1925–94, box 1: http://www.bea.gov/scb/account_articles/national/wlth2594/box1.htm; declining-balance rate 1.65 for equipment: Fraumeni, Survey of Current Business, July 1997)",
        ];
    }
}
