using System.CommandLine;
using Milbal.Queries;

namespace Milbal.Cli.Commands;

internal static class SeriesCommand
{
    public static Command Create(CliContext context)
    {
        var entities = new Argument<string[]>("entity") { Description = "ISO3 codes, names or group ids (e.g. RUS, 'Korea, South', NATO_EUROPE)", Arity = ArgumentArity.OneOrMore };
        var measure = new Option<string[]>("--measure", "-m") { Description = "Measure id(s), e.g. milex, milex_gdp_share (default: every measure); 'milbal measures' lists them", AllowMultipleArgumentsPerToken = true };
        var source = new Option<string?>("--source", "-s") { Description = "Dataset id: sipri, nato, wdi, weo, figures" };
        var edition = new Option<string?>("--edition", "-e") { Description = "Edition id or unique prefix (default: newest edition of each series)" };
        var from = new Option<int?>("--from") { Description = "First year" };
        var to = new Option<int?>("--to") { Description = "Last year" };
        var members = new Option<bool>("--members") { Description = "For a group, list its members' values (membership by year) instead of the group's own" };
        var conversion = new ConversionOptions();
        var format = CommonOptions.Format();
        var command = new Command("series", "Values with unit, source, edition and flags");
        command.Arguments.Add(entities);
        foreach (var option in new Option[] { measure, source, edition, from, to, members, format }) command.Options.Add(option);
        conversion.AddTo(command);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var request = new SeriesRequest(parse.GetValue(entities)!, parse.GetValue(measure), parse.GetValue(source), parse.GetValue(edition),
                parse.GetValue(from), parse.GetValue(to), parse.GetValue(members), conversion.Settings(parse));
            // Checked before the store is opened, so a typo does not create a store.
            InputChecks.YearRange(request.From, request.To);
            using var store = context.OpenStore(parse, readOnly: true);
            CommonOptions.Render(context, SeriesReport.Run(store, CliContext.Registry(store), request), parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
