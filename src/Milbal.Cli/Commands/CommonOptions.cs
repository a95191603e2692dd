using System.CommandLine;
using Milbal.Core.Tables;
using Milbal.Reports;

namespace Milbal.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string> Format() => new("--format", "-f")
    {
        Description = "Output format: table, csv or json",
        DefaultValueFactory = _ => "table",
    };

    public static void Render(CliContext context, ResultTable table, string format) =>
        TableWriters.Write(table, TableWriters.ParseFormat(format), context.Output);
}
