using Milbal.Core.Entities;

namespace Milbal.Core.Tests.Entities;

/// <summary>Every name and code in the World Bank and IMF files, read from the files themselves.</summary>
public class PublisherFileTests
{
    private static readonly EntityRegistry Registry = EntityRegistry.Default;

    /// <summary>
    /// World Bank aggregate names that SIPRI uses for a different region (or, for "European Union", for the EU's own
    /// spending); they stay with SIPRI because WDI rows carry a code and SIPRI rows only a name.
    /// </summary>
    private static readonly HashSet<string> WorldBankNamesLeftToSipri =
        ["European Union", "North America", "South Asia", "Sub-Saharan Africa"];

    /// <summary>(Country Name, Country Code) of every row of every WDI CSV, with or without the 4 metadata lines.</summary>
    private static List<(string Name, string Code, string File)> WdiRows()
    {
        var rows = new List<(string, string, string)>();
        foreach (var folder in new[] { "worldbank/wdi-2025-03-24", "worldbank/wdi-2025h2" })
        {
            foreach (var file in SharedData.Files(folder, "API_*.csv"))
            {
                var records = ReadCsv(file);
                var header = records.FindIndex(r => r[0] == "Country Name");
                Assert.True(header >= 0, $"{file}: no header row");
                foreach (var record in records.Skip(header + 1))
                    rows.Add((record[0], record[1], Path.GetFileName(file)));
            }
        }
        return rows;
    }

    [Fact]
    public void EveryWdiCodeIsAnEntityOfItsOwnIdAndItsNameResolvesToIt()
    {
        var rows = WdiRows();
        Assert.True(rows.Count > 1000, $"only {rows.Count} WDI rows read");
        var failures = new List<string>();
        foreach (var (name, code, file) in rows.DistinctBy(r => (r.Name, r.Code)))
        {
            if (!Registry.TryResolve(code, out var byCode) || byCode.Id != code)
            {
                failures.Add($"{file}: code {code} → {(byCode?.Id ?? "nothing")}");
                continue;
            }
            if (!Registry.TryResolve(name, out var byName)) failures.Add($"{file}: name '{name}' ({code}) unknown");
            else if (byName.Id != code && !WorldBankNamesLeftToSipri.Contains(name)) failures.Add($"{file}: name '{name}' → {byName.Id}, code says {code}");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void WdiCountriesAreCountriesAndWdiAggregatesAreAggregates()
    {
        var metadata = SharedData.Files("worldbank/wdi-2025h2", "Metadata_Country_*.csv")[0];
        var failures = new List<string>();
        var count = 0;
        foreach (var fields in ReadCsv(metadata).Skip(1))
        {
            // The World Bank gives a region to economies and none to its aggregates.
            var expected = fields[1].Length > 0 ? EntityKind.Country : EntityKind.Aggregate;
            var entity = Registry.Resolve(fields[0]);
            if (entity.Kind != expected) failures.Add($"{fields[0]} is {entity.Kind}, expected {expected}");
            count++;
        }
        Assert.Equal(265, count);
        Assert.Empty(failures);
    }

    [Fact]
    public void PppAlpha2IdsMatchTheCountriesTheirNamesResolveTo()
    {
        var file = SharedData.Files("worldbank/datasets-ppp-2026-03-05", "ppp-gdp.csv")[0];
        var pairs = ReadCsv(file).Skip(1).Select(f => (Name: f[0], Alpha2: f[1])).Distinct().ToList();
        Assert.True(pairs.Count > 150);
        var failures = new List<string>();
        foreach (var (name, alpha2) in pairs)
        {
            var byName = Registry.Resolve(name);
            var byCode = Registry.Resolve(alpha2);
            if (byName.Id != byCode.Id || byName.Alpha2 != alpha2) failures.Add($"{name}/{alpha2}: {byName.Id} (alpha2 {byName.Alpha2}) vs {byCode.Id}");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void EveryWeoOctober2025AreaCodeAndLabelResolveToTheSameEntity()
    {
        var file = SharedData.Files("imf/weo-2025-10", "weo-2025-10-codes.csv")[0];
        var areas = ReadCsv(file).Skip(1).Where(f => f[0] == "area").ToList();
        Assert.Equal(210, areas.Count);
        var failures = new List<string>();
        foreach (var area in areas)
        {
            var (code, label) = (area[1], area[2]);
            if (!Registry.TryResolve(code, out var byCode)) { failures.Add($"code {code} unknown"); continue; }
            if (!Registry.TryResolve(label, out var byLabel)) { failures.Add($"label '{label}' unknown"); continue; }
            if (byCode.Id != byLabel.Id) failures.Add($"{code} → {byCode.Id} but '{label}' → {byLabel.Id}");
        }
        Assert.Empty(failures);
        Assert.Equal("XKX", Registry.Resolve("KOS").Id);
        Assert.Equal("PSE", Registry.Resolve("WBG").Id);
        Assert.Equal("WLD", Registry.Resolve("G001").Id);
        Assert.Equal("EMU", Registry.Resolve("G163").Id);
        Assert.Equal("EUU", Registry.Resolve("G998").Id);
        Assert.Equal("WEO_G110", Registry.Resolve("Advanced Economies").Id);
    }

    private static List<string[]> ReadCsv(string path) => CsvText.Records(File.ReadAllText(path));
}
