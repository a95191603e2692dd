using Milbal.Analysis.Aggregation;
using Milbal.Analysis.Conversions;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Store;
using Milbal.Reports.Html;

namespace Milbal.Reports.Report;

/// <summary>Options of `milbal report`.</summary>
/// <param name="Year">The year of the "latest year" sections; null: the latest year with NATO data.</param>
/// <param name="NatoEdition">NATO edition for shares of GDP; null: the newest edition from NATO itself (not a secondary source).</param>
public sealed record ReportOptions(int? Year = null, string? NatoEdition = null, DeflatorKind Deflator = Converter.DefaultDeflator, FactorOptions? Factors = null);

/// <summary>
/// What every report section gets: the store, the entity registry, the report year, a converter and an aggregator
/// sharing one factor cache, and the list of dataset editions cited so far (for "Sources and methods").
/// </summary>
public sealed class ReportContext
{
    private readonly List<EditionRef> _cited = [];
    private IReadOnlyList<CatalogueEntry>? _catalogue;

    private ReportContext(MilbalStore store, EntityRegistry registry, ReportOptions options, int year, string? natoEdition)
    {
        Store = store;
        Registry = registry;
        Options = options;
        Year = year;
        NatoEdition = natoEdition;
        Factors = new StoreFactorProvider(store, options.Factors, registry);
        Converter = new Converter(Factors, options.Deflator);
        Aggregator = new Aggregator(store, Converter, registry);
    }

    public MilbalStore Store { get; }
    public EntityRegistry Registry { get; }
    public ReportOptions Options { get; }

    /// <summary>The report year (the user's, or the latest year with NATO data).</summary>
    public int Year { get; }

    /// <summary>The NATO edition used for shares of GDP (null when the store has no NATO data).</summary>
    public string? NatoEdition { get; }

    public StoreFactorProvider Factors { get; }
    public Converter Converter { get; }
    public Aggregator Aggregator { get; }

    public IReadOnlyList<CatalogueEntry> Catalogue => _catalogue ??= Store.Catalogue();

    /// <summary>Editions cited by the sections built so far, in first-cited order.</summary>
    public IReadOnlyList<EditionRef> Cited => _cited;

    public static ReportContext Create(MilbalStore store, ReportOptions? options = null, EntityRegistry? registry = null)
    {
        options ??= new ReportOptions();
        registry ??= EntityRegistry.Default.WithGroups(store.UserGroups());
        var catalogue = store.Catalogue();
        var natoEditions = catalogue.Select(c => c.Dataset).Where(d => d.Id == DatasetIds.Nato).ToArray();
        string? nato = options.NatoEdition is { } wanted
            ? (natoEditions.FirstOrDefault(d => d.Edition == wanted) ?? natoEditions.FirstOrDefault(d => d.Edition.StartsWith(wanted, StringComparison.Ordinal))
               ?? throw new ArgumentException($"no NATO edition '{wanted}' in the store (have: {string.Join(", ", natoEditions.Select(d => d.Edition))})")).Edition
            // Catalogue is newest first: prefer NATO's own tables over a third party's copy.
            : (natoEditions.FirstOrDefault(d => !d.IsSecondary) ?? natoEditions.FirstOrDefault())?.Edition;
        var year = options.Year ?? LatestNatoYear(store, nato) ?? DateTime.UtcNow.Year - 1;
        if (!Observation.IsPlausibleYear(year)) throw new ArgumentException($"year {year} is outside {Observation.MinYear}–{Observation.MaxYear}");
        return new ReportContext(store, registry, options, year, nato);
    }

    private static int? LatestNatoYear(MilbalStore store, string? edition)
    {
        if (edition is null) return null;
        var rows = store.Series(new SeriesQuery(BuiltInGroups.Nato.EverMembers, [Measures.MilexGdpShare.Id], DatasetIds.Nato, edition));
        return rows.Count == 0 ? null : rows.Max(r => r.Observation.Year);
    }

    public void Cite(string dataset, string edition)
    {
        if (dataset.Length == 0) return; // a stated assumption, not a dataset
        var reference = new EditionRef(dataset, edition);
        if (!_cited.Contains(reference)) _cited.Add(reference);
    }

    public void Cite(IEnumerable<EditionRef> editions)
    {
        foreach (var e in editions) Cite(e.Dataset, e.Edition);
    }

    public DatasetInfo? Dataset(string dataset, string edition) =>
        Catalogue.Select(c => c.Dataset).FirstOrDefault(d => d.Id == dataset && d.Edition == edition);

    public string EntityName(string id) => Registry.TryResolve(id, out var e) ? e.Name : id;

    /// <summary>Short publisher names for source lines on charts.</summary>
    public static string ShortName(string dataset) => dataset switch
    {
        DatasetIds.Sipri => "SIPRI",
        DatasetIds.Nato => "NATO",
        DatasetIds.Wdi => "World Bank WDI",
        DatasetIds.Weo => "IMF WEO",
        DatasetIds.Figures => "Milbal figures",
        _ => dataset,
    };

    /// <summary>"Source: SIPRI 2025; World Bank WDI 2026-03-05 …": the editions in the order given, secondary ones marked.</summary>
    public string SourceLine(IEnumerable<EditionRef> editions, string? method = null)
    {
        var parts = editions.Distinct()
            .GroupBy(e => e.Dataset)
            .Select(g => ShortName(g.Key) + " " + string.Join(", ", g.Select(e => e.Edition + (Dataset(e.Dataset, e.Edition)?.IsSecondary == true ? " (secondary source)" : ""))));
        return "Source: " + string.Join("; ", parts) + (method is null ? "" : ". " + method);
    }

    /// <summary>Provenance lines for a table's sources: publisher, title, release, address, licence.</summary>
    public IReadOnlyList<string> SourceLines(IEnumerable<EditionRef> editions) =>
        editions.Distinct().Select(e => Dataset(e.Dataset, e.Edition) is { } d
            ? $"{d.Id} {d.Edition}: {d.Publisher}, {d.Title}" + (d.ReleaseDate is { } r ? $", released {r:yyyy-MM-dd}" : "") +
              (d.IsSecondary ? " (secondary source)" : "") + $"; {d.Address}; licence: {d.Licence}"
            : $"{e.Dataset} {e.Edition}").ToArray();

    /// <summary>Editions named in a coverage's GDP source ("GDP in current US$: weo 2025-10, wdi 2026-03-05").</summary>
    public static IEnumerable<EditionRef> EditionsIn(Coverage coverage)
    {
        var colon = coverage.GdpSource.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) yield break;
        foreach (var part in coverage.GdpSource[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = part.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0) yield return new EditionRef(part[..space], part[(space + 1)..]);
        }
    }

    public static IEnumerable<EditionRef> EditionsIn(IEnumerable<Factor> factors) =>
        factors.Where(f => f.Dataset.Length > 0).Select(f => new EditionRef(f.Dataset, f.Edition));
}
