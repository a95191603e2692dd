using Milbal.Core.Observations;

namespace Milbal.Core.Tests.Observations;

public class UnitTests
{
    [Fact]
    public void Money_knows_currency_scale_price_basis_and_conversion()
    {
        var unit = Unit.UsDollars(Scale.Millions, PriceBasis.Constant(2023));
        Assert.Equal(("USD", Scale.Millions, 2023, Conversion.MarketRate), (unit.Currency, unit.Scale, unit.PriceBasis.BaseYear, unit.Conversion));
        Assert.Equal("USD million, constant 2023, market rate", unit.ToString());
        Assert.Equal("RUB billion, current, local currency", Unit.LocalMoney("RUB", Scale.Billions, PriceBasis.Current).ToString());
        Assert.Equal("INT$ billion, current, PPP", Unit.InternationalDollars(Scale.Billions, PriceBasis.Current).ToString());
    }

    [Fact]
    public void Wrong_combinations_cannot_be_built()
    {
        Assert.Throws<ArgumentException>(() => Unit.Money("USD", Scale.Units, PriceBasis.Current, Conversion.Ppp));
        Assert.Throws<ArgumentException>(() => Unit.Money(Unit.LocalCurrency, Scale.Units, PriceBasis.Current, Conversion.MarketRate));
        Assert.Throws<ArgumentException>(() => Unit.Money(" ", Scale.Units, PriceBasis.Current, Conversion.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceBasis.Constant(23));
        Assert.Throws<FormatException>(() => Unit.FromParts(UnitKind.Money, null, Scale.Units, PriceBasis.Current, Conversion.None, null, null));
    }

    [Fact]
    public void Units_are_values()
    {
        Assert.Equal(Unit.UsDollars(Scale.Millions, PriceBasis.Current), Unit.Money("USD", Scale.Millions, PriceBasis.Current, Conversion.MarketRate));
        Assert.NotEqual(Unit.UsDollars(Scale.Millions, PriceBasis.Current), Unit.UsDollars(Scale.Millions, PriceBasis.Constant(2015)));
        Assert.Equal(Unit.Index(2010), Unit.FromParts(UnitKind.Index, null, Scale.Units, PriceBasis.Current, Conversion.None, 2010, null));
    }

    [Theory]
    [InlineData("current", null)]
    [InlineData("constant 2015", 2015)]
    [InlineData("Constant 2023", 2023)]
    public void Price_basis_parses(string text, int? baseYear) => Assert.Equal(baseYear, PriceBasis.Parse(text).BaseYear);

    [Theory]
    [InlineData("constant")]
    [InlineData("real")]
    [InlineData("constant 20x5")]
    public void Bad_price_basis_is_refused(string text) => Assert.Throws<FormatException>(() => PriceBasis.Parse(text));

    [Fact]
    public void Flags_round_trip_as_stable_text()
    {
        var flags = ObservationFlags.Estimate | ObservationFlags.SecondarySource;
        Assert.Equal("estimate,secondary", flags.ToText());
        Assert.Equal(flags, ObservationFlagsText.Parse("estimate, secondary"));
        Assert.Equal(ObservationFlags.None, ObservationFlagsText.Parse(""));
        Assert.Throws<FormatException>(() => ObservationFlagsText.Parse("guess"));
        foreach (var flag in Enum.GetValues<ObservationFlags>().Where(f => f != ObservationFlags.None))
            Assert.Equal(flag, ObservationFlagsText.Parse(flag.ToText()));
    }
}
