using System.CommandLine;
using Milbal.Core.Entities;
using Milbal.Data.Snapshot;
using Milbal.Data.Store;

namespace Milbal.Cli;

/// <summary>What every command needs: output streams, the store (built from the bundle on first use) and the entity registry.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;

    public int Fail(string message, int exitCode)
    {
        Error.WriteLine("error: " + message);
        return exitCode;
    }

    /// <summary>
    /// Opens the store. A store that does not exist yet is created and filled from the bundled snapshot, so a fresh
    /// install answers queries without any download or import.
    /// </summary>
    public MilbalStore OpenStore(ParseResult parse, bool readOnly = false)
    {
        var path = StoreLocation.Resolve(parse.GetValue(MilbalCli.DbOption));
        if (!File.Exists(path))
        {
            using var created = MilbalStore.Open(path);
            var bundle = BundleLoader.DefaultBundleDirectory();
            if (bundle is null)
                Error.WriteLine($"note: created an empty store at {path}; no bundled data was found beside the executable, import files with 'milbal import'.");
            else
            {
                BundleLoader.Load(created, bundle);
                Error.WriteLine($"note: created the store at {path} from the bundled snapshot ({Path.Combine(bundle, BundleManifest.FileName)}).");
            }
        }
        var store = MilbalStore.Open(path, readOnly);
        if (BundleLoader.DefaultBundleDirectory() is { } shipped && BundleLoader.IsStale(store, shipped))
            Error.WriteLine("note: this Milbal ships a newer bundled snapshot than the store holds; 'milbal snapshot load' refreshes the bundled editions and keeps your own imports.");
        return store;
    }

    public static EntityRegistry Registry(MilbalStore store) => EntityRegistry.Default.WithGroups(store.UserGroups());
}
