using Milbal.Scenarios;

namespace Milbal.Scenarios.Tests;

/// <summary>One bundled store for every scenario test class (loading the bundle is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class ScenarioCollection : ICollectionFixture<BundledStore>
{
    public const string Name = "scenarios";

    public static ScenarioLibrary Library { get; } = new(Path.Combine(SharedData.RepositoryRoot, "data", "scenarios"));
}
