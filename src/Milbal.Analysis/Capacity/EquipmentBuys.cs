using Milbal.Analysis.Conversions;
using Milbal.Analysis.Statistics;
using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Analysis.Capacity;

/// <summary>One country's spending in one year of a projection, in billions of the projection's unit.</summary>
/// <param name="Additional">Spending minus the baseline's in the same year; null without a baseline.</param>
public sealed record CountrySpending(string EntityId, int Year, double Spending, double? Additional);

/// <summary>The equipment share applied to a country: NATO's latest published year up to the year asked, else the stated default.</summary>
public sealed record AppliedShare(string EntityId, double Share, int? PublishedYear, string Source);

/// <summary>A unit cost moved to the target money unit: multiplier on the row's low / central / high and the factors used.</summary>
public sealed record ConvertedUnitCost(UnitCostRow Row, string ConvertedWith, double Multiplier, Range3 Cost, string Factors);

/// <summary>Equipment spending of the entity in one year, total and additional, in billions of the unit.</summary>
public sealed record EquipmentYear(int Year, double Spending, double Equipment, double? Additional, double? AdditionalEquipment);

/// <summary>Units a year for one item and year: P5 / P50 / P95 over the unit-cost draws.</summary>
public sealed record ItemYearUnits(int Year, Range3 Units, Range3? AdditionalUnits);

public sealed record ItemBuys(string Item, Range3 UnitCost, Range3 UnitsPerBillion, IReadOnlyList<ConvertedUnitCost> Costs, IReadOnlyList<ItemYearUnits> Years);

public sealed record EquipmentBuysResult(
    string Entity, MoneyUnit Unit, double ItemShare, double? EquipmentShareOverride, IReadOnlyList<AppliedShare> Shares,
    IReadOnlyList<EquipmentYear> Years, IReadOnlyList<ItemBuys> Items, int Paths, int Seed, IReadOnlyList<string> Notes)
{
    public IEnumerable<UnitCostRow> Sources => Items.SelectMany(i => i.Costs).Select(c => c.Row);
}

/// <summary>
/// What a spending path buys: equipment spending (spending × each country's equipment share) × the item's share of it ÷ cited unit
/// costs. Unit costs are moved from their contract currency and price year to the projection's unit with the project's converter
/// (the buyer's GDP deflator to the base year, then the base year's market rate); the spending path is taken as given, so the
/// ranges come from the unit costs alone.
/// </summary>
public static class EquipmentBuys
{
    public const int DefaultPaths = 20_000;
    public const int DefaultSeed = CapacityAnalysis.DefaultSeed;

    /// <summary>Where a currency's prices are deflated and converted when the buyer does not use it (e.g. a euro contract for Hungary).</summary>
    private static readonly Dictionary<string, string> CurrencyHome = new(StringComparer.Ordinal)
    {
        ["EUR"] = "DEU", ["USD"] = "USA", ["GBP"] = "GBR", ["CZK"] = "CZE", ["SEK"] = "SWE", ["NOK"] = "NOR", ["PLN"] = "POL", ["DKK"] = "DNK",
    };

    public const string Distribution =
        "per draw one cited unit-cost row of the item is picked uniformly and its cost drawn from triangular(low, central, high); rows without a published range have low = central = high, so the spread is the disagreement between contracts";

    public static EquipmentBuysResult Run(string entity, IReadOnlyList<CountrySpending> spending, MoneyUnit unit, Converter converter,
        UnitCostDataset costs, IReadOnlyCollection<string>? items = null, double itemShare = 1.0, double? equipmentShareOverride = null,
        int paths = DefaultPaths, int seed = DefaultSeed)
    {
        if (unit.Basis != MoneyBasis.UsdMer || unit.ConstantYear is null)
            throw new ArgumentException($"equipment is bought at market prices: run the spending path in constant US$MER, not {unit}");
        if (itemShare is <= 0 or > 1) throw new ArgumentException($"--item-share {itemShare}: use a fraction in (0, 1]");
        if (equipmentShareOverride is <= 0 or > 1) throw new ArgumentException($"--share-of-equipment {equipmentShareOverride}: use a fraction in (0, 1]");
        if (paths is < 100 or > 1_000_000) throw new ArgumentException($"--paths {paths}: use 100 to 1,000,000");
        if (spending.Count == 0) throw new ArgumentException($"no spending rows for {entity}");
        var baseYear = unit.ConstantYear.Value;

        var countries = spending.Select(s => s.EntityId).Distinct().Order(StringComparer.Ordinal).ToArray();
        converter.Factors.Prefetch(countries);
        var shares = countries.Select(id => equipmentShareOverride is { } fixedShare
            ? new AppliedShare(id, fixedShare, null, "user-given (--share-of-equipment)")
            : LatestShare(converter.Factors, id, baseYear)).ToDictionary(s => s.EntityId);

        var years = spending.GroupBy(s => s.Year).OrderBy(g => g.Key).Select(g => new EquipmentYear(g.Key,
            g.Sum(s => s.Spending), g.Sum(s => s.Spending * shares[s.EntityId].Share),
            g.All(s => s.Additional is not null) ? g.Sum(s => s.Additional!.Value) : null,
            g.All(s => s.Additional is not null) ? g.Sum(s => s.Additional!.Value * shares[s.EntityId].Share) : null)).ToArray();

        var itemIds = (items is { Count: > 0 } ? items.Select(CapacityDataset.NormaliseItem) : costs.Items).Distinct().ToArray();
        var random = new Random(seed);
        var results = new List<ItemBuys>();
        foreach (var item in itemIds)
        {
            var converted = costs.For(item).Select(r => Convert(r, unit, converter)).ToArray();
            var draws = new double[paths];
            for (var p = 0; p < paths; p++)
            {
                var c = converted[random.Next(converted.Length)];
                draws[p] = CapacitySampling.Triangular(random, c.Cost.Low, c.Cost.Central, c.Cost.High);
            }
            Array.Sort(draws);
            var cost = new Range3(Quantiles.Sorted(draws, 0.05), Quantiles.Sorted(draws, 0.5), Quantiles.Sorted(draws, 0.95));
            // Units are spending ÷ cost: a monotone map, so the cost's P95 gives the units' P5.
            var perBillion = new Range3(1e9 / cost.High, 1e9 / cost.Central, 1e9 / cost.Low);
            Range3 Scale(double billions) => new(perBillion.Low * billions, perBillion.Central * billions, perBillion.High * billions);
            results.Add(new ItemBuys(item, cost, perBillion, converted, years.Select(y => new ItemYearUnits(y.Year,
                Scale(y.Equipment * itemShare), y.AdditionalEquipment is { } a ? Scale(a * itemShare) : null)).ToArray()));
        }

        var assumed = shares.Values.Where(s => s.PublishedYear is null && equipmentShareOverride is null).Select(s => s.EntityId).ToArray();
        var notes = new List<string>
        {
            $"equipment spending = Σ members' spending × equipment share; shares: NATO's (dataset nato, milex_equipment_share) for the latest published year up to {baseYear}, held for later years"
                + (assumed.Length > 0 ? $"; stated assumption {converter.Factors.Options.DefaultEquipmentShare:P0} for {string.Join(", ", assumed)} (NATO publishes none)" : "")
                + (equipmentShareOverride is { } o ? $"; overridden: {o:P0} for every country" : ""),
            itemShare >= 1 ? "units = equipment spending ÷ unit cost: what the money would buy if all of it went to this one item (an upper bound; use --item-share for a mix)"
                : $"units = equipment spending × {itemShare:P0} (the item's share, user-given) ÷ unit cost",
            $"unit costs converted to {unit}: the buyer's GDP deflator from the contract's price year to {baseYear}, then the {baseYear} market rate (the currency's home country where the buyer uses another currency); factors listed per row",
            $"distribution: {Distribution}; {paths:N0} paths, seed {seed}; low / central / high = P5 / P50 / P95 (units: the cost's P95 gives the units' P5)",
            "contract prices are not factory prices: they include spares, training, logistics and support packages in proportions that differ by buyer and contract (see each row's 'includes'), and are spread over the delivery years; the spending path itself is taken as given (deterministic scenario path)",
        };
        return new EquipmentBuysResult(entity, unit, itemShare, equipmentShareOverride, shares.Values.ToArray(), years, results, paths, seed, notes);
    }

    private static AppliedShare LatestShare(IFactorProvider factors, string id, int upTo)
    {
        for (var y = upTo; y >= upTo - 10; y--)
        {
            var f = factors.EquipmentShare(id, y);
            if (f.Dataset.Length > 0) return new AppliedShare(id, f.Value, y, $"{f.Dataset} {f.Edition}, {y}");
        }
        var stated = factors.Options.DefaultEquipmentShare;
        return new AppliedShare(id, stated, null, $"stated assumption {stated:P0} (NATO publishes no equipment share)");
    }

    /// <summary>The row's prices moved to <paramref name="unit"/>: with the buyer's factors where the buyer uses the row's currency, else the currency's home country's.</summary>
    public static ConvertedUnitCost Convert(UnitCostRow row, MoneyUnit unit, Converter converter)
    {
        var candidates = new List<string>();
        try { if (converter.Factors.LocalCurrency(row.Buyer) == row.Currency) candidates.Add(row.Buyer); }
        catch (ConversionException) { }
        if (CurrencyHome.TryGetValue(row.Currency, out var home) && !candidates.Contains(home)) candidates.Add(home);
        if (candidates.Count == 0) throw new ArgumentException($"{row.Id}: no country to convert {row.Currency} prices with; add the currency's home country");
        ConversionException? last = null;
        foreach (var entity in candidates)
        {
            try
            {
                var input = new StoredObservation("unit-costs", row.Id, false,
                    new Observation(entity, row.PriceYear, "unit_cost", row.Central, Unit.LocalMoney(row.Currency, Scale.Units, PriceBasis.Current)));
                var converted = converter.Convert(input, unit);
                var m = converted.Value.Value / row.Central;
                var steps = string.Join("; ", converted.Steps.Select(s => s.ToString()));
                return new ConvertedUnitCost(row, entity, m, new Range3(row.Low * m, row.Central * m, row.High * m), steps);
            }
            catch (ConversionException e) { last = e; }
        }
        throw new ConversionException($"{row.Id}: {last!.Message}");
    }
}
