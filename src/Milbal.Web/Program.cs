using Milbal.Data.Store;

namespace Milbal.Web;

/// <summary>
/// `dotnet Milbal.Web.dll [--db PATH]`: the app alone (`milbal serve` is the usual way, and creates the store from the
/// bundle when it is missing). WebApplicationFactory starts here too, then replaces the store service.
/// </summary>
public sealed class WebEntryPoint
{
    public static void Main(string[] args)
    {
        var at = Array.IndexOf(args, "--db");
        var db = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        var rest = at >= 0 ? args.Where((_, i) => i != at && i != at + 1).ToArray() : args;
        var path = StoreLocation.Resolve(db);
        MilbalWeb.Build(new MilbalWebOptions(File.Exists(path) ? path : null), rest).Run();
    }
}
