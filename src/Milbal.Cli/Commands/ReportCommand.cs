using System.CommandLine;
using System.Diagnostics;
using Milbal.Reports;
using Milbal.Reports.Html;
using Milbal.Reports.Report;
using Spectre.Console;

namespace Milbal.Cli.Commands;

/// <summary>`milbal report`: one self-contained HTML report (charts, tables, sources and methods) plus a console summary.</summary>
internal static class ReportCommand
{
    public const string DefaultDirectory = "milbal-report";

    public static Command Create(CliContext context)
    {
        var outDir = new Option<string>("--out") { Description = $"Directory for {MilbalReport.FileName} (default: ./{DefaultDirectory})", DefaultValueFactory = _ => DefaultDirectory };
        var year = new Option<int?>("--year") { Description = "Report year (default: the latest year with NATO data)" };
        var natoEdition = new Option<string?>("--nato-edition") { Description = "NATO edition for shares of GDP (default: the newest from NATO itself)" };
        var command = new Command("report", "The main job: the state of the balance as console tables and a self-contained HTML report with charts (allies vs 2/3.5/5%, the money gap, Europe vs Russia at MER and PPP, projections, the article re-derived, sources and methods)");
        foreach (var option in new Option[] { outDir, year, natoEdition }) command.Options.Add(option);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var clock = Stopwatch.StartNew();
            using var store = context.OpenStore(parse, readOnly: true);
            var report = ReportContext.Create(store, new ReportOptions(parse.GetValue(year), parse.GetValue(natoEdition)), CliContext.Registry(store));
            var document = MilbalReport.Build(report, generatedAt: DateTimeOffset.UtcNow);
            var directory = Path.GetFullPath(parse.GetValue(outDir)!);
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, MilbalReport.FileName);
            HtmlReportWriter.Write(document, path);

            var console = TableWriters.CreateConsole(context.Output);
            foreach (var section in document.Sections)
            {
                var tables = section.Blocks.OfType<TableBlock>().Where(t => t.InConsoleSummary).ToArray();
                if (tables.Length == 0) continue;
                console.WriteLine();
                console.WriteLine(section.Heading);
                foreach (var table in tables) TableWriters.WriteConsole(table.Table with { Sources = [] }, console);
            }
            console.WriteLine();
            console.WriteLine("Sources: " + string.Join("; ", report.Cited.Select(e => $"{e.Dataset} {e.Edition}")) + $" (details and licences in the report's Sources and methods)");
            context.Output.WriteLine($"report written to {path} in {clock.Elapsed.TotalSeconds:0.00} s");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
