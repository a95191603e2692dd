using System.Globalization;
using System.Net;
using System.Text;
using Milbal.Core.Tables;
using Milbal.Reports.Charts;

namespace Milbal.Reports.Html;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML file: CSS embedded, charts inline as SVG, no
/// script, no external font or stylesheet, so it opens offline and can be mailed as one file.
/// </summary>
public static class HtmlReportWriter
{
    public static void Write(ReportDocument document, string path) => File.WriteAllText(path, Render(document), new UTF8Encoding(false));

    public static string Render(ReportDocument document)
    {
        var html = new StringBuilder(256 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"Milbal\">\n")
            .Append("<title>").Append(E(document.Title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<header>\n<h1>").Append(E(document.Title)).Append("</h1>\n<p class=\"generated\">").Append(E(document.GeneratedFrom));
        if (document.GeneratedAt is { } at) html.Append(" Generated ").Append(E(at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)));
        html.Append("</p>\n");

        var anchors = document.Sections.Select((s, i) => s.Anchor ?? Slug(s.Heading, i)).ToArray();
        html.Append("<nav aria-label=\"Contents\"><ol>\n");
        for (var i = 0; i < document.Sections.Count; i++)
            html.Append("<li><a href=\"#").Append(E(anchors[i])).Append("\">").Append(E(document.Sections[i].Heading)).Append("</a></li>\n");
        html.Append("</ol></nav>\n</header>\n");

        var chartNumber = 0;
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            html.Append("<section id=\"").Append(E(anchors[i])).Append("\">\n<h2>").Append(E(section.Heading)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ParagraphBlock p: html.Append("<p>").Append(E(p.Text)).Append("</p>\n"); break;
                    case SubheadingBlock h: html.Append("<h3>").Append(E(h.Text)).Append("</h3>\n"); break;
                    case ListBlock l:
                        html.Append("<ul>\n");
                        foreach (var item in l.Items) html.Append("<li>").Append(E(item)).Append("</li>\n");
                        html.Append("</ul>\n");
                        break;
                    case TableBlock t: AppendTable(html, t.Table); break;
                    case ChartBlock c:
                        chartNumber++;
                        // Two drawings of the same chart: one for wide screens, one drawn narrow so its text stays legible on a phone (CSS shows one).
                        var (nw, nh) = ChartRenderer.NarrowSize(c.Chart);
                        html.Append("<figure class=\"chart\" id=\"chart-").Append(chartNumber).Append("\">\n<div class=\"chart-wide\">")
                            .Append(ChartRenderer.ToInlineSvg(c.Chart, $"c{chartNumber}w"))
                            .Append("</div>\n<div class=\"chart-narrow\">")
                            .Append(ChartRenderer.ToInlineSvg(c.Chart, $"c{chartNumber}n", nw, nh))
                            .Append("</div>")
                            .Append("\n<figcaption>").Append(E(c.Chart.Title)).Append(". ").Append(E(c.Chart.Source)).Append("</figcaption>\n</figure>\n");
                        break;
                    default: throw new ArgumentException($"unknown report block {block.GetType().Name}");
                }
            }
            html.Append("</section>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendTable(StringBuilder html, ResultTable table)
    {
        html.Append("<div class=\"table-block\">\n");
        if (!string.IsNullOrEmpty(table.Title)) html.Append("<h3>").Append(E(table.Title)).Append("</h3>\n");
        // The wrapper scrolls sideways on narrow screens instead of squeezing or overflowing the page.
        html.Append("<div class=\"table-wrap\" tabindex=\"0\">\n<table>\n<thead><tr>");
        foreach (var c in table.Columns)
        {
            html.Append(c.IsNumeric ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">").Append(E(c.Name));
            if (c.Unit is not null) html.Append("<br><span class=\"unit\">").Append(E(c.Unit)).Append("</span>");
            html.Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var c = table.Columns[i];
                var text = c.IsNumeric ? TableWriters.DisplayNumber(row[i]) : TableWriters.FormatValue(row[i]);
                html.Append(c.IsNumeric ? "<td class=\"num\">" : "<td>").Append(E(text)).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        if (table.Rows.Count == 0) html.Append("<tr><td colspan=\"").Append(Math.Max(1, table.Columns.Count)).Append("\">(no rows)</td></tr>\n");
        html.Append("</tbody>\n</table>\n</div>\n");
        if (table.Notes.Count > 0 || table.Sources.Count > 0)
        {
            html.Append("<div class=\"table-notes\">\n");
            foreach (var n in table.Notes) html.Append("<p class=\"note\">Note: ").Append(E(n)).Append("</p>\n");
            foreach (var s in table.Sources) html.Append("<p class=\"source\">Source: ").Append(E(s)).Append("</p>\n");
            html.Append("</div>\n");
        }
        html.Append("</div>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Slug(string heading, int index)
    {
        var slug = new string(heading.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-').ToArray()).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return (slug.Length == 0 ? "section" : slug) + "-" + (index + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Embedded stylesheet: readable from 390 px phones to 1280 px+ screens, printable.</summary>
    private const string Css = """
        :root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b60; --rule: #d9d9de; --accent: #1f77b4; --band: #f5f6f8; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.5 "DejaVu Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        main { max-width: 1120px; margin: 0 auto; padding: 24px 20px 48px; }
        h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 8px; }
        h2 { font-size: 1.35rem; margin: 40px 0 12px; padding-top: 12px; border-top: 2px solid var(--rule); }
        h3 { font-size: 1.05rem; margin: 20px 0 8px; }
        p, li { max-width: 80ch; }
        a { color: var(--accent); }
        .generated { color: var(--muted); font-size: 0.9rem; }
        nav ol { margin: 8px 0 0; padding-left: 1.4em; }
        figure.chart { margin: 20px 0; }
        figure.chart svg { display: block; width: 100%; height: auto; max-width: 100%; border: 1px solid var(--rule); background: #fff; }
        .chart-narrow { display: none; }
        figcaption { color: var(--muted); font-size: 0.85rem; margin-top: 6px; }
        .table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; max-width: 100%; border: 1px solid var(--rule); }
        table { border-collapse: collapse; font-size: 0.9rem; min-width: 100%; }
        th, td { padding: 5px 10px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; white-space: nowrap; }
        th { background: var(--band); font-weight: 600; position: sticky; top: 0; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .unit { font-weight: 400; color: var(--muted); font-size: 0.8rem; }
        tbody tr:nth-child(even) td { background: #fafafb; }
        .table-notes p { color: var(--muted); font-size: 0.85rem; margin: 4px 0; max-width: none; overflow-wrap: anywhere; }
        @media (max-width: 600px) {
          main { padding: 16px 12px 32px; }
          body { font-size: 15px; }
          h1 { font-size: 1.45rem; }
          h2 { font-size: 1.2rem; }
          th, td { padding: 4px 8px; }
          .chart-wide { display: none; }
          .chart-narrow { display: block; }
        }
        @media print { nav { display: none; } figure.chart, .table-block { break-inside: avoid; } }

        """;
}
