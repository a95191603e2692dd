using System.Globalization;
using Milbal.Core.Observations;

namespace Milbal.Analysis.Conversions;

/// <summary>Which price index deflates local currency: the GDP deflator (NATO, World Bank, IMF) or the CPI (SIPRI).</summary>
public enum DeflatorKind { GdpDeflator, Cpi }

/// <summary>Whose exchange rates, PPP factors and deflators come first; the other publisher fills series the first lacks.</summary>
public enum FactorPublisher { Wdi, Weo }

/// <summary>
/// One number a conversion used, with where it came from: "ppp_factor RUS 2024 = 29.063 LCU per INT$ (wdi 2026-03-05)".
/// </summary>
/// <param name="Name">fx_rate, ppp_factor, gdp_deflator, cpi, equipment_share …</param>
/// <param name="Derivation">How Milbal derived it when it is not a published value (chain-linked, implied, interpolated).</param>
public sealed record Factor(string Name, string EntityId, int Year, double Value, string Unit, string Dataset, string Edition, string? Derivation = null)
{
    public string Source => Dataset.Length == 0 ? "assumption" : $"{Dataset} {Edition}";

    public override string ToString() =>
        $"{Name} {EntityId} {Year} = {Value.ToString("G6", CultureInfo.InvariantCulture)} {Unit} ({Source}{(Derivation is null ? "" : "; " + Derivation)})";
}

/// <summary>One elemental step: the value is multiplied by <see cref="Multiplier"/>, computed from <see cref="Factors"/>.</summary>
public sealed record ConversionStep(string Description, double Multiplier, IReadOnlyList<Factor> Factors)
{
    public override string ToString() =>
        $"{Description}: × {Multiplier.ToString("G6", CultureInfo.InvariantCulture)}" + (Factors.Count == 0 ? "" : $" [{string.Join("; ", Factors)}]");
}

/// <summary>A converted value with the observation it came from and every step and factor used.</summary>
public sealed record Converted(Observation Value, string Dataset, string Edition, Observation Input, IReadOnlyList<ConversionStep> Steps)
{
    public IEnumerable<Factor> Factors => Steps.SelectMany(s => s.Factors);

    /// <summary>The factors as one line for CSV and tables: "fx_rate RUS 2024 = 92.5524 … ; ppp_factor …".</summary>
    public string FactorsText => string.Join("; ", Factors);
}

/// <summary>A conversion that cannot be done: a factor is missing, or the value is not money.</summary>
public sealed class ConversionException(string message) : Exception(message);
