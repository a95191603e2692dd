namespace Milbal.Data.Snapshot;

/// <summary>
/// One publisher file (or set of files) Milbal knows how to read from a shared/data-style folder, with the edition
/// the file itself cannot tell (e.g. a WDI pull whose metadata lines were stripped).
/// </summary>
/// <param name="Pattern">Path relative to the data folder; '*' matches within one file name.</param>
public sealed record RawFile(string Kind, string Pattern, string? Edition = null, DateOnly? ReleaseDate = null);

/// <summary>The raw files of ../shared/data that the bundle and the import benchmark read.</summary>
public static class RawFileCatalog
{
    public static IReadOnlyList<RawFile> Default { get; } =
    [
        new("sipri", "sipri/SIPRI-Milex-data-*.xlsx"),
        new("nato", "nato/*-def-exp-*-TABLES-en.xlsx"),
        new("nato", "nato/defence_per_share_gdp_2025_edition_secondary.csv", "2025", new DateOnly(2025, 8, 28)),
        new("wdi", "worldbank/wdi-2025-03-24/API_*.csv"),
        // The committer stripped the metadata lines that carry the release date; the release fell between July 2025 and March 2026.
        new("wdi", "worldbank/wdi-2025h2/API_*.csv", "2025h2"),
        new("wdi", "worldbank/datasets-gdp-2024-10/gdp.csv", "2024-10"),
        new("wdi", "worldbank/datasets-ppp-2026-03-05/ppp-gdp.csv", "2026-03-05", new DateOnly(2026, 3, 5)),
        new("wdi", "worldbank/datasets-population-2026-03-06/population.csv", "2026-03-06", new DateOnly(2026, 3, 6)),
        new("weo", "imf/weo-2025-04/WEO*all.xlsx"),
        new("weo", "imf/weo-2025-10/weo-2025-10-long.csv", "2025-10", new DateOnly(2025, 10, 14)),
    ];

    /// <summary>The files each entry matches under <paramref name="dataRoot"/>; an entry matching nothing is an error.</summary>
    public static IReadOnlyList<(RawFile Entry, string Path)> Resolve(string dataRoot, IEnumerable<RawFile>? entries = null)
    {
        if (!Directory.Exists(dataRoot)) throw new DirectoryNotFoundException($"no data folder at {dataRoot}");
        var found = new List<(RawFile, string)>();
        foreach (var entry in entries ?? Default)
        {
            var dir = Path.Combine(dataRoot, Path.GetDirectoryName(entry.Pattern) ?? "");
            var pattern = Path.GetFileName(entry.Pattern);
            var files = Directory.Exists(dir) ? Directory.GetFiles(dir, pattern).Order(StringComparer.Ordinal).ToArray() : [];
            if (files.Length == 0) throw new FileNotFoundException($"no file matches {entry.Pattern} under {dataRoot}");
            found.AddRange(files.Select(f => (entry, f)));
        }
        return found;
    }
}
