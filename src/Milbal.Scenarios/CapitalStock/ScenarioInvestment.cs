namespace Milbal.Scenarios.CapitalStock;

/// <summary>
/// Future equipment investment from a scenario: each country's deterministic spending path, rescaled so that its
/// base year equals NATO's constant-2015-US$ spending, times NATO's equipment share of that base year. The scenario
/// decides the growth, NATO's tables the level and the mix, so the stock stays in the capital-stock unit.
/// </summary>
public static class ScenarioInvestment
{
    public sealed record Result(IReadOnlyDictionary<string, IReadOnlyDictionary<int, double>> Investment, IReadOnlyList<string> Notes);

    public static Result From(ScenarioResult scenario, MilitaryCapitalStock model, IEnumerable<string> countries)
    {
        var investment = new Dictionary<string, IReadOnlyDictionary<int, double>>(StringComparer.Ordinal);
        var notes = new List<string>
        {
            $"projected years follow scenario {scenario.Scenario.Name}: investment(t) = NATO constant-2015 spending({scenario.BaseYear}) × spending(t) ÷ spending({scenario.BaseYear}) in the scenario × NATO equipment share({scenario.BaseYear}); the equipment share is held",
        };
        foreach (var id in countries.Distinct())
        {
            var rows = scenario.RowsOf(id);
            var baseRow = rows.FirstOrDefault(r => r.Year == scenario.BaseYear);
            var history = model.Investment(id).FirstOrDefault(i => i.Year == scenario.BaseYear);
            if (baseRow is null || baseRow.Spending <= 0 || history is null)
            {
                notes.Add($"{id}: no projection (the scenario or NATO's tables have no {scenario.BaseYear} value)");
                continue;
            }
            var level = history.Milex / baseRow.Spending;
            investment[id] = rows.Where(r => r.Year > scenario.BaseYear)
                .ToDictionary(r => r.Year, r => r.Spending * level * history.EquipmentSharePercent / 100);
        }
        return new Result(investment, notes);
    }
}
