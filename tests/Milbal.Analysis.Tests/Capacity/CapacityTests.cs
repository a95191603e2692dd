using Milbal.Analysis.Capacity;
using Milbal.Testing;

namespace Milbal.Analysis.Tests.Capacity;

public class CapacityTests
{
    private static readonly CapacityDataset Data = CapacityDataset.Load(Path.Combine(SharedData.RepositoryRoot, "data", "capacity", "capacity.csv"));
    private static readonly CapacityAnalysis Analysis = new(Data);

    [Fact]
    public void Russia_vs_nato_europe_2024_from_the_cited_rows()
    {
        var r = Analysis.Ratio("artillery-rounds", "RUS", "NATO Europe", 2024);
        // Central rows: RUS (3.0m CNN, 4.5m EFIS, 4.5m Bain) mean 4.0m; EU27 (1.0m, 1.35m, 1.7m, 1.0m) mean 1.2625m.
        Assert.Equal(4_000_000 / 1_262_500.0, r.CentralRowsRatio, 9);
        Assert.Equal(3.1683, Math.Round(r.CentralRowsRatio, 4));
        // P5 = 3.0m / 1.7m, P95 = 4.5m / 1.0m (no published ranges but Breton's 1.3–1.4m).
        Assert.Equal(3.0 / 1.7, r.Ratio.Low, 6);
        Assert.Equal(4.5, r.Ratio.High, 6);
        Assert.InRange(r.Ratio.Central, 2.9, 3.4);
        Assert.Equal(12 / r.Ratio.Low, r.MonthsOfAForOneYearOfB.High, 9);
        // Only the 4.5m estimates against the 1.0m rows reach 4: P = 2/3 × 2/4 = 1/3.
        Assert.InRange(r.ProbabilityAtLeastThreshold, 0.31, 0.355);
        Assert.Equal(ClaimVerdict.MethodDependent, r.Verdict);
        Assert.Equal(["cnn-2024-rus-artillery-output", "efis-rus-2024-artillery-output", "bain-rus-2024-artillery-output",
            "breton-eu-2024-artillery-capacity", "breton-eu-2024-artillery-capacity-end", "breton-eu-2024-artillery-capacity-1-7", "eudefmin-eu-2024-artillery-capacity"],
            r.Sources.Select(s => s.Id).ToArray());
        Assert.Contains(r.Notes, n => n.Contains("EU27 rows stand in for NATO's European members"));
    }

    [Fact]
    public void Russia_vs_nato_europe_2025_carries_2024_forward_and_adds_eu_targets()
    {
        var r = Analysis.Ratio("artillery-rounds", "RUS", "NATO Europe", 2025);
        // EU27: four 2024 capacity rows + 2.0m, 2.5m, 2.0m targets: mean 11.55m / 7 = 1.65m; RUS mean 4.0m.
        Assert.Equal(4.0 / 1.65, r.CentralRowsRatio, 9);
        // 3.0m / 2.5m has probability 1/21 < 5%, so P5 is 3.0m / 2.0m.
        Assert.Equal(3.0 / 2.0, r.Ratio.Low, 6);
        Assert.Equal(4.5, r.Ratio.High, 6);
        // 4.5m (2/3) against a 1.0m row (2/7) = 4/21.
        Assert.InRange(r.ProbabilityAtLeastThreshold, 4 / 21.0 - 0.02, 4 / 21.0 + 0.02);
        Assert.Equal(ClaimVerdict.MethodDependent, r.Verdict);
        Assert.Contains(r.Notes, n => n.Contains("2024's rows carried forward"));
    }

    [Fact]
    public void Same_seed_same_result_other_seed_differs()
    {
        var a = Analysis.Ratio("artillery_rounds", "RUS", "EU27", 2024, 2_000, 7);
        var b = Analysis.Ratio("artillery_rounds", "RUS", "EU27", 2024, 2_000, 7);
        var c = Analysis.Ratio("artillery_rounds", "RUS", "EU27", 2024, 2_000, 8);
        Assert.Equal(a.Ratio, b.Ratio);
        Assert.Equal(a.ProbabilityAtLeastThreshold, b.ProbabilityAtLeastThreshold);
        Assert.NotEqual(a.ProbabilityAtLeastThreshold, c.ProbabilityAtLeastThreshold);
    }

    [Fact]
    public void Kiel_german_stocks_and_years_to_recover()
    {
        var kiel = KielRecovery.From(Data).ToDictionary(k => k.Item);
        Assert.Equal(423 - 226, kiel["combat_aircraft"].Gap);
        Assert.Equal(2398 - 339, kiel["tanks"].Gap);
        Assert.Equal(978 - 121, kiel["artillery_pieces"].Gap);
        // Implied order rates (not published): gap / years.
        Assert.Equal(13.13, Math.Round(kiel["combat_aircraft"].ImpliedOrdersPerYear, 2));
        Assert.Equal(51.475, kiel["tanks"].ImpliedOrdersPerYear, 9);
        Assert.Equal(8.57, kiel["artillery_pieces"].ImpliedOrdersPerYear, 9);
        Assert.Equal(40, kiel["tanks"].YearsAt(kiel["tanks"].ImpliedOrdersPerYear), 9);
        // Russia's 130 tanks a month (Kiel) would cover the German tank gap in under 16 months.
        Assert.Equal(15.8, Math.Round(kiel["tanks"].YearsAt(130 * 12) * 12, 1));
    }

    [Fact]
    public void Time_to_a_million_155mm_rounds_under_the_eu_and_us_ramp_ups()
    {
        var plan = StockFlowModel.BruegelShellsPlan(Data, transfers: false);
        Assert.Equal(1_000_000, plan.Target);
        var result = StockFlowModel.Run(plan, 5_000, 1);
        // From March 2025: EU ~1.26–2.2m a year and US 40k–100k a month ≈ 150–200k a month: about six months.
        Assert.Equal(new DateOnly(2025, 8, 1), result.P50Month);
        Assert.True(result.P5Month <= result.P50Month && result.P50Month <= result.P95Month);
        Assert.Equal(1.0, result.ShareReached);
        // EU alone, half of output stocked: much later.
        var slow = StockFlowModel.Run(StockFlowModel.BruegelShellsPlan(Data, ["EU27"], stockShare: 0.5, transfers: false), 5_000, 1);
        Assert.True(slow.P50Month > new DateOnly(2025, 12, 1));
        Assert.Equal(result.P50Month, StockFlowModel.Run(plan, 5_000, 1).P50Month);
    }

    [Fact]
    public void Annualises_as_published()
    {
        var cnn = Data.Rows.Single(r => r.Id == "cnn-2024-rus-artillery-output");
        Assert.Equal(3_000_000, cnn.Annual!.Value.Central);
        Assert.Equal(44_500 * 365, Data.Rows.Single(r => r.Id == "syrskyi-rus-2024-aug-daily-consumption").Annual!.Value.Central);
        Assert.Null(Data.Rows.Single(r => r.Id == "kiel2024-deu-2004-tank-stock").Annual);
    }

    private const string Header = "id,producer,item,kind,period_start,period_end,per,low,central,high,recipient,source,document,published,address,confidence,note\n";

    [Theory]
    [InlineData("x,RUS,tanks,output,2024,2024,year,3,2,4,,S,D,2024,a,B,", "line 2, column central")]
    [InlineData("x,RUS,tanks,made,2024,2024,year,1,2,4,,S,D,2024,a,B,", "line 2, column kind")]
    [InlineData("x,RUS,tanks,output,2024,2024,week,1,2,4,,S,D,2024,a,B,", "line 2, column per")]
    [InlineData("x,RUS,tanks,output,24/3,2024,year,1,2,4,,S,D,2024,a,B,", "line 2, column period_start")]
    [InlineData("x,RUS,tanks,output,2024,2024,year,1,two,4,,S,D,2024,a,B,", "line 2, column central")]
    [InlineData("x,RUS,tanks,output,2024,2024,year,1,2,4,,,D,2024,a,B,", "line 2, column source")]
    [InlineData("x,RUS,tanks,output,2024,2024,year,1,2,4,,S,D,2024,a,E,", "line 2, column confidence")]
    [InlineData("x,RUS,tanks,output,2025,2024,year,1,2,4,,S,D,2024,a,B,", "line 2, column period_end")]
    public void Loader_errors_name_line_and_column(string row, string expected)
    {
        var e = Assert.Throws<CapacityDataException>(() => CapacityDataset.Parse(Header + row + "\n"));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Duplicate_ids_and_missing_columns_are_refused()
    {
        var row = "x,RUS,tanks,output,2024,2024,year,1,2,4,,S,D,2024,a,B,\n";
        Assert.Contains("line 3, column id", Assert.Throws<CapacityDataException>(() => CapacityDataset.Parse(Header + row + row)).Message);
        Assert.Contains("line 1: missing column(s) note", Assert.Throws<CapacityDataException>(() => CapacityDataset.Parse(Header.Replace(",note", "") + row)).Message);
    }

    [Fact]
    public void Unknown_item_producer_or_year_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => Analysis.Ratio("bananas", "RUS", "EU27", 2024));
        Assert.Throws<ArgumentException>(() => Analysis.Ratio("artillery-rounds", "XXX", "EU27", 2024));
        Assert.Throws<ArgumentException>(() => Analysis.Ratio("artillery-rounds", "RUS", "EU27", 1990));
    }
}
