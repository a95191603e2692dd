using Milbal.Scenarios.CapitalStock;

namespace Milbal.Scenarios.Tests.CapitalStock;

[Collection(ScenarioCollection.Name)]
public class ScenarioInvestmentTests(BundledStore bundle)
{
    [Fact]
    public void Projected_investment_follows_the_scenario_from_natos_base_year_level()
    {
        var scenario = ScenarioRunner.Run(bundle.Store, ScenarioCollection.Library.Load("hague-2035"));
        var model = new MilitaryCapitalStock(bundle.Store);
        var result = ScenarioInvestment.From(scenario, model, ["POL", "RUS"]);

        var nato2024 = model.Investment("POL").Single(i => i.Year == 2024);
        var rows = scenario.RowsOf("POL");
        var expected2030 = nato2024.Milex * rows.Single(r => r.Year == 2030).Spending / rows.Single(r => r.Year == 2024).Spending * nato2024.EquipmentSharePercent / 100;
        Assert.Equal(expected2030, result.Investment["POL"][2030], 9);
        Assert.Equal(Enumerable.Range(2025, 11), result.Investment["POL"].Keys.Order());
        // Russia is in the scenario but not in NATO's tables: no projection, and the notes say so.
        Assert.False(result.Investment.ContainsKey("RUS"));
        Assert.Contains(result.Notes, n => n.StartsWith("RUS:", StringComparison.Ordinal));

        var path = model.Country("POL", new CapitalStockParameters(), result.Investment["POL"]).Path!;
        Assert.True(path.In(2035)!.Projected);
        Assert.True(path.In(2035)!.Stock > path.In(2024)!.Stock);
    }
}
