using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Analysis.Aggregation;

/// <summary>Who counts as a member: the group as it was in each year, or as it was in one fixed year.</summary>
public enum Composition { ByYear, Fixed }

/// <summary>One member's contribution to an aggregate, or why it has none.</summary>
public sealed record MemberValue(string EntityId, double? Value, Converted? Detail, string? MissingReason);

/// <summary>
/// How complete an aggregate is: members with no value and their share of the group's GDP (current US$, IMF WEO,
/// or World Bank where WEO has none), so a reader sees what a total leaves out instead of a silent zero.
/// </summary>
/// <param name="MissingGdpShare">Fraction of the members' combined GDP held by members with no value; null when GDP itself is missing for some.</param>
public sealed record Coverage(int Members, int WithValue, IReadOnlyList<string> Missing, double? MissingGdpShare, string GdpSource)
{
    public bool IsComplete => Missing.Count == 0;

    public override string ToString() => IsComplete
        ? $"all {Members} members"
        : $"{WithValue} of {Members} members; missing {string.Join(", ", Missing)}" +
          (MissingGdpShare is { } s ? $" ({s * 100:0.0}% of the group's GDP)" : " (their GDP share unknown)");
}

/// <summary>A group total with its members and coverage.</summary>
public sealed record AggregateResult(string GroupId, int Year, string Measure, string Dataset, double Total, Unit Unit, IReadOnlyList<MemberValue> Members, Coverage Coverage)
{
    public IEnumerable<Factor> Factors => Members.Where(m => m.Detail is not null).SelectMany(m => m.Detail!.Factors);
}

/// <summary>
/// Sums and GDP-weighted averages over groups, member by member, with coverage. An aggregator reads each
/// (members, measure, dataset, edition) series once for all years, so use one per read-only session, not across writes.
/// </summary>
public sealed class Aggregator(MilbalStore store, Converter converter, EntityRegistry? registry = null, SeriesCache? series = null)
{
    private readonly EntityRegistry _registry = registry ?? EntityRegistry.Default;
    private readonly SeriesCache _series = series ?? new SeriesCache(store);

    private IEnumerable<StoredObservation> Rows(IReadOnlyList<string> entities, string? measure, string? dataset, string? edition, int year) =>
        _series.Rows(entities, measure, dataset, edition).Where(r => r.Observation.Year == year);

    public IReadOnlyList<string> Members(Group group, int year, Composition composition, int? compositionYear = null) =>
        composition == Composition.Fixed ? group.MembersIn(compositionYear ?? year) : group.MembersIn(year);

    /// <summary>
    /// The sum of a money measure over a group's members in one year, each member converted to <paramref name="target"/>.
    /// Members with no value or no factor are listed in the coverage, never counted as zero.
    /// </summary>
    /// <param name="asPublished">Use the publisher's own values where it publishes the target unit (SIPRI's current US$), converting only the rest.</param>
    public AggregateResult Sum(Group group, int year, string measure, string dataset, string? edition, MoneyUnit target, Scale scale,
        Composition composition = Composition.ByYear, int? compositionYear = null, bool asPublished = false)
    {
        if (target.Basis == MoneyBasis.Lcu)
            throw new ConversionException("a group total needs a common currency: use US$MER, Int$PPP or hybrid");
        var members = Members(group, year, composition, compositionYear);
        var rows = Rows(members, measure, dataset, edition, year)
            .GroupBy(r => r.Observation.EntityId).ToDictionary(g => g.Key, g => g.ToArray());
        converter.Factors.Prefetch(members.ToArray());
        var values = new List<MemberValue>();
        foreach (var id in members)
        {
            var input = !rows.TryGetValue(id, out var candidates) ? null
                : asPublished ? InputSelection.AsPublished(candidates, target) : InputSelection.PreferredMoney(candidates);
            if (input is null) { values.Add(new MemberValue(id, null, null, $"no {measure} in {dataset} for {year}")); continue; }
            try
            {
                var converted = converter.Convert(input, target, scale);
                values.Add(new MemberValue(id, converted.Value.Value, converted, null));
            }
            catch (ConversionException e)
            {
                values.Add(new MemberValue(id, null, null, e.Message));
            }
        }
        var unit = target.ToUnit("USD", scale);
        return new AggregateResult(group.Id, year, measure, dataset, values.Where(v => v.Value is not null).Sum(v => v.Value!.Value), unit, values,
            CoverageOf(values.Select(v => (v.EntityId, v.Value is not null)).ToArray(), year));
    }

    /// <summary>
    /// The GDP-weighted average of a percentage (e.g. share of GDP) over the members that have one, with coverage.
    /// Weights are each member's GDP in current US$ of that year.
    /// </summary>
    public (double? Average, Coverage Coverage, IReadOnlyList<MemberValue> Members) GdpWeightedAverage(Group group, int year, string measure, string dataset, string? edition,
        Composition composition = Composition.ByYear, int? compositionYear = null)
    {
        var members = Members(group, year, composition, compositionYear);
        var rows = Rows(members, measure, dataset, edition, year)
            .Where(r => r.Observation.Unit.Kind == UnitKind.Percent)
            .GroupBy(r => r.Observation.EntityId).ToDictionary(g => g.Key, g => g.First());
        var gdp = GdpUsd(members, year);
        var values = members.Select(id => rows.TryGetValue(id, out var r)
            ? new MemberValue(id, r.Observation.Value, null, null)
            : new MemberValue(id, null, null, $"no {measure} in {dataset} for {year}")).ToArray();
        var weighted = values.Where(v => v.Value is not null && gdp.ContainsKey(v.EntityId)).ToArray();
        double? average = weighted.Length == 0 ? null : weighted.Sum(v => v.Value!.Value * gdp[v.EntityId].Value) / weighted.Sum(v => gdp[v.EntityId].Value);
        return (average, CoverageOf(values.Select(v => (v.EntityId, v.Value is not null && gdp.ContainsKey(v.EntityId))).ToArray(), year), values);
    }

    private Coverage CoverageOf(IReadOnlyList<(string Entity, bool HasValue)> members, int year)
    {
        var missing = members.Where(m => !m.HasValue).Select(m => m.Entity).ToArray();
        var gdp = GdpUsd(members.Select(m => m.Entity).ToArray(), year);
        double? share = null;
        if (gdp.Count == members.Count && gdp.Values.Sum(g => g.Value) > 0)
            share = missing.Sum(m => gdp[m].Value) / gdp.Values.Sum(g => g.Value);
        var sources = gdp.Values.Select(g => g.Source).Distinct().Order(StringComparer.Ordinal);
        return new Coverage(members.Count, members.Count - missing.Length, missing, share, $"GDP in current US$: {string.Join(", ", sources)}");
    }

    /// <summary>Each member's GDP in current US$ (IMF WEO first, World Bank otherwise), in units.</summary>
    public IReadOnlyDictionary<string, (double Value, string Source)> GdpUsd(IReadOnlyList<string> entities, int year)
    {
        var rows = Rows(entities, Measures.Gdp.Id, null, null, year)
            .Where(r => r.Dataset is "weo" or "wdi" && r.Observation.Unit is { Currency: "USD", Conversion: Conversion.MarketRate, PriceBasis.IsConstant: false })
            .OrderBy(r => r.Dataset == "weo" ? 0 : 1).ThenByDescending(r => r.Edition, StringComparer.Ordinal);
        var result = new Dictionary<string, (double, string)>();
        foreach (var r in rows)
            result.TryAdd(r.Observation.EntityId, (r.Observation.Value * Math.Pow(10, (int)r.Observation.Unit.Scale), $"{r.Dataset} {r.Edition}"));
        return result;
    }
}
