using System.Globalization;
using System.Text.RegularExpressions;

namespace Milbal.Claims.Text;

/// <summary>
/// An article file: an optional header of "key: value" lines (title, publisher, url, date, excerpt) ended by a blank
/// line, then the body. Without a header, a dateline in the first lines ("Feb. 13, 2025", "13 February 2025") gives the date.
/// </summary>
public sealed partial record ArticleText(string Body, DateOnly? Date, string? Url, string? Title, string? Publisher)
{
    private static readonly HashSet<string> HeaderKeys = ["title", "publisher", "url", "date", "excerpt", "author", "source", "published"];

    public static ArticleText Parse(string text)
    {
        var lines = text.Split('\n');
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < lines.Length && HeaderLine().Match(lines[i]) is { Success: true } m && HeaderKeys.Contains(m.Groups["k"].Value.ToLowerInvariant()))
        {
            header[m.Groups["k"].Value] = m.Groups["v"].Value.Trim();
            i++;
        }
        string body;
        if (header.Count > 0 && (i >= lines.Length || lines[i].Trim().Length == 0))
            body = string.Join('\n', lines.Skip(i + 1));
        else
        {
            header.Clear();
            body = text;
        }
        DateOnly? date = header.TryGetValue("date", out var d) && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : header.TryGetValue("published", out var p) && DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var pub) ? pub
            : Dateline(body);
        return new ArticleText(body, date, header.GetValueOrDefault("url"), header.GetValueOrDefault("title"), header.GetValueOrDefault("publisher"));
    }

    /// <summary>A date in the first lines of the body: "Feb. 13, 2025", "February 13, 2025", "13 February 2025", "2025-02-13".</summary>
    public static DateOnly? Dateline(string body)
    {
        var head = body.Length > 600 ? body[..600] : body;
        var m = DateRx().Match(head);
        if (!m.Success) return null;
        if (m.Groups["iso"].Success && DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
        var month = MonthNumber(m.Groups["mon"].Success ? m.Groups["mon"].Value : m.Groups["mon2"].Value);
        var day = int.Parse(m.Groups["d"].Success ? m.Groups["d"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Success ? m.Groups["y"].Value : m.Groups["y2"].Value, CultureInfo.InvariantCulture);
        return month is null || day is < 1 or > 31 ? null : new DateOnly(year, month.Value, Math.Min(day, DateTime.DaysInMonth(year, month.Value)));
    }

    private static int? MonthNumber(string text)
    {
        var t = text.ToLowerInvariant().TrimEnd('.');
        string[] names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        var i = Array.FindIndex(names, n => t.StartsWith(n, StringComparison.Ordinal));
        return i < 0 ? null : i + 1;
    }

    [GeneratedRegex(@"^(?<k>[A-Za-z_]+):\s*(?<v>.*)$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"(?<iso>20\d\d-\d\d-\d\d)|(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2}),\s+(?<y>20\d\d)|(?<d2>\d{1,2})\s+(?<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<y2>20\d\d)")]
    private static partial Regex DateRx();
}
