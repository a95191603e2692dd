using System.Globalization;
using Milbal.Analysis.Aggregation;
using Milbal.Analysis.Conversions;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Core.Tables;
using Milbal.Data.Store;
using Milbal.Reports.Charts;
using Milbal.Reports.Html;

namespace Milbal.Reports.Report;

/// <summary>
/// The EU and the UK against Russia since 2014 (SIPRI), in current US$ at market exchange rates and in current
/// international $ at GDP purchasing-power parity: the ratio between them depends on the basis, which is the point.
/// </summary>
public sealed class EuropeVsRussiaSection : IReportSection
{
    public const int FirstYear = 2014;
    public const string Russia = "RUS";

    private static readonly MoneyUnit Mer = new(MoneyBasis.UsdMer, null);
    private static readonly MoneyUnit Ppp = new(MoneyBasis.IntPpp, null);

    public string Title => "Europe vs Russia at market rates and at PPP";

    /// <summary>One year of the comparison; nulls are missing values (see the reasons).</summary>
    public sealed record YearRow(int Year, Converted? RussiaMer, Converted? RussiaPpp, AggregateResult? EuropeMer, AggregateResult? EuropePpp, IReadOnlyList<string> Problems);

    public ReportSectionContent Build(ReportContext context)
    {
        var group = BuiltInGroups.EuUk;
        var sipri = context.Catalogue.Select(c => c.Dataset).FirstOrDefault(d => d.Id == DatasetIds.Sipri);
        var heading = $"Europe (EU + UK) vs Russia since {FirstYear}: market rates and purchasing-power parity";
        if (sipri is null)
            return new ReportSectionContent(heading, [new ParagraphBlock("The store holds no SIPRI data: import the SIPRI Military Expenditure Database with 'milbal import sipri <file>'.")]);
        if (context.Year < FirstYear)
            return new ReportSectionContent(heading, [new ParagraphBlock($"This comparison starts in {FirstYear}; the report year is {context.Year}.")]) { Anchor = "europe-vs-russia" };
        var russiaRows = context.Store.Series(new SeriesQuery([Russia], [Measures.Milex.Id], DatasetIds.Sipri, sipri.Edition, FirstYear, context.Year));
        var lastYear = Math.Min(context.Year, russiaRows.Select(r => r.Observation.Year).DefaultIfEmpty(FirstYear).Max());
        var years = Enumerable.Range(FirstYear, Math.Max(0, lastYear - FirstYear + 1)).ToArray();
        var data = years.Select(y => Compute(context, group, sipri.Edition, y, russiaRows.Where(r => r.Observation.Year == y).ToArray())).ToArray();

        var editions = new List<EditionRef> { new(DatasetIds.Sipri, sipri.Edition) };
        foreach (var d in data)
        {
            foreach (var c in new[] { d.RussiaMer, d.RussiaPpp }.OfType<Converted>()) editions.AddRange(ReportContext.EditionsIn(c.Factors));
            foreach (var a in new[] { d.EuropeMer, d.EuropePpp }.OfType<AggregateResult>())
            {
                editions.AddRange(ReportContext.EditionsIn(a.Factors));
                editions.AddRange(ReportContext.EditionsIn(a.Coverage));
            }
        }
        editions = editions.Distinct().ToList();

        static double? Ratio(double? a, double? b) => a is { } x && b is { } y && y != 0 ? Math.Round(x / y, 2) : null;
        var rows = data.Select(d => new object?[]
        {
            d.Year,
            Round(d.RussiaMer?.Value.Value), Round(d.EuropeMer?.Total), Ratio(d.EuropeMer?.Total, d.RussiaMer?.Value.Value),
            Round(d.RussiaPpp?.Value.Value), Round(d.EuropePpp?.Total), Ratio(d.EuropePpp?.Total, d.RussiaPpp?.Value.Value),
            d.RussiaMer?.Value.Flags.ToText() ?? d.RussiaPpp?.Value.Flags.ToText(),
            d.EuropeMer?.Coverage.ToString(), d.EuropePpp?.Coverage.ToString(),
        }).ToArray();

        var notes = new List<string>
        {
            $"SIPRI military expenditure, calendar years. Russia: SIPRI's local-currency (RUB) values converted by Milbal at the World Bank's market exchange rate (US$) and GDP PPP factor (Int$) of the same year.",
            $"EU + UK ({group.Id}: EU members by year of accession plus the UK): at market rates, the sum of SIPRI's own current-US$ values; at PPP, each member's local-currency value converted at its own GDP PPP factor, then summed.",
            "Ratio = EU + UK / Russia. A member without a value or a factor is left out of the total and named in the coverage column, never counted as zero.",
        };
        var last = data.LastOrDefault(d => d.RussiaMer is not null || d.RussiaPpp is not null);
        if (last is not null)
        {
            foreach (var c in new[] { last.RussiaMer, last.RussiaPpp }.OfType<Converted>())
                notes.Add($"Russia {last.Year}, {c.Value.Unit}: input {c.Input.Value.ToString("#,##0.##", CultureInfo.InvariantCulture)} {c.Input.Unit} ({c.Dataset} {c.Edition}); " +
                          string.Join("; ", c.Steps.Select(s => s.ToString())));
        }
        notes.AddRange(data.SelectMany(d => d.Problems.Select(p => $"{d.Year}: {p}")));

        var table = new ResultTable($"EU + UK and Russia military expenditure, {FirstYear}–{lastYear} (SIPRI {sipri.Edition})",
        [
            new("year", IsNumeric: true),
            new("russia_mer", "current US$ billion, MER", IsNumeric: true), new("eu_uk_mer", "current US$ billion, MER", IsNumeric: true), new("ratio_mer", "×", IsNumeric: true),
            new("russia_ppp", "current Int$ billion, GDP PPP", IsNumeric: true), new("eu_uk_ppp", "current Int$ billion, GDP PPP", IsNumeric: true), new("ratio_ppp", "×", IsNumeric: true),
            new("russia_flags"), new("coverage_mer"), new("coverage_ppp", InConsole: false),
        ], rows, context.SourceLines(editions), notes);

        LineSeries Series(string name, string who, Func<YearRow, double?> value, bool dashed) =>
            new(name, data.Where(d => value(d) is not null).Select(d => new ChartPoint(d.Year, value(d)!.Value)).ToArray(), dashed) { ColorGroup = who };
        var chart = new LineChartSpec(
            $"Military expenditure, EU + UK vs Russia, {FirstYear}–{lastYear}",
            "Year", "Billion, current US$ or Int$",
            context.SourceLine(editions, "MER = market exchange rates, PPP = GDP purchasing-power parity; Milbal conversion"),
            [
                Series("EU + UK, US$ at MER", "EU_UK", d => d.EuropeMer?.Total, false),
                Series("Russia, US$ at MER", "RUS", d => d.RussiaMer?.Value.Value, false),
                Series("EU + UK, Int$ at PPP", "EU_UK", d => d.EuropePpp?.Total, true),
                Series("Russia, Int$ at PPP", "RUS", d => d.RussiaPpp?.Value.Value, true),
            ]);

        var summary = last is { EuropeMer: not null, RussiaMer: not null, EuropePpp: not null, RussiaPpp: not null }
            ? $"In {last.Year} the EU and the UK together spent {Ratio(last.EuropeMer.Total, last.RussiaMer.Value.Value)?.ToString("0.0", CultureInfo.InvariantCulture)} times as much as Russia at market exchange rates " +
              $"(US${last.EuropeMer.Total:0} bn vs US${last.RussiaMer.Value.Value:0} bn), but only {Ratio(last.EuropePpp.Total, last.RussiaPpp.Value.Value)?.ToString("0.0", CultureInfo.InvariantCulture)} times as much at GDP purchasing-power parity " +
              $"(Int${last.EuropePpp.Total:0} bn vs Int${last.RussiaPpp.Value.Value:0} bn): a rouble buys more soldiers' pay, fuel and domestic equipment in Russia than its dollar value suggests."
            : "Some values are missing for the latest year; see the table's notes.";
        var paragraphs = new List<ReportBlock>
        {
            new ParagraphBlock(summary),
            new ParagraphBlock("Market exchange rates value spending at what it would buy on world markets; GDP PPP at what it buys of a typical basket at home. Neither is a price index of defence itself: see Sources and methods."),
            new ChartBlock(chart),
            new TableBlock(table),
        };
        if (lastYear < context.Year)
            paragraphs.Insert(1, new ParagraphBlock($"SIPRI {sipri.Edition} ends in {lastYear}; the comparison stops there, not in {context.Year}."));
        return new ReportSectionContent(heading, paragraphs) { Editions = editions, Anchor = "europe-vs-russia" };
    }

    /// <summary>The four values of one year, each with its factors; a missing factor leaves that value empty and says why.</summary>
    public static YearRow Compute(ReportContext context, Group group, string sipriEdition, int year, IReadOnlyList<StoredObservation> russia)
    {
        var problems = new List<string>();
        var input = InputSelection.PreferredMoney(russia.Where(r => r.Observation.Unit.Kind == UnitKind.Money));
        Converted? Convert(MoneyUnit target)
        {
            if (input is null) { problems.Add($"no SIPRI milex for Russia in {year}"); return null; }
            try { return context.Converter.Convert(input, target, Scale.Billions); }
            catch (ConversionException e) { problems.Add($"Russia, {target}: {e.Message}"); return null; }
        }
        AggregateResult? Sum(MoneyUnit target, bool asPublished)
        {
            try { return context.Aggregator.Sum(group, year, Measures.Milex.Id, DatasetIds.Sipri, sipriEdition, target, Scale.Billions, asPublished: asPublished); }
            catch (ConversionException e) { problems.Add($"EU + UK, {target}: {e.Message}"); return null; }
        }
        return new YearRow(year, Convert(Mer), Convert(Ppp), Sum(Mer, true), Sum(Ppp, false), problems);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}
