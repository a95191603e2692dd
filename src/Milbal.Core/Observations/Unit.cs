using System.Globalization;

namespace Milbal.Core.Observations;

/// <summary>What kind of quantity a value is; decides which other unit fields are meaningful.</summary>
public enum UnitKind
{
    /// <summary>An amount of money: has a currency, a scale, a price basis and a conversion.</summary>
    Money,
    /// <summary>Percent (percentage points), e.g. share of GDP 7.05 = 7.05%.</summary>
    Percent,
    /// <summary>An index number; <see cref="Unit.BaseYear"/> is the year it equals 100, when known.</summary>
    Index,
    /// <summary>Local currency units per one unit of <see cref="Unit.Currency"/> (exchange rate, PPP factor).</summary>
    CurrencyPerUnit,
    /// <summary>People (population, personnel), scaled.</summary>
    Persons,
    /// <summary>Things counted (shells, tanks, allies), scaled.</summary>
    Count,
    /// <summary>Area in square kilometres.</summary>
    SquareKilometres,
    /// <summary>A publisher's own unit that Milbal does not interpret; <see cref="Unit.Label"/> says what it is.</summary>
    AsPublished,
}

/// <summary>Current prices, or constant prices of a base year.</summary>
public readonly record struct PriceBasis
{
    private PriceBasis(int? baseYear) => BaseYear = baseYear;

    public int? BaseYear { get; }
    public bool IsConstant => BaseYear is not null;

    public static PriceBasis Current => default;

    public static PriceBasis Constant(int baseYear)
    {
        if (baseYear is < 1900 or > 2200)
            throw new ArgumentOutOfRangeException(nameof(baseYear), baseYear, "a price base year must be a plausible calendar year");
        return new PriceBasis(baseYear);
    }

    public override string ToString() => IsConstant ? $"constant {BaseYear}" : "current";

    public static PriceBasis Parse(string text)
    {
        var t = text.Trim();
        if (t.Equals("current", StringComparison.OrdinalIgnoreCase)) return Current;
        if (t.StartsWith("constant", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(t.AsSpan(8).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            return Constant(y);
        throw new FormatException($"'{text}' is not a price basis (expected 'current' or 'constant YYYY')");
    }
}

/// <summary>How an amount in local currency was turned into a common currency.</summary>
public enum Conversion
{
    /// <summary>Still in the currency it was reported in.</summary>
    None,
    /// <summary>Converted at market exchange rates.</summary>
    MarketRate,
    /// <summary>Converted at purchasing-power parity (international dollars).</summary>
    Ppp,
    /// <summary>A blend: the equipment share at market rates, the rest at GDP PPP (Milbal's hybrid defence PPP).</summary>
    Hybrid,
}

/// <summary>Powers of ten a published figure is expressed in.</summary>
public enum Scale
{
    Units = 0,
    Thousands = 3,
    Millions = 6,
    Billions = 9,
    Trillions = 12,
}

/// <summary>
/// The unit of a value. Built only through the factory methods, so that a money amount always has a currency,
/// price basis and conversion, and a percentage never has any of them.
/// </summary>
public sealed record Unit
{
    /// <summary>Currency code for the local currency of the entity, used when the publisher does not name it.</summary>
    public const string LocalCurrency = "LCU";
    /// <summary>International dollars (GDP PPP).</summary>
    public const string InternationalDollar = "INT$";
    /// <summary>Dollars of the hybrid basis: equipment at market rates, personnel and operations at GDP PPP.</summary>
    public const string HybridDollar = "HYB$";

    private Unit(UnitKind kind, string? currency, Scale scale, PriceBasis priceBasis, Conversion conversion, int? baseYear, string? label)
    {
        Kind = kind;
        Currency = currency;
        Scale = scale;
        PriceBasis = priceBasis;
        Conversion = conversion;
        BaseYear = baseYear;
        Label = label;
    }

    public UnitKind Kind { get; }
    /// <summary>ISO 4217 code, <see cref="LocalCurrency"/> or <see cref="InternationalDollar"/>; for <see cref="UnitKind.CurrencyPerUnit"/> the denominator.</summary>
    public string? Currency { get; }
    public Scale Scale { get; }
    public PriceBasis PriceBasis { get; }
    public Conversion Conversion { get; }
    /// <summary>Reference year of an index (=100), when known.</summary>
    public int? BaseYear { get; }
    /// <summary>Free text of an <see cref="UnitKind.AsPublished"/> unit.</summary>
    public string? Label { get; }

    public static Unit Money(string currency, Scale scale, PriceBasis priceBasis, Conversion conversion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        if (conversion == Conversion.Ppp && currency != InternationalDollar)
            throw new ArgumentException("a PPP-converted amount is in international dollars", nameof(currency));
        if (conversion == Conversion.MarketRate && currency is LocalCurrency or InternationalDollar or HybridDollar)
            throw new ArgumentException("a market-rate conversion has a target currency such as USD", nameof(currency));
        if ((conversion == Conversion.Hybrid) != (currency == HybridDollar))
            throw new ArgumentException("hybrid dollars and the hybrid conversion go together", nameof(currency));
        if (conversion == Conversion.None && currency is InternationalDollar)
            throw new ArgumentException("international dollars are a PPP conversion", nameof(currency));
        return new Unit(UnitKind.Money, currency, scale, priceBasis, conversion, null, null);
    }

    /// <summary>Money in the entity's own currency as reported.</summary>
    public static Unit LocalMoney(string currency, Scale scale, PriceBasis priceBasis) =>
        Money(currency, scale, priceBasis, Conversion.None);

    public static Unit UsDollars(Scale scale, PriceBasis priceBasis) =>
        Money("USD", scale, priceBasis, Conversion.MarketRate);

    public static Unit InternationalDollars(Scale scale, PriceBasis priceBasis) =>
        Money(InternationalDollar, scale, priceBasis, Conversion.Ppp);

    public static Unit HybridDollars(Scale scale, PriceBasis priceBasis) =>
        Money(HybridDollar, scale, priceBasis, Conversion.Hybrid);

    /// <summary>The same unit at another scale.</summary>
    public Unit WithScale(Scale scale) => new(Kind, Currency, scale, PriceBasis, Conversion, BaseYear, Label);

    public static readonly Unit Percent = new(UnitKind.Percent, null, Scale.Units, PriceBasis.Current, Conversion.None, null, null);

    public static Unit Index(int? baseYear = null) =>
        new(UnitKind.Index, null, Scale.Units, PriceBasis.Current, Conversion.None, baseYear, null);

    /// <summary>Local currency per unit of <paramref name="denominator"/> (USD for exchange rates, INT$ for PPP factors).</summary>
    public static Unit LocalCurrencyPer(string denominator)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(denominator);
        return new(UnitKind.CurrencyPerUnit, denominator, Scale.Units, PriceBasis.Current, Conversion.None, null, null);
    }

    public static Unit Persons(Scale scale = Scale.Units) =>
        new(UnitKind.Persons, null, scale, PriceBasis.Current, Conversion.None, null, null);

    public static Unit Count(Scale scale = Scale.Units) =>
        new(UnitKind.Count, null, scale, PriceBasis.Current, Conversion.None, null, null);

    public static readonly Unit SquareKilometres = new(UnitKind.SquareKilometres, null, Scale.Units, PriceBasis.Current, Conversion.None, null, null);

    public static Unit AsPublished(string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return new(UnitKind.AsPublished, null, Scale.Units, PriceBasis.Current, Conversion.None, null, label.Trim());
    }

    /// <summary>Rebuilds a unit from its stored parts; throws on combinations the factories forbid.</summary>
    public static Unit FromParts(UnitKind kind, string? currency, Scale scale, PriceBasis priceBasis, Conversion conversion, int? baseYear, string? label) =>
        kind switch
        {
            UnitKind.Money => Money(currency ?? throw new FormatException("a money unit needs a currency"), scale, priceBasis, conversion),
            UnitKind.Percent => Percent,
            UnitKind.Index => Index(baseYear),
            UnitKind.CurrencyPerUnit => LocalCurrencyPer(currency ?? throw new FormatException("an exchange-rate unit needs a currency")),
            UnitKind.Persons => Persons(scale),
            UnitKind.Count => Count(scale),
            UnitKind.SquareKilometres => SquareKilometres,
            UnitKind.AsPublished => AsPublished(label ?? "as published"),
            _ => throw new FormatException($"unknown unit kind {kind}"),
        };

    public static string ScaleWord(Scale scale) => scale switch
    {
        Scale.Units => "",
        Scale.Thousands => "thousand",
        Scale.Millions => "million",
        Scale.Billions => "billion",
        Scale.Trillions => "trillion",
        _ => $"1e{(int)scale}",
    };

    /// <summary>Short human label, e.g. "USD million, current, market rate" or "% ".</summary>
    public override string ToString()
    {
        var scale = ScaleWord(Scale);
        return Kind switch
        {
            UnitKind.Money => string.Join(", ", new[]
            {
                scale.Length == 0 ? Currency! : $"{Currency} {scale}",
                PriceBasis.ToString(),
                Conversion switch { Conversion.MarketRate => "market rate", Conversion.Ppp => "PPP", Conversion.Hybrid => "hybrid (equipment at market rate, rest at PPP)", _ => "local currency" },
            }),
            UnitKind.Percent => "%",
            UnitKind.Index => BaseYear is { } y ? $"index, {y}=100" : "index",
            UnitKind.CurrencyPerUnit => $"LCU per {Currency}",
            UnitKind.Persons => scale.Length == 0 ? "persons" : $"persons, {scale}",
            UnitKind.Count => scale.Length == 0 ? "count" : $"count, {scale}",
            UnitKind.SquareKilometres => "km²",
            UnitKind.AsPublished => Label!,
            _ => Kind.ToString(),
        };
    }
}
