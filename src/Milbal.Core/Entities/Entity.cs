namespace Milbal.Core.Entities;

public enum EntityKind
{
    /// <summary>A present-day country or territory with an ISO 3166 alpha-3 code.</summary>
    Country,
    /// <summary>A state that no longer exists (USSR, Czechoslovakia, Yugoslavia, GDR, North Yemen).</summary>
    HistoricalCountry,
    /// <summary>A publisher's own region or aggregate (SIPRI "Western Europe", WDI "EUU"), summed by the publisher.</summary>
    Aggregate,
    /// <summary>A Milbal group with membership by year (NATO, EU27, user groups), summed by Milbal.</summary>
    Group,
    /// <summary>Another actor published figures are about: a firm (Rheinmetall) or a part of a country (Pennsylvania).</summary>
    Other,
}

/// <summary>A country, a publisher aggregate or a group, with every name publishers use for it.</summary>
/// <param name="Id">ISO 3166 alpha-3 for countries; an upper-case id for aggregates and groups.</param>
/// <param name="Currency">ISO 4217 code of the currency publishers express the whole local-currency series in today.</param>
public sealed record Entity(
    string Id,
    string Name,
    EntityKind Kind,
    string? Alpha2,
    string? Currency,
    IReadOnlyList<string> Aliases)
{
    public IEnumerable<string> AllNames => Aliases.Prepend(Name).Prepend(Id);
}

/// <summary>The currency a country used from a year on (e.g. DEU: DEM to 1998, EUR from 1999).</summary>
public sealed record CurrencyPeriod(string EntityId, string Currency, int FromYear, int? ToYear);
