namespace Milbal.Cli.Tests;

/// <summary>Runs the milbal command line in-process against a temporary store file.</summary>
public sealed class CliRunner : IDisposable
{
    public string DbPath { get; } = Path.Combine(Path.GetTempPath(), $"milbal-cli-{Guid.NewGuid():N}.duckdb");

    public sealed record Outcome(int ExitCode, string Output, string Error);

    public Outcome Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = MilbalCli.Run([.. args, "--db", DbPath], output, error);
        return new Outcome(code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        foreach (var file in new[] { DbPath, DbPath + ".wal" })
            if (File.Exists(file)) File.Delete(file);
    }
}
