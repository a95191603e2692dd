using Milbal.Core.Entities;

namespace Milbal.Data.Tests.Nato;

/// <summary>
/// The default registry once it knows the allies under NATO's spellings. Until the shared reference table of
/// countries is filled in, the allies are added here so the importers can be tested against the real files;
/// the "no unknown entities" tests then check the real table as soon as it resolves them.
/// </summary>
internal static class NatoTestRegistry
{
    private static readonly (string Id, string Name, string Alpha2, string Currency, string[] Aliases)[] Allies =
    [
        ("ALB", "Albania", "AL", "ALL", []), ("BEL", "Belgium", "BE", "EUR", []), ("BGR", "Bulgaria", "BG", "BGN", []),
        ("CAN", "Canada", "CA", "CAD", []), ("HRV", "Croatia", "HR", "EUR", []), ("CZE", "Czechia", "CZ", "CZK", ["Czech Republic"]),
        ("DNK", "Denmark", "DK", "DKK", []), ("EST", "Estonia", "EE", "EUR", []), ("FIN", "Finland", "FI", "EUR", []),
        ("FRA", "France", "FR", "EUR", []), ("DEU", "Germany", "DE", "EUR", []), ("GRC", "Greece", "GR", "EUR", []),
        ("HUN", "Hungary", "HU", "HUF", []), ("ISL", "Iceland", "IS", "ISK", []), ("ITA", "Italy", "IT", "EUR", []),
        ("LVA", "Latvia", "LV", "EUR", []), ("LTU", "Lithuania", "LT", "EUR", []), ("LUX", "Luxembourg", "LU", "EUR", []),
        ("MNE", "Montenegro", "ME", "EUR", []), ("NLD", "Netherlands", "NL", "EUR", []), ("MKD", "North Macedonia", "MK", "MKD", []),
        ("NOR", "Norway", "NO", "NOK", []), ("POL", "Poland", "PL", "PLN", []), ("PRT", "Portugal", "PT", "EUR", []),
        ("ROU", "Romania", "RO", "RON", []), ("SVK", "Slovakia", "SK", "EUR", ["Slovak Republic"]), ("SVN", "Slovenia", "SI", "EUR", []),
        ("ESP", "Spain", "ES", "EUR", []), ("SWE", "Sweden", "SE", "SEK", []), ("TUR", "Türkiye", "TR", "TRY", ["Turkey"]),
        ("GBR", "United Kingdom", "GB", "GBP", []), ("USA", "United States", "US", "USD", []),
    ];

    public static EntityRegistry Instance { get; } = Build();

    private static EntityRegistry Build()
    {
        var registry = EntityRegistry.Default;
        if (registry.TryResolve("Poland", out var poland) && poland.Id == "POL") return registry;
        var known = registry.Entities.Select(e => e.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = Allies.Where(a => !known.Contains(a.Id))
            .Select(a => new Entity(a.Id, a.Name, EntityKind.Country, a.Alpha2, a.Currency, a.Aliases));
        return new EntityRegistry(registry.Entities.Where(e => e.Kind != EntityKind.Group).Concat(added), BuiltInGroups.All, registry.CurrencyHistory);
    }
}
