using System.CommandLine;
using Milbal.Data.Snapshot;

namespace Milbal.Cli.Commands;

internal static class SnapshotCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("snapshot", "The bundled default data");
        var from = new Option<string>("--from") { Description = "Folder of the publishers' raw files (e.g. ../shared/data)", Required = true };
        var output = new Option<string>("--out") { Description = "Bundle folder to write", DefaultValueFactory = _ => Path.Combine("data", "bundle") };
        var figures = new Option<string?>("--figures") { Description = "Curated figures CSV", DefaultValueFactory = _ => Path.Combine("data", "figures", "figures.csv") };
        var build = new Command("build", "Derive the bundle (parquet excerpt + manifest) from the raw files, within each licence");
        build.Options.Add(from);
        build.Options.Add(output);
        build.Options.Add(figures);
        build.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var figuresPath = parse.GetValue(figures);
            if (figuresPath is not null && !File.Exists(figuresPath)) throw new FileNotFoundException($"no curated figures at {figuresPath} (pass --figures)");
            var report = new SnapshotBuilder().Build(parse.GetValue(from)!, parse.GetValue(output)!, figuresPath, new Progress<string>(m => context.Error.WriteLine(m)));
            var m = report.Manifest;
            context.Output.WriteLine($"Wrote {report.BundledRows:N0} values from {m.Inputs.Count} files to {report.OutputDirectory}.");
            if (m.Sipri is { } s)
                context.Output.WriteLine($"SIPRI excerpt: {s.BundledValues:N0} of {s.PublishedValues:N0} published values = {s.Share * 100:0.00}% (limit {s.Limit * 100:0}%).");
            return ExitCodes.Ok;
        }));
        command.Subcommands.Add(build);

        var bundleDir = new Option<string?>("--bundle") { Description = "Bundle folder (default: the one shipped with milbal)" };
        var load = new Command("load", "Load the bundled snapshot into the store, replacing the editions it holds and keeping everything else");
        load.Options.Add(bundleDir);
        load.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var dir = parse.GetValue(bundleDir) ?? BundleLoader.DefaultBundleDirectory()
                ?? throw new FileNotFoundException("no bundle ships beside this executable; pass --bundle");
            using var store = context.OpenStore(parse);
            BundleLoader.Load(store, dir);
            var manifest = BundleLoader.ReadManifest(dir);
            context.Output.WriteLine($"Loaded {manifest.Datasets.Count} bundled editions from {dir} into {store.Path}.");
            return ExitCodes.Ok;
        }));
        command.Subcommands.Add(load);
        return command;
    }
}
