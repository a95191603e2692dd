using System.Globalization;
using Milbal.Analysis.Aggregation;
using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Core.Tables;
using Milbal.Data.Store;

namespace Milbal.Analysis.Balance;

/// <summary>How a growth rate is measured.</summary>
public enum GrowthBasis
{
    /// <summary>Current prices: a country's own currency, a group's current US$ (so exchange-rate moves are in it).</summary>
    Nominal,
    /// <summary>Constant prices: each country's own currency deflated with its GDP deflator or CPI (groups then at the later year's exchange rates).</summary>
    Real,
    /// <summary>SIPRI's own constant 2023 US$ series (SIPRI deflates with each country's CPI and converts at 2023 exchange rates).</summary>
    SipriConstant,
}

/// <summary>Growth of military expenditure between two years, with both values, their unit, sources and factors.</summary>
/// <param name="Coverage">For a group: members counted in both years (a member missing in either year is left out of both).</param>
public sealed record GrowthResult(string EntityId, int FromYear, int ToYear, GrowthBasis Basis, string Method, double FromValue, double ToValue, Unit Unit,
    string Source, IReadOnlyList<Factor> Factors, string? Coverage)
{
    /// <summary>Growth in percent: (to ÷ from − 1) × 100.</summary>
    public double Percent => (ToValue / FromValue - 1) * 100;
}

/// <summary>Nominal and real growth of military expenditure for a country or a group.</summary>
/// <remarks>
/// Keeps the factors and series it reads, so one instance answering many growth questions reads each country once; like
/// the factor provider it reads through, an instance is for one thread.
/// </remarks>
public sealed class MilexGrowth
{
    public const string SipriConstantLabel = "SIPRI constant 2023 US$ (CPI-deflated)";

    private readonly MilbalStore _store;
    private readonly IFactorProvider _factors;
    private readonly EntityRegistry _registry;
    // The series a group sum reads do not depend on the deflator, but an aggregator converts with one: one per deflator.
    private readonly Dictionary<DeflatorKind, Aggregator> _aggregators = [];
    private readonly SeriesCache _series;

    public MilexGrowth(MilbalStore store, FactorOptions? factors = null, EntityRegistry? registry = null)
        : this(store, new StoreFactorProvider(store, factors ?? FactorOptions.Default, registry ?? EntityRegistry.Default), registry) { }

    /// <summary>Growth through the factors and series a caller already holds, so what is read for one answer serves its other conversions too.</summary>
    public MilexGrowth(MilbalStore store, IFactorProvider factors, EntityRegistry? registry = null, SeriesCache? series = null)
    {
        _series = series ?? new SeriesCache(store);
        _store = store;
        _factors = factors;
        _registry = registry ?? EntityRegistry.Default;
    }

    /// <summary>Current prices: a country's local currency, a group's current US$ (the publisher's own where published).</summary>
    public GrowthResult Nominal(string entity, int fromYear, int toYear, string source = "sipri", string? edition = null)
    {
        var e = _registry.Resolve(entity);
        if (_registry.TryGetGroup(e.Id, out var group))
            return GroupGrowth(group, fromYear, toYear, GrowthBasis.Nominal, "current US$ at market rates (sum of members)", MoneyUnit.Parse("current US$MER"), source, edition, true, Converter.DefaultDeflator);
        var (from, to) = (Input(e, fromYear, source, edition), Input(e, toYear, source, edition));
        var converter = new Converter(_factors);
        var lcu = MoneyUnit.Parse("current LCU");
        var a = converter.Convert(from, lcu, from.Observation.Unit.Scale);
        var b = converter.Convert(to, lcu, from.Observation.Unit.Scale);
        return new GrowthResult(e.Id, fromYear, toYear, GrowthBasis.Nominal, $"current {b.Value.Unit.Currency} (local currency)", a.Value.Value, b.Value.Value, b.Value.Unit,
            Sources(a, b), [.. a.Factors, .. b.Factors], null);
    }

    /// <summary>Constant prices of <paramref name="toYear"/>, deflated with the named index of each country.</summary>
    public GrowthResult Real(string entity, int fromYear, int toYear, DeflatorKind deflator = Converter.DefaultDeflator, string source = "sipri", string? edition = null)
    {
        var e = _registry.Resolve(entity);
        var deflatorName = deflator == DeflatorKind.Cpi ? "CPI" : "GDP deflator";
        if (_registry.TryGetGroup(e.Id, out var group))
            return GroupGrowth(group, fromYear, toYear, GrowthBasis.Real, $"constant {toYear} US$ at {toYear} market rates, each member's local currency deflated with its {deflatorName}",
                new MoneyUnit(MoneyBasis.UsdMer, toYear), source, edition, false, deflator);
        var converter = new Converter(_factors, deflator);
        var target = new MoneyUnit(MoneyBasis.Lcu, toYear);
        var fromInput = Input(e, fromYear, source, edition);
        var a = converter.Convert(fromInput, target, fromInput.Observation.Unit.Scale);
        var b = converter.Convert(Input(e, toYear, source, edition), target, fromInput.Observation.Unit.Scale);
        return new GrowthResult(e.Id, fromYear, toYear, GrowthBasis.Real, $"constant {toYear} {b.Value.Unit.Currency}, deflated with the {deflatorName}", a.Value.Value, b.Value.Value, b.Value.Unit,
            Sources(a, b), [.. a.Factors, .. b.Factors], null);
    }

    /// <summary>SIPRI's own constant 2023 US$ values, as published (no factor of Milbal's).</summary>
    public GrowthResult SipriConstant(string entity, int fromYear, int toYear, string? edition = null)
    {
        var e = _registry.Resolve(entity);
        var target = MoneyUnit.Parse("constant 2023 US$MER");
        if (_registry.TryGetGroup(e.Id, out var group))
            return GroupGrowth(group, fromYear, toYear, GrowthBasis.SipriConstant, SipriConstantLabel + ", sum of members", target, "sipri", edition, true, DeflatorKind.Cpi);
        StoredObservation Published(int year) =>
            _store.Series(new SeriesQuery([e.Id], [Measures.Milex.Id], "sipri", edition, year, year))
                .FirstOrDefault(r => r.Observation.Period == PeriodBasis.CalendarYear && Converter.IsAlreadyIn(r.Observation.Unit, target))
            ?? throw new MissingDataException($"no SIPRI constant 2023 US$ value for {e.Name} ({e.Id}) in {year}");
        var (a, b) = (Published(fromYear), Published(toYear));
        var scale = a.Observation.Unit.Scale;
        return new GrowthResult(e.Id, fromYear, toYear, GrowthBasis.SipriConstant, SipriConstantLabel, a.Observation.Value, b.Observation.Value * Math.Pow(10, (int)b.Observation.Unit.Scale - (int)scale),
            a.Observation.Unit, $"sipri {b.Edition}", [], null);
    }

    private StoredObservation Input(Entity e, int year, string source, string? edition) =>
        InputSelection.PreferredMoney(_store.Series(new SeriesQuery([e.Id], [Measures.Milex.Id], source, edition, year, year)))
        ?? throw new MissingDataException($"no military expenditure for {e.Name} ({e.Id}) in {source} for {year}");

    private static string Sources(Converted a, Converted b) =>
        string.Join(", ", new[] { $"{a.Dataset} {a.Edition}", $"{b.Dataset} {b.Edition}" }.Distinct());

    /// <summary>
    /// A group's growth over the members it has in the later year (fixed composition, so an accession is not growth),
    /// counting only members with a value in both years (a matched sample, so a gap is not growth either).
    /// </summary>
    private GrowthResult GroupGrowth(Group group, int fromYear, int toYear, GrowthBasis basis, string method, MoneyUnit target, string source, string? edition, bool asPublished, DeflatorKind deflator)
    {
        if (!_aggregators.TryGetValue(deflator, out var aggregator))
            _aggregators[deflator] = aggregator = new Aggregator(_store, new Converter(_factors, deflator), _registry, _series);
        var from = aggregator.Sum(group, fromYear, Measures.Milex.Id, source, edition, target, Scale.Millions, Composition.Fixed, toYear, asPublished);
        var to = aggregator.Sum(group, toYear, Measures.Milex.Id, source, edition, target, Scale.Millions, Composition.Fixed, toYear, asPublished);
        var both = from.Members.Where(m => m.Value is not null).Select(m => m.EntityId)
            .Intersect(to.Members.Where(m => m.Value is not null).Select(m => m.EntityId)).ToHashSet();
        if (both.Count == 0) throw new MissingDataException($"no member of {group.Id} has military expenditure in {source} for both {fromYear} and {toYear}");
        double Total(AggregateResult r) => r.Members.Where(m => both.Contains(m.EntityId)).Sum(m => m.Value!.Value);
        var left = to.Members.Select(m => m.EntityId).Where(id => !both.Contains(id)).ToArray();
        var coverage = left.Length == 0
            ? $"all {to.Members.Count} members of {toYear} in both years"
            : $"{both.Count} of {to.Members.Count} members of {toYear}; left out (no value in one of the years): {string.Join(", ", left)}";
        var factors = from.Members.Concat(to.Members).Where(m => both.Contains(m.EntityId) && m.Detail is not null).SelectMany(m => m.Detail!.Factors).ToArray();
        var editions = from.Members.Concat(to.Members).Where(m => m.Detail is not null).Select(m => m.Detail!.Edition).Distinct().Order(StringComparer.Ordinal);
        return new GrowthResult(group.Id, fromYear, toYear, basis, method, Total(from), Total(to), to.Unit, $"{source} {string.Join("+", editions)}", factors, coverage);
    }

    public static ResultTable ToResultTable(IEnumerable<GrowthResult> results)
    {
        var columns = new ResultColumn[]
        {
            new("entity"), new("from", IsNumeric: true), new("to", IsNumeric: true), new("basis"), new("value_from", IsNumeric: true), new("value_to", IsNumeric: true),
            new("unit"), new("growth_pct", "%", IsNumeric: true), new("method"), new("source"), new("coverage"), new("factors", InConsole: false),
        };
        var list = results.ToArray();
        var rows = list.Select(r => new object?[]
        {
            r.EntityId, r.FromYear, r.ToYear, r.Basis.ToString(), r.FromValue, r.ToValue, r.Unit.ToString(), r.Percent, r.Method, r.Source, r.Coverage ?? "country",
            string.Join("; ", r.Factors.DistinctBy(f => f.ToString())),
        }).ToArray();
        var notes = new List<string> { "growth_pct = (value_to ÷ value_from − 1) × 100." };
        if (list.Any(r => r.Basis == GrowthBasis.SipriConstant))
            notes.Add(SipriConstantLabel + ": SIPRI deflates each country's local currency with its CPI and converts at 2023 market rates.");
        return new ResultTable("Growth of military expenditure", columns, rows, list.Select(r => r.Source).Distinct().ToArray(), notes);
    }
}
