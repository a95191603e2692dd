using System.CommandLine;
using Milbal.Data.Store;

namespace Milbal.Cli.Commands;

internal static class SqlCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "One read-only SQL query (tables: observations, datasets, imports, footnotes, user_groups, user_group_members)" };
        var format = CommonOptions.Format();
        var command = new Command("sql", "Read-only SQL over the store: no writes, no ATTACH, no COPY TO, no file reads");
        command.Arguments.Add(query);
        command.Options.Add(format);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            using var store = context.OpenStore(parse, readOnly: true);
            CommonOptions.Render(context, ReadOnlySql.Run(store, parse.GetValue(query)!), parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
