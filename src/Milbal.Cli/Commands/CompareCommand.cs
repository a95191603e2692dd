using System.CommandLine;
using Milbal.Analysis.Conversions;
using Milbal.Queries;

namespace Milbal.Cli.Commands;

/// <summary>`milbal compare A B --year Y`: two sides' military expenditure on the same price basis (MER, PPP, hybrid).</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var sideA = new Argument<string>("A") { Description = "Country or group: ISO3 code, name or group id (e.g. RUS, 'EU+UK', 'NATO Europe')" };
        var sideB = new Argument<string>("B") { Description = "Country or group to compare A with" };
        var year = new Option<int?>("--year", "-y") { Description = "Year of the spending figures (or --from/--to for one comparison per year)" };
        var from = new Option<int?>("--from") { Description = "First year of a year-by-year comparison (with --to)" };
        var to = new Option<int?>("--to") { Description = "Last year of a year-by-year comparison" };
        var basis = new Option<string[]>("--basis", "-b") { Description = "Bases, one symmetric row each: mer, ppp, hybrid (default: all three)", AllowMultipleArgumentsPerToken = true };
        var asymmetric = new Option<string?>("--asymmetric") { Description = "Add one row with a different basis per side, e.g. A=ppp,B=mer (the IISS headline); labelled as asymmetric" };
        var source = new Option<string>("--source", "-s") { Description = "Spending figures: sipri or nato (both sides)", DefaultValueFactory = _ => "sipri" };
        var edition = new Option<string?>("--edition", "-e") { Description = "Edition of the spending source (default: newest)" };
        var factors = new Option<string>("--factors") { Description = "Exchange rates, PPP factors and deflators: wdi (World Bank first) or weo (IMF first)", DefaultValueFactory = _ => "wdi" };
        var deflator = new Option<string>("--deflator") { Description = "gdp (GDP deflator) or cpi; used with --constant", DefaultValueFactory = _ => "gdp" };
        var constant = new Option<int?>("--constant") { Description = "Constant prices of this year instead of current prices" };
        var equipmentShare = new Option<double>("--equipment-share")
        {
            Description = $"Equipment share (%) for the hybrid basis where NATO publishes none (default {FactorOptions.StatedEquipmentShare * 100:0}%)",
            DefaultValueFactory = _ => FactorOptions.StatedEquipmentShare * 100,
        };
        var asPublished = new Option<bool>("--as-published") { Description = "Use the publisher's own US$ where published instead of converting its local-currency figure" };
        var format = CommonOptions.Format();
        var command = new Command("compare", "Military balance: A and B on the same price basis (US$ at market rates, Int$ at PPP, hybrid), with ratio, coverage and factors");
        command.Arguments.Add(sideA);
        command.Arguments.Add(sideB);
        foreach (var option in new Option[] { year, from, to, basis, asymmetric, source, edition, factors, deflator, constant, equipmentShare, asPublished, format }) command.Options.Add(option);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var options = new CompareOptions(parse.GetValue(sideA)!, parse.GetValue(sideB)!, parse.GetValue(year), parse.GetValue(basis), parse.GetValue(asymmetric),
                parse.GetValue(source)!, parse.GetValue(edition), parse.GetValue(factors)!, parse.GetValue(deflator)!, parse.GetValue(constant),
                parse.GetValue(equipmentShare), parse.GetValue(asPublished), parse.GetValue(from), parse.GetValue(to));
            CompareReport.Request(options, options.Year ?? options.From ?? options.To ?? throw new ArgumentException("give --year, or --from and --to for one comparison per year"));
            using var store = context.OpenStore(parse, readOnly: true);
            CommonOptions.Render(context, CompareReport.Run(store, CliContext.Registry(store), options), parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
