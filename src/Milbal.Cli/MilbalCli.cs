using System.CommandLine;
using Milbal.Analysis.Balance;
using Milbal.Analysis.Conversions;
using Milbal.Cli.Commands;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Data.Store;

namespace Milbal.Cli;

/// <summary>Exit codes: 0 ok, 1 usage, 2 bad input (unknown entity, bad option value), 3 unreadable file, 4 store problem,
/// 5 an evaluation below its thresholds (`check --evaluate`).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int BadInput = 2;
    public const int BadFile = 3;
    public const int Store = 4;
    /// <summary>The evaluation ran but its figures are below the required thresholds: a result, not an error, so CI can gate on it.</summary>
    public const int BelowThresholds = 5;
}

/// <summary>The `milbal` command line: parses, calls Data/Analysis, renders through Reports.</summary>
public static class MilbalCli
{
    public static readonly Option<string?> DbOption = new("--db")
    {
        Description = $"Store file (default: ${StoreLocation.EnvironmentVariable}, else $XDG_DATA_HOME/milbal/{StoreLocation.FileName})",
        Recursive = true,
    };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Milbal: defence burden-sharing and military-balance data with provenance.");
        root.Options.Add(DbOption);
        root.Options.Add(CommonOptions.Output);
        var context = new CliContext(output, error);
        foreach (var command in new[]
                 {
                     // The main job first, then analysis, then data plumbing: the order of `milbal --help`.
                     ReportCommand.Create(context), SeriesCommand.Create(context), CompareCommand.Create(context), BurdenCommand.Create(context),
                     ScenarioCommand.Create(context), CapitalStockCommand.Create(context), ArticleCommand.Create(context), CheckCommand.Create(context),
                     SourcesCommand.Create(context), ImportCommand.Create(context), SqlCommand.Create(context), EntitiesCommand.Create(context),
                     MeasuresCommand.Create(context), GroupsCommand.Create(context), SnapshotCommand.Create(context), CapacityCommand.Create(context),
                     ServeCommand.Create(context),
                 })
            root.Subcommands.Add(command);
        var parse = root.Parse(args);
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>Runs a command body, turning the errors users can act on into one line on stderr and an exit code.</summary>
    public static int Guard(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UnknownEntityException e) { return context.Fail(e.Message, ExitCodes.BadInput); }
        catch (Exception e) when (e is ConversionException or MissingDataException or Scenarios.ScenarioException) { return context.Fail(e.Message, ExitCodes.BadInput); }
        catch (ImportException e) { return context.Fail(e.Message + " (nothing was stored)", ExitCodes.BadFile); }
        catch (StoreException e) { return context.Fail(e.Message, ExitCodes.Store); }
        catch (Exception e) when (e is FormatException or ArgumentException or FileNotFoundException or DirectoryNotFoundException)
        {
            return context.Fail(e.Message, ExitCodes.BadInput);
        }
    }
}
