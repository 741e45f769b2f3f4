using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesam.Data;
using Sesam.Domain.Organisation;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>The real login cookie (Development test-user login) with a clock the test moves.</summary>
public abstract class InloggningscookieApp(Databasleverantor leverantor) : SesamAppFactory(leverantor)
{
    protected override string Miljo => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The cookie, not the test header, authenticates these requests.
        builder.ConfigureTestServices(s =>
            s.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = CookieAuthenticationDefaults.AuthenticationScheme));
    }
}

public sealed class InloggningscookieSqliteApp() : InloggningscookieApp(Databasleverantor.Sqlite);

public sealed class InloggningscookiePostgresApp() : InloggningscookieApp(Databasleverantor.Postgres);

/// <summary>
/// A login cookie is rechecked against the database at most every few minutes: a deactivated user, or one unlinked
/// from the tjänsteställe they work in, is then signed out; between checks no request asks the database.
/// </summary>
public abstract class BehorighetskontrollTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : InloggningscookieApp
{
    private static readonly TimeSpan EfterIntervallet = Infrastructure.Behorighetskontroll.StandardIntervall + TimeSpan.FromMinutes(1);

    /// <summary>A user of their own for each test, linked to Rehabmottagningen (standard) and Sömnmottagningen.</summary>
    private async Task<string> NyAnvandareAsync(string hsaId, Roll roll = Roll.Forskrivare)
    {
        await using var db = app.Databas();
        var anvandare = new Anvandare(hsaId, "Test", "Testsson", roll);
        anvandare.KopplaTill(await db.Tjanstestallen.SingleAsync(t => t.Kod == "4711"), standard: true);
        anvandare.KopplaTill(await db.Tjanstestallen.SingleAsync(t => t.Kod == "4720"));
        db.Add(anvandare);
        await db.SaveChangesAsync();
        return hsaId;
    }

    private async Task<HttpClient> InloggadAsync(string hsaId) => (await InloggadMedCookieAsync(hsaId)).Klient;

    /// <summary>A logged-in client and its session cookie ("sesam=…"), to send from elsewhere as a copy.</summary>
    private async Task<(HttpClient Klient, string Cookie)> InloggadMedCookieAsync(string hsaId)
    {
        var klient = app.Klient(null);
        var sida = await Html.LasAsync(await klient.GetAsync("/dev/inloggning"));
        var svar = await klient.PostAsync("/dev/inloggning", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(sida), ["hsaId"] = hsaId,
        }));
        Assert.Equal("/", svar.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await klient.GetAsync("/")).StatusCode);
        return (klient, svar.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sesam=", StringComparison.Ordinal)).Split(';')[0]);
    }

    private async Task<HttpResponseMessage> MedKopieradCookieAsync(string cookie)
    {
        using var kopia = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var begaran = new HttpRequestMessage(HttpMethod.Get, "/");
        begaran.Headers.Add("Cookie", cookie);
        return await kopia.SendAsync(begaran);
    }

    private async Task AndraAsync(string hsaId, Action<Anvandare> andring)
    {
        await using var db = app.Databas();
        andring(await db.Anvandare.SingleAsync(a => a.HsaId == hsaId));
        await db.SaveChangesAsync();
    }

    private static void ArUtloggad(HttpResponseMessage svar)
    {
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Equal("/inloggning", svar.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Inaktiverad_anvandare_loggas_ut_vid_nasta_kontroll()
    {
        var hsaId = await NyAnvandareAsync("SE2321000016-2001");
        var klient = await InloggadAsync(hsaId);
        await AndraAsync(hsaId, a => a.Inaktivera());

        // Within the interval the cookie is trusted as it is: no request asks the database.
        app.Klocka.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await klient.GetAsync("/")).StatusCode);

        app.Klocka.Advance(EfterIntervallet);
        var svar = await klient.GetAsync("/");
        ArUtloggad(svar);
        Assert.Contains(svar.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sesam=;", StringComparison.Ordinal));
        ArUtloggad(await klient.GetAsync("/min-sida"));
        await using var db = app.Databas();
        Assert.True(await db.Logg.AnyAsync(p => p.HsaId == hsaId && p.Handling == "Utloggning" && p.Beskrivning.Contains("inaktiverad")));
    }

    [Fact]
    public async Task Anvandare_som_inte_langre_ar_kopplad_till_tjanstestallet_loggas_ut()
    {
        var hsaId = await NyAnvandareAsync("SE2321000016-2002");
        var klient = await InloggadAsync(hsaId);
        await using (var db = app.Databas())
        {
            var rehab = await db.Tjanstestallen.Where(t => t.Kod == "4711").Select(t => t.Id).SingleAsync();
            await db.Set<AnvandarTjanstestalle>().Where(k => k.Anvandare.HsaId == hsaId && k.TjanstestalleId == rehab).ExecuteDeleteAsync();
        }

        app.Klocka.Advance(EfterIntervallet);

        ArUtloggad(await klient.GetAsync("/"));
    }

    [Fact]
    public async Task Godkand_kontroll_fornyar_cookien_med_aktuella_roller_och_startar_om_intervallet()
    {
        var hsaId = await NyAnvandareAsync("SE2321000016-2003");
        var klient = await InloggadAsync(hsaId);
        Assert.Equal(HttpStatusCode.Forbidden, (await klient.GetAsync("/admin/logg")).StatusCode);
        await AndraAsync(hsaId, a => a.AndraRoller(Roll.Admin));

        app.Klocka.Advance(EfterIntervallet);
        var svar = await klient.GetAsync("/admin/logg");
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Contains(svar.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sesam=", StringComparison.Ordinal) && !c.StartsWith("sesam=;", StringComparison.Ordinal));

        // The renewed cookie carries the new check time: a deactivation just after is noticed only at the next check.
        await AndraAsync(hsaId, a => a.Inaktivera());
        app.Klocka.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await klient.GetAsync("/admin/logg")).StatusCode);
        app.Klocka.Advance(EfterIntervallet);
        ArUtloggad(await klient.GetAsync("/admin/logg"));
    }

    [Fact]
    public async Task Kopierad_cookie_nekas_direkt_efter_avsluta()
    {
        var hsaId = await NyAnvandareAsync("SE2321000016-2004");
        var (klient, cookie) = await InloggadMedCookieAsync(hsaId);
        Assert.Equal(HttpStatusCode.OK, (await MedKopieradCookieAsync(cookie)).StatusCode);
        var start = await Html.LasAsync(await klient.GetAsync("/"));

        var ut = await klient.PostAsync("/utloggning", new FormUrlEncodedContent([new("__RequestVerificationToken", Html.Token(start))]));
        Assert.Equal(HttpStatusCode.Redirect, ut.StatusCode);

        // Well within the interval: this instance refuses the copy without asking the database.
        app.Klocka.Advance(TimeSpan.FromSeconds(1));
        ArUtloggad(await MedKopieradCookieAsync(cookie));
        await using var db = app.Databas();
        Assert.False(await db.Inloggningssessioner.AnyAsync(s => db.Anvandare.Any(a => a.Id == s.AnvandareId && a.HsaId == hsaId) && s.Avslutad == null));
    }

    [Fact]
    public async Task Session_avslutad_av_en_annan_instans_nekas_vid_nasta_kontroll()
    {
        var hsaId = await NyAnvandareAsync("SE2321000016-2005");
        var klient = await InloggadAsync(hsaId);
        await using (var db = app.Databas())
        {
            // As "Avsluta" on another instance would: only the database knows.
            var session = await db.Inloggningssessioner.SingleAsync(s => db.Anvandare.Any(a => a.Id == s.AnvandareId && a.HsaId == hsaId));
            session.Avsluta(app.Klocka.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        app.Klocka.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await klient.GetAsync("/")).StatusCode);

        app.Klocka.Advance(EfterIntervallet);
        ArUtloggad(await klient.GetAsync("/"));
    }
}

public sealed class BehorighetskontrollTestsSqlite(InloggningscookieSqliteApp app) : BehorighetskontrollTests<InloggningscookieSqliteApp>(app);

public sealed class BehorighetskontrollTestsPostgres(InloggningscookiePostgresApp app) : BehorighetskontrollTests<InloggningscookiePostgresApp>(app);
