using System.Globalization;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;

namespace Milbal.Data.Importers;

/// <summary>
/// What every importer needs while reading one file: name → entity resolution (each unknown name warned about
/// once), the warnings list, cell counters and the observations read so far.
/// </summary>
public sealed class ImportLog(ImportSource source, EntityRegistry? registry = null)
{
    private readonly EntityRegistry _registry = registry ?? EntityRegistry.Default;
    private readonly Dictionary<string, Entity?> _resolved = new(StringComparer.Ordinal);
    private readonly List<ImportWarning> _warnings = [];
    private readonly List<Observation> _observations = [];
    private readonly List<Footnote> _footnotes = [];

    public ImportSource Source { get; } = source;
    public long CellsRead { get; set; }
    public long CellsSkipped { get; set; }
    public IReadOnlyList<ImportWarning> Warnings => _warnings;
    public IReadOnlyList<Observation> Observations => _observations;

    public SourceLocation At(string? sheet = null, int? row = null, string? cell = null) => new(Source.FileName, sheet, row, cell);

    public void Warn(SourceLocation location, string message) => _warnings.Add(new ImportWarning(location, message));

    public void Add(Observation observation) => _observations.Add(observation);

    public void AddFootnote(Footnote footnote) => _footnotes.Add(footnote);

    /// <summary>The entity a publisher's name or code stands for; null (with one warning per name) when unknown.</summary>
    public Entity? Entity(string nameOrCode, SourceLocation location)
    {
        if (_resolved.TryGetValue(nameOrCode, out var known)) return known;
        Entity? entity = _registry.TryResolve(nameOrCode, out var e) ? e : null;
        _resolved[nameOrCode] = entity;
        if (entity is null)
        {
            var suggestions = _registry.Suggest(nameOrCode);
            Warn(location, $"unknown entity '{nameOrCode}' skipped" + (suggestions.Count > 0 ? $" (closest: {string.Join(", ", suggestions)})" : ""));
        }
        return entity;
    }

    public ImportException Fail(SourceLocation location, string reason, Exception? inner = null) => new(location, reason, inner);

    public ImportResult Finish(DatasetInfo dataset, string part) => new(
        dataset, part, Source.FileName, Source.Sha256, _observations.ToArray(), _footnotes.ToArray(), _warnings.ToArray(), CellsRead, CellsSkipped);

    /// <summary>Parses a published number with the invariant culture; null for markers of missing data.</summary>
    public static double? ParseNumber(string text)
    {
        var t = text.Trim();
        if (IsMissingMarker(t)) return null;
        t = t.Replace(",", "", StringComparison.Ordinal);
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
    }

    /// <summary>The markers publishers use for "no value": "...", ". .", "xxx", "n/a", "..", "-", "–" and blanks.</summary>
    public static bool IsMissingMarker(string text) => text.Trim() switch
    {
        "" or "..." or ". ." or ".." or "xxx" or "n/a" or "NA" or "na" or "-" or "–" or "—" => true,
        _ => false,
    };
}
