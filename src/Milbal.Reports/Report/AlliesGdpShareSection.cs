using System.Globalization;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Core.Tables;
using Milbal.Data.Store;
using Milbal.Reports.Charts;
using Milbal.Reports.Html;

namespace Milbal.Reports.Report;

/// <summary>Allies' defence expenditure as a share of GDP in the report year (NATO's own figures) against 2%, 3.5% and 5%.</summary>
public sealed class AlliesGdpShareSection : IReportSection
{
    /// <summary>The pledges, with the figures-table row that records each (for citation).</summary>
    public static readonly IReadOnlyList<(double Value, string Label, int FiguresYear)> Targets =
    [
        (2.0, "2% guideline (Wales 2014)", 2024),
        (3.5, "3.5% core defence by 2035 (The Hague 2025)", 2035),
        (5.0, "5% incl. 1.5% defence-related by 2035 (The Hague 2025)", 2035),
    ];

    public string Title => "Allies' defence spending as a share of GDP";

    /// <summary>Compared as NATO publishes and counts: the share rounded to two decimals.</summary>
    private static string Meets(double share, double target) => Analysis.Burden.BurdenAnalysis.MeetsAsPublished(share, target) ? "yes" : "no";

    public ReportSectionContent Build(ReportContext context)
    {
        var year = context.Year;
        var heading = $"Allies' defence spending in {year}, % of GDP, against 2%, 3.5% and 5%";
        if (context.NatoEdition is null)
            return new ReportSectionContent(heading, [new ParagraphBlock("The store holds no NATO data: import NATO's defence expenditure tables with 'milbal import nato <file>'.")]);

        var members = BuiltInGroups.Nato.MembersIn(year);
        var (edition, rows) = SharesFor(context, members, year);
        if (rows.Count == 0)
            return new ReportSectionContent(heading, [new ParagraphBlock($"No NATO edition in the store has shares of GDP for {year}; choose another year with --year.")]);
        var aggregates = context.Store.Series(new SeriesQuery([BuiltInGroups.Nato.Id, BuiltInGroups.NatoEuropeCanada.Id], [Measures.MilexGdpShare.Id], DatasetIds.Nato, edition, year, year))
            .Where(r => r.Observation.Unit.Kind == UnitKind.Percent && r.Edition == edition).ToArray();

        var editions = new List<EditionRef> { new(DatasetIds.Nato, edition) };
        var targetRows = context.Store.Series(new SeriesQuery([BuiltInGroups.Nato.Id], [Measures.Target.Id], DatasetIds.Figures))
            .Where(r => r.Observation.Unit.Kind == UnitKind.Percent).ToArray();
        var targetNotes = new List<string>();
        foreach (var t in Targets)
        {
            var published = targetRows.FirstOrDefault(r => r.Observation.Year == t.FiguresYear && Math.Abs(r.Observation.Value - t.Value) < 1e-9);
            if (published is null) continue;
            editions.Add(new EditionRef(published.Dataset, published.Edition));
            targetNotes.Add($"{t.Label}: {published.Dataset} {published.Edition}, {FirstClause(published.Observation.Note)}");
        }

        var ranked = rows.OrderByDescending(r => r.Observation.Value).ToArray();
        var missing = members.Where(m => rows.All(r => r.Observation.EntityId != m)).ToArray();
        var tableRows = ranked.Select((r, i) => new object?[]
        {
            i + 1, r.Observation.EntityId, context.EntityName(r.Observation.EntityId), r.Observation.Value,
            Meets(r.Observation.Value, 2.0), Meets(r.Observation.Value, 3.5), Meets(r.Observation.Value, 5.0),
            r.Observation.Flags.ToText(),
        }).Concat(aggregates.OrderBy(a => a.Observation.EntityId == BuiltInGroups.Nato.Id ? 0 : 1).Select(a => new object?[]
        {
            null, a.Observation.EntityId, context.EntityName(a.Observation.EntityId) + " (NATO's aggregate)", a.Observation.Value,
            Meets(a.Observation.Value, 2.0), Meets(a.Observation.Value, 3.5), Meets(a.Observation.Value, 5.0),
            a.Observation.Flags.ToText(),
        })).ToArray();

        var counts = Targets.Select(t => (t.Value, Count: rows.Count(r => Analysis.Burden.BurdenAnalysis.MeetsAsPublished(r.Observation.Value, t.Value)))).ToArray();
        var secondary = context.Dataset(DatasetIds.Nato, edition)?.IsSecondary == true;
        var notes = new List<string>
        {
            "NATO's definition of defence expenditure; shares of GDP as NATO publishes them (no conversion; in the 2024 edition's Table 3, a share of real GDP at 2015 prices).",
        };
        if (rows.Any(r => r.Observation.Flags.HasFlag(ObservationFlags.Estimate)))
            notes.Add($"values flagged 'estimate' are NATO's estimates for {year} (its tables mark the latest years as estimates)");
        if (missing.Length > 0)
            notes.Add($"no value in NATO {edition} for {string.Join(", ", missing.Select(m => $"{m} ({context.EntityName(m)})"))}: not counted, and not shown as zero");
        if (secondary) notes.Add($"NATO {edition} is a secondary source (a third party's copy of NATO's figures)");
        notes.AddRange(targetNotes);

        var table = new ResultTable($"Defence expenditure as % of GDP, {year} (NATO {edition})",
        [
            new("rank", IsNumeric: true), new("entity"), new("name"), new("share_of_gdp", "% of GDP", IsNumeric: true),
            new("meets_2pct"), new("meets_3_5pct"), new("meets_5pct"), new("flags"),
        ], tableRows, context.SourceLines(editions), notes);

        var bars = ranked.Select(r => new BarItem(context.EntityName(r.Observation.EntityId), r.Observation.Value))
            .Concat(aggregates.Select(a => new BarItem(context.EntityName(a.Observation.EntityId), a.Observation.Value, Highlight: true)))
            .ToArray();
        var chart = new BarChartSpec(
            $"Defence expenditure as % of GDP, {year}" + (rows.Any(r => r.Observation.Flags.HasFlag(ObservationFlags.Estimate)) ? " (estimates)" : ""),
            "Defence expenditure, % of GDP (as NATO publishes it)", "Ally", context.SourceLine(editions, "NATO definition of defence expenditure"), bars)
        {
            Targets = Targets.Select(t => new TargetLine(t.Value, t.Label)).ToArray(),
        };

        var intro = $"In {year}, {counts[0].Count} of the {rows.Count} allies with a value in NATO's {edition} edition spent at least 2% of GDP on defence, " +
                    $"{counts[1].Count} at least 3.5% and {counts[2].Count} at least 5%." +
                    (missing.Length > 0 ? $" {missing.Length} of {members.Count} members {(missing.Length == 1 ? "has" : "have")} no value ({string.Join(", ", missing)})." : "") +
                    " The 3.5% and 5% lines are the Hague pledges for 2035 (5% = 3.5% core defence + up to 1.5% defence-related spending, which NATO's expenditure figures do not include); 2% is the Wales guideline.";
        return new ReportSectionContent(heading, [new ParagraphBlock(intro), new ChartBlock(chart), new TableBlock(table)]) { Editions = editions, Anchor = "allies-gdp-share" };
    }

    /// <summary>The chosen edition's shares for the year, or (if it has none for that year) the newest edition that has them.</summary>
    private static (string Edition, IReadOnlyList<StoredObservation> Rows) SharesFor(ReportContext context, IReadOnlyList<string> members, int year)
    {
        var preferred = context.NatoEdition!;
        var editions = new[] { preferred }.Concat(context.Catalogue.Select(c => c.Dataset).Where(d => d.Id == DatasetIds.Nato && d.Edition != preferred)
            .OrderBy(d => d.IsSecondary).Select(d => d.Edition));
        foreach (var edition in editions)
        {
            var rows = context.Store.Series(new SeriesQuery(members, [Measures.MilexGdpShare.Id], DatasetIds.Nato, edition, year, year))
                .Where(r => r.Observation.Unit.Kind == UnitKind.Percent && r.Edition == edition)
                .GroupBy(r => r.Observation.EntityId).Select(g => g.First()).ToArray();
            if (rows.Length > 0) return (edition, rows);
        }
        return (preferred, []);
    }

    private static string FirstClause(string? note) =>
        note is null ? "" : note.Split(';', 2)[0].Trim();

    internal static string Percent(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
