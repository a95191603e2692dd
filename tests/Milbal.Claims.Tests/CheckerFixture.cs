using Milbal.Analysis.Capacity;

namespace Milbal.Claims.Tests;

/// <summary>One bundled store and one checker for every test that verifies claims (loading the bundle takes seconds).</summary>
public sealed class CheckerFixture : IDisposable
{
    private readonly BundledStore _store = new();

    public CheckerFixture() =>
        Checker = new ClaimChecker(_store.Store, CapacityDataset.Load(Path.Combine(SharedData.RepositoryRoot, "data", "capacity", "capacity.csv")),
            unitCosts: UnitCostDataset.Load(Path.Combine(SharedData.RepositoryRoot, "data", "capacity", "unit-costs.csv")));

    public ClaimChecker Checker { get; }

    public static string EvaluationSet => Path.Combine(SharedData.RepositoryRoot, "data", "claims-eval");

    public static string SeedArticle => Path.Combine(EvaluationSet, "articles", "2025-02-13-hegseth-nato-brussels.txt");

    public void Dispose() => _store.Dispose();
}

[CollectionDefinition(Name)]
public sealed class CheckerCollection : ICollectionFixture<CheckerFixture>
{
    public const string Name = "checker";
}
