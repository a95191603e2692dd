using System.Globalization;

namespace Milbal.Analysis.Capacity;

/// <summary>
/// One cited unit price (data/capacity/unit-costs.csv): a contract value ÷ quantity, or a published price, in the
/// contract's currency and price year. Contract prices bundle support, spares and training in proportions that differ
/// by buyer, so rows for one item disagree by design.
/// </summary>
public sealed record UnitCostRow(
    string Id, string Item, string System, string Buyer, string? Seller, string ContractDate, double? Quantity, double? ContractValue,
    string Currency, int PriceYear, double Low, double Central, double High, string Includes,
    string Source, string Document, string Published, string Address, string Confidence, string? Note, int Line)
{
    public string Citation => $"{Source}, {Document} ({Published}), {Address}, confidence {Confidence} [{Id}]";
}

/// <summary>The cited unit costs; rows for an item are alternatives (different buyers, packages and dates).</summary>
public sealed class UnitCostDataset
{
    public const string RelativePath = "data/capacity/unit-costs.csv";

    public static readonly string[] Columns =
    [
        "id", "item", "system", "buyer", "seller", "contract_date", "quantity", "contract_value", "currency", "price_year",
        "low", "central", "high", "includes", "source", "document", "published", "address", "confidence", "note",
    ];

    private static readonly string[] RequiredText = ["id", "item", "system", "buyer", "contract_date", "currency", "includes", "source", "document", "published", "address"];

    private UnitCostDataset(string path, IReadOnlyList<UnitCostRow> rows)
    {
        Path = path;
        Rows = rows;
    }

    public string Path { get; }
    public IReadOnlyList<UnitCostRow> Rows { get; }
    public IEnumerable<string> Items => Rows.Select(r => r.Item).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    public IReadOnlyList<UnitCostRow> For(string item)
    {
        var id = CapacityDataset.NormaliseItem(item);
        var rows = Rows.Where(r => r.Item == id).ToArray();
        return rows.Length > 0 ? rows : throw new ArgumentException($"no unit costs for item '{item}': the unit-cost data have {string.Join(", ", Items)}");
    }

    public static UnitCostDataset Default() => Load(FindDefault());

    /// <summary>unit-costs.csv beside capacity.csv (the same search as the capacity dataset's).</summary>
    public static string FindDefault() => CuratedFile.Find("unit-costs.csv", "unit-cost dataset");

    public static UnitCostDataset Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses the CSV; every error names the line (header = line 1) and column.</summary>
    public static UnitCostDataset Parse(string text, string name = "unit-costs.csv")
    {
        using var csv = new CuratedCsv(text, name, Columns, RequiredText);
        var rows = new List<UnitCostRow>();
        while (csv.Read())
        {
            var line = csv.Line;
            string Field(string column) => csv.Field(column);
            CapacityDataException Error(string column, string message) => csv.Error(column, message);
            var id = csv.Id;
            double? Optional(string column) =>
                Field(column).Length == 0 ? null
                : double.TryParse(Field(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v > 0
                    ? v : throw Error(column, $"'{Field(column)}' is not a positive number");
            double Number(string column) => Optional(column) ?? throw Error(column, "is empty");
            var (low, central, high) = (Number("low"), Number("central"), Number("high"));
            if (!(low <= central && central <= high)) throw Error("central", $"low ≤ central ≤ high does not hold ({low} / {central} / {high})");
            if (!int.TryParse(Field("price_year"), NumberStyles.None, CultureInfo.InvariantCulture, out var priceYear) || priceYear is < 1990 or > 2100)
                throw Error("price_year", $"'{Field("price_year")}' is not a year (YYYY)");
            var currency = Field("currency");
            if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)) throw Error("currency", $"'{currency}' is not an ISO 4217 code such as EUR or USD");
            var confidence = Field("confidence");
            if (confidence.Length is < 1 or > 2 || confidence[0] is < 'A' or > 'D' || (confidence.Length == 2 && confidence[1] is not ('+' or '-')))
                throw Error("confidence", $"'{confidence}' is not A–D (optionally with + or -)");
            var quantity = Optional("quantity");
            var value = Optional("contract_value");
            // A row derived from a contract must reproduce its own working: value ÷ quantity within the published range (5% for rounding).
            if (quantity is { } q && value is { } v2 && (v2 / q < low * 0.95 || v2 / q > high * 1.05))
                throw Error("contract_value", $"{v2:N0} ÷ {q:N0} = {v2 / q:N0} lies outside low–high ({low:N0}–{high:N0})");
            string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
            rows.Add(new UnitCostRow(id, CapacityDataset.NormaliseItem(Field("item")), Field("system"), Field("buyer"), NullIfEmpty(Field("seller")),
                Field("contract_date"), quantity, value, currency, priceYear, low, central, high, Field("includes"),
                Field("source"), Field("document"), Field("published"), Field("address"), confidence, NullIfEmpty(Field("note")), line));
        }
        return new UnitCostDataset(name, rows);
    }
}
