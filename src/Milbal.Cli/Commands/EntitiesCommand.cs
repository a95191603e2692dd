using System.CommandLine;
using Milbal.Queries;

namespace Milbal.Cli.Commands;

internal static class EntitiesCommand
{
    public static Command Create(CliContext context)
    {
        var names = new Argument<string[]>("name") { Description = "Names or codes to resolve (none: list every entity)", Arity = ArgumentArity.ZeroOrMore };
        var kind = new Option<string?>("--kind") { Description = "List only: country, historicalcountry, aggregate or group" };
        var format = CommonOptions.Format();
        var command = new Command("entities", "Resolve names the publishers use to Milbal's entity ids, or list entities");
        command.Arguments.Add(names);
        command.Options.Add(kind);
        command.Options.Add(format);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            using var store = context.OpenStore(parse, readOnly: true);
            var registry = CliContext.Registry(store);
            var queries = parse.GetValue(names) ?? [];
            var table = queries.Length > 0 ? CatalogueReports.ResolveEntities(registry, queries) : CatalogueReports.ListEntities(registry, parse.GetValue(kind));
            CommonOptions.Render(context, table, parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
