using System.Net;
using Microsoft.AspNetCore.Hosting;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

public abstract class GrundTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    [Fact]
    public async Task Health_svarar_200_nar_databasen_nas()
    {
        var svar = await app.Klient(null).GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
    }

    [Fact]
    public async Task Startsidan_visar_anvandaren_och_tjanstestallet()
    {
        var svar = await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Equal("Anna Andersson", sida.QuerySelector("[data-testid=anvandarnamn]")?.TextContent);
        Assert.Contains("Rehabmottagningen Lund", sida.QuerySelector("[data-testid=tjanstestalle]")?.TextContent);
        Assert.NotNull(sida.QuerySelector("nav[aria-label=Huvudmeny]"));
        Assert.Equal("sv", sida.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData(DemoData.ForskrivareHsaId)]
    [InlineData(DemoData.BestallareHsaId)]
    [InlineData(DemoData.LogistikHsaId)]
    [InlineData(DemoData.AdminHsaId)]
    public async Task Menyn_visar_bara_det_anvandaren_far_oppna(string hsaId)
    {
        var klient = app.Klient(hsaId);
        var sida = await Html.LasAsync(await klient.GetAsync("/"));
        var lankar = sida.QuerySelectorAll("nav[aria-label=Huvudmeny] a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(lankar);
        foreach (var lank in lankar)
        {
            Assert.True((await klient.GetAsync(lank)).StatusCode == HttpStatusCode.OK, $"{lank} öppnas inte för {hsaId}");
        }
    }

    [Fact]
    public async Task Startsidan_kraver_inloggning()
    {
        var svar = await app.Klient(null).GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
    }

    [Fact]
    public async Task Svaren_har_sakerhetshuvuden()
    {
        var svar = await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/");
        Assert.Equal("nosniff", svar.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", svar.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", svar.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Okand_sida_ger_svensk_404_sida()
    {
        var svar = await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/finns-inte");
        Assert.Equal(HttpStatusCode.NotFound, svar.StatusCode);
        Assert.Contains("Sidan finns inte", await svar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Testinloggningen_finns_inte_utanfor_utvecklingsmiljon()
    {
        var klient = app.Klient(null);
        Assert.Equal(HttpStatusCode.NotFound, (await klient.GetAsync("/dev/inloggning")).StatusCode);
    }

    [Fact]
    public async Task Formular_utan_antiforgery_token_avvisas()
    {
        var svar = await app.Klient(DemoData.ForskrivareHsaId).PostAsync("/utloggning", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, svar.StatusCode);
    }
}

public sealed class GrundTestsSqlite(SqliteApp app) : GrundTests<SqliteApp>(app);

public sealed class GrundTestsPostgres(PostgresApp app) : GrundTests<PostgresApp>(app);

/// <summary>The app with a database that cannot be reached: /health must say so.</summary>
public sealed class OnadbarDatabasApp : SesamAppFactory
{
    public OnadbarDatabasApp() : base(Databasleverantor.Postgres) { }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Sesam", "Host=127.0.0.1;Port=1;Database=finns_inte;Username=x;Timeout=2");
    }
}

public sealed class HealthUtanDatabasTests
{
    [Fact]
    public async Task Health_svarar_503_nar_databasen_inte_nas()
    {
        await using var app = new OnadbarDatabasApp();
        var svar = await app.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, svar.StatusCode);
    }
}

/// <summary>The real environments: Production has no test-user picker and shows no stack traces.</summary>
public sealed class ProduktionApp() : SesamAppFactory(Databasleverantor.Sqlite)
{
    protected override string Miljo => "Production";
}

public sealed class ProduktionTests(ProduktionApp app) : IClassFixture<ProduktionApp>
{
    [Fact]
    public async Task Testinloggningen_svarar_404_i_produktion()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Klient(null).GetAsync("/dev/inloggning")).StatusCode);
        var post = await app.Klient(null).PostAsync("/dev/inloggning", new FormUrlEncodedContent([new("hsaId", DemoData.AdminHsaId)]));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
    }

    [Fact]
    public async Task Inloggningssidan_hanvisar_till_siths()
    {
        var text = await (await app.Klient(null).GetAsync("/inloggning")).Content.ReadAsStringAsync();
        Assert.Contains("SITHS", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Testinloggning", text, StringComparison.Ordinal);
    }
}
