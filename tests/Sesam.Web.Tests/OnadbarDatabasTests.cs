using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>
/// The app over a database the test can take away while the app runs. Requests are logged in from a principal the
/// test prepares, since the usual test login reads the user from the database.
/// </summary>
public abstract class ForsvinnandeDatabasApp(Databasleverantor leverantor) : KantApp(leverantor)
{
    public const string Schema = "TestUtanDatabas";

    public Inloggning Inloggad { get; } = new();

    /// <summary>Makes the database unreachable for the app.</summary>
    public abstract void TaBortDatabasen();

    /// <summary>The connection string the app gets, to a database that <see cref="TaBortDatabasen"/> can take away.</summary>
    protected abstract string AppensAnslutning();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Sesam", AppensAnslutning());
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton(Inloggad);
            s.AddAuthentication().AddScheme<AuthenticationSchemeOptions, InloggningUtanDatabas>(Schema, null);
            s.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = Schema);
        });
    }

    public sealed class Inloggning
    {
        public ClaimsPrincipal? Principal { get; set; }
    }

    private sealed class InloggningUtanDatabas(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Inloggning inloggad)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
            inloggad.Principal is { } principal
                ? Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Schema)))
                : Context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}

/// <summary>PostgreSQL behind a forwarding port that is cut: the server is down or the network is gone.</summary>
public sealed class ForsvinnandePostgresApp() : ForsvinnandeDatabasApp(Databasleverantor.Postgres)
{
    private Tcpvidarekoppling? _koppling;

    public override void TaBortDatabasen() => _koppling!.Bryt();

    protected override string AppensAnslutning()
    {
        var anslutning = new NpgsqlConnectionStringBuilder(ConnectionString);
        _koppling = new Tcpvidarekoppling(anslutning.Host!, anslutning.Port);
        anslutning.Port = _koppling.Port;
        return anslutning.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        _koppling?.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>SQLite whose folder disappears, as when the volume it lies on is lost.</summary>
public sealed class ForsvinnandeSqliteApp() : ForsvinnandeDatabasApp(Databasleverantor.Sqlite)
{
    private string? _katalog;

    public override void TaBortDatabasen()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_katalog!, recursive: true);
    }

    protected override string AppensAnslutning()
    {
        var fil = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        _katalog = Directory.CreateTempSubdirectory("sesam-forsvinnande-").FullName;
        var kopia = Path.Combine(_katalog, Path.GetFileName(fil));
        File.Copy(fil, kopia);
        File.Copy(SqliteLoggfil.Sokvag(fil), SqliteLoggfil.Sokvag(kopia));
        return $"Data Source={kopia}";
    }
}

public abstract class OnadbarDatabasTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : ForsvinnandeDatabasApp
{
    [Fact]
    public async Task Inloggad_anvandare_far_svensk_503_sida_med_sakerhetshuvuden_nar_databasen_inte_nas()
    {
        ClaimsPrincipal principal;
        await using (var db = app.Databas())
        {
            var anna = await db.Anvandare.AsNoTracking().SingleAsync(a => a.HsaId == DemoData.ForskrivareHsaId);
            // A cookie names its session; this one's check against the database is due, and the database is what fails.
            principal = SesamClaims.Skapa(anna, anna.StandardTjanstestalleId!.Value, CookieAuthenticationDefaults.AuthenticationScheme, DateTimeOffset.UnixEpoch,
                new Sessionsbindning(Guid.NewGuid(), null));
        }
        app.Inloggad.Principal = principal;
        var klient = app.Klient(null);
        var fore = await Html.LasAsync(await klient.GetAsync("/"));
        Assert.Equal("Anna Andersson", fore.QuerySelector("[data-testid=anvandarnamn]")?.TextContent);

        app.TaBortDatabasen();
        var svar = await klient.GetAsync("/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.StartsWith("Sesam kan inte nå databasen just nu.", sida.QuerySelector("main p")?.TextContent, StringComparison.Ordinal);
        Assert.Null(sida.QuerySelector("[data-testid=anvandarnamn]"));
        Assert.Equal("nosniff", svar.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", svar.Headers.GetValues("X-Frame-Options").Single());
        for (var forsok = 0; forsok < 100 && app.Logg.Anrop("/").Count < 2; forsok++)
        {
            await Task.Delay(50);
        }
        Assert.Equal([200, 503], app.Logg.Anrop("/").Select(Loggsamling.Status));

        // A login cookie whose periodic check against the database is due: the check fails with the database, and
        // the error page must still render.
        app.Inloggad.Principal = null;
        var cookieformat = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme).TicketDataFormat;
        var cookieklient = app.Klient(null);
        cookieklient.DefaultRequestHeaders.Add("Cookie", $"sesam={cookieformat.Protect(new AuthenticationTicket(principal, CookieAuthenticationDefaults.AuthenticationScheme))}");
        var medCookie = await cookieklient.GetAsync("/om");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, medCookie.StatusCode);
        Assert.StartsWith("Sesam kan inte nå databasen just nu.", (await Html.LasAsync(medCookie)).QuerySelector("main p")?.TextContent, StringComparison.Ordinal);
    }
}

public sealed class OnadbarDatabasTestsSqlite(ForsvinnandeSqliteApp app) : OnadbarDatabasTests<ForsvinnandeSqliteApp>(app);

public sealed class OnadbarDatabasTestsPostgres(ForsvinnandePostgresApp app) : OnadbarDatabasTests<ForsvinnandePostgresApp>(app);
