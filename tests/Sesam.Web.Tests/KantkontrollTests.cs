using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>The app with a log the tests read, and a filter that fails a request that asks for it with an exception.</summary>
public abstract class KantApp(Databasleverantor leverantor) : SesamAppFactory(leverantor)
{
    public const string KastaHuvud = "X-Test-Kasta";

    public Loggsamling Logg { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<ILogEventSink>(Logg);
            s.Configure<MvcOptions>(o => o.Filters.Add(new KastaPaBegaran()));
        });
    }

    private sealed class KastaPaBegaran : IActionFilter
    {
        public void OnActionExecuting(ActionExecutingContext context)
        {
            if (context.HttpContext.Request.Headers.ContainsKey(KastaHuvud) && context.HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
            {
                throw new InvalidOperationException("Testets fel.");
            }
        }

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }
}

public sealed class SqliteKantApp() : KantApp(Databasleverantor.Sqlite);

public sealed class PostgresKantApp() : KantApp(Databasleverantor.Postgres);

/// <summary>
/// What every request meets at the edge: the request log, control characters in any text input, forms that cannot be
/// read, and failures that must still end in a well-formed Swedish page with the real status.
/// </summary>
public abstract class KantkontrollTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : KantApp
{
    [Fact]
    public async Task Anrop_som_slutar_i_undantag_loggas_med_500_och_far_svensk_sida_med_sakerhetshuvuden()
    {
        var klient = app.Klient(DemoData.ForskrivareHsaId);
        klient.DefaultRequestHeaders.Add(KantApp.KastaHuvud, "1");

        var svar = await klient.GetAsync("/om");

        Assert.Equal(HttpStatusCode.InternalServerError, svar.StatusCode);
        Assert.Contains("Något gick fel", await svar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("nosniff", svar.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", svar.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var rad = await app.Logg.AnropAsync("/om");
        Assert.Equal(500, Loggsamling.Status(rad));
        Assert.Contains(DemoData.ForskrivareHsaId, rad.RenderMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loggen_far_varken_personnummer_eller_namn_ur_adressen()
    {
        var klient = app.Klient(DemoData.ForskrivareHsaId);
        Assert.Equal(HttpStatusCode.OK, (await klient.GetAsync("/artiklar?sok=Tolvansson+191212121212")).StatusCode);
        await klient.GetAsync("/mottagare/19121212-1212?namn=Tolvansson");

        Assert.Equal(200, Loggsamling.Status(await app.Logg.AnropAsync("/artiklar")));
        await app.Logg.AnropAsync("/mottagare/[personnummer]");
        foreach (var text in app.Logg.Handelser.Select(Loggsamling.Text))
        {
            Assert.DoesNotContain("1212-1212", text, StringComparison.Ordinal);
            Assert.DoesNotContain("121212121212", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Tolvansson", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/individ?sok=abc%00def")]
    [InlineData("/individ?sok=%00")]
    [InlineData("/lager?sok=rollator%00")]
    [InlineData("/arbetsorder?individ=%00")]
    [InlineData("/bestallning/sok?anvandarid=%00")]
    [InlineData("/arbetsorder/ny?individ=12%00")]
    [InlineData("/individ/abc%01def")]
    [InlineData("/individ?s%00k=1")]
    [InlineData("/individ?sok=a%1Bb")]
    [InlineData("/individ?sok=a%C2%85b")]
    public async Task Styrtecken_i_adressen_avvisas_med_400_och_svensk_sida(string adress)
    {
        var svar = await app.Klient(DemoData.LogistikHsaId).GetAsync(adress);

        await AssertAvvisadAsync(svar, HttpStatusCode.BadRequest, "Otillåtet tecken");
    }

    [Fact]
    public async Task Styrtecken_i_ett_formular_avvisas_men_tabb_och_radbrytning_gar_igenom()
    {
        var klient = app.Klient(DemoData.ForskrivareHsaId);
        var token = Html.Token(await Html.LasAsync(await klient.GetAsync("/")));

        var styrtecken = await klient.PostAsync("/utloggning", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("text", "a\u0001b")]));
        await AssertAvvisadAsync(styrtecken, HttpStatusCode.BadRequest, "Otillåtet tecken");
        // The framework's form reader refuses a NUL in a URL-encoded form before Sesam sees the field.
        var nul = await klient.PostAsync("/utloggning", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("text", "a\0b")]));
        await AssertAvvisadAsync(nul, HttpStatusCode.BadRequest, "Formuläret kunde inte läsas");
        var radbrytning = await klient.PostAsync("/utloggning", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("text", "rad 1\r\nrad 2\tslut")]));
        Assert.Equal(HttpStatusCode.Redirect, radbrytning.StatusCode);
    }

    [Theory]
    [InlineData("text", "a\0b", "intyg.pdf")]
    [InlineData("text", "a", "int\u0001yg.pdf")]
    [InlineData("te\u0001xt", "a", "intyg.pdf")]
    public async Task Styrtecken_i_ett_multipartformular_eller_filnamn_avvisas(string falt, string varde, string filnamn)
    {
        var klient = app.Klient(DemoData.ForskrivareHsaId);
        var token = Html.Token(await Html.LasAsync(await klient.GetAsync("/")));
        // Written by hand: HttpClient's multipart content refuses control characters in names.
        using var innehall = new ByteArrayContent(Encoding.UTF8.GetBytes(
            $"--g\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n" +
            $"--g\r\nContent-Disposition: form-data; name=\"{falt}\"\r\n\r\n{varde}\r\n" +
            $"--g\r\nContent-Disposition: form-data; name=\"bilaga\"; filename=\"{filnamn}\"\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n--g--\r\n"));
        innehall.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=g");

        await AssertAvvisadAsync(await klient.PostAsync("/felrapport/0/bilaga", innehall), HttpStatusCode.BadRequest, "Otillåtet tecken");
    }

    [Fact]
    public async Task Ett_formular_som_inte_kan_lasas_ger_400_med_svensk_sida()
    {
        var klient = app.Klient(DemoData.ForskrivareHsaId);
        using var utanGrans = new StringContent("x", Encoding.UTF8, "multipart/form-data");
        await AssertAvvisadAsync(await klient.PostAsync("/utloggning", utanGrans), HttpStatusCode.BadRequest, "Formuläret kunde inte läsas");

        using var avbrutet = new StringContent("--g\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb", Encoding.UTF8);
        avbrutet.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=g");
        await AssertAvvisadAsync(await klient.PostAsync("/utloggning", avbrutet), HttpStatusCode.BadRequest, "Formuläret kunde inte läsas");
    }

    [Fact]
    public async Task En_for_stor_uppladdning_ger_413_med_svensk_sida()
    {
        var klient = app.Klient(DemoData.ForskrivareHsaId);
        var token = Html.Token(await Html.LasAsync(await klient.GetAsync("/")));
        using var innehall = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[11 * 1024 * 1024]), "bilaga", "stor.pdf" },
        };

        await AssertAvvisadAsync(await klient.PostAsync("/felrapport/0/bilaga", innehall), HttpStatusCode.RequestEntityTooLarge, "För stor begäran");
    }

    private static async Task AssertAvvisadAsync(HttpResponseMessage svar, HttpStatusCode status, string rubrik)
    {
        Assert.Equal(status, svar.StatusCode);
        Assert.Equal("text/html", svar.Content.Headers.ContentType?.MediaType);
        Assert.Equal(rubrik, (await Html.LasAsync(svar)).QuerySelector("h1")?.TextContent);
        Assert.Equal("nosniff", svar.Headers.GetValues("X-Content-Type-Options").Single());
    }
}

public sealed class KantkontrollTestsSqlite(SqliteKantApp app) : KantkontrollTests<SqliteKantApp>(app);

public sealed class KantkontrollTestsPostgres(PostgresKantApp app) : KantkontrollTests<PostgresKantApp>(app);

public sealed class StyrteckenTests
{
    [Theory]
    [InlineData("rollator 45", false, false)]
    [InlineData("Åsa Öberg – ärende", false, false)]
    [InlineData("a\0b", false, true)]
    [InlineData("a\0b", true, true)]
    [InlineData("a\u001Fb", true, true)]
    [InlineData("a\u007Fb", true, true)]
    [InlineData("a\u0085b", true, true)]
    [InlineData("rad 1\r\nrad 2\tslut", true, false)]
    [InlineData("rad 1\r\nrad 2", false, true)]
    [InlineData("a\tb", false, true)]
    [InlineData(null, false, false)]
    public void Styrtecken_kanns_igen_och_flerradiga_falt_far_ha_tabb_och_radbrytning(string? text, bool flerradig, bool forvantat) =>
        Assert.Equal(forvantat, Kantkontroll.HarStyrtecken(text, flerradig));
}
