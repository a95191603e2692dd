using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Store;
using static Milbal.Data.Tests.Store.StoreFixtures;

namespace Milbal.Data.Tests.Store;

public class MilbalStoreTests
{
    [Fact]
    public void Round_trips_units_flags_footnotes_and_provenance()
    {
        using var store = MilbalStore.OpenInMemory();
        var rub = new Observation("RUS", 2024, "milex", 13_827_500, Unit.LocalMoney("RUB", Scale.Millions, PriceBasis.Current),
            PeriodBasis.CalendarYear, ObservationFlags.Estimate | ObservationFlags.HighlyUncertain, "‡§¶16", "a note");
        var constant = new Observation("RUS", 2024, "milex", 149_000, Unit.UsDollars(Scale.Millions, PriceBasis.Constant(2023)));
        var cpi = new Observation("RUS", 2024, "cpi", 250, Unit.Index(2010));
        store.Write(Result(Dataset(), "workbook", rub, constant, cpi));

        var rows = store.Series(new SeriesQuery(["RUS"]));
        Assert.Equal(3, rows.Count);
        var back = rows.Single(r => r.Observation.Unit.Currency == "RUB").Observation;
        Assert.Equal(rub, back);
        Assert.Equal(PriceBasis.Constant(2023), rows.Single(r => r.Observation.Unit.Currency == "USD").Observation.Unit.PriceBasis);
        Assert.Equal(2010, rows.Single(r => r.Observation.MeasureId == "cpi").Observation.Unit.BaseYear);
        Assert.All(rows, r => Assert.Equal(("sipri", "2025"), (r.Dataset, r.Edition)));
        var entry = Assert.Single(store.Catalogue());
        Assert.Equal(3, entry.Rows);
        Assert.Equal("budget figures", Assert.Single(entry.Footnotes).Text);
    }

    [Fact]
    public void Reimporting_an_edition_part_replaces_it_and_leaves_other_parts()
    {
        using var store = MilbalStore.OpenInMemory();
        store.Write(Result(Dataset(), "a", Milex("RUS", 2023, 1), Milex("RUS", 2024, 2)));
        store.Write(Result(Dataset(), "b", Milex("DEU", 2024, 3)));
        store.Write(Result(Dataset(), "a", Milex("RUS", 2024, 20)));

        var rows = store.Series(new SeriesQuery(["RUS", "DEU"]));
        Assert.Equal([("DEU", 3.0), ("RUS", 20.0)], rows.Select(r => (r.Observation.EntityId, r.Observation.Value)).ToArray());
        Assert.Equal(2, Assert.Single(store.Catalogue()).Imports.Count);
    }

    [Fact]
    public void A_failed_write_rolls_back_everything()
    {
        using var store = MilbalStore.OpenInMemory();
        store.Write(Result(Dataset(), "a", Milex("RUS", 2024, 1)));
        var good = Result(Dataset(), "a", Milex("RUS", 2024, 999));
        var broken = Result(Dataset("2026") with { Publisher = null! }, "a", Milex("DEU", 2024, 2));

        Assert.Throws<StoreException>(() => store.WriteAll([good, broken]));

        var rows = store.Series(new SeriesQuery(["RUS", "DEU"]));
        Assert.Equal(1.0, Assert.Single(rows).Observation.Value);
        Assert.Equal("2025", Assert.Single(store.Catalogue()).Dataset.Edition);
    }

    [Fact]
    public void Editions_live_side_by_side_and_newest_is_the_default()
    {
        using var store = MilbalStore.OpenInMemory();
        store.Write(Result(Dataset("2024", new DateOnly(2024, 6, 17)), "t", Milex("POL", 2024, 4.12)));
        store.Write(Result(Dataset("2025", new DateOnly(2025, 8, 28), secondary: true), "t", Milex("POL", 2024, 3.79)));

        Assert.Equal(3.79, Assert.Single(store.Series(new SeriesQuery(["POL"]))).Observation.Value);
        var old = Assert.Single(store.Series(new SeriesQuery(["POL"], Edition: "2024")));
        Assert.Equal(4.12, old.Observation.Value);
        Assert.False(old.IsSecondary);
        Assert.True(Assert.Single(store.Series(new SeriesQuery(["POL"], Edition: "2025"))).IsSecondary);
        var error = Assert.Throws<StoreException>(() => store.Series(new SeriesQuery(["POL"], Edition: "1999")));
        Assert.Contains("2024", error.Message);
    }

    [Fact]
    public void Ambiguous_edition_prefix_is_an_error()
    {
        using var store = MilbalStore.OpenInMemory();
        store.Write(Result(Dataset("2025-03-24"), "t", Milex("POL", 2024, 1)));
        store.Write(Result(Dataset("2025h2"), "t", Milex("POL", 2024, 2)));
        Assert.Contains("ambiguous", Assert.Throws<StoreException>(() => store.Series(new SeriesQuery(["POL"], Edition: "2025"))).Message);
        Assert.Equal(2.0, Assert.Single(store.Series(new SeriesQuery(["POL"], Edition: "2025h2"))).Observation.Value);
    }

    [Fact]
    public void Store_file_is_versioned_and_reopens()
    {
        using var temp = new TempStore();
        using (var store = MilbalStore.Open(temp.Path))
        {
            Assert.Equal(Migrations.Latest, store.SchemaVersion);
            store.Write(Result(Dataset(), "a", Milex("RUS", 2024, 1)));
        }
        using (var reopened = MilbalStore.Open(temp.Path, readOnly: true))
        {
            Assert.Single(reopened.Series(new SeriesQuery(["RUS"])));
            Assert.Throws<StoreException>(() => reopened.Write(Result(Dataset(), "a")));
        }
    }

    [Fact]
    public void User_groups_are_stored_and_resolved()
    {
        using var store = MilbalStore.OpenInMemory();
        store.SaveUserGroup(new Group("BALTICS", "Baltic states", [], [new("EST", 1991), new("LVA", 1991), new("LTU", 1991)], "test", IsBuiltIn: false));
        var registry = EntityRegistry.Default.WithGroups(store.UserGroups());
        Assert.True(registry.TryGetGroup("baltics", out var group));
        Assert.Equal(["EST", "LTU", "LVA"], group.MembersIn(2024));
        Assert.True(store.RemoveUserGroup("BALTICS"));
        Assert.Empty(store.UserGroups());
    }
}
