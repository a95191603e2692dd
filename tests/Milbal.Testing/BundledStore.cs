using Milbal.Data.Snapshot;
using Milbal.Data.Store;

namespace Milbal.Testing;

/// <summary>An in-memory store filled from the committed bundle (data/bundle): what a fresh install sees.</summary>
public sealed class BundledStore : IDisposable
{
    public MilbalStore Store { get; } = MilbalStore.OpenInMemory();

    public BundledStore() => BundleLoader.Load(Store, Path.Combine(SharedData.RepositoryRoot, "data", "bundle"));

    public void Dispose() => Store.Dispose();
}
