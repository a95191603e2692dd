using Milbal.Analysis.Capacity;
using Milbal.Testing;

namespace Milbal.Analysis.Tests.Capacity;

public class CapacityStockFlowTests
{
    private static readonly CapacityDataset Data = CapacityDataset.Load(Path.Combine(SharedData.RepositoryRoot, "data", "capacity", "capacity.csv"));

    private const string Header = "id,producer,item,kind,period_start,period_end,per,low,central,high,recipient,source,document,published,address,confidence,note\n";

    [Fact]
    public void Signs_and_rates_add_up_month_by_month()
    {
        var rows = CapacityDataset.Parse(Header +
            "made,X,shells,output,2024,2024,year,1200000,1200000,1200000,,S,D,2024,a,B,\n" +
            "sent,X,shells,transfers,2024,2024,month,50000,50000,50000,UKR,S,D,2024,a,B,\n").Rows;
        var plan = new StockFlowPlan("shells", new DateOnly(2025, 1, 1), 12, 0, 300_000,
            [new StockFlowTerm("made", +1, [new RampStage([rows[0]])]), new StockFlowTerm("sent", -1, [new RampStage([rows[1]])])], []);
        var result = StockFlowModel.Run(plan, 100, 1);
        // 100,000 a month in, 50,000 out: 50,000 a month net, 300,000 after six months.
        Assert.Equal(600_000, result.Months[^1].Stock.Central, 6);
        Assert.Equal(new DateOnly(2025, 6, 1), result.P50Month);
        Assert.Equal(["made", "sent"], result.Terms.Select(t => t.Name).ToArray());
        Assert.Equal(600_000, result.Terms[1].Knots[0].AnnualHigh);
    }

    [Fact]
    public void Transfers_to_ukraine_delay_the_million_rounds()
    {
        var without = StockFlowModel.Run(StockFlowModel.BruegelShellsPlan(Data, transfers: false), 5_000, 1);
        var with = StockFlowModel.Run(StockFlowModel.BruegelShellsPlan(Data), 5_000, 1);
        Assert.Equal(new DateOnly(2025, 8, 1), without.P50Month);
        // 100,000 a month to Ukraine (CNN: the West's ~1.2 million a year for Ukraine) from a combined 145,000–285,000 a month.
        Assert.Equal(new DateOnly(2025, 12, 1), with.P50Month);
        var transfers = with.Terms.Single(t => t.Sign < 0);
        Assert.Equal("transfers to Ukraine", transfers.Name);
        Assert.Equal("cnn-2024-west-artillery-capacity", transfers.Knots.Single().Rows.Single().Id);
        Assert.Contains(with.Sources, r => r.Id == "cnn-2024-west-artillery-capacity");
        Assert.Contains(with.Notes, n => n.Contains("no consumption term"));
    }

    [Fact]
    public void Russian_stock_change_in_2024_from_output_imports_and_fire_rates()
    {
        var plan = StockFlowModel.RussiaArtilleryPlan(Data, months: 12);
        Assert.Null(plan.Target);
        var result = StockFlowModel.Run(plan, 9_000, 1);
        Assert.Null(result.P50Month);
        // North Korean deliveries over 2024: 500,000 a month to August, then towards 545,455 (Jul 2025): 4,000,000 + 2,041,323.
        const double imports = 4_000_000 + 2_000_000 + 45_455 * 10 / 11.0;
        // Paths: output 3.0m (1/3) or 4.5m (2/3) × fire 3.65m (2/3) or 16.24m (1/3); sorted, the 50th percentile is 3.0m − 3.65m.
        Assert.Equal(3_000_000 + imports - 3_650_000, result.Months[^1].Stock.Central, 0);
        Assert.Equal(4_500_000 + imports - 3_650_000, result.Months[^1].Stock.High, 0);
        Assert.Equal(3_000_000 + imports - 44_500 * 365.0, result.Months[^1].Stock.Low, 0);
        Assert.Equal(["RUS production", "imports from North Korea", "consumption in Ukraine"], result.Terms.Select(t => t.Name).ToArray());
        Assert.Contains(result.Sources, r => r.Id == "derived-prk-rus-shells-2024-09-2025-07");
        // Without North Korea the median path loses stock.
        var alone = StockFlowModel.Run(StockFlowModel.RussiaArtilleryPlan(Data, months: 12, imports: false), 9_000, 1);
        Assert.True(alone.Months[^1].Stock.Central < result.Months[^1].Stock.Central - 6_000_000);
    }

    [Fact]
    public void Derived_import_rates_reproduce_the_cumulative_assessments()
    {
        double Total(string id) => Data.Rows.Single(r => r.Id == id).Central;
        Assert.Equal((Total("mnd-prk-rus-shells-2024-06") - Total("mnd-prk-rus-shells-2024-02")) / 4, Data.Rows.Single(r => r.Id == "derived-prk-rus-shells-2024-03-06").Central);
        Assert.Equal((Total("mnd-prk-rus-shells-2024-08") - Total("mnd-prk-rus-shells-2024-06")) / 2, Data.Rows.Single(r => r.Id == "derived-prk-rus-shells-2024-07-08").Central);
        Assert.Equal(Math.Round((Total("dia-prk-rus-shells-2025") - Total("mnd-prk-rus-shells-2024-08")) / 11), Data.Rows.Single(r => r.Id == "derived-prk-rus-shells-2024-09-2025-07").Central);
    }

    [Fact]
    public void A_level_row_is_refused_as_a_flow()
    {
        var level = Data.Rows.Single(r => r.Id == "dia-prk-rus-shells-2025");
        var plan = new StockFlowPlan("x", new DateOnly(2025, 1, 1), 12, 0, null, [new StockFlowTerm("bad", +1, [new RampStage([level])])], []);
        Assert.Throws<ArgumentException>(() => StockFlowModel.Run(plan, 100, 1));
    }
}
