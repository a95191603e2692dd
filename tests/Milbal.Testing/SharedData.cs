using Milbal.Core.Datasets;

namespace Milbal.Testing;

/// <summary>
/// Finds the publishers' raw files in ../shared/data beside the repository (or MILBAL_SHARED_DATA).
/// Tests that need them fail, rather than skip, when they are missing: CI always has them.
/// </summary>
public static class SharedData
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Root { get; } =
        Environment.GetEnvironmentVariable("MILBAL_SHARED_DATA") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    public static string PathOf(string relative)
    {
        var path = Path.Combine(Root, relative);
        if (!File.Exists(path))
            throw new FileNotFoundException($"raw publisher file missing: {path} (set MILBAL_SHARED_DATA to the shared/data folder)", path);
        return path;
    }

    /// <summary>Files matching <paramref name="pattern"/> in a folder of the data root; none found is an error.</summary>
    public static string[] Files(string folder, string pattern)
    {
        var directory = Path.Combine(Root, folder);
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, pattern) : [];
        if (files.Length == 0) throw new FileNotFoundException($"no {pattern} in {directory} (set MILBAL_SHARED_DATA to the shared/data folder)");
        return files.Order(StringComparer.Ordinal).ToArray();
    }

    public static ImportSource Source(string relative) => ImportSource.FromFile(PathOf(relative));

    /// <summary>A copy of a raw file cut after <paramref name="fraction"/> of its bytes.</summary>
    public static ImportSource Truncated(string relative, double fraction)
    {
        var bytes = File.ReadAllBytes(PathOf(relative));
        return new ImportSource(Path.GetFileName(relative), bytes[..(int)(bytes.Length * fraction)]);
    }

    /// <summary>A copy of a raw file with a run of bytes in the middle overwritten.</summary>
    public static ImportSource Corrupted(string relative)
    {
        var bytes = File.ReadAllBytes(PathOf(relative));
        var start = bytes.Length / 3;
        for (var i = start; i < Math.Min(bytes.Length, start + 4096); i++) bytes[i] = (byte)(i * 31 % 251);
        return new ImportSource(Path.GetFileName(relative), bytes);
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Milbal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Milbal.sln) above " + AppContext.BaseDirectory);
    }
}
