using System.CommandLine;
using Milbal.Web;

namespace Milbal.Cli.Commands;

/// <summary>`milbal serve`: the HTTP API and dashboard on the store, read-only while it runs.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Addresses to listen on (default {MilbalWeb.DefaultUrl}; loopback only unless you give another address)",
            DefaultValueFactory = _ => [MilbalWeb.DefaultUrl],
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("serve", "The HTTP API (/api/v1, OpenAPI at /openapi/v1.json) and the dashboard, on the store opened read-only; Ctrl+C stops");
        command.Options.Add(urls);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var addresses = parse.GetValue(urls)!.SelectMany(u => u.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
            foreach (var address in addresses)
                if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                    throw new ArgumentException($"--urls '{address}' is not an address like {MilbalWeb.DefaultUrl}");
            string path;
            // Creates the store from the bundle when it is missing, and checks it opens, before the server starts.
            using (var store = context.OpenStore(parse, readOnly: true)) path = store.Path;
            try
            {
                using var app = MilbalWeb.Build(new MilbalWebOptions(path, addresses));
                context.Error.WriteLine($"serving {path} (read-only) on {string.Join(", ", addresses)}: dashboard at /, API at /api/v1, OpenAPI at /openapi/v1.json");
                app.Run();
            }
            catch (IOException e)
            {
                return context.Fail($"cannot listen on {string.Join(", ", addresses)}: {e.Message} (choose another port with --urls)", ExitCodes.BadInput);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
