using System.Globalization;
using Milbal.Analysis.Conversions;
using Milbal.Core.Observations;
using Milbal.Core.Tables;

namespace Milbal.Analysis.Burden;

/// <summary>Whose spending figures a burden table measures: NATO's (its definition, from ministries of defence) or SIPRI's.</summary>
public enum BurdenSource { Nato, Sipri }

public static class BurdenSources
{
    public static string Id(this BurdenSource source) => source == BurdenSource.Sipri ? "sipri" : "nato";

    public static BurdenSource Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "nato" => BurdenSource.Nato,
        "sipri" => BurdenSource.Sipri,
        _ => throw new ArgumentException($"unknown source '{text}'; use --source nato or --source sipri"),
    };
}

/// <summary>A published value with where it came from.</summary>
public sealed record SourcedValue(double Value, Unit Unit, string Dataset, string Edition, ObservationFlags Flags = ObservationFlags.None, string? Footnotes = null)
{
    public string Source => $"{Dataset} {Edition}";
}

/// <summary>
/// An amount Milbal computed: its value and unit, the inputs it came from (<see cref="Method"/>, naming each input's
/// dataset and edition) and the conversion factors used, if any.
/// </summary>
public sealed record SourcedAmount(double Value, Unit Unit, string Method, IReadOnlyList<Factor> Factors)
{
    public string FactorsText => string.Join("; ", Factors);
}

/// <summary>An ally's fair-share ratio: its share of the alliance's spending over its share of the alliance's GDP.</summary>
public sealed record FairShare(double SpendingShare, double GdpShare)
{
    /// <summary>Below 1: the ally spends a smaller share of the alliance total than its share of the alliance's GDP.</summary>
    public double Ratio => SpendingShare / GdpShare;
}

/// <summary>One ally in a burden table. Values it lacks are null and <see cref="Missing"/> says why.</summary>
/// <param name="Measured">The value compared with the target: share of GDP, or the equipment share for the equipment pledge.</param>
/// <param name="Meets">Null when the ally has no value: it neither meets nor fails.</param>
/// <param name="GapPp">Percentage points short of the target (0 for allies that meet it).</param>
public sealed record AllyBurden(
    string EntityId,
    string Name,
    SourcedValue? ShareOfGdp,
    SourcedValue? EquipmentShare,
    SourcedValue? Measured,
    bool? Meets,
    double? GapPp,
    SourcedAmount? MoneyNeededCurrent,
    SourcedAmount? MoneyNeededConstant,
    SourcedAmount? MilexCurrentUsd,
    SourcedAmount? PerCapita,
    FairShare? FairShare,
    IReadOnlyList<string> Missing)
{
    /// <summary>The measured value as NATO publishes and counts it: rounded to 2 decimals.</summary>
    public double? Rounded => Measured is null ? null : BurdenAnalysis.RoundAsPublished(Measured.Value);
}

/// <summary>Total money allies below a target would need to add, with the allies it leaves out.</summary>
public sealed record MoneyGap(double Total, Unit Unit, int Allies, IReadOnlyList<string> AlliesWithoutAmount);

/// <summary>How many allies the fair-share ratio covers (those with both spending and GDP in current US$).</summary>
public sealed record FairShareCoverage(int Allies, int WithValues, IReadOnlyList<string> Missing, string Inputs);

/// <summary>The per-ally burden table for one year, target and source.</summary>
public sealed record BurdenTable(
    int Year,
    BurdenTarget Target,
    BurdenSource Source,
    string Edition,
    IReadOnlyList<AllyBurden> Allies,
    Unit CurrentUnit,
    Unit ConstantUnit,
    MoneyGap MoneyGapCurrent,
    MoneyGap MoneyGapConstant,
    FairShareCoverage FairShareCoverage,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Notes)
{
    public int Members => Allies.Count;
    public int WithValue => Allies.Count(a => a.Measured is not null);
    public int Meeting => Allies.Count(a => a.Meets == true);
    public IReadOnlyList<string> MissingAllies => Allies.Where(a => a.Measured is null).Select(a => a.EntityId).ToArray();

    /// <summary>Allies with a value, highest measured value first, then the allies without one.</summary>
    public IEnumerable<AllyBurden> Sorted =>
        Allies.OrderByDescending(a => a.Measured?.Value ?? double.NegativeInfinity).ThenBy(a => a.EntityId, StringComparer.Ordinal);

    public ResultTable ToResultTable()
    {
        var measuredName = Target.AppliesTo == TargetBasis.ShareOfGdp ? "share_of_gdp" : "equipment_share";
        var columns = new ResultColumn[]
        {
            new("ally"), new("name"), new("share_of_gdp", "%", IsNumeric: true), new("meets"), new("gap_pp", "pp", IsNumeric: true),
            new("money_needed_current", CurrentUnit.ToString(), IsNumeric: true), new("money_needed_constant", ConstantUnit.ToString(), IsNumeric: true),
            new("equipment_share", "% of defence expenditure", IsNumeric: true),
            new("per_capita", "USD, current, market rate", IsNumeric: true), new("fair_share", "ratio", IsNumeric: true),
            new("source"), new("edition"), new("flags"),
            new("measured", measuredName, InConsole: false), new("rounded", "%", IsNumeric: true, InConsole: false),
            new("equipment_source", InConsole: false), new("money_method", InConsole: false), new("money_factors", InConsole: false),
            new("per_capita_method", InConsole: false), new("spending_share", "fraction", IsNumeric: true, InConsole: false),
            new("gdp_share", "fraction", IsNumeric: true, InConsole: false), new("missing", InConsole: false),
        };
        var rows = Sorted.Select(a => new object?[]
        {
            a.EntityId, a.Name, Round(a.ShareOfGdp?.Value), a.Meets switch { true => "yes", false => "no", _ => "n/a" }, Round(a.GapPp),
            Round(a.MoneyNeededCurrent?.Value, 0), Round(a.MoneyNeededConstant?.Value, 0), Round(a.EquipmentShare?.Value),
            Round(a.PerCapita?.Value, 0), Round(a.FairShare?.Ratio), a.Measured?.Dataset, a.Measured?.Edition,
            a.Measured is null ? "missing" : a.Measured.Flags.ToText(),
            a.Measured?.Value, a.Rounded, a.EquipmentShare?.Source,
            string.Join(" | ", new[] { a.MoneyNeededCurrent?.Method, a.MoneyNeededConstant?.Method }.OfType<string>()),
            string.Join(" | ", new[] { a.MoneyNeededCurrent?.FactorsText, a.MoneyNeededConstant?.FactorsText }.Where(t => !string.IsNullOrEmpty(t))),
            a.PerCapita?.Method, a.FairShare?.SpendingShare, a.FairShare?.GdpShare, string.Join("; ", a.Missing),
        }).ToArray();
        return new ResultTable($"Burden sharing {Year}: {Target.Name} ({Source.Id()} {Edition})", columns, rows, Sources, Notes);
    }

    private static double? Round(double? value, int digits = 2) => value is { } v ? Math.Round(v, digits, MidpointRounding.AwayFromZero) : null;
}

/// <summary>How many allies meet a target in one year by one publisher's figures.</summary>
public sealed record TargetCount(int Year, string Dataset, string Edition, int Members, int WithValue, int Meeting, IReadOnlyList<string> MeetingIds, IReadOnlyList<string> Missing);

/// <summary>One year of the counts table: NATO's count beside SIPRI's.</summary>
public sealed record CountRow(int Year, int Members, TargetCount? Nato, TargetCount? Sipri);

/// <summary>Allies meeting a target year by year, by NATO's and by SIPRI's figures.</summary>
public sealed record TargetCounts(BurdenTarget Target, IReadOnlyList<CountRow> Rows, IReadOnlyList<string> Sources, IReadOnlyList<string> Notes)
{
    public ResultTable ToResultTable()
    {
        var columns = new ResultColumn[]
        {
            new("year", IsNumeric: true), new("allies", "count", IsNumeric: true),
            new("nato_meeting", "count", IsNumeric: true), new("nato_with_value", "count", IsNumeric: true), new("nato_edition"),
            new("sipri_meeting", "count", IsNumeric: true), new("sipri_with_value", "count", IsNumeric: true), new("sipri_edition"),
            new("nato_meeting_allies", InConsole: false), new("sipri_meeting_allies", InConsole: false),
            new("nato_missing", InConsole: false), new("sipri_missing", InConsole: false),
        };
        var rows = Rows.Select(r => new object?[]
        {
            r.Year, r.Members, r.Nato?.Meeting, r.Nato?.WithValue, r.Nato?.Edition, r.Sipri?.Meeting, r.Sipri?.WithValue, r.Sipri?.Edition,
            r.Nato is null ? null : string.Join(" ", r.Nato.MeetingIds), r.Sipri is null ? null : string.Join(" ", r.Sipri.MeetingIds),
            r.Nato is null ? null : string.Join(" ", r.Nato.Missing), r.Sipri is null ? null : string.Join(" ", r.Sipri.Missing),
        }).ToArray();
        return new ResultTable($"Allies meeting {Target.Name}", columns, rows, Sources, Notes);
    }
}

/// <summary>NATO's and SIPRI's figures for one ally and year, side by side, with why they differ.</summary>
public sealed record NatoSipriComparison(
    string EntityId, string Name, int Year,
    SourcedValue? NatoShareOfGdp, SourcedValue? NatoMilexCurrentUsd,
    SourcedValue? SipriShareOfGdp, SourcedValue? SipriMilexCurrentUsd,
    IReadOnlyList<string> Sources)
{
    /// <summary>
    /// Why the two publishers' numbers differ. NATO's definition is documented in PEERS-AND-METHODS.md section 3,
    /// SIPRI's in section 1; the fiscal-year convention is NATO's own ("2025 represents the fiscal year 2025/2026 for
    /// Canada and the United Kingdom", FIGURES.md on the 2026 edition).
    /// </summary>
    public static readonly IReadOnlyList<string> Explanation =
    [
        "Definition: NATO counts what each ministry of defence reports under NATO's agreed definition, including pensions paid to " +
        "retired military and civilian personnel and 'Other Forces' (gendarmerie, border guards, coast guards …) only in proportion " +
        "to those trained, equipped and deployable as military forces; SIPRI applies its own definition to open sources " +
        "(paramilitary forces when judged trained and equipped for military operations, military pensions), keeps one definition " +
        "per country over time, and footnotes series that exclude pensions or paramilitary forces.",
        "Period: NATO reports fiscal years for Canada and the United Kingdom (2024 = FY2024/25); SIPRI converts financial years to " +
        "calendar years, assuming spending is spread evenly through the year.",
        "GDP: NATO divides by GDP from DG ECFIN and the OECD at the edition's cut-off date, and its share of GDP is of real GDP at the " +
        "edition's constant prices; SIPRI uses its own GDP figures of its release. Different GDP vintages alone move the share.",
        "Estimates: NATO's latest years are estimates (flagged 'estimate', the 'e' years); SIPRI marks its own estimates (flag " +
        "'estimate') and highly uncertain figures (flag 'highly_uncertain').",
    ];

    public ResultTable ToResultTable()
    {
        var columns = new ResultColumn[]
        {
            new("publisher"), new("edition"), new("share_of_gdp", "%", IsNumeric: true), new("milex_current", "USD million, current, market rate", IsNumeric: true),
            new("flags"),
        };
        object?[] Row(string publisher, SourcedValue? share, SourcedValue? milex) =>
        [
            publisher, string.Join(", ", new[] { share?.Edition, milex?.Edition }.OfType<string>().Distinct()),
            share is null ? null : Math.Round(share.Value, 2, MidpointRounding.AwayFromZero),
            milex is null ? null : Math.Round(milex.Value * Math.Pow(10, (int)milex.Unit.Scale - 6), 1),
            ((share?.Flags ?? ObservationFlags.None) | (milex?.Flags ?? ObservationFlags.None)).ToText(),
        ];
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{Name} ({EntityId}) {Year}: the same year by NATO's and SIPRI's figures."),
        };
        notes.AddRange(Explanation);
        if (NatoShareOfGdp is null) notes.Add($"NATO: no share of GDP for {EntityId} in {Year} in the store");
        if (NatoMilexCurrentUsd is null) notes.Add($"NATO: no current US$ spending for {EntityId} in {Year} in the edition used");
        if (SipriShareOfGdp is null || SipriMilexCurrentUsd is null) notes.Add($"SIPRI: no value for {EntityId} in {Year} for a column left blank");
        return new ResultTable($"NATO and SIPRI: {Name} {Year}", columns,
            [Row("NATO", NatoShareOfGdp, NatoMilexCurrentUsd), Row("SIPRI", SipriShareOfGdp, SipriMilexCurrentUsd)], Sources, notes);
    }
}
