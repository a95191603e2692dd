namespace Milbal.Core.Observations;

/// <summary>What the publisher (or Milbal) says about how firm a value is.</summary>
[Flags]
public enum ObservationFlags
{
    None = 0,
    /// <summary>The publisher's own estimate (SIPRI blue, NATO "e" years, WEO after "estimates start after").</summary>
    Estimate = 1 << 0,
    /// <summary>SIPRI red: highly uncertain.</summary>
    HighlyUncertain = 1 << 1,
    /// <summary>A forecast or projection (WEO years after the last actual).</summary>
    Projection = 1 << 2,
    /// <summary>A budget or plan, not actual spending.</summary>
    BudgetNotActual = 1 << 3,
    /// <summary>Obtained through a third party rather than from the publisher's own file.</summary>
    SecondarySource = 1 << 4,
    /// <summary>Filled by Milbal between published values (never done silently).</summary>
    Interpolated = 1 << 5,
    /// <summary>The publisher marks the value as provisional or preliminary.</summary>
    Provisional = 1 << 6,
}

public static class ObservationFlagsText
{
    private static readonly (ObservationFlags Flag, string Name)[] Names =
    [
        (ObservationFlags.Estimate, "estimate"),
        (ObservationFlags.HighlyUncertain, "highly_uncertain"),
        (ObservationFlags.Projection, "projection"),
        (ObservationFlags.BudgetNotActual, "budget"),
        (ObservationFlags.SecondarySource, "secondary"),
        (ObservationFlags.Interpolated, "interpolated"),
        (ObservationFlags.Provisional, "provisional"),
    ];

    public static IReadOnlyList<string> AllNames { get; } = Names.Select(n => n.Name).ToArray();

    /// <summary>Stable, comma-separated names ("estimate,highly_uncertain"); empty for none.</summary>
    public static string ToText(this ObservationFlags flags) =>
        string.Join(",", Names.Where(n => flags.HasFlag(n.Flag)).Select(n => n.Name));

    public static ObservationFlags Parse(string? text)
    {
        var result = ObservationFlags.None;
        if (string.IsNullOrWhiteSpace(text)) return result;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Array.FindIndex(Names, n => n.Name == part);
            if (match < 0) throw new FormatException($"unknown flag '{part}' (known: {string.Join(", ", AllNames)})");
            result |= Names[match].Flag;
        }
        return result;
    }
}
