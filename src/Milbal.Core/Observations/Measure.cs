namespace Milbal.Core.Observations;

/// <summary>A quantity Milbal knows by a short, stable id used on the command line, in the API and in SQL.</summary>
public sealed record Measure(string Id, string Name, string Description);

/// <summary>
/// The measures Milbal interprets. Importers map publishers' codes onto these; a publisher series with no
/// equivalent keeps a namespaced id of its own ("weo.BCA", "wdi.NY.GDP.PCAP.CD") so no data is dropped.
/// </summary>
public static class Measures
{
    public static readonly Measure Milex = new("milex", "Military expenditure", "Military / defence expenditure in money terms (see unit for currency, price basis and conversion)");
    public static readonly Measure MilexGdpShare = new("milex_gdp_share", "Military expenditure, share of GDP", "Military expenditure as % of GDP");
    public static readonly Measure MilexPerCapita = new("milex_per_capita", "Military expenditure per capita", "Military expenditure per person");
    public static readonly Measure MilexGovtShare = new("milex_govt_share", "Military expenditure, share of government spending", "Military expenditure as % of general government expenditure");
    public static readonly Measure MilexRealChange = new("milex_real_change", "Military expenditure, real change", "Annual change in constant prices, %");
    public static readonly Measure EquipmentShare = new("milex_equipment_share", "Equipment share", "Major equipment incl. related R&D, % of defence expenditure");
    public static readonly Measure PersonnelShare = new("milex_personnel_share", "Personnel share", "Personnel incl. pensions, % of defence expenditure");
    public static readonly Measure InfrastructureShare = new("milex_infrastructure_share", "Infrastructure share", "Infrastructure, % of defence expenditure");
    public static readonly Measure OtherShare = new("milex_other_share", "Other share", "Operations, maintenance and other, % of defence expenditure");
    public static readonly Measure ArmedForcesPersonnel = new("armed_forces_personnel", "Armed forces personnel", "Military personnel");
    public static readonly Measure Gdp = new("gdp", "Gross domestic product", "GDP in money terms (see unit)");
    public static readonly Measure GdpRealGrowth = new("gdp_real_growth", "GDP growth, real", "Annual % change of GDP at constant prices");
    public static readonly Measure GdpPerCapita = new("gdp_per_capita", "GDP per capita", "GDP per person (see unit)");
    public static readonly Measure PppFactor = new("ppp_factor", "PPP conversion factor, GDP", "Local currency units per international dollar");
    public static readonly Measure FxRate = new("fx_rate", "Exchange rate", "Local currency units per US dollar, period average");
    public static readonly Measure Cpi = new("cpi", "Consumer price index", "Index of consumer prices, period average");
    public static readonly Measure CpiInflation = new("cpi_inflation", "Inflation, consumer prices", "Annual % change of consumer prices, period average");
    public static readonly Measure GdpDeflator = new("gdp_deflator", "GDP deflator", "Index of GDP prices");
    public static readonly Measure GdpDeflatorInflation = new("gdp_deflator_inflation", "Inflation, GDP deflator", "Annual % change of the GDP deflator");
    public static readonly Measure Population = new("population", "Population", "Total population");
    public static readonly Measure Target = new("target_gdp_share", "Spending target", "A pledged spending level, % of GDP");
    public static readonly Measure Area = new("area", "Area", "Area in km²");
    public static readonly Measure Production = new("production", "Production", "Items produced per year");

    public static IReadOnlyList<Measure> All { get; } =
    [
        Milex, MilexGdpShare, MilexPerCapita, MilexGovtShare, MilexRealChange, EquipmentShare, PersonnelShare,
        InfrastructureShare, OtherShare, ArmedForcesPersonnel, Gdp, GdpRealGrowth, GdpPerCapita, PppFactor, FxRate,
        Cpi, CpiInflation, GdpDeflator, GdpDeflatorInflation, Population, Target, Area, Production,
    ];

    private static readonly Dictionary<string, Measure> ById = All.ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string id, out Measure measure) => ById.TryGetValue(id.Trim(), out measure!);

    /// <summary>A publisher-native measure id for a series Milbal does not interpret, e.g. ("weo", "BCA") → "weo.BCA".</summary>
    public static string Native(string datasetId, string code) => $"{datasetId}.{code.Trim()}";

    public static bool IsNative(string id) => id.Contains('.');
}
