using System.Globalization;
using System.Text;

namespace Milbal.Core.Entities;

/// <summary>
/// Folds the spellings publishers use for one name onto one key: case, diacritics ("Türkiye"), punctuation,
/// "&amp;"/"and", "St."/"Saint" and a leading "the" do not matter.
/// </summary>
public static class NameKey
{
    // The build runs with InvariantGlobalization, where string.Normalize cannot decompose "ü" into "u" + mark,
    // so Latin letters with diacritics are folded from this table (combining marks are still dropped below).
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜȘșȚț";
    private const string Unaccented = "AAAAAACEEEEIIIIDNOOOOOOUUUUYaaaaaaceeeeiiiinoooooouuuuyyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjKkLlLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuSsTt";

    private static readonly Dictionary<char, string> Folds = BuildFolds();

    private static Dictionary<char, string> BuildFolds()
    {
        var folds = new Dictionary<char, string> { ['ß'] = "ss", ['Æ'] = "ae", ['æ'] = "ae", ['Œ'] = "oe", ['œ'] = "oe", ['Þ'] = "th", ['þ'] = "th" };
        for (var i = 0; i < Accented.Length; i++) folds[Accented[i]] = Unaccented[i].ToString();
        return folds;
    }

    public static string Of(string name)
    {
        var trimmed = name.Trim();
        var sb = new StringBuilder(trimmed.Length);
        foreach (var ch in trimmed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (Folds.TryGetValue(ch, out var plain)) sb.Append(plain.ToLowerInvariant());
            else if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (ch == '&') sb.Append(" and ");
            else if (ch == '+') sb.Append(" plus ");
            else sb.Append(' ');
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        for (var i = 0; i < words.Count; i++)
            if (words[i] == "st") words[i] = "saint";
        return string.Join(' ', words);
    }

    /// <summary>The name as written without its diacritics ("Türkiye" → "Turkiye"); case and punctuation are kept.</summary>
    public static string WithoutDiacritics(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(Folds.TryGetValue(ch, out var plain) ? plain : ch.ToString());
        }
        return sb.ToString();
    }

    /// <summary>Edit distance between two keys, for "did you mean" suggestions.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
