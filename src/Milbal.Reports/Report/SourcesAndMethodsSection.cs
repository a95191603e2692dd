using Milbal.Analysis.Conversions;
using Milbal.Core.Tables;
using Milbal.Reports.Html;

namespace Milbal.Reports.Report;

/// <summary>
/// Every dataset edition the report's numbers come from (as cited by the sections built before it), how money was
/// converted, and the licences. Always the last section.
/// </summary>
public sealed class SourcesAndMethodsSection : IReportSection
{
    public string Title => "Sources and methods";

    public ReportSectionContent Build(ReportContext context)
    {
        var rows = context.Cited.Select(e =>
        {
            var entry = context.Catalogue.FirstOrDefault(c => c.Dataset.Id == e.Dataset && c.Dataset.Edition == e.Edition);
            var d = entry?.Dataset;
            return new object?[]
            {
                e.Dataset, e.Edition, d?.Publisher, d?.Title, d?.ReleaseDate?.ToString("yyyy-MM-dd"), d?.IsSecondary == true ? "secondary source" : "",
                entry is null ? null : string.Join("; ", entry.Imports.Select(i => $"{i.FileName} (sha256 {i.Sha256[..Math.Min(12, i.Sha256.Length)]})").Distinct()),
                d?.Address, d?.Licence,
            };
        }).ToArray();
        var table = new ResultTable("Datasets and editions used",
        [
            new("dataset"), new("edition"), new("publisher"), new("title"), new("released"), new("status"), new("files", InConsole: false),
            new("address", InConsole: false), new("licence"),
        ], rows, [], rows.Length == 0 ? ["no dataset was used: the store is empty"] : []);

        var deflator = context.Converter.Deflator == DeflatorKind.Cpi ? "the consumer price index (CPI), as SIPRI does" : "the GDP deflator (default; NATO, the World Bank, the IMF and GDPuc use it; SIPRI uses the CPI)";
        var factors = context.Factors.Options;
        var methods = new List<string>
        {
            "Values are shown as their publisher published them unless a unit says otherwise; every converted value's factors (exchange rate, PPP factor, deflator, with dataset and edition) are listed in the notes of its table.",
            "Conversion follows GDPuc's elemental steps: a value is first brought to current local currency of its own year (undoing the publisher's exchange rate or PPP factor of that year), " +
            $"then repriced within the country with {deflator}, then converted at the target year's market exchange rate (US$MER) or GDP PPP factor (Int$PPP).",
            $"Factors come from the {(factors.Publisher == FactorPublisher.Wdi ? "World Bank WDI first, the IMF WEO where WDI has none" : "IMF WEO first, the World Bank WDI where WEO has none")}; " +
            (factors.Interpolate ? "missing years are interpolated linearly between published ones and flagged." : "a missing factor is never filled in: the value is left out and the reason is given."),
            "Market exchange rates (MER) value spending at what it buys on world markets, which suits imported equipment; GDP purchasing-power parity (PPP) values it at what it buys of the whole economy's goods and services at home, which suits pay, fuel and domestically made equipment. " +
            "The gap matters most for Russia and China, whose currencies buy far more at home than their exchange rates suggest.",
            "Neither is a price index of defence. Robertson (\"The Real Military Balance\", Review of Income and Wealth, 2021) estimates military-specific PPPs for 59 countries from defence-sector costs and argues that GDP PPP can overstate spending where procurement does not depend on local labour costs. " +
            $"Milbal's optional hybrid basis follows that motivation: the equipment share (NATO's where published, else a stated {FactorOptions.StatedEquipmentShare:P0}) at market rates, the rest at GDP PPP.",
            "Group totals (EU + UK, NATO) are sums over members as they were in each year; members without a value are named with their share of the group's GDP (current US$, IMF WEO, else World Bank), never counted as zero.",
            "SIPRI and NATO define military expenditure differently (NATO includes e.g. pensions and some paramilitary forces as each ally reports them); their figures are not mixed in one total.",
        };
        var licences = context.Cited
            .Select(e => context.Dataset(e.Dataset, e.Edition))
            .OfType<Milbal.Core.Datasets.DatasetInfo>()
            .GroupBy(d => d.Id)
            .Select(g => $"{ReportContext.ShortName(g.Key)} ({string.Join(", ", g.Select(d => d.Edition))}): {g.First().Licence}")
            .ToArray();

        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock("Every number in this report comes from one of these dataset editions, read from the publishers' own files (or a bundled excerpt of them) into Milbal's store."),
            new TableBlock(table, InConsoleSummary: false),
            new SubheadingBlock("Methods"),
            new ListBlock(methods),
            new SubheadingBlock("Licences"),
            new ListBlock(licences.Length > 0 ? licences : ["(no dataset used)"]),
        };
        return new ReportSectionContent(Title, blocks) { Anchor = "sources-and-methods" };
    }
}
