using Milbal.Reports.Charts;
using System.CommandLine;
using Milbal.Analysis.Conversions;
using Milbal.Core.Tables;
using Milbal.Reports;
using Milbal.Queries;
using Milbal.Scenarios;
using Spectre.Console;

namespace Milbal.Cli.Commands;

/// <summary>`milbal scenario list | run | diff`: spending paths to a horizon, with Monte Carlo bands and crossing years.</summary>
internal static class ScenarioCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("scenario", "Projections: spending paths per country and group under a scenario file (YAML), with uncertainty bands");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Run(context));
        command.Subcommands.Add(Diff(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var format = CommonOptions.Format();
        var command = new Command("list", "The bundled scenarios");
        command.Options.Add(format);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var table = ScenarioReport.List(ScenarioLibrary.Default());
            CommonOptions.Render(context, table, parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Run(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "A bundled scenario's name (milbal scenario list) or a YAML file" };
        var paths = new Option<int>("--paths") { Description = $"Monte Carlo paths (0 = deterministic only; at most {MonteCarlo.MaxPaths:N0})", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same output on any number of cores", DefaultValueFactory = _ => 1 };
        var basis = BasisOption();
        var countries = new Option<bool>("--countries") { Description = "Show every country's rows in the table (CSV and JSON always have them)" };
        var chart = new Option<string?>("--chart") { Description = "Write the fan chart (P5–P95 band, median, deterministic path) to FILE.svg or FILE.png (default with --paths: <scenario>-fan.svg here; 'none' for no chart)" };
        var format = CommonOptions.Format();
        var command = new Command("run", "Runs a scenario: per-year spending, share of GDP, additional spending vs the baseline, gap to target, crossing year, P5/P50/P95 and probabilities");
        command.Arguments.Add(scenario);
        foreach (var option in new Option[] { paths, seed, basis, countries, chart, format }) command.Options.Add(option);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var n = parse.GetValue(paths);
            var request = parse.GetValue(format)!;
            var options = new ScenarioRunOptions(n, parse.GetValue(seed), parse.GetValue(basis), parse.GetValue(countries) || request.Format != OutputFormat.Table);
            ScenarioReport.Check(options);
            using var store = context.OpenStore(parse, readOnly: true);
            var registry = CliContext.Registry(store);
            var file = ScenarioLibrary.Default().Load(parse.GetValue(scenario)!, registry);
            var output = WithProgress(context, n, progress => ScenarioReport.Run(store, registry, file, options, progress));
            var result = output.Scenario!;
            CommonOptions.Render(context, output, request);
            var chartPath = parse.GetValue(chart) ?? (n > 0 ? $"{file.Name}-fan.svg" : null);
            if (chartPath is { Length: > 0 } && !chartPath.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                var spec = ScenarioFanChart.For(result);
                var full = Path.GetFullPath(chartPath);
                switch (Path.GetExtension(full).ToLowerInvariant())
                {
                    case ".svg": ChartRenderer.SaveSvg(spec, full); break;
                    case ".png": ChartRenderer.SavePng(spec, full); break;
                    default: throw new ArgumentException($"--chart {chartPath}: use a .svg or .png file name");
                }
                context.Error.WriteLine($"fan chart written to {full}");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Diff(CliContext context)
    {
        var a = new Argument<string>("A") { Description = "Scenario to subtract (name or file)" };
        var b = new Argument<string>("B") { Description = "Scenario compared with A (name or file)" };
        var basis = BasisOption();
        var format = CommonOptions.Format();
        var command = new Command("diff", "Two scenarios' deterministic paths side by side: B − A per group and year, and its cumulative sum");
        command.Arguments.Add(a);
        command.Arguments.Add(b);
        command.Options.Add(basis);
        command.Options.Add(format);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            using var store = context.OpenStore(parse, readOnly: true);
            var registry = CliContext.Registry(store);
            var library = ScenarioLibrary.Default();
            var fileA = library.Load(parse.GetValue(a)!, registry);
            var fileB = library.Load(parse.GetValue(b)!, registry);
            // One basis for both: the option, else A's.
            var chosen = ParseBasis(parse.GetValue(basis)) ?? fileA.Basis;
            var ra = ScenarioRunner.Run(store, fileA, new RunOptions(Basis: chosen, Registry: registry));
            var rb = ScenarioRunner.Run(store, fileB, new RunOptions(Basis: chosen, Registry: registry));
            CommonOptions.Render(context, ScenarioOutput.Diff(ra, rb), parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Option<string?> BasisOption() => new("--basis")
    {
        Description = "Price basis, constant prices of the base year: mer (US$ at market rates), ppp (Int$ at GDP PPP) or hybrid (default: the file's)",
    };

    internal static MoneyBasis? ParseBasis(string? text) => ScenarioReport.ParseBasis(text);


    /// <summary>A progress bar on stderr for Monte Carlo runs when both streams are a terminal; plain otherwise.</summary>
    private static QueryResult WithProgress(CliContext context, int paths, Func<IProgress<double>?, QueryResult> run)
    {
        var console = AnsiConsole.Console;
        if (paths == 0 || !ReferenceEquals(context.Output, Console.Out) || !console.Profile.Capabilities.Interactive || Console.IsErrorRedirected || Console.IsOutputRedirected)
            return run(null);
        QueryResult? result = null;
        console.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask($"{paths:N0} paths", maxValue: 1.0);
            result = run(new MaxProgress(task));
            task.Value = 1.0;
        });
        return result!;
    }

    /// <summary>Workers report from several threads, not in order: keep the largest fraction seen.</summary>
    private sealed class MaxProgress(ProgressTask task) : IProgress<double>
    {
        private readonly Lock _gate = new();

        public void Report(double value)
        {
            lock (_gate) task.Value = Math.Max(task.Value, Math.Clamp(value, 0, 1));
        }
    }
}
