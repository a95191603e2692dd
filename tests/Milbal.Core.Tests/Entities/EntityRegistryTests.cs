using Milbal.Core.Entities;

namespace Milbal.Core.Tests.Entities;

public class EntityRegistryTests
{
    private static readonly EntityRegistry Registry = EntityRegistry.Default;

    [Theory]
    [MemberData(nameof(PublisherNames.Sipri), MemberType = typeof(PublisherNames))]
    public void SipriNamesResolve(string name, string expectedId) => Assert.Equal(expectedId, Registry.Resolve(name).Id);

    [Theory]
    [MemberData(nameof(PublisherNames.Nato), MemberType = typeof(PublisherNames))]
    public void NatoNamesResolve(string name, string expectedId) => Assert.Equal(expectedId, Registry.Resolve(name).Id);

    [Theory]
    [MemberData(nameof(PublisherNames.WeoApril2025), MemberType = typeof(PublisherNames))]
    public void WeoCountryColumnResolvesToTheCountryOfItsIsoColumn(string iso, string country)
    {
        var byIso = Registry.Resolve(iso);
        Assert.Equal(EntityKind.Country, byIso.Kind);
        Assert.Equal(byIso.Id, Registry.Resolve(country).Id);
    }

    [Theory]
    [InlineData("Türkiye", "TUR")]
    [InlineData("Turkey", "TUR")]
    [InlineData("Turkiye", "TUR")]
    [InlineData("TUR", "TUR")]
    [InlineData("TR", "TUR")]
    [InlineData("tr", "TUR")]
    [InlineData("Korea, South", "KOR")]
    [InlineData("Korea, Rep.", "KOR")]
    [InlineData("South Korea", "KOR")]
    [InlineData("Korea, North", "PRK")]
    [InlineData("Slovak Republic", "SVK")]
    [InlineData("Macedonia, FYR", "MKD")]
    [InlineData("United States of America", "USA")]
    [InlineData("US", "USA")]
    [InlineData("USA", "USA")]
    [InlineData("America", "USA")]
    [InlineData("UK", "GBR")]
    [InlineData("Britain", "GBR")]
    [InlineData("Czech Republic", "CZE")]
    [InlineData("Russian Federation", "RUS")]
    [InlineData("Egypt, Arab Rep.", "EGY")]
    [InlineData("Iran, Islamic Rep.", "IRN")]
    [InlineData("Netherlands, The", "NLD")]
    [InlineData("China, People's Republic of", "CHN")]
    [InlineData("Türkiye, Republic of", "TUR")]
    [InlineData("St. Kitts and Nevis", "KNA")]
    [InlineData("Saint Kitts and Nevis", "KNA")]
    [InlineData("  côte d’ivoire ", "CIV")]
    [InlineData("Kosovo", "XKX")]
    [InlineData("Taiwan", "TWN")]
    [InlineData("Soviet Union", "SUN")]
    [InlineData("Yemen, North", "YAR")]
    [InlineData("East Germany", "DDR")]
    [InlineData("Europe", "SIPRI_EUROPE")]
    [InlineData("SIPRI Western Europe", "SIPRI_WESTERN_EUROPE")]
    [InlineData("World", "WLD")]
    [InlineData("Euro area", "EMU")]
    [InlineData("EU", "EU27")]
    [InlineData("EU27", "EU27")]
    [InlineData("NATO Total", "NATO")]
    [InlineData("NATO - Total", "NATO")]
    [InlineData("NATO Europe and Canada", "NATO_EUROPE_CANADA")]
    [InlineData("NATO Europe", "NATO_EUROPE")]
    public void KnownSpellingsResolve(string name, string expectedId) => Assert.Equal(expectedId, Registry.Resolve(name).Id);

    [Fact]
    public void SipriEuropeanUnionRowIsTheEusOwnSpendingNotTheMemberSum()
    {
        // SIPRI's "European Union" row is the European Defence Fund (footnote 103), not 27 countries' spending.
        var entity = Registry.Resolve("European Union");
        Assert.Equal("SIPRI_EU", entity.Id);
        Assert.Equal(EntityKind.Aggregate, entity.Kind);
        Assert.True(Registry.TryGetGroup("EU27", out _));
    }

    [Fact]
    public void UnknownNameThrowsWithSuggestion()
    {
        var error = Assert.Throws<UnknownEntityException>(() => Registry.Resolve("Germny"));
        Assert.Equal("Germny", error.Query);
        Assert.Contains("Germany (DEU)", error.Suggestions);
        Assert.Contains("did you mean", error.Message);
        Assert.False(Registry.TryResolve("Atlantis", out _));
    }

    [Fact]
    public void EveryNameInTheTablesResolvesToItsOwnEntity()
    {
        // Two entities sharing a folded name would silently send one of them to the other; the only deliberate
        // case is the EU27 group's long name, which SIPRI's "European Union" row keeps.
        var allowed = new HashSet<(string, string)> { ("EU27", "European Union") };
        var failures = new List<string>();
        foreach (var entity in Registry.Entities)
        {
            foreach (var name in entity.AllNames.Concat(entity.Alpha2 is null ? [] : [entity.Alpha2]))
            {
                if (allowed.Contains((entity.Id, name))) continue;
                var resolved = Registry.Resolve(name);
                if (resolved.Id != entity.Id) failures.Add($"'{name}' of {entity.Id} resolves to {resolved.Id}");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void CountriesCarryIsoCodesAndCurrencies()
    {
        var countries = Registry.Entities.Where(e => e.Kind == EntityKind.Country).ToList();
        Assert.Equal(218, countries.Count);
        Assert.All(countries, c =>
        {
            Assert.Matches("^[A-Z]{3}$", c.Id);
            Assert.Matches("^[A-Z]{3}$", c.Currency ?? "");
            // Only the Channel Islands, a World Bank economy, have no ISO 3166 alpha-2 code.
            if (c.Id != "CHI") Assert.Matches("^[A-Z]{2}$", c.Alpha2 ?? "");
        });
        Assert.Equal(countries.Count(c => c.Alpha2 is not null), countries.Where(c => c.Alpha2 is not null).DistinctBy(c => c.Alpha2).Count());
        Assert.Equal("RUB", Registry.Resolve("Russia").Currency);
        Assert.Equal("EUR", Registry.Resolve("Croatia").Currency);
        Assert.Equal("GBP", Registry.Resolve("UK").Currency);
        Assert.Equal("RU", Registry.Resolve("RUS").Alpha2);
        Assert.Equal("XK", Registry.Resolve("Kosovo").Alpha2);
    }

    [Fact]
    public void NatoMembershipFollowsAccessionYears()
    {
        Assert.True(Registry.TryGetGroup("NATO", out var nato));
        Assert.Equal(28, nato.MembersIn(2014).Count);
        Assert.Equal(29, nato.MembersIn(2017).Count);
        Assert.Equal(32, nato.MembersIn(2024).Count);
        Assert.False(nato.IsMember("FIN", 2022));
        Assert.True(nato.IsMember("FIN", 2023));
        Assert.False(nato.IsMember("SWE", 2023));
        Assert.True(nato.IsMember("SWE", 2024));
        Assert.True(Registry.TryGetGroup("NATO Europe", out var europe));
        Assert.DoesNotContain("USA", europe.EverMembers);
        Assert.DoesNotContain("CAN", europe.EverMembers);
        Assert.Equal(30, europe.MembersIn(2024).Count);
        Assert.True(Registry.TryGetGroup("NATO Europe and Canada", out var europeCanada));
        Assert.Contains("CAN", europeCanada.MembersIn(2024));
        Assert.Equal(31, europeCanada.MembersIn(2024).Count);
        Assert.All(nato.EverMembers, id => Assert.Equal(EntityKind.Country, Registry.Resolve(id).Kind));
    }

    [Fact]
    public void EuMembershipCountsTheUkTo2019()
    {
        Assert.True(Registry.TryGetGroup("EU", out var eu));
        Assert.Equal("EU27", eu.Id);
        Assert.Equal(28, eu.MembersIn(2019).Count);
        Assert.Contains("GBR", eu.MembersIn(2019));
        Assert.Equal(27, eu.MembersIn(2020).Count);
        Assert.DoesNotContain("GBR", eu.MembersIn(2020));
        Assert.Equal(28, eu.MembersIn(2013).Count);
        Assert.Equal(27, eu.MembersIn(2012).Count);
        Assert.All(eu.EverMembers, id => Assert.Equal(EntityKind.Country, Registry.Resolve(id).Kind));
    }

    [Theory]
    [InlineData("DEU", 1998, "DEM")]
    [InlineData("DEU", 1999, "EUR")]
    [InlineData("DEU", 2024, "EUR")]
    [InlineData("FRA", 1998, "FRF")]
    [InlineData("GRC", 2000, "GRD")]
    [InlineData("GRC", 2001, "EUR")]
    [InlineData("SVN", 2006, "SIT")]
    [InlineData("SVN", 2007, "EUR")]
    [InlineData("LTU", 2014, "LTL")]
    [InlineData("LTU", 2015, "EUR")]
    [InlineData("HRV", 2022, "HRK")]
    [InlineData("HRV", 2023, "EUR")]
    [InlineData("RUS", 1997, "RUR")]
    [InlineData("RUS", 1998, "RUB")]
    [InlineData("TUR", 2004, "TRL")]
    [InlineData("TUR", 2005, "TRY")]
    [InlineData("POL", 1994, "PLZ")]
    [InlineData("POL", 1995, "PLN")]
    [InlineData("USA", 1960, "USD")]
    public void CurrencyInYear(string id, int year, string expected) => Assert.Equal(expected, Registry.CurrencyIn(id, year));

    [Fact]
    public void CurrencyHistoryPeriodsAreContiguousAndEndInTheCountrysCurrency()
    {
        foreach (var periods in Registry.CurrencyHistory.GroupBy(p => p.EntityId))
        {
            var ordered = periods.OrderBy(p => p.FromYear).ToList();
            Assert.Equal(EntityKind.Country, Registry.Resolve(periods.Key).Kind);
            for (var i = 1; i < ordered.Count; i++) Assert.Equal(ordered[i - 1].ToYear + 1, ordered[i].FromYear);
            Assert.Null(ordered[^1].ToYear);
            // Bulgaria's euro (2026) postdates every file here; its published series are still in leva.
            var current = periods.Key == "BGR" ? ordered[^2].Currency : ordered[^1].Currency;
            Assert.Equal(Registry.Resolve(periods.Key).Currency, current);
        }
    }
}
