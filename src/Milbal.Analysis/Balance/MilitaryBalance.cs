using System.Globalization;
using Milbal.Analysis.Aggregation;
using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Core.Tables;
using Milbal.Data.Store;

namespace Milbal.Analysis.Balance;

/// <summary>A value the comparison needs is not in the store (no data for that entity, year and source).</summary>
public sealed class MissingDataException(string message) : Exception(message);

/// <summary>
/// Different price bases on each side, e.g. the IISS headline (Russia at PPP, Europe at market rates). Only built
/// when a user asks for it by name, never by default.
/// </summary>
public sealed record AsymmetricBases(MoneyBasis A, MoneyBasis B)
{
    /// <summary>Parses "A=ppp,B=mer".</summary>
    public static AsymmetricBases Parse(string text)
    {
        MoneyBasis? a = null, b = null;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length != 2) throw new FormatException($"'{part}' is not SIDE=BASIS; use e.g. A=ppp,B=mer");
            var basis = MilitaryBalance.ParseBasis(kv[1]);
            switch (kv[0].ToUpperInvariant())
            {
                case "A": a = basis; break;
                case "B": b = basis; break;
                default: throw new FormatException($"'{kv[0]}' is not a side; use A and B, e.g. A=ppp,B=mer");
            }
        }
        if (a is null || b is null) throw new FormatException($"'{text}' must give both sides, e.g. A=ppp,B=mer");
        return new AsymmetricBases(a.Value, b.Value);
    }
}

/// <summary>What to compare and how.</summary>
/// <param name="Bases">Price bases, one symmetric row each (default MER, PPP, hybrid).</param>
/// <param name="Source">Dataset of the spending figures for both sides (sipri or nato).</param>
/// <param name="Asymmetric">Adds one explicitly labelled row with a different basis on each side.</param>
/// <param name="ConstantYear">Constant prices of this year (deflated with <paramref name="Deflator"/>); null = current prices of <paramref name="Year"/>.</param>
/// <param name="AsPublished">Use the publisher's own US$ where it publishes the target unit instead of converting its local-currency figure.</param>
public sealed record CompareRequest(
    string SideA,
    string SideB,
    int Year,
    IReadOnlyList<MoneyBasis>? Bases = null,
    string Source = "sipri",
    string? Edition = null,
    AsymmetricBases? Asymmetric = null,
    FactorOptions? Factors = null,
    DeflatorKind Deflator = Converter.DefaultDeflator,
    int? ConstantYear = null,
    bool AsPublished = false)
{
    public static readonly IReadOnlyList<MoneyBasis> DefaultBases = [MoneyBasis.UsdMer, MoneyBasis.IntPpp, MoneyBasis.Hybrid];
}

/// <summary>One side's spending on one basis: a country converted, or a group summed member by member.</summary>
/// <param name="Factors">Every factor used (for a group: every member's).</param>
/// <param name="Coverage">For a group, which members have a value; null for a country.</param>
public sealed record SideValue(Entity Entity, MoneyUnit Target, double Value, Unit Unit, string Dataset, string Edition, string Input,
    IReadOnlyList<Factor> Factors, Coverage? Coverage)
{
    /// <summary>The factors in one line; for a group, counted by factor and source ("ppp_factor: wdi 2026-03-05 ×28").</summary>
    public string FactorsText => Coverage is null
        ? string.Join("; ", Factors)
        : string.Join("; ", Factors.GroupBy(f => (f.Name, f.Source)).OrderBy(g => g.Key.Name, StringComparer.Ordinal).ThenByDescending(g => g.Count())
            .Select(g => $"{g.Key.Name}: {g.Key.Source} ×{g.Count()}"));

    public string CoverageText => Coverage?.ToString() ?? "country";
}

/// <summary>A and B on one basis each; <see cref="IsAsymmetric"/> when the bases differ.</summary>
public sealed record BalanceRow(SideValue A, SideValue B)
{
    public bool IsAsymmetric => A.Target != B.Target;
    public double Ratio => A.Value / B.Value;
    public string Label => IsAsymmetric ? $"ASYMMETRIC: A at {A.Target}, B at {B.Target}" : A.Target.ToString();
}

/// <summary>The result of <see cref="MilitaryBalance.Compare"/>: one row per basis, with the method and caveats stated.</summary>
public sealed record BalanceComparison(CompareRequest Request, Entity A, Entity B, IReadOnlyList<BalanceRow> Rows, IReadOnlyList<string> Notes, IReadOnlyList<string> Sources)
{
    public BalanceRow? Row(MoneyBasis basis) => Rows.FirstOrDefault(r => !r.IsAsymmetric && r.A.Target.Basis == basis);

    public ResultTable ToResultTable()
    {
        var columns = new ResultColumn[]
        {
            new("comparison"), new("a"), new("value_a", IsNumeric: true), new("unit_a", InConsole: false), new("b"), new("value_b", IsNumeric: true),
            new("unit_b", InConsole: false), new("unit"), new("ratio_a_b", IsNumeric: true), new("coverage_a"), new("coverage_b"),
            new("source"), new("input_a", InConsole: false), new("input_b", InConsole: false), new("factors_a"), new("factors_b"),
        };
        var rows = Rows.Select(r => new object?[]
        {
            r.Label, r.A.Entity.Id, r.A.Value, r.A.Unit.ToString(), r.B.Entity.Id, r.B.Value, r.B.Unit.ToString(),
            r.IsAsymmetric ? $"A: {r.A.Unit}; B: {r.B.Unit}" : r.A.Unit.ToString(), r.Ratio, r.A.CoverageText, r.B.CoverageText,
            r.A.Dataset == r.B.Dataset && r.A.Edition == r.B.Edition ? $"{r.A.Dataset} {r.A.Edition}" : $"A: {r.A.Dataset} {r.A.Edition}; B: {r.B.Dataset} {r.B.Edition}",
            r.A.Input, r.B.Input, r.A.FactorsText, r.B.FactorsText,
        }).ToArray();
        var year = Request.Year.ToString(CultureInfo.InvariantCulture);
        return new ResultTable($"Military balance {A.Name} vs {B.Name}, {year}", columns, rows, Sources, Notes);
    }
}

/// <summary>
/// Compares two sides' military expenditure on the same price basis: US$ at market rates, international $ at GDP
/// PPP and the hybrid basis. A side is a country (its own figure converted) or a group (members summed, with coverage).
/// </summary>
public static class MilitaryBalance
{
    public const string AsymmetryWarning =
        "ASYMMETRIC comparison: the two sides are valued at different price bases, so the ratio mixes a difference in " +
        "spending with a difference in conversion; a PPP dollar buys what a dollar buys in the US, a market-rate dollar " +
        "does not, and the same side at PPP and at market rates can differ by a factor of three. It is shown only because it was asked for; compare rows on one basis.";

    public static MoneyBasis ParseBasis(string text) => text.Trim().ToLowerInvariant() switch
    {
        "mer" or "usd" or "us$" or "us$mer" or "market" => MoneyBasis.UsdMer,
        "ppp" or "int$" or "int$ppp" => MoneyBasis.IntPpp,
        "hybrid" => MoneyBasis.Hybrid,
        _ => throw new FormatException($"unknown basis '{text}'; use mer, ppp or hybrid"),
    };

    public static string BasisName(MoneyBasis basis) => basis switch
    {
        MoneyBasis.UsdMer => "mer",
        MoneyBasis.IntPpp => "ppp",
        MoneyBasis.Hybrid => "hybrid",
        _ => "lcu",
    };

    public static BalanceComparison Compare(MilbalStore store, CompareRequest request, EntityRegistry? registry = null) =>
        new YearByYear(store, request, registry).Compare(request.Year);

    /// <summary>
    /// The same comparison for year after year on one converter and aggregator: factor and expenditure series are
    /// read once for the whole range instead of once per year (a 25-year group comparison otherwise re-reads them 25 times).
    /// </summary>
    public sealed class YearByYear
    {
        private readonly MilbalStore _store;
        private readonly CompareRequest _request;
        private readonly EntityRegistry _registry;
        private readonly FactorOptions _options;
        private readonly Converter _converter;
        private readonly Aggregator _aggregator;

        public YearByYear(MilbalStore store, CompareRequest request, EntityRegistry? registry = null)
        {
            (_store, _request, _registry) = (store, request, registry ?? EntityRegistry.Default);
            _options = request.Factors ?? FactorOptions.Default;
            var factors = new StoreFactorProvider(store, _options, _registry);
            _converter = new Converter(factors, request.Deflator);
            _aggregator = new Aggregator(store, _converter, _registry);
            var sides = new[] { request.SideA, request.SideB }.Select(_registry.Resolve);
            factors.Prefetch(sides.SelectMany(side => _registry.TryGetGroup(side.Id, out var group) ? group.EverMembers : (IReadOnlyList<string>)[side.Id]).ToArray());
        }

        public BalanceComparison Compare(int year) =>
            MilitaryBalance.Compare(_store, _request with { Year = year }, _registry, _converter, _aggregator, _options);
    }

    private static BalanceComparison Compare(MilbalStore store, CompareRequest request, EntityRegistry registry, Converter converter, Aggregator aggregator, FactorOptions options)
    {
        if (!Observation.IsPlausibleYear(request.Year)) throw new ArgumentException($"year {request.Year} is outside {Observation.MinYear}–{Observation.MaxYear}");
        var bases = (request.Bases is { Count: > 0 } b ? b : CompareRequest.DefaultBases).Distinct().ToArray();
        if (bases.Contains(MoneyBasis.Lcu)) throw new ArgumentException("a comparison needs a common currency: mer, ppp or hybrid");
        var a = registry.Resolve(request.SideA);
        var bEntity = registry.Resolve(request.SideB);

        SideValue Side(Entity entity, MoneyBasis basis) => Value(store, registry, converter, aggregator, entity, new MoneyUnit(basis, request.ConstantYear), request);

        var rows = new List<BalanceRow>();
        if (request.Asymmetric is { } asym)
            rows.Add(new BalanceRow(Side(a, asym.A), Side(bEntity, asym.B)));
        var symmetric = request.Asymmetric is { } x ? bases.Union([x.A, x.B]).ToArray() : bases;
        rows.AddRange(symmetric.Select(basis => new BalanceRow(Side(a, basis), Side(bEntity, basis))));

        var notes = new List<string>();
        if (rows.Any(r => r.IsAsymmetric)) notes.Add(AsymmetryWarning);
        notes.Add("Symmetric rows value both sides on the same basis; ratio = A ÷ B.");
        notes.Add(request.AsPublished
            ? $"Inputs: the publisher's own values where it publishes the target unit, else its local-currency figure converted ({request.Source})."
            : $"Inputs: each country's {request.Source} figure in its own currency (calendar year), converted with one set of factors, so the bases differ only by the factor used.");
        notes.Add($"Factors: {(options.Publisher == FactorPublisher.Wdi ? "World Bank WDI first, IMF WEO where WDI has none" : "IMF WEO first, World Bank WDI where WEO has none")}; "
                  + "exchange rates are annual averages, PPP factors are GDP PPPs (local currency per international $).");
        notes.Add(request.ConstantYear is { } cy
            ? $"Prices: constant {cy}, deflated with each country's {DeflatorName(request.Deflator)} before conversion at {cy} rates."
            : $"Prices: current {request.Year}; deflator {DeflatorName(request.Deflator)} (not applied: no change of price year).");
        if (bases.Contains(MoneyBasis.Hybrid) || request.Asymmetric is { A: MoneyBasis.Hybrid } or { B: MoneyBasis.Hybrid })
            notes.Add($"Hybrid: the equipment share at market rates, the rest at GDP PPP; equipment share from NATO where published, else the stated {(options.DefaultEquipmentShare * 100).ToString("0.#", CultureInfo.InvariantCulture)}% (--equipment-share).");
        foreach (var side in rows.SelectMany(r => new[] { r.A, r.B }).Where(s => s.Coverage is { IsComplete: false }).DistinctBy(s => (s.Entity.Id, s.Target)))
            notes.Add($"{side.Entity.Id} at {side.Target}: {side.Coverage} — the total leaves them out (never counted as zero).");
        if (a.Id == bEntity.Id) notes.Add("A and B are the same entity.");

        var used = rows.SelectMany(r => new[] { r.A, r.B }).SelectMany(s => s.Factors.Select(f => (f.Dataset, f.Edition)).Append((s.Dataset, s.Edition)))
            .Where(d => d.Dataset.Length > 0).ToHashSet();
        var sources = store.Catalogue().Where(c => used.Contains((c.Dataset.Id, c.Dataset.Edition)))
            .Select(c => $"{c.Dataset.Id} {c.Dataset.Edition}: {c.Dataset.Publisher}, {c.Dataset.Title}; licence: {c.Dataset.Licence}").ToArray();
        return new BalanceComparison(request with { Bases = bases }, a, bEntity, rows, notes, sources);
    }

    private static string DeflatorName(DeflatorKind kind) => kind == DeflatorKind.Cpi ? "consumer price index" : "GDP deflator";

    private static SideValue Value(MilbalStore store, EntityRegistry registry, Converter converter, Aggregator aggregator, Entity entity, MoneyUnit target, CompareRequest request)
    {
        if (registry.TryGetGroup(entity.Id, out var group))
        {
            var sum = aggregator.Sum(group, request.Year, Measures.Milex.Id, request.Source, request.Edition, target, Scale.Billions, asPublished: request.AsPublished);
            if (sum.Coverage.WithValue == 0)
                throw new MissingDataException($"no member of {group.Id} has military expenditure in {request.Source} for {request.Year} convertible to {target}: "
                                               + string.Join("; ", sum.Members.Select(m => m.MissingReason).Distinct().Take(3)));
            var editions = sum.Members.Where(m => m.Detail is not null).Select(m => m.Detail!.Edition).Distinct().Order(StringComparer.Ordinal);
            return new SideValue(entity, target, sum.Total, sum.Unit, request.Source, string.Join("+", editions),
                $"sum over {sum.Coverage.WithValue} members", sum.Factors.ToArray(), sum.Coverage);
        }
        var rows = store.Series(new SeriesQuery([entity.Id], [Measures.Milex.Id], request.Source, request.Edition, request.Year, request.Year));
        var input = request.AsPublished ? InputSelection.AsPublished(rows, target) : InputSelection.PreferredMoney(rows);
        if (input is null)
        {
            var years = store.Series(new SeriesQuery([entity.Id], [Measures.Milex.Id], request.Source, request.Edition)).Select(r => r.Observation.Year).ToArray();
            throw new MissingDataException($"no military expenditure for {entity.Name} ({entity.Id}) in {request.Source} for {request.Year}"
                                           + (years.Length > 0 ? $"; it has {years.Min()}–{years.Max()}" : $"; {request.Source} has no {entity.Id}"));
        }
        var converted = converter.Convert(input, target, Scale.Billions);
        return new SideValue(entity, target, converted.Value.Value, converted.Value.Unit, converted.Dataset, converted.Edition,
            $"{input.Observation.Value.ToString("G6", CultureInfo.InvariantCulture)} {input.Observation.Unit}", converted.Factors.ToArray(), null);
    }
}
