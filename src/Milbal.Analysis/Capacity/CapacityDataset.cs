using System.Globalization;

namespace Milbal.Analysis.Capacity;

/// <summary>A capacity CSV that cannot be read: the message names the file, line and column.</summary>
public sealed class CapacityDataException(string message) : Exception(message);

/// <summary>The curated capacity rows (data/capacity/capacity.csv): production, imports, consumption and stocks, each cited.</summary>
public sealed class CapacityDataset
{
    public const string RelativePath = "data/capacity/capacity.csv";

    public static readonly string[] Columns =
    [
        "id", "producer", "item", "kind", "period_start", "period_end", "per", "low", "central", "high", "recipient",
        "source", "document", "published", "address", "confidence", "note",
    ];

    private static readonly string[] RequiredText = ["id", "producer", "item", "source", "document", "published", "address"];

    private CapacityDataset(string path, IReadOnlyList<CapacityRow> rows)
    {
        Path = path;
        Rows = rows;
    }

    public string Path { get; }
    public IReadOnlyList<CapacityRow> Rows { get; }

    public IEnumerable<string> Items => Rows.Select(r => r.Item).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
    public IEnumerable<string> Producers => Rows.Select(r => r.Producer).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>"capacity/capacity.csv" beside the executable, else data/capacity/capacity.csv found walking up from it or the current directory.</summary>
    public static CapacityDataset Default() => Load(FindDefault());

    public static string FindDefault() => CuratedFile.Find("capacity.csv", "capacity dataset");

    public static CapacityDataset Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses the CSV; every error names the line (header = line 1) and column.</summary>
    public static CapacityDataset Parse(string text, string name = "capacity.csv")
    {
        using var csv = new CuratedCsv(text, name, Columns, RequiredText);
        var rows = new List<CapacityRow>();
        while (csv.Read())
        {
            var line = csv.Line;
            string Field(string column) => csv.Field(column);
            CapacityDataException Error(string column, string message) => csv.Error(column, message);
            var id = csv.Id;
            var kind = ParseKind(Field("kind")) ?? throw Error("kind", $"'{Field("kind")}' is not one of {string.Join(", ", Enum.GetValues<CapacityKind>().Select(KindName))}");
            var per = Field("per").ToLowerInvariant() switch
            {
                "year" => CapacityPer.Year, "month" => CapacityPer.Month, "day" => CapacityPer.Day, "total" => CapacityPer.Total,
                var other => throw Error("per", $"'{other}' is not year, month, day or total"),
            };
            var start = ParseDate(Field("period_start"), end: false) ?? throw Error("period_start", $"'{Field("period_start")}' is not YYYY, YYYY-MM or YYYY-MM-DD");
            var end = ParseDate(Field("period_end"), end: true) ?? throw Error("period_end", $"'{Field("period_end")}' is not YYYY, YYYY-MM or YYYY-MM-DD");
            if (end < start) throw Error("period_end", $"{end:yyyy-MM-dd} is before period_start {start:yyyy-MM-dd}");
            double Number(string column) =>
                double.TryParse(Field(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0
                    ? v : throw Error(column, $"'{Field(column)}' is not a non-negative number");
            var (low, central, high) = (Number("low"), Number("central"), Number("high"));
            if (!(low <= central && central <= high)) throw Error("central", $"low ≤ central ≤ high does not hold ({low} / {central} / {high})");
            var confidence = Field("confidence");
            if (confidence.Length is < 1 or > 2 || confidence[0] is < 'A' or > 'D' || (confidence.Length == 2 && confidence[1] is not ('+' or '-')))
                throw Error("confidence", $"'{confidence}' is not A–D (optionally with + or -)");
            rows.Add(new CapacityRow(id, Field("producer"), Field("item"), kind, new CapacityPeriod(start, end), per, low, central, high,
                NullIfEmpty(Field("recipient")), Field("source"), Field("document"), Field("published"), Field("address"), confidence,
                NullIfEmpty(Field("note")), line));
        }
        return new CapacityDataset(name, rows);
    }

    public static string KindName(CapacityKind kind) => kind == CapacityKind.RecoveryYears ? "recovery_years" : kind.ToString().ToLowerInvariant();

    public static CapacityKind? ParseKind(string text) =>
        Enum.GetValues<CapacityKind>().Cast<CapacityKind?>().FirstOrDefault(k => KindName(k!.Value) == text.Trim().ToLowerInvariant());

    /// <summary>"artillery-rounds" → "artillery_rounds" (the CLI spelling to the dataset's).</summary>
    public static string NormaliseItem(string item) => item.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>A start date is the first day of the year/month given; an end date the last.</summary>
    private static DateOnly? ParseDate(string text, bool end)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        foreach (var format in formats)
            if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return !end ? d : format switch { "yyyy" => new DateOnly(d.Year, 12, 31), "yyyy-MM" => d.AddMonths(1).AddDays(-1), _ => d };
        return null;
    }
}
