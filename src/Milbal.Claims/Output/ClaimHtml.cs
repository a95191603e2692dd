using System.Net;
using System.Text;
using Milbal.Claims.Verification;

namespace Milbal.Claims.Output;

/// <summary>
/// The article as a self-contained HTML page: each claim wrapped in a mark element whose class is the verdict and
/// whose title is the reason, with the verdict and reason listed beside it. All article text is HTML-escaped.
/// </summary>
public static class ClaimHtml
{
    public static string Write(CheckReport report, string? title = null)
    {
        var sb = new StringBuilder();
        var heading = title ?? report.Context.Title ?? "Article";
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>Milbal check: ").Append(E(heading)).Append("</title><style>")
          .Append("body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}")
          .Append(".row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;border-bottom:1px solid #eee;padding:.4rem 0}")
          .Append("mark{padding:0 .15em;border-radius:3px}mark.supported{background:#c8efc8}mark.contradicted{background:#f7c1c1}")
          .Append("mark.method-dependent{background:#fde9a8}mark.unverifiable{background:#ddd}")
          .Append(".note{font-size:.85rem;color:#444}.note b{text-transform:uppercase;font-size:.75rem;letter-spacing:.03em}")
          .Append(".legend mark{margin-right:.5rem}</style></head><body>\n");
        sb.Append("<h1>").Append(E(heading)).Append("</h1>\n<p class=\"legend\">");
        foreach (var v in new[] { Verdict.Supported, Verdict.MethodDependent, Verdict.Contradicted, Verdict.Unverifiable })
            sb.Append("<mark class=\"").Append(ClaimResult.Name(v)).Append("\">").Append(ClaimResult.Name(v)).Append(' ').Append(report.Count(v)).Append("</mark>");
        sb.Append("</p>\n");
        if (report.Context.Url is { } url) sb.Append("<p class=\"note\">Source: ").Append(E(url)).Append(report.Context.Date is { } d ? $", {d:yyyy-MM-dd}" : "").Append("</p>\n");
        var body = report.Body;
        var paragraphs = body.Split('\n');
        var offset = 0;
        foreach (var paragraph in paragraphs)
        {
            var start = offset;
            var end = offset + paragraph.Length;
            offset = end + 1;
            if (paragraph.Trim().Length == 0) continue;
            var inside = report.Results.Where(r => r.Claim.Start >= start && r.Claim.Start < end).OrderBy(r => r.Claim.Start).ToArray();
            sb.Append("<div class=\"row\"><p>");
            var at = start;
            foreach (var r in inside)
            {
                var s = Math.Max(r.Claim.Start, at);
                var e = Math.Min(Math.Max(r.Claim.End, s), end);
                sb.Append(E(body[at..s]));
                sb.Append("<mark class=\"").Append(r.VerdictName).Append("\" id=\"").Append(E(r.Claim.Id)).Append("\" title=\"")
                  .Append(E($"{r.VerdictName}: {r.Reason}")).Append("\">").Append(E(body[s..e])).Append("</mark>");
                at = e;
            }
            sb.Append(E(body[at..end])).Append("</p><div>");
            foreach (var r in inside)
            {
                sb.Append("<p class=\"note\"><b>").Append(E(r.VerdictName)).Append("</b> ").Append(E(r.Claim.Id)).Append(" (").Append(E(r.Claim.KindName)).Append("; tolerance ")
                  .Append(E(r.Tolerance)).Append("): ").Append(E(r.Reason)).Append("</p>");
            }
            sb.Append("</div></div>\n");
        }
        sb.Append("<p class=\"note\">Checked by Milbal against SIPRI, NATO, World Bank, IMF data and curated published figures; each reading lists its dataset and edition. ")
          .Append("Verdict rules: data/claims-eval/README.md.</p></body></html>\n");
        return sb.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
