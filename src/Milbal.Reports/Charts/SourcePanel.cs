using ScottPlot;
using ScottPlot.Panels;

namespace Milbal.Reports.Charts;

/// <summary>The "Source: …" line under the plot, part of the image (and of the SVG text) rather than of the page around it.</summary>
internal sealed class SourcePanel : PanelBase
{
    private const float Margin = 6;

    public LabelStyle Label { get; } = new() { FontSize = 11, ForeColor = new Color(85, 85, 85), Alignment = Alignment.UpperLeft };

    public SourcePanel(string text)
    {
        Edge = Edge.Bottom;
        Label.Text = text;
    }

    public override float Measure(Paint paint) => Label.Measure(paint).Height + 2 * Margin;

    public override void Render(RenderPack rp, float size, float offset)
    {
        var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        Label.Render(rp.Canvas, new Pixel(rp.FigureRect.Left + Margin, rect.Top + Margin), rp.Paint, true);
    }
}
