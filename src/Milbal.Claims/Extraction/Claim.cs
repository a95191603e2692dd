using Milbal.Claims.Text;

namespace Milbal.Claims.Extraction;

public enum ClaimKind { Level, ShareOfGdp, Growth, Comparison, Target, Count, ProductionRatio, SizeComparison }

/// <summary>What is known about the article besides its text.</summary>
/// <param name="Date">Publication date: resolves "last year" / "this year" and the year of unmarked present-tense figures.</param>
public sealed record ArticleContext(DateOnly? Date = null, string? Url = null, string? Title = null, string? Publisher = null);

/// <summary>Words in a claim's sentence that say which measure or method it uses.</summary>
/// <param name="Ppp">purchasing power (parity), PPP, "lower production costs", "what the money buys".</param>
/// <param name="Real">real terms, inflation-adjusted, constant prices.</param>
/// <param name="Nominal">nominal, cash terms, current prices.</param>
public sealed record MethodCues(bool Ppp, bool Real, bool Nominal, bool Budget);

/// <summary>
/// A checkable statement found in the text. <see cref="Anchors"/> are the exact numeric (or key-phrase) mentions that
/// belong to it; <see cref="Quantities"/> the parsed numbers (primary first); <see cref="Start"/>/<see cref="End"/>
/// the span in the article body that the HTML output highlights. <see cref="Published"/> is the article's date and
/// <see cref="ReportsRelease"/> says the article reports a data release ("new estimates", "data released on Thursday"):
/// together they say which edition of a revised dataset the article can be reporting. <see cref="PrintedRates"/> are the
/// exchange rates the article prints ("($1 = 92.9000 roubles)"), in units of each currency per US dollar.
/// </summary>
public sealed record Claim(
    string Id, ClaimKind Kind, Sentence Sentence, IReadOnlyList<Quantity> Quantities, IReadOnlyList<string> Anchors,
    int Start, int End, EntityMention? Subject, EntityMention? Other, IReadOnlyList<int> Years, bool YearStated,
    string? Attribution, MethodCues Cues, string? Item = null, double? Ratio = null, string? Place = null, string? Phrase = null,
    bool AttributionFromArticle = false, DateOnly? Published = null, bool ReportsRelease = false,
    IReadOnlyDictionary<string, double>? PrintedRates = null)
{
    public Quantity? Primary => Quantities.Count > 0 ? Quantities[0] : null;
    public string Text => Sentence.Text;

    public string KindName => Kind switch
    {
        ClaimKind.ShareOfGdp => "share_of_gdp",
        ClaimKind.ProductionRatio => "production_ratio",
        ClaimKind.SizeComparison => "size_comparison",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
