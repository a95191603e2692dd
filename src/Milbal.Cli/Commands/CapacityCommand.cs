using System.CommandLine;
using System.Text.Json;
using Milbal.Analysis.Capacity;
using Milbal.Core.Tables;

namespace Milbal.Cli.Commands;

/// <summary>`milbal capacity ratio|list|time-to-target`: cited production, stock and consumption figures (data/capacity/capacity.csv).</summary>
internal static class CapacityCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("capacity", "Munitions and equipment production, stocks and consumption with cited ranges: ratios between producers, time to a stock target");
        command.Subcommands.Add(Ratio(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(TimeToTargetCommand(context));
        return command;
    }

    private static Option<string?> DataOption() => new("--data") { Description = $"Capacity CSV (default: {CapacityDataset.RelativePath})" };
    private static Option<int> Paths() => new("--paths") { Description = "Monte Carlo paths", DefaultValueFactory = _ => CapacityAnalysis.DefaultPaths };
    private static Option<int> Seed() => new("--seed") { Description = "Random seed", DefaultValueFactory = _ => CapacityAnalysis.DefaultSeed };

    private static CapacityDataset Load(string? path)
    {
        try
        {
            return path is null ? CapacityDataset.Default() : CapacityDataset.Load(path);
        }
        catch (CapacityDataException e) { throw new FormatException(e.Message); }
    }

    private static string Sources(IEnumerable<CapacityRow> rows) => string.Join("; ", rows.Select(r => r.Citation));

    private static Command Ratio(CliContext context)
    {
        var item = new Option<string>("--item") { Description = "Item, e.g. artillery-rounds", Required = true };
        var a = new Option<string>("--a") { Description = "Producer A (e.g. RUS)", Required = true };
        var b = new Option<string>("--b") { Description = "Producer B (e.g. 'NATO Europe', answered with EU27 rows)", Required = true };
        var year = new Option<int>("--year") { Description = "Year", Required = true };
        var (paths, seed, data, format) = (Paths(), Seed(), DataOption(), CommonOptions.Format());
        var command = new Command("ratio", "A's annual output over B's with its interval, and the months of A's output that equal one year of B's");
        foreach (var option in new Option[] { item, a, b, year, paths, seed, data, format }) command.Options.Add(option);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var result = Queries.CapacityReport.Ratio(Load(parse.GetValue(data)),
                new(parse.GetValue(item)!, parse.GetValue(a)!, parse.GetValue(b)!, parse.GetValue(year), parse.GetValue(paths), parse.GetValue(seed)));
            var request = parse.GetValue(format)!;
            // As before: the JSON document to the terminal; a table (any format) to a file.
            if (request.ToFile) CommonOptions.Render(context, result.Tables[0], request);
            else CommonOptions.Render(context, result, request);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var item = new Option<string?>("--item") { Description = "Only this item (e.g. artillery-rounds)" };
        var producer = new Option<string?>("--producer") { Description = "Only this producer id (e.g. RUS, EU27)" };
        var (data, format) = (DataOption(), CommonOptions.Format());
        var command = new Command("list", "The capacity rows with their ranges, annualised rates and sources");
        foreach (var option in new Option[] { item, producer, data, format }) command.Options.Add(option);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var dataset = Load(parse.GetValue(data));
            var analysis = new CapacityAnalysis(dataset);
            var rows = dataset.Rows.AsEnumerable();
            if (parse.GetValue(item) is { } i) { var id = analysis.ResolveItem(i); rows = rows.Where(r => r.Item == id); }
            if (parse.GetValue(producer) is { } p) { var ids = analysis.ResolveProducer(p, out _); rows = rows.Where(r => ids.Contains(r.Producer)); }
            var table = new ResultTable("Capacity rows (data/capacity/capacity.csv)",
            [
                new("id", InConsole: false), new("producer"), new("item"), new("kind"), new("period_start"), new("period_end"), new("per"),
                new("low", "units/per", true), new("central", "units/per", true), new("high", "units/per", true),
                new("annual_low", "units/year", true), new("annual_central", "units/year", true), new("annual_high", "units/year", true),
                new("recipient"), new("source"), new("confidence"), new("note", InConsole: false),
            ],
            rows.Select(r => new object?[]
            {
                r.Id, r.Producer, r.Item, r.KindText, r.Period.Start.ToString("yyyy-MM-dd"), r.Period.End.ToString("yyyy-MM-dd"), r.PerText,
                r.Low, r.Central, r.High, r.Annual?.Low, r.Annual?.Central, r.Annual?.High, r.Recipient,
                $"{r.Source}, {r.Document} ({r.Published}), {r.Address} [{r.Id}]", r.Confidence, r.Note,
            }).ToArray(),
            [$"{dataset.Path}"],
            ["quantities as published, in units per 'per'; annual = ×12 a month, ×365 a day; levels and cumulative totals (per total) are not annualised",
             "where sources disagree every row is kept; low = central = high where no range was published"]);
            CommonOptions.Render(context, table, parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command TimeToTargetCommand(CliContext context)
    {
        var item = new Option<string>("--item") { Description = "Item (a default ramp plan exists for artillery-rounds-155mm)", DefaultValueFactory = _ => "artillery-rounds-155mm" };
        var target = new Option<double?>("--target") { Description = "Stock target (default: Bruegel/Kiel's 1 million 155 mm rounds)" };
        var producers = new Option<string>("--producers") { Description = "Comma-separated producers in the plan: EU27, USA", DefaultValueFactory = _ => "EU27,USA" };
        var start = new Option<string>("--start") { Description = "First month, YYYY-MM", DefaultValueFactory = _ => "2025-03" };
        var months = new Option<int>("--months") { Description = "Horizon in months", DefaultValueFactory = _ => 60 };
        var share = new Option<double>("--stock-share") { Description = "Share of output that goes into the stock (the rest, e.g., to Ukraine)", DefaultValueFactory = _ => 1.0 };
        var initial = new Option<double>("--initial") { Description = "Initial stock (not published; default 0)", DefaultValueFactory = _ => 0 };
        var (paths, seed, data, format) = (Paths(), Seed(), DataOption(), CommonOptions.Format());
        var command = new Command("time-to-target", "Months until a stock target is reached under announced ramp-ups (monthly stock-and-flow, Monte Carlo)");
        foreach (var option in new Option[] { item, target, producers, start, months, share, initial, paths, seed, data, format }) command.Options.Add(option);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var dataset = Load(parse.GetValue(data));
            var itemId = new CapacityAnalysis(dataset).ResolveItem(parse.GetValue(item)!);
            if (itemId != "artillery_rounds_155mm") throw new ArgumentException($"no ramp plan for item '{itemId}': time-to-target has a plan for artillery-rounds-155mm only");
            if (!DateOnly.TryParseExact(parse.GetValue(start)!, "yyyy-MM", out var startMonth)) throw new ArgumentException($"--start '{parse.GetValue(start)}': use YYYY-MM");
            var plan = StockFlowModel.BruegelShellsPlan(dataset, parse.GetValue(producers)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                parse.GetValue(target), startMonth, parse.GetValue(months), parse.GetValue(share), parse.GetValue(initial));
            var result = StockFlowModel.Run(plan, parse.GetValue(paths), parse.GetValue(seed));
            string Month(DateOnly? d) => d?.ToString("yyyy-MM") ?? $"not within {plan.Months} months";
            var table = new ResultTable($"Time to {plan.Target:N0} {plan.Item} from {plan.Start:yyyy-MM}",
            [new("measure"), new("value")],
            [
                ["P5 (early) month target reached", Month(result.P5Month)],
                ["P50 month target reached", Month(result.P50Month)],
                ["P95 (late) month target reached", Month(result.P95Month)],
                ["share of paths reaching it", result.ShareReached.ToString("0.000")],
                .. result.Months.Where((_, i) => i % 3 == 2).Select(m => new object?[]
                    { $"stock {m.Month:yyyy-MM} (P5 / P50 / P95)", $"{m.Stock.Low:N0} / {m.Stock.Central:N0} / {m.Stock.High:N0}" }),
            ],
            result.Sources.Select(s => s.Citation).ToArray(), result.Notes);
            CommonOptions.Render(context, table, parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
