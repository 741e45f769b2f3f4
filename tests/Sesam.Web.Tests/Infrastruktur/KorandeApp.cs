using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Sesam.Data;

namespace Sesam.Web.Tests.Infrastruktur;

/// <summary>
/// The real Sesam (Kestrel, the real middleware and login) on a free loopback port over its own copy of the seeded
/// database, for tests that need a real socket: TLS client certificates and browser journeys.
/// Start it with <see cref="StartaAsync"/> and pass configuration as keys, e.g. "Kestrel:Endpoints:Https:Url";
/// without a Kestrel endpoint it listens on http://127.0.0.1 with a free port. <see cref="Adress"/> is where it listens.
/// Unlike <see cref="KestrelApp"/> (header-based test login), nothing is replaced: users log in for real.
/// </summary>
public sealed class KorandeApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly TestPdl _pdl;

    private KorandeApp(WebApplication app, Uri adress, Databasleverantor leverantor, string connectionString, TestPdl pdl)
    {
        _app = app;
        _pdl = pdl;
        Adress = adress;
        Leverantor = leverantor;
        ConnectionString = connectionString;
    }

    public Uri Adress { get; }

    public Databasleverantor Leverantor { get; }

    public string ConnectionString { get; }

    public static async Task<KorandeApp> StartaAsync(
        IReadOnlyDictionary<string, string> installningar,
        string miljo = "Testing",
        Databasleverantor leverantor = Databasleverantor.Sqlite)
    {
        var connectionString = leverantor == Databasleverantor.Sqlite ? await TestDatabas.NySqliteAsync() : await TestDatabas.NyPostgresAsync();
        var pdl = new TestPdl();
        var alla = new Dictionary<string, string>(pdl.Installningar.Concat(installningar))
        {
            ["Database:Provider"] = leverantor.ToString(),
            ["ConnectionStrings:Sesam"] = connectionString,
            ["Database:Migrate"] = "false",
            ["Database:SeedDemoData"] = "false",
        };
        // The application name makes MVC find its controllers and views in Sesam.Web rather than in the test host.
        var args = new List<string> { $"--environment={miljo}", $"--contentRoot={WebProjektet()}", $"--applicationName={typeof(SesamApp).Assembly.GetName().Name}" };
        if (!alla.Keys.Any(k => k.StartsWith("Kestrel:Endpoints:", StringComparison.OrdinalIgnoreCase)))
        {
            args.Add("--urls=http://127.0.0.1:0");
        }
        args.AddRange(alla.Select(kv => $"--{kv.Key}={kv.Value}"));
        var app = SesamApp.Bygg([.. args]);
        await app.StartAsync();
        var adress = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KorandeApp(app, new Uri(adress.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), leverantor, connectionString, pdl);
    }

    public Uri Url(string sokvag) => new(Adress, sokvag);

    public SesamDbContext Databas() => TestDatabas.SkapaKontext(Leverantor, ConnectionString);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await TestDatabas.TaBortAsync(Leverantor, ConnectionString);
        _pdl.Dispose();
    }

    /// <summary>src/Sesam.Web, so that static files are served as in a real run.</summary>
    private static string WebProjektet()
    {
        for (var katalog = new DirectoryInfo(AppContext.BaseDirectory); katalog is not null; katalog = katalog.Parent)
        {
            if (File.Exists(Path.Combine(katalog.FullName, "Sesam.sln")))
            {
                return Path.Combine(katalog.FullName, "src", "Sesam.Web");
            }
        }
        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Hittar inte Sesam.sln ovanför {AppContext.BaseDirectory}."));
    }
}
