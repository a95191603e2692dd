using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Analysis.Article;

/// <summary>Reads one row of the curated figures table by its id (kept in the note as "[figures:id]").</summary>
internal static class Figures
{
    public static StoredObservation Get(MilbalStore store, string entity, string measure, string id)
    {
        var tag = $"[figures:{id}]";
        return store.Series(new SeriesQuery([entity], [measure], "figures"))
                   .FirstOrDefault(r => r.Observation.Note?.EndsWith(tag, StringComparison.Ordinal) == true)
               ?? throw new Balance.MissingDataException($"figure '{id}' ({entity} {measure}) is not in the store; load the bundle or import data/figures/figures.csv");
    }

    /// <summary>Value in units (scale applied).</summary>
    public static double Units(StoredObservation row) => row.Observation.Value * Math.Pow(10, (int)row.Observation.Unit.Scale);

    /// <summary>"figures 2026-11 [id]: IISS, The Military Balance 2025 (2025-02-12)" — who said it and where it is in Milbal.</summary>
    public static string Source(StoredObservation row)
    {
        var note = row.Observation.Note ?? "";
        var publisher = note.Split(", conf.", 2)[0];
        var id = note[(note.LastIndexOf("[figures:", StringComparison.Ordinal) + 9)..].TrimEnd(']');
        return $"{publisher} (figures {row.Edition} [{id}]{(row.Observation.Flags.HasFlag(ObservationFlags.SecondarySource) ? ", secondary" : "")})";
    }
}
