using System.CommandLine;
using System.Globalization;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Core.Tables;

namespace Milbal.Cli.Commands;

internal static class GroupsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("groups", "Groups with membership by year: built-in (NATO, NATO_EUROPE, NATO_EUROPE_CANADA, EU27, EU_UK) and your own");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Define(context));
        command.Subcommands.Add(Remove(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var format = CommonOptions.Format();
        var command = new Command("list", "Every group with its members in a year");
        var year = new Option<int>("--year") { Description = "Year for the member count", DefaultValueFactory = _ => DateTime.UtcNow.Year };
        command.Options.Add(year);
        command.Options.Add(format);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            using var store = context.OpenStore(parse, readOnly: true);
            var table = Queries.CatalogueReports.Groups(CliContext.Registry(store), CheckYear(parse.GetValue(year)));
            CommonOptions.Render(context, table, parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = new Argument<string>("group");
        var format = CommonOptions.Format();
        var command = new Command("show", "A group's memberships with their years");
        command.Arguments.Add(id);
        command.Options.Add(format);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            using var store = context.OpenStore(parse, readOnly: true);
            var registry = CliContext.Registry(store);
            var name = parse.GetValue(id)!;
            if (!registry.TryGetGroup(name, out _))
                throw new ArgumentException($"'{name}' is not a group; 'milbal groups list' shows them");
            var table = Queries.CatalogueReports.Group(registry, name);
            CommonOptions.Render(context, table, parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Define(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "Group id (letters, digits, underscore), e.g. BALTICS" };
        var members = new Argument<string[]>("member") { Description = "Members as ENTITY, ENTITY:FROM or ENTITY:FROM-TO (years inclusive), e.g. EST LVA LTU:2004", Arity = ArgumentArity.OneOrMore };
        var name = new Option<string?>("--name") { Description = "Display name" };
        var description = new Option<string?>("--description") { Description = "What the group is for" };
        var command = new Command("define", "Define (or redefine) a group of your own");
        command.Arguments.Add(id);
        command.Arguments.Add(members);
        command.Options.Add(name);
        command.Options.Add(description);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var groupId = parse.GetValue(id)!.Trim().ToUpperInvariant();
            if (groupId.Length == 0 || !groupId.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                throw new ArgumentException($"group id '{groupId}' may hold only letters, digits and '_'");
            using var store = context.OpenStore(parse);
            var registry = CliContext.Registry(store);
            if (BuiltInGroups.All.Any(g => g.Id == groupId)) throw new ArgumentException($"{groupId} is a built-in group and cannot be redefined");
            if (registry.TryResolve(groupId, out var clash) && clash.Kind != EntityKind.Group)
                throw new ArgumentException($"'{groupId}' already names {clash.Name} ({clash.Id}); choose another id");
            var memberships = parse.GetValue(members)!.Select(m => ParseMember(registry, m)).ToArray();
            var group = new Group(groupId, parse.GetValue(name) ?? groupId, [], memberships, parse.GetValue(description) ?? "user-defined group", IsBuiltIn: false);
            store.SaveUserGroup(group);
            context.Output.WriteLine($"Defined {group.Id} with {memberships.Length} membership(s): {string.Join(", ", memberships.Select(Describe))}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var id = new Argument<string>("id");
        var command = new Command("remove", "Remove a group of your own");
        command.Arguments.Add(id);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            using var store = context.OpenStore(parse);
            var groupId = parse.GetValue(id)!.Trim().ToUpperInvariant();
            if (!store.RemoveUserGroup(groupId)) throw new ArgumentException($"there is no user group '{groupId}'");
            context.Output.WriteLine($"Removed {groupId}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Membership ParseMember(EntityRegistry registry, string text)
    {
        var parts = text.Split(':', 2);
        var entity = registry.Resolve(parts[0]);
        if (entity.Kind == EntityKind.Group) throw new ArgumentException($"'{parts[0]}' is a group; list its countries instead");
        if (parts.Length == 1) return new Membership(entity.Id, Observation.MinYear);
        var years = parts[1].Split('-', 2);
        var from = ParseYear(years[0], text);
        int? to = years.Length == 2 && years[1].Length > 0 ? ParseYear(years[1], text) : null;
        if (to < from) throw new ArgumentException($"'{text}': the membership ends before it starts");
        return new Membership(entity.Id, from, to);
    }

    private static int ParseYear(string text, string member) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? CheckYear(y)
            : throw new ArgumentException($"'{member}': '{text}' is not a year");

    private static int CheckYear(int year) =>
        Observation.IsPlausibleYear(year) ? year : throw new ArgumentException($"year {year} is outside {Observation.MinYear}–{Observation.MaxYear}");

    private static string Describe(Membership m) =>
        m.FromYear == Observation.MinYear && m.ToYear is null ? m.EntityId : $"{m.EntityId} {m.FromYear}–{m.ToYear?.ToString(CultureInfo.InvariantCulture) ?? ""}";
}
