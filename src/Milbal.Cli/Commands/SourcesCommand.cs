using System.CommandLine;
using Milbal.Queries;

namespace Milbal.Cli.Commands;

internal static class SourcesCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format();
        var command = new Command("sources", "Datasets and editions in the store, with licence, rows and coverage");
        command.Options.Add(format);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            using var store = context.OpenStore(parse, readOnly: true);
            var table = CatalogueReports.Sources(store, "Datasets in " + store.Path);
            CommonOptions.Render(context, table, parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
