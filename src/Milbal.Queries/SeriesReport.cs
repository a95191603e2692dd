using Milbal.Analysis.Conversions;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Core.Tables;
using Milbal.Data.Store;

namespace Milbal.Queries;

/// <summary>What `milbal series` and `/api/v1/series` are asked for.</summary>
/// <param name="Entities">ISO3 codes, names or group ids.</param>
/// <param name="Measures">Measure ids; null = every measure.</param>
/// <param name="Conversion">Null or a null unit: values as stored.</param>
public sealed record SeriesRequest(
    IReadOnlyList<string> Entities,
    IReadOnlyList<string>? Measures = null,
    string? Source = null,
    string? Edition = null,
    int? From = null,
    int? To = null,
    bool Members = false,
    ConversionSettings? Conversion = null);

public static class SeriesReport
{
    public static ResultTable Run(MilbalStore store, EntityRegistry registry, SeriesRequest request)
    {
        InputChecks.YearRange(request.From, request.To);
        if (request.Entities.Count == 0) throw new ArgumentException("name at least one entity (ISO3 code, name or group id), e.g. RUS");
        var measures = InputChecks.List(request.Measures);
        foreach (var m in measures ?? [])
            if (!Measures.TryGet(m, out _) && !Measures.IsNative(m))
                throw new ArgumentException($"unknown measure '{m}'; known: {string.Join(", ", Measures.All.Select(x => x.Id))}");
        var target = request.Conversion?.TargetUnit;
        if (target is not null) _ = request.Conversion!.ParsedScale;

        var resolved = request.Entities.Select(registry.Resolve).ToArray();
        var expandMembers = request.Members;
        var ids = resolved.SelectMany(e => expandMembers && registry.TryGetGroup(e.Id, out var g) ? g.EverMembers : [e.Id]).Distinct().ToArray();
        var rows = store.Series(new SeriesQuery(ids, measures, request.Source?.Trim().ToLowerInvariant(), request.Edition, request.From, request.To));
        if (expandMembers)
        {
            var groups = resolved.Where(e => e.Kind == EntityKind.Group).Select(e => registry.TryGetGroup(e.Id, out var g) ? g : null).OfType<Group>().ToArray();
            rows = rows.Where(r => groups.Any(g => g.IsMember(r.Observation.EntityId, r.Observation.Year)) || resolved.Any(e => e.Id == r.Observation.EntityId)).ToArray();
        }
        var converted = target is not null ? request.Conversion!.ConvertAll(store, registry, rows, target) : null;
        var table = converted is null ? SeriesTable.Build(store, registry, rows) : SeriesTable.Build(store, registry, converted.Rows, converted.Conversions);
        var notes = table.Notes.ToList();
        if (converted is not null) notes.InsertRange(0, converted.Notes);
        if (rows.Count == 0)
        {
            var withData = store.EntitiesWithData();
            var missing = ids.Where(id => !withData.Contains(id)).ToArray();
            notes.Add(missing.Length > 0
                ? $"no data in the store for {string.Join(", ", missing)}" + (resolved.Any(e => e.Kind == EntityKind.Group) && !expandMembers ? "; for a group's members add --members" : "")
                : "no values match these options");
        }
        return table with { Notes = notes };
    }
}

/// <summary>The series table: one row per value with everything needed to trace it.</summary>
public static class SeriesTable
{
    public static ResultTable Build(MilbalStore store, EntityRegistry registry, IReadOnlyList<StoredObservation> rows, IReadOnlyList<Converted>? conversions = null)
    {
        var columns = new List<ResultColumn>
        {
            new("entity"), new("entity_name", InConsole: false), new("year", IsNumeric: true), new("measure"), new("value", IsNumeric: true), new("unit"),
            new("currency", InConsole: false), new("price_basis", InConsole: false), new("conversion", InConsole: false), new("period"),
            new("source"), new("edition"), new("flags"), new("footnotes"), new("note", InConsole: false),
        };
        if (conversions is not null) columns.Add(new ResultColumn("factors", InConsole: false));
        var table = rows.Select((r, i) =>
        {
            var o = r.Observation;
            var u = o.Unit;
            return new object?[]
            {
                o.EntityId, registry.TryResolve(o.EntityId, out var e) ? e.Name : o.EntityId, o.Year, o.MeasureId, o.Value, u.ToString(),
                u.Currency, u.Kind == UnitKind.Money ? u.PriceBasis.ToString() : null,
                u.Kind == UnitKind.Money ? u.Conversion switch { Conversion.MarketRate => "market rate", Conversion.Ppp => "PPP", Conversion.Hybrid => "hybrid", _ => "none" } : null,
                o.Period.ToText(), r.Dataset, r.Edition, o.Flags.ToText(), o.Footnotes, o.Note,
            }.Concat(conversions is null ? [] : new object?[] { conversions[i].FactorsText }).ToArray();
        }).ToArray();

        var catalogue = store.Catalogue();
        var used = rows.Select(r => (r.Dataset, r.Edition)).Distinct().ToArray();
        var sources = catalogue.Where(c => used.Contains((c.Dataset.Id, c.Dataset.Edition)))
            .Select(c => $"{c.Dataset.Id} {c.Dataset.Edition}: {c.Dataset.Publisher}, {c.Dataset.Title}" +
                         (c.Dataset.ReleaseDate is { } d ? $", released {d:yyyy-MM-dd}" : "") +
                         (c.Dataset.IsSecondary ? " (secondary source)" : "") + $"; {c.Dataset.Address}; licence: {c.Dataset.Licence}")
            .ToArray();

        var notes = new List<string>();
        foreach (var entry in catalogue.Where(c => used.Contains((c.Dataset.Id, c.Dataset.Edition)) && c.Footnotes.Count > 0))
        {
            var cited = rows.Where(r => r.Dataset == entry.Dataset.Id && r.Edition == entry.Dataset.Edition && r.Observation.Footnotes is not null)
                .SelectMany(r => Footnote.KeysIn(r.Observation.Footnotes!)).ToHashSet();
            foreach (var f in entry.Footnotes.Where(f => cited.Contains(f.Symbol)))
                notes.Add($"{entry.Dataset.Id} footnote {f.Symbol}: {f.Text}");
        }
        if (rows.Any(r => r.IsSecondary)) notes.Add("rows from a secondary source are flagged 'secondary': the publisher's own file was not available");
        if (conversions is not null)
        {
            var factorLines = conversions.SelectMany(c => c.Factors).Select(f => f.ToString()).Distinct().ToArray();
            if (factorLines.Length <= 12) notes.AddRange(factorLines.Select(f => "factor: " + f));
            else notes.Add($"{factorLines.Length} factors were used; the CSV and JSON outputs list each value's factors in the 'factors' column");
        }
        return new ResultTable("Series", columns, table, sources, notes);
    }
}
