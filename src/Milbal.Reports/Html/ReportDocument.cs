using Milbal.Core.Tables;
using Milbal.Reports.Charts;

namespace Milbal.Reports.Html;

/// <summary>A report: title, what it was generated from, sections (the last one normally "Sources and methods").</summary>
/// <param name="GeneratedFrom">One line naming the store, the datasets and editions and the options, so a reader can regenerate it.</param>
public sealed record ReportDocument(string Title, string GeneratedFrom, IReadOnlyList<ReportSectionContent> Sections)
{
    public DateTimeOffset? GeneratedAt { get; init; }
}

/// <summary>A dataset edition a section's numbers come from (cited in "Sources and methods").</summary>
public sealed record EditionRef(string Dataset, string Edition);

/// <summary>One section: a heading and its blocks, with the dataset editions its numbers come from.</summary>
public sealed record ReportSectionContent(string Heading, IReadOnlyList<ReportBlock> Blocks)
{
    public IReadOnlyList<EditionRef> Editions { get; init; } = [];

    /// <summary>Anchor id in the page; derived from the heading when not set.</summary>
    public string? Anchor { get; init; }
}

/// <summary>Content of a section, in order.</summary>
public abstract record ReportBlock;

public sealed record ParagraphBlock(string Text) : ReportBlock;

/// <summary>A sub-heading inside a section.</summary>
public sealed record SubheadingBlock(string Text) : ReportBlock;

public sealed record ListBlock(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>A table with its sources and notes (rendered under it). <paramref name="InConsoleSummary"/>: also printed by `milbal report`.</summary>
public sealed record TableBlock(ResultTable Table, bool InConsoleSummary = true) : ReportBlock;

/// <summary>A chart, inlined as SVG (its title, axis labels and source line are part of the SVG).</summary>
public sealed record ChartBlock(ChartSpec Chart) : ReportBlock;
