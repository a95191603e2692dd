using System.Globalization;
using System.Text.RegularExpressions;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;

namespace Milbal.Data.Importers.Imf;

/// <summary>
/// Reads the IMF World Economic Outlook database: the classic "all countries" table (the IMF's UTF-16
/// tab-separated text with an .xls name, or a copy re-saved as xlsx) and the data portal's long CSV.
/// The layout is recognised from the content, not the file name.
/// </summary>
public sealed partial class WeoImporter(EntityRegistry? registry = null) : IImporter
{
    public const string Publisher = "International Monetary Fund";
    public const string Title = "World Economic Outlook Database";
    public const string Address = "https://www.imf.org/en/Publications/WEO/weo-database";
    public const string Licence = "IMF copyright; free use with attribution (IMF terms of use)";
    public const string ClassicPart = "all";
    public const string LongPart = "long";

    private readonly EntityRegistry _registry = registry ?? EntityRegistry.Default;

    public string DatasetId => DatasetIds.Weo;

    public ImportResult Import(ImportSource source, ImportOptions options)
    {
        var log = new ImportLog(source, _registry);
        var content = source.Content.AsSpan();
        if (content.Length == 0) throw log.Fail(log.At(), "the file is empty");
        if (PublisherText.IsZip(content))
            return WeoTableReader.ReadXlsx(this, log, options);
        if (PublisherText.HasUtf16Bom(content))
            return WeoTableReader.ReadText(this, log, options, PublisherText.Decode(source));
        // Without a UTF-16 mark the file is either the portal's long CSV or a UTF-8 copy of the tab-separated table.
        var firstLine = FirstLine(content);
        if (firstLine.Contains('\t'))
            return WeoTableReader.ReadText(this, log, options, PublisherText.Decode(source));
        if (firstLine.StartsWith("ref_area,", StringComparison.OrdinalIgnoreCase) || firstLine.Contains(",concept,", StringComparison.OrdinalIgnoreCase))
            return WeoLongCsvReader.Read(this, log, options);
        throw log.Fail(log.At(row: 1), "not a WEO file: expected an xlsx workbook, the IMF's tab-separated 'WEO…all.xls' text, or the data portal's CSV (ref_area,concept,…)");
    }

    private static string FirstLine(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF) content = content[3..];
        var end = content.IndexOf((byte)'\n');
        var line = end < 0 ? content[..Math.Min(content.Length, 4096)] : content[..end];
        return System.Text.Encoding.Latin1.GetString(line).TrimEnd('\r');
    }

    /// <summary>The entity of a WEO area: its ISO code, else (for IMF country groups) the group's name, else a warning.</summary>
    internal Entity? ResolveArea(ImportLog log, string code, string? name, SourceLocation location)
    {
        if (code.Length > 0 && _registry.TryResolve(code, out var byCode)) return byCode;
        // IMF group names ("European Union") must not land on a Milbal group that Milbal sums itself.
        var groupName = WeoSubjects.GroupNames.TryGetValue(code, out var n) ? n : null;
        foreach (var candidate in new[] { groupName, name })
            if (!string.IsNullOrWhiteSpace(candidate) && _registry.TryResolve(candidate, out var byName) && byName.Kind != EntityKind.Group)
                return byName;
        return log.Entity(code.Length > 0 ? code : name ?? "", location);
    }

    internal static DatasetInfo Dataset(string edition, DateOnly? releaseDate, string notes) =>
        new(DatasetIds.Weo, edition, Publisher, Title, releaseDate, Address, Licence, Notes: notes);

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>"…World Economic Outlook Database, April 2025" → "2025-04".</summary>
    internal static string? EditionFromFooter(string text)
    {
        var m = MonthYear().Match(text);
        if (!m.Success) return null;
        var month = Array.FindIndex(MonthNames, name => name.StartsWith(m.Groups[1].Value.ToLowerInvariant(), StringComparison.Ordinal) && m.Groups[1].Value.Length >= 3);
        return month < 0 ? null : $"{m.Groups[2].Value}-{month + 1:00}";
    }

    /// <summary>"weo-2025-10-long.csv" or "WEOOct2025all.xls" → "2025-10".</summary>
    internal static string? EditionFromFileName(string fileName)
    {
        var numeric = NumericEditionInName().Match(fileName);
        if (numeric.Success) return $"{numeric.Groups[1].Value}-{numeric.Groups[2].Value}";
        var named = NamedEditionInName().Match(fileName);
        return named.Success ? EditionFromFooter($"{named.Groups[1].Value} {named.Groups[2].Value}") : null;
    }

    // The files do not carry the day of release; these are the IMF's publication days. For editions not listed
    // the first of the month stands in (an edition is ordered by month anyway); --release-date overrides.
    private static readonly Dictionary<string, DateOnly> KnownReleaseDates = new()
    {
        ["2024-04"] = new(2024, 4, 16),
        ["2024-10"] = new(2024, 10, 22),
        ["2025-04"] = new(2025, 4, 22),
        ["2025-10"] = new(2025, 10, 14),
    };

    internal static DateOnly? ReleaseDateOf(string edition, ImportOptions options)
    {
        if (options.ReleaseDate is { } given) return given;
        if (KnownReleaseDates.TryGetValue(edition, out var known)) return known;
        return DateOnly.TryParseExact(edition + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? first : null;
    }

    /// <summary>The year an edition was published in ("2025-04" → 2025), which separates estimates from projections.</summary>
    internal static int? PublicationYear(string edition) =>
        edition.Length >= 4 && int.TryParse(edition.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && Observation.IsPlausibleYear(y) ? y : null;

    /// <summary>
    /// WEO values after the last actual year are IMF staff figures: for years already past at publication they
    /// are estimates, for the publication year and later, projections.
    /// </summary>
    internal static ObservationFlags FlagsFor(int year, int? lastActual, int? publicationYear)
    {
        if (lastActual is not { } cut || year <= cut) return ObservationFlags.None;
        return publicationYear is { } pub && year < pub ? ObservationFlags.Estimate : ObservationFlags.Projection;
    }

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+((?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?:^|[^0-9])((?:19|20)\d{2})[-_](0[1-9]|1[0-2])(?:[^0-9]|$)")]
    private static partial Regex NumericEditionInName();

    [GeneratedRegex(@"WEO[-_]?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[-_]?((?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex NamedEditionInName();
}
