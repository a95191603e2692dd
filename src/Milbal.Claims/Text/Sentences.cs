using System.Text.RegularExpressions;

namespace Milbal.Claims.Text;

/// <summary>A sentence of the article with its position (character offsets into the body) and paragraph.</summary>
public sealed record Sentence(int Index, int Start, string Text, int Paragraph)
{
    public int End => Start + Text.Length;
}

/// <summary>
/// Splits news text into sentences. A period ends a sentence unless it belongs to an abbreviation ("Feb.", "U.S.",
/// "Gen.", "Sen."), an initial, or a number ("3.5"); closing quotes and brackets stay with the sentence they end.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "gov", "sen", "rep",
        "pres", "sec", "secy", "st", "mt", "ft", "no", "nos", "vs", "etc", "inc", "ltd", "corp", "co", "jr", "sr", "approx", "est",
        "fig", "vol", "dept", "govt", "min", "max", "e.g", "i.e", "cf", "al", "u.s", "u.k", "u.n", "e.u", "p.m", "a.m",
        // Currencies written with a point before the amount: "Rs. 1.804 trillion", "Tk. 42,000 crore".
        "rs", "tk",
    };

    /// <summary>
    /// "… to five\npercent of GDP": transcripts and pasted captions wrap lines inside a sentence. A line that ends without
    /// closing punctuation and runs on in lower case continues the sentence; a heading or a list line starts with a capital
    /// or a marker.
    /// </summary>
    private static bool IsSoftWrap(string text, int lineStart, int newline)
    {
        var line = text[lineStart..newline].TrimEnd();
        if (line.Length == 0 || line[^1] is '.' or '!' or '?' or ':' or ';' or '"' or '”' or ')' or '’') return false;
        var next = newline + 1;
        return next < text.Length && char.IsLower(text[next]);
    }

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var start = 0;
        var i = 0;
        void Emit(int end)
        {
            var raw = text[start..end];
            var trimmedStart = raw.Length - raw.TrimStart().Length;
            var body = raw.Trim();
            if (body.Length > 0) sentences.Add(new Sentence(sentences.Count, start + trimmedStart, body, paragraph));
            start = end;
        }
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' && IsSoftWrap(text, start, i)) { i++; continue; }
            if (c == '\n')
            {
                Emit(i);
                // A blank line or a single newline both end a paragraph in plain-text articles (one paragraph per line).
                paragraph++;
                i++;
                start = i;
                continue;
            }
            // "… who spent only $US507b.1 Nevertheless …": a footnote number after the full stop belongs to the sentence it ends.
            if (c == '.' && FootnoteDigits(text, i) is > 0 and var digits)
            {
                Emit(i + 1 + digits);
                i += 1 + digits;
                continue;
            }
            if (c is '.' or '!' or '?' && IsSentenceEnd(text, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or ']') end++;
                Emit(end);
                i = end;
                continue;
            }
            i++;
        }
        Emit(text.Length);
        return sentences;
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        if (text[i] != '.') return NextStartsSentence(text, i + 1);
        // Decimal point or thousands in "3.5" / "U.S.-led"
        if (i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > 0 && char.IsDigit(text[i - 1])) return false;
        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..i];
        // "1. United States – $821,830 million": a list's number at the start of its line is a marker, not a sentence.
        if (word.Length == 0 && IsLineNumber(text, i)) return false;
        if (word.Length == 1 && char.IsUpper(word[0]))
            return false; // an initial: "Donald J. Trump", or the "S" of "U.S"
        if (Abbreviations.Contains(word.TrimEnd('.'))) 
        {
            // "U.S." at the end of a sentence is followed by a capital after a space, but so is "U.S. Army": only a
            // following newline, or a lower-risk signal (a quote), ends it.
            return i + 1 >= text.Length || text[i + 1] == '\n';
        }
        if (word.Contains('.')) return NextStartsSentence(text, i + 1) && !IsLetterDotted(word);
        return NextStartsSentence(text, i + 1);
    }

    private static bool IsLineNumber(string text, int dot)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, dot - 1)) + 1;
        var number = text[lineStart..dot].Trim();
        return number.Length is 1 or 2 && number.All(char.IsAsciiDigit);
    }

    private static int FootnoteDigits(string text, int i)
    {
        if (i == 0 || !(char.IsLetter(text[i - 1]) || text[i - 1] is '%' or ')')) return 0;
        var j = i + 1;
        while (j < text.Length && j - i <= 2 && char.IsDigit(text[j])) j++;
        var digits = j - i - 1;
        if (digits is 0 or > 2 || j >= text.Length || text[j] != ' ') return 0;
        var k = j;
        while (k < text.Length && text[k] == ' ') k++;
        return k < text.Length && char.IsUpper(text[k]) ? digits : 0;
    }

    private static bool IsLetterDotted(string word) => LetterDotted().IsMatch(word);

    private static bool NextStartsSentence(string text, int j)
    {
        while (j < text.Length && text[j] is '"' or '”' or '’' or '\'' or ')' or ']') j++;
        if (j >= text.Length) return true;
        if (text[j] == '\n') return true;
        if (!char.IsWhiteSpace(text[j])) return false;
        while (j < text.Length && text[j] is ' ' or '\t') j++;
        if (j >= text.Length || text[j] == '\n') return true;
        var next = text[j];
        return char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '‘' or '\'' or '(' or '[' or '$' or '€' or '£';
    }

    [GeneratedRegex(@"^([A-Za-z]\.)+[A-Za-z]?$")]
    private static partial Regex LetterDotted();
}
