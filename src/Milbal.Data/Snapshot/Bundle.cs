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

    public static void Load(MilbalStore store, string bundleDirectory)
    {
        ReadManifest(bundleDirectory);
        var connection = store.Connection;
        using var tx = connection.BeginTransaction();
        foreach (var table in Tables)
        {
            var file = Path.Combine(bundleDirectory, table + ".parquet");
            if (!File.Exists(file)) throw new StoreException($"the bundle lacks {file}");
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"INSERT INTO {table} SELECT * FROM read_parquet('{file.Replace("'", "''", StringComparison.Ordinal)}')";
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }
}
