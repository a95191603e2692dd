using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Analysis.Burden;

/// <summary>What a target's threshold is a percentage of.</summary>
public enum TargetBasis
{
    /// <summary>Defence expenditure as % of GDP.</summary>
    ShareOfGdp,
    /// <summary>Major equipment (incl. related R&amp;D) as % of defence expenditure.</summary>
    EquipmentShareOfDefence,
}

/// <summary>Where a target's text was read: a curated figures row (dataset, edition, its provenance note).</summary>
public sealed record TargetCitation(string Dataset, string Edition, string Note)
{
    public override string ToString() => $"{Dataset} {Edition}: {Note}";
}

/// <summary>A NATO spending pledge.</summary>
/// <param name="Id">"2", "3.5", "5" or "equipment20" (the command-line value).</param>
/// <param name="Threshold">In percent of <see cref="AppliesTo"/>.</param>
/// <param name="DeadlineYear">The year by which allies pledged to reach it (Wales: "within a decade" of 2014).</param>
/// <param name="Caveat">What comparing published spending with the threshold leaves out, when anything.</param>
public sealed record BurdenTarget(
    string Id, string Name, string Description, double Threshold, TargetBasis AppliesTo, string Summit, int AgreedYear, int DeadlineYear,
    string? Caveat = null, TargetCitation? Citation = null)
{
    public string AppliesToText => AppliesTo == TargetBasis.ShareOfGdp ? "share of GDP" : "equipment share of defence expenditure";
}

/// <summary>The pledges Milbal measures allies against.</summary>
public static class Targets
{
    public static readonly BurdenTarget TwoPercent = new("2", "2% of GDP",
        "Defence Investment Pledge: allies below 2% of GDP aim to move towards the 2% guideline within a decade",
        2, TargetBasis.ShareOfGdp, "Wales Summit", 2014, 2024);

    public static readonly BurdenTarget CoreThreePointFive = new("3.5", "3.5% of GDP, core defence",
        "At least 3.5% of GDP annually on core defence requirements, based on the agreed definition of NATO defence expenditure, by 2035",
        3.5, TargetBasis.ShareOfGdp, "The Hague Summit", 2025, 2035);

    public static readonly BurdenTarget FivePercent = new("5", "5% of GDP, core and related",
        "5% of GDP annually by 2035: at least 3.5% core defence plus up to 1.5% defence- and security-related spending",
        5, TargetBasis.ShareOfGdp, "The Hague Summit", 2025, 2035,
        "NATO's 5% includes up to 1.5% of GDP of 'related' spending (critical infrastructure, networks, civil preparedness and " +
        "resilience, innovation, the defence industrial base) that NATO's definition of defence expenditure does not cover and no " +
        "publisher reports yet; measuring 5% against military expenditure / GDP is a simplification that understates what allies count towards it.");

    public static readonly BurdenTarget Equipment20 = new("equipment20", "20% of defence spending on equipment",
        "Wales pledge: 20% of defence expenditure on major new equipment, including related research and development, within a decade",
        20, TargetBasis.EquipmentShareOfDefence, "Wales Summit", 2014, 2024,
        "the exact clause of the Wales declaration was not retrieved; Milbal measures NATO's published equipment share (major equipment and related R&D, % of defence expenditure)");

    public static IReadOnlyList<BurdenTarget> All { get; } = [TwoPercent, CoreThreePointFive, FivePercent, Equipment20];

    /// <summary>The related-spending part of the 5% (Hague), for citing beside the 5%.</summary>
    public const double RelatedSpendingShare = 1.5;

    public static BurdenTarget Parse(string id)
    {
        var text = id.Trim().TrimEnd('%');
        var match = All.FirstOrDefault(t => t.Id.Equals(text, StringComparison.OrdinalIgnoreCase))
                    ?? (text.Equals("equipment", StringComparison.OrdinalIgnoreCase) ? Equipment20 : null);
        return match ?? throw new ArgumentException($"unknown target '{id}'; use --target {string.Join(", ", All.Select(t => t.Id))}");
    }

    /// <summary>
    /// The target with its citation from the curated figures in the store (measure target_gdp_share, entity NATO,
    /// the row whose value is the threshold). The equipment pledge has no such row: it is returned uncited.
    /// </summary>
    public static BurdenTarget WithCitation(MilbalStore store, BurdenTarget target)
    {
        if (target.AppliesTo != TargetBasis.ShareOfGdp || store.Catalogue().All(c => c.Dataset.Id != "figures")) return target;
        var row = store.Series(new SeriesQuery(["NATO"], [Measures.Target.Id], "figures"))
            .Where(r => Math.Abs(r.Observation.Value - target.Threshold) < 1e-9)
            .OrderByDescending(r => r.Edition, StringComparer.Ordinal)
            .FirstOrDefault();
        return row is null ? target : target with { Citation = new TargetCitation(row.Dataset, row.Edition, row.Observation.Note ?? "") };
    }
}
