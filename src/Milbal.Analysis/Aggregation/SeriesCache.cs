using Milbal.Data.Store;

namespace Milbal.Analysis.Aggregation;

/// <summary>
/// Series read from the store once per entity and kept. A report asks for the same group year after year, and the groups
/// a claim or a comparison sums (EU + UK, NATO Europe, NATO) share most of their members; aggregators that convert
/// differently (another deflator) share one cache, since what they read does not depend on how they convert. For one thread.
/// </summary>
public sealed class SeriesCache(MilbalStore store)
{
    private readonly Dictionary<(string? Measure, string? Dataset, string? Edition), Dictionary<string, StoredObservation[]>> _rows = [];

    /// <summary>Every year of <paramref name="measure"/> (null: all measures) for the entities, as <see cref="MilbalStore.Series"/> returns it.</summary>
    public IEnumerable<StoredObservation> Rows(IReadOnlyList<string> entities, string? measure, string? dataset, string? edition)
    {
        if (!_rows.TryGetValue((measure, dataset, edition), out var byEntity))
            _rows[(measure, dataset, edition)] = byEntity = new Dictionary<string, StoredObservation[]>(StringComparer.Ordinal);
        var distinct = entities.Distinct(StringComparer.Ordinal).ToArray();
        var unread = distinct.Where(e => !byEntity.ContainsKey(e)).ToArray();
        if (unread.Length > 0)
        {
            var read = store.Series(new SeriesQuery(unread, measure is null ? null : [measure], dataset, edition)).ToLookup(r => r.Observation.EntityId, StringComparer.Ordinal);
            foreach (var id in unread) byEntity[id] = read[id].ToArray();
        }
        return distinct.SelectMany(e => byEntity[e]);
    }
}
