using System.Diagnostics;
using Milbal.Data.Snapshot;
using Milbal.Data.Store;
using Milbal.Reports.Html;
using Milbal.Reports.Report;

namespace Milbal.Bench;

/// <summary>
/// Times `milbal report` on the bundled data: in process, phase by phase and section by section (a first pass with
/// JIT, then a steady one), then the real command end to end as a separate process (target: under 3 s).
/// </summary>
internal static class ReportBenchmark
{
    public const double TargetSeconds = 3.0;

    public static int Run(string repositoryRoot)
    {
        var bundle = Path.Combine(repositoryRoot, "data", "bundle");
        var work = Directory.CreateTempSubdirectory("milbal-bench-report-").FullName;
        try
        {
            var storePath = Path.Combine(work, "store.duckdb");
            var clock = Stopwatch.StartNew();
            using (var created = MilbalStore.Open(storePath)) BundleLoader.Load(created, bundle);
            Console.WriteLine($"store from the bundle ({bundle}): {clock.Elapsed.TotalSeconds:F2} s (once, on a fresh install; not part of the report)");

            foreach (var pass in new[] { "first pass (includes JIT)", "second pass" })
            {
                Console.WriteLine($"\nin process, {pass}:");
                var total = Stopwatch.StartNew();
                using var store = MilbalStore.Open(storePath, readOnly: true);
                var step = Stopwatch.StartNew();
                var context = ReportContext.Create(store);
                Console.WriteLine($"  {"context (catalogue, report year)",-44} {step.Elapsed.TotalSeconds,6:F3} s");
                var sections = new List<ReportSectionContent>();
                foreach (var section in MilbalReport.DefaultSections().Append(new SourcesAndMethodsSection()))
                {
                    step.Restart();
                    var content = section.Build(context);
                    context.Cite(content.Editions);
                    sections.Add(content);
                    Console.WriteLine($"  {section.Title,-44} {step.Elapsed.TotalSeconds,6:F3} s");
                }
                step.Restart();
                var html = HtmlReportWriter.Render(new ReportDocument("bench", "bench", sections));
                File.WriteAllText(Path.Combine(work, MilbalReport.FileName), html);
                Console.WriteLine($"  {"HTML with charts (SVG)",-44} {step.Elapsed.TotalSeconds,6:F3} s ({html.Length / 1024} KiB)");
                Console.WriteLine($"  {"total",-44} {total.Elapsed.TotalSeconds,6:F3} s");
            }

            // What users run: ./milbal publishes the CLI ReadyToRun into .milbal/.
            var cli = Path.Combine(repositoryRoot, ".milbal", "milbal");
            if (!File.Exists(cli))
            {
                Console.WriteLine($"\n{cli} not found: run './milbal --help' once (it publishes the CLI there) to time the command end to end.");
                return 0;
            }
            Console.WriteLine($"\n`milbal report` as a process ({cli}):");
            var worst = 0.0;
            for (var run = 1; run <= 3; run++)
            {
                var info = new ProcessStartInfo(cli, ["report", "--db", storePath, "--out", Path.Combine(work, "out")])
                {
                    RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                };
                var wall = Stopwatch.StartNew();
                using var process = Process.Start(info)!;
                process.StandardOutput.ReadToEnd();
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                wall.Stop();
                if (process.ExitCode != 0)
                {
                    Console.WriteLine($"  run {run}: exit code {process.ExitCode}: {error}");
                    return 1;
                }
                worst = Math.Max(worst, wall.Elapsed.TotalSeconds);
                Console.WriteLine($"  run {run}: {wall.Elapsed.TotalSeconds:F2} s wall");
            }
            Console.WriteLine($"  slowest {worst:F2} s (target < {TargetSeconds:F0} s): {(worst < TargetSeconds ? "ok" : "TOO SLOW")}");
            return worst < TargetSeconds ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
