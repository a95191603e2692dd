using System.Diagnostics;
using Milbal.Core.Datasets;
using Milbal.Data.Importers;
using Milbal.Data.Snapshot;
using Milbal.Data.Store;

// Import benchmark: times the import of every raw file into an empty store (parse + one transaction each).
// Run twice in one process: the first pass includes JIT compilation, the second is the steady state.
// Usage: dotnet run -c Release --project bench/Milbal.Bench -- [../shared/data]
//        dotnet run -c Release --project bench/Milbal.Bench -- report      (times `milbal report` on the bundled data)
//        dotnet run -c Release --project bench/Milbal.Bench -- scenarios   (Monte Carlo: 10,000 paths, paths per second, memory)
//        dotnet run -c Release --project bench/Milbal.Bench -- check       (claim checker: a 1,000-word article once the store is open)
if (args.Length > 0 && args[0] is "report" or "scenarios" or "check")
{
    var root = Directory.GetCurrentDirectory();
    while (!File.Exists(Path.Combine(root, "Milbal.sln"))) root = Path.GetDirectoryName(root) ?? throw new DirectoryNotFoundException("run from inside the repository");
    return args[0] switch { "report" => Milbal.Bench.ReportBenchmark.Run(root), "check" => Milbal.Bench.CheckBenchmark.Run(root), _ => Milbal.Bench.ScenarioBenchmark.Run(root) };
}
var dataRoot = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "data");
var files = RawFileCatalog.Resolve(dataRoot);
Console.WriteLine($"Importing {files.Count} files from {Path.GetFullPath(dataRoot)} into an empty store file, twice.");
foreach (var pass in new[] { "first pass (includes JIT)", "second pass" })
{
    var storePath = Path.Combine(Path.GetTempPath(), $"milbal-bench-{Guid.NewGuid():N}.duckdb");
    try
    {
        using var store = MilbalStore.Open(storePath);
        var total = Stopwatch.StartNew();
        long rows = 0;
        Console.WriteLine($"\n{pass}:");
        Console.WriteLine($"  {"file",-62} {"values",9} {"parse s",8} {"write s",8}");
        foreach (var (entry, path) in files)
        {
            var parse = Stopwatch.StartNew();
            var result = ImporterCatalog.Import(entry.Kind, ImportSource.FromFile(path), new ImportOptions(entry.Edition, entry.ReleaseDate));
            parse.Stop();
            var write = Stopwatch.StartNew();
            store.Write(result);
            write.Stop();
            rows += result.Observations.Count;
            Console.WriteLine($"  {Path.GetRelativePath(dataRoot, path),-62} {result.Observations.Count,9:N0} {parse.Elapsed.TotalSeconds,8:F3} {write.Elapsed.TotalSeconds,8:F3}");
        }
        total.Stop();
        Console.WriteLine($"  total: {rows:N0} values in {total.Elapsed.TotalSeconds:F2} s (target < 5 s)");
    }
    finally
    {
        foreach (var f in new[] { storePath, storePath + ".wal" }) if (File.Exists(f)) File.Delete(f);
    }
}
return 0;
