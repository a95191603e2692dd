using System.Globalization;
using System.Text;
using System.Text.Json;
using Milbal.Core.Tables;

namespace Milbal.Scenarios;

/// <summary>A scenario result as tables (console, CSV) and as the JSON document of `milbal scenario run --format json`.</summary>
public static class ScenarioOutput
{
    /// <summary>Per-year rows of groups (and countries when asked), money in the result's basis, billions.</summary>
    public static ResultTable Projection(ScenarioResult r, bool countries)
    {
        var unit = r.UnitLabel;
        var columns = new List<ResultColumn>
        {
            new("entity"), new("year"), new("spending", unit, true), new("share_of_gdp", "%", true),
            new("additional", unit, true, r.Baseline is not null), new("cumulative_additional", unit, true, r.Baseline is not null),
            new("gap_to_target", unit, true, r.Scenario.TargetShare is not null),
        };
        if (r.Paths > 0) columns.AddRange([new("p5", unit, true), new("p50", unit, true), new("p95", unit, true)]);
        columns.Add(new("rule", InConsole: false));
        var rows = new List<object?[]>();
        void Add(string id, IReadOnlyList<ProjectionRow> projection, string rule)
        {
            foreach (var row in projection)
            {
                var cells = new List<object?> { id, row.Year, Round(row.Spending), Math.Round(row.ShareOfGdp, 2), Round(row.Additional), Round(row.CumulativeAdditional), Round(row.GapToTarget) };
                if (r.Paths > 0) cells.AddRange([Round(row.Band?.P5), Round(row.Band?.P50), Round(row.Band?.P95)]);
                cells.Add(rule);
                rows.Add(cells.ToArray());
            }
        }
        foreach (var g in r.Groups) Add(g.Id, g.Rows, $"sum of {g.Members.Count - g.MissingMembers.Count} members" + (g.MissingMembers.Count > 0 ? $" (missing: {string.Join(", ", g.MissingMembers)})" : ""));
        var listed = r.Scenario.Countries.Concat(r.Crossings.SelectMany(c => new[] { c.A, c.B })).ToHashSet();
        foreach (var c in r.Countries.Where(c => countries || listed.Contains(c.Id))) Add(c.Id, c.Rows, c.Rule);
        var notes = new List<string> { $"scenario {r.Scenario.Name}: {r.Scenario.Description}" };
        if (r.Baseline is not null) notes.Add($"additional = spending minus the {r.Baseline} scenario; cumulative from {r.BaseYear + 1}");
        if (r.Scenario.TargetShare is { } target) notes.Add($"gap to target: money to bring every member below {target.ToString(CultureInfo.InvariantCulture)}% of GDP up to it (a country whose base-year spending is published as 0, Iceland, has none)");
        if (r.Paths > 0) notes.Add($"{r.Paths:N0} Monte Carlo paths, seed {r.Seed}");
        notes.AddRange(r.Crossings.Select(CrossingText));
        notes.AddRange(r.Probabilities.Select(p => $"{p.Statement} = {p.Value.ToString("0.000", CultureInfo.InvariantCulture)}"));
        notes.AddRange(r.Notes);
        return new ResultTable($"Scenario {r.Scenario.Name}: defence spending {r.BaseYear}–{r.Scenario.Horizon} ({unit})", columns, rows, r.Sources, notes);
    }

    public static string CrossingText(CrossingYear c) =>
        c.Year is { } y
            ? c.AAheadInBaseYear ? $"{c.A} is above {c.B} from the base year on ({c.Basis})" : $"crossing year: {c.A} overtakes {c.B} in {y} ({c.Basis})"
            : $"crossing year: {c.A} does not stay above {c.B} by the horizon ({c.Basis})";

    /// <summary>Two scenarios side by side: B − A per group and year.</summary>
    public static ResultTable Diff(ScenarioResult a, ScenarioResult b)
    {
        var unit = a.UnitLabel;
        if (a.Unit != b.Unit) throw new ScenarioException($"{a.Scenario.Name} is in {a.Unit} and {b.Scenario.Name} in {b.Unit}: give --basis to compare them on one basis");
        var rows = new List<object?[]>();
        foreach (var g in a.Groups.Select(g => g.Id).Intersect(b.Groups.Select(g => g.Id)).Concat(a.Countries.Select(c => c.Id).Intersect(b.Countries.Select(c => c.Id)).Where(id => a.Scenario.Countries.Contains(id))))
        {
            var ra = a.RowsOf(g);
            var rb = b.RowsOf(g);
            var cumulative = 0.0;
            foreach (var (x, y) in ra.Zip(rb))
            {
                if (x.Year > a.BaseYear) cumulative += y.Spending - x.Spending;
                rows.Add([g, x.Year, Round(x.Spending), Round(y.Spending), Round(y.Spending - x.Spending), Round(cumulative), Math.Round(x.ShareOfGdp, 2), Math.Round(y.ShareOfGdp, 2)]);
            }
        }
        return new ResultTable($"Scenario {b.Scenario.Name} minus {a.Scenario.Name} ({unit})",
            [new("entity"), new("year"), new(a.Scenario.Name, unit, true), new(b.Scenario.Name, unit, true), new("difference", unit, true),
             new("cumulative_difference", unit, true), new($"share_{a.Scenario.Name}", "%", true), new($"share_{b.Scenario.Name}", "%", true)],
            rows, a.Sources.Union(b.Sources).ToArray(), [.. a.Crossings.Select(c => $"{a.Scenario.Name}: {CrossingText(c)}"), .. b.Crossings.Select(c => $"{b.Scenario.Name}: {CrossingText(c)}")]);
    }

    /// <summary>The JSON document: scenario, basis, per-year rows per country and group, crossing_year, probabilities, sources, notes.</summary>
    public static string Json(ScenarioResult r)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("scenario", r.Scenario.Name);
            w.WriteString("description", r.Scenario.Description);
            w.WriteString("basis", r.Unit.ToString());
            w.WriteString("unit", r.UnitLabel);
            w.WriteNumber("base_year", r.BaseYear);
            w.WriteNumber("horizon", r.Scenario.Horizon);
            w.WriteNumber("paths", r.Paths);
            w.WriteNumber("seed", r.Seed);
            if (r.Baseline is null) w.WriteNull("baseline"); else w.WriteString("baseline", r.Baseline);
            if (r.Scenario.TargetShare is { } t) w.WriteNumber("target_share", t); else w.WriteNull("target_share");
            w.WriteStartArray("groups");
            foreach (var g in r.Groups)
            {
                w.WriteStartObject();
                w.WriteString("id", g.Id);
                w.WriteString("name", g.Name);
                WriteStrings(w, "members", g.Members);
                WriteStrings(w, "missing_members", g.MissingMembers);
                WriteRows(w, g.Rows);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("countries");
            foreach (var c in r.Countries)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteString("name", c.Name);
                w.WriteString("rule", c.Rule);
                WriteRows(w, c.Rows);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            // The first comparison is "the" crossing year; every comparison is in crossings.
            w.WritePropertyName("crossing_year");
            if (r.Crossings.Count == 0) w.WriteNullValue(); else WriteCrossing(w, r.Crossings[0]);
            w.WriteStartArray("crossings");
            foreach (var c in r.Crossings) WriteCrossing(w, c);
            w.WriteEndArray();
            w.WriteStartArray("probabilities");
            foreach (var p in r.Probabilities)
            {
                w.WriteStartObject();
                w.WriteString("statement", p.Statement);
                w.WriteNumber("value", p.Value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteStrings(w, "sources", r.Sources);
            WriteStrings(w, "notes", r.Notes);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteCrossing(Utf8JsonWriter w, CrossingYear c)
    {
        w.WriteStartObject();
        w.WriteString("a", c.A);
        w.WriteString("b", c.B);
        w.WriteString("basis", c.Basis);
        if (c.Year is { } y) w.WriteNumber("year", y); else w.WriteNull("year");
        w.WriteBoolean("a_ahead_in_base_year", c.AAheadInBaseYear);
        w.WriteEndObject();
    }

    private static void WriteRows(Utf8JsonWriter w, IReadOnlyList<ProjectionRow> rows)
    {
        w.WriteStartArray("years");
        foreach (var row in rows)
        {
            w.WriteStartObject();
            w.WriteNumber("year", row.Year);
            w.WriteNumber("deterministic", row.Spending);
            Number(w, "p5", row.Band?.P5);
            Number(w, "p50", row.Band?.P50);
            Number(w, "p95", row.Band?.P95);
            w.WriteNumber("gdp", row.Gdp);
            Number(w, "share_of_gdp", row.ShareOfGdp);
            Number(w, "additional", row.Additional);
            Number(w, "cumulative_additional", row.CumulativeAdditional);
            Number(w, "gap_to_target", row.GapToTarget);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static double? Round(double? v) => v is { } x && double.IsFinite(x) ? Math.Round(x, 2) : null;
}
