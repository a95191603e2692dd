using Sylvan.Data.Csv;

namespace Milbal.Analysis.Capacity;

/// <summary>Where the curated capacity files are: copied beside the executable, or in a source checkout's data/capacity.</summary>
internal static class CuratedFile
{
    /// <summary>"capacity/NAME" beside the executable, else data/capacity/NAME found walking up from it or the current directory.</summary>
    public static string Find(string fileName, string description)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "capacity", fileName);
        if (File.Exists(beside)) return beside;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "capacity", fileName);
                if (File.Exists(candidate)) return candidate;
            }
        throw new FileNotFoundException($"no {description}: data/capacity/{fileName} was not found above {AppContext.BaseDirectory} or the current directory");
    }
}

/// <summary>
/// A curated capacity CSV read row by row: the header must hold every column, required text fields must be filled and
/// ids unique; every error names the file, the line (header = line 1) and the column.
/// </summary>
internal sealed class CuratedCsv : IDisposable
{
    private readonly CsvDataReader _csv;
    private readonly string _name;
    private readonly IReadOnlyList<string> _requiredText;
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public CuratedCsv(string text, string name, IReadOnlyList<string> columns, IReadOnlyList<string> requiredText)
    {
        _csv = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' });
        (_name, _requiredText) = (name, requiredText);
        for (var i = 0; i < _csv.FieldCount; i++) _ordinals[_csv.GetName(i).Trim()] = i;
        var missing = columns.Where(c => !_ordinals.ContainsKey(c)).ToArray();
        if (missing.Length > 0) throw new CapacityDataException($"{name}, line 1: missing column(s) {string.Join(", ", missing)}");
    }

    public int Line { get; private set; } = 1;

    /// <summary>The current row's id (checked non-empty and unique by <see cref="Read"/>).</summary>
    public string Id { get; private set; } = "";

    public bool Read()
    {
        if (!_csv.Read()) return false;
        Line++;
        foreach (var column in _requiredText)
            if (Field(column).Length == 0) throw Error(column, "is empty");
        Id = Field("id");
        if (!_ids.Add(Id)) throw Error("id", $"duplicate id '{Id}'");
        return true;
    }

    public string Field(string column) => _csv.GetString(_ordinals[column]).Trim();

    public CapacityDataException Error(string column, string message) => new($"{_name}, line {Line}, column {column}: {message}");

    public void Dispose() => _csv.Dispose();
}
