using System.CommandLine;
using System.CommandLine.Parsing;
using Milbal.Core.Tables;
using Milbal.Reports;

namespace Milbal.Cli.Commands;

/// <summary>
/// What a table command was asked to produce: a format, and a file when --output is given or the format is binary
/// (xlsx can't go to the terminal, so without --output it is written to "&lt;command&gt;.xlsx" in the current directory).
/// </summary>
public sealed record OutputRequest(OutputFormat Format, string CommandName, string? Path)
{
    public string FilePath => Path ?? System.IO.Path.Combine(Directory.GetCurrentDirectory(), CommandName + TableWriters.Extension(Format));

    public bool ToFile => Path is not null || TableWriters.IsBinary(Format);
}

internal static class CommonOptions
{
    /// <summary>--output FILE, for every command (registered once on the root, like --db).</summary>
    public static readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "Write a table command's result to FILE instead of the terminal (format from --format, else from the extension: .xlsx, .csv, .json)",
        Recursive = true,
    };

    /// <summary>
    /// --format table|csv|json|xlsx. Its value carries the command's name and the --output path, so
    /// <see cref="Render(CliContext, ResultTable, OutputRequest)"/> can write files without every command reading --output itself.
    /// </summary>
    public static Option<OutputRequest> Format() => new("--format", "-f")
    {
        Description = "Output format: table, csv, json or xlsx (xlsx needs --output FILE, else it writes <command>.xlsx in the current directory)",
        CustomParser = result => Request(result, result.Tokens.Count > 0 ? result.Tokens[^1].Value : null),
        DefaultValueFactory = result => Request(result, null),
    };

    private static OutputRequest Request(ArgumentResult result, string? formatText)
    {
        string? path = null;
        try
        {
            path = result.GetValue(Output);
        }
        catch (InvalidOperationException)
        {
            // --output is not registered in this command tree: terminal output only.
        }
        OutputFormat format;
        if (formatText is null) format = path is null ? OutputFormat.Table : TableWriters.FormatOfPath(path) ?? OutputFormat.Table;
        else
        {
            try
            {
                format = TableWriters.ParseFormat(formatText);
            }
            catch (FormatException e)
            {
                result.AddError(e.Message);
                format = OutputFormat.Table;
            }
        }
        return new OutputRequest(format, CommandName(result), string.IsNullOrWhiteSpace(path) ? null : path);
    }

    /// <summary>"series", "groups-list": the subcommand path without the root, for default file names.</summary>
    private static string CommandName(SymbolResult result)
    {
        var names = new List<string>();
        for (var s = result.Parent; s is not null; s = s.Parent)
            if (s is CommandResult c && c.Parent is not null) names.Insert(0, c.Command.Name);
        return names.Count == 0 ? "milbal" : string.Join("-", names);
    }

    public static void Render(CliContext context, ResultTable table, OutputRequest request)
    {
        if (!request.ToFile)
        {
            TableWriters.Write(table, request.Format, context.Output);
            return;
        }
        var path = Path.GetFullPath(request.FilePath);
        TableWriters.WriteFile(table, request.Format, path);
        context.Output.WriteLine($"wrote {table.Rows.Count} rows ({request.Format.ToString().ToLowerInvariant()}) to {path}");
    }

    /// <summary>A query's result: its own JSON document where it has one (burden, scenario run, capacity ratio), else each table in turn.</summary>
    public static void Render(CliContext context, Queries.QueryResult result, OutputRequest request)
    {
        if (request.Format == OutputFormat.Json && result.Json is not null)
        {
            var json = result.Json();
            if (request.Path is null) context.Output.WriteLine(json);
            else
            {
                File.WriteAllText(request.Path, json);
                context.Output.WriteLine($"wrote {Path.GetFullPath(request.Path)}");
            }
            return;
        }
        for (var i = 0; i < result.Tables.Count; i++)
        {
            if (i > 0) context.Output.WriteLine();
            Render(context, result.Tables[i], request);
        }
    }

    /// <summary>For callers that have only a format name (no --output): xlsx then goes to "milbal.xlsx" in the current directory.</summary>
    public static void Render(CliContext context, ResultTable table, string format) =>
        Render(context, table, new OutputRequest(TableWriters.ParseFormat(format), "milbal", null));

    /// <summary>Refuses impossible years and a --from after --to, before anything is read.</summary>
    public static void CheckYearRange(int? fromYear, int? toYear) => Queries.InputChecks.YearRange(fromYear, toYear);
}
