using Milbal.Core.Datasets;
using Milbal.Core.Observations;
using Milbal.Data.Importers.Figures;
using Milbal.Data.Importers.Imf;
using Milbal.Data.Importers.Nato;
using Milbal.Data.Importers.Sipri;
using Milbal.Data.Importers.WorldBank;

namespace Milbal.Data.Importers;

/// <summary>Chooses the importer for a dataset kind and checks what every importer must guarantee.</summary>
public static class ImporterCatalog
{
    public static IReadOnlyList<string> Kinds { get; } = DatasetIds.All;

    public static IImporter For(string kind, string fileName) => kind.Trim().ToLowerInvariant() switch
    {
        DatasetIds.Sipri => new SipriImporter(),
        DatasetIds.Nato => NatoImporter.ForFile(fileName),
        DatasetIds.Wdi => new WdiImporter(),
        DatasetIds.Weo => new WeoImporter(),
        DatasetIds.Figures => new FiguresImporter(),
        _ => throw new ArgumentException($"unknown dataset kind '{kind}' (one of: {string.Join(", ", Kinds)})"),
    };

    /// <summary>Imports one file and rejects results no importer should produce (impossible years, non-finite values).</summary>
    public static ImportResult Import(string kind, ImportSource source, ImportOptions options)
    {
        var result = For(kind, source.FileName).Import(source, options);
        foreach (var o in result.Observations)
        {
            if (!Observation.IsPlausibleYear(o.Year))
                throw new ImportException(new SourceLocation(source.FileName), $"year {o.Year} of {o.EntityId} {o.MeasureId} is outside {Observation.MinYear}–{Observation.MaxYear}");
            if (!double.IsFinite(o.Value))
                throw new ImportException(new SourceLocation(source.FileName), $"{o.EntityId} {o.MeasureId} {o.Year} is not a finite number");
        }
        return result;
    }
}
