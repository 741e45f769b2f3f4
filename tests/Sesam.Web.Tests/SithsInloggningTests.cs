using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Organisation;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Sesam over real TLS on a loopback port, with client certificates from a test CA as trust anchor.</summary>
public sealed class SithsTlsMiljo : IAsyncLifetime
{
    private readonly string _katalog = Directory.CreateTempSubdirectory("sesam-siths-").FullName;

    public TestCertifikat Ca { get; } = TestCertifikat.SkapaRot();

    public TestCertifikat AnnanCa { get; } = TestCertifikat.SkapaRot("Obehörig CA");

    public KorandeApp App { get; private set; } = null!;

    public X509Certificate2 Servercertifikat { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Servercertifikat = Ca.Server();
        App = await KorandeApp.StartaAsync(new Dictionary<string, string>
        {
            ["Kestrel:Endpoints:Https:Url"] = "https://127.0.0.1:0",
            ["Kestrel:Endpoints:Https:Certificate:Path"] = TestCertifikat.SparaPfx(Servercertifikat, Path.Combine(_katalog, "server.pfx")),
            ["Kestrel:Endpoints:Https:ClientCertificateMode"] = "RequireCertificate",
            ["Siths:TrustAnchors:0"] = Ca.SparaRotPem(_katalog),
            ["Siths:RevocationMode"] = "NoCheck",
            // Every request rechecks the login, so a deactivation takes effect at once (BehorighetskontrollTests
            // covers the interval).
            ["Sesam:Behorighetskontroll"] = "00:00:00",
        });
    }

    /// <summary>A client that trusts only this server's certificate and presents <paramref name="klientcertifikat"/>;
    /// without <paramref name="cookies"/> it sends only the cookies a request names itself.</summary>
    public HttpClient Klient(X509Certificate2? klientcertifikat, bool cookies = true)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, c, _, _) => c is not null && c.GetCertHashString() == Servercertifikat.GetCertHashString(),
                LocalCertificateSelectionCallback = (_, _, _, _, _) => klientcertifikat!,
            },
        };
        return new HttpClient(handler) { BaseAddress = App.Adress };
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Servercertifikat.Dispose();
        Ca.Dispose();
        AnnanCa.Dispose();
        Directory.Delete(_katalog, recursive: true);
    }
}

public sealed class SithsInloggningTests(SithsTlsMiljo miljo) : IClassFixture<SithsTlsMiljo>
{
    [Fact]
    public async Task Betrott_certifikat_loggar_in_med_sessionscookie_och_visar_namnet()
    {
        using var klient = miljo.Klient(miljo.Ca.Klient(DemoData.ForskrivareHsaId, "Anna Andersson"));

        var utan = await klient.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, utan.StatusCode);
        Assert.Equal("/inloggning", utan.Headers.Location!.AbsolutePath);

        var inloggning = await klient.GetAsync(utan.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, inloggning.StatusCode);
        Assert.Equal("/", inloggning.Headers.Location!.OriginalString);
        var cookie = inloggning.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sesam=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);

        var start = await Html.LasAsync(await klient.GetAsync("/"));
        Assert.Equal("Anna Andersson", start.QuerySelector("[data-testid=anvandarnamn]")?.TextContent);
        await using var db = miljo.App.Databas();
        Assert.True(await db.Logg.AnyAsync(p => p.HsaId == DemoData.ForskrivareHsaId && p.Handling == "Inloggning"));
    }

    [Fact]
    public async Task Certifikat_fran_en_annan_ca_nekas()
    {
        using var klient = miljo.Klient(miljo.AnnanCa.Klient(DemoData.ForskrivareHsaId, "Anna Andersson"));
        await ArNekadAsync(klient);
    }

    [Fact]
    public async Task Utganget_certifikat_nekas()
    {
        var nu = DateTimeOffset.UtcNow;
        using var klient = miljo.Klient(miljo.Ca.Klient(DemoData.ForskrivareHsaId, "Anna Andersson", nu.AddYears(-2), nu.AddDays(-1)));
        await ArNekadAsync(klient);
    }

    [Fact]
    public async Task Utan_certifikat_nekas()
    {
        using var klient = miljo.Klient(null);
        // Kestrel requires a certificate: the TLS handshake itself fails.
        await Assert.ThrowsAsync<HttpRequestException>(() => klient.GetAsync("/inloggning"));
    }

    [Fact]
    public async Task Okant_hsa_id_far_sidan_om_saknad_behorighet_och_loggas()
    {
        const string okand = "SE2321000016-9999";
        using var klient = miljo.Klient(miljo.Ca.Klient(okand, "Okänd Person"));

        var svar = await klient.GetAsync("/inloggning");

        Assert.True(svar.StatusCode == HttpStatusCode.Forbidden, $"{svar.StatusCode} {svar.Headers.Location} {await svar.Content.ReadAsStringAsync()}");
        Assert.False(svar.Headers.Contains("Set-Cookie") && svar.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("sesam=", StringComparison.Ordinal)));
        var sida = await Html.LasAsync(svar);
        Assert.Equal("Du saknar behörighet i Sesam", sida.QuerySelector("h1")?.TextContent);
        await using var db = miljo.App.Databas();
        Assert.True(await db.Logg.AnyAsync(p => p.HsaId == okand && p.Handling == "Inloggning nekad"));
    }

    [Fact]
    public async Task Inaktiv_anvandare_far_sidan_om_saknad_behorighet()
    {
        await using (var db = miljo.App.Databas())
        {
            var david = await db.Anvandare.SingleAsync(a => a.HsaId == DemoData.AndraEnhetensForskrivareHsaId);
            david.Inaktivera();
            await db.SaveChangesAsync();
        }
        using var klient = miljo.Klient(miljo.Ca.Klient(DemoData.AndraEnhetensForskrivareHsaId, "David Dahl"));

        var svar = await klient.GetAsync("/inloggning");

        Assert.Equal(HttpStatusCode.Forbidden, svar.StatusCode);
        Assert.Contains("Du saknar behörighet i Sesam", await svar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inloggad_anvandare_som_inaktiveras_loggas_ut_och_far_sidan_om_saknad_behorighet()
    {
        const string hsaId = "SE2321000016-1090";
        await using (var db = miljo.App.Databas())
        {
            var anvandare = new Anvandare(hsaId, "Ines", "Inaktiv", Roll.Forskrivare);
            anvandare.KopplaTill(await db.Tjanstestallen.SingleAsync(t => t.Kod == "4711"), standard: true);
            db.Add(anvandare);
            await db.SaveChangesAsync();
        }
        using var klient = miljo.Klient(miljo.Ca.Klient(hsaId, "Ines Inaktiv"));
        Assert.Equal(HttpStatusCode.Redirect, (await klient.GetAsync("/inloggning")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await klient.GetAsync("/")).StatusCode);
        await using (var db = miljo.App.Databas())
        {
            (await db.Anvandare.SingleAsync(a => a.HsaId == hsaId)).Inaktivera();
            await db.SaveChangesAsync();
        }

        var svar = await klient.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Equal("/inloggning", svar.Headers.Location!.AbsolutePath);
        var inloggning = await klient.GetAsync(svar.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, inloggning.StatusCode);
        Assert.Equal("Du saknar behörighet i Sesam", (await Html.LasAsync(inloggning)).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Byte_av_tjanstestalle_galler_bara_anvandarens_egna()
    {
        using var klient = miljo.Klient(miljo.Ca.Klient(DemoData.ForskrivareHsaId, "Anna Andersson"));
        await klient.GetAsync("/inloggning");
        await using var db = miljo.App.Databas();
        var somn = await db.Tjanstestallen.Where(t => t.Kod == "4720").Select(t => t.Id).SingleAsync();
        var start = await Html.LasAsync(await klient.GetAsync("/"));
        Assert.Contains("4711", start.QuerySelector("[data-testid=tjanstestalle]")?.TextContent, StringComparison.Ordinal);

        var byt = await klient.PostAsync("/tjanstestalle", new FormUrlEncodedContent(
            [new("tjanstestalleId", somn.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", Html.Token(start))]));
        Assert.Equal(HttpStatusCode.Redirect, byt.StatusCode);

        var efter = await Html.LasAsync(await klient.GetAsync("/"));
        Assert.Contains("4720 Sömnmottagningen Malmö", efter.QuerySelector("[data-testid=tjanstestalle]")?.TextContent, StringComparison.Ordinal);
        var okand = await klient.PostAsync("/tjanstestalle", new FormUrlEncodedContent(
            [new("tjanstestalleId", "999999"), new("__RequestVerificationToken", Html.Token(efter))]));
        Assert.Equal(HttpStatusCode.Forbidden, okand.StatusCode);
    }

    [Fact]
    public async Task Avsluta_loggar_ut()
    {
        using var klient = miljo.Klient(miljo.Ca.Klient(DemoData.BestallareHsaId, "Bertil Berg"));
        await klient.GetAsync("/inloggning");
        var start = await Html.LasAsync(await klient.GetAsync("/"));
        Assert.Equal("Bertil Berg", start.QuerySelector("[data-testid=anvandarnamn]")?.TextContent);

        var ut = await klient.PostAsync("/utloggning", new FormUrlEncodedContent([new("__RequestVerificationToken", Html.Token(start))]));
        Assert.Equal(HttpStatusCode.Redirect, ut.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await klient.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Kopierad_cookie_nekas_efter_avsluta()
    {
        using var certifikat = miljo.Ca.Klient(DemoData.ForskrivareHsaId, "Anna Andersson");
        using var klient = miljo.Klient(certifikat);
        var cookie = SessionsCookie(await klient.GetAsync("/inloggning"));
        var start = await Html.LasAsync(await klient.GetAsync("/"));
        using var kopia = miljo.Klient(certifikat, cookies: false);
        Assert.Equal(HttpStatusCode.OK, (await MedCookieAsync(kopia, cookie)).StatusCode);

        var ut = await klient.PostAsync("/utloggning", new FormUrlEncodedContent([new("__RequestVerificationToken", Html.Token(start))]));
        Assert.Equal(HttpStatusCode.Redirect, ut.StatusCode);

        var efter = await MedCookieAsync(kopia, cookie);
        Assert.Equal(HttpStatusCode.Redirect, efter.StatusCode);
        Assert.Equal("/inloggning", efter.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Cookie_med_en_annan_persons_certifikat_nekas_och_loggas()
    {
        using var anna = miljo.Klient(miljo.Ca.Klient(DemoData.ForskrivareHsaId, "Anna Andersson"));
        var cookie = SessionsCookie(await anna.GetAsync("/inloggning"));
        using var cecilia = miljo.Klient(miljo.Ca.Klient(DemoData.SomnForskrivareHsaId, "Cecilia Carlsson"), cookies: false);

        var svar = await MedCookieAsync(cecilia, cookie);

        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Equal("/inloggning", svar.Headers.Location!.AbsolutePath);
        Assert.Contains(svar.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sesam=;", StringComparison.Ordinal));
        await using var db = miljo.App.Databas();
        Assert.True(await db.Logg.AnyAsync(p => p.HsaId == DemoData.ForskrivareHsaId && p.Handling == "Utloggning" && p.Beskrivning.Contains("annat certifikat")));
        // Anna's own browser, with her card, is still logged in.
        Assert.Equal("Anna Andersson", (await Html.LasAsync(await anna.GetAsync("/"))).QuerySelector("[data-testid=anvandarnamn]")?.TextContent);
    }

    [Fact]
    public async Task Alla_cookies_ar_secure_httponly_och_samesite_strict_over_https()
    {
        using var klient = miljo.Klient(miljo.Ca.Klient(DemoData.LogistikHsaId, "Lars Lindqvist"));
        var svar = new List<HttpResponseMessage> { await klient.GetAsync("/inloggning") };
        svar.Add(await klient.GetAsync("/logistik/patientavgifter"));
        var sida = await Html.LasAsync(svar[^1]);
        // Nothing to invoice: the page still says so through TempData, as after any "Fakturera".
        svar.Add(await klient.PostAsync("/logistik/patientavgifter", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", Html.Token(sida)), new("avgift", "999999")])));
        Assert.Equal(HttpStatusCode.Redirect, svar[^1].StatusCode);
        svar.Add(await klient.GetAsync("/logistik/patientavgifter"));

        var cookies = svar.Where(s => s.Headers.Contains("Set-Cookie")).SelectMany(s => s.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("sesam=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("sesam-af=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            var attribut = c.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.Contains("secure", attribut);
            Assert.Contains("httponly", attribut);
            Assert.Contains("samesite=strict", attribut);
        });
    }

    [Fact]
    public async Task Upprepad_nekad_inloggning_loggas_en_gang_och_begransas()
    {
        const string okand = "SE2321000016-9998";
        using var klient = miljo.Klient(miljo.Ca.Klient(okand, "Okänd Upprepare"));

        var svar = new List<HttpResponseMessage>();
        for (var i = 0; i < 15; i++)
        {
            svar.Add(await klient.GetAsync("/inloggning"));
        }

        Assert.All(svar.Take(10), s => Assert.Equal(HttpStatusCode.Forbidden, s.StatusCode));
        Assert.All(svar.Skip(10), s => Assert.Equal(HttpStatusCode.TooManyRequests, s.StatusCode));
        Assert.Equal("För många försök", (await Html.LasAsync(svar[^1])).QuerySelector("h1")?.TextContent);
        await using var db = miljo.App.Databas();
        Assert.Equal(1, await db.Logg.CountAsync(p => p.HsaId == okand && p.Handling == "Inloggning nekad"));
    }

    /// <summary>Refused by the certificate handler: the page says why, and no session is issued.</summary>
    private static async Task ArNekadAsync(HttpClient klient)
    {
        var svar = await klient.GetAsync("/inloggning");
        Assert.Equal(HttpStatusCode.Forbidden, svar.StatusCode);
        Assert.False(svar.Headers.Contains("Set-Cookie") && svar.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("sesam=", StringComparison.Ordinal)));
        Assert.Contains("godtogs inte", await svar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The session cookie a login issued, as "sesam=…" to send again.</summary>
    private static string SessionsCookie(HttpResponseMessage inloggning)
    {
        Assert.Equal(HttpStatusCode.Redirect, inloggning.StatusCode);
        return inloggning.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sesam=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static async Task<HttpResponseMessage> MedCookieAsync(HttpClient klient, string cookie)
    {
        using var begaran = new HttpRequestMessage(HttpMethod.Get, "/");
        begaran.Headers.Add("Cookie", cookie);
        return await klient.SendAsync(begaran);
    }
}

/// <summary>Behind a TLS-terminating proxy: plain HTTP to Sesam, the client certificate in a header.</summary>
public sealed class SithsProxyMiljo : IAsyncLifetime
{
    public const string Huvud = "X-SSL-Client-Cert";

    private readonly string _katalog = Directory.CreateTempSubdirectory("sesam-siths-proxy-").FullName;

    public TestCertifikat Ca { get; } = TestCertifikat.SkapaRot();

    public TestCertifikat AnnanCa { get; } = TestCertifikat.SkapaRot("Obehörig CA");

    public KorandeApp App { get; private set; } = null!;

    public async Task InitializeAsync() =>
        App = await KorandeApp.StartaAsync(new Dictionary<string, string>
        {
            ["Siths:ForwardedHeader"] = Huvud,
            ["Siths:TrustAnchors:0"] = Ca.SparaRotPem(_katalog),
            ["Siths:RevocationMode"] = "NoCheck",
        });

    public HttpClient Klient() => new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = App.Adress };

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Ca.Dispose();
        AnnanCa.Dispose();
        Directory.Delete(_katalog, recursive: true);
    }
}

public sealed class SithsProxyInloggningTests(SithsProxyMiljo miljo) : IClassFixture<SithsProxyMiljo>
{
    [Fact]
    public async Task Vidarebefordrat_certifikat_som_urlkodad_pem_loggar_in()
    {
        using var certifikat = miljo.Ca.Klient(DemoData.SomnForskrivareHsaId, "Cecilia Carlsson");
        await LoggarInAsync(Uri.EscapeDataString(certifikat.ExportCertificatePem()), "Cecilia Carlsson");
    }

    [Fact]
    public async Task Vidarebefordrat_certifikat_som_base64_der_loggar_in()
    {
        using var certifikat = miljo.Ca.Klient(DemoData.LogistikHsaId, "Lars Lindqvist");
        await LoggarInAsync(Convert.ToBase64String(certifikat.RawData), "Lars Lindqvist");
    }

    [Fact]
    public async Task Vidarebefordrat_certifikat_fran_annan_ca_nekas()
    {
        using var certifikat = miljo.AnnanCa.Klient(DemoData.SomnForskrivareHsaId, "Cecilia Carlsson");
        var svar = await InloggningAsync(Uri.EscapeDataString(certifikat.ExportCertificatePem()));
        Assert.Equal(HttpStatusCode.Forbidden, svar.StatusCode);
        Assert.False(svar.Headers.Contains("Set-Cookie"));
        Assert.Contains("godtogs inte", await svar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certifikat_utan_klientautentisering_eller_utan_hsa_id_nekas()
    {
        using var server = miljo.Ca.Server();
        using var utanHsaId = miljo.Ca.Klient(" ", "Utan HSA-id");
        foreach (var certifikat in new[] { server, utanHsaId })
        {
            var svar = await InloggningAsync(Uri.EscapeDataString(certifikat.ExportCertificatePem()));
            Assert.Equal(HttpStatusCode.Forbidden, svar.StatusCode);
            Assert.False(svar.Headers.Contains("Set-Cookie"));
        }
    }

    [Fact]
    public async Task Utan_huvud_eller_med_olasbart_huvud_nekas()
    {
        foreach (var varde in new string?[] { null, "inte-ett-certifikat" })
        {
            var svar = await InloggningAsync(varde);
            Assert.Equal(HttpStatusCode.Unauthorized, svar.StatusCode);
            Assert.False(svar.Headers.Contains("Set-Cookie"));
        }
    }

    private async Task<HttpResponseMessage> InloggningAsync(string? huvud)
    {
        using var klient = miljo.Klient();
        using var begaran = new HttpRequestMessage(HttpMethod.Get, "/inloggning");
        // The proxy terminated TLS and says so, as nginx's proxy_set_header X-Forwarded-Proto $scheme does.
        begaran.Headers.Add("X-Forwarded-Proto", "https");
        if (huvud is not null)
        {
            begaran.Headers.Add(SithsProxyMiljo.Huvud, huvud);
        }
        return await klient.SendAsync(begaran);
    }

    private async Task LoggarInAsync(string huvud, string namn)
    {
        var svar = await InloggningAsync(huvud);
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        var cookie = svar.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sesam=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);

        using var klient = miljo.Klient();
        using var start = new HttpRequestMessage(HttpMethod.Get, "/");
        start.Headers.Add("Cookie", cookie.Split(';')[0]);
        var sida = await Html.LasAsync(await klient.SendAsync(start));
        Assert.Equal(namn, sida.QuerySelector("[data-testid=anvandarnamn]")?.TextContent);
    }
}
