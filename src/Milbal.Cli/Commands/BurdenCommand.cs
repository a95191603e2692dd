using System.CommandLine;
using Milbal.Queries;

namespace Milbal.Cli.Commands;

internal static class BurdenCommand
{
    public static Command Create(CliContext context)
    {
        var year = new Option<int?>("--year", "-y") { Description = "Year of the per-ally table, e.g. 2024" };
        var target = new Option<string>("--target", "-t")
        {
            Description = "Target: 2 (Wales 2014), 3.5 (Hague core, by 2035), 5 (Hague total, by 2035) or equipment20 (20% of defence spending on equipment)",
            DefaultValueFactory = _ => "2",
        };
        var source = new Option<string>("--source", "-s") { Description = "Whose figures: nato (default) or sipri", DefaultValueFactory = _ => "nato" };
        var edition = new Option<string?>("--edition", "-e") { Description = "Edition of the source (id or unique prefix; default: the newest with the year)" };
        var from = new Option<int?>("--from") { Description = "First year of the counts table (allies meeting the target, NATO beside SIPRI)" };
        var to = new Option<int?>("--to") { Description = "Last year of the counts table" };
        var compare = new Option<string?>("--compare") { Description = "An ally whose NATO and SIPRI figures to show side by side for --year (e.g. POL)" };
        var format = CommonOptions.Format();
        var command = new Command("burden", "Allies against NATO's spending targets: who meets them, the gap in money, per capita, fair shares; counts over years");
        foreach (var option in new Option[] { year, target, source, edition, from, to, compare, format }) command.Options.Add(option);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var request = new BurdenRequest(parse.GetValue(year), parse.GetValue(target)!, parse.GetValue(source)!, parse.GetValue(edition),
                parse.GetValue(from), parse.GetValue(to), parse.GetValue(compare));
            if (request.Year is null && request.From is null && request.To is null)
                throw new ArgumentException("give --year Y for the per-ally table, or --from Y1 --to Y2 for the counts of allies meeting the target");
            if (request.CompareWith is not null && request.Year is null) throw new ArgumentException("--compare needs --year");
            using var store = context.OpenStore(parse, readOnly: true);
            CommonOptions.Render(context, BurdenReport.Run(store, CliContext.Registry(store), request), parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
