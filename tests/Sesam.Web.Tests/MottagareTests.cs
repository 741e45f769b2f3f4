using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

public static class Mottagarhjalp
{
    public static async Task<int> IdAsync(SesamAppFactory app, string personnummer)
    {
        await using var db = app.Databas();
        return await db.Mottagare.Where(m => m.Personnummer == Personnummer.FranLagrat(personnummer)).Select(m => m.Id).SingleAsync();
    }

    public static async Task<IDocument> HamtaAsync(SesamAppFactory app, string hsaId, string url)
    {
        var svar = await app.Klient(hsaId).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        return await Html.LasAsync(svar);
    }

    public static List<string> Hjalpmedel(IDocument sida) =>
        sida.QuerySelectorAll("[data-testid=hjalpmedel] tbody tr").Select(r => r.GetAttribute("data-artikel")!).ToList();

    public static async Task<HttpResponseMessage> SokAsync(HttpClient klient, string falt, string varde)
    {
        var token = Html.Token(await Html.LasAsync(await klient.GetAsync("/mottagare")));
        return await klient.PostAsync("/mottagare", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, [falt] = varde,
        }));
    }
}

public abstract class MottagareTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    [Fact]
    public async Task Patient_hittas_pa_personnummer_utan_att_det_hamnar_i_adressen()
    {
        var tolvan = await Mottagarhjalp.IdAsync(app, DemoData.PatientTolvan);
        var svar = await Mottagarhjalp.SokAsync(app.Klient(DemoData.ForskrivareHsaId), "personnummer", "19121212-1212");
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Equal($"/mottagare/{tolvan}", svar.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("1212121212", "12 siffror")]
    [InlineData("19121212ABCD", "bara innehålla siffror")]
    [InlineData("191212121213", "Kontrollsiffran stämmer inte")]
    [InlineData("", "Ange personnummer")]
    public async Task Ogiltigt_personnummer_ger_svenskt_meddelande_och_behaller_inmatningen(string personnummer, string fel)
    {
        var svar = await Mottagarhjalp.SokAsync(app.Klient(DemoData.ForskrivareHsaId), "personnummer", personnummer);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Contains(fel, sida.QuerySelector("[data-testid=personnummerfel]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(personnummer, sida.QuerySelector("#personnummer")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Okand_patient_och_vardenhet_pa_kundnummer()
    {
        var klient = app.Klient(DemoData.ForskrivareHsaId);
        var okand = await Mottagarhjalp.SokAsync(klient, "personnummer", $"19900101238{Personnummer.Kontrollsiffra("900101238")}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, okand.StatusCode);
        Assert.Contains("ingen patient", (await Html.LasAsync(okand)).QuerySelector("[data-testid=personnummerfel]")!.TextContent, StringComparison.Ordinal);

        var boende = await Mottagarhjalp.SokAsync(klient, "kundnummer", "58800");
        Assert.Equal(HttpStatusCode.Redirect, boende.StatusCode);
        var sida = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, boende.Headers.Location!.OriginalString);
        Assert.Contains("Vårdboendet Solgården", sida.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var saknas = await Mottagarhjalp.SokAsync(klient, "kundnummer", "99999");
        Assert.Contains("ingen vårdenhet", (await Html.LasAsync(saknas)).QuerySelector("[data-testid=kundnummerfel]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patientbilden_visar_huvud_och_hjalpmedel_nyast_forst_och_loggar_lasningen()
    {
        var tolvan = await Mottagarhjalp.IdAsync(app, DemoData.PatientTolvan);
        var sida = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{tolvan}");
        Assert.Contains("Tolvan Tolvansson", sida.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Testgatan 12, 221 00 Lund", sida.QuerySelector("[data-testid=adress]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("070-123 45 67", sida.QuerySelector("#telefon")!.GetAttribute("value"));
        Assert.Contains("B100", sida.QuerySelector("[data-testid=baskod]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(sida.QuerySelector("[data-testid=skyddad-identitet]"));

        Assert.Equal(["40110", "40111", "75178", "19961"], Mottagarhjalp.Hjalpmedel(sida));
        var sang = sida.QuerySelector("tr[data-artikel='75178']")!;
        Assert.Contains("1438560", sang.TextContent, StringComparison.Ordinal);
        Assert.Contains("5 komponenter", sang.QuerySelector("details summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, sang.QuerySelectorAll("details li").Length);
        Assert.Contains("Hyra", sang.TextContent, StringComparison.Ordinal);
        Assert.NotNull(sida.QuerySelector("tr[data-artikel='40110'] a[href^='/bestallning/']"));

        await using var db = app.Databas();
        var poster = await db.Logg.Where(p => p.MottagareId == tolvan && p.HsaId == DemoData.ForskrivareHsaId && p.Handling == "Läsning").ToListAsync();
        Assert.NotEmpty(poster);
        Assert.All(poster, p =>
        {
            Assert.DoesNotContain("Tolvan", p.Beskrivning, StringComparison.Ordinal);
            Assert.DoesNotContain("121212", p.Beskrivning, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Hjalpmedel_filtreras_pa_iso_kod_artikeltyp_och_debiteringsform()
    {
        var tolvan = await Mottagarhjalp.IdAsync(app, DemoData.PatientTolvan);
        Assert.Equal(["19961"], Mottagarhjalp.Hjalpmedel(await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{tolvan}?iso=12")));
        Assert.Equal(["40110", "40111"], Mottagarhjalp.Hjalpmedel(await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{tolvan}?iso=0403")));
        Assert.Equal(["40111"], Mottagarhjalp.Hjalpmedel(await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{tolvan}?artikeltyp=Tillbehor")));
        Assert.Empty(Mottagarhjalp.Hjalpmedel(await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{tolvan}?debiteringsform=Kop")));
        Assert.Equal(4, Mottagarhjalp.Hjalpmedel(await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{tolvan}?debiteringsform=Hyra")).Count);
    }

    [Fact]
    public async Task Flikarna_bestallt_och_patientavgifter()
    {
        var tolvan = await Mottagarhjalp.IdAsync(app, DemoData.PatientTolvan);
        var bestallt = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{tolvan}?flik=bestallt");
        var rader = bestallt.QuerySelectorAll("[data-testid=bestallt] tbody tr").ToList();
        Assert.Single(rader);
        Assert.Contains("20410", rader[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Registrerad", rader[0].TextContent, StringComparison.Ordinal);
        Assert.NotNull(rader[0].QuerySelector("a[href^='/bestallning/']"));

        var avgifter = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{tolvan}?flik=patientavgifter");
        var avgift = avgifter.QuerySelector("[data-testid=avgifter] tbody tr")!;
        Assert.Contains("40110", avgift.TextContent, StringComparison.Ordinal);
        Assert.Contains("2100400", avgift.TextContent, StringComparison.Ordinal);
        Assert.Contains("500,00", avgift.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ska faktureras", avgift.QuerySelector("[data-kolumn=status]")!.TextContent);

        var aterlamnat = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{tolvan}?flik=aterlamnat");
        Assert.Contains("inte återlämnat", aterlamnat.QuerySelector("[data-testid=flik-aterlamnat]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skyddad_identitet_doljer_adress_och_telefon()
    {
        var skyddad = await Mottagarhjalp.IdAsync(app, DemoData.PatientSkyddad);
        var sida = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{skyddad}");
        Assert.NotNull(sida.QuerySelector("[data-testid=skyddad-identitet]"));
        Assert.DoesNotContain("Sekretessgatan", sida.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Skyddad identitet", sida.QuerySelector("[data-testid=adress]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(sida.QuerySelector("form[data-testid=telefonform]"));

        var pdf = await app.Klient(DemoData.ForskrivareHsaId).GetAsync($"/mottagare/{skyddad}/hjalpmedelslista");
        var text = await PdfText.ExtraheraAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("Sekretessgatan", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Telefonnumret_kan_andras_och_felaktigt_nummer_far_meddelande()
    {
        var skutt = await Mottagarhjalp.IdAsync(app, DemoData.PatientLilleSkutt);
        var klient = app.Klient(DemoData.ForskrivareHsaId);
        async Task<HttpResponseMessage> Posta(string telefon)
        {
            var token = Html.Token(await Html.LasAsync(await klient.GetAsync($"/mottagare/{skutt}")));
            return await klient.PostAsync($"/mottagare/{skutt}/telefon", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["telefon"] = telefon,
            }));
        }

        var fel = await Posta("ring mig");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fel.StatusCode);
        var sida = await Html.LasAsync(fel);
        Assert.Contains("bara innehålla siffror", sida.QuerySelector("[data-testid=telefonfel]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ring mig", sida.QuerySelector("#telefon")!.GetAttribute("value"));

        Assert.Equal(HttpStatusCode.Redirect, (await Posta("0505-999 99")).StatusCode);
        await using var db = app.Databas();
        Assert.Equal("0505-999 99", (await db.Mottagare.SingleAsync(m => m.Id == skutt)).Telefon);
        Assert.True(await db.Logg.AnyAsync(p => p.MottagareId == skutt && p.Handling == "Ändring"));
    }

    [Fact]
    public async Task Hjalpmedelslistan_ar_en_pdf_och_loggas()
    {
        var tolvan = await Mottagarhjalp.IdAsync(app, DemoData.PatientTolvan);
        var svar = await app.Klient(DemoData.ForskrivareHsaId).GetAsync($"/mottagare/{tolvan}/hjalpmedelslista");
        Assert.Equal("application/pdf", svar.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ExtraheraAsync(await svar.Content.ReadAsByteArrayAsync());
        Assert.Contains("Hjälpmedelslista", text, StringComparison.Ordinal);
        Assert.Contains("Tolvan Tolvansson", text, StringComparison.Ordinal);
        Assert.Contains("Säng SB755", text, StringComparison.Ordinal);
        Assert.Contains("1438560", text, StringComparison.Ordinal);
        Assert.Contains("Lyftbåge kpl std", text, StringComparison.Ordinal);
        Assert.Contains("CPAP AirSense 10 AutoSet", text, StringComparison.Ordinal);
        await using var db = app.Databas();
        Assert.True(await db.Logg.AnyAsync(p => p.MottagareId == tolvan && p.Handling == "Utskrift"));
    }

    [Fact]
    public async Task Admin_utan_vardroll_ser_inga_patienter()
    {
        var tolvan = await Mottagarhjalp.IdAsync(app, DemoData.PatientTolvan);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Klient(DemoData.AdminHsaId).GetAsync("/mottagare")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Klient(DemoData.AdminHsaId).GetAsync($"/mottagare/{tolvan}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Klient(DemoData.AdminHsaId).GetAsync($"/mottagare/{tolvan}/hjalpmedelslista")).StatusCode);
    }
}

public sealed class MottagareTestsSqlite(SqliteApp app) : MottagareTests<SqliteApp>(app);

public sealed class MottagareTestsPostgres(PostgresApp app) : MottagareTests<PostgresApp>(app);

/// <summary>Tests that change Tolvan's devices, in a database of their own so the other patient tests see the demo data.</summary>
public abstract class MottagarandringTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    [Fact]
    public async Task Aterlamnad_individ_flyttas_fran_hjalpmedel_till_aterlamnat()
    {
        var tolvan = await Mottagarhjalp.IdAsync(app, DemoData.PatientTolvan);
        await using (var db = app.Databas())
        {
            var cpap = await db.Individer.SingleAsync(i => i.Individnummer == "2100400");
            var forrad = await db.Lager.SingleAsync(l => l.Nummer == "4720");
            cpap.TaTillbaka(forrad, DateTime.UtcNow, DemoData.SomnForskrivareHsaId);
            await db.SaveChangesAsync();
        }
        var hjalpmedel = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{tolvan}?endastIndivider=true");
        Assert.DoesNotContain("40110", Mottagarhjalp.Hjalpmedel(hjalpmedel));
        var aterlamnat = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{tolvan}?flik=aterlamnat");
        var rad = aterlamnat.QuerySelector("[data-testid=aterlamnat] tbody tr")!;
        Assert.Contains("2100400", rad.TextContent, StringComparison.Ordinal);
        Assert.Contains(Svensktid.Idag(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), rad.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endast_individer_doljer_levererade_rader_utan_individ()
    {
        var tolvan = await Mottagarhjalp.IdAsync(app, DemoData.PatientTolvan);
        await using (var db = app.Databas())
        {
            var patient = await db.Mottagare.SingleAsync(m => m.Id == tolvan);
            var cecilia = await db.Anvandare.Include(a => a.Tjanstestallen).SingleAsync(a => a.HsaId == DemoData.SomnForskrivareHsaId);
            var somn = await db.Tjanstestallen.SingleAsync(t => t.Kod == "4720");
            var forrad = await db.Lager.SingleAsync(l => l.Nummer == "4720");
            var mask = await db.Artiklar.SingleAsync(a => a.Artikelnummer == "40120");
            var nu = DateTime.UtcNow;
            var uttag = Bestallning.NyForskrivning(patient, cecilia, cecilia, somn, nu);
            uttag.LaggTillRad(mask, 2, Leveranskalla.EgetForrad, forrad, Debiteringsform.Kop, 0m);
            uttag.Skicka(await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(nu)), Guid.NewGuid(), nu);
            db.Add(uttag);
            await db.SaveChangesAsync();
        }
        var alla = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{tolvan}");
        Assert.Equal("40120", Mottagarhjalp.Hjalpmedel(alla)[0]);
        Assert.Contains("Köp", alla.QuerySelector("tr[data-artikel='40120']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("40120", Mottagarhjalp.Hjalpmedel(await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{tolvan}?endastIndivider=true")));
        Assert.Equal(["40120"], Mottagarhjalp.Hjalpmedel(await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{tolvan}?debiteringsform=Kop")));
    }
}

public sealed class MottagarandringTestsSqlite(SqliteApp app) : MottagarandringTests<SqliteApp>(app);

public sealed class MottagarandringTestsPostgres(PostgresApp app) : MottagarandringTests<PostgresApp>(app);
