using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Individer;
using Sesam.Domain.Mottagare;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

public abstract class IndividTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    private async Task<IDocument> HamtaAsync(string hsaId, string url)
    {
        var svar = await app.Klient(hsaId).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        return await Html.LasAsync(svar);
    }

    private async Task<List<string>> SokAsync(string monster) =>
        (await HamtaAsync(DemoData.ForskrivareHsaId, $"/individ?sok={Uri.EscapeDataString(monster)}"))
            .QuerySelectorAll("[data-testid=traffar] tbody tr").Select(r => r.GetAttribute("data-individ")!).ToList();

    /// <summary>Submits a form of the individkort as the browser does: its own fields, token and version.</summary>
    private static async Task<HttpResponseMessage> PostaAsync(HttpClient klient, string nummer, string formular, params (string Namn, string Varde)[] falt)
    {
        var sida = await Html.LasAsync(await klient.GetAsync($"/individ/{nummer}?flik={(formular == "textinformation" ? "textinformation" : "individinformation")}"));
        return await Html.SkickaAsync(klient, sida, $"form[data-testid={formular}]", falt);
    }

    private async Task<Individ?> IndividAsync(string nummer)
    {
        await using var db = app.Databas();
        return await db.Individer.AsNoTracking().SingleOrDefaultAsync(i => i.Individnummer == nummer);
    }

    [Fact]
    public async Task Soker_med_jokertecken_och_delar_av_nummer()
    {
        Assert.Equal(["1948094", "1948100", "1948101", "1948200", "1948300"], await SokAsync("1948*"));
        // A prefix ending in 9 (its index range ends just after 9) and a digit prefix found through the serienummer.
        Assert.Equal(["1948094"], await SokAsync("194809*"));
        Assert.Equal(["2100501", "2100502", "2100503"], await SokAsync("2318123450*"));
        Assert.Equal(["1438560"], await SokAsync("*8560"));
        Assert.Equal(["2100600", "2100601", "2100602"], await SokAsync("*21006*"));
        Assert.Equal(["1438560", "1449334", "1449400", "1449401"], await SokAsync("b0200"));
        Assert.Equal(["1947955"], await SokAsync("FU600-20-1955"));
        Assert.Empty(await SokAsync("*99999"));
    }

    [Theory]
    [InlineData("12", "minst 3 tecken")]
    [InlineData("19*48", "först eller sist")]
    public async Task Ogiltig_sokning_ger_meddelande(string monster, string fel)
    {
        var sida = await HamtaAsync(DemoData.ForskrivareHsaId, $"/individ?sok={Uri.EscapeDataString(monster)}");
        Assert.Contains(fel, sida.QuerySelector("[data-testid=sokfel]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(monster, sida.QuerySelector("#sok")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Individkortet_for_en_levererad_individ_visar_mottagaren_och_loggar_lasningen()
    {
        var sida = await HamtaAsync(DemoData.ForskrivareHsaId, "/individ/1438560");
        Assert.Equal("Levererad", sida.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal("Ej i lager", sida.QuerySelector("[data-testid=lagerstatus]")!.TextContent);
        Assert.Contains("Tolvan Tolvansson", sida.QuerySelector("[data-testid=plats]")!.TextContent, StringComparison.Ordinal);
        var leverera = sida.QuerySelector("[data-testid=leverera]")!;
        Assert.True(leverera.HasAttribute("disabled"));
        Assert.Contains("inte på lager", sida.QuerySelector("[data-testid=ej-leveransbar]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(sida.QuerySelector("form[data-testid=flytta]"));

        await using var db = app.Databas();
        var tolvan = await db.Mottagare.Where(m => m.Personnummer == Personnummer.FranLagrat(DemoData.PatientTolvan)).Select(m => m.Id).SingleAsync();
        var post = await db.Logg.Where(p => p.MottagareId == tolvan && p.HsaId == DemoData.ForskrivareHsaId && p.Beskrivning.Contains("1438560")).ToListAsync();
        Assert.NotEmpty(post);
        Assert.DoesNotContain(post, p => p.Beskrivning.Contains("Tolvan", StringComparison.Ordinal) || p.Beskrivning.Contains(DemoData.PatientTolvan[2..8], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Admin_utan_vardroll_ser_inte_vem_som_har_individen()
    {
        var sida = await HamtaAsync(DemoData.AdminHsaId, "/individ/1438560");
        var plats = sida.QuerySelector("[data-testid=plats]")!.TextContent;
        Assert.DoesNotContain("Tolvan", plats, StringComparison.Ordinal);
        Assert.Contains("inte behörighet", plats, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Individ_pa_eget_lager_kan_levereras_men_inte_fran_annan_enhet()
    {
        var egen = await HamtaAsync(DemoData.ForskrivareHsaId, "/individ/1948100");
        Assert.Equal("På lager", egen.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal("Tillgänglig", egen.QuerySelector("[data-testid=lagerstatus]")!.TextContent);
        Assert.Contains("4711 Förråd Rehabmottagningen Lund", egen.QuerySelector("[data-testid=plats]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/bestallning/individ/1948100", egen.QuerySelector("a[data-testid=leverera]")!.GetAttribute("href"));
        Assert.NotNull(egen.QuerySelector("form[data-testid=flytta]"));

        var annan = await HamtaAsync(DemoData.AndraEnhetensForskrivareHsaId, "/individ/1948100");
        Assert.True(annan.QuerySelector("[data-testid=leverera]")!.HasAttribute("disabled"));
        Assert.Contains("inte i förrådet för tjänstestället du arbetar i", annan.QuerySelector("[data-testid=ej-leveransbar]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(annan.QuerySelector("form[data-testid=flytta]"));
        // No form is offered to another unit: these are the requests a user could still craft, with a valid token.
        var klient = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        var token = Html.Token(await Html.LasAsync(await klient.GetAsync("/individ")));
        var svar = await klient.PostAsync("/individ/1948100/flytta", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["placering"] = "Hos oss", ["version"] = "0",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, svar.StatusCode);

        // Anna is linked to both units; while she works in Sömnmottagningen, Rehab's förråd is not hers to use.
        int somn;
        await using (var db = app.Databas())
        {
            somn = await db.Tjanstestallen.Where(t => t.Kod == "4720").Select(t => t.Id).SingleAsync();
        }
        var annaISomn = app.Klient(DemoData.ForskrivareHsaId, somn);
        var iSomn = await Html.LasAsync(await annaISomn.GetAsync("/individ/1948100"));
        Assert.True(iSomn.QuerySelector("[data-testid=leverera]")!.HasAttribute("disabled"));
        Assert.Null(iSomn.QuerySelector("form[data-testid=flytta]"));
        var flytta = await annaISomn.PostAsync("/individ/1948100/flytta", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(iSomn), ["placering"] = "Hos oss", ["version"] = "0",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, flytta.StatusCode);
        Assert.Null((await Html.LasAsync(await annaISomn.GetAsync("/individ/2100501"))).QuerySelector("[data-testid=ej-leveransbar]"));
    }

    [Fact]
    public async Task Flikarna_visar_komponenter_historik_text_och_aktuell_status()
    {
        var komponenter = await HamtaAsync(DemoData.ForskrivareHsaId, "/individ/1438560?flik=komponenter");
        Assert.Equal(5, komponenter.QuerySelectorAll("[data-testid=komponenter] tbody tr").Length);
        Assert.Contains("Lyftbåge kpl std", komponenter.QuerySelector("[data-testid=komponenter]")!.TextContent, StringComparison.Ordinal);

        var aktiviteter = await HamtaAsync(DemoData.ForskrivareHsaId, "/individ/1438560?flik=aktiviteter");
        var historik = aktiviteter.QuerySelector("[data-testid=historik]")!.TextContent;
        Assert.Contains("Registrerad", historik, StringComparison.Ordinal);
        Assert.Contains("Levererad", historik, StringComparison.Ordinal);

        var text = await HamtaAsync(DemoData.ForskrivareHsaId, "/individ/1438560?flik=textinformation");
        Assert.Contains("Specialanpassad höjd på lyftbågen.", text.QuerySelector("[data-testid=textinformation]")!.TextContent, StringComparison.Ordinal);

        var status = await HamtaAsync(DemoData.SomnForskrivareHsaId, "/individ/2100400?flik=aktuellstatus");
        Assert.Contains("Utlevererad", status.QuerySelector("[data-testid=aktuellstatus]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(status.QuerySelector("main a[href^='/bestallning/']"));
        Assert.NotNull(status.QuerySelector("a[href^='/mottagare/']"));
        // The order is Sömnmottagningen's: from Rehab the device and its patient are shown, the order is not.
        var franRehab = await HamtaAsync(DemoData.ForskrivareHsaId, "/individ/2100400?flik=aktuellstatus");
        Assert.DoesNotContain("Utlevererad", franRehab.QuerySelector("[data-testid=aktuellstatus]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(franRehab.QuerySelector("main a[href^='/bestallning/']"));
        Assert.NotNull(franRehab.QuerySelector("a[href^='/mottagare/']"));

        var info = await HamtaAsync(DemoData.ForskrivareHsaId, "/individ/1438560");
        Assert.Contains("Invacare AB", info.QuerySelector("[data-testid=individinformation]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flytta_andrar_placeringen_och_tom_placering_tar_bort_den()
    {
        var klient = app.Klient(DemoData.ForskrivareHsaId);
        var svar = await PostaAsync(klient, "1948100", "flytta", ("placering", "Hylla B3"));
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Equal("Hylla B3", (await IndividAsync("1948100"))!.Placering);
        var sida = await Html.LasAsync(await klient.GetAsync(svar.Headers.Location));
        Assert.Contains("Hylla B3", sida.QuerySelector("[data-testid=meddelande]")!.TextContent, StringComparison.Ordinal);

        await PostaAsync(klient, "1948100", "flytta", ("placering", ""));
        Assert.Null((await IndividAsync("1948100"))!.Placering);
    }

    [Fact]
    public async Task Handelser_visar_namnet_pa_den_som_utforde_dem_aven_nar_anvandaren_ar_inaktiv()
    {
        var svar = await PostaAsync(app.Klient(DemoData.ForskrivareHsaId), "1948101", "flytta", ("placering", "Hylla C1"));
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        await using (var db = app.Databas())
        {
            var anna = await db.Anvandare.SingleAsync(a => a.HsaId == DemoData.ForskrivareHsaId);
            anna.Inaktivera();
            await db.SaveChangesAsync();
        }
        try
        {
            var sida = await HamtaAsync(DemoData.SomnForskrivareHsaId, "/individ/1948101?flik=aktiviteter");
            var flyttad = sida.QuerySelectorAll("[data-testid=historik] tbody tr").First(r => r.TextContent.Contains("Hylla C1", StringComparison.Ordinal));
            Assert.Equal("Anna Andersson", flyttad.QuerySelectorAll("td")[3].TextContent.Trim());
            Assert.DoesNotContain(DemoData.ForskrivareHsaId, sida.QuerySelector("[data-testid=historik]")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            await using var db = app.Databas();
            (await db.Anvandare.SingleAsync(a => a.HsaId == DemoData.ForskrivareHsaId)).Aktivera();
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task Byte_av_individnummer_kraver_bekraftelse()
    {
        var klient = app.Klient(DemoData.SomnForskrivareHsaId);
        var svar = await PostaAsync(klient, "2100501", "byte", ("nyttIndividnummer", "2100591"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Contains("bekräftar", sida.QuerySelector("#bekraftat-fel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2100591", sida.QuerySelector("#nyttIndividnummer")!.GetAttribute("value"));
        Assert.NotNull(await IndividAsync("2100501"));
        Assert.Null(await IndividAsync("2100591"));
    }

    [Fact]
    public async Task Byte_av_individnummer_behaller_det_gamla_numret_sokbart()
    {
        var klient = app.Klient(DemoData.SomnForskrivareHsaId);
        var svar = await PostaAsync(klient, "2100701", "byte", ("nyttIndividnummer", "2100799"), ("bekraftat", "true"));
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Equal("/individ/2100799?flik=individinformation", svar.Headers.Location!.OriginalString);
        Assert.Null(await IndividAsync("2100701"));
        Assert.NotNull(await IndividAsync("2100799"));

        var traff = await HamtaAsync(DemoData.ForskrivareHsaId, "/individ?sok=2100701*");
        Assert.Equal("2100799", traff.QuerySelector("[data-testid=traffar] tbody tr")!.GetAttribute("data-individ"));
        Assert.Contains("2100701", traff.QuerySelector("[data-testid=tidigare]")!.TextContent, StringComparison.Ordinal);

        var gammalt = await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/individ/2100701");
        Assert.Equal(HttpStatusCode.Redirect, gammalt.StatusCode);
        Assert.Equal("/individ/2100799", gammalt.Headers.Location!.OriginalString);
        var kort = await HamtaAsync(DemoData.ForskrivareHsaId, "/individ/2100799");
        Assert.Contains("2100701", kort.QuerySelector("[data-testid=tidigare]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Byte_till_ett_upptaget_nummer_avvisas()
    {
        var klient = app.Klient(DemoData.LogistikHsaId);
        var svar = await PostaAsync(klient, "1449400", "byte", ("nyttIndividnummer", "1449401"), ("bekraftat", "true"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        Assert.Contains("används redan", (await Html.LasAsync(svar)).QuerySelector("#nytt-fel")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await IndividAsync("1449400"));
    }

    [Fact]
    public async Task Samtidig_andring_ger_tydligt_meddelande_och_skriver_inte_over()
    {
        var klient = app.Klient(DemoData.SomnForskrivareHsaId);
        var gammalVersion = (await IndividAsync("2100502"))!.Version;
        Assert.Equal(HttpStatusCode.Redirect, (await PostaAsync(klient, "2100502", "flytta", ("placering", "Skåp 1"))).StatusCode);

        // A page opened before the first change: its form still carries the version the user saw then.
        var svar = await PostaAsync(klient, "2100502", "flytta", ("placering", "Skåp 2"), ("version", gammalVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Conflict, svar.StatusCode);
        var konflikt = await Html.LasAsync(svar);
        Assert.Contains("har ändrats sedan du öppnade den", konflikt.QuerySelector("[data-testid=konflikt]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Skåp 2", konflikt.QuerySelector("#placering")!.GetAttribute("value"));
        Assert.Equal("Skåp 1", (await IndividAsync("2100502"))!.Placering);
    }

    [Fact]
    public async Task Textinformation_kan_andras()
    {
        var klient = app.Klient(DemoData.SomnForskrivareHsaId);
        var svar = await PostaAsync(klient, "2100503", "textinformation", ("textinformation", "Ny mask behövs före nästa utlämning. Åäö."));
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Equal("Ny mask behövs före nästa utlämning. Åäö.", (await IndividAsync("2100503"))!.Textinformation);

        var forLang = await PostaAsync(klient, "2100503", "textinformation", ("textinformation", new string('x', Individ.MaxText + 1)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forLang.StatusCode);
        Assert.Contains("högst", (await Html.LasAsync(forLang)).QuerySelector("#text-fel")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reserverad_individ_visas_med_lagerstatus_reserverad()
    {
        await using (var db = app.Databas())
        {
            var individ = await db.Individer.SingleAsync(i => i.Individnummer == "1449401");
            individ.Reservera(app.Klocka.Nu(), DemoData.LogistikHsaId);
            await db.SaveChangesAsync();
        }
        var kort = await HamtaAsync(DemoData.ForskrivareHsaId, "/individ/1449401");
        Assert.Equal("På lager", kort.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal("Reserverad", kort.QuerySelector("[data-testid=lagerstatus]")!.TextContent);
        var traff = (await HamtaAsync(DemoData.ForskrivareHsaId, "/individ?sok=1449401")).QuerySelector("[data-testid=traffar] tbody tr[data-individ='1449401']")!;
        Assert.Contains("Reserverad", traff.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Okant_individnummer_ger_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/individ/0000000")).StatusCode);
    }
}

public sealed class IndividTestsSqlite(SqliteApp app) : IndividTests<SqliteApp>(app);

public sealed class IndividTestsPostgres(PostgresApp app) : IndividTests<PostgresApp>(app);
