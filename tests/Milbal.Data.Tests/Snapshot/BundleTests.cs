using System.Security.Cryptography;
using Milbal.Data.Snapshot;
using Milbal.Data.Store;

namespace Milbal.Data.Tests.Snapshot;

/// <summary>
/// The committed bundle (data/bundle) must be exactly what the snapshot builder derives from ../shared/data,
/// stay within SIPRI's 10% limit, and reproduce the published headline figures on its own.
/// </summary>
public class BundleTests : IClassFixture<BundleTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public string CommittedBundle { get; } = Path.Combine(SharedData.RepositoryRoot, "data", "bundle");
        public string RebuiltBundle { get; } = Path.Combine(Path.GetTempPath(), $"milbal-bundle-{Guid.NewGuid():N}");
        public SnapshotBuilder.BuildReport Report { get; }
        public MilbalStore Store { get; } = MilbalStore.OpenInMemory();

        public Fixture()
        {
            Report = new SnapshotBuilder().Build(SharedData.Root, RebuiltBundle, Path.Combine(SharedData.RepositoryRoot, "data", "figures", "figures.csv"));
            BundleLoader.Load(Store, CommittedBundle);
        }

        public void Dispose()
        {
            Store.Dispose();
            if (Directory.Exists(RebuiltBundle)) Directory.Delete(RebuiltBundle, recursive: true);
        }
    }

    private readonly Fixture _f;

    public BundleTests(Fixture fixture) => _f = fixture;

    [Fact]
    public void Sipri_excerpt_is_under_ten_percent_and_stated()
    {
        var manifest = BundleLoader.ReadManifest(_f.CommittedBundle);
        var sipri = manifest.Sipri!;
        Assert.True(sipri.Share < 0.10, $"SIPRI share {sipri.Share:P2}");
        Assert.Equal(Math.Round((double)sipri.BundledValues / sipri.PublishedValues, 4), sipri.Share);
        Assert.Equal(sipri.BundledValues, Scalar(_f.Store, "SELECT count(*) FROM observations WHERE dataset = 'sipri'"));
    }

    [Fact]
    public void Manifest_inputs_are_the_shared_files_byte_for_byte()
    {
        var manifest = BundleLoader.ReadManifest(_f.CommittedBundle);
        Assert.NotEmpty(manifest.Inputs);
        foreach (var input in manifest.Inputs.Where(i => i.Dataset != "figures"))
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(SharedData.PathOf(input.Path))));
            Assert.Equal(sha, input.Sha256);
        }
        Assert.All(manifest.Datasets, d => Assert.False(string.IsNullOrWhiteSpace(d.Licence)));
    }

    [Fact]
    public void Committed_bundle_equals_a_fresh_build()
    {
        foreach (var table in new[] { "series", "series_values", "datasets", "footnotes" })
        {
            string Parquet(string dir) => Path.Combine(dir, table + ".parquet").Replace("'", "''");
            var committed = Parquet(_f.CommittedBundle);
            var rebuilt = Parquet(_f.RebuiltBundle);
            Assert.Equal(0, Scalar(_f.Store, $"SELECT count(*) FROM (SELECT * FROM read_parquet('{committed}') EXCEPT ALL SELECT * FROM read_parquet('{rebuilt}'))"));
            Assert.Equal(0, Scalar(_f.Store, $"SELECT count(*) FROM (SELECT * FROM read_parquet('{rebuilt}') EXCEPT ALL SELECT * FROM read_parquet('{committed}'))"));
        }
        Assert.Equal(File.ReadAllText(Path.Combine(_f.RebuiltBundle, BundleManifest.FileName)), File.ReadAllText(Path.Combine(_f.CommittedBundle, BundleManifest.FileName)));
    }

    [Fact]
    public void Headline_figures_from_the_bundle_alone()
    {
        double Value(string entity, string measure, string dataset, int year, Func<StoredObservation, bool>? filter = null, string? edition = null) =>
            Assert.Single(_f.Store.Series(new SeriesQuery([entity], [measure], dataset, edition, year, year)), r => (filter ?? (_ => true))(r)).Observation.Value;

        Assert.Equal(7.05, Math.Round(Value("RUS", "milex_gdp_share", "sipri", 2024), 2));
        Assert.Equal(148_967, Math.Round(Value("RUS", "milex", "sipri", 2024, r => r.Observation.Unit.ToString() == "USD million, current, market rate")));
        Assert.Equal(2718.2, Math.Round(Value("WLD", "milex", "sipri", 2024, r => !r.Observation.Unit.PriceBasis.IsConstant), 1));
        Assert.Equal(4.12, Math.Round(Value("POL", "milex_gdp_share", "nato", 2024, edition: "2024"), 2));
        Assert.Equal(3.79, Math.Round(Value("POL", "milex_gdp_share", "nato", 2024, edition: "2025"), 2));
        Assert.Equal(26.67, Math.Round(Value("RUS", "ppp_factor", "wdi", 2023, edition: "2025-03-24"), 2));
        Assert.Equal(92.5524, Math.Round(Value("RUS", "fx_rate", "wdi", 2024), 4));
        Assert.Equal(28.97, Math.Round(Value("RUS", "ppp_factor", "weo", 2024, edition: "2025-04"), 2));
        Assert.Equal(4658.526, Math.Round(Value("DEU", "gdp", "weo", 2024, r => r.Observation.Unit.Currency == "USD", edition: "2025-04"), 3));

        var shares2024 = _f.Store.Series(new SeriesQuery(Core.Entities.BuiltInGroups.Nato.EverMembers, ["milex_gdp_share"], "nato", "2024", 2014, 2024));
        int AtTwoPercent(int year) => shares2024.Count(r => r.Observation.Year == year && Math.Round(r.Observation.Value, 2) >= 2.0);
        Assert.Equal(3, AtTwoPercent(2014));
        Assert.Equal(23, AtTwoPercent(2024));
    }

    [Fact]
    public void Reloading_replaces_the_bundled_editions_and_keeps_the_users_own()
    {
        using var store = MilbalStore.OpenInMemory();
        var own = new Core.Datasets.DatasetInfo("sipri", "2026", "SIPRI", "SIPRI Military Expenditure Database", null, "https://www.sipri.org", "SIPRI terms");
        store.Write(new Core.Datasets.ImportResult(own, "workbook", "next.xlsx", new string('b', 64),
            [new Core.Observations.Observation("RUS", 2025, "milex", 1, Core.Observations.Unit.UsDollars(Core.Observations.Scale.Millions, Core.Observations.PriceBasis.Current))], [], [], 1, 0));

        BundleLoader.Load(store, _f.CommittedBundle);
        var once = Scalar(store, "SELECT count(*) FROM observations");
        BundleLoader.Load(store, _f.CommittedBundle);

        Assert.Equal(once, Scalar(store, "SELECT count(*) FROM observations"));
        Assert.Equal(once, Scalar(_f.Store, "SELECT count(*) FROM observations") + 1);
        Assert.Equal(1, Scalar(store, "SELECT count(*) FROM observations WHERE edition = '2026'"));
        Assert.Equal(Scalar(store, "SELECT count(*) FROM series"), Scalar(store, "SELECT count(DISTINCT series_id) FROM series"));
        Assert.False(BundleLoader.IsStale(store, _f.CommittedBundle));
    }

    private static long Scalar(MilbalStore store, string sql)
    {
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar());
    }
}
