using System.CommandLine;
using Milbal.Queries;

namespace Milbal.Cli.Commands;

internal static class MeasuresCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format();
        var command = new Command("measures", "The measure ids Milbal interprets (publisher series it does not interpret keep ids like 'weo.BCA')");
        command.Options.Add(format);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var table = CatalogueReports.Measures();
            CommonOptions.Render(context, table, parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
