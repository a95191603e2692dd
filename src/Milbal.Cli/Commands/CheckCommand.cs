using System.CommandLine;
using System.Globalization;
using Milbal.Analysis.Capacity;
using Milbal.Claims;
using Milbal.Claims.Evaluation;
using Milbal.Claims.Extraction;
using Milbal.Claims.Output;
using Milbal.Reports;

namespace Milbal.Cli.Commands;

/// <summary>
/// `milbal check &lt;file|-&gt;`: finds the numeric claims of an article and judges each against the store;
/// `milbal check --evaluate [data/claims-eval]`: detection precision, recall and verdict accuracy on the labelled set.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("file") { Description = "Article text file, or - for standard input (a header of title/url/date lines is read if present)", Arity = ArgumentArity.ZeroOrOne };
        var date = new Option<string?>("--date") { Description = "Publication date YYYY-MM-DD (resolves \"last year\"; default: the file's date line)" };
        var url = new Option<string?>("--url") { Description = "Address of the article (for the ClaimReview output)" };
        var format = new Option<string>("--format", "-f") { Description = "table, json (schema.org ClaimReview + evidence), html (the article annotated) or csv", DefaultValueFactory = _ => "table" };
        var evaluate = new Option<bool>("--evaluate") { Description = "Evaluate on a labelled set (FILE is its folder, default data/claims-eval): precision, recall, verdict accuracy; exits with 5 (BelowThresholds) when a figure is below the issue's thresholds (recall ≥ 90%, precision ≥ 85%, verdict accuracy ≥ 85%)" };
        var details = new Option<string[]>("--details")
        {
            Description = "With --evaluate: splits whose misses and verdict mismatches are listed (default: dev; held-out splits print figures only so they stay unseen)",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("check", "Claim checker: every numeric claim about defence spending, targets, PPP comparisons and production in an article, judged against the data with its evidence");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { date, url, format, evaluate, details }) command.Options.Add(option);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            using var store = context.OpenStore(parse, readOnly: true);
            var checker = new ClaimChecker(store, LoadCurated(CapacityDataset.Default, context.Error), CliContext.Registry(store), LoadCurated(UnitCostDataset.Default, context.Error));
            if (parse.GetValue(evaluate))
            {
                var folder = parse.GetValue(file) ?? Path.Combine(RepositoryData(), "claims-eval");
                var result = ClaimEvaluation.Run(checker, folder);
                var text = result.Format(parse.GetValue(details) is { Length: > 0 } splits ? splits.Select(x => x.Trim().ToLowerInvariant()).ToArray() : null);
                var output = parse.GetValue(CommonOptions.Output);
                if (output is not null) File.WriteAllText(output, text);
                context.Output.Write(text);
                return result.MeetsThresholds ? ExitCodes.Ok : ExitCodes.BelowThresholds;
            }
            var path = parse.GetValue(file) ?? throw new ArgumentException("give an article file, or - to read standard input (or --evaluate)");
            var text2 = path == "-" ? Console.In.ReadToEnd() : ReadArticle(path);
            DateOnly? when = null;
            if (parse.GetValue(date) is { } d)
                when = DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? parsed : throw new FormatException($"--date '{d}' is not a date: use YYYY-MM-DD, e.g. 2025-02-13");
            CheckReport report;
            try { report = checker.Check(text2, new ArticleContext(when, parse.GetValue(url))); }
            catch (ClaimInputException e) { throw new ArgumentException(e.Message); }
            var kind = parse.GetValue(format)!.Trim().ToLowerInvariant();
            var outPath = parse.GetValue(CommonOptions.Output);
            string rendered;
            switch (kind)
            {
                case "json": rendered = ClaimReviewJson.Write(report); break;
                case "html": rendered = ClaimHtml.Write(report); break;
                case "table" or "csv":
                    CommonOptions.Render(context, ClaimTable.Build(report), new OutputRequest(kind == "csv" ? OutputFormat.Csv : OutputFormat.Table, "check", outPath));
                    return ExitCodes.Ok;
                default: throw new FormatException($"--format '{kind}': use table, json, html or csv");
            }
            if (outPath is not null)
            {
                File.WriteAllText(outPath, rendered);
                context.Output.WriteLine($"{report.Results.Count} claims → {outPath}");
            }
            else context.Output.Write(rendered);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string ReadArticle(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException($"no file '{path}': give the path of an article text file, or - for standard input");
        if (info.Length > ClaimChecker.MaxLength * 4L)
            throw new ArgumentException($"'{path}' is {info.Length:N0} bytes; the checker reads at most {ClaimChecker.MaxLength:N0} characters: check one article at a time");
        return File.ReadAllText(path);
    }

    // The curated capacity and unit-cost files travel with the repository; a checker without them leaves production and price
    // claims unverifiable rather than refusing to check the rest of the article, and says so.
    private static T? LoadCurated<T>(Func<T> load, TextWriter error) where T : class
    {
        try { return load(); }
        catch (Exception e) when (e is CapacityDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            error.WriteLine($"warning: {e.Message}; production and unit-price claims will be unverifiable");
            return null;
        }
    }

    private static string RepositoryData()
    {
        var dir = Directory.GetCurrentDirectory();
        while (dir is not null && !Directory.Exists(Path.Combine(dir, "data", "claims-eval"))) dir = Path.GetDirectoryName(dir);
        return Path.Combine(dir ?? Directory.GetCurrentDirectory(), "data");
    }
}
