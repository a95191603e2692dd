using System.Text.Json;
using System.Text.Json.Serialization;
using Milbal.Data.Store;

namespace Milbal.Data.Snapshot;

/// <summary>The bundle's manifest: what went in, from which input files, under which licences.</summary>
public sealed record BundleManifest(
    [property: JsonPropertyName("format")] int Format,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("inputs")] IReadOnlyList<BundleInput> Inputs,
    [property: JsonPropertyName("datasets")] IReadOnlyList<BundleDataset> Datasets,
    [property: JsonPropertyName("sipri_excerpt")] SipriExcerpt? Sipri)
{
    public const int CurrentFormat = 1;
    public const string FileName = "manifest.json";

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

public sealed record BundleInput(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("dataset")] string Dataset,
    [property: JsonPropertyName("edition")] string Edition,
    [property: JsonPropertyName("part")] string Part,
    [property: JsonPropertyName("values_in_file")] long ValuesInFile,
    [property: JsonPropertyName("values_bundled")] long ValuesBundled);

public sealed record BundleDataset(
    [property: JsonPropertyName("dataset")] string Dataset,
    [property: JsonPropertyName("edition")] string Edition,
    [property: JsonPropertyName("publisher")] string Publisher,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("release_date")] string? ReleaseDate,
    [property: JsonPropertyName("address")] string Address,
    [property: JsonPropertyName("licence")] string Licence,
    [property: JsonPropertyName("secondary")] bool Secondary,
    [property: JsonPropertyName("selection")] string Selection);

/// <summary>How much of SIPRI's published dataset the bundle holds; SIPRI allows excerpts under 10%.</summary>
/// <param name="PublishedValues">Data values (numeric cells) in the whole workbook as imported.</param>
public sealed record SipriExcerpt(
    [property: JsonPropertyName("published_values")] long PublishedValues,
    [property: JsonPropertyName("bundled_values")] long BundledValues,
    [property: JsonPropertyName("share")] double Share,
    [property: JsonPropertyName("limit")] double Limit,
    [property: JsonPropertyName("definition")] string Definition);

/// <summary>Reads a bundle folder (parquet tables + manifest) into an empty store in one transaction.</summary>
public static class BundleLoader
{
    public static readonly string[] Tables = ["datasets", "imports", "series", "series_values", "footnotes"];

    /// <summary>The bundle shipped beside the executable, if any.</summary>
    public static string? DefaultBundleDirectory()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "bundle");
        return File.Exists(Path.Combine(dir, BundleManifest.FileName)) ? dir : null;
    }

    public static BundleManifest ReadManifest(string bundleDirectory)
    {
        var path = Path.Combine(bundleDirectory, BundleManifest.FileName);
        if (!File.Exists(path)) throw new StoreException($"no bundle manifest at {path}");
        var manifest = JsonSerializer.Deserialize<BundleManifest>(File.ReadAllText(path), BundleManifest.Json)
            ?? throw new StoreException($"the bundle manifest {path} is empty");
        if (manifest.Format != BundleManifest.CurrentFormat)
            throw new StoreException($"the bundle at {bundleDirectory} has format {manifest.Format}; this Milbal reads format {BundleManifest.CurrentFormat}");
        return manifest;
    }

    public const string ManifestMetaKey = "bundle_manifest_sha256";

    /// <summary>sha256 of a bundle's manifest, which names every input file by its own sha256.</summary>
    public static string ManifestHash(string bundleDirectory) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(bundleDirectory, BundleManifest.FileName))));

    /// <summary>True when the store was filled from a bundle other than this one (or from none).</summary>
    public static bool IsStale(MilbalStore store, string bundleDirectory) =>
        store.GetMeta(ManifestMetaKey) is { } loaded && loaded != ManifestHash(bundleDirectory);

    /// <summary>
    /// Loads a bundle in one transaction. Editions the bundle holds replace the same (dataset, edition, part) in the
    /// store; everything else the user imported stays.
    /// </summary>
    public static void Load(MilbalStore store, string bundleDirectory)
    {
        ReadManifest(bundleDirectory);
        string File(string table)
        {
            var file = Path.Combine(bundleDirectory, table + ".parquet");
            if (!System.IO.File.Exists(file)) throw new StoreException($"the bundle lacks {file}");
            return "'" + file.Replace("'", "''", StringComparison.Ordinal) + "'";
        }
        var connection = store.Connection;
        store.InvalidateCatalogue();
        using var tx = connection.BeginTransaction();
        try
        {
            void Run(string sql)
            {
                using var cmd = connection.CreateCommand();
                cmd.CommandText = sql;
                cmd.ExecuteNonQuery();
            }
            var parts = $"(SELECT DISTINCT dataset, edition, part FROM read_parquet({File("imports")}))";
            Run($"DELETE FROM series_values WHERE series_id IN (SELECT series_id FROM series WHERE (dataset, edition, part) IN {parts})");
            foreach (var table in new[] { "series", "imports", "footnotes" })
                Run($"DELETE FROM {table} WHERE (dataset, edition, part) IN {parts}");
            Run($"DELETE FROM datasets WHERE (dataset, edition) IN (SELECT DISTINCT dataset, edition FROM read_parquet({File("datasets")}))");
            // Series ids in the bundle start at 1; shift them past the store's own so user imports keep theirs.
            Run($"""
                CREATE OR REPLACE TEMP TABLE bundle_offset AS SELECT coalesce(max(series_id), 0) AS offset_by FROM series;
                INSERT INTO series SELECT * REPLACE (series_id + (SELECT offset_by FROM bundle_offset) AS series_id) FROM read_parquet({File("series")});
                INSERT INTO series_values SELECT * REPLACE (series_id + (SELECT offset_by FROM bundle_offset) AS series_id) FROM read_parquet({File("series_values")});
                INSERT INTO datasets SELECT * FROM read_parquet({File("datasets")});
                INSERT INTO imports SELECT * FROM read_parquet({File("imports")});
                INSERT INTO footnotes SELECT * FROM read_parquet({File("footnotes")});
                DROP TABLE bundle_offset;
                """);
            store.SetMeta(ManifestMetaKey, ManifestHash(bundleDirectory));
            tx.Commit();
        }
        catch (DuckDB.NET.Data.DuckDBException e)
        {
            tx.Rollback();
            throw new StoreException($"loading the bundle from {bundleDirectory} failed; the store is unchanged: {e.Message}", e);
        }
    }
}
