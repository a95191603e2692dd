using Milbal.Analysis.Capacity;
using Milbal.Analysis.Conversions;
using Milbal.Testing;

namespace Milbal.Analysis.Tests.Capacity;

public class CapacityBuysTests(BundledStore bundle) : IClassFixture<BundledStore>
{
    private static readonly UnitCostDataset Costs = UnitCostDataset.Load(Path.Combine(SharedData.RepositoryRoot, "data", "capacity", "unit-costs.csv"));
    private static readonly MoneyUnit Usd2024 = new(MoneyBasis.UsdMer, 2024);

    private Converter NewConverter() => new(new StoreFactorProvider(bundle.Store));

    private const string Header = "id,item,system,buyer,seller,contract_date,quantity,contract_value,currency,price_year,low,central,high,includes,source,document,published,address,confidence,note\n";

    [Fact]
    public void Every_item_the_issue_names_has_cited_rows_and_derived_rows_show_their_working()
    {
        Assert.Equal(["air_defence_interceptors", "artillery_pieces", "artillery_rounds_155mm", "ifv", "long_range_drones", "tanks"], Costs.Items.ToArray());
        foreach (var row in Costs.Rows)
        {
            Assert.False(string.IsNullOrWhiteSpace(row.Address));
            if (row.Quantity is { } q && row.ContractValue is { } v) Assert.InRange(v / q, row.Low * 0.95, row.High * 1.05);
        }
        var leopard = Costs.Rows.Single(r => r.Id == "deu-2023-leopard2a8-first-18");
        Assert.Equal(525_600_000 / 18.0, leopard.ContractValue!.Value / leopard.Quantity!.Value, 6);
        Assert.Equal(29_200_000, leopard.Central);
        Assert.Equal(7, Costs.For("tanks").Count);
    }

    [Theory]
    [InlineData("x,tanks,T,DEU,,2024,10,100,EUR,2024,20,10,30,t,S,D,2024,a,B,", "line 2, column central")]
    [InlineData("x,tanks,T,DEU,,2024,10,100,euro,2024,10,10,10,t,S,D,2024,a,B,", "line 2, column currency")]
    [InlineData("x,tanks,T,DEU,,2024,10,1000,EUR,2024,10,10,10,t,S,D,2024,a,B,", "line 2, column contract_value")]
    [InlineData("x,tanks,T,DEU,,2024,10,100,EUR,24,10,10,10,t,S,D,2024,a,B,", "line 2, column price_year")]
    [InlineData("x,tanks,T,DEU,,2024,10,100,EUR,2024,10,10,10,t,,D,2024,a,B,", "line 2, column source")]
    [InlineData("x,tanks,T,DEU,,2024,-3,100,EUR,2024,10,10,10,t,S,D,2024,a,B,", "line 2, column quantity")]
    public void Unit_cost_loader_errors_name_line_and_column(string row, string expected)
    {
        var e = Assert.Throws<CapacityDataException>(() => UnitCostDataset.Parse(Header + row + "\n"));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Units_are_equipment_spending_over_the_converted_cost()
    {
        // One US row in 2024 prices: no conversion, 200 units per US$1bn exactly.
        var costs = UnitCostDataset.Parse(Header + "x,widgets,W,USA,,2024,,,USD,2024,5000000,5000000,5000000,w,S,D,2024,a,B,\n");
        // DEU: NATO's 2024 equipment share (28.75%); AUT: not a NATO ally, the stated 30%.
        var spending = new[] { new CountrySpending("DEU", 2030, 100, 10), new CountrySpending("AUT", 2030, 10, 1) };
        var r = EquipmentBuys.Run("TEST", spending, Usd2024, NewConverter(), costs, paths: 1_000);
        var deu = r.Shares.Single(s => s.EntityId == "DEU");
        Assert.Equal(2024, deu.PublishedYear);
        Assert.Equal(0.2875, Math.Round(deu.Share, 4));
        Assert.Equal(0.30, r.Shares.Single(s => s.EntityId == "AUT").Share);
        Assert.Null(r.Shares.Single(s => s.EntityId == "AUT").PublishedYear);
        var year = r.Years.Single();
        Assert.Equal(100 * deu.Share + 3, year.Equipment, 9);
        Assert.Equal(10 * deu.Share + 0.3, year.AdditionalEquipment!.Value, 9);
        var widgets = r.Items.Single();
        Assert.Equal(new Range3(200, 200, 200), widgets.UnitsPerBillion);
        Assert.Equal(year.Equipment * 200, widgets.Years[0].Units.Central, 6);
        Assert.Equal(year.AdditionalEquipment.Value * 200 * 0.5,
            EquipmentBuys.Run("TEST", spending, Usd2024, NewConverter(), costs, itemShare: 0.5, paths: 1_000).Items[0].Years[0].AdditionalUnits!.Value.Central, 6);
        // NATO's 20% guideline for everyone.
        var guideline = EquipmentBuys.Run("TEST", spending, Usd2024, NewConverter(), costs, equipmentShareOverride: 0.2, paths: 1_000);
        Assert.Equal(22, guideline.Years[0].Equipment, 9);
    }

    [Fact]
    public void Euro_prices_move_with_the_german_deflator_and_the_2024_rate()
    {
        var row = Costs.Rows.Single(r => r.Id == "deu-2023-pzh2000-10");
        var c = EquipmentBuys.Convert(row, Usd2024, NewConverter());
        Assert.Equal("DEU", c.ConvertedWith);
        // 2023 → 2024 euros (GDP deflator, WDI) then ÷ 0.92389 EUR per US$ (WDI 2024).
        Assert.Equal(1.116, Math.Round(c.Multiplier, 3));
        Assert.Contains("fx_rate DEU 2024", c.Factors);
        // A euro contract for Hungary is converted with the euro's home country, not Hungary's forint factors.
        Assert.Equal("DEU", EquipmentBuys.Convert(Costs.Rows.Single(r => r.Id == "hun-2020-lynx-kf41"), Usd2024, NewConverter()).ConvertedWith);
        Assert.Equal("CZE", EquipmentBuys.Convert(Costs.Rows.Single(r => r.Id == "cze-2025-leopard2a8"), Usd2024, NewConverter()).ConvertedWith);
    }

    [Fact]
    public void Tank_range_spans_the_cited_contracts_and_is_reproducible()
    {
        var spending = new[] { new CountrySpending("DEU", 2030, 100, 10) };
        var a = EquipmentBuys.Run("DEU", spending, Usd2024, NewConverter(), Costs, ["tanks"], paths: 5_000, seed: 3);
        var b = EquipmentBuys.Run("DEU", spending, Usd2024, NewConverter(), Costs, ["tanks"], paths: 5_000, seed: 3);
        var tanks = a.Items.Single();
        Assert.Equal(tanks.UnitCost, b.Items.Single().UnitCost);
        var lowest = tanks.Costs.Min(c => c.Cost.Low);
        var highest = tanks.Costs.Max(c => c.Cost.High);
        Assert.InRange(tanks.UnitCost.Low, lowest, tanks.UnitCost.Central);
        Assert.InRange(tanks.UnitCost.High, tanks.UnitCost.Central, highest);
        // Contract prices of a Leopard 2A8 between ~US$20m and ~US$50m a tank (2024 dollars).
        Assert.InRange(lowest, 20e6, 26e6);
        Assert.InRange(highest, 45e6, 52e6);
        Assert.True(tanks.Years[0].Units.Low < tanks.Years[0].Units.Central && tanks.Years[0].Units.Central < tanks.Years[0].Units.High);
        Assert.Contains(a.Notes, n => n.Contains("include spares, training"));
    }

    [Fact]
    public void Bad_inputs_are_argument_errors()
    {
        var spending = new[] { new CountrySpending("DEU", 2030, 100, 10) };
        Assert.Throws<ArgumentException>(() => EquipmentBuys.Run("DEU", spending, new MoneyUnit(MoneyBasis.IntPpp, 2024), NewConverter(), Costs));
        Assert.Throws<ArgumentException>(() => EquipmentBuys.Run("DEU", spending, Usd2024, NewConverter(), Costs, ["bananas"]));
        Assert.Throws<ArgumentException>(() => EquipmentBuys.Run("DEU", spending, Usd2024, NewConverter(), Costs, itemShare: 1.5));
        Assert.Throws<ArgumentException>(() => EquipmentBuys.Run("DEU", spending, Usd2024, NewConverter(), Costs, equipmentShareOverride: 0));
    }
}
