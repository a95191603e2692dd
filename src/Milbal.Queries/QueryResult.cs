using Milbal.Core.Tables;
using Milbal.Reports;

namespace Milbal.Queries;

/// <summary>
/// What a query produces: one or more tables (console, CSV, xlsx), and for the commands whose JSON is richer than a
/// table (burden, scenario run, capacity ratio) the JSON document itself. The CLI and the HTTP API both render this,
/// so `milbal X --format json` and `/api/v1/X` are the same bytes.
/// </summary>
public sealed record QueryResult(IReadOnlyList<ResultTable> Tables, Func<string>? Json = null)
{
    /// <summary>The scenario run behind the tables, for callers that also draw its fan chart.</summary>
    public Scenarios.ScenarioResult? Scenario { get; init; }

    public static implicit operator QueryResult(ResultTable table) => new([table]);

    /// <summary>Writes the result as the CLI does to a terminal: tables one after another, a blank line between.</summary>
    public void Write(OutputFormat format, TextWriter output)
    {
        if (format == OutputFormat.Json && Json is not null)
        {
            output.WriteLine(Json());
            return;
        }
        for (var i = 0; i < Tables.Count; i++)
        {
            if (i > 0) output.WriteLine();
            TableWriters.Write(Tables[i], format, output);
        }
    }

    public string ToText(OutputFormat format)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        Write(format, writer);
        return writer.ToString();
    }
}
