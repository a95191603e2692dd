using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Analysis.Conversions;

/// <summary>
/// Converts money between local currency, US$ at market rates, international $ at GDP PPP and the hybrid basis,
/// current or constant prices, in GDPuc's elemental steps: every value first goes to current local currency of its
/// year, is deflated there with the country's own deflator, and is then converted at the base year's rate.
/// Each step records the factors it used.
/// </summary>
public sealed class Converter(IFactorProvider factors, DeflatorKind deflator = DeflatorKind.GdpDeflator)
{
    /// <summary>The default deflator: the GDP deflator, as NATO, the World Bank, the IMF and GDPuc use (SIPRI uses the CPI).</summary>
    public const DeflatorKind DefaultDeflator = DeflatorKind.GdpDeflator;

    public DeflatorKind Deflator { get; } = deflator;

    /// <summary>Where this converter's factors come from (callers prefetch a group's members through it).</summary>
    public IFactorProvider Factors => factors;

    public Converted Convert(StoredObservation input, MoneyUnit target, Scale? scale = null)
    {
        var o = input.Observation;
        var u = o.Unit;
        if (u.Kind != UnitKind.Money)
            throw new ConversionException($"{o.EntityId} {o.MeasureId} {o.Year} is in {u}, not money; only money converts between currencies");
        if (u.Conversion == Conversion.Hybrid)
            throw new ConversionException($"{o.EntityId} {o.MeasureId} {o.Year} is already on the hybrid basis and cannot be converted back");
        var currency = factors.LocalCurrency(o.EntityId);
        if (u.Conversion == Conversion.None && u.Currency != currency && u.Currency != Unit.LocalCurrency)
            throw new ConversionException($"{o.EntityId} {o.Year} is in {u.Currency} but the exchange rates and PPP factors for {o.EntityId} are per {currency}; convert it by hand");

        var steps = new List<ConversionStep>();
        var value = o.Value;
        var outScale = scale ?? u.Scale;
        void Apply(string description, double multiplier, params Factor[] used)
        {
            steps.Add(new ConversionStep(description, multiplier, used));
            value *= multiplier;
        }

        if (IsAlreadyIn(u, target))
        {
            if (outScale != u.Scale) Rescale(u.Scale, outScale, (d, m) => { steps.Add(new ConversionStep(d, m, [])); value *= m; });
            return new Converted(o with { Value = value, Unit = u.WithScale(outScale) }, input.Dataset, input.Edition, o, steps);
        }

        // 1. To current local currency of the observation's year.
        switch (u.Conversion)
        {
            case Conversion.MarketRate when u.Currency != "USD":
                throw new ConversionException($"{o.EntityId} {o.Year} is in {u.Currency}; Milbal's market-rate factors are per US dollar");
            case Conversion.MarketRate:
            {
                var rateYear = u.PriceBasis.BaseYear ?? o.Year;
                var fx = factors.ExchangeRate(o.EntityId, rateYear);
                Apply($"US$ → {currency} at the {rateYear} market rate", fx.Value, fx);
                break;
            }
            case Conversion.Ppp:
            {
                var rateYear = u.PriceBasis.BaseYear ?? o.Year;
                var ppp = factors.PppFactor(o.EntityId, rateYear);
                Apply($"Int$ → {currency} at the {rateYear} GDP PPP", ppp.Value, ppp);
                break;
            }
        }
        if (u.PriceBasis.BaseYear is { } fromBase && fromBase != o.Year)
            Reprice(o.EntityId, fromBase, o.Year, Apply);

        // 2. From current local currency to the target basis.
        var priceYear = target.ConstantYear ?? o.Year;
        if (priceYear != o.Year) Reprice(o.EntityId, o.Year, priceYear, Apply);
        switch (target.Basis)
        {
            case MoneyBasis.UsdMer:
            {
                var fx = factors.ExchangeRate(o.EntityId, priceYear);
                Apply($"{currency} → US$ at the {priceYear} market rate", 1 / fx.Value, fx);
                break;
            }
            case MoneyBasis.IntPpp:
            {
                var ppp = factors.PppFactor(o.EntityId, priceYear);
                Apply($"{currency} → Int$ at the {priceYear} GDP PPP", 1 / ppp.Value, ppp);
                break;
            }
            case MoneyBasis.Hybrid:
            {
                var fx = factors.ExchangeRate(o.EntityId, priceYear);
                var ppp = factors.PppFactor(o.EntityId, priceYear);
                var share = factors.EquipmentShare(o.EntityId, o.Year);
                var multiplier = share.Value / fx.Value + (1 - share.Value) / ppp.Value;
                Apply($"{currency} → hybrid $: {share.Value * 100:0.#}% equipment at the {priceYear} market rate, the rest at the {priceYear} GDP PPP", multiplier, share, fx, ppp);
                break;
            }
        }

        if (outScale != u.Scale) Rescale(u.Scale, outScale, (d, m) => Apply(d, m));

        var flags = o.Flags | (steps.SelectMany(s => s.Factors).Any(f => f.Derivation?.Contains("interpolated", StringComparison.Ordinal) == true) ? ObservationFlags.Interpolated : ObservationFlags.None);
        var result = o with { Value = value, Unit = target.ToUnit(currency, outScale), Flags = flags };
        return new Converted(result, input.Dataset, input.Edition, o, steps);
    }

    /// <summary>True when a value in <paramref name="unit"/> needs no conversion to be in <paramref name="target"/> (scale aside).</summary>
    public static bool IsAlreadyIn(Unit unit, MoneyUnit target) =>
        unit.Kind == UnitKind.Money && unit.PriceBasis.BaseYear == target.ConstantYear && target.Basis switch
        {
            MoneyBasis.Lcu => unit.Conversion == Conversion.None,
            MoneyBasis.UsdMer => unit is { Conversion: Conversion.MarketRate, Currency: "USD" },
            MoneyBasis.IntPpp => unit.Conversion == Conversion.Ppp,
            _ => unit.Conversion == Conversion.Hybrid,
        };

    private static void Rescale(Scale from, Scale to, Action<string, double> apply) =>
        apply($"rescale from {ScaleName(from)} to {ScaleName(to)}", Math.Pow(10, (int)from - (int)to));

    private static string ScaleName(Scale scale) => scale == Scale.Units ? "units" : Unit.ScaleWord(scale) + "s";

    private void Reprice(string entityId, int fromYear, int toYear, Action<string, double, Factor[]> apply)
    {
        var (from, to) = factors.Deflator(entityId, Deflator, fromYear, toYear);
        var name = Deflator == DeflatorKind.Cpi ? "CPI" : "GDP deflator";
        apply($"{fromYear} prices → {toYear} prices ({name})", to.Value / from.Value, [from, to]);
    }
}
