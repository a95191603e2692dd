using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Milbal.Web.Tests;

/// <summary>The web app on the bundled store (in memory), shared by the tests of a class.</summary>
public sealed class MilbalApp : WebApplicationFactory<WebEntryPoint>
{
    private readonly BundledStore _bundle = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton(StoreAccess.Shared(_bundle.Store)));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _bundle.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<MilbalApp>
{
    public const string Name = "web app";
}
