namespace Milbal.Core.Entities;

/// <summary>An entity belongs to a group from <see cref="FromYear"/> to <see cref="ToYear"/> (inclusive; null = still).</summary>
public sealed record Membership(string EntityId, int FromYear, int? ToYear = null)
{
    public bool CoversYear(int year) => year >= FromYear && (ToYear is null || year <= ToYear);
}

/// <summary>
/// A set of countries whose composition changes by year. Annual data count a country as a member for every
/// calendar year from its year of accession (Finland in NATO from 2023) to its last full year (UK in the EU to 2019).
/// </summary>
public sealed record Group(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<Membership> Memberships, string Description, bool IsBuiltIn = true)
{
    public bool IsMember(string entityId, int year) =>
        Memberships.Any(m => m.EntityId == entityId && m.CoversYear(year));

    public IReadOnlyList<string> MembersIn(int year) =>
        Memberships.Where(m => m.CoversYear(year)).Select(m => m.EntityId).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every entity that is a member in any year.</summary>
    public IReadOnlyList<string> EverMembers =>
        Memberships.Select(m => m.EntityId).Distinct().Order(StringComparer.Ordinal).ToArray();

    public Entity ToEntity() => new(Id, Name, EntityKind.Group, null, null, Aliases);
}

/// <summary>The groups Milbal knows without being told, with accession years from the treaties.</summary>
public static class BuiltInGroups
{
    private static Membership[] Joined(int year, params string[] ids) => ids.Select(id => new Membership(id, year)).ToArray();

    /// <summary>NATO by year of accession (Iceland is a founder but has no armed forces; publishers leave it out).</summary>
    public static readonly IReadOnlyList<Membership> NatoMemberships =
    [
        .. Joined(1949, "BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA"),
        .. Joined(1952, "GRC", "TUR"),
        .. Joined(1955, "DEU"),
        .. Joined(1982, "ESP"),
        .. Joined(1999, "CZE", "HUN", "POL"),
        .. Joined(2004, "BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN"),
        .. Joined(2009, "ALB", "HRV"),
        .. Joined(2017, "MNE"),
        .. Joined(2020, "MKD"),
        .. Joined(2023, "FIN"),
        .. Joined(2024, "SWE"),
    ];

    /// <summary>EU (and EEC/EC before it) by year of accession; the UK counts to 2019 (left 31 January 2020).</summary>
    public static readonly IReadOnlyList<Membership> EuMemberships =
    [
        .. Joined(1958, "BEL", "DEU", "FRA", "ITA", "LUX", "NLD"),
        .. Joined(1973, "DNK", "IRL"),
        new Membership("GBR", 1973, 2019),
        .. Joined(1981, "GRC"),
        .. Joined(1986, "ESP", "PRT"),
        .. Joined(1995, "AUT", "FIN", "SWE"),
        .. Joined(2004, "CYP", "CZE", "EST", "HUN", "LVA", "LTU", "MLT", "POL", "SVK", "SVN"),
        .. Joined(2007, "BGR", "ROU"),
        .. Joined(2013, "HRV"),
    ];

    public static readonly Group Nato = new("NATO", "NATO", ["North Atlantic Treaty Organization", "the alliance", "NATO total", "NATO allies"],
        NatoMemberships, "All NATO allies by year of accession.");

    public static readonly Group NatoEurope = new("NATO_EUROPE", "NATO Europe", ["NATO European members", "European allies", "European NATO", "NATO Europe"],
        NatoMemberships.Where(m => m.EntityId is not ("USA" or "CAN")).ToArray(), "NATO allies other than the United States and Canada.");

    public static readonly Group NatoEuropeCanada = new("NATO_EUROPE_CANADA", "NATO Europe and Canada", ["European Allies and Canada", "NATO Europe + Canada", "NATO Europe and Canada", "Europe and Canada"],
        NatoMemberships.Where(m => m.EntityId != "USA").ToArray(), "NATO allies other than the United States, as NATO's own aggregate.");

    public static readonly Group Eu27 = new("EU27", "European Union", ["EU", "EU27", "EU-27", "European Union"],
        EuMemberships, "EU member states by year of accession (UK to 2019).");

    public static readonly Group EuUk = new("EU_UK", "EU + UK", ["EU+UK", "EU and UK", "EU and the UK", "EU plus UK", "EU27+UK"],
        [.. EuMemberships.Where(m => m.EntityId != "GBR"), new Membership("GBR", 1973)],
        "EU member states by year of accession plus the United Kingdom throughout (IISS-style 'Europe').");

    public static IReadOnlyList<Group> All { get; } = [Nato, NatoEurope, NatoEuropeCanada, Eu27, EuUk];
}
