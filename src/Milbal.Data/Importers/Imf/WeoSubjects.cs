using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;

namespace Milbal.Data.Importers.Imf;

/// <summary>What the file says about one WEO series (one area × one subject), whichever layout it came from.</summary>
/// <param name="UnitsText">The classic file's Units text ("National currency", "Percent change"), or the portal's unit code label.</param>
/// <param name="IsPercent">The publisher states the series in percent (already percentage points).</param>
/// <param name="BaseYear">Constant-price or index base year, when the file states one as a plain calendar year.</param>
internal readonly record struct WeoSeries(string Subject, Entity Entity, Scale Scale, string UnitsText, bool IsPercent, int? BaseYear);

/// <summary>Maps WEO subject codes onto Milbal measures and units; any other subject is kept as "weo.&lt;code&gt;".</summary>
internal static class WeoSubjects
{
    public static (string MeasureId, Unit Unit) Map(in WeoSeries s)
    {
        var currency = s.Entity.Currency ?? Unit.LocalCurrency;
        switch (s.Subject)
        {
            case "NGDP": return (Measures.Gdp.Id, Unit.LocalMoney(currency, s.Scale, PriceBasis.Current));
            case "NGDPD": return (Measures.Gdp.Id, Unit.UsDollars(s.Scale, PriceBasis.Current));
            case "NGDP_R":
                return (Measures.Gdp.Id, s.BaseYear is { } b
                    ? Unit.LocalMoney(currency, s.Scale, PriceBasis.Constant(b))
                    // The base year is country-specific and sometimes a fiscal year ("FY2015/16"), which
                    // PriceBasis cannot hold; keep the publisher's words rather than guess a calendar year.
                    : Unit.AsPublished($"National currency{ScaleSuffix(s.Scale)}, constant prices (country-specific base year not stated as a calendar year)"));
            case "NGDP_RPCH": return (Measures.GdpRealGrowth.Id, Unit.Percent);
            case "NGDP_D": return (Measures.GdpDeflator.Id, Unit.Index(s.BaseYear));
            case "PPPEX": return (Measures.PppFactor.Id, Unit.LocalCurrencyPer(Unit.InternationalDollar));
            case "PPPGDP": return (Measures.Gdp.Id, Unit.InternationalDollars(s.Scale, PriceBasis.Current));
            case "PCPI": return (Measures.Cpi.Id, Unit.Index(s.BaseYear));
            case "PCPIPCH": return (Measures.CpiInflation.Id, Unit.Percent);
            case "NGDPDPC": return (Measures.GdpPerCapita.Id, Unit.UsDollars(s.Scale, PriceBasis.Current));
            // For country groups the IMF publishes LP as an index, not in persons; only persons map to population.
            case "LP" when !s.UnitsText.Contains("index", StringComparison.OrdinalIgnoreCase) && s.Entity.Kind != EntityKind.Aggregate:
                return (Measures.Population.Id, Unit.Persons(s.Scale));
        }
        return (Measures.Native(DatasetIds.Weo, s.Subject),
            s.IsPercent ? Unit.Percent : Unit.AsPublished((s.UnitsText.Length == 0 ? "as published" : s.UnitsText) + ScaleSuffix(s.Scale)));
    }

    private static string ScaleSuffix(Scale scale) => scale == Scale.Units ? "" : ", " + Unit.ScaleWord(scale) + "s";

    /// <summary>The classic file's Scale column; null for a word Milbal does not know.</summary>
    public static Scale? ParseScaleWord(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "units" => Scale.Units,
        "thousands" => Scale.Thousands,
        "millions" => Scale.Millions,
        "billions" => Scale.Billions,
        "trillions" => Scale.Trillions,
        _ => null,
    };

    /// <summary>The data portal's scale column: the power of ten values are already divided by.</summary>
    public static Scale? ParseScalePower(ReadOnlySpan<char> text) => text.Trim() switch
    {
        "" or "0" => Scale.Units,
        "3" => Scale.Thousands,
        "6" => Scale.Millions,
        "9" => Scale.Billions,
        "12" => Scale.Trillions,
        _ => null,
    };

    /// <summary>Labels of the data portal's unit codes (from the portal's code list).</summary>
    public static string UnitLabel(string code) => code switch
    {
        "XDC" => "Domestic currency",
        "USD" => "US dollar",
        "PT" => "Percent",
        "IX" => "Index",
        "USCPL" => "US cents per kilogram",
        "USCPP" => "US cents per pound",
        "USDBTU" => "US dollars per million metric British thermal units of gas",
        "USDPK" => "US dollars per kilogram",
        "USDPMT" => "US dollars per metric tonne",
        "USDPP" => "US dollars per pound",
        "USD_BBL" => "US dollars per barrel",
        "USD_PCM" => "US dollars per cubic meter",
        "" or "na" => "unit not stated in the file",
        _ => code,
    };

    /// <summary>
    /// WEO area codes of the IMF's country groups (data portal), with the names the registry may know them by.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> GroupNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["G001"] = "World",
        ["G110"] = "Advanced Economies",
        ["G119"] = "G7",
        ["G163"] = "Euro Area",
        ["G200"] = "Emerging Market and Developing Economies",
        ["G205"] = "Latin America and the Caribbean",
        ["G400"] = "Middle East and Central Asia",
        ["G505"] = "Emerging and Developing Asia",
        ["G510"] = "ASEAN-5",
        ["G603"] = "Sub-Saharan Africa",
        ["G903"] = "Emerging and Developing Europe",
        ["G998"] = "European Union",
        ["GX123"] = "Other Advanced Economies",
    };
}
