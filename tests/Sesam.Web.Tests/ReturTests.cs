using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>A patient of their own for one test: a rollator the unit bought (individ) with a befuktare individ as its
/// komponent, a bed owned by Hjälpmedel (individ, goes back by hämtorder only), and two korgar from Rehab's förråd on a
/// row without an individ.</summary>
public sealed record Returpatient(int Id, int Rollator, string Rollatornummer, int Befuktare, string Befuktarnummer, int Sang, int Korgrad);

public static class Returhjalp
{
    public static async Task<Returpatient> NyPatientAsync(SesamAppFactory app, int lopnummer)
    {
        await using var db = app.Databas();
        var nu = app.Klocka.Nu();
        var nio = string.Create(CultureInfo.InvariantCulture, $"5002{lopnummer:00}123");
        var patient = Mottagare.Patient(Personnummer.FranLagrat($"19{nio}{Personnummer.Kontrollsiffra(nio)}"), "Rut", "Returberg",
            new Adress("Returvägen 3", "22100", "Lund"), "Skåne");
        db.Add(patient);
        var central = await db.Lager.SingleAsync(l => l.Typ == Lagertyp.Centrallager);
        var befuktarArtikel = await db.Artiklar.SingleAsync(a => a.Artikelnummer == "40111");
        var korg = await db.Artiklar.SingleAsync(a => a.Artikelnummer == "72481");
        var befuktare = new Individ($"RB{lopnummer:00}01", befuktarArtikel, central, null, Debiteringsform.Hyra, nu);
        var rollator = new Individ($"RR{lopnummer:00}01", await db.Artiklar.SingleAsync(a => a.Artikelnummer == "19961"), central, null, Debiteringsform.Kop, nu);
        rollator.LaggTillKomponent(befuktarArtikel, 1, befuktare);
        var sang = new Individ($"RS{lopnummer:00}01", await db.Artiklar.SingleAsync(a => a.Artikelnummer == "75178"), central, null, Debiteringsform.Hyra, nu);
        db.AddRange(befuktare, rollator, sang);
        await db.SaveChangesAsync();
        foreach (var i in new[] { befuktare, rollator, sang })
        {
            i.Leverera(patient, Bestallning.Orderdatum(nu), nu, DemoData.ForskrivareHsaId);
        }
        var anna = await db.Anvandare.Include(a => a.Tjanstestallen).SingleAsync(a => a.HsaId == DemoData.ForskrivareHsaId);
        var rehab = await db.Tjanstestallen.SingleAsync(t => t.Kod == "4711");
        var forrad = await db.Lager.SingleAsync(l => l.Nummer == "4711");
        var uttag = Bestallning.NyForskrivning(patient, anna, anna, rehab, nu);
        var rad = uttag.LaggTillRad(korg, 2, Leveranskalla.EgetForrad, forrad, Debiteringsform.Kop, 0m);
        uttag.Skicka(await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(nu)), Guid.NewGuid(), nu);
        db.Add(uttag);
        await db.SaveChangesAsync();
        return new Returpatient(patient.Id, rollator.Id, rollator.Individnummer, befuktare.Id, befuktare.Individnummer, sang.Id, rad.Id);
    }

    /// <summary>Submits the retur page's form with the boxes <paramref name="val"/> ticked, as a user does.</summary>
    public static async Task<HttpResponseMessage> ReturneraAsync(HttpClient klient, int mottagareId, params (string Falt, int Varde)[] val) =>
        await SkickaAsync(klient, await Html.LasAsync(await klient.GetAsync($"/mottagare/{mottagareId}/retur")), val);

    /// <summary>Submits the retur form of <paramref name="sida"/>, a page shown earlier, with the boxes <paramref name="val"/> ticked.</summary>
    public static Task<HttpResponseMessage> SkickaAsync(HttpClient klient, IDocument sida, params (string Falt, int Varde)[] val) =>
        Html.SkickaAsync(klient, sida, "[data-testid=returform]", [.. val.Select(v => (v.Falt, v.Varde.ToString(CultureInfo.InvariantCulture)))]);

    /// <summary>A request no retur form sends: a device the page offers no box for (a huvudhjälpmedel owned by Hjälpmedel), with a valid token.</summary>
    public static async Task<HttpResponseMessage> ForfalskadReturAsync(HttpClient klient, int mottagareId, params (string Falt, int Varde)[] val)
    {
        var token = Html.Token(await Html.LasAsync(await klient.GetAsync($"/mottagare/{mottagareId}/retur")));
        var falt = val.Select(v => new KeyValuePair<string, string>(v.Falt, v.Varde.ToString(CultureInfo.InvariantCulture)))
            .Append(new("__RequestVerificationToken", token));
        return await klient.PostAsync($"/mottagare/{mottagareId}/retur", new FormUrlEncodedContent(falt));
    }

    public static async Task<int> SaldoAsync(SesamAppFactory app, string lager, string artikel)
    {
        await using var db = app.Databas();
        return await db.Lagersaldon.Where(s => s.Lager.Nummer == lager && s.Artikel.Artikelnummer == artikel).Select(s => s.Saldo).SingleOrDefaultAsync();
    }
}

public abstract class ReturTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    [Fact]
    public async Task Retur_lagger_hjalpmedlen_i_tjanstestallets_forrad_och_skrotar_det_som_bockats_for_skrota()
    {
        var p = await Returhjalp.NyPatientAsync(app, 1);
        var klient = app.Klient(DemoData.ForskrivareHsaId);
        var patientvy = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{p.Id}");
        Assert.Equal($"/mottagare/{p.Id}/retur", patientvy.QuerySelector("[data-testid=skapa-retur]")!.GetAttribute("href"));

        var sida = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{p.Id}/retur");
        Assert.Equal("4711 Förråd Rehabmottagningen Lund", sida.QuerySelector("[data-testid=retur-till-lager]")!.TextContent);
        Assert.Contains($"1 komponent följer med (individ {p.Befuktarnummer})", sida.QuerySelector("tr[data-artikel='19961']")!.TextContent, StringComparison.Ordinal);
        // The bed is Hjälpmedel's huvudhjälpmedel: it has no Retur box, only the way to a hämtorder.
        Assert.NotNull(sida.QuerySelector("tr[data-artikel='75178'] [data-testid=via-hamtorder]"));
        Assert.Null(sida.QuerySelector($"input[name=Individ][value='{p.Sang}']"));
        var rollatorFore = await Returhjalp.SaldoAsync(app, "4711", "19961");
        var korgarFore = await Returhjalp.SaldoAsync(app, "4711", "72481");

        var svar = await Returhjalp.ReturneraAsync(klient, p.Id, ("Individ", p.Rollator), ("Rad", p.Korgrad), ("SkrotaRad", p.Korgrad));
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Equal($"/mottagare/{p.Id}?flik=aterlamnat", svar.Headers.Location!.OriginalString);
        var aterlamnat = await Html.LasAsync(await klient.GetAsync(svar.Headers.Location!.OriginalString));
        Assert.Equal("Retur är genomförd. 2 hjälpmedel finns åter i 4711 Förråd Rehabmottagningen Lund och kan förskrivas igen. 2 hjälpmedel är skrotade.",
            aterlamnat.QuerySelector("[data-testid=meddelande]")!.TextContent);
        var tabell = aterlamnat.QuerySelector("[data-testid=aterlamnat]")!.TextContent;
        Assert.Contains(p.Rollatornummer, tabell, StringComparison.Ordinal);
        Assert.Contains(p.Befuktarnummer, tabell, StringComparison.Ordinal);
        Assert.Contains("72481", tabell, StringComparison.Ordinal);

        Assert.Equal(rollatorFore + 1, await Returhjalp.SaldoAsync(app, "4711", "19961"));
        Assert.Equal(korgarFore, await Returhjalp.SaldoAsync(app, "4711", "72481"));
        await using var db = app.Databas();
        foreach (var id in new[] { p.Rollator, p.Befuktare })
        {
            var individ = await db.Individer.Include(i => i.Lager).SingleAsync(i => i.Id == id);
            Assert.Equal(Individstatus.PaLager, individ.Status);
            Assert.Equal(Lagerstatus.Tillganglig, individ.Lagerstatus);
            Assert.Equal("4711", individ.Lager!.Nummer);
        }
        Assert.NotNull((await db.Orderrader.SingleAsync(r => r.Id == p.Korgrad)).AterlamnadDatum);
        var retur = await db.Returer.Include(r => r.Rader).SingleAsync(r => r.MottagareId == p.Id);
        Assert.Equal(DemoData.ForskrivareHsaId, retur.RegistreradAvHsaId);
        Assert.Equal([(p.Rollator, false, false), (p.Befuktare, false, true), ((int?)null, true, false)],
            retur.Rader.OrderBy(r => r.Id).Select(r => (r.IndividId, r.Skrotad, r.Komponent)).Select(t => ((int?)t.IndividId, t.Skrotad, t.Komponent)).ToList());
        var hjalpmedel = Mottagarhjalp.Hjalpmedel(await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{p.Id}"));
        Assert.Equal(["75178"], hjalpmedel);
        Assert.True(await db.Logg.AnyAsync(l => l.MottagareId == p.Id && l.Beskrivning == "Retur till lager 4711: 2 hjälpmedel tillbaka, 2 skrotade."));
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    public async Task Skrota_galler_den_rad_den_bockas_pa_och_en_komponent_som_hjalpmedel_ager_skrotas_inte_med_huvudhjalpmedlet(int lopnummer, bool skrotaKomponenten)
    {
        var p = await Returhjalp.NyPatientAsync(app, lopnummer);
        // Skrota alone also returns the device; the befuktare follows the rollator.
        var val = skrotaKomponenten
            ? new[] { ("Individ", p.Rollator), ("SkrotaIndivid", p.Befuktare) }
            : [("SkrotaIndivid", p.Rollator)];
        Assert.Equal(HttpStatusCode.Redirect, (await Returhjalp.ReturneraAsync(app.Klient(DemoData.ForskrivareHsaId), p.Id, val)).StatusCode);
        await using var db = app.Databas();
        var status = await db.Individer.Where(i => i.Id == p.Rollator || i.Id == p.Befuktare).ToDictionaryAsync(i => i.Id, i => i.Status);
        Assert.Equal(skrotaKomponenten ? Individstatus.PaLager : Individstatus.Skrotad, status[p.Rollator]);
        Assert.Equal(skrotaKomponenten ? Individstatus.Skrotad : Individstatus.PaLager, status[p.Befuktare]);
        Assert.Equal(2, await db.Returrader.CountAsync(r => r.IndividId == p.Rollator || r.IndividId == p.Befuktare));
    }

    [Fact]
    public async Task Ett_huvudhjalpmedel_som_hjalpmedel_ager_stoppar_returen_och_valen_finns_kvar()
    {
        var p = await Returhjalp.NyPatientAsync(app, 2);
        // The bed has no Retur box on the page: a forged request.
        var svar = await Returhjalp.ForfalskadReturAsync(app.Klient(DemoData.ForskrivareHsaId), p.Id, ("Individ", p.Rollator), ("Individ", p.Sang), ("SkrotaIndivid", p.Rollator));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.StartsWith("Individ RS0201 är ett huvudhjälpmedel som ägs av Hjälpmedel.", sida.QuerySelector("[data-testid=returfel]")!.TextContent, StringComparison.Ordinal);
        Assert.True(sida.QuerySelector($"input[name=Individ][value='{p.Rollator}']")!.HasAttribute("checked"));
        Assert.True(sida.QuerySelector($"input[name=SkrotaIndivid][value='{p.Rollator}']")!.HasAttribute("checked"));
        await using var db = app.Databas();
        Assert.Equal(Individstatus.Levererad, (await db.Individer.SingleAsync(i => i.Id == p.Rollator)).Status);
        Assert.False(await db.Returer.AnyAsync(r => r.MottagareId == p.Id));
    }

    [Fact]
    public async Task Utan_val_pa_annat_tjanstestalle_eller_med_ett_hjalpmedel_som_lamnat_mottagaren_gors_ingen_retur()
    {
        var p = await Returhjalp.NyPatientAsync(app, 3);
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var tom = await Returhjalp.ReturneraAsync(anna, p.Id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tom.StatusCode);
        Assert.Equal("Välj minst ett hjälpmedel att returnera.", (await Html.LasAsync(tom)).QuerySelector("[data-testid=returfel]")!.TextContent);

        int somn;
        await using (var db = app.Databas())
        {
            somn = await db.Tjanstestallen.Where(t => t.Kod == "4720").Select(t => t.Id).SingleAsync();
        }
        // The page as it was shown while Sömnmottagningen was active (its hidden field), sent after a switch in another tab.
        var bytt = await Returhjalp.ReturneraAsync(anna, p.Id, ("Individ", p.Rollator), ("Tjanstestalle", somn));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bytt.StatusCode);
        Assert.StartsWith("Du arbetar nu i 4711 Rehabmottagningen Lund", (await Html.LasAsync(bytt)).QuerySelector("[data-testid=returfel]")!.TextContent, StringComparison.Ordinal);

        var sida = await Html.LasAsync(await anna.GetAsync($"/mottagare/{p.Id}/retur"));
        Assert.Equal(HttpStatusCode.Redirect, (await Returhjalp.SkickaAsync(anna, sida, ("Individ", p.Rollator))).StatusCode);
        // The same page sent again: the rollator has left the mottagare since it was shown.
        var igen = await Returhjalp.SkickaAsync(anna, sida, ("Individ", p.Rollator));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, igen.StatusCode);
        Assert.StartsWith("Något av de valda hjälpmedlen finns inte längre hos mottagaren.", (await Html.LasAsync(igen)).QuerySelector("[data-testid=hjalpmedelfel]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ett_hjalpmedel_pa_en_oppen_hamtorder_visas_inte_och_kan_inte_returneras()
    {
        var p = await Returhjalp.NyPatientAsync(app, 4);
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var hamtorder = new Dictionary<string, string>
        {
            ["Hamtplats"] = "PaMottagning", ["Adresskalla"] = "Tjanstestallet", ["Kontaktperson"] = "Anna Andersson", ["Telefon"] = "046-17 10 00",
            ["Atgard"] = "Rekonditionering", ["Individ"] = p.Rollator.ToString(CultureInfo.InvariantCulture),
        };
        var fore = await Html.LasAsync(await anna.GetAsync($"/mottagare/{p.Id}/retur"));
        Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(anna, p.Id, hamtorder));

        var sida = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{p.Id}/retur");
        Assert.Null(sida.QuerySelector("tr[data-artikel='19961']"));
        Assert.Equal("2 av mottagarens hjälpmedel finns på en öppen hämtorder och visas inte här.", sida.QuerySelector("[data-testid=redan-pa-hamtorder]")!.TextContent);

        // The page shown before the hämtorder was made still offers the rollator.
        var svar = await Returhjalp.SkickaAsync(anna, fore, ("Individ", p.Rollator));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        Assert.StartsWith($"Finns på en öppen hämtorder och hämtas av Hjälpmedel: individ {p.Rollatornummer}.", (await Html.LasAsync(svar)).QuerySelector("[data-testid=hjalpmedelfel]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retur_och_hamtorder_av_samma_hjalpmedel_samtidigt_lyckas_aldrig_bada()
    {
        var p = await Returhjalp.NyPatientAsync(app, 5);
        var hamtorder = new Dictionary<string, string>
        {
            ["Hamtplats"] = "PaMottagning", ["Adresskalla"] = "Tjanstestallet", ["Kontaktperson"] = "Anna Andersson", ["Telefon"] = "046-17 10 00",
            ["Atgard"] = "Rekonditionering", ["Individ"] = p.Rollator.ToString(CultureInfo.InvariantCulture), ["Rad"] = p.Korgrad.ToString(CultureInfo.InvariantCulture),
        };
        // Every user has the page open before anyone sends: a page loaded after the first save would no longer offer the devices.
        var klienter = Enumerable.Range(0, 6).Select(i => app.Klient(i % 2 == 0 ? DemoData.ForskrivareHsaId : DemoData.BestallareHsaId)).ToList();
        var sidor = await Task.WhenAll(klienter.Select(async (k, i) =>
            await Html.LasAsync(await k.GetAsync(i < 3 ? $"/mottagare/{p.Id}/retur" : $"/mottagare/{p.Id}/hamtorder"))));
        var svar = await Task.WhenAll(klienter.Select((k, i) => i < 3
            ? Returhjalp.SkickaAsync(k, sidor[i], ("Individ", p.Rollator), ("Rad", p.Korgrad))
            : Hamthjalp.SkickaAsync(k, sidor[i], hamtorder)));

        Assert.Single(svar, s => s.StatusCode == HttpStatusCode.Redirect);
        // A loser is refused by the checks (422) or, when it lost the save itself, as a concurrent change (409).
        Assert.All(svar.Where(s => s.StatusCode != HttpStatusCode.Redirect),
            s => Assert.Contains(s.StatusCode, new[] { HttpStatusCode.UnprocessableEntity, HttpStatusCode.Conflict }));
        await using var db = app.Databas();
        var returer = await db.Returer.CountAsync(r => r.MottagareId == p.Id);
        var hamtordrar = await db.Hamtordrar.CountAsync(h => h.MottagareId == p.Id);
        Assert.Equal(1, returer + hamtordrar);
        var rollator = await db.Individer.SingleAsync(i => i.Id == p.Rollator);
        var korgar = await db.Orderrader.SingleAsync(r => r.Id == p.Korgrad);
        if (returer == 1)
        {
            Assert.Equal(Individstatus.PaLager, rollator.Status);
            Assert.NotNull(korgar.AterlamnadDatum);
            Assert.False(await db.Hamtorderrader.AnyAsync(r => r.IndividId == p.Rollator || r.OrderradId == p.Korgrad));
        }
        else
        {
            Assert.Equal(Individstatus.Levererad, rollator.Status);
            Assert.Null(korgar.AterlamnadDatum);
        }
    }

    [Fact]
    public async Task Bara_forskrivare_och_bestallare_gor_retur()
    {
        var tolvan = await Mottagarhjalp.IdAsync(app, DemoData.PatientTolvan);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Klient(DemoData.LogistikHsaId).GetAsync($"/mottagare/{tolvan}/retur")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Klient(DemoData.AdminHsaId).GetAsync($"/mottagare/{tolvan}/retur")).StatusCode);
        Assert.Null((await Mottagarhjalp.HamtaAsync(app, DemoData.LogistikHsaId, $"/mottagare/{tolvan}")).QuerySelector("[data-testid=skapa-retur]"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/mottagare/999999/retur")).StatusCode);
    }
}

public sealed class ReturTestsSqlite(SqliteApp app) : ReturTests<SqliteApp>(app);

public sealed class ReturTestsPostgres(PostgresApp app) : ReturTests<PostgresApp>(app);
