using Milbal.Analysis.Capacity;
using Milbal.Claims.Extraction;
using Milbal.Claims.Text;
using Milbal.Claims.Verification;
using Milbal.Core.Entities;
using Milbal.Data.Store;

namespace Milbal.Claims;

/// <summary>Input the checker refuses: too long, empty or not text. The message says what to change.</summary>
public sealed class ClaimInputException(string message) : Exception(message);

/// <summary>An article checked: its body (header removed), context (date, url) and one result per claim, in text order.</summary>
public sealed record CheckReport(string Body, ArticleContext Context, IReadOnlyList<ClaimResult> Results, TimeSpan Elapsed)
{
    public int Count(Verdict verdict) => Results.Count(r => r.Verdict == verdict);

    /// <summary>Claims found and reported but not judged (comparisons in words, figures without a measure): part of the unverifiable.</summary>
    public int NotJudged => Results.Count(r => ClaimExtractor.NotJudged(r.Claim.Phrase));
}

/// <summary>
/// The claim checker: finds the numeric claims of an article about defence spending, targets, PPP comparisons and
/// production, and judges each against the store. Keep one instance per open store: it caches the factors and sums it
/// reads (a second article is checked several times faster than the first); <see cref="Check"/> is thread-safe.
/// </summary>
public sealed class ClaimChecker
{
    /// <summary>Longest article accepted (characters): ~30,000 words, far beyond any news article.</summary>
    public const int MaxLength = 200_000;

    private readonly ClaimExtractor _extractor;
    private readonly ClaimVerifier _verifier;
    // The verifier's caches are plain dictionaries and DuckDB connections are not shared across threads: one check at a time.
    private readonly Lock _gate = new();

    /// <param name="unitCosts">Curated contract prices, for unit-price claims ("a shell costs €8,000"); without them those are unverifiable.</param>
    public ClaimChecker(MilbalStore store, CapacityDataset? capacity = null, EntityRegistry? registry = null, UnitCostDataset? unitCosts = null)
    {
        registry ??= EntityRegistry.Default.WithGroups(store.UserGroups());
        _extractor = new ClaimExtractor(new EntityRecogniser(registry));
        _verifier = new ClaimVerifier(store, registry, capacity, unitCosts);
    }

    /// <summary>The claims of a text without verifying them (for the evaluation of detection alone).</summary>
    public IReadOnlyList<Claim> Extract(string text, ArticleContext? context = null)
    {
        var (body, ctx) = Prepare(text, context);
        return _extractor.Extract(body, ctx);
    }

    public CheckReport Check(string text, ArticleContext? context = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (body, ctx) = Prepare(text, context);
        var claims = _extractor.Extract(body, ctx);
        ClaimResult[] results;
        lock (_gate)
        {
            results = new ClaimResult[claims.Count];
            var undatedPlaces = new List<int>();
            for (var i = 0; i < claims.Count; i++)
                if (claims[i].Phrase == "rank" && !claims[i].YearStated) undatedPlaces.Add(i);
                else results[i] = _verifier.Verify(claims[i]);
            // "Poland remains top of the table, spending 4.48%": an undated place is in the table of the year its sentence's
            // figure is for (the year a source gives that figure for), so places are judged after the figures.
            foreach (var i in undatedPlaces)
            {
                var claim = claims[i];
                var year = results.Where(r => r is not null && r.Claim.Sentence == claim.Sentence && r.Claim.Kind is ClaimKind.ShareOfGdp or ClaimKind.Level)
                    .SelectMany(r => r.Readings).Where(r => r.CountsForVerdict && r.Holds).Select(r => (int?)r.Year).FirstOrDefault();
                results[i] = _verifier.Verify(year is { } y ? claim with { Years = [y], YearStated = true } : claim);
            }
        }
        return new CheckReport(body, ctx, results, watch.Elapsed);
    }

    private static (string Body, ArticleContext Context) Prepare(string text, ArticleContext? context)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
            throw new ClaimInputException($"the text has {text.Length:N0} characters; the checker reads at most {MaxLength:N0}: check one article at a time");
        if (text.Contains('\0')) throw new ClaimInputException("the text contains NUL characters: give plain text (UTF-8), not a binary file");
        if (string.IsNullOrWhiteSpace(text)) throw new ClaimInputException("the text is empty: give the article's text");
        var article = ArticleText.Parse(text.Replace("\r\n", "\n").Replace('\r', '\n'));
        var ctx = context ?? new ArticleContext();
        ctx = ctx with
        {
            Date = ctx.Date ?? article.Date,
            Url = ctx.Url ?? article.Url,
            Title = ctx.Title ?? article.Title,
            Publisher = ctx.Publisher ?? article.Publisher,
        };
        return (article.Body, ctx);
    }
}
