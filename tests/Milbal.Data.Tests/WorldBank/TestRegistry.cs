using Milbal.Core.Entities;

namespace Milbal.Data.Tests.WorldBank;

/// <summary>
/// A small registry for the WDI/WEO importer tests, so that they do not depend on how complete the shipped
/// reference table is: a few countries (with alpha-2 codes and currencies) and two publisher aggregates.
/// </summary>
internal static class TestRegistry
{
    public static EntityRegistry Instance { get; } = new(
    [
        new Entity("RUS", "Russia", EntityKind.Country, "RU", "RUB", ["Russian Federation"]),
        new Entity("DEU", "Germany", EntityKind.Country, "DE", "EUR", []),
        new Entity("USA", "United States", EntityKind.Country, "US", "USD", ["United States of America"]),
        new Entity("FRA", "France", EntityKind.Country, "FR", "EUR", []),
        new Entity("WLD", "World", EntityKind.Aggregate, null, null, []),
        new Entity("EUU", "European Union (WDI)", EntityKind.Aggregate, null, null, []),
    ], BuiltInGroups.All, []);
}
