namespace Milbal.Data.Store;

/// <summary>Where the store file lives: --db, else MILBAL_DB, else $XDG_DATA_HOME/milbal, else ~/.local/share/milbal.</summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "MILBAL_DB";
    public const string FileName = "milbal.duckdb";

    public static string Resolve(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath)) return Path.GetFullPath(explicitPath);
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnv) return Path.GetFullPath(fromEnv);
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome) || !Path.IsPathRooted(dataHome))
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "milbal", FileName);
    }
}
