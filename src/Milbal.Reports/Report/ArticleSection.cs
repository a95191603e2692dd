using Milbal.Analysis.Article;
using Milbal.Reports.Html;

namespace Milbal.Reports.Report;

/// <summary>The seed article's figures (Hegseth at NATO, 13 February 2025) recomputed from the store, sources side by side.</summary>
public sealed class ArticleSection : IReportSection
{
    public string Title => "The article's figures re-derived";

    public ReportSectionContent Build(ReportContext context)
    {
        var statements = ArticleRederivation.Run(context.Store, context.Registry);
        var sources = statements.SelectMany(s => s.Derivations).SelectMany(d => d.Sources).ToArray();
        var editions = context.Catalogue
            .Where(c => sources.Any(s => s.Contains($"{c.Dataset.Id} {c.Dataset.Edition}", StringComparison.Ordinal)))
            .Select(c => new EditionRef(c.Dataset.Id, c.Dataset.Edition)).ToArray();
        return new ReportSectionContent("The article's figures re-derived",
        [
            new ParagraphBlock("Each quantitative statement of \"Hegseth: NATO allies must show urgency\" (13 February 2025) beside what the data give, " +
                               "with the method and source of each derivation. A verdict of 'depends on method' names the methods under which the statement holds."),
            new TableBlock(ArticleRederivation.ToResultTable(statements)),
        ]) { Editions = editions, Anchor = "article" };
    }
}
