using System.CommandLine;
using System.Globalization;
using Milbal.Core.Datasets;
using Milbal.Data.Importers;
using Spectre.Console;

namespace Milbal.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = $"Dataset kind: {string.Join(", ", ImporterCatalog.Kinds)}" };
        var file = new Argument<string>("file") { Description = "The publisher's file, as downloaded" };
        var edition = new Option<string?>("--edition") { Description = "Edition id to store the file under (default: read from the file)" };
        var release = new Option<string?>("--release-date") { Description = "Release date YYYY-MM-DD when the file does not state it" };
        var command = new Command("import", "Import a publisher's file into the store (one transaction; re-importing an edition replaces it)");
        command.Arguments.Add(kind);
        command.Arguments.Add(file);
        command.Options.Add(edition);
        command.Options.Add(release);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var kindValue = parse.GetValue(kind)!;
            var path = parse.GetValue(file)!;
            var releaseText = parse.GetValue(release);
            DateOnly? releaseDate = releaseText is null ? null
                : DateOnly.TryParseExact(releaseText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : throw new FormatException($"--release-date '{releaseText}' is not a date YYYY-MM-DD");
            _ = ImporterCatalog.For(kindValue, path); // unknown kind fails before the file is read
            var result = RunWithProgress(path, (source, progress) => ImporterCatalog.Import(kindValue, source, new ImportOptions(parse.GetValue(edition), releaseDate, progress)));
            using (var store = context.OpenStore(parse))
                store.Write(result);
            PrintSummary(context, result);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Shows a progress bar fed by the importer when stdout and stderr are a terminal; plain otherwise.</summary>
    private static ImportResult RunWithProgress(string path, Func<ImportSource, IProgress<double>?, ImportResult> import)
    {
        var console = AnsiConsole.Console;
        if (!console.Profile.Capabilities.Interactive || Console.IsErrorRedirected || Console.IsOutputRedirected)
            return import(ImportSource.FromFile(path), null);
        ImportResult? result = null;
        console.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask(Markup.Escape($"reading {Path.GetFileName(path)}"), maxValue: 1.0);
            result = import(ImportSource.FromFile(path), new TaskProgress(task));
            task.Value = 1.0;
        });
        return result!;
    }

    /// <summary>Reports synchronously: the importer runs on the thread that owns the progress display.</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = Math.Clamp(value, 0, 1);
    }

    private static void PrintSummary(CliContext context, ImportResult result)
    {
        var d = result.Dataset;
        var o = context.Output;
        o.WriteLine($"Imported {result.FileName} as {d.Id} edition {d.Edition} ({d.Title}, {d.Publisher}{(d.IsSecondary ? ", secondary source" : "")}).");
        o.WriteLine($"  part {result.Part}; sha256 {result.Sha256}");
        o.WriteLine($"  cells read {result.CellsRead:N0}, values stored {result.Observations.Count:N0}, empty or marked missing {result.CellsSkipped:N0}, flagged {result.FlaggedCount:N0}");
        var byMeasure = result.Observations.GroupBy(x => x.MeasureId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count():N0}");
        o.WriteLine("  measures: " + string.Join(", ", byMeasure));
        if (result.Warnings.Count > 0)
        {
            o.WriteLine($"  {result.Warnings.Count} warning(s):");
            foreach (var w in result.Warnings.Take(20)) o.WriteLine("    " + w);
            if (result.Warnings.Count > 20) o.WriteLine($"    … {result.Warnings.Count - 20} more ('milbal sql \"SELECT unnest(warnings) FROM imports\"' lists all)");
        }
    }
}
