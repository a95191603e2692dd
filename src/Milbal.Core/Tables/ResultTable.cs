namespace Milbal.Core.Tables;

/// <summary>A column of a result; <see cref="Unit"/> is shown in headers when all its values share one.</summary>
/// <param name="InConsole">False for columns that repeat what another shows (CSV and JSON keep every column).</param>
public sealed record ResultColumn(string Name, string? Unit = null, bool IsNumeric = false, bool InConsole = true);

/// <summary>
/// The one table model every command produces and every writer (console, CSV, JSON, later HTML and xlsx)
/// renders, so provenance and notes can't be lost by one output format.
/// </summary>
/// <param name="Sources">Provenance lines (dataset, edition, address, licence) of the values shown.</param>
/// <param name="Notes">Caveats to print under the table (coverage, truncation, methods).</param>
public sealed record ResultTable(
    string Title,
    IReadOnlyList<ResultColumn> Columns,
    IReadOnlyList<object?[]> Rows,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Notes);
