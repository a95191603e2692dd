using System.Globalization;
using Milbal.Core.Observations;

namespace Milbal.Analysis.Conversions;

/// <summary>The currency side of a target unit, named as GDPuc names them.</summary>
public enum MoneyBasis
{
    /// <summary>The country's own currency ("LCU").</summary>
    Lcu,
    /// <summary>US dollars at market exchange rates ("US$MER").</summary>
    UsdMer,
    /// <summary>International dollars at GDP purchasing-power parity ("Int$PPP").</summary>
    IntPpp,
    /// <summary>Milbal's hybrid defence PPP: the equipment share at market rates, the rest at GDP PPP.</summary>
    Hybrid,
}

/// <summary>
/// A target unit such as "current LCU", "constant 2023 US$MER", "current Int$PPP" or "constant 2024 hybrid".
/// </summary>
public sealed record MoneyUnit(MoneyBasis Basis, int? ConstantYear)
{
    public bool IsConstant => ConstantYear is not null;

    public static readonly IReadOnlyList<string> Examples =
        ["current LCU", "constant 2023 LCU", "current US$MER", "constant 2023 US$MER", "current Int$PPP", "constant 2023 Int$PPP", "current hybrid", "constant 2023 hybrid"];

    public static MoneyUnit Parse(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int? year = null;
        string basisWord;
        if (words.Length == 2 && words[0].Equals("current", StringComparison.OrdinalIgnoreCase)) basisWord = words[1];
        else if (words.Length == 3 && words[0].Equals("constant", StringComparison.OrdinalIgnoreCase)
                 && int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && Observation.IsPlausibleYear(y))
        {
            year = y;
            basisWord = words[2];
        }
        else throw new FormatException($"'{text}' is not a unit; use one of: {string.Join(", ", Examples)}");
        var basis = basisWord.ToUpperInvariant() switch
        {
            "LCU" => MoneyBasis.Lcu,
            "US$MER" or "USD" or "US$" => MoneyBasis.UsdMer,
            "INT$PPP" or "PPP" => MoneyBasis.IntPpp,
            "HYBRID" => MoneyBasis.Hybrid,
            _ => throw new FormatException($"'{basisWord}' is not a currency basis; use LCU, US$MER, Int$PPP or hybrid"),
        };
        return new MoneyUnit(basis, year);
    }

    public override string ToString() =>
        (ConstantYear is { } y ? $"constant {y} " : "current ") + Basis switch
        {
            MoneyBasis.Lcu => "LCU",
            MoneyBasis.UsdMer => "US$MER",
            MoneyBasis.IntPpp => "Int$PPP",
            _ => "hybrid",
        };

    /// <summary>The stored unit of a value converted into this one.</summary>
    public Unit ToUnit(string localCurrency, Scale scale)
    {
        var basis = ConstantYear is { } y ? PriceBasis.Constant(y) : PriceBasis.Current;
        return Basis switch
        {
            MoneyBasis.Lcu => Unit.LocalMoney(localCurrency, scale, basis),
            MoneyBasis.UsdMer => Unit.UsDollars(scale, basis),
            MoneyBasis.IntPpp => Unit.InternationalDollars(scale, basis),
            _ => Unit.HybridDollars(scale, basis),
        };
    }
}
