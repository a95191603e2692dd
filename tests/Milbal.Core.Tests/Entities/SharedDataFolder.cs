namespace Milbal.Core.Tests.Entities;

/// <summary>
/// The publishers' raw files in ../shared/data beside the repository (or MILBAL_SHARED_DATA). Core tests cannot
/// reference Milbal.Data.Tests' SharedData, so this is the same lookup in miniature; missing files fail the test.
/// </summary>
internal static class SharedDataFolder
{
    public static string Root { get; } =
        Environment.GetEnvironmentVariable("MILBAL_SHARED_DATA") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared", "data"));

    public static string[] Files(string folder, string pattern)
    {
        var directory = Path.Combine(Root, folder);
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, pattern) : [];
        if (files.Length == 0) throw new FileNotFoundException($"no {pattern} in {directory} (set MILBAL_SHARED_DATA to the shared/data folder)");
        return files.Order(StringComparer.Ordinal).ToArray();
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Milbal.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"Milbal.sln not found above {AppContext.BaseDirectory}");
    }
}
