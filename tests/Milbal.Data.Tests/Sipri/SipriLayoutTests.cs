using Milbal.Core.Observations;
using Milbal.Data.Importers.Sipri;

namespace Milbal.Data.Tests.Sipri;

public class SipriLayoutTests
{
    [Theory]
    [InlineData("Constant (2023) US$", 2023)]
    [InlineData("Constant (2024) US$", 2024)]
    [InlineData("Figures are in US$ b., at constant 2023 prices and exchange rates", 2023)]
    [InlineData("Military expenditure by region in constant US dollars     © SIPRI 2024", null)]
    [InlineData("Current US$", null)]
    public void Constant_price_base_year(string text, int? expected) => Assert.Equal(expected, SipriLayout.ConstantBaseYearIn(text));

    [Theory]
    [InlineData("Figures are in US $m., at constant 2023 prices and exchange rates", Scale.Millions)]
    [InlineData("Military expenditure by country, in millions of US$ at current prices", Scale.Millions)]
    [InlineData("Figures are in US$ b., at constant 2023 prices", Scale.Billions)]
    [InlineData("Figures are in current US$", null)]
    [InlineData("Figures are in local currency at current prices and are for financial years.", null)]
    public void Scale_stated_in_title(string text, Scale? expected) => Assert.Equal(expected, SipriLayout.ScaleIn(text));
}
