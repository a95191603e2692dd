using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Milbal.Data.Importers.Sipri;

namespace Milbal.Data.Tests.Sipri;

/// <summary>Imports the real SIPRI workbook once for all tests of a class.</summary>
public sealed class SipriFixture
{
    public const string File = "sipri/SIPRI-Milex-data-1949-2024_2.xlsx";

    public SipriFixture()
    {
        Registry = TestRegistry();
        Result = new SipriImporter(Registry).Import(SharedData.Source(File), ImportOptions.Default);
    }

    public EntityRegistry Registry { get; }
    public ImportResult Result { get; }

    public string IdOf(string name) => Registry.Resolve(name).Id;

    public Observation Single(string entity, int year, string measure, Func<Unit, bool> unit, PeriodBasis period = PeriodBasis.CalendarYear)
    {
        var id = IdOf(entity);
        return Assert.Single(Result.Observations, o => o.EntityId == id && o.Year == year && o.MeasureId == measure && o.Period == period && unit(o.Unit));
    }

    /// <summary>
    /// The default registry plus the few entities these tests name, for as long as the reference table lacks
    /// them; once it has them, it decides their ids.
    /// </summary>
    private static EntityRegistry TestRegistry()
    {
        var registry = EntityRegistry.Default;
        var extra = new List<Entity>();
        void Ensure(string id, string name, EntityKind kind, string? alpha2, string? currency)
        {
            if (!registry.TryResolve(name, out _) && !registry.TryResolve(id, out _)) extra.Add(new Entity(id, name, kind, alpha2, currency, []));
        }
        Ensure("RUS", "Russia", EntityKind.Country, "RU", "RUB");
        Ensure("DZA", "Algeria", EntityKind.Country, "DZ", "DZD");
        Ensure("LBY", "Libya", EntityKind.Country, "LY", "LYD");
        Ensure("UKR", "Ukraine", EntityKind.Country, "UA", "UAH");
        Ensure("IND", "India", EntityKind.Country, "IN", "INR");
        Ensure("HRV", "Croatia", EntityKind.Country, "HR", "EUR");
        Ensure("LBR", "Liberia", EntityKind.Country, "LR", "LRD");
        Ensure("ZWE", "Zimbabwe", EntityKind.Country, "ZW", "ZWG");
        Ensure("WORLD", "World", EntityKind.Aggregate, null, null);
        Ensure("AFRICA", "Africa", EntityKind.Aggregate, null, null);
        return new EntityRegistry(
            registry.Entities.Where(e => e.Kind != EntityKind.Group).Concat(extra),
            registry.Groups,
            registry.CurrencyHistory);
    }
}
