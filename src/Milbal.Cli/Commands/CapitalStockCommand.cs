using System.CommandLine;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Core.Tables;
using Milbal.Scenarios;
using Milbal.Scenarios.CapitalStock;

namespace Milbal.Cli.Commands;

/// <summary>`milbal capital-stock POL NATO_EUROPE`: military equipment capital stock by BEA's perpetual-inventory method.</summary>
internal static class CapitalStockCommand
{
    public static Command Create(CliContext context)
    {
        var entities = new Argument<string[]>("entity") { Description = "Countries or groups: ISO3 codes, names or group ids (e.g. POL, 'NATO Europe')", Arity = ArgumentArity.OneOrMore };
        var serviceLife = new Option<double>("--service-life") { Description = "Service life T in years (δ = R / T)", DefaultValueFactory = _ => CapitalStockParameters.DefaultServiceLife };
        var rate = new Option<double>("--rate") { Description = "Declining-balance rate R (BEA: 1.65 for equipment)", DefaultValueFactory = _ => CapitalStockParameters.BeaEquipmentRate };
        var initial = new Option<string>("--initial") { Description = "Stock before the first year: steady-state (default) or zero", DefaultValueFactory = _ => "steady-state" };
        var from = new Option<int?>("--from") { Description = "First year shown (the stock is always accumulated from the first year of data)" };
        var to = new Option<int?>("--to") { Description = "Last year shown" };
        var edition = new Option<string>("--edition", "-e") { Description = "NATO edition (spending in constant 2015 US$ and equipment shares)", DefaultValueFactory = _ => MilitaryCapitalStock.DefaultNatoEdition };
        var scenario = new Option<string?>("--scenario") { Description = "Project the stock with a scenario's spending path (a bundled name or a YAML file), e.g. hague-2035" };
        var format = CommonOptions.Format();
        var command = new Command("capital-stock", "Military equipment capital stock: NATO equipment spending accumulated with geometric depreciation (BEA perpetual inventory)");
        command.Arguments.Add(entities);
        foreach (var option in new Option[] { serviceLife, rate, initial, from, to, edition, scenario, format }) command.Options.Add(option);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var fromYear = parse.GetValue(from);
            var toYear = parse.GetValue(to);
            CommonOptions.CheckYearRange(fromYear, toYear);
            var initialisation = parse.GetValue(initial)!.Trim().ToLowerInvariant() switch
            {
                "steady-state" or "steady" => StockInitialisation.SteadyState,
                "zero" => StockInitialisation.Zero,
                var other => throw new ArgumentException($"--initial '{other}': use steady-state or zero"),
            };
            var parameters = new CapitalStockParameters(parse.GetValue(rate), parse.GetValue(serviceLife), initialisation);
            parameters.Validate();

            using var store = context.OpenStore(parse, readOnly: true);
            var registry = CliContext.Registry(store);
            var model = new MilitaryCapitalStock(store, parse.GetValue(edition)!);
            var resolved = parse.GetValue(entities)!.Select(registry.Resolve).ToArray();
            bool Shown(int year) => (fromYear is null || year >= fromYear) && (toYear is null || year <= toYear);

            IReadOnlyDictionary<string, IReadOnlyDictionary<int, double>>? future = null;
            var scenarioNotes = new List<string>();
            if (parse.GetValue(scenario) is { Length: > 0 } scenarioName)
            {
                var file = ScenarioLibrary.Default().Load(scenarioName, registry);
                var projection = ScenarioRunner.Run(store, file, new RunOptions(Registry: registry));
                var countries = resolved.SelectMany(e => registry.TryGetGroup(e.Id, out var g) ? g.EverMembers : [e.Id]);
                var fromScenario = ScenarioInvestment.From(projection, model, countries);
                future = fromScenario.Investment;
                scenarioNotes.AddRange(fromScenario.Notes);
            }

            var rows = new List<object?[]>();
            var notes = new List<string> { $"unit: {MilitaryCapitalStock.StockUnit} (NATO's constant 2015 prices and exchange rates)", parameters.Describe(),
                "equipment investment = NATO major-equipment share (Table 8a, incl. related R&D) × military expenditure (Table 2, constant 2015 US$)" };
            foreach (var entity in resolved)
            {
                if (registry.TryGetGroup(entity.Id, out var group))
                {
                    var result = model.Group(group, parameters, future);
                    foreach (var y in result.Years.Where(y => Shown(y.Year)))
                        rows.Add([group.Id, group.Name, y.Year, y.Investment, y.Depreciation, y.Stock, null, null, y.Projected ? "projection" : Flags(result.Members, y.Members, y.Year), y.CoverageText]);
                    var missing = result.Members.Where(m => m.Path is null).ToArray();
                    if (missing.Length > 0) notes.Add($"{group.Id}: no stock for {string.Join("; ", missing.Select(m => m.MissingReason))}; those members are left out of the sum, not counted as zero");
                    notes.Add($"{group.Id}: members by year of membership; a new member's whole stock enters the total in its accession year");
                    notes.Add(parameters.Initialisation == StockInitialisation.SteadyState
                        ? $"{group.Id}: each member's stock starts in steady state at its first year of data: K = I(first year) (1 − δ/2) / δ"
                        : $"{group.Id}: each member's stock starts at zero before its first year of data, so it is understated for about one service life");
                }
                else
                {
                    var country = model.Country(entity.Id, parameters, future?.GetValueOrDefault(entity.Id));
                    if (country.Path is null) { notes.Add($"{entity.Id}: {country.MissingReason}"); continue; }
                    foreach (var y in country.Path.Years.Where(y => Shown(y.Year)))
                    {
                        var input = country.Inputs.FirstOrDefault(i => i.Year == y.Year);
                        rows.Add([entity.Id, entity.Name, y.Year, y.Investment, y.Depreciation, y.Stock, input?.Milex, input?.EquipmentSharePercent,
                            y.Projected ? "projection" : input?.Flags.ToText(), null]);
                    }
                    notes.Add($"{entity.Id}: {country.Path.InitialisationNote}");
                }
            }
            notes.AddRange(scenarioNotes);
            var money = MilitaryCapitalStock.StockUnit.ToString();
            var table = new ResultTable("Military equipment capital stock (perpetual inventory)",
            [
                new ResultColumn("entity"), new ResultColumn("entity_name", InConsole: false), new ResultColumn("year", IsNumeric: true),
                new ResultColumn("investment", money, true), new ResultColumn("depreciation", money, true), new ResultColumn("stock", money, true),
                new ResultColumn("milex", money, true), new ResultColumn("equipment_share", "%", true), new ResultColumn("flags"), new ResultColumn("coverage"),
            ], rows, model.Sources(), notes);
            CommonOptions.Render(context, table, parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>A group year is an estimate when any member's inputs for that year are (NATO flags its latest years).</summary>
    private static string Flags(IReadOnlyList<CountryCapitalStock> members, IReadOnlyList<string> inYear, int year) =>
        members.Where(m => inYear.Contains(m.EntityId)).SelectMany(m => m.Inputs.Where(i => i.Year == year))
            .Aggregate(ObservationFlags.None, (f, i) => f | i.Flags).ToText();
}
