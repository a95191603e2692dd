using Milbal.Analysis.Conversions;
using Milbal.Core.Observations;
using Milbal.Data.Store;

namespace Milbal.Analysis.Tests.Conversions;

public class ConverterTests(BundledStore bundle) : IClassFixture<BundledStore>
{
    private readonly MilbalStore _store = bundle.Store;

    private StoredObservation Sipri(string entity, int year, Func<Unit, bool> unit) =>
        Assert.Single(_store.Series(new SeriesQuery([entity], [Measures.Milex.Id], "sipri", null, year, year)), r => unit(r.Observation.Unit));

    [Fact]
    public void Russia_2024_sipri_roubles_at_world_bank_ppp()
    {
        var rub = Sipri("RUS", 2024, u => u.Currency == "RUB");
        var converter = new Converter(new StoreFactorProvider(_store));
        var result = converter.Convert(rub, MoneyUnit.Parse("current Int$PPP"), Scale.Billions);

        Assert.Equal(475.8, Math.Round(result.Value.Value, 1));
        Assert.Equal(Unit.InternationalDollars(Scale.Billions, PriceBasis.Current), result.Value.Unit);
        var ppp = Assert.Single(result.Factors, f => f.Name == "ppp_factor");
        Assert.Equal(29.063, Math.Round(ppp.Value, 3));
        Assert.Equal(("wdi", "2026-03-05"), (ppp.Dataset, ppp.Edition));
        Assert.Contains("ppp_factor RUS 2024 = 29.063", result.FactorsText);
    }

    [Fact]
    public void Weo_factors_when_asked()
    {
        var rub = Sipri("RUS", 2024, u => u.Currency == "RUB");
        var converter = new Converter(new StoreFactorProvider(_store, new FactorOptions(FactorPublisher.Weo)));
        var ppp = Assert.Single(converter.Convert(rub, MoneyUnit.Parse("current Int$PPP")).Factors);
        Assert.Equal("weo", ppp.Dataset);
        Assert.Equal("2025-10", ppp.Edition);
        Assert.Equal(29.021, ppp.Value, 3);
    }

    [Fact]
    public void Market_rate_round_trip_reproduces_sipri_current_dollars()
    {
        var rub = Sipri("RUS", 2024, u => u.Currency == "RUB");
        var usd = new Converter(new StoreFactorProvider(_store)).Convert(rub, MoneyUnit.Parse("current US$MER"), Scale.Millions);
        // SIPRI converts at the same World Bank/IMF annual average rate: 13,827.5bn / 92.5524 = US$149.4bn vs SIPRI's 148,967m.
        Assert.InRange(usd.Value.Value / Sipri("RUS", 2024, u => u is { Currency: "USD", PriceBasis.IsConstant: false }).Observation.Value, 0.99, 1.01);
    }

    [Fact]
    public void Constant_prices_use_the_named_deflator_and_the_base_year_rate()
    {
        var rub = Sipri("DEU", 2024, u => u.Currency == "EUR");
        var converter = new Converter(new StoreFactorProvider(_store), DeflatorKind.Cpi);
        var result = converter.Convert(rub, MoneyUnit.Parse("constant 2023 US$MER"), Scale.Millions);
        Assert.Equal(2, result.Steps.Count(s => s.Factors.Count > 0));
        Assert.Contains(result.Steps, s => s.Description.Contains("CPI"));
        Assert.Contains(result.Factors, f => f.Name == "fx_rate" && f.Year == 2023);
        Assert.Equal(Unit.UsDollars(Scale.Millions, PriceBasis.Constant(2023)), result.Value.Unit);
    }

    [Fact]
    public void Hybrid_uses_nato_equipment_share_or_states_its_assumption()
    {
        var provider = new StoreFactorProvider(_store);
        var converter = new Converter(provider);
        var pol = converter.Convert(Sipri("POL", 2024, u => u.Currency == "PLN"), MoneyUnit.Parse("current hybrid"));
        Assert.Equal(("nato", 0.511), (pol.Factors.First(f => f.Name == "equipment_share").Dataset, Math.Round(pol.Factors.First(f => f.Name == "equipment_share").Value, 3)));
        var rus = converter.Convert(Sipri("RUS", 2024, u => u.Currency == "RUB"), MoneyUnit.Parse("current hybrid"));
        var share = rus.Factors.First(f => f.Name == "equipment_share");
        Assert.Equal(FactorOptions.StatedEquipmentShare, share.Value);
        Assert.Contains("assumption", share.Derivation);
        var mer = converter.Convert(Sipri("RUS", 2024, u => u.Currency == "RUB"), MoneyUnit.Parse("current US$MER")).Value.Value;
        var ppp = converter.Convert(Sipri("RUS", 2024, u => u.Currency == "RUB"), MoneyUnit.Parse("current Int$PPP")).Value.Value;
        Assert.InRange(rus.Value.Value, mer, ppp);
    }

    [Fact]
    public void Missing_factor_is_an_error_and_interpolation_is_flagged()
    {
        var rub = Sipri("RUS", 2024, u => u.Currency == "RUB");
        var strict = new Converter(new StoreFactorProvider(_store));
        var error = Assert.Throws<ConversionException>(() => strict.Convert(rub with { Observation = rub.Observation with { Year = 2031 } }, MoneyUnit.Parse("current US$MER")));
        Assert.Contains("2031", error.Message);
        Assert.Throws<ConversionException>(() => strict.Convert(rub, MoneyUnit.Parse("constant 1950 LCU")));
    }

    [Fact]
    public void Interpolation_fills_between_published_years_only_and_says_so()
    {
        var series = new FactorSeries("fx_rate", "XYZ", "wdi", "2025h2", "LCU per USD", new Dictionary<int, double> { [2020] = 10, [2022] = 14 });
        Assert.False(series.TryGet(2021, interpolate: false, out _, out _));
        Assert.True(series.TryGet(2021, interpolate: true, out var value, out var interpolated));
        Assert.Equal((12.0, true), (value, interpolated));
        Assert.False(series.TryGet(2023, interpolate: true, out _, out _));
        Assert.Contains("interpolated", series.ToFactor(2021, value, interpolated).Derivation);
    }

    [Theory]
    [InlineData("current LCU", MoneyBasis.Lcu, null)]
    [InlineData("constant 2023 US$MER", MoneyBasis.UsdMer, 2023)]
    [InlineData("constant 2015 Int$PPP", MoneyBasis.IntPpp, 2015)]
    [InlineData("current hybrid", MoneyBasis.Hybrid, null)]
    public void Units_parse_as_gdpuc_names_them(string text, MoneyBasis basis, int? year)
    {
        var unit = MoneyUnit.Parse(text);
        Assert.Equal((basis, year), (unit.Basis, unit.ConstantYear));
        Assert.Equal(text, unit.ToString());
    }

    [Theory]
    [InlineData("current")]
    [InlineData("constant LCU")]
    [InlineData("constant 20x3 LCU")]
    [InlineData("current EUR")]
    public void Bad_units_are_refused(string text) => Assert.Throws<FormatException>(() => MoneyUnit.Parse(text));
}
