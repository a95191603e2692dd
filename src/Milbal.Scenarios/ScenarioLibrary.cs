using Milbal.Core.Entities;

namespace Milbal.Scenarios;

/// <summary>A bundled scenario: its name (file name without .yaml), description and path.</summary>
public sealed record ScenarioEntry(string Name, string Description, int Horizon, string Path);

/// <summary>
/// The bundled scenarios: "scenarios/" beside the executable (copied there by the CLI project), else data/scenarios in
/// the source tree. A name that is not bundled is read as a file path.
/// </summary>
public sealed class ScenarioLibrary(string directory)
{
    public string Directory { get; } = directory;

    public static ScenarioLibrary Default()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "scenarios");
        if (System.IO.Directory.Exists(beside)) return new ScenarioLibrary(beside);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "scenarios");
            if (System.IO.Directory.Exists(candidate)) return new ScenarioLibrary(candidate);
        }
        return new ScenarioLibrary(beside);
    }

    public IReadOnlyList<ScenarioEntry> List(EntityRegistry? registry = null) =>
        !System.IO.Directory.Exists(Directory) ? [] :
        System.IO.Directory.GetFiles(Directory, "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => ScenarioReader.ReadFile(path, registry))
            .Select(s => new ScenarioEntry(Path.GetFileNameWithoutExtension(s.SourcePath), s.Description, s.Horizon, s.SourcePath)).ToArray();

    /// <summary>A bundled scenario by name, or a file by path.</summary>
    public ScenarioFile Load(string nameOrPath, EntityRegistry? registry = null) =>
        TryLoad(nameOrPath, registry) ?? throw new ScenarioException(
            $"no scenario '{nameOrPath}': not a bundled scenario ({string.Join(", ", Names())}) and no such file");

    public ScenarioFile? TryLoad(string nameOrPath, EntityRegistry? registry = null)
    {
        var bundled = Path.Combine(Directory, nameOrPath + ".yaml");
        if (File.Exists(bundled)) return ScenarioReader.ReadFile(bundled, registry);
        return File.Exists(nameOrPath) ? ScenarioReader.ReadFile(nameOrPath, registry) : null;
    }

    private IEnumerable<string> Names() =>
        System.IO.Directory.Exists(Directory) ? System.IO.Directory.GetFiles(Directory, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order() : [];
}
