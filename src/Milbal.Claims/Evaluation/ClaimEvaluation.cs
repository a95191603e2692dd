using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Milbal.Claims.Extraction;
using Milbal.Claims.Verification;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Milbal.Claims.Evaluation;

/// <summary>A gold claim of the labelled set (data/claims-eval/labels/*.yaml).</summary>
public sealed class GoldClaim
{
    public string Id { get; set; } = "";
    public string Sentence { get; set; } = "";
    public List<string> Anchors { get; set; } = [];
    public string Kind { get; set; } = "";
    public List<string> Entities { get; set; } = [];
    public object? Year { get; set; }
    public string Verdict { get; set; } = "";
    public string? Why { get; set; }
    public string? Split { get; set; }
}

/// <summary>The labels of one article.</summary>
public sealed class GoldArticle
{
    public string Article { get; set; } = "";
    public string? Split { get; set; }
    public List<GoldClaim> Claims { get; set; } = [];
    [YamlMember(Alias = "not_claims")]
    public List<string> NotClaims { get; set; } = [];
}

/// <summary>Counts for one article or one split.</summary>
public sealed record EvaluationCounts(int Detected, int DetectedMatched, int Gold, int GoldMatched, int VerdictsEqual, int NotClaimsReported)
{
    public double Precision => Detected == 0 ? 1 : DetectedMatched / (double)Detected;
    public double Recall => Gold == 0 ? 1 : GoldMatched / (double)Gold;
    public double VerdictAccuracy => GoldMatched == 0 ? 1 : VerdictsEqual / (double)GoldMatched;

    public static EvaluationCounts operator +(EvaluationCounts a, EvaluationCounts b) =>
        new(a.Detected + b.Detected, a.DetectedMatched + b.DetectedMatched, a.Gold + b.Gold, a.GoldMatched + b.GoldMatched, a.VerdictsEqual + b.VerdictsEqual, a.NotClaimsReported + b.NotClaimsReported);

    public static readonly EvaluationCounts Zero = new(0, 0, 0, 0, 0, 0);
}

public sealed record ArticleEvaluation(string Article, string Split, EvaluationCounts Counts, IReadOnlyList<string> Misses);

public sealed record EvaluationResult(IReadOnlyList<ArticleEvaluation> Articles)
{
    public const double RecallThreshold = 0.90, PrecisionThreshold = 0.85, VerdictThreshold = 0.85;

    public IReadOnlyList<string> Splits => Articles.Select(a => a.Split).Distinct().Order(StringComparer.Ordinal).ToArray();

    public EvaluationCounts Total(string? split = null) =>
        Articles.Where(a => split is null || a.Split == split).Aggregate(EvaluationCounts.Zero, (s, a) => s + a.Counts);

    public bool Meets(EvaluationCounts c) => c.Recall >= RecallThreshold && c.Precision >= PrecisionThreshold && c.VerdictAccuracy >= VerdictThreshold;

    /// <summary>Every split with gold claims, and the whole set, meet the issue's thresholds.</summary>
    public bool MeetsThresholds => Articles.Count > 0 && Meets(Total()) && Splits.All(s => Total(s).Gold == 0 || Meets(Total(s)));

    /// <param name="detailsFor">Splits whose articles, misses and verdict mismatches are listed; other splits print their total only, so held-out text stays unseen while the checker is developed.</param>
    public string Format(IReadOnlyCollection<string>? detailsFor = null)
    {
        detailsFor ??= ["dev"];
        var sb = new StringBuilder();
        string P(double x) => (x * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        string Line(string name, EvaluationCounts c) =>
            $"{name,-58} detected {c.Detected,3}  gold {c.Gold,3}  precision {P(c.Precision),6}  recall {P(c.Recall),6}  verdict accuracy {P(c.VerdictAccuracy),6} ({c.VerdictsEqual}/{c.GoldMatched})"
            + (c.NotClaimsReported > 0 ? $"  not-claims reported {c.NotClaimsReported}" : "");
        foreach (var split in Splits)
        {
            sb.AppendLine($"split {split}:");
            // A held-out split prints its total only: per-article figures would show where the checker fails on text meant to stay unseen.
            foreach (var a in Articles.Where(a => a.Split == split && detailsFor.Contains(split)))
            {
                sb.AppendLine("  " + Line(a.Article, a.Counts));
                foreach (var miss in a.Misses) sb.AppendLine("      " + miss);
            }
            sb.AppendLine("  " + Line($"{split} total", Total(split)));
        }
        sb.AppendLine(Line("overall", Total()));
        sb.AppendLine($"thresholds: recall ≥ {P(RecallThreshold)}, precision ≥ {P(PrecisionThreshold)}, verdict accuracy ≥ {P(VerdictThreshold)} — {(MeetsThresholds ? "met" : "NOT met")}");
        sb.AppendLine("matching: a detected claim matches a gold claim when it lies in the sentence containing the gold `sentence` and shares an anchor (spaces and case normalised).");
        return sb.ToString();
    }
}

/// <summary>
/// Runs the checker over data/claims-eval (articles/*.txt, labels/*.yaml) and scores detection and verdicts as the
/// set's README defines: match = same sentence + a shared anchor; precision = matched detected / detected;
/// recall = matched gold / gold; verdict accuracy = equal verdicts / matched gold.
/// </summary>
public static partial class ClaimEvaluation
{
    public static EvaluationResult Run(ClaimChecker checker, string folder)
    {
        var labels = Path.Combine(folder, "labels");
        var articles = Path.Combine(folder, "articles");
        if (!Directory.Exists(labels) || !Directory.Exists(articles))
            throw new DirectoryNotFoundException($"'{folder}' has no labels/ and articles/ folders: give the labelled set's folder (data/claims-eval)");
        var results = new List<ArticleEvaluation>();
        foreach (var labelFile in Directory.GetFiles(labels, "*.yaml").Order(StringComparer.Ordinal))
        {
            var gold = Read(labelFile);
            var articleName = string.IsNullOrWhiteSpace(gold.Article) ? Path.GetFileNameWithoutExtension(labelFile) + ".txt" : gold.Article;
            var articlePath = Path.Combine(articles, articleName);
            if (!File.Exists(articlePath)) throw new FileNotFoundException($"{labelFile}: article '{articleName}' is not in {articles}");
            var report = checker.Check(File.ReadAllText(articlePath));
            var split = (gold.Split ?? "dev").Trim().ToLowerInvariant();
            // Claims may carry their own split; an article whose claims are all "test" is a test article.
            var bySplit = gold.Claims.GroupBy(c => (c.Split ?? split).Trim().ToLowerInvariant()).ToArray();
            if (bySplit.Length <= 1)
                results.Add(Score(articleName, bySplit.Length == 0 ? split : bySplit[0].Key, report.Results, gold.Claims, gold.NotClaims, report.Body));
            else
                foreach (var group in bySplit)
                {
                    // Detected claims are assigned to the split of the gold claim whose sentence they fall in; the rest to the article's split.
                    var sentences = group.Select(g => Normalise(g.Sentence)).ToArray();
                    var mine = report.Results.Where(r => sentences.Any(s => SameSentence(r.Claim, s)) || group.Key == split && !gold.Claims.Any(g => SameSentence(r.Claim, Normalise(g.Sentence)))).ToArray();
                    results.Add(Score(articleName, group.Key, mine, group.ToList(), gold.NotClaims, report.Body));
                }
        }
        return new EvaluationResult(results);
    }

    public static GoldArticle Read(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        try
        {
            return deserializer.Deserialize<GoldArticle>(File.ReadAllText(path)) ?? throw new FormatException($"{path} is empty");
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new FormatException($"{path}: {e.Message}");
        }
    }

    private static ArticleEvaluation Score(string article, string split, IReadOnlyList<ClaimResult> detected, IReadOnlyList<GoldClaim> gold, IReadOnlyList<string> notClaims, string body)
    {
        var misses = new List<string>();
        var detectedMatched = 0;
        foreach (var d in detected)
        {
            if (gold.Any(g => Matches(d.Claim, g))) detectedMatched++;
            else misses.Add($"extra   {d.Claim.Id} {d.Claim.KindName} [{string.Join(" | ", d.Claim.Anchors)}] {d.VerdictName} — {Excerpt(d.Claim.Sentence.Text)}");
        }
        var goldMatched = 0;
        var equal = 0;
        foreach (var g in gold)
        {
            var candidates = detected.Where(d => Matches(d.Claim, g)).ToArray();
            if (candidates.Length == 0)
            {
                misses.Add($"missed  {g.Id} {g.Kind} [{string.Join(" | ", g.Anchors)}] {g.Verdict} — {Excerpt(g.Sentence)}");
                continue;
            }
            goldMatched++;
            var best = candidates.OrderByDescending(d => SharedAnchors(d.Claim, g)).ThenBy(d => d.Claim.KindName == g.Kind ? 0 : 1).First();
            if (best.VerdictName == NormaliseVerdict(g.Verdict)) equal++;
            else misses.Add($"verdict {g.Id} {g.Kind} gold {g.Verdict}, checker {best.VerdictName} ({best.Claim.Id} {best.Claim.KindName}{ReadingDifference(best.Claim, g)}): {Excerpt(best.Reason, 220)}");
        }
        var notClaimsReported = notClaims.Count(n => detected.Any(d => d.Claim.Anchors.Any(a => AnchorsMatch(Normalise(a), Normalise(n)))));
        return new ArticleEvaluation(article, split, new EvaluationCounts(detected.Count, detectedMatched, gold.Count, goldMatched, equal, notClaimsReported), misses);
    }

    /// <summary>
    /// Where the checker read another subject or year than the label gives ("; read as USA 2014, labelled CHN 2014"): most wrong
    /// verdicts start there, and the line says so without opening the article.
    /// </summary>
    private static string ReadingDifference(Claim claim, GoldClaim gold)
    {
        var candidates = claim.Subject?.Candidates ?? [];
        var entityDiffers = gold.Entities.Count > 0 && !gold.Entities.Any(candidates.Contains);
        var yearDiffers = gold.Year is { } y && int.TryParse(y.ToString(), out var year) && !claim.Years.Contains(year);
        if (!entityDiffers && !yearDiffers) return "";
        var read = $"{(candidates.Count > 0 ? string.Join("/", candidates) : "no subject")} {(claim.Years.Count > 0 ? string.Join("/", claim.Years) : "no year")}";
        return $"; read as {read}, labelled {(gold.Entities.Count > 0 ? string.Join("/", gold.Entities) : "no subject")} {gold.Year?.ToString() ?? "no year"}";
    }

    private static string NormaliseVerdict(string v)
    {
        try { return ClaimResult.Name(ClaimResult.Parse(v)); }
        catch (FormatException) { return v.Trim().ToLowerInvariant(); }
    }

    internal static bool Matches(Claim claim, GoldClaim gold) => SameSentence(claim, Normalise(gold.Sentence)) && SharedAnchors(claim, gold) > 0;

    private static bool SameSentence(Claim claim, string goldSentence)
    {
        var sentence = Normalise(claim.Sentence.Text);
        return goldSentence.Length > 0 && (sentence.Contains(goldSentence, StringComparison.Ordinal) || goldSentence.Contains(sentence, StringComparison.Ordinal));
    }

    private static int SharedAnchors(Claim claim, GoldClaim gold) =>
        gold.Anchors.Count(g => claim.Anchors.Any(a => AnchorsMatch(Normalise(a), Normalise(g))));

    /// <summary>Equal, or one contains the other on token boundaries ("$145.9 billion" in "an estimated $145.9 billion"; "2%" is not in "42%").</summary>
    internal static bool AnchorsMatch(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return false;
        if (a == b) return true;
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var at = 0;
        while ((at = longer.IndexOf(shorter, at, StringComparison.Ordinal)) >= 0)
        {
            var beforeOk = at == 0 || !char.IsLetterOrDigit(longer[at - 1]) && longer[at - 1] is not '.' and not '$' and not '€' and not '£';
            var end = at + shorter.Length;
            var afterOk = end == longer.Length || !char.IsLetterOrDigit(longer[end]) && !(longer[end] is '.' or ',' && end + 1 < longer.Length && char.IsDigit(longer[end + 1]));
            if (beforeOk && afterOk) return true;
            at++;
        }
        return false;
    }

    internal static string Normalise(string text) =>
        Spaces().Replace(text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').Replace('\u00a0', ' ').Replace('–', '-').Replace('—', '-'), " ").Trim().ToLowerInvariant();

    private static string Excerpt(string text, int max = 100) => text.Length <= max ? text : text[..(max - 1)] + "…";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
