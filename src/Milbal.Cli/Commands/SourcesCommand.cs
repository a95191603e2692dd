using System.CommandLine;
using Milbal.Core.Tables;

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
            var rows = store.Catalogue().Select(entry =>
            {
                var d = entry.Dataset;
                var imports = entry.Imports;
                var years = imports.Where(i => i.YearMin is not null).ToArray();
                return new object?[]
                {
                    d.Id, d.Edition, d.ReleaseDate?.ToString("yyyy-MM-dd"), d.Publisher, d.Title, d.IsSecondary ? "secondary" : "",
                    entry.Rows, imports.Sum(i => i.RowsFlagged), imports.Max(i => (int?)i.Entities),
                    years.Length == 0 ? "" : $"{years.Min(i => i.YearMin)}–{years.Max(i => i.YearMax)}",
                    string.Join("; ", imports.Select(i => i.FileName).Distinct()), string.Join("; ", imports.Select(i => i.Sha256[..12]).Distinct()),
                    imports.Sum(i => i.Warnings.Count), d.Address, d.Licence,
                };
            }).ToArray();
            var table = new ResultTable("Datasets in " + store.Path,
            [
                new("dataset"), new("edition"), new("released"), new("publisher"), new("title"), new("status"),
                new("rows", IsNumeric: true), new("flagged", IsNumeric: true), new("entities", IsNumeric: true), new("years"),
                new("files"), new("sha256"), new("warnings", IsNumeric: true), new("address"), new("licence"),
            ], rows, [], rows.Length == 0 ? ["the store is empty: import files with 'milbal import <kind> <file>'"] : []);
            CommonOptions.Render(context, table, parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
