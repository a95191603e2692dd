using System.Globalization;
using System.Text.RegularExpressions;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;

namespace Milbal.Data.Importers.WorldBank;

/// <summary>Maps WDI indicator codes onto Milbal measures and units; any other indicator is kept as "wdi.&lt;code&gt;".</summary>
internal static partial class WdiIndicators
{
    public const string GdpCurrentLcu = "NY.GDP.MKTP.CN";
    public const string GdpConstantLcu = "NY.GDP.MKTP.KN";
    public const string GdpCurrentUsd = "NY.GDP.MKTP.CD";
    public const string PppFactor = "PA.NUS.PPP";
    public const string ExchangeRate = "PA.NUS.FCRF";
    public const string Population = "SP.POP.TOTL";
    public const string DeflatorInflation = "NY.GDP.DEFL.KD.ZG";
    public const string Deflator = "NY.GDP.DEFL.ZS";
    public const string Cpi = "FP.CPI.TOTL";
    public const string CpiInflation = "FP.CPI.TOTL.ZG";
    public const string MilexUsd = "MS.MIL.XPND.CD";
    public const string MilexGdpShare = "MS.MIL.XPND.GD.ZS";

    // WDI rebases constant-LCU series per country (each national statistics office's own base year) and the
    // bulk file does not say which year that is, so Unit.Constant(year) would be a guess; the label keeps
    // the published meaning instead.
    private static readonly Unit ConstantLcu = Unit.AsPublished("LCU, constant prices (country-specific base year)");

    // WDI's CPI has one reference year for every country, printed in the indicator name ("(2010 = 100)");
    // read it from there so a rebased release is not mislabelled.
    [GeneratedRegex(@"\((\d{4})\s*=\s*100\)")]
    private static partial Regex IndexBaseInName();

    private static Unit CpiIndex(string indicatorName) =>
        IndexBaseInName().Match(indicatorName) is { Success: true } m ? Unit.Index(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) : Unit.Index();

    /// <summary>The measure id and unit of one indicator for one entity (the currency of LCU series depends on it).</summary>
    public static (string MeasureId, Unit Unit) Map(string code, string indicatorName, Entity entity) => code switch
    {
        GdpCurrentLcu => (Measures.Gdp.Id, Unit.LocalMoney(entity.Currency ?? Unit.LocalCurrency, Scale.Units, PriceBasis.Current)),
        GdpConstantLcu => (Measures.Gdp.Id, ConstantLcu),
        GdpCurrentUsd => (Measures.Gdp.Id, Unit.UsDollars(Scale.Units, PriceBasis.Current)),
        PppFactor => (Measures.PppFactor.Id, Unit.LocalCurrencyPer(Unit.InternationalDollar)),
        ExchangeRate => (Measures.FxRate.Id, Unit.LocalCurrencyPer("USD")),
        Population => (Measures.Population.Id, Unit.Persons()),
        DeflatorInflation => (Measures.GdpDeflatorInflation.Id, Unit.Percent),
        Deflator => (Measures.GdpDeflator.Id, Unit.Index()),
        Cpi => (Measures.Cpi.Id, CpiIndex(indicatorName)),
        CpiInflation => (Measures.CpiInflation.Id, Unit.Percent),
        MilexUsd => (Measures.Milex.Id, Unit.UsDollars(Scale.Units, PriceBasis.Current)),
        MilexGdpShare => (Measures.MilexGdpShare.Id, Unit.Percent),
        _ => (Measures.Native(DatasetIds.Wdi, code), Unit.AsPublished(string.IsNullOrWhiteSpace(indicatorName) ? code : indicatorName)),
    };

    /// <summary>
    /// The indicator a long-format (Frictionless "datasets/…") file holds. Those files carry no indicator code,
    /// so it is known only from the file name the datasets use, or from a value column named after it.
    /// </summary>
    public static (string Code, string Name)? ForLongFile(string fileName, string valueColumn)
    {
        var name = Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
        if (valueColumn.Equals("PPP", StringComparison.OrdinalIgnoreCase) || name is "ppp-gdp" or "ppp")
            return (PppFactor, "PPP conversion factor, GDP (LCU per international $)");
        return name switch
        {
            "gdp" => (GdpCurrentUsd, "GDP (current US$)"),
            "population" => (Population, "Population, total"),
            _ => null,
        };
    }
}
