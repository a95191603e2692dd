using System.Text.Json;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Data.Importers;
using Milbal.Data.Store;

namespace Milbal.Data.Snapshot;

/// <summary>
/// Builds the committed bundle from the publishers' raw files: imports each, keeps what Milbal's main jobs need
/// within each licence, and writes parquet tables with a manifest (inputs' sha256, editions, licences, SIPRI share).
/// </summary>
public sealed class SnapshotBuilder(IReadOnlyList<RawFile>? rawFiles = null)
{
    /// <summary>SIPRI allows redistribution of excerpts under 10% of a published data set.</summary>
    public const double SipriLimit = 0.10;

    /// <summary>Years before this are left out of every dataset's excerpt.</summary>
    public const int FirstYear = 1990;

    /// <summary>
    /// SIPRI's excerpt starts later and keeps only spending in money (calendar-year local currency, constant and
    /// current US$) and as a share of GDP: with 44 countries from 1990 and every sheet it would be about 19% of the
    /// published values, over SIPRI's 10% limit. Users import the whole workbook for the rest.
    /// </summary>
    public const int SipriFirstYear = 2000;

    /// <summary>Countries outside NATO and the EU that the balance and comparisons need.</summary>
    public static readonly IReadOnlyList<string> SipriOtherCountries = ["RUS", "UKR", "BLR", "CHN", "JPN", "KOR", "AUS", "IND"];

    public sealed record BuildReport(BundleManifest Manifest, string OutputDirectory, long BundledRows);

    public BuildReport Build(string dataRoot, string outputDirectory, string? figuresCsv, IProgress<string>? progress = null)
    {
        var inputs = RawFileCatalog.Resolve(dataRoot, rawFiles).Select(x => (x.Entry.Kind, x.Path, x.Entry.Edition, x.Entry.ReleaseDate)).ToList();
        if (figuresCsv is not null) inputs.Add(("figures", figuresCsv, null, null));

        using var store = MilbalStore.OpenInMemory();
        var bundleInputs = new List<(string RelativePath, ImportResult Result)>();
        foreach (var (kind, path, edition, release) in inputs)
        {
            progress?.Report($"importing {Path.GetRelativePath(dataRoot, path)}");
            var result = ImporterCatalog.Import(kind, ImportSource.FromFile(path), new ImportOptions(edition, release));
            store.Write(result);
            bundleInputs.Add((RelativeInput(dataRoot, path), result));
        }

        var sipriEntities = BuiltInGroups.Nato.EverMembers.Concat(BuiltInGroups.Eu27.EverMembers).Concat(SipriOtherCountries)
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        var connection = store.Connection;
        using (var cmd = connection.CreateCommand())
        {
            // The excerpt: countries and the world total for SIPRI (licence), interpreted measures from the year 1990 for all.
            cmd.CommandText = $"""
                CREATE TABLE bundled AS
                SELECT v.series_id, s.dataset, s.edition, s.part, v.entity, v.year, s.measure, s.period, s.unit, v.flags, v.footnotes
                FROM series_values v JOIN series s USING (series_id)
                WHERE year >= {FirstYear}
                  AND (dataset <> 'sipri' OR (list_contains($sipri_entities, entity) AND year >= {SipriFirstYear}
                                              AND (measure = 'milex_gdp_share' OR (measure = 'milex' AND period = 'calendar'))))
                  AND (dataset NOT IN ('weo', 'wdi') OR measure NOT LIKE '%.%')
                """;
            cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("sipri_entities", sipriEntities.Append("WLD").ToArray()));
            cmd.ExecuteNonQuery();
        }

        long Count(string sql)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt64(cmd.ExecuteScalar());
        }

        var sipriPublished = Count("SELECT count(*) FROM observations WHERE dataset = 'sipri'");
        var sipriBundled = Count("SELECT count(*) FROM bundled WHERE dataset = 'sipri'");
        var sipri = sipriPublished == 0 ? null : new SipriExcerpt(sipriPublished, sipriBundled, Math.Round((double)sipriBundled / sipriPublished, 4), SipriLimit,
            "values (numeric cells of every sheet, as imported) in the bundle divided by values in the whole published workbook");
        if (sipri is not null && sipri.Share >= SipriLimit)
            throw new StoreException($"the SIPRI excerpt would be {sipri.Share * 100:0.0}% of the published dataset; SIPRI's terms allow less than {SipriLimit * 100:0}%");

        KeepCitedFootnotes(connection);
        DescribeExcerpt(connection, sipriEntities);
        Directory.CreateDirectory(outputDirectory);
        // A table dropped from the bundle format must not linger beside the new files.
        foreach (var stale in Directory.GetFiles(outputDirectory, "*.parquet")) File.Delete(stale);
        foreach (var table in BundleLoader.Tables)
        {
            var source = table switch
            {
                "series" => "SELECT * FROM series WHERE series_id IN (SELECT series_id FROM bundled) ORDER BY series_id",
                "series_values" => "SELECT v.* FROM series_values v SEMI JOIN bundled b ON v.series_id = b.series_id AND v.entity = b.entity AND v.year = b.year ORDER BY ALL",
                "footnotes" => "SELECT * FROM bundled_footnotes ORDER BY ALL",
                _ => $"SELECT * FROM {table} ORDER BY ALL",
            };
            var file = Path.Combine(outputDirectory, table + ".parquet");
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"COPY ({source}) TO '{file.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet, COMPRESSION zstd)";
            cmd.ExecuteNonQuery();
        }

        var perPart = new Dictionary<(string, string, string), long>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT dataset, edition, part, count(*) FROM bundled GROUP BY ALL";
            using var r = cmd.ExecuteReader();
            while (r.Read()) perPart[(r.GetString(0), r.GetString(1), r.GetString(2))] = r.GetInt64(3);
        }
        var manifest = new BundleManifest(
            BundleManifest.CurrentFormat,
            "Milbal's default data: an excerpt of each publisher's files built by 'milbal snapshot build'. Import the full files with 'milbal import'.",
            bundleInputs.Select(b => new BundleInput(b.RelativePath, b.Result.Sha256, b.Result.Dataset.Id, b.Result.Dataset.Edition, b.Result.Part,
                b.Result.Observations.Count, perPart.GetValueOrDefault((b.Result.Dataset.Id, b.Result.Dataset.Edition, b.Result.Part)))).ToArray(),
            bundleInputs.Select(b => b.Result.Dataset).DistinctBy(d => (d.Id, d.Edition))
                .Select(d => new BundleDataset(d.Id, d.Edition, d.Publisher, d.Title, d.ReleaseDate?.ToString("yyyy-MM-dd"), d.Address, d.Licence, d.IsSecondary,
                    Selection(d.Id, sipriEntities))).ToArray(),
            sipri);
        File.WriteAllText(Path.Combine(outputDirectory, BundleManifest.FileName), JsonSerializer.Serialize(manifest, BundleManifest.Json) + "\n");
        return new BuildReport(manifest, outputDirectory, perPart.Values.Sum());
    }

    /// <summary>The catalogue in the bundle describes what the bundle holds, not what the full files held.</summary>
    private static void DescribeExcerpt(DuckDB.NET.Data.DuckDBConnection connection, IReadOnlyList<string> sipriEntities)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            UPDATE imports SET
                warnings = list_append(warnings, 'bundled excerpt: ' || coalesce(b.n, 0) || ' of ' || imports.rows_stored || ' values; import the file for all of them'),
                rows_stored = coalesce(b.n, 0), rows_flagged = coalesce(b.flagged, 0), entities = coalesce(b.entities, 0),
                year_min = b.year_min, year_max = b.year_max
            FROM (SELECT i.dataset, i.edition, i.part, s.n, s.flagged, s.entities, s.year_min, s.year_max
                  FROM imports i LEFT JOIN (
                      SELECT dataset, edition, part, count(*) AS n, count(*) FILTER (WHERE flags <> '') AS flagged,
                             count(DISTINCT entity) AS entities, min(year) AS year_min, max(year) AS year_max
                      FROM bundled GROUP BY ALL) s USING (dataset, edition, part)) b
            WHERE imports.dataset = b.dataset AND imports.edition = b.edition AND imports.part = b.part
              AND imports.rows_stored <> coalesce(b.n, 0)
            """;
        cmd.ExecuteNonQuery();
        foreach (var dataset in new[] { "sipri", "wdi", "weo", "nato", "figures" })
        {
            cmd.CommandText = "UPDATE datasets SET notes = coalesce(notes || ' ', '') || $text WHERE dataset = $ds";
            cmd.Parameters.Clear();
            cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("text", "Bundled excerpt: " + Selection(dataset, sipriEntities) + "."));
            cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("ds", dataset));
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Footnote texts travel only with the values that cite them (SIPRI's notes on left-out countries stay out).</summary>
    private static void KeepCitedFootnotes(DuckDB.NET.Data.DuckDBConnection connection)
    {
        var cited = new HashSet<(string, string, string, string)>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT DISTINCT dataset, edition, part, footnotes FROM bundled WHERE footnotes IS NOT NULL";
            using var r = cmd.ExecuteReader();
            while (r.Read())
                foreach (var key in Footnote.KeysIn(r.GetString(3)))
                    cited.Add((r.GetString(0), r.GetString(1), r.GetString(2), key));
        }
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "CREATE TABLE bundled_footnotes AS SELECT * FROM footnotes WHERE false";
            cmd.ExecuteNonQuery();
        }
        var keep = new List<object?[]>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT dataset, edition, part, symbol, text FROM footnotes";
            using var r = cmd.ExecuteReader();
            while (r.Read())
                if (cited.Contains((r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3))))
                    keep.Add([r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)]);
        }
        using var appender = connection.CreateAppender("bundled_footnotes");
        foreach (var row in keep)
            appender.CreateRow().AppendValue((string)row[0]!).AppendValue((string)row[1]!).AppendValue((string)row[2]!).AppendValue((string)row[3]!).AppendValue((string)row[4]!).EndRow();
    }

    private static string Selection(string dataset, IReadOnlyList<string> sipriEntities) => dataset switch
    {
        "sipri" => $"{SipriFirstYear} onward; world total and {sipriEntities.Count} countries (NATO and EU members ever, {string.Join(", ", SipriOtherCountries)}); military expenditure in calendar-year local currency, constant and current US$, and as a share of GDP",
        "wdi" or "weo" => $"{FirstYear} onward; all economies; the series Milbal interprets",
        _ => $"{FirstYear} onward; everything",
    };

    private static string RelativeInput(string dataRoot, string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetFullPath(dataRoot);
        // A file outside the data folder (the curated figures) is named by its folder and file, wherever the build runs.
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(root, full)
            : Path.Combine(Path.GetFileName(Path.GetDirectoryName(full)) ?? "", Path.GetFileName(full));
    }
}
