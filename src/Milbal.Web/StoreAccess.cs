using System.Collections.Concurrent;
using Milbal.Core.Entities;
using Milbal.Data.Store;

namespace Milbal.Web;

/// <summary>
/// Read-only access to the store for concurrent requests. A <see cref="MilbalStore"/> holds one DuckDB connection,
/// which must not be used by two threads at once: a store file gets a pool of read-only connections (one per
/// concurrent query, up to <see cref="Size"/>); a store handed in (tests' in-memory bundle) is used by one request at a time.
/// </summary>
public sealed class StoreAccess : IDisposable
{
    private readonly Func<MilbalStore>? _open;
    private readonly ConcurrentBag<MilbalStore> _idle = [];
    private readonly List<MilbalStore> _all = [];
    private readonly SemaphoreSlim _slots;
    private readonly Lock _gate = new();
    private readonly bool _owned;
    private EntityRegistry? _registry;

    private StoreAccess(Func<MilbalStore>? open, MilbalStore? shared, int size, bool owned)
    {
        _open = open;
        _owned = owned;
        Size = size;
        _slots = new SemaphoreSlim(size, size);
        if (shared is not null)
        {
            _idle.Add(shared);
            _all.Add(shared);
        }
    }

    public int Size { get; }

    /// <summary>A pool over a store file, opened read-only: the first connection is opened now, so a bad path fails at start.</summary>
    public static StoreAccess ForFile(string path, int size)
    {
        var access = new StoreAccess(() => MilbalStore.Open(path, readOnly: true), null, Math.Max(1, size), owned: true);
        access.Return(access.OpenOne());
        return access;
    }

    /// <summary>One existing store, serialised; the caller keeps ownership.</summary>
    public static StoreAccess Shared(MilbalStore store) => new(null, store, 1, owned: false);

    /// <summary>The registry with the store's user groups (the store is read-only while serving, so read once).</summary>
    public EntityRegistry Registry => _registry ?? Use((_, registry) => registry);

    private (int First, int Last)? _years;

    /// <summary>The first and last year the store holds any value for: years outside are refused before a query runs.</summary>
    public (int First, int Last) Years => _years ??= Use((store, _) =>
    {
        var imports = store.Catalogue().SelectMany(c => c.Imports).Where(i => i.YearMin is not null && i.YearMax is not null).ToArray();
        return imports.Length == 0 ? (Core.Observations.Observation.MinYear, Core.Observations.Observation.MaxYear) : (imports.Min(i => i.YearMin!.Value), imports.Max(i => i.YearMax!.Value));
    });

    public T Use<T>(Func<MilbalStore, EntityRegistry, T> work)
    {
        _slots.Wait();
        try
        {
            var store = _idle.TryTake(out var idle) ? idle : OpenOne();
            try
            {
                _registry ??= EntityRegistry.Default.WithGroups(store.UserGroups());
                return work(store, _registry);
            }
            finally { Return(store); }
        }
        finally { _slots.Release(); }
    }

    private MilbalStore OpenOne()
    {
        var store = _open!();
        lock (_gate) _all.Add(store);
        return store;
    }

    private void Return(MilbalStore store) => _idle.Add(store);

    public void Dispose()
    {
        if (!_owned) return;
        lock (_gate)
            foreach (var store in _all) store.Dispose();
    }
}
