using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Core.Tables;
using Milbal.Data.Store;

namespace Milbal.Queries;

/// <summary>Entities, groups, measures and sources: the tables of `milbal entities|groups|measures|sources` and their API twins.</summary>
public static class CatalogueReports
{
    public static ResultTable Entities(IEnumerable<Entity> entities, IReadOnlyList<string>? notes = null) =>
        new("Entities", [new("id"), new("name"), new("kind"), new("alpha2"), new("currency"), new("aliases")],
            entities.Select(e => new object?[] { e.Id, e.Name, e.Kind.ToString().ToLowerInvariant(), e.Alpha2, e.Currency, string.Join(" | ", e.Aliases) }).ToArray(), [], notes ?? []);

    public static EntityKind? ParseKind(string? kindText) => kindText is null ? null
        : Enum.TryParse<EntityKind>(kindText, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(kindText, out _) ? k
        : throw new ArgumentException($"unknown kind '{kindText}' (country, historicalcountry, aggregate, group)");

    /// <summary>Every entity (of a kind), by kind then id.</summary>
    public static ResultTable ListEntities(EntityRegistry registry, string? kind)
    {
        var wanted = ParseKind(kind);
        return Entities(registry.Entities.Where(e => wanted is null || e.Kind == wanted).OrderBy(e => e.Kind).ThenBy(e => e.Id, StringComparer.Ordinal));
    }

    /// <summary>Names resolved to entities; an unknown one is an error with suggestions.</summary>
    public static ResultTable ResolveEntities(EntityRegistry registry, IEnumerable<string> names) => Entities(names.Select(registry.Resolve).ToArray());

    /// <summary>Entities whose id, name or an alias contains the text (for pickers); none found: suggestions in the notes.</summary>
    public static ResultTable SearchEntities(EntityRegistry registry, string text, string? kind = null)
    {
        var wanted = ParseKind(kind);
        var q = text.Trim();
        var found = registry.Entities.Where(e => wanted is null || e.Kind == wanted)
            .Where(e => e.Id.Contains(q, StringComparison.OrdinalIgnoreCase) || e.Name.Contains(q, StringComparison.OrdinalIgnoreCase)
                        || e.Aliases.Any(a => a.Contains(q, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(e => e.Id.Equals(q, StringComparison.OrdinalIgnoreCase) ? 0 : e.Name.StartsWith(q, StringComparison.OrdinalIgnoreCase) ? 1 : 2)
            .ThenBy(e => e.Kind).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        if (found.Length == 0 && registry.TryResolve(q, out var exact)) found = [exact];
        var suggestions = found.Length == 0 ? registry.Suggest(q) : [];
        return Entities(found, suggestions.Count > 0 ? [$"no entity matches '{q}'; did you mean {string.Join(", ", suggestions.Select(s => $"'{s}'"))}?"] : []);
    }

    public static ResultTable Groups(EntityRegistry registry, int year)
    {
        InputChecks.Year(year);
        return new ResultTable($"Groups in {year}", [new("id"), new("name"), new("origin"), new("members", IsNumeric: true), new("member_ids"), new("description")],
            registry.Groups.OrderBy(g => !g.IsBuiltIn).ThenBy(g => g.Id, StringComparer.Ordinal)
                .Select(g => new object?[] { g.Id, g.Name, g.IsBuiltIn ? "built-in" : "user", g.MembersIn(year).Count, string.Join(" ", g.MembersIn(year)), g.Description })
                .ToArray(), [], []);
    }

    /// <summary>A group's memberships; with a year, only those in force that year.</summary>
    public static ResultTable Group(EntityRegistry registry, string name, int? year = null)
    {
        if (!registry.TryGetGroup(name, out var group))
            throw new UnknownGroupException($"'{name}' is not a group; known: {string.Join(", ", registry.Groups.Select(g => g.Id).Order(StringComparer.Ordinal))}");
        if (year is { } y) InputChecks.Year(y);
        return new ResultTable(year is null ? $"{group.Name} ({group.Id})" : $"{group.Name} ({group.Id}) in {year}",
            [new("entity"), new("name"), new("from", IsNumeric: true), new("to", IsNumeric: true)],
            group.Memberships.Where(m => year is not { } yy || (m.FromYear <= yy && (m.ToYear is null || m.ToYear >= yy)))
                .OrderBy(m => m.FromYear).ThenBy(m => m.EntityId, StringComparer.Ordinal)
                .Select(m => new object?[] { m.EntityId, registry.TryResolve(m.EntityId, out var e) ? e.Name : m.EntityId, m.FromYear, m.ToYear }).ToArray(),
            [], [group.Description]);
    }

    public static ResultTable Measures() =>
        new("Measures", [new("id"), new("name"), new("description")],
            Core.Observations.Measures.All.Select(m => new object?[] { m.Id, m.Name, m.Description }).ToArray(), [], []);

    /// <param name="title">The CLI names the store file; the API does not show server paths.</param>
    public static ResultTable Sources(MilbalStore store, string title)
    {
        var rows = store.Catalogue().Select(entry =>
        {
            var d = entry.Dataset;
            var imports = entry.Imports;
            var years = imports.Where(i => i.YearMin is not null).ToArray();
            return new object?[]
            {
                d.Id, d.Edition, d.ReleaseDate?.ToString("yyyy-MM-dd"), d.Publisher, d.Title, d.IsSecondary ? "secondary" : "",
                entry.Rows, imports.Sum(i => i.RowsFlagged), imports.Max(i => (int?)i.Entities),
                years.Length == 0 ? "" : $"{years.Min(i => i.YearMin)}–{years.Max(i => i.YearMax)}",
                string.Join("; ", imports.Select(i => i.FileName).Distinct()), string.Join("; ", imports.Select(i => i.Sha256[..12]).Distinct()),
                imports.Sum(i => i.Warnings.Count), d.Address, d.Licence,
            };
        }).ToArray();
        return new ResultTable(title,
        [
            new("dataset"), new("edition"), new("released"), new("publisher"), new("title"), new("status"),
            new("rows", IsNumeric: true), new("flagged", IsNumeric: true), new("entities", IsNumeric: true), new("years"),
            new("files"), new("sha256"), new("warnings", IsNumeric: true), new("address"), new("licence"),
        ], rows, [], rows.Length == 0 ? ["the store is empty: import files with 'milbal import <kind> <file>'"] : []);
    }
}

/// <summary>A group id that names no group.</summary>
public sealed class UnknownGroupException(string message) : ArgumentException(message);
