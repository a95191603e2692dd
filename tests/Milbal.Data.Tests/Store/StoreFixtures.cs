using Milbal.Core.Datasets;
using Milbal.Core.Observations;

namespace Milbal.Data.Tests.Store;

/// <summary>Small hand-made import results for store tests.</summary>
internal static class StoreFixtures
{
    public static DatasetInfo Dataset(string edition = "2025", DateOnly? release = null, bool secondary = false) =>
        new("sipri", edition, "SIPRI", "SIPRI Military Expenditure Database", release, "https://www.sipri.org/databases/milex", "SIPRI terms", secondary);

    public static ImportResult Result(DatasetInfo dataset, string part = "workbook", params Observation[] observations) =>
        new(dataset, part, "test.xlsx", new string('a', 64), observations, [new Footnote("§", "budget figures")], [], observations.Length, 0);

    public static Observation Milex(string entity, int year, double value, ObservationFlags flags = ObservationFlags.None) =>
        new(entity, year, Measures.Milex.Id, value, Unit.UsDollars(Scale.Millions, PriceBasis.Current), Flags: flags, Footnotes: "§");

    /// <summary>A temporary store file, deleted with the object.</summary>
    public sealed class TempStore : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"milbal-test-{Guid.NewGuid():N}.duckdb");

        public void Dispose()
        {
            foreach (var file in new[] { Path, Path + ".wal" })
                if (File.Exists(file)) File.Delete(file);
        }
    }
}
