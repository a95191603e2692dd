namespace Milbal.Analysis.Capacity;

/// <summary>Where the curated capacity files are: copied beside the executable, or in a source checkout's data/capacity.</summary>
internal static class CuratedFile
{
    /// <summary>"capacity/NAME" beside the executable, else data/capacity/NAME found walking up from it or the current directory.</summary>
    public static string Find(string fileName, string description)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "capacity", fileName);
        if (File.Exists(beside)) return beside;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "capacity", fileName);
                if (File.Exists(candidate)) return candidate;
            }
        throw new FileNotFoundException($"no {description}: data/capacity/{fileName} was not found above {AppContext.BaseDirectory} or the current directory");
    }
}
