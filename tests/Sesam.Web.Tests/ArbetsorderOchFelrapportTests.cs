using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Mottagare;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Arbetsorder and felrapport (VGR manual): registered from where they apply, kept unit-bound, closed by Logistik
/// with a message to the registrant; an arbetsorder on an order row holds that delivery until it is avslutad.</summary>
public abstract class ArbetsorderOchFelrapportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    /// <summary>The link on the user's message with this rubrik, as the message's page shows it.</summary>
    private static async Task<IElement> MeddelandelankAsync(HttpClient klient, string rubrik)
    {
        var lista = await Html.LasAsync(await klient.GetAsync("/meddelanden"));
        var meddelande = lista.QuerySelectorAll("[data-testid=meddelanden] tbody tr").First(tr => tr.TextContent.Contains(rubrik, StringComparison.Ordinal))
            .QuerySelector<IElement>("a")!.GetAttribute("href")!;
        return (await Html.LasAsync(await klient.GetAsync(meddelande))).QuerySelector<IElement>("[data-testid=lank]")!;
    }

    private static async Task<HttpResponseMessage> RegistreraAsync(HttpClient k, string url, params (string Namn, string Varde)[] andra)
    {
        var sida = await Html.LasAsync(await k.GetAsync(url));
        return await Html.SkickaAsync(k, sida, "[data-testid=arbetsorder-form]", andra);
    }

    private static string Nummer(HttpResponseMessage svar)
    {
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        return svar.Headers.Location!.OriginalString.Split('/')[2];
    }

    [Fact]
    public async Task Arbetsorder_fran_individkortet_far_mottagaren_och_logistik_avslutar_med_meddelande()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var kort = await Html.LasAsync(await anna.GetAsync("/individ/1449334"));
        Assert.Equal("/arbetsorder/ny?individ=1449334", kort.QuerySelector("[data-testid=ny-arbetsorder]")!.GetAttribute("href"));

        int loggFore;
        await using (var db = app.Databas())
        {
            loggFore = await db.Logg.CountAsync(l => l.Beskrivning == "Mottagare ifylld i ny arbetsorder.");
        }
        await anna.GetAsync("/arbetsorder/ny?individ=1449334");
        await using (var db = app.Databas())
        {
            Assert.Equal(loggFore + 1, await db.Logg.CountAsync(l => l.Beskrivning == "Mottagare ifylld i ny arbetsorder."));
        }
        var utanBeskrivning = await RegistreraAsync(anna, "/arbetsorder/ny?individ=1449334", ("Typ", "Reparation"), ("Utforande", "UtforesPaPlats"), ("Kontakttelefon", "046-1"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, utanBeskrivning.StatusCode);
        var felsida = await Html.LasAsync(utanBeskrivning);
        Assert.Equal("Beskriv felet eller den åtgärd du önskar i Felbeskrivning/Information.", felsida.QuerySelector("[data-testid=fel]")!.TextContent);
        Assert.Equal("046-1", felsida.QuerySelector<IElement>("#Kontakttelefon")!.GetAttribute("value"));
        Assert.Equal("200303030308", felsida.QuerySelector<IElement>("#Mottagare")!.GetAttribute("value"));

        var nummer = Nummer(await RegistreraAsync(anna, "/arbetsorder/ny?individ=1449334", ("Typ", "Reparation"), ("Utforande", "UtforesPaPlats"),
            ("Kontakttelefon", "046-1"), ("Felbeskrivning", "Grinden går inte att fälla ner.")));
        var visa = await Html.LasAsync(await anna.GetAsync($"/arbetsorder/{nummer}"));
        Assert.Equal($"Arbetsorder {nummer} är registrerad.", visa.QuerySelector("[data-testid=meddelande]")!.TextContent);
        Assert.Contains("Lille Skutt", visa.QuerySelector("[data-testid=mottagare]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("75178", visa.QuerySelector("[data-testid=artikel]")!.TextContent, StringComparison.Ordinal);

        // A document is attached; a forbidden type is refused with the reason.
        var exe = await LaddaUppAsync(anna, nummer, visa, "virus.exe");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, exe.StatusCode);
        Assert.StartsWith("Filtypen kan inte bifogas.", (await Html.LasAsync(exe)).QuerySelector("[data-testid=fel]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await LaddaUppAsync(anna, nummer, await Html.LasAsync(await anna.GetAsync($"/arbetsorder/{nummer}")), "anvisning.pdf")).StatusCode);
        var medBilaga = await Html.LasAsync(await anna.GetAsync($"/arbetsorder/{nummer}"));
        Assert.Contains("anvisning.pdf", medBilaga.QuerySelector("[data-testid=bilagor]")!.TextContent, StringComparison.Ordinal);

        // Anna's open arbetsordrar list it; another unit's list does not (only the whole number shows it there, read-only).
        Assert.NotNull((await Html.LasAsync(await anna.GetAsync("/arbetsorder"))).QuerySelector($"[data-testid=ao-{nummer}]"));
        Assert.Null((await Html.LasAsync(await app.Klient(DemoData.AndraEnhetensForskrivareHsaId).GetAsync("/arbetsorder?mina=false"))).QuerySelector($"[data-testid=ao-{nummer}]"));

        var lars = app.Klient(DemoData.LogistikHsaId);
        var logistiksida = await Html.LasAsync(await lars.GetAsync($"/arbetsorder/{nummer}"));
        var tom = await Html.SkickaAsync(lars, logistiksida, "[data-testid=avsluta]", ("atgard", ""));
        Assert.Equal("Beskriv vad som utfördes.", (await Html.LasAsync(tom)).QuerySelector("[data-testid=fel]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await Html.SkickaAsync(lars, logistiksida, "[data-testid=avsluta]", ("atgard", "Grindens spärr bytt."))).StatusCode);
        var lank = await MeddelandelankAsync(anna, $"Arbetsorder {nummer} är avslutad.");
        Assert.Equal(($"/arbetsorder/{nummer}", "Öppna arbetsordern"), (lank.GetAttribute("href"), lank.TextContent));
        Assert.Contains("Grindens spärr bytt.", (await Html.LasAsync(await anna.GetAsync($"/arbetsorder/{nummer}"))).QuerySelector("[data-testid=atgard]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arbetsorder_pa_en_orderrad_haller_utleveransen_tills_den_ar_avslutad()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(anna, DemoData.PatientTolvan);
        await Varukorg.LaggTillAsync(anna, id, "56283", 1, "Hjalpmedelsverksamhet");
        var ordernummer = await Varukorg.SlutforOchSkickaAsync(anna, id, []);
        var detaljer = await Html.LasAsync(await anna.GetAsync($"/bestallning/{id}"));
        var url = detaljer.QuerySelector<IElement>("[data-testid=arbetsorder-rad-1]")!.GetAttribute("href")!;
        var ny = await Html.LasAsync(await anna.GetAsync(url));
        Assert.Contains($"på beställning {ordernummer}", ny.QuerySelector("[data-testid=kontext]")!.TextContent, StringComparison.Ordinal);
        var nummer = Nummer(await RegistreraAsync(anna, url, ("Typ", "Montering"), ("Utforande", "UtforesPaPlats"), ("Kontakttelefon", "046-1"),
            ("Felbeskrivning", "Montera stödhandtaget på patientens säng.")));
        var andra = Nummer(await RegistreraAsync(anna, url, ("Typ", "Anpassning"), ("Utforande", "UtforesPaPlats"), ("Kontakttelefon", "046-1"),
            ("Felbeskrivning", "Anpassa höjden efter montering.")));
        // Another unit learns nothing of the row: refused without its order number.
        var radId = int.Parse(url.Split('=')[1], CultureInfo.InvariantCulture);
        var david = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        var davidsSvar = await RegistreraAsync(david, "/arbetsorder/ny", ("OrderradId", radId.ToString(CultureInfo.InvariantCulture)), ("Mottagare", DemoData.PatientTolvan),
            ("Artikelnummer", "56283"), ("Typ", "Montering"), ("Utforande", "LamnasTillHjalpmedel"), ("Felbeskrivning", "Försök."));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, davidsSvar.StatusCode);
        Assert.DoesNotContain(ordernummer, await davidsSvar.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var logistik = app.Klient(DemoData.LogistikHsaId);
        foreach (var steg in new[] { "plockning", "plockad" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Logistikflode.PostaAsync(logistik, id, steg)).StatusCode);
        }
        var sida = await Html.LasAsync(await logistik.GetAsync($"/logistik/{id}"));
        Assert.Contains(nummer, sida.QuerySelector("[data-testid=vantar-1]")!.TextContent, StringComparison.Ordinal);
        var vantar = await Logistikflode.PostaAsync(logistik, id, "utleverera");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, vantar.StatusCode);
        Assert.StartsWith($"Rad 1 väntar på arbetsorder {nummer}, {andra}", (await Html.LasAsync(vantar)).QuerySelector("[data-testid=fel]")!.TextContent, StringComparison.Ordinal);

        foreach (var ao in new[] { nummer, andra })
        {
            var sidan = await Html.LasAsync(await logistik.GetAsync($"/arbetsorder/{ao}"));
            await Html.SkickaAsync(logistik, sidan, "[data-testid=avsluta]", ("atgard", "Utfört."));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await Logistikflode.PostaAsync(logistik, id, "utleverera")).StatusCode);
    }

    [Fact]
    public async Task Felrapport_fran_bestallningen_foljer_med_och_besvaras_av_logistik()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        int bestallning;
        await using (var db = app.Databas())
        {
            bestallning = await db.Bestallningar.Where(b => b.Status == Orderstatus.Registrerad && b.Forskrivare.HsaId == DemoData.ForskrivareHsaId && b.Ordertyp == Ordertyp.Forskrivning)
                .OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
        }
        var sida = await Html.LasAsync(await anna.GetAsync($"/felrapport/ny?bestallning={bestallning}"));
        Assert.StartsWith("Felrapporten gäller Beställning", sida.QuerySelector("[data-testid=kontext]")!.TextContent, StringComparison.Ordinal);
        (string, string)[] falt =
        [
            ("Kategori", "Reklamation"),
            ("Handelsetyp", "Bemötande"),
            ("Datum", app.Klocka.Idag().AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Tid", "10:15"),
            ("Beskrivning", "Leveransen kom inte fram."),
            ("Ersattningsvara", "false"),
            ("Kreditering", "false"),
        ];
        var felTyp = await Html.SkickaAsync(anna, sida, "[data-testid=felrapport-form]", falt);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, felTyp.StatusCode);
        var felsida = await Html.LasAsync(felTyp);
        Assert.Equal("Välj typ av händelse.", felsida.QuerySelector("[data-testid=fel]")!.TextContent);
        Assert.Equal("Leveransen kom inte fram.", felsida.QuerySelector("#Beskrivning")!.TextContent);

        // The hour skipped when summer time began is taken as the hour after, not refused with an error.
        var svar = await Html.SkickaAsync(anna, felsida, "[data-testid=felrapport-form]",
            ("Kategori", "Tillganglighet"), ("Handelsetyp", "Utebliven/sen leverans av order"), ("Datum", "2026-03-29"), ("Tid", "02:30"));
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        var nummer = svar.Headers.Location!.OriginalString.Split('/')[2];
        using (var innehall = new MultipartFormDataContent())
        {
            var forsta = await Html.LasAsync(await anna.GetAsync($"/felrapport/{nummer}"));
            innehall.Add(new StringContent(Html.Token(forsta)), "__RequestVerificationToken");
            innehall.Add(new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xD9]), "bilaga", "foto.jpg");
            Assert.Equal(HttpStatusCode.Redirect, (await anna.PostAsync($"/felrapport/{nummer}/bilaga", innehall)).StatusCode);
        }
        var visa = await Html.LasAsync(await anna.GetAsync($"/felrapport/{nummer}"));
        Assert.Contains("Tolvan", visa.QuerySelector("[data-testid=mottagare]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("foto.jpg", visa.QuerySelector("[data-testid=bilagor]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(visa.QuerySelector("[data-testid=avsluta]"));
        Assert.NotNull((await Html.LasAsync(await anna.GetAsync("/felrapport"))).QuerySelector($"[data-testid=fr-{nummer}]"));
        // Another unit's order cannot be named in a felrapport: David's own form with 4711's order id in its hidden field.
        var david = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        var davidsSida = await Html.LasAsync(await david.GetAsync("/felrapport/ny"));
        var annan = await Html.SkickaAsync(david, davidsSida, "[data-testid=felrapport-form]",
            [.. falt.Where(f => f.Item1 is not ("Kategori" or "Handelsetyp")), ("Kategori", "Tillganglighet"), ("Handelsetyp", "Utebliven/sen leverans av order"),
                ("BestallningId", bestallning.ToString(CultureInfo.InvariantCulture))]);
        Assert.Equal("Beställningen finns inte för tjänstestället du arbetar i.", (await Html.LasAsync(annan)).QuerySelector("[data-testid=fel]")!.TextContent);

        var lars = app.Klient(DemoData.LogistikHsaId);
        var logistiksida = await Html.LasAsync(await lars.GetAsync($"/felrapport/{nummer}"));
        var besvara = await Html.SkickaAsync(lars, logistiksida, "[data-testid=avsluta]", ("svar", "Leveransen är bokad till i morgon."));
        Assert.Equal(HttpStatusCode.Redirect, besvara.StatusCode);
        var lank = await MeddelandelankAsync(anna, $"Felrapport {nummer} är besvarad.");
        Assert.Equal(($"/felrapport/{nummer}", "Öppna felrapporten"), (lank.GetAttribute("href"), lank.TextContent));
        Assert.Contains("Leveransen är bokad till i morgon.", (await Html.LasAsync(await anna.GetAsync($"/felrapport/{nummer}"))).QuerySelector("[data-testid=svar]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hela_arbetsordernumret_visar_ett_annat_tjanstestalles_arbetsorder_skrivskyddad_men_listor_och_borjan_av_numret_ar_enhetsbundna()
    {
        string nummer;
        int? tolvan;
        string[] patientuppgifter;
        await using (var db = app.Databas())
        {
            var demo = await db.Arbetsordrar.Where(a => a.Tjanstestalle.Kod == "4711").OrderBy(a => a.Id)
                .Select(a => new { a.Arbetsordernummer, a.MottagareId, a.Felbeskrivning, a.Kontakttelefon, a.Adress.Gatuadress }).FirstAsync();
            (nummer, tolvan) = (demo.Arbetsordernummer, demo.MottagareId);
            patientuppgifter = [.. Patientuppgifter, demo.Felbeskrivning!, demo.Kontakttelefon!, demo.Gatuadress];
        }
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        Assert.Equal(HttpStatusCode.Redirect, (await LaddaUppAsync(anna, nummer, await Html.LasAsync(await anna.GetAsync($"/arbetsorder/{nummer}")), "instruktion.pdf")).StatusCode);
        var bilaga = (await Html.LasAsync(await anna.GetAsync($"/arbetsorder/{nummer}"))).QuerySelector<IElement>("[data-testid=bilagor] a")!.GetAttribute("href")!;

        var david = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        Assert.Null((await Html.LasAsync(await david.GetAsync("/arbetsorder?mina=false"))).QuerySelector($"[data-testid=ao-{nummer}]"));
        var borjan = await david.GetAsync($"/arbetsorder?sok={nummer[..^1]}&mina=false");
        Assert.Equal(HttpStatusCode.OK, borjan.StatusCode);
        Assert.Null((await Html.LasAsync(borjan)).QuerySelector($"[data-testid=ao-{nummer}]"));
        // A complete number that no arbetsorder has is an ordinary search without hits.
        var ingen = await Html.LasAsync(await david.GetAsync("/arbetsorder?sok=26019999&mina=false"));
        Assert.NotNull(ingen.QuerySelector("[data-testid=inga]"));

        var hela = await david.GetAsync($"/arbetsorder?sok={nummer}&mina=true");
        Assert.Equal(HttpStatusCode.Redirect, hela.StatusCode);
        Assert.Equal($"/arbetsorder/{nummer}", hela.Headers.Location!.OriginalString);
        var sida = await Html.LasAsync(await david.GetAsync($"/arbetsorder/{nummer}"));
        Assert.Equal("Arbetsordern tillhör 4711 Rehabmottagningen Lund. Du ser den eftersom du angav hela arbetsordernumret; bara det tjänstestället kan ändra den och öppna dess bilagor.",
            sida.QuerySelector("[data-testid=annat-tjanstestalle]")!.TextContent);
        // What it is and where it stands, never the patient, the free texts or the bilagor (README, "Access rules").
        Assert.Equal(Arbetsorderstatus.Registrerad.Text(), sida.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.NotEmpty(sida.QuerySelector("[data-testid=artikel]")!.TextContent);
        VisarInte(sida, [.. patientuppgifter, "instruktion.pdf"]);
        Assert.Null(sida.QuerySelector("[data-testid=mottagare]"));
        Assert.Null(sida.QuerySelector("[data-testid=felbeskrivning]"));
        Assert.Null(sida.QuerySelector("[data-testid=bilagor]"));
        Assert.Null(sida.QuerySelector("main a[href^='/mottagare/']"));
        Assert.Empty(sida.QuerySelectorAll("main form[method=post]"));
        Assert.Null(sida.QuerySelector("[data-testid=makulera]"));
        Assert.Null(sida.QuerySelector("main a[href^='/felrapport/ny']"));
        // Read-only: the bilaga and every change stay with the unit.
        Assert.Equal(HttpStatusCode.NotFound, (await david.GetAsync(bilaga)).StatusCode);
        var start = Html.Token(await Html.LasAsync(await david.GetAsync("/")));
        // No form is offered: a request David could still craft with a valid token.
        Assert.Equal(HttpStatusCode.NotFound, (await david.PostAsync($"/arbetsorder/{nummer}/makulera", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = start, ["version"] = "1",
        }))).StatusCode);
        await using (var db = app.Databas())
        {
            Assert.True(await db.Logg.AnyAsync(l => l.HsaId == DemoData.AndraEnhetensForskrivareHsaId && l.Handling == "Läsning" && l.MottagareId == tolvan
                && l.Beskrivning == $"Arbetsorder {nummer} visad, annat tjänsteställes (4711 Rehabmottagningen Lund), med hela numret."));
            Assert.Equal(Arbetsorderstatus.Registrerad, await db.Arbetsordrar.Where(a => a.Arbetsordernummer == nummer).Select(a => a.Status).SingleAsync());
        }
        // Its own unit still sees it as before.
        var egen = await Html.LasAsync(await anna.GetAsync($"/arbetsorder/{nummer}"));
        Assert.Null(egen.QuerySelector("[data-testid=annat-tjanstestalle]"));
        VisarAlla(egen, [.. patientuppgifter, "instruktion.pdf"]);
        Assert.NotNull(egen.QuerySelector("[data-testid=makulera]"));
    }

    [Fact]
    public async Task Hela_felrapportsnumret_visar_ett_annat_tjanstestalles_felrapport_skrivskyddad_men_listor_och_borjan_av_numret_ar_enhetsbundna()
    {
        string nummer;
        int? tolvan;
        string[] patientuppgifter;
        await using (var db = app.Databas())
        {
            var demo = await db.Felrapporter.Where(f => f.Tjanstestalle.Kod == "4711").OrderBy(f => f.Id)
                .Select(f => new { f.Felrapportnummer, f.MottagareId, f.Beskrivning }).FirstAsync();
            (nummer, tolvan) = (demo.Felrapportnummer, demo.MottagareId);
            patientuppgifter = [.. Patientuppgifter, demo.Beskrivning];
        }
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        using (var innehall = new MultipartFormDataContent())
        {
            innehall.Add(new StringContent(Html.Token(await Html.LasAsync(await anna.GetAsync($"/felrapport/{nummer}")))), "__RequestVerificationToken");
            innehall.Add(new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xD9]), "bilaga", "kvitto.jpg");
            Assert.Equal(HttpStatusCode.Redirect, (await anna.PostAsync($"/felrapport/{nummer}/bilaga", innehall)).StatusCode);
        }
        var bilaga = (await Html.LasAsync(await anna.GetAsync($"/felrapport/{nummer}"))).QuerySelector<IElement>("[data-testid=bilagor] a")!.GetAttribute("href")!;

        var david = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        Assert.Null((await Html.LasAsync(await david.GetAsync("/felrapport?mina=false"))).QuerySelector($"[data-testid=fr-{nummer}]"));
        var borjan = await david.GetAsync($"/felrapport?sok={nummer[..^1]}&mina=false");
        Assert.Equal(HttpStatusCode.OK, borjan.StatusCode);
        Assert.Null((await Html.LasAsync(borjan)).QuerySelector($"[data-testid=fr-{nummer}]"));

        var hela = await david.GetAsync($"/felrapport?sok={nummer}&mina=true");
        Assert.Equal(HttpStatusCode.Redirect, hela.StatusCode);
        Assert.Equal($"/felrapport/{nummer}", hela.Headers.Location!.OriginalString);
        var sida = await Html.LasAsync(await david.GetAsync($"/felrapport/{nummer}"));
        Assert.Equal("Felrapporten tillhör 4711 Rehabmottagningen Lund. Du ser den eftersom du angav hela felrapportsnumret; bara det tjänstestället kan lägga till och öppna dess bilagor.",
            sida.QuerySelector("[data-testid=annat-tjanstestalle]")!.TextContent);
        // What it is and where it stands, never the patient, the description that may name them, or the bilagor.
        Assert.Equal("Registrerad", sida.QuerySelector("[data-testid=status]")!.TextContent);
        VisarInte(sida, [.. patientuppgifter, "kvitto.jpg"]);
        Assert.Null(sida.QuerySelector("[data-testid=mottagare]"));
        Assert.Null(sida.QuerySelector("[data-testid=beskrivning]"));
        Assert.Null(sida.QuerySelector("[data-testid=bilagor]"));
        Assert.Null(sida.QuerySelector("main a[href^='/mottagare/']"));
        Assert.Null(sida.QuerySelector("main a[href^='/bestallning/']"));
        Assert.Empty(sida.QuerySelectorAll("main form[method=post]"));
        Assert.Equal(HttpStatusCode.NotFound, (await david.GetAsync(bilaga)).StatusCode);
        await using (var db = app.Databas())
        {
            Assert.True(await db.Logg.AnyAsync(l => l.HsaId == DemoData.AndraEnhetensForskrivareHsaId && l.Handling == "Läsning" && l.MottagareId == tolvan
                && l.Beskrivning == $"Felrapport {nummer} visad, annat tjänsteställes (4711 Rehabmottagningen Lund), med hela numret."));
        }
        var egen = await Html.LasAsync(await anna.GetAsync($"/felrapport/{nummer}"));
        Assert.Null(egen.QuerySelector("[data-testid=annat-tjanstestalle]"));
        VisarAlla(egen, [.. patientuppgifter, "kvitto.jpg"]);
    }

    /// <summary>Tolvan's name and personnummer, as a page would show them.</summary>
    private static readonly string[] Patientuppgifter = ["Tolvan", Personnummer.FranLagrat(DemoData.PatientTolvan).Formaterat];

    private static void VisarInte(IDocument sida, IEnumerable<string> texter)
    {
        var text = sida.QuerySelector("main")!.TextContent;
        Assert.All(texter, t => Assert.DoesNotContain(t, text, StringComparison.Ordinal));
    }

    private static void VisarAlla(IDocument sida, IEnumerable<string> texter)
    {
        var text = sida.QuerySelector("main")!.TextContent;
        Assert.All(texter, t => Assert.Contains(t, text, StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> LaddaUppAsync(HttpClient k, string nummer, IDocument sida, string filnamn)
    {
        using var innehall = new MultipartFormDataContent
        {
            { new StringContent(Html.Token(sida)), "__RequestVerificationToken" },
            { new StringContent(sida.QuerySelector<IElement>($"form[action='/arbetsorder/{nummer}/bilaga'] input[name=version]")!.GetAttribute("value")!), "version" },
        };
        var fil = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
        fil.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        innehall.Add(fil, "bilaga", filnamn);
        return await k.PostAsync($"/arbetsorder/{nummer}/bilaga", innehall);
    }
}

public sealed class ArbetsorderOchFelrapportTestsSqlite(SqliteApp app) : ArbetsorderOchFelrapportTests<SqliteApp>(app);

public sealed class ArbetsorderOchFelrapportTestsPostgres(PostgresApp app) : ArbetsorderOchFelrapportTests<PostgresApp>(app);
