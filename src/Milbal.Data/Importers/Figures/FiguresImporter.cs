using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Sylvan.Data.Csv;

namespace Milbal.Data.Importers.Figures;

/// <summary>
/// Reads data/figures/figures.csv: published figures that exist in no publisher dataset, one cited row each.
/// The file is Milbal's own, so anything wrong in it (including an unknown entity) is an error, not a warning:
/// a figure that cannot be attributed must not be stored.
/// </summary>
public sealed partial class FiguresImporter(EntityRegistry? registry = null) : IImporter
{
    /// <summary>The month the table was compiled; stable so re-importing replaces rather than adds an edition.</summary>
    public const string DefaultEdition = "2026-11";
    public const string Part = "figures";

    /// <summary>Prefix of measures Milbal does not interpret but the table needs (security spending, occupied area, …).</summary>
    public const string NativePrefix = DatasetIds.Figures + ".";

    public static IReadOnlyList<string> Kinds { get; } =
        ["capacity", "output", "target", "deliveries", "consumption", "stocks", "requirement", "losses"];

    internal static readonly string[] Columns =
    [
        "id", "entity", "counterpart", "year", "measure", "item", "kind", "value", "low", "high",
        "unit_kind", "currency", "scale", "price_basis", "conversion", "period", "flags", "derived",
        "publisher", "document", "published", "address", "confidence", "note",
    ];

    public string DatasetId => DatasetIds.Figures;

    public ImportResult Import(ImportSource source, ImportOptions options)
    {
        var log = new ImportLog(source, registry);
        var content = source.Content;
        // Every row ends with a line break, so a file that does not was cut short, possibly inside the last note.
        if (content.Length == 0 || content[^1] != (byte)'\n')
            throw log.Fail(log.At(), "file does not end with a line break: truncated or not a figures table");

        using var text = new StreamReader(source.OpenRead(), new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' });
        }
        catch (Exception ex) when (ex is not ImportException)
        {
            throw log.Fail(log.At(row: 1), "cannot read the header: " + ex.Message, ex);
        }
        using (csv)
        {
            var ordinals = ReadHeader(csv, log);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var row = 1;
            while (true)
            {
                row++;
                bool more;
                try { more = csv.Read(); }
                catch (Exception ex) when (ex is not ImportException)
                {
                    throw log.Fail(log.At(row: row), "malformed CSV: " + ex.Message, ex);
                }
                if (!more) break;
                if (csv.RowFieldCount != Columns.Length)
                    throw log.Fail(log.At(row: row), $"has {csv.RowFieldCount} fields, expected {Columns.Length}: truncated or a field with an unquoted comma");
                var fields = new Row(csv, ordinals, log, row);
                var observation = ReadRow(fields, log);
                if (!ids.Add(fields.Id)) throw fields.Fail("id", $"id '{fields.Id}' is used twice");
                log.CellsRead++;
                log.Add(observation);
            }
            if (ids.Count == 0) throw log.Fail(log.At(), "no figures in the file");
        }
        options.Progress?.Report(1);

        var edition = string.IsNullOrWhiteSpace(options.Edition) ? DefaultEdition : options.Edition.Trim();
        var dataset = new DatasetInfo(
            DatasetIds.Figures,
            edition,
            "Milbal curated figures (various publishers)",
            "Published figures not available in datasets",
            options.ReleaseDate,
            "data/figures/figures.csv",
            "facts quoted with attribution; see each row",
            IsSecondary: true,
            Notes: "Each observation's note names its publisher, document, date, confidence (A-D) and where it was read.");
        return log.Finish(dataset, Part);
    }

    private static Dictionary<string, int> ReadHeader(CsvDataReader csv, ImportLog log)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.FieldCount; i++) ordinals[csv.GetName(i).Trim()] = i;
        var missing = Columns.Where(c => !ordinals.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
            throw log.Fail(log.At(row: 1), $"header lacks column(s) {string.Join(", ", missing)}");
        return ordinals;
    }

    private static Observation ReadRow(Row r, ImportLog log)
    {
        if (!IdPattern().IsMatch(r.Id)) throw r.Fail("id", $"'{r.Id}' is not a slug (lower-case letters, digits, hyphens)");

        var entity = ResolveEntity(r, "entity", log) ?? throw r.Fail("entity", "is empty");
        var counterpart = ResolveEntity(r, "counterpart", log);

        if (!int.TryParse(r["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !Observation.IsPlausibleYear(year))
            throw r.Fail("year", $"'{r["year"]}' is not a plausible year");

        var measure = r["measure"];
        var isKnown = Measures.TryGet(measure, out var known);
        if (isKnown) measure = known.Id;
        else if (!(measure.StartsWith(NativePrefix, StringComparison.Ordinal) && SlugPattern().IsMatch(measure[NativePrefix.Length..])))
            throw r.Fail("measure", $"'{measure}' is neither a Milbal measure nor a '{NativePrefix}…' one");

        var item = r["item"];
        if (item.Length > 0 && !SlugPattern().IsMatch(item)) throw r.Fail("item", $"'{item}' is not a snake_case id");
        var kind = r["kind"];
        if (kind.Length > 0 && !Kinds.Contains(kind)) throw r.Fail("kind", $"'{kind}' is not one of {string.Join(", ", Kinds)}");
        if (measure == Measures.Production.Id && (item.Length == 0 || kind.Length == 0))
            throw r.Fail(item.Length == 0 ? "item" : "kind", "a production figure needs an item and a kind");

        var value = Number(r, "value") ?? throw r.Fail("value", "is empty");
        var low = Number(r, "low");
        var high = Number(r, "high");
        if (low > value || high < value || low > high)
            throw r.Fail(low > value ? "low" : "high", $"range {low}–{high} does not contain the value {value}");

        var unit = ReadUnit(r);
        PeriodBasis period;
        ObservationFlags flags;
        try { period = PeriodBasisText.Parse(r["period"]); }
        catch (FormatException ex) { throw r.Fail("period", ex.Message); }
        try { flags = ObservationFlagsText.Parse(r["flags"]); }
        catch (FormatException ex) { throw r.Fail("flags", ex.Message); }

        var derived = r["derived"] switch
        {
            "" => false,
            "yes" => true,
            var other => throw r.Fail("derived", $"'{other}' is neither empty nor 'yes'"),
        };

        var publisher = r.Required("publisher");
        var document = r.Required("document");
        var published = r["published"];
        if (!IsPartialIsoDate(published)) throw r.Fail("published", $"'{published}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        var address = r.Required("address");
        var confidence = r["confidence"];
        if (!ConfidencePattern().IsMatch(confidence)) throw r.Fail("confidence", $"'{confidence}' is not a grade A-D (optionally + or -)");

        var note = new StringBuilder($"{publisher}, {document} ({published}), conf. {confidence}; {address}");
        if (item.Length > 0 || kind.Length > 0)
            note.Append("; ").Append(string.Join(", ", new[] { item.Length > 0 ? $"item {item}" : "", kind.Length > 0 ? $"kind {kind}" : "" }.Where(s => s.Length > 0)));
        if (counterpart is not null) note.Append("; counterpart ").Append(counterpart.Id);
        if (low is not null || high is not null)
            note.Append("; range ").Append(Format(low) ?? "…").Append('–').Append(Format(high) ?? "…");
        if (derived) note.Append("; derived");
        if (r["note"].Length > 0) note.Append("; ").Append(r["note"]);
        note.Append(" [figures:").Append(r.Id).Append(']');

        return new Observation(entity.Id, year, measure, value, unit, period, flags, Note: note.ToString());
    }

    private static Entity? ResolveEntity(Row r, string column, ImportLog log)
    {
        var name = r[column];
        if (name.Length == 0) return null;
        return log.Entity(name, log.At(row: r.Number))
            ?? throw r.Fail(column, $"unknown entity '{name}' (the figures table must use ids the registry knows)");
    }

    private static double? Number(Row r, string column)
    {
        var text = r[column];
        if (text.Length == 0) return null;
        // Our own file: markers such as "n/a" mean a bad row, not a missing value.
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw r.Fail(column, $"'{text}' is not a number");
        return value;
    }

    private static string? Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Builds the unit through <see cref="Unit"/>'s factories and rejects fields that do not belong to its kind.</summary>
    private static Unit ReadUnit(Row r)
    {
        var kind = r["unit_kind"];
        string[] moneyOnly = ["currency", "price_basis", "conversion"];
        switch (kind)
        {
            case "money":
            {
                var currency = r["currency"];
                if (currency.Length == 0) throw r.Fail("currency", "a money unit needs a currency");
                if (!CurrencyPattern().IsMatch(currency)) throw r.Fail("currency", $"'{currency}' is not an ISO 4217 code or INT$");
                var scale = ReadScale(r, required: true);
                PriceBasis priceBasis;
                try { priceBasis = PriceBasis.Parse(r.Required("price_basis")); }
                catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException) { throw r.Fail("price_basis", ex.Message); }
                var conversion = r.Required("conversion") switch
                {
                    "none" => Conversion.None,
                    "market" => Conversion.MarketRate,
                    "ppp" => Conversion.Ppp,
                    var other => throw r.Fail("conversion", $"'{other}' is not none, market or ppp"),
                };
                try { return Unit.Money(currency, scale, priceBasis, conversion); }
                catch (ArgumentException ex) { throw r.Fail(ex.ParamName == "currency" ? "currency" : "conversion", ex.Message); }
            }
            case "percent":
                RejectFilled(r, "a percentage", [.. moneyOnly, "scale"]);
                return Unit.Percent;
            case "km2":
                RejectFilled(r, "an area", [.. moneyOnly, "scale"]);
                return Unit.SquareKilometres;
            case "count":
                RejectFilled(r, "a count", moneyOnly);
                return Unit.Count(ReadScale(r, required: true));
            case "persons":
                RejectFilled(r, "a number of persons", moneyOnly);
                return Unit.Persons(ReadScale(r, required: true));
            default:
                throw r.Fail("unit_kind", $"'{kind}' is not money, percent, count, persons or km2");
        }
    }

    private static void RejectFilled(Row r, string what, IEnumerable<string> columns)
    {
        foreach (var column in columns)
            if (r[column].Length > 0) throw r.Fail(column, $"{what} has no {column.Replace('_', ' ')} (found '{r[column]}')");
    }

    private static Scale ReadScale(Row r, bool required) => r["scale"] switch
    {
        "" when required => throw r.Fail("scale", "is empty (units, thousands, millions, billions or trillions)"),
        "units" or "" => Scale.Units,
        "thousands" => Scale.Thousands,
        "millions" => Scale.Millions,
        "billions" => Scale.Billions,
        "trillions" => Scale.Trillions,
        var other => throw r.Fail("scale", $"'{other}' is not units, thousands, millions, billions or trillions"),
    };

    private static bool IsPartialIsoDate(string text) => text.Length switch
    {
        4 => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && Observation.IsPlausibleYear(y),
        7 => DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        10 => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => false,
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9_]*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[ABCD][+-]?$")]
    private static partial Regex ConfidencePattern();

    [GeneratedRegex(@"^([A-Z]{3}|INT\$)$")]
    private static partial Regex CurrencyPattern();

    /// <summary>One data row with its line number, so every failure names the row, the figure id and the column.</summary>
    private sealed class Row
    {
        private readonly string[] _values;
        private readonly Dictionary<string, int> _ordinals;
        private readonly ImportLog _log;

        public Row(CsvDataReader csv, Dictionary<string, int> ordinals, ImportLog log, int number)
        {
            _values = new string[csv.RowFieldCount];
            for (var i = 0; i < _values.Length; i++) _values[i] = csv.GetString(i).Trim();
            _ordinals = ordinals;
            _log = log;
            Number = number;
        }

        public int Number { get; }
        public string Id => this["id"];
        public string this[string column] => _values[_ordinals[column]];

        public string Required(string column) => this[column] is { Length: > 0 } value ? value : throw Fail(column, "is empty");

        public ImportException Fail(string column, string reason) =>
            _log.Fail(_log.At(row: Number), $"figure '{(Id.Length > 0 ? Id : "?")}', column '{column}': {reason}");
    }
}
