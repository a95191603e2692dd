using System.Globalization;
using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Milbal.Scenarios;

/// <summary>
/// Reads and validates a scenario file. Every error names the file, the field (as a path such as
/// rules[2].ramp.to_share) and the line, because a scenario is written by hand.
/// </summary>
public static class ScenarioReader
{
    /// <summary>The largest share of GDP a rule may ask for: beyond it a typo is far likelier than a plan.</summary>
    public const double MaxShare = 50;

    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public static ScenarioFile ReadFile(string path, EntityRegistry? registry = null)
    {
        if (!File.Exists(path)) throw new ScenarioException($"scenario file {path} does not exist");
        return Read(File.ReadAllText(path), path, registry);
    }

    public static ScenarioFile Read(string yaml, string sourceName, EntityRegistry? registry = null)
    {
        var r = new Reader(sourceName, registry ?? EntityRegistry.Default);
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode m)
                throw new ScenarioException($"{sourceName}: a scenario file is a YAML mapping (name:, horizon:, rules: …)");
            root = m;
        }
        catch (YamlException e)
        {
            throw new ScenarioException($"{sourceName}, line {e.Start.Line}: not valid YAML: {e.Message}");
        }
        return r.Scenario(root);
    }

    private sealed class Reader(string source, EntityRegistry registry)
    {
        private ScenarioException Error(YamlNode node, string field, string message) =>
            new($"{source}, line {node.Start.Line}, field '{field}': {message}");

        private Dictionary<string, (YamlNode Key, YamlNode Value)> Fields(YamlNode node, string field, params string[] allowed)
        {
            if (node is not YamlMappingNode map) throw Error(node, field, "expected a mapping (key: value lines)");
            var result = new Dictionary<string, (YamlNode, YamlNode)>(StringComparer.Ordinal);
            foreach (var (key, value) in map.Children)
            {
                var name = ((key as YamlScalarNode)?.Value ?? "").Trim();
                var path = field.Length == 0 ? name : $"{field}.{name}";
                if (allowed.Length > 0 && !allowed.Contains(name))
                    throw Error(key, path, $"unknown key '{name}'; expected one of: {string.Join(", ", allowed)}");
                if (!result.TryAdd(name, (key, value))) throw Error(key, path, "appears twice");
            }
            return result;
        }

        private string Text(YamlNode node, string field)
        {
            if (node is not YamlScalarNode { Value: { } v }) throw Error(node, field, "expected a single value, not a list or mapping");
            return v;
        }

        private double Number(YamlNode node, string field)
        {
            var text = Text(node, field);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                throw Error(node, field, $"'{text}' is not a number");
            return value;
        }

        private int Year(YamlNode node, string field)
        {
            var text = Text(node, field);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                throw Error(node, field, $"'{text}' is not a year");
            if (year is < MinYear or > MaxYear) throw Error(node, field, $"year {year} is outside {MinYear}–{MaxYear}");
            return year;
        }

        private double Share(YamlNode node, string field)
        {
            var share = Number(node, field);
            if (share is < 0 or > MaxShare) throw Error(node, field, $"share {share.ToString(CultureInfo.InvariantCulture)}% of GDP is outside 0–{MaxShare:0}%");
            return share;
        }

        private IReadOnlyList<YamlNode> List(YamlNode node, string field) =>
            node switch
            {
                YamlSequenceNode seq => seq.Children.ToArray(),
                YamlScalarNode => [node],
                _ => throw Error(node, field, "expected a list"),
            };

        /// <summary>A country (ISO3 or name) or group id; unknown names get the registry's suggestions.</summary>
        private string Entity(YamlNode node, string field, bool allowGroup = true)
        {
            var text = Text(node, field).Trim();
            if (allowGroup && registry.TryGetGroup(text, out var group)) return group.Id;
            if (registry.TryResolve(text, out var entity) && entity.Kind is EntityKind.Country or EntityKind.HistoricalCountry) return entity.Id;
            var suggestions = registry.Suggest(text);
            throw Error(node, field, $"unknown {(allowGroup ? "country or group" : "country")} '{text}'"
                + (suggestions.Count > 0 ? $"; did you mean {string.Join(", ", suggestions)}?" : ""));
        }

        public ScenarioFile Scenario(YamlMappingNode root)
        {
            var f = Fields(root, "", "name", "description", "base_year", "horizon", "basis", "countries", "groups", "gdp", "rules", "target",
                "baseline", "compare", "uncertainty");
            if (!f.TryGetValue("name", out var nameNode)) throw Error(root, "name", "missing: every scenario has a name");
            if (!f.TryGetValue("horizon", out var horizonNode)) throw Error(root, "horizon", "missing: the last year to project (e.g. 2035)");
            var baseYear = f.TryGetValue("base_year", out var b) ? Year(b.Value, "base_year") : (int?)null;
            var horizon = Year(horizonNode.Value, "horizon");
            if (baseYear is { } by && horizon <= by) throw Error(horizonNode.Value, "horizon", $"horizon {horizon} is not after base_year {by}");
            var basis = f.TryGetValue("basis", out var basisNode) ? Basis(basisNode.Value) : MoneyBasis.UsdMer;
            var countries = f.TryGetValue("countries", out var c) ? List(c.Value, "countries").Select((n, i) => Entity(n, $"countries[{i}]", allowGroup: false)).ToArray() : [];
            var groups = f.TryGetValue("groups", out var g) ? List(g.Value, "groups").Select((n, i) => GroupId(n, $"groups[{i}]")).ToArray() : [];
            var rules = f.TryGetValue("rules", out var rulesNode) ? List(rulesNode.Value, "rules").Select((n, i) => Rule(n, $"rules[{i}]", baseYear, horizon)).ToArray() : [];
            var comparisons = f.TryGetValue("compare", out var cmp) ? List(cmp.Value, "compare").Select((n, i) => Compare(n, $"compare[{i}]", horizon)).ToArray() : [];
            return new ScenarioFile(
                Text(nameNode.Value, "name").Trim(),
                f.TryGetValue("description", out var d) ? Text(d.Value, "description").Trim() : "",
                baseYear, horizon, basis, countries, groups,
                f.TryGetValue("gdp", out var gdp) ? Gdp(gdp.Value, horizon) : GdpPath.Default,
                rules,
                f.TryGetValue("target", out var t) ? Share(t.Value, "target") : null,
                f.TryGetValue("baseline", out var bl) ? Text(bl.Value, "baseline").Trim() : null,
                comparisons,
                f.TryGetValue("uncertainty", out var u) ? Uncertainty(u.Value) : UncertaintySettings.Default,
                source);
        }

        private MoneyBasis Basis(YamlNode node)
        {
            var text = Text(node, "basis").Trim();
            // "constant US$MER" and the bare basis word both mean constant prices of the base year.
            var word = text.StartsWith("constant ", StringComparison.OrdinalIgnoreCase) ? text[9..].Trim() : text;
            return word.ToUpperInvariant() switch
            {
                "US$MER" or "MER" or "USD" or "US$" => MoneyBasis.UsdMer,
                "INT$PPP" or "PPP" => MoneyBasis.IntPpp,
                "HYBRID" => MoneyBasis.Hybrid,
                _ => throw Error(node, "basis", $"'{text}' is not a basis; use constant US$MER, constant Int$PPP or constant hybrid (prices of base_year)"),
            };
        }

        private string GroupId(YamlNode node, string field)
        {
            var id = Entity(node, field);
            if (!registry.TryGetGroup(id, out _)) throw Error(node, field, $"'{id}' is a country; list countries under 'countries'");
            return id;
        }

        private GdpPath Gdp(YamlNode node, int horizon)
        {
            var f = Fields(node, "gdp", "long_run_growth", "overrides");
            double? fallback = null;
            var perCountry = new Dictionary<string, double>(StringComparer.Ordinal);
            if (f.TryGetValue("long_run_growth", out var lr))
            {
                if (lr.Value is YamlScalarNode) fallback = Growth(lr.Value, "gdp.long_run_growth");
                else
                    foreach (var (key, (k, v)) in Fields(lr.Value, "gdp.long_run_growth"))
                    {
                        if (key == "default") fallback = Growth(v, "gdp.long_run_growth.default");
                        else perCountry[Entity(k, $"gdp.long_run_growth.{key}", allowGroup: false)] = Growth(v, $"gdp.long_run_growth.{key}");
                    }
            }
            var overrides = new Dictionary<string, IReadOnlyDictionary<int, double>>(StringComparer.Ordinal);
            if (f.TryGetValue("overrides", out var ov))
                foreach (var (key, (k, v)) in Fields(ov.Value, "gdp.overrides"))
                {
                    var country = Entity(k, $"gdp.overrides.{key}", allowGroup: false);
                    overrides[country] = Fields(v, $"gdp.overrides.{key}").ToDictionary(
                        e => Year(e.Value.Key, $"gdp.overrides.{key}.{e.Key}"), e => Growth(e.Value.Value, $"gdp.overrides.{key}.{e.Key}"));
                }
            return new GdpPath(fallback, perCountry, overrides);
        }

        private double Growth(YamlNode node, string field)
        {
            var g = Number(node, field);
            if (g is < -30 or > 30) throw Error(node, field, $"real growth {g.ToString(CultureInfo.InvariantCulture)}% a year is outside −30…30%");
            return g;
        }

        private UncertaintySettings Uncertainty(YamlNode node)
        {
            var f = Fields(node, "uncertainty", "gdp_growth_sd_scale", "conversion_drift_sd_scale");
            double Scale(string key)
            {
                if (!f.TryGetValue(key, out var e)) return 1;
                var v = Number(e.Value, $"uncertainty.{key}");
                if (v is < 0 or > 10) throw Error(e.Value, $"uncertainty.{key}", "a scale of the historical sd between 0 and 10");
                return v;
            }
            return new UncertaintySettings(Scale("gdp_growth_sd_scale"), Scale("conversion_drift_sd_scale"));
        }

        private Comparison Compare(YamlNode node, string field, int horizon)
        {
            var f = Fields(node, field, "a", "b", "probability_years");
            if (!f.TryGetValue("a", out var a) || !f.TryGetValue("b", out var b)) throw Error(node, field, "needs both a: and b: (e.g. a: EU_UK, b: RUS)");
            var years = f.TryGetValue("probability_years", out var y)
                ? List(y.Value, $"{field}.probability_years").Select((n, i) => Year(n, $"{field}.probability_years[{i}]")).ToArray()
                : [horizon];
            foreach (var (yr, i) in years.Select((v, i) => (v, i)))
                if (yr > horizon) throw Error(y.Value, $"{field}.probability_years[{i}]", $"year {yr} is after the horizon {horizon}");
            return new Comparison(Entity(a.Value, $"{field}.a"), Entity(b.Value, $"{field}.b"), years);
        }

        private SpendingRule Rule(YamlNode node, string field, int? baseYear, int horizon)
        {
            var f = Fields(node, field, "apply_to", "hold_share", "ramp", "real_growth", "plan_lcu", "plan_share", "add_amount");
            if (!f.TryGetValue("apply_to", out var to)) throw Error(node, $"{field}.apply_to", "missing: the countries or groups the rule applies to");
            var targets = List(to.Value, $"{field}.apply_to").Select((n, i) => Entity(n, $"{field}.apply_to[{i}]")).ToArray();
            var kinds = f.Keys.Where(k => k != "apply_to").ToArray();
            if (kinds.Length != 1)
                throw Error(node, field, kinds.Length == 0
                    ? "no rule: give one of hold_share, ramp, real_growth, plan_lcu, plan_share, add_amount"
                    : $"one rule per entry, found {string.Join(" and ", kinds)}");
            var kind = kinds[0];
            var (_, body) = f[kind];
            var path = $"{field}.{kind}";
            var line = (int)node.Start.Line;
            void CheckYear(YamlNode n, string p, int year)
            {
                if (year > horizon) throw Error(n, p, $"year {year} is after the horizon {horizon}");
                if (baseYear is { } b && year <= b && kind != "hold_share") throw Error(n, p, $"year {year} is not after base_year {b}");
            }
            switch (kind)
            {
                case "hold_share":
                {
                    int? year = null;
                    if (body is YamlScalarNode { Value: { Length: > 0 } }) year = Year(body, path);
                    else if (body is YamlMappingNode)
                    {
                        var h = Fields(body, path, "year");
                        if (h.TryGetValue("year", out var yn)) year = Year(yn.Value, $"{path}.year");
                    }
                    if (year is { } y && baseYear is { } b2 && y > b2) throw Error(body, path, $"year {y} is after base_year {b2}: only a year with data can be held");
                    return new HoldShareRule(targets, line, year);
                }
                case "ramp":
                {
                    var r = Fields(body, path, "to_share", "by_year", "shape", "target_sd");
                    if (!r.TryGetValue("to_share", out var s) || !r.TryGetValue("by_year", out var byNode))
                        throw Error(body, path, "needs to_share (% of GDP) and by_year");
                    var by = Year(byNode.Value, $"{path}.by_year");
                    CheckYear(byNode.Value, $"{path}.by_year", by);
                    var shape = RampShape.Linear;
                    if (r.TryGetValue("shape", out var sh))
                        shape = Text(sh.Value, $"{path}.shape").Trim() switch
                        {
                            "linear" => RampShape.Linear,
                            "front_loaded" => RampShape.FrontLoaded,
                            var other => throw Error(sh.Value, $"{path}.shape", $"'{other}' is not a shape; use linear or front_loaded"),
                        };
                    var sd = r.TryGetValue("target_sd", out var sdn) ? Number(sdn.Value, $"{path}.target_sd") : 0;
                    if (sd is < 0 or > 5) throw Error(sdn.Value, $"{path}.target_sd", "an sd in percentage points of GDP between 0 and 5");
                    return new RampRule(targets, line, Share(s.Value, $"{path}.to_share"), by, shape, sd);
                }
                case "real_growth":
                {
                    var rate = body is YamlMappingNode
                        ? Fields(body, path, "rate") is var g && g.TryGetValue("rate", out var rn) ? Growth(rn.Value, $"{path}.rate") : throw Error(body, path, "needs rate (% a year)")
                        : Growth(body, path);
                    return new RealGrowthRule(targets, line, rate);
                }
                case "plan_lcu":
                {
                    var amounts = new SortedDictionary<int, double>();
                    var then = new PlanContinuation(true, 0);
                    double? baseAmount = null;
                    foreach (var (key, (k, v)) in Fields(body, path))
                    {
                        if (key == "then")
                        {
                            then = Then(v, $"{path}.then");
                            continue;
                        }
                        if (key == "base_amount")
                        {
                            baseAmount = Number(v, $"{path}.base_amount");
                            if (baseAmount <= 0) throw Error(v, $"{path}.base_amount", "the plan's base-year figure is positive");
                            continue;
                        }
                        var year = Year(k, $"{path}.{key}");
                        CheckYear(k, $"{path}.{key}", year);
                        var amount = Number(v, $"{path}.{key}");
                        if (amount <= 0) throw Error(v, $"{path}.{key}", "a planned amount is positive (local currency units, current prices)");
                        amounts[year] = amount;
                    }
                    if (amounts.Count == 0) throw Error(body, path, "no years: give year: amount lines (local currency units, current prices)");
                    return new PlanLcuRule(targets, line, amounts, then, baseAmount);
                }
                case "plan_share":
                {
                    var shares = new SortedDictionary<int, double>();
                    foreach (var (key, (k, v)) in Fields(body, path))
                    {
                        var year = Year(k, $"{path}.{key}");
                        CheckYear(k, $"{path}.{key}", year);
                        shares[year] = Share(v, $"{path}.{key}");
                    }
                    if (shares.Count == 0) throw Error(body, path, "no years: give year: share lines");
                    return new PlanShareRule(targets, line, shares);
                }
                default:
                {
                    var a = Fields(body, path, "amount", "currency", "from_year");
                    if (!a.TryGetValue("amount", out var am) || !a.TryGetValue("currency", out var cur)) throw Error(body, path, "needs amount (units, e.g. 250e9) and currency (e.g. EUR)");
                    var amount = Number(am.Value, $"{path}.amount");
                    if (amount <= 0) throw Error(am.Value, $"{path}.amount", "an added amount is positive");
                    var currency = Text(cur.Value, $"{path}.currency").Trim().ToUpperInvariant();
                    if (currency is not ("EUR" or "USD")) throw Error(cur.Value, $"{path}.currency", $"'{currency}': amounts are in EUR or USD");
                    var from = a.TryGetValue("from_year", out var fy) ? Year(fy.Value, $"{path}.from_year") : (baseYear ?? 0) + 1;
                    return new AddAmountRule(targets, line, amount, currency, from);
                }
            }
        }

        private PlanContinuation Then(YamlNode node, string field)
        {
            if (node is YamlScalarNode)
            {
                var text = Text(node, field).Trim();
                return text == "hold_share" ? new PlanContinuation(true, 0) : throw Error(node, field, $"'{text}': use hold_share or real_growth: rate");
            }
            var f = Fields(node, field, "hold_share", "real_growth");
            if (f.TryGetValue("real_growth", out var g)) return new PlanContinuation(false, Growth(g.Value, $"{field}.real_growth"));
            return new PlanContinuation(true, 0);
        }
    }
}
