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
        Registry = EntityRegistry.Default;
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
}
