using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Sesam.Data;

namespace Sesam.Web.Tests.Infrastruktur;

/// <summary>
/// The real application over a real database of its own (one per test class). Requests are authenticated as
/// a seeded user by the "Test" scheme, which builds the same principal as the real login. The app runs on
/// <see cref="Klocka"/>, which starts where the demo data was seeded (<see cref="Testklocka.Start"/>).
/// </summary>
public abstract class SesamAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    protected SesamAppFactory(Databasleverantor leverantor) => Leverantor = leverantor;

    public Databasleverantor Leverantor { get; }

    public string ConnectionString { get; private set; } = "";

    /// <summary>The PDL log's key and checkpoint file of this app.</summary>
    public TestPdl Pdl { get; } = new();

    /// <summary>The app's clock: tests take "now" and "today" from it and move it, never from the machine's clock.</summary>
    public FakeTimeProvider Klocka { get; } = Testklocka.Ny(Testklocka.Start);

    /// <summary>The environment the app runs in; tests of environment-specific behaviour override it.</summary>
    protected virtual string Miljo => "Testing";

    public async Task InitializeAsync() => ConnectionString = await SkapaDatabasAsync();

    /// <summary>The app's database: by default a copy of the template, whose demo data was seeded at <see cref="Testklocka.Start"/>.</summary>
    protected virtual Task<string> SkapaDatabasAsync() =>
        Leverantor == Databasleverantor.Sqlite ? TestDatabas.NySqliteAsync() : TestDatabas.NyPostgresAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await TestDatabas.TaBortAsync(Leverantor, ConnectionString);
        Pdl.Dispose();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Miljo);
        builder.UseSetting("Database:Provider", Leverantor.ToString());
        builder.UseSetting("ConnectionStrings:Sesam", ConnectionString);
        builder.UseSetting("Database:Migrate", "false");
        builder.UseSetting("Database:SeedDemoData", "false");
        AnvandPdl(builder);
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Klocka));
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestInloggning>(TestInloggning.Schema, null);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultAuthenticateScheme = TestInloggning.Schema;
            });
        });
    }

    /// <summary>This app's PDL key file and checkpoint file, for subclasses that configure the host themselves.</summary>
    protected void AnvandPdl(IWebHostBuilder builder)
    {
        foreach (var (nyckel, varde) in Pdl.Installningar)
        {
            builder.UseSetting(nyckel, varde);
        }
    }

    /// <summary>The database as its owner, for what the app's role may not do (migrating, bulk loading); on SQLite the same.</summary>
    public string AgaresConnectionString => Leverantor == Databasleverantor.Postgres ? TestDatabas.Agare(ConnectionString) : ConnectionString;

    /// <summary>A client logged in as the user with <paramref name="hsaId"/>; null for an anonymous client.</summary>
    public HttpClient Klient(string? hsaId, int? tjanstestalleId = null)
    {
        var klient = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (hsaId is not null)
        {
            klient.DefaultRequestHeaders.Add(TestInloggning.HsaIdHuvud, hsaId);
        }
        if (tjanstestalleId is not null)
        {
            klient.DefaultRequestHeaders.Add(TestInloggning.TjanstestalleHuvud, tjanstestalleId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        klient.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return klient;
    }

    public SesamDbContext Databas() => TestDatabas.SkapaKontext(Leverantor, ConnectionString);
}

public sealed class SqliteApp() : SesamAppFactory(Databasleverantor.Sqlite);

public sealed class PostgresApp() : SesamAppFactory(Databasleverantor.Postgres);

/// <summary>
/// An app whose clock stands at the instant it is given, over a database of its own, migrated and seeded at that instant
/// (the demo data's dates are relative to it), for running the date-sensitive flows at instants that have broken them.
/// </summary>
public sealed class FastKlockaApp : SesamAppFactory
{
    public FastKlockaApp(Databasleverantor leverantor, DateTimeOffset nu) : base(leverantor) => Klocka.AdjustTime(nu);

    protected override Task<string> SkapaDatabasAsync() => TestDatabas.NySeedadAsync(Leverantor, Klocka);
}
