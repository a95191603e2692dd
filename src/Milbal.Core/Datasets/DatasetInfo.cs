namespace Milbal.Core.Datasets;

/// <summary>Ids of the datasets Milbal reads, as typed after --source.</summary>
public static class DatasetIds
{
    public const string Sipri = "sipri";
    public const string Nato = "nato";
    public const string Wdi = "wdi";
    public const string Weo = "weo";
    public const string Figures = "figures";

    public static IReadOnlyList<string> All { get; } = [Sipri, Nato, Wdi, Weo, Figures];
}

/// <summary>
/// One edition of a publisher's dataset. <see cref="Edition"/> is the short id users type (--edition 2024);
/// <see cref="ReleaseDate"/> orders editions so "newest" is well defined.
/// </summary>
public sealed record DatasetInfo(
    string Id,
    string Edition,
    string Publisher,
    string Title,
    DateOnly? ReleaseDate,
    string Address,
    string Licence,
    bool IsSecondary = false,
    string? Notes = null);

/// <summary>A footnote the publisher defines once and cites by symbol or number.</summary>
public sealed record Footnote(string Symbol, string Text)
{
    /// <summary>
    /// The footnote symbols an observation's citation refers to: the whole citation when it is one symbol
    /// ("RUS.PPPEX"), else its digit runs and single signs ("‡§¶16" → "‡", "§", "¶", "16").
    /// </summary>
    public static IEnumerable<string> KeysIn(string citation)
    {
        var number = new System.Text.StringBuilder();
        var keys = new List<string> { citation };
        foreach (var ch in citation)
        {
            if (char.IsDigit(ch)) { number.Append(ch); continue; }
            if (number.Length > 0) { keys.Add(number.ToString()); number.Clear(); }
            if (!char.IsWhiteSpace(ch) && !char.IsLetter(ch)) keys.Add(ch.ToString());
        }
        if (number.Length > 0) keys.Add(number.ToString());
        return keys.Distinct();
    }
}
