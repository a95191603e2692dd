using System.CommandLine;
using System.Text.Json;
using Milbal.Analysis.Burden;
using Milbal.Analysis.Conversions;
using Milbal.Core.Observations;
using Milbal.Reports;

namespace Milbal.Cli.Commands;

internal static class BurdenCommand
{
    public static Command Create(CliContext context)
    {
        var year = new Option<int?>("--year", "-y") { Description = "Year of the per-ally table, e.g. 2024" };
        var target = new Option<string>("--target", "-t")
        {
            Description = "Target: 2 (Wales 2014), 3.5 (Hague core, by 2035), 5 (Hague total, by 2035) or equipment20 (20% of defence spending on equipment)",
            DefaultValueFactory = _ => "2",
        };
        var source = new Option<string>("--source", "-s") { Description = "Whose figures: nato (default) or sipri", DefaultValueFactory = _ => "nato" };
        var edition = new Option<string?>("--edition", "-e") { Description = "Edition of the source (id or unique prefix; default: the newest with the year)" };
        var from = new Option<int?>("--from") { Description = "First year of the counts table (allies meeting the target, NATO beside SIPRI)" };
        var to = new Option<int?>("--to") { Description = "Last year of the counts table" };
        var compare = new Option<string?>("--compare") { Description = "An ally whose NATO and SIPRI figures to show side by side for --year (e.g. POL)" };
        var format = CommonOptions.Format();
        var command = new Command("burden", "Allies against NATO's spending targets: who meets them, the gap in money, per capita, fair shares; counts over years");
        foreach (var option in new Option[] { year, target, source, edition, from, to, compare, format }) command.Options.Add(option);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var request = parse.GetValue(format)!;
            var outputFormat = request.Format;
            var chosenTarget = Targets.Parse(parse.GetValue(target)!);
            var chosenSource = BurdenSources.Parse(parse.GetValue(source)!);
            var chosenEdition = parse.GetValue(edition);
            var tableYear = parse.GetValue(year);
            var (fromYear, toYear) = (parse.GetValue(from), parse.GetValue(to));
            if (tableYear is null && fromYear is null && toYear is null)
                throw new ArgumentException("give --year Y for the per-ally table, or --from Y1 --to Y2 for the counts of allies meeting the target");
            var compareWith = parse.GetValue(compare);
            if (compareWith is not null && tableYear is null) throw new ArgumentException("--compare needs --year");

            using var store = context.OpenStore(parse, readOnly: true);
            var analysis = new BurdenAnalysis(store, new Converter(new StoreFactorProvider(store, registry: CliContext.Registry(store))), CliContext.Registry(store));
            var table = tableYear is { } y ? analysis.Table(y, chosenTarget, chosenSource, chosenEdition) : null;
            TargetCounts? counts = null;
            if (fromYear is not null || toYear is not null)
            {
                var (first, last) = (fromYear ?? toYear!.Value, toYear ?? fromYear!.Value);
                counts = chosenSource == BurdenSource.Nato
                    ? analysis.Counts(first, last, chosenTarget, natoEdition: chosenEdition)
                    : analysis.Counts(first, last, chosenTarget, sipriEdition: chosenEdition);
            }
            var comparison = compareWith is null ? null
                : chosenSource == BurdenSource.Nato ? analysis.Compare(compareWith, tableYear!.Value, natoEdition: chosenEdition)
                : analysis.Compare(compareWith, tableYear!.Value, sipriEdition: chosenEdition);

            if (outputFormat == OutputFormat.Json && table is not null)
                BurdenJson.Write(context.Output, table, counts, comparison);
            else
            {
                var first = true;
                foreach (var result in new[] { table?.ToResultTable(), counts?.ToResultTable(), comparison?.ToResultTable() })
                {
                    if (result is null) continue;
                    if (!first) context.Output.WriteLine();
                    CommonOptions.Render(context, result, request);
                    first = false;
                }
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}

/// <summary>
/// The burden table as one JSON object (year, target, source, edition, meeting, allies, missing, money_gap, sources,
/// notes): the shape report builders and scripts read, which the generic table writer's columns-and-rows can't give.
/// </summary>
internal static class BurdenJson
{
    public static void Write(TextWriter output, BurdenTable table, TargetCounts? counts, NatoSipriComparison? comparison)
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
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
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
