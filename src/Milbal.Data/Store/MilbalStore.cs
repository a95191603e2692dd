using System.Data;
using System.Data.Common;
using DuckDB.NET.Data;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;

namespace Milbal.Data.Store;

/// <summary>A store problem the user can act on (newer schema, ambiguous edition, refused SQL …).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>One stored value with the dataset edition it came from.</summary>
public sealed record StoredObservation(string Dataset, string Edition, bool IsSecondary, Observation Observation);

/// <summary>An edition in the catalogue with what was imported into it.</summary>
public sealed record CatalogueEntry(DatasetInfo Dataset, IReadOnlyList<ImportRecord> Imports, IReadOnlyList<Footnote> Footnotes)
{
    public long Rows => Imports.Sum(i => i.RowsStored);
}

/// <summary>One file imported into an edition.</summary>
public sealed record ImportRecord(
    string Part, string FileName, string Sha256, DateTime ImportedAt, long RowsStored, long CellsRead, long CellsSkipped,
    long RowsFlagged, int Entities, int? YearMin, int? YearMax, IReadOnlyList<string> Warnings);

/// <summary>What <see cref="MilbalStore.Series"/> returns: which observations, optionally narrowed.</summary>
/// <param name="Edition">An edition id or a unique prefix of one (e.g. "2024"); null = the newest edition holding each measure.</param>
public sealed record SeriesQuery(
    IReadOnlyList<string> EntityIds,
    IReadOnlyList<string>? Measures = null,
    string? Dataset = null,
    string? Edition = null,
    int? FromYear = null,
    int? ToYear = null);

/// <summary>
/// The embedded DuckDB store. Every observation is stored with its dataset, edition and part; an import replaces
/// exactly the rows of its (dataset, edition, part) inside one transaction, so a failed import changes nothing.
/// </summary>
public sealed class MilbalStore : IDisposable
{
    private readonly DuckDBConnection _connection;

    private MilbalStore(DuckDBConnection connection, string path, bool readOnly)
    {
        _connection = connection;
        Path = path;
        IsReadOnly = readOnly;
    }

    public string Path { get; }
    public bool IsReadOnly { get; }

    /// <summary>Opens (creating if needed) a store file and brings its schema up to date.</summary>
    public static MilbalStore Open(string path, bool readOnly = false)
    {
        if (path != ":memory:")
        {
            if (readOnly && !File.Exists(path)) throw new StoreException($"no store at {path}");
            var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        }
        var connection = new DuckDBConnection($"Data Source={path}" + (readOnly ? ";ACCESS_MODE=READ_ONLY" : ""));
        try
        {
            connection.Open();
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw new StoreException($"cannot open the store at {path}: {e.Message}", e);
        }
        var store = new MilbalStore(connection, path, readOnly);
        try
        {
            store.Migrate();
        }
        catch
        {
            store.Dispose();
            throw;
        }
        return store;
    }

    public static MilbalStore OpenInMemory() => Open(":memory:");

    public int SchemaVersion => ReadSchemaVersion();

    public void Dispose() => _connection.Dispose();

    private int ReadSchemaVersion()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'";
        if (Convert.ToInt64(cmd.ExecuteScalar()) == 0) return 0;
        cmd.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        return Convert.ToInt32(cmd.ExecuteScalar());
    }

    private void Migrate()
    {
        var current = ReadSchemaVersion();
        if (current > Migrations.Latest)
            throw new StoreException($"the store at {Path} has schema version {current}, newer than this Milbal knows ({Migrations.Latest}); update Milbal or use another --db");
        if (current == Migrations.Latest) return;
        if (IsReadOnly) throw new StoreException($"the store at {Path} needs a schema upgrade ({current} → {Migrations.Latest}); open it once without read-only");
        using var tx = _connection.BeginTransaction();
        Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        foreach (var step in Migrations.All.Where(s => s.Version > current))
        {
            Execute(step.Sql);
            Execute("INSERT INTO schema_migrations VALUES ($v, $d, now())", ("v", step.Version), ("d", step.Description));
        }
        tx.Commit();
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        return cmd.ExecuteNonQuery();
    }

    private DbDataReader Query(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        return cmd.ExecuteReader(CommandBehavior.Default);
    }

    /// <summary>
    /// Writes one import in a single transaction: the edition's catalogue row is upserted, rows of the same
    /// (dataset, edition, part) are replaced. Any failure rolls everything back.
    /// </summary>
    public void Write(ImportResult result) => WriteAll([result]);

    /// <summary>Writes several imports as one transaction (all or nothing).</summary>
    public void WriteAll(IReadOnlyList<ImportResult> results)
    {
        EnsureWritable();
        InvalidateCatalogue();
        using var tx = _connection.BeginTransaction();
        try
        {
            foreach (var result in results) WriteOne(result);
            tx.Commit();
        }
        catch (Exception e) when (e is DuckDBException or InvalidOperationException)
        {
            tx.Rollback();
            throw new StoreException($"writing {string.Join(", ", results.Select(r => r.FileName))} failed; the store is unchanged: {e.Message}", e);
        }
    }

    private void EnsureWritable()
    {
        if (IsReadOnly) throw new StoreException("the store is open read-only");
    }

    private void WriteOne(ImportResult result)
    {
        var d = result.Dataset;
        Execute("DELETE FROM datasets WHERE dataset = $ds AND edition = $ed", ("ds", d.Id), ("ed", d.Edition));
        Execute("INSERT INTO datasets VALUES ($ds, $ed, $pub, $title, $rel, $addr, $lic, $sec, $notes)",
            ("ds", d.Id), ("ed", d.Edition), ("pub", d.Publisher), ("title", d.Title),
            ("rel", d.ReleaseDate?.ToDateTime(TimeOnly.MinValue)), ("addr", d.Address), ("lic", d.Licence),
            ("sec", d.IsSecondary), ("notes", d.Notes));
        Execute("DELETE FROM series_values WHERE series_id IN (SELECT series_id FROM series WHERE dataset = $ds AND edition = $ed AND part = $part)",
            ("ds", d.Id), ("ed", d.Edition), ("part", result.Part));
        foreach (var table in new[] { "series", "imports", "footnotes" })
            Execute($"DELETE FROM {table} WHERE dataset = $ds AND edition = $ed AND part = $part", ("ds", d.Id), ("ed", d.Edition), ("part", result.Part));

        var observations = result.Observations;
        int nextSeriesId;
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT coalesce(max(series_id), 0) + 1 FROM series";
            nextSeriesId = Convert.ToInt32(cmd.ExecuteScalar());
        }
        var seriesIds = new Dictionary<(string Measure, Unit Unit, PeriodBasis Period), int>();
        var flagTexts = new Dictionary<ObservationFlags, string>();
        using (var values = _connection.CreateAppender("series_values"))
        {
            foreach (var o in observations)
            {
                if (!seriesIds.TryGetValue((o.MeasureId, o.Unit, o.Period), out var seriesId))
                    seriesIds[(o.MeasureId, o.Unit, o.Period)] = seriesId = nextSeriesId++;
                if (!flagTexts.TryGetValue(o.Flags, out var flags)) flagTexts[o.Flags] = flags = o.Flags.ToText();
                values.CreateRow()
                    .AppendValue(seriesId).AppendValue(o.EntityId).AppendValue((short)o.Year).AppendValue(o.Value)
                    .AppendValue(flags).AppendValue(o.Footnotes).AppendValue(o.Note)
                    .EndRow();
            }
        }
        using (var series = _connection.CreateAppender("series"))
        {
            foreach (var ((measure, u, period), seriesId) in seriesIds)
            {
                series.CreateRow()
                    .AppendValue(seriesId).AppendValue(d.Id).AppendValue(d.Edition).AppendValue(result.Part).AppendValue(measure)
                    .AppendValue(UnitColumns.Kind(u.Kind)).AppendValue(u.Currency).AppendValue((sbyte)u.Scale)
                    .AppendValue(u.PriceBasis.IsConstant ? "constant" : "current")
                    .AppendValue((short?)(u.Kind == UnitKind.Index ? u.BaseYear : u.PriceBasis.BaseYear))
                    .AppendValue(UnitColumns.Conversion(u.Conversion)).AppendValue(u.Label).AppendValue(u.ToString())
                    .AppendValue(period.ToText())
                    .EndRow();
            }
        }
        using (var appender = _connection.CreateAppender("footnotes"))
        {
            foreach (var f in result.Footnotes)
                appender.CreateRow().AppendValue(d.Id).AppendValue(d.Edition).AppendValue(result.Part).AppendValue(f.Symbol).AppendValue(f.Text).EndRow();
        }
        var years = observations.Count == 0 ? (Min: (int?)null, Max: (int?)null) : (observations.Min(o => o.Year), observations.Max(o => o.Year));
        Execute("INSERT INTO imports VALUES ($ds, $ed, $part, $file, $sha, now(), $rows, $read, $skipped, $flagged, $entities, $ymin, $ymax, $warnings)",
            ("ds", d.Id), ("ed", d.Edition), ("part", result.Part), ("file", result.FileName), ("sha", result.Sha256),
            ("rows", (long)observations.Count), ("read", result.CellsRead), ("skipped", result.CellsSkipped),
            ("flagged", (long)result.FlaggedCount), ("entities", observations.Select(o => o.EntityId).Distinct().Count()),
            ("ymin", years.Min), ("ymax", years.Max), ("warnings", result.Warnings.Select(w => w.ToString()).ToArray()));
    }

    private IReadOnlyList<CatalogueEntry>? _catalogue;

    /// <summary>Forgets what was read from the catalogue tables; every write path calls it.</summary>
    internal void InvalidateCatalogue() => _catalogue = null;

    /// <summary>Every edition in the store, newest first within each dataset (read once, until the next write).</summary>
    public IReadOnlyList<CatalogueEntry> Catalogue() => _catalogue ??= ReadCatalogue();

    private IReadOnlyList<CatalogueEntry> ReadCatalogue()
    {
        var datasets = new List<DatasetInfo>();
        using (var r = Query("SELECT dataset, edition, publisher, title, release_date, address, licence, secondary, notes FROM datasets"))
            while (r.Read())
                datasets.Add(new DatasetInfo(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                    r.IsDBNull(4) ? null : DateOnly.FromDateTime(r.GetDateTime(4)), r.GetString(5), r.GetString(6), r.GetBoolean(7),
                    r.IsDBNull(8) ? null : r.GetString(8)));
        var imports = new List<(string Dataset, string Edition, ImportRecord Record)>();
        using (var r = Query("SELECT dataset, edition, part, file_name, sha256, imported_at, rows_stored, cells_read, cells_skipped, rows_flagged, entities, year_min, year_max, warnings FROM imports ORDER BY part"))
            while (r.Read())
                imports.Add((r.GetString(0), r.GetString(1), new ImportRecord(r.GetString(2), r.GetString(3), r.GetString(4), r.GetDateTime(5),
                    r.GetInt64(6), r.GetInt64(7), r.GetInt64(8), r.GetInt64(9), r.GetInt32(10),
                    r.IsDBNull(11) ? null : r.GetInt32(11), r.IsDBNull(12) ? null : r.GetInt32(12),
                    ((IEnumerable<object>)r.GetValue(13)).Select(w => w?.ToString() ?? "").ToArray())));
        var footnotes = new List<(string Dataset, string Edition, Footnote Footnote)>();
        using (var r = Query("SELECT dataset, edition, symbol, text FROM footnotes"))
            while (r.Read()) footnotes.Add((r.GetString(0), r.GetString(1), new Footnote(r.GetString(2), r.GetString(3))));
        return datasets
            .OrderBy(d => d.Id, StringComparer.Ordinal).ThenByDescending(d => d, EditionOrder.Instance)
            .Select(d => new CatalogueEntry(d,
                imports.Where(i => i.Dataset == d.Id && i.Edition == d.Edition).Select(i => i.Record).ToArray(),
                footnotes.Where(f => f.Dataset == d.Id && f.Edition == d.Edition).Select(f => f.Footnote).ToArray()))
            .ToArray();
    }

    /// <summary>
    /// Observations for the given entities. Without an edition, each series (dataset, measure, unit) comes from the
    /// newest edition that holds it.
    /// </summary>
    public IReadOnlyList<StoredObservation> Series(SeriesQuery query)
    {
        var catalogue = Catalogue().Select(c => c.Dataset).ToArray();
        var candidates = catalogue.Where(d => query.Dataset is null || d.Id == query.Dataset).ToArray();
        if (query.Dataset is not null && candidates.Length == 0)
            throw new StoreException($"no dataset '{query.Dataset}' in the store (have: {string.Join(", ", catalogue.Select(d => d.Id).Distinct())}); import it with 'milbal import {query.Dataset} <file>'");
        if (query.Edition is not null) candidates = SelectEdition(candidates, query.Edition);

        var entityList = query.EntityIds.Distinct().ToArray();
        var measureList = query.Measures?.Distinct().ToArray();
        var sql = new System.Text.StringBuilder("""
            SELECT o.dataset, o.edition, o.entity, o.year, o.measure, o.value, o.unit_kind, o.currency, o.scale, o.price_basis,
                   o.base_year, o.conversion, o.unit_label, o.period, o.flags, o.footnotes, o.note
            FROM observations o
            WHERE list_contains($entities, o.entity) AND list_contains($editions, o.dataset || '|' || o.edition)
            """);
        var parameters = new List<(string, object?)>
        {
            ("entities", entityList),
            ("editions", candidates.Select(d => d.Id + "|" + d.Edition).ToArray()),
        };
        if (measureList is not null) { sql.Append(" AND list_contains($measures, o.measure)"); parameters.Add(("measures", measureList)); }
        if (query.FromYear is { } from) { sql.Append(" AND o.year >= $from"); parameters.Add(("from", from)); }
        if (query.ToYear is { } to) { sql.Append(" AND o.year <= $to"); parameters.Add(("to", to)); }

        var rows = new List<StoredObservation>();
        var secondary = candidates.Where(d => d.IsSecondary).Select(d => (d.Id, d.Edition)).ToHashSet();
        using (var r = Query(sql.ToString(), parameters.ToArray()))
        {
            while (r.Read())
            {
                var unit = Unit.FromParts(UnitColumns.ParseKind(r.GetString(6)), r.IsDBNull(7) ? null : r.GetString(7), (Scale)r.GetFieldValue<sbyte>(8),
                    r.GetString(9) == "constant" ? PriceBasis.Constant(r.GetInt16(10)) : PriceBasis.Current,
                    UnitColumns.ParseConversion(r.GetString(11)), r.IsDBNull(10) ? null : r.GetInt16(10), r.IsDBNull(12) ? null : r.GetString(12));
                var observation = new Observation(r.GetString(2), r.GetInt16(3), r.GetString(4), r.GetDouble(5), unit,
                    PeriodBasisText.Parse(r.GetString(13)), ObservationFlagsText.Parse(r.GetString(14)),
                    r.IsDBNull(15) ? null : r.GetString(15), r.IsDBNull(16) ? null : r.GetString(16));
                rows.Add(new StoredObservation(r.GetString(0), r.GetString(1), secondary.Contains((r.GetString(0), r.GetString(1))), observation));
            }
        }
        // A unit's text is the series key below and costs a format each time: compute it once per row.
        var keyed = rows.Select(r => (Row: r, Unit: r.Observation.Unit.ToString())).ToArray();
        if (query.Edition is null)
        {
            // Newest edition per (dataset, measure, unit): an older file is hidden only by a newer one of the same series,
            // not by a newer file that happens to hold the same measure in another unit.
            var order = candidates.ToDictionary(d => (d.Id, d.Edition));
            var newest = keyed.GroupBy(k => (k.Row.Dataset, k.Row.Observation.MeasureId, k.Unit))
                .ToDictionary(g => g.Key, g => g.Select(k => order[(k.Row.Dataset, k.Row.Edition)]).Max(EditionOrder.Instance)!.Edition);
            keyed = keyed.Where(k => newest[(k.Row.Dataset, k.Row.Observation.MeasureId, k.Unit)] == k.Row.Edition).ToArray();
        }
        return keyed
            .OrderBy(k => k.Row.Observation.EntityId, StringComparer.Ordinal).ThenBy(k => k.Row.Observation.MeasureId, StringComparer.Ordinal)
            .ThenBy(k => k.Row.Dataset, StringComparer.Ordinal).ThenBy(k => k.Unit, StringComparer.Ordinal)
            .ThenBy(k => k.Row.Observation.Year)
            .Select(k => k.Row)
            .ToArray();
    }

    private static DatasetInfo[] SelectEdition(DatasetInfo[] candidates, string edition)
    {
        var chosen = new List<DatasetInfo>();
        foreach (var group in candidates.GroupBy(d => d.Id))
        {
            var exact = group.Where(d => d.Edition.Equals(edition, StringComparison.OrdinalIgnoreCase)).ToArray();
            var matches = exact.Length > 0 ? exact : group.Where(d => d.Edition.StartsWith(edition, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (matches.Length > 1)
                throw new StoreException($"edition '{edition}' of {group.Key} is ambiguous: {string.Join(", ", matches.Select(m => m.Edition))}");
            chosen.AddRange(matches);
        }
        if (chosen.Count == 0)
            throw new StoreException($"no edition '{edition}' in the store; editions: {string.Join("; ", candidates.GroupBy(d => d.Id).Select(g => $"{g.Key} {string.Join(", ", g.Select(d => d.Edition))}"))}");
        return chosen.ToArray();
    }

    /// <summary>Entity ids that have at least one observation, for "no data" messages.</summary>
    public IReadOnlySet<string> EntitiesWithData()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var r = Query("SELECT DISTINCT entity FROM observations");
        while (r.Read()) set.Add(r.GetString(0));
        return set;
    }

    /// <summary>A fact the store keeps about itself (e.g. which bundle it was filled from); null when unset.</summary>
    public string? GetMeta(string key)
    {
        using var r = Query("SELECT value FROM store_meta WHERE key = $k", ("k", key));
        return r.Read() ? r.GetString(0) : null;
    }

    internal void SetMeta(string key, string value)
    {
        Execute("DELETE FROM store_meta WHERE key = $k", ("k", key));
        Execute("INSERT INTO store_meta VALUES ($k, $v)", ("k", key), ("v", value));
    }

    // ---- user groups ----

    public IReadOnlyList<Group> UserGroups()
    {
        var members = new List<(string Group, Membership Membership)>();
        using (var r = Query("SELECT group_id, entity, from_year, to_year FROM user_group_members ORDER BY group_id, entity, from_year"))
            while (r.Read()) members.Add((r.GetString(0), new Membership(r.GetString(1), r.GetInt16(2), r.IsDBNull(3) ? null : r.GetInt16(3))));
        var groups = new List<Group>();
        using (var r = Query("SELECT id, name, description FROM user_groups ORDER BY id"))
            while (r.Read())
            {
                var id = r.GetString(0);
                groups.Add(new Group(id, r.GetString(1), [], members.Where(m => m.Group == id).Select(m => m.Membership).ToArray(), r.GetString(2), IsBuiltIn: false));
            }
        return groups;
    }

    public void SaveUserGroup(Group group)
    {
        EnsureWritable();
        using var tx = _connection.BeginTransaction();
        Execute("DELETE FROM user_group_members WHERE group_id = $id", ("id", group.Id));
        Execute("DELETE FROM user_groups WHERE id = $id", ("id", group.Id));
        Execute("INSERT INTO user_groups VALUES ($id, $name, $desc)", ("id", group.Id), ("name", group.Name), ("desc", group.Description));
        foreach (var m in group.Memberships)
            Execute("INSERT INTO user_group_members VALUES ($id, $e, $from, $to)", ("id", group.Id), ("e", m.EntityId), ("from", m.FromYear), ("to", m.ToYear));
        tx.Commit();
    }

    public bool RemoveUserGroup(string id)
    {
        EnsureWritable();
        using var tx = _connection.BeginTransaction();
        Execute("DELETE FROM user_group_members WHERE group_id = $id", ("id", id));
        var removed = Execute("DELETE FROM user_groups WHERE id = $id", ("id", id)) > 0;
        tx.Commit();
        return removed;
    }

    /// <summary>The raw connection, for the snapshot builder and the read-only SQL runner in this assembly.</summary>
    internal DuckDBConnection Connection => _connection;
}

/// <summary>Orders editions: by release date when both have one, else by edition id (ids are dates or years).</summary>
public sealed class EditionOrder : IComparer<DatasetInfo>
{
    public static readonly EditionOrder Instance = new();

    public int Compare(DatasetInfo? x, DatasetInfo? y)
    {
        if (x is null || y is null) return (x is null ? 0 : 1) - (y is null ? 0 : 1);
        if (x.ReleaseDate is { } a && y.ReleaseDate is { } b && a != b) return a.CompareTo(b);
        if (x.ReleaseDate is null != y.ReleaseDate is null) return x.ReleaseDate is null ? -1 : 1;
        return string.CompareOrdinal(x.Edition, y.Edition);
    }
}

/// <summary>Stable text for unit enums in the store, independent of C# member names.</summary>
internal static class UnitColumns
{
    public static string Kind(UnitKind kind) => kind switch
    {
        UnitKind.Money => "money",
        UnitKind.Percent => "percent",
        UnitKind.Index => "index",
        UnitKind.CurrencyPerUnit => "currency_per_unit",
        UnitKind.Persons => "persons",
        UnitKind.Count => "count",
        UnitKind.SquareKilometres => "km2",
        UnitKind.AsPublished => "as_published",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static UnitKind ParseKind(string text) =>
        Enum.GetValues<UnitKind>().FirstOrDefault(k => Kind(k) == text, (UnitKind)(-1)) is var k && (int)k >= 0
            ? k : throw new StoreException($"unknown unit kind '{text}' in the store");

    public static string Conversion(Conversion conversion) => conversion switch
    {
        Core.Observations.Conversion.None => "none",
        Core.Observations.Conversion.MarketRate => "market",
        Core.Observations.Conversion.Ppp => "ppp",
        Core.Observations.Conversion.Hybrid => "hybrid",
        _ => throw new ArgumentOutOfRangeException(nameof(conversion)),
    };

    public static Conversion ParseConversion(string text) => text switch
    {
        "none" => Core.Observations.Conversion.None,
        "market" => Core.Observations.Conversion.MarketRate,
        "ppp" => Core.Observations.Conversion.Ppp,
        "hybrid" => Core.Observations.Conversion.Hybrid,
        _ => throw new StoreException($"unknown conversion '{text}' in the store"),
    };
}
