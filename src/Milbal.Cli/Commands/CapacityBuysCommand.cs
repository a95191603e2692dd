using System.CommandLine;
using System.Text.Json;
using Milbal.Analysis.Capacity;
using Milbal.Core.Tables;
using Milbal.Reports.Report;

namespace Milbal.Cli.Commands;

/// <summary>`milbal capacity buys` (what a scenario's equipment spending buys) and `milbal capacity stock` (stock-and-flow projections).</summary>
internal static class CapacityBuysCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static Dictionary<string, double> Triple(Range3 r) => new() { ["low"] = r.Low, ["central"] = r.Central, ["high"] = r.High };

    private static UnitCostDataset LoadCosts(string? path)
    {
        try { return path is null ? UnitCostDataset.Default() : UnitCostDataset.Load(path); }
        catch (CapacityDataException e) { throw new FormatException(e.Message); }
    }

    public static Command Buys(CliContext context)
    {
        var scenario = new Option<string>("--scenario") { Description = "A bundled scenario (milbal scenario list) or a YAML file", DefaultValueFactory = _ => "hague-2035" };
        var group = new Option<string>("--group") { Description = "A group or country of the scenario (e.g. EU_UK, NATO, RUS)", DefaultValueFactory = _ => "EU_UK" };
        var item = new Option<string?>("--item") { Description = "Only this item (tanks, ifv, artillery-pieces, artillery-rounds-155mm, air-defence-interceptors, long-range-drones); default all" };
        var year = new Option<int?>("--year") { Description = "Only this year of the scenario (default: every year)" };
        var equipmentShare = new Option<double?>("--share-of-equipment") { Description = "Equipment share of spending for every country (fraction, e.g. 0.2 = NATO's 20% guideline); default NATO's published share per ally, 30% where none" };
        var itemShare = new Option<double>("--item-share") { Description = "Fraction of equipment spending that goes to the item (default 1: all of it, an upper bound)", DefaultValueFactory = _ => 1.0 };
        var costs = new Option<string?>("--costs") { Description = $"Unit-cost CSV (default: {UnitCostDataset.RelativePath})" };
        var paths = new Option<int>("--paths") { Description = "Monte Carlo draws over the unit costs", DefaultValueFactory = _ => EquipmentBuys.DefaultPaths };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => EquipmentBuys.DefaultSeed };
        var format = CommonOptions.Format();
        var command = new Command("buys", "What a spending scenario buys: equipment spending × cited unit-cost ranges → units a year (P5/P50/P95), total and additional over status quo");
        foreach (var option in new Option[] { scenario, group, item, year, equipmentShare, itemShare, costs, paths, seed, format }) command.Options.Add(option);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var unitCosts = LoadCosts(parse.GetValue(costs));
            using var store = context.OpenStore(parse, readOnly: true);
            var registry = CliContext.Registry(store);
            var items = parse.GetValue(item) is { } i ? new[] { i } : null;
            var r = CapacitySection.ScenarioBuys(store, registry, Analysis.Conversions.FactorOptions.Default, parse.GetValue(scenario)!, parse.GetValue(group)!,
                unitCosts, items, parse.GetValue(year), parse.GetValue(itemShare), parse.GetValue(equipmentShare), parse.GetValue(paths), parse.GetValue(seed));
            var request = parse.GetValue(format)!;
            if (request.Format == Reports.OutputFormat.Json && !request.ToFile)
            {
                context.Output.WriteLine(JsonSerializer.Serialize(Json(r), Indented));
                return ExitCodes.Ok;
            }
            var unit = $"{r.Unit} billion";
            var rows = r.Items.SelectMany(it => it.Years.Select(y =>
            {
                var e = r.Years.Single(x => x.Year == y.Year);
                return new object?[]
                {
                    it.Item, y.Year, e.Equipment, e.AdditionalEquipment, it.UnitCost.Low / 1e6, it.UnitCost.Central / 1e6, it.UnitCost.High / 1e6,
                    y.Units.Low, y.Units.Central, y.Units.High, y.AdditionalUnits?.Low, y.AdditionalUnits?.Central, y.AdditionalUnits?.High,
                };
            })).ToArray();
            var table = new ResultTable($"What {parse.GetValue(scenario)} buys for {r.Entity} (units a year, P5 / P50 / P95 over cited unit costs)",
            [
                new("item"), new("year", IsNumeric: true), new("equipment_spending", unit, true), new("additional_equipment", unit, true),
                new("unit_cost_p5", $"{r.Unit} million", true), new("unit_cost_p50", $"{r.Unit} million", true), new("unit_cost_p95", $"{r.Unit} million", true),
                new("units_p5", "units/year", true), new("units_p50", "units/year", true), new("units_p95", "units/year", true),
                new("additional_units_p5", "units/year", true), new("additional_units_p50", "units/year", true), new("additional_units_p95", "units/year", true),
            ], rows,
            r.Sources.Select(s => s.Citation).ToArray(),
            [
                .. r.Notes,
                .. r.Items.SelectMany(it => it.Costs).Select(c => $"{c.Row.Id}: {c.Row.Currency} {c.Row.Central:N0} ({c.Row.PriceYear} prices; {c.Row.Includes}) × {c.Multiplier:0.####} via {c.ConvertedWith} = {c.Cost.Central / 1e6:0.###}m {r.Unit}; {c.Factors}"),
                "equipment shares: " + string.Join("; ", r.Shares.Select(s => $"{s.EntityId} {s.Share:P1} ({s.Source})")),
            ]);
            CommonOptions.Render(context, table, request);
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static object Json(EquipmentBuysResult r) => new Dictionary<string, object?>
    {
        ["entity"] = r.Entity,
        ["unit"] = $"{r.Unit}",
        ["spending_unit"] = $"{r.Unit} billion",
        ["item_share"] = r.ItemShare,
        ["equipment_share_override"] = r.EquipmentShareOverride,
        ["equipment_shares"] = r.Shares.Select(s => new Dictionary<string, object?> { ["entity"] = s.EntityId, ["share"] = s.Share, ["year"] = s.PublishedYear, ["source"] = s.Source }).ToArray(),
        ["years"] = r.Years.Select(y => new Dictionary<string, object?>
        {
            ["year"] = y.Year, ["spending"] = y.Spending, ["equipment_spending"] = y.Equipment, ["additional"] = y.Additional, ["additional_equipment"] = y.AdditionalEquipment,
        }).ToArray(),
        ["items"] = r.Items.Select(i => new Dictionary<string, object?>
        {
            ["item"] = i.Item,
            ["unit_cost"] = Triple(i.UnitCost),
            ["units_per_billion"] = Triple(i.UnitsPerBillion),
            ["years"] = i.Years.Select(y => new Dictionary<string, object?>
            {
                ["year"] = y.Year, ["units"] = Triple(y.Units), ["additional_units"] = y.AdditionalUnits is { } a ? Triple(a) : null,
            }).ToArray(),
            ["sources"] = i.Costs.Select(c => new Dictionary<string, object?>
            {
                ["id"] = c.Row.Id, ["system"] = c.Row.System, ["buyer"] = c.Row.Buyer, ["contract_date"] = c.Row.ContractDate, ["quantity"] = c.Row.Quantity,
                ["contract_value"] = c.Row.ContractValue, ["currency"] = c.Row.Currency, ["price_year"] = c.Row.PriceYear,
                ["low"] = c.Row.Low, ["central"] = c.Row.Central, ["high"] = c.Row.High, ["includes"] = c.Row.Includes,
                ["converted"] = Triple(c.Cost), ["converted_with"] = c.ConvertedWith, ["multiplier"] = c.Multiplier, ["factors"] = c.Factors,
                ["source"] = c.Row.Source, ["document"] = c.Row.Document, ["published"] = c.Row.Published, ["address"] = c.Row.Address, ["confidence"] = c.Row.Confidence,
                ["note"] = c.Row.Note,
            }).ToArray(),
        }).ToArray(),
        ["paths"] = r.Paths, ["seed"] = r.Seed,
        ["notes"] = r.Notes,
    };

    /// <summary>The terms a stock-and-flow run used, one row each, with the rows behind them (shown by time-to-target and stock).</summary>
    internal static IEnumerable<object?[]> TermRows(TimeToTarget result) =>
        result.Terms.Select(t => new object?[]
        {
            $"term {(t.Sign > 0 ? "+" : "−")} {t.Name}{(t.Share != 1 ? $" (× {t.Share:0.##})" : "")}",
            $"{t.RangeText} [{string.Join(" → ", t.Knots.Select(k => string.Join(" | ", k.Rows.Select(r => r.Id))))}]",
        });

    public static Command Stock(CliContext context)
    {
        var plan = new Option<string>("--plan") { Description = "russia-artillery (production + North Korean imports − consumption) or eu-us-155mm (EU + US output − transfers to Ukraine)", DefaultValueFactory = _ => "russia-artillery" };
        var start = new Option<string?>("--start") { Description = "First month, YYYY-MM (default: the plan's: 2024-01 for Russia, 2025-03 for EU/US)" };
        var months = new Option<int>("--months") { Description = "Horizon in months", DefaultValueFactory = _ => 24 };
        var noImports = new Option<bool>("--no-imports") { Description = "Russia: leave out North Korean deliveries" };
        var noTransfers = new Option<bool>("--no-transfers") { Description = "EU/US: leave out transfers to Ukraine" };
        var paths = new Option<int>("--paths") { Description = "Monte Carlo paths", DefaultValueFactory = _ => CapacityAnalysis.DefaultPaths };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => CapacityAnalysis.DefaultSeed };
        var data = new Option<string?>("--data") { Description = $"Capacity CSV (default: {CapacityDataset.RelativePath})" };
        var format = CommonOptions.Format();
        var command = new Command("stock", "Monthly stock-and-flow projection (change in stock, P5/P50/P95) with the production, import, consumption and transfer terms used and their sources");
        foreach (var option in new Option[] { plan, start, months, noImports, noTransfers, paths, seed, data, format }) command.Options.Add(option);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            CapacityDataset dataset;
            try { dataset = parse.GetValue(data) is { } p ? CapacityDataset.Load(p) : CapacityDataset.Default(); }
            catch (CapacityDataException e) { throw new FormatException(e.Message); }
            DateOnly? first = null;
            if (parse.GetValue(start) is { } s)
                first = DateOnly.TryParseExact(s, "yyyy-MM", out var d) ? d : throw new ArgumentException($"--start '{s}': use YYYY-MM");
            var n = parse.GetValue(months);
            var chosen = parse.GetValue(plan)!.Trim().ToLowerInvariant() switch
            {
                "russia-artillery" => StockFlowModel.RussiaArtilleryPlan(dataset, first, n, !parse.GetValue(noImports)),
                "eu-us-155mm" => StockFlowModel.BruegelShellsPlan(dataset, start: first, months: n, transfers: !parse.GetValue(noTransfers)) with { Target = null },
                var other => throw new ArgumentException($"--plan '{other}': use russia-artillery or eu-us-155mm"),
            };
            var result = StockFlowModel.Run(chosen, parse.GetValue(paths), parse.GetValue(seed));
            var table = new ResultTable($"Change in {chosen.Item} stock from {chosen.Start:yyyy-MM} (plan {parse.GetValue(plan)}; P5 / P50 / P95)",
            [new("measure"), new("value")],
            [
                .. TermRows(result),
                .. result.Months.Where((_, i) => i % 3 == 2 || i == result.Months.Count - 1).Distinct().Select(m => new object?[]
                    { $"stock change to end {m.Month:yyyy-MM}", $"{m.Stock.Low:N0} / {m.Stock.Central:N0} / {m.Stock.High:N0}" }),
            ],
            result.Sources.Select(x => x.Citation).ToArray(), result.Notes);
            CommonOptions.Render(context, table, parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
