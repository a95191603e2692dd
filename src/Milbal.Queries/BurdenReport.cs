using System.Text.Json;
using Milbal.Analysis.Burden;
using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Queries;

/// <summary>What `milbal burden` and `/api/v1/burden` are asked for.</summary>
/// <param name="Year">Year of the per-ally table.</param>
/// <param name="From">First year of the counts table.</param>
/// <param name="CompareWith">An ally whose NATO and SIPRI figures to show side by side (needs <paramref name="Year"/>).</param>
public sealed record BurdenRequest(int? Year = null, string Target = "2", string Source = "nato", string? Edition = null, int? From = null, int? To = null, string? CompareWith = null);

public static class BurdenReport
{
    public static QueryResult Run(MilbalStore store, EntityRegistry registry, BurdenRequest request)
    {
        var chosenTarget = Targets.Parse(request.Target);
        var chosenSource = BurdenSources.Parse(request.Source);
        var (tableYear, fromYear, toYear) = (request.Year, request.From, request.To);
        if (tableYear is null && fromYear is null && toYear is null)
            throw new ArgumentException("give year Y for the per-ally table, or from Y1 and to Y2 for the counts of allies meeting the target");
        if (tableYear is { } checkedYear) InputChecks.Year(checkedYear);
        InputChecks.YearRange(fromYear, toYear);
        if (request.CompareWith is not null && tableYear is null) throw new ArgumentException("compare needs year");

        var analysis = new BurdenAnalysis(store, new Converter(new StoreFactorProvider(store, registry: registry)), registry);
        var table = tableYear is { } y ? analysis.Table(y, chosenTarget, chosenSource, request.Edition) : null;
        TargetCounts? counts = null;
        if (fromYear is not null || toYear is not null)
        {
            var (first, last) = (fromYear ?? toYear!.Value, toYear ?? fromYear!.Value);
            counts = chosenSource == BurdenSource.Nato
                ? analysis.Counts(first, last, chosenTarget, natoEdition: request.Edition)
                : analysis.Counts(first, last, chosenTarget, sipriEdition: request.Edition);
        }
        var comparison = request.CompareWith is not { } ally ? null
            : chosenSource == BurdenSource.Nato ? analysis.Compare(ally, tableYear!.Value, natoEdition: request.Edition)
            : analysis.Compare(ally, tableYear!.Value, sipriEdition: request.Edition);
        var tables = new[] { table?.ToResultTable(), counts?.ToResultTable(), comparison?.ToResultTable() }.OfType<Core.Tables.ResultTable>().ToArray();
        return new QueryResult(tables, table is null ? null : () => BurdenJson.Text(table, counts, comparison));
    }
}

/// <summary>
/// The burden table as one JSON object (year, target, source, edition, meeting, allies, missing, money_gap, sources,
/// notes): the shape report builders and scripts read, which the generic table writer's columns-and-rows can't give.
/// </summary>
public static class BurdenJson
{
    public static string Text(BurdenTable table, TargetCounts? counts, NatoSipriComparison? comparison)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("year", table.Year);
            WriteTarget(json, table.Target);
            json.WriteString("source", table.Source.Id());
            json.WriteString("edition", table.Edition);
            json.WriteNumber("members", table.Members);
            json.WriteNumber("with_value", table.WithValue);
            json.WriteNumber("meeting", table.Meeting);
            json.WriteString("meets_rule", "value rounded to 2 decimals (as NATO publishes and counts) >= threshold");

            json.WriteStartArray("allies");
            foreach (var a in table.Sorted.Where(a => a.Measured is not null)) WriteAlly(json, a, table);
            json.WriteEndArray();

            json.WriteStartArray("missing");
            foreach (var a in table.Sorted.Where(a => a.Measured is null))
            {
                json.WriteStartObject();
                json.WriteString("ally", a.EntityId);
                json.WriteString("name", a.Name);
                json.WriteString("reason", string.Join("; ", a.Missing));
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartObject("money_gap");
            WriteGap(json, "current", table.MoneyGapCurrent);
            WriteGap(json, "constant", table.MoneyGapConstant);
            json.WriteEndObject();

            json.WriteStartObject("fair_share_coverage");
            json.WriteNumber("allies", table.FairShareCoverage.Allies);
            json.WriteNumber("with_values", table.FairShareCoverage.WithValues);
            WriteStrings(json, "missing", table.FairShareCoverage.Missing);
            json.WriteString("inputs", table.FairShareCoverage.Inputs);
            json.WriteEndObject();

            if (counts is not null)
            {
                json.WriteStartArray("counts");
                foreach (var row in counts.Rows)
                {
                    json.WriteStartObject();
                    json.WriteNumber("year", row.Year);
                    json.WriteNumber("allies", row.Members);
                    foreach (var (name, count) in new[] { ("nato", row.Nato), ("sipri", row.Sipri) })
                    {
                        if (count is null) { json.WriteNull(name); continue; }
                        json.WriteStartObject(name);
                        json.WriteString("edition", count.Edition);
                        json.WriteNumber("meeting", count.Meeting);
                        json.WriteNumber("with_value", count.WithValue);
                        WriteStrings(json, "meeting_allies", count.MeetingIds);
                        WriteStrings(json, "missing", count.Missing);
                        json.WriteEndObject();
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            if (comparison is not null)
            {
                json.WriteStartObject("comparison");
                json.WriteString("ally", comparison.EntityId);
                json.WriteString("name", comparison.Name);
                WriteValue(json, "nato_share_of_gdp", comparison.NatoShareOfGdp);
                WriteValue(json, "nato_milex_current", comparison.NatoMilexCurrentUsd);
                WriteValue(json, "sipri_share_of_gdp", comparison.SipriShareOfGdp);
                WriteValue(json, "sipri_milex_current", comparison.SipriMilexCurrentUsd);
                WriteStrings(json, "why_they_differ", NatoSipriComparison.Explanation);
                json.WriteEndObject();
            }

            WriteStrings(json, "sources", table.Sources.Concat(counts?.Sources ?? []).Concat(comparison?.Sources ?? []).Distinct().ToArray());
            WriteStrings(json, "notes", table.Notes.Concat(counts?.Notes ?? []).ToArray());
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteTarget(Utf8JsonWriter json, BurdenTarget t)
    {
        json.WriteStartObject("target");
        json.WriteString("id", t.Id);
        json.WriteString("name", t.Name);
        json.WriteString("description", t.Description);
        json.WriteNumber("threshold", t.Threshold);
        json.WriteString("unit", "%");
        json.WriteString("applies_to", t.AppliesToText);
        json.WriteString("summit", t.Summit);
        json.WriteNumber("agreed", t.AgreedYear);
        json.WriteNumber("horizon", t.DeadlineYear);
        if (t.Caveat is null) json.WriteNull("caveat"); else json.WriteString("caveat", t.Caveat);
        if (t.Citation is null) json.WriteNull("citation");
        else
        {
            json.WriteStartObject("citation");
            json.WriteString("source", $"{t.Citation.Dataset} {t.Citation.Edition}");
            json.WriteString("note", t.Citation.Note);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteAlly(Utf8JsonWriter json, AllyBurden a, BurdenTable table)
    {
        json.WriteStartObject();
        json.WriteString("ally", a.EntityId);
        json.WriteString("name", a.Name);
        WriteNumber(json, "share_of_gdp", a.ShareOfGdp?.Value);
        json.WriteString("measured", table.Target.AppliesToText);
        WriteNumber(json, "value", a.Measured?.Value);
        WriteNumber(json, "rounded", a.Rounded);
        if (a.Meets is { } meets) json.WriteBoolean("meets", meets); else json.WriteNull("meets");
        WriteNumber(json, "gap_pp", a.GapPp);
        WriteAmount(json, "money_needed_current", a.MoneyNeededCurrent);
        WriteAmount(json, "money_needed_constant", a.MoneyNeededConstant);
        WriteValue(json, "equipment_share", a.EquipmentShare);
        WriteAmount(json, "milex_current", a.MilexCurrentUsd);
        WriteAmount(json, "per_capita", a.PerCapita);
        if (a.FairShare is null) json.WriteNull("fair_share");
        else
        {
            json.WriteStartObject("fair_share");
            json.WriteNumber("ratio", a.FairShare.Ratio);
            json.WriteNumber("spending_share", a.FairShare.SpendingShare);
            json.WriteNumber("gdp_share", a.FairShare.GdpShare);
            json.WriteEndObject();
        }
        json.WriteString("source", a.Measured?.Dataset);
        json.WriteString("edition", a.Measured?.Edition);
        WriteStrings(json, "flags", (a.Measured?.Flags ?? ObservationFlags.None).ToText().Split(',', StringSplitOptions.RemoveEmptyEntries));
        if (a.Measured?.Footnotes is { } f) json.WriteString("footnotes", f);
        WriteStrings(json, "missing", a.Missing);
        json.WriteEndObject();
    }

    private static void WriteGap(Utf8JsonWriter json, string name, MoneyGap gap)
    {
        json.WriteStartObject(name);
        json.WriteNumber("value", gap.Total);
        json.WriteString("unit", gap.Unit.ToString());
        json.WriteNumber("allies_below_target", gap.Allies);
        WriteStrings(json, "allies_without_amount", gap.AlliesWithoutAmount);
        json.WriteEndObject();
    }

    private static void WriteAmount(Utf8JsonWriter json, string name, SourcedAmount? amount)
    {
        if (amount is null) { json.WriteNull(name); return; }
        json.WriteStartObject(name);
        json.WriteNumber("value", amount.Value);
        json.WriteString("unit", amount.Unit.ToString());
        json.WriteString("method", amount.Method);
        WriteStrings(json, "factors", amount.Factors.Select(f => f.ToString()).ToArray());
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, SourcedValue? value)
    {
        if (value is null) { json.WriteNull(name); return; }
        json.WriteStartObject(name);
        json.WriteNumber("value", value.Value);
        json.WriteString("unit", value.Unit.ToString());
        json.WriteString("source", value.Source);
        WriteStrings(json, "flags", value.Flags.ToText().Split(',', StringSplitOptions.RemoveEmptyEntries));
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, v); else json.WriteNull(name);
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}
