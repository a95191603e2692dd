using System.Reflection;

namespace Milbal.Core.Entities;

/// <summary>An entity name that matches nothing; carries the closest names for "did you mean".</summary>
public sealed class UnknownEntityException(string query, IReadOnlyList<string> suggestions)
    : Exception(suggestions.Count == 0
        ? $"unknown entity '{query}'"
        : $"unknown entity '{query}'; did you mean {string.Join(", ", suggestions.Select(s => $"'{s}'"))}?")
{
    public string Query { get; } = query;
    public IReadOnlyList<string> Suggestions { get; } = suggestions;
}

/// <summary>
/// Resolves the names and codes publishers use ("Türkiye", "Turkey", "TUR", "TR", "Korea, South") to one entity.
/// Countries and aggregates come from the embedded reference table; groups from <see cref="BuiltInGroups"/> and the user.
/// </summary>
public sealed class EntityRegistry
{
    private readonly Dictionary<string, Entity> _byId;
    private readonly Dictionary<string, Entity> _byKey;
    private readonly Dictionary<string, Group> _groups;

    public EntityRegistry(IEnumerable<Entity> entities, IEnumerable<Group> groups, IEnumerable<CurrencyPeriod> currencyHistory)
    {
        var all = entities.ToList();
        _groups = new Dictionary<string, Group>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            if (!_groups.TryAdd(group.Id, group)) throw new ArgumentException($"group '{group.Id}' is defined twice");
            all.Add(group.ToEntity());
        }
        _byId = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
        _byKey = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in all)
        {
            if (!_byId.TryAdd(entity.Id, entity)) throw new ArgumentException($"entity id '{entity.Id}' is defined twice");
        }
        foreach (var entity in all)
        {
            foreach (var name in entity.AllNames.Concat(entity.Alpha2 is null ? [] : [entity.Alpha2]))
            {
                var key = NameKey.Of(name);
                if (key.Length == 0) continue;
                // Ids win over aliases: "CAN" is Canada even if some alias folds to "can".
                if (_byKey.TryGetValue(key, out var existing) && existing != entity && !string.Equals(existing.Id, name, StringComparison.OrdinalIgnoreCase))
                {
                    if (string.Equals(entity.Id, name, StringComparison.OrdinalIgnoreCase)) _byKey[key] = entity;
                    continue;
                }
                _byKey[key] = entity;
            }
        }
        Entities = all;
        CurrencyHistory = currencyHistory.ToList();
    }

    public IReadOnlyList<Entity> Entities { get; }
    public IReadOnlyCollection<Group> Groups => _groups.Values;
    public IReadOnlyList<CurrencyPeriod> CurrencyHistory { get; }

    private static readonly Lazy<EntityRegistry> LazyDefault = new(() =>
        new EntityRegistry(ReferenceTables.LoadEntities(), BuiltInGroups.All, ReferenceTables.LoadCurrencyHistory()));

    /// <summary>Reference countries and aggregates with the built-in groups.</summary>
    public static EntityRegistry Default => LazyDefault.Value;

    /// <summary>A registry with extra (user-defined) groups added to this one's.</summary>
    public EntityRegistry WithGroups(IEnumerable<Group> extra) =>
        new(Entities.Where(e => e.Kind != EntityKind.Group), _groups.Values.Concat(extra), CurrencyHistory);

    public bool TryResolve(string nameOrCode, out Entity entity)
    {
        if (_byId.TryGetValue(nameOrCode.Trim(), out entity!)) return true;
        return _byKey.TryGetValue(NameKey.Of(nameOrCode), out entity!);
    }

    /// <summary>Resolves or throws <see cref="UnknownEntityException"/> with up to three suggestions.</summary>
    public Entity Resolve(string nameOrCode)
    {
        if (TryResolve(nameOrCode, out var entity)) return entity;
        throw new UnknownEntityException(nameOrCode, Suggest(nameOrCode));
    }

    public bool TryGetGroup(string idOrName, out Group group)
    {
        group = null!;
        return TryResolve(idOrName, out var entity) && _groups.TryGetValue(entity.Id, out group!);
    }

    public IReadOnlyList<string> Suggest(string query, int max = 3)
    {
        var key = NameKey.Of(query);
        if (key.Length == 0) return [];
        var candidates = _byKey
            .Select(kv => (kv.Value, Distance: kv.Key.StartsWith(key, StringComparison.Ordinal) ? 0 : NameKey.Distance(key, kv.Key)))
            .Where(x => x.Distance <= Math.Max(2, key.Length / 3))
            .GroupBy(x => x.Value.Id)
            .Select(g => g.OrderBy(x => x.Distance).First())
            .ToArray();
        if (candidates.Length == 0) return [];
        // Only the closest matches: "Rusia" suggests Russia, not every name two edits away.
        var best = candidates.Min(x => x.Distance);
        return candidates.Where(x => x.Distance == best)
            .OrderBy(x => x.Value.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(x => $"{x.Value.Name} ({x.Value.Id})")
            .ToArray();
    }

    /// <summary>The currency <paramref name="entityId"/> used in <paramref name="year"/>, when known.</summary>
    public string? CurrencyIn(string entityId, int year) =>
        CurrencyHistory.FirstOrDefault(p => p.EntityId == entityId && year >= p.FromYear && (p.ToYear is null || year <= p.ToYear))?.Currency
        ?? (_byId.TryGetValue(entityId, out var e) ? e.Currency : null);
}

/// <summary>Reads the CSV tables embedded in this assembly (Reference/*.csv).</summary>
internal static class ReferenceTables
{
    public static IEnumerable<string[]> ReadCsv(string name)
    {
        var assembly = typeof(ReferenceTables).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Milbal.Core.Reference.{name}")
            ?? throw new InvalidOperationException($"reference table {name} is not embedded");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine();
        string? line;
        var rows = new List<string[]>();
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            rows.Add(Text.CsvLine.Split(line));
        }
        return rows;
    }

    /// <summary>entities.csv: id,kind,name,alpha2,currency,aliases (aliases separated by '|').</summary>
    public static IEnumerable<Entity> LoadEntities() =>
        ReadCsv("entities.csv").Select(f => new Entity(
            f[0],
            f[2],
            Enum.Parse<EntityKind>(f[1], ignoreCase: true),
            string.IsNullOrEmpty(f[3]) ? null : f[3],
            string.IsNullOrEmpty(f[4]) ? null : f[4],
            f.Length > 5 && f[5].Length > 0 ? f[5].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : []));

    /// <summary>currency_history.csv: entity,currency,from_year,to_year.</summary>
    public static IEnumerable<CurrencyPeriod> LoadCurrencyHistory() =>
        ReadCsv("currency_history.csv").Select(f => new CurrencyPeriod(
            f[0], f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(f[3]) ? null : int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture)));
}
