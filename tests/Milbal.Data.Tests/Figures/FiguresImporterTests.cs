using System.Text;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Importers.Figures;

namespace Milbal.Data.Tests.Figures;

public class FiguresImporterTests
{
    private static readonly string CsvPath = Path.Combine(SharedData.RepositoryRoot, "data", "figures", "figures.csv");

    private static readonly EntityRegistry Registry = EntityRegistry.Default;

    private static readonly Lazy<ImportResult> RealImport = new(() => Import(File.ReadAllBytes(CsvPath)));

    private static ImportResult Real => RealImport.Value;

    private static ImportResult Import(byte[] content, string name = "figures.csv") =>
        new FiguresImporter(Registry).Import(new ImportSource(name, content), ImportOptions.Default);

    private static Observation Figure(string id) =>
        Real.Observations.Single(o => o.Note!.EndsWith($"[figures:{id}]", StringComparison.Ordinal));

    [Fact]
    public void RealFileImportsEveryRowWithoutWarnings()
    {
        var rows = File.ReadAllLines(CsvPath).Skip(1).Count(l => l.Length > 0);
        Assert.Empty(Real.Warnings);
        Assert.Equal(rows, Real.Observations.Count);
        Assert.True(rows > 200, $"only {rows} figures");
        Assert.Equal("figures", Real.Dataset.Id);
        Assert.Equal("2026-11", Real.Dataset.Edition);
        Assert.Equal("figures", Real.Part);
        Assert.Equal("Milbal curated figures (various publishers)", Real.Dataset.Publisher);
        Assert.Equal("facts quoted with attribution; see each row", Real.Dataset.Licence);
    }

    [Fact]
    public void EditionCanBeOverridden()
    {
        var result = new FiguresImporter(Registry).Import(new ImportSource("figures.csv", File.ReadAllBytes(CsvPath)), new ImportOptions(Edition: "2027-01"));
        Assert.Equal("2027-01", result.Dataset.Edition);
    }

    [Fact]
    public void IissRussia2024AtMarketRatesAndPpp()
    {
        var market = Figure("iiss-mb2025-rus-2024-milex-usd");
        Assert.Equal(("RUS", 2024, "milex", 145.9), (market.EntityId, market.Year, market.MeasureId, market.Value));
        Assert.Equal(Unit.UsDollars(Scale.Billions, PriceBasis.Current), market.Unit);
        Assert.StartsWith("IISS, The Military Balance 2025 (2025-02-12), conf. B; ", market.Note);

        var ppp = Figure("iiss-mb2025-rus-2024-milex-ppp");
        Assert.Equal(461.6, ppp.Value);
        Assert.Equal(Unit.InternationalDollars(Scale.Billions, PriceBasis.Current), ppp.Unit);

        var real = Figure("iiss-mb2025-rus-2024-real-change");
        Assert.Equal((41.9, "milex_real_change"), (real.Value, real.MeasureId));
        Assert.Equal(Unit.Percent, real.Unit);
    }

    [Fact]
    public void ImpliedRubleRatesFollowFromTheRows()
    {
        static double InUnits(Observation o) => o.Value * Math.Pow(10, (int)o.Unit.Scale);
        var rub = Figure("iiss-mb2025-rus-2024-milex-rub");
        Assert.Equal(Unit.LocalMoney("RUB", Scale.Trillions, PriceBasis.Current), rub.Unit);
        var market = InUnits(rub) / InUnits(Figure("iiss-mb2025-rus-2024-milex-usd"));
        var ppp = InUnits(rub) / InUnits(Figure("iiss-mb2025-rus-2024-milex-ppp"));
        Assert.Equal(89.8, Math.Round(market, 1));
        Assert.Equal(28.4, Math.Round(ppp, 1));
    }

    [Fact]
    public void HagueTargetsAreFor2035()
    {
        var targets = Real.Observations.Where(o => o.EntityId == "NATO" && o.MeasureId == "target_gdp_share" && o.Year == 2035)
            .Select(o => o.Value).Order().ToArray();
        Assert.Equal([1.5, 3.5, 5.0], targets);
        Assert.Equal(2035, Figure("hague-2025-target-core-3-5pct").Year);
        Assert.Equal(2.1, Figure("hague-2025-esp-2-1pct").Value);
        var wales = Figure("wales-2014-target-2pct");
        Assert.Equal((2024, 2.0), (wales.Year, wales.Value));
    }

    [Fact]
    public void FlagsRangesAndDerivedRowsTravel()
    {
        var budget = Figure("rus-budget2026-defence-2026");
        Assert.Equal(12.93, budget.Value);
        Assert.True(budget.Flags.HasFlag(ObservationFlags.BudgetNotActual));

        var range = Figure("reuters-rus-2022-artillery-consumption");
        Assert.Contains("range 10000000–11000000", range.Note);
        Assert.Contains("kind consumption", range.Note);

        var derived = Figure("derived-ukr-occupied-2025");
        Assert.Equal((111829.0, "figures.occupied_area"), (derived.Value, derived.MeasureId));
        Assert.Equal(116165 - 4336, derived.Value);
        Assert.Contains("; derived;", derived.Note);
        Assert.Equal(Unit.SquareKilometres, Figure("pennsylvania-area-total").Unit);
        Assert.Equal(119283, Figure("pennsylvania-area-total").Value);
    }

    [Fact]
    public void EveryRowHasAddressAndConfidenceInItsNote()
    {
        foreach (var o in Real.Observations)
            Assert.Matches(@"\), conf\. [ABCD][+-]?; \S", o.Note);
    }

    public static TheoryData<string, string, string> BadRows => new()
    {
        { "entity", "ZZZ", "unknown entity 'ZZZ'" },
        { "value", "n/a", "column 'value'" },
        { "currency", "", "column 'currency'" },
        { "address", "", "column 'address'" },
        { "confidence", "E", "column 'confidence'" },
        { "conversion", "ppp", "column 'currency'" },
        { "measure", "gdp_share", "column 'measure'" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void BadRowIsRejectedWithItsRowNumber(string column, string badValue, string expected)
    {
        var lines = File.ReadAllLines(CsvPath, Encoding.UTF8);
        var header = lines[0].Split(',');
        var index = Array.IndexOf(header, column);
        var target = Array.FindIndex(lines, l => l.StartsWith("iiss-mb2025-rus-2024-milex-usd,", StringComparison.Ordinal));
        var fields = lines[target].Split(',');
        Assert.True(fields.Length >= header.Length, "the test row must have no quoted commas before the note");
        fields[index] = badValue;
        lines[target] = string.Join(",", fields);

        var ex = Assert.Throws<ImportException>(() => Import(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n")));
        Assert.Equal(target + 1, ex.Location.Row);
        Assert.Contains("iiss-mb2025-rus-2024-milex-usd", ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void PercentWithACurrencyIsRejected()
    {
        var text = File.ReadAllText(CsvPath).Replace(
            "iiss-mb2025-rus-2024-real-change,RUS,,2024,milex_real_change,,,41.9,,,percent,,",
            "iiss-mb2025-rus-2024-real-change,RUS,,2024,milex_real_change,,,41.9,,,percent,USD,", StringComparison.Ordinal);
        var ex = Assert.Throws<ImportException>(() => Import(Encoding.UTF8.GetBytes(text)));
        Assert.Contains("column 'currency'", ex.Message);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void TruncatedFileIsRejected(double fraction)
    {
        var bytes = File.ReadAllBytes(CsvPath);
        var cut = (int)(bytes.Length * fraction);
        while (bytes[cut - 1] == (byte)'\n') cut--;
        Assert.Throws<ImportException>(() => Import(bytes[..cut]));
    }

    [Fact]
    public void RowCutBeforeItsLastColumnIsRejectedEvenWithALineBreak()
    {
        var lines = File.ReadAllLines(CsvPath);
        var text = string.Join("\n", lines.Take(10)) + "\n" + lines[10][..(lines[10].Length / 2)] + "\n";
        var ex = Assert.Throws<ImportException>(() => Import(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(11, ex.Location.Row);
    }

    [Fact]
    public void UnterminatedQuoteIsRejected()
    {
        var text = File.ReadAllText(CsvPath).TrimEnd('\n') + "\nbroken,RUS,,2024,milex,,,1,,,percent,,,,,calendar,,,X,Y,2024,addr,B,\"open quote\n";
        Assert.Throws<ImportException>(() => Import(Encoding.UTF8.GetBytes(text)));
    }
}
