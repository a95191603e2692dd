using System.CommandLine;
using Milbal.Analysis.Article;
using Milbal.Analysis.Balance;
using Milbal.Analysis.Conversions;
using Milbal.Reports;

namespace Milbal.Cli.Commands;

/// <summary>`milbal article`: the seed article's figures re-derived from the store, with a verdict per statement.</summary>
internal static class ArticleCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format();
        var command = new Command("article", "The seed article (Hegseth at NATO, 13 Feb 2025) re-derived: each claim beside SIPRI, NATO, World Bank, IMF and curated figures");
        command.Options.Add(format);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var request = parse.GetValue(format)!;
            var outputFormat = request.Format;
            using var store = context.OpenStore(parse, readOnly: true);
            var statements = ArticleRederivation.Run(store, CliContext.Registry(store));
            // JSON keeps each statement's derivations nested, which the flat table model cannot.
            if (outputFormat == OutputFormat.Json) context.Output.WriteLine(ArticleRederivation.ToJson(statements));
            else CommonOptions.Render(context, ArticleRederivation.ToResultTable(statements), request);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
