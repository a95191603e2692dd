using System.Globalization;
using System.Text.RegularExpressions;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;

namespace Milbal.Data.Importers.Nato;

/// <summary>
/// Entry point for <c>milbal import nato &lt;file&gt;</c> and what NATO's two file shapes share: the publisher's
/// metadata, year headers with an "e" suffix and the spellings of NATO's own aggregates.
/// </summary>
public static partial class NatoImporter
{
    public const string Publisher = "NATO";
    public const string Address = "https://www.nato.int/cps/en/natohq/topics_49198.htm";
    public const string Licence = "NATO: public release; attribution";

    /// <summary>The importer for a NATO file: the official tables workbook (.xlsx) or a shares-of-GDP CSV (.csv).</summary>
    public static IImporter ForFile(string fileName, EntityRegistry? registry = null) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".xlsx" => new NatoTablesImporter(registry),
            ".csv" => new NatoSharesCsvImporter(registry),
            var other => throw new ImportException(new SourceLocation(Path.GetFileName(fileName)),
                $"NATO files are the tables workbook (.xlsx) or a shares-of-GDP CSV (.csv), not '{other}'"),
        };

    /// <summary>"2024", "2024e" (estimate) or a numeric 2024 cell.</summary>
    internal static bool TryParseYear(string text, out int year, out bool estimate)
    {
        var match = YearHeader().Match(text.Trim());
        year = 0;
        estimate = false;
        if (!match.Success) return false;
        year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        estimate = match.Groups[2].Success;
        return Core.Observations.Observation.IsPlausibleYear(year);
    }

    /// <summary>
    /// NATO's two aggregates under the spellings its editions use ("NATO Europe and Canada", "European Allies and
    /// Canada", "NATO Total", "NATO - Total"); null for anything else, which goes to the entity registry.
    /// </summary>
    internal static string? AggregateId(string label)
    {
        var words = NameKey.Of(label).Split(' ');
        var europe = words.Contains("europe") || words.Contains("european");
        if (europe && words.Contains("canada") && !words.Contains("united")) return BuiltInGroups.NatoEuropeCanada.Id;
        if (words.Contains("nato") && (words.Contains("total") || words.Length == 1)) return BuiltInGroups.Nato.Id;
        return null;
    }

    /// <summary>A country name or NATO aggregate resolved to an entity id, or null (warned once by the log).</summary>
    internal static string? ResolveEntity(ImportLog log, string label, SourceLocation location) =>
        log.Entity(AggregateId(label) ?? label, location)?.Id;

    [GeneratedRegex(@"^(\d{4})(?:\.0+)?\s*(e)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearHeader();
}
