using System.Net;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

public abstract class OmTests<TApp>(TApp app, string databas) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    [Fact]
    public async Task Om_sesam_visar_version_och_databas()
    {
        var svar = await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/om");
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Equal("Om Sesam", sida.QuerySelector("h1")?.TextContent);
        Assert.Equal(databas, sida.QuerySelector("[data-testid=databas]")?.TextContent);
        Assert.Matches(@"^\d+\.\d+", sida.QuerySelector("[data-testid=version]")?.TextContent ?? "");
    }

    [Fact]
    public async Task Om_sesam_kraver_inloggning()
    {
        var svar = await app.Klient(null).GetAsync("/om");
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
    }
}

public sealed class OmTestsSqlite(SqliteApp app) : OmTests<SqliteApp>(app, "SQLite");

public sealed class OmTestsPostgres(PostgresApp app) : OmTests<PostgresApp>(app, "PostgreSQL");
