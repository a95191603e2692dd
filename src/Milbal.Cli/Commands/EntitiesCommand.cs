using System.CommandLine;
using Milbal.Core.Entities;
using Milbal.Core.Tables;

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
            IEnumerable<Entity> list;
            if (queries.Length > 0) list = queries.Select(registry.Resolve);
            else
            {
                var kindText = parse.GetValue(kind);
                EntityKind? wanted = kindText is null ? null
                    : Enum.TryParse<EntityKind>(kindText, ignoreCase: true, out var k) ? k
                    : throw new ArgumentException($"unknown kind '{kindText}' (country, historicalcountry, aggregate, group)");
                list = registry.Entities.Where(e => wanted is null || e.Kind == wanted).OrderBy(e => e.Kind).ThenBy(e => e.Id, StringComparer.Ordinal);
            }
            var table = new ResultTable("Entities", [new("id"), new("name"), new("kind"), new("alpha2"), new("currency"), new("aliases")],
                list.Select(e => new object?[] { e.Id, e.Name, e.Kind.ToString().ToLowerInvariant(), e.Alpha2, e.Currency, string.Join(" | ", e.Aliases) }).ToArray(), [], []);
            CommonOptions.Render(context, table, parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
