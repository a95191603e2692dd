using Milbal.Core.Observations;

namespace Milbal.Core.Datasets;

/// <summary>Where in a file something was found: file, sheet (workbooks) and 1-based row, optionally a cell.</summary>
public sealed record SourceLocation(string File, string? Sheet = null, int? Row = null, string? Cell = null)
{
    public override string ToString()
    {
        var parts = new List<string> { File };
        if (Sheet is not null) parts.Add($"sheet '{Sheet}'");
        if (Cell is not null) parts.Add($"cell {Cell}");
        else if (Row is not null) parts.Add($"row {Row}");
        return string.Join(", ", parts);
    }
}

/// <summary>Something an importer passed over or could not read, kept so the user sees it in the summary.</summary>
public sealed record ImportWarning(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>A file an importer cannot read; says which file, sheet and row and why. Nothing is stored.</summary>
public sealed class ImportException(SourceLocation location, string reason, Exception? inner = null)
    : Exception($"{location}: {reason}", inner)
{
    public SourceLocation Location { get; } = location;
    public string Reason { get; } = reason;
}

/// <summary>
/// What one importer read from one file. An importer is a pure function of its input: it returns this and never
/// touches the store, which writes a result in one transaction.
/// </summary>
/// <param name="Part">What this file contributes to the edition (e.g. a WDI indicator code, "workbook");
/// re-importing the same dataset, edition and part replaces the earlier import.</param>
/// <param name="CellsRead">Data cells looked at (values, markers and blanks), for the summary.</param>
/// <param name="CellsSkipped">Cells with no value ("...", "xxx", empty, "n/a").</param>
public sealed record ImportResult(
    DatasetInfo Dataset,
    string Part,
    string FileName,
    string Sha256,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<Footnote> Footnotes,
    IReadOnlyList<ImportWarning> Warnings,
    long CellsRead,
    long CellsSkipped)
{
    public int FlaggedCount => Observations.Count(o => o.Flags != ObservationFlags.None);
}

/// <summary>Choices a user can make at import time.</summary>
/// <param name="Edition">Overrides the edition id the importer would derive from the file.</param>
/// <param name="ReleaseDate">Overrides or supplies the release date.</param>
/// <param name="Progress">Receives 0..1 as the file is read.</param>
public sealed record ImportOptions(string? Edition = null, DateOnly? ReleaseDate = null, IProgress<double>? Progress = null)
{
    public static ImportOptions Default { get; } = new();
}

/// <summary>The bytes of one input file with its name and checksum; importers read it, never the disk.</summary>
public sealed class ImportSource
{
    private string? _sha256;

    public ImportSource(string fileName, byte[] content)
    {
        FileName = Path.GetFileName(fileName);
        Content = content;
    }

    public string FileName { get; }
    public byte[] Content { get; }
    public string Sha256 => _sha256 ??= Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content));

    public Stream OpenRead() => new MemoryStream(Content, writable: false);

    public static ImportSource FromFile(string path)
    {
        if (!File.Exists(path)) throw new ImportException(new SourceLocation(path), "file not found");
        return new ImportSource(path, File.ReadAllBytes(path));
    }
}

/// <summary>Reads one publisher's file format.</summary>
public interface IImporter
{
    /// <summary>The dataset id this importer produces (sipri, nato, wdi, weo, figures).</summary>
    string DatasetId { get; }

    /// <summary>Parses <paramref name="source"/>; throws <see cref="ImportException"/> for a file it cannot read.</summary>
    ImportResult Import(ImportSource source, ImportOptions options);
}
