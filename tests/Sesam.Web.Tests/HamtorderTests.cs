using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>A patient of their own for one test: a bed (individ) with a befuktare individ as its komponent, a rollator
/// individ, and two korgar delivered from Rehab's förråd on a row without an individ.</summary>
public sealed record Hamtpatient(int Id, int Sang, string Sangnummer, int Befuktare, string Befuktarnummer, int Rollator, int Korgrad);

public static class Hamthjalp
{
    public static async Task<Hamtpatient> NyPatientAsync(SesamAppFactory app, int lopnummer)
    {
        await using var db = app.Databas();
        var nu = app.Klocka.Nu();
        var nio = string.Create(CultureInfo.InvariantCulture, $"5001{lopnummer:00}123");
        var patient = Mottagare.Patient(Personnummer.FranLagrat($"19{nio}{Personnummer.Kontrollsiffra(nio)}"), "Hedda", "Hämtberg",
            new Adress("Hämtvägen 3", "22100", "Lund"), "Skåne");
        db.Add(patient);
        var central = await db.Lager.SingleAsync(l => l.Typ == Lagertyp.Centrallager);
        var sangArtikel = await db.Artiklar.SingleAsync(a => a.Artikelnummer == "75178");
        var befuktarArtikel = await db.Artiklar.SingleAsync(a => a.Artikelnummer == "40111");
        var rollatorArtikel = await db.Artiklar.SingleAsync(a => a.Artikelnummer == "19961");
        var korg = await db.Artiklar.SingleAsync(a => a.Artikelnummer == "72481");
        var befuktare = new Individ($"HB{lopnummer:00}01", befuktarArtikel, central, null, Debiteringsform.Hyra, nu);
        var sang = new Individ($"HS{lopnummer:00}01", sangArtikel, central, null, Debiteringsform.Hyra, nu);
        sang.LaggTillKomponent(korg, 1);
        sang.LaggTillKomponent(befuktarArtikel, 1, befuktare);
        var rollator = new Individ($"HR{lopnummer:00}01", rollatorArtikel, central, null, Debiteringsform.Hyra, nu);
        db.AddRange(befuktare, sang, rollator);
        await db.SaveChangesAsync();
        foreach (var i in new[] { befuktare, sang, rollator })
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
        return new Hamtpatient(patient.Id, sang.Id, sang.Individnummer, befuktare.Id, befuktare.Individnummer, rollator.Id, rad.Id);
    }

    /// <summary>A complete, valid form: picked up at the unit, the bed and the korgar, Rekonditionering; the kontakttelefon
    /// the page suggests is emptied, so a test of the telefon rule has only the numbers it gives.</summary>
    public static Dictionary<string, string> Formular(Hamtpatient p) => new()
    {
        ["Hamtplats"] = "PaMottagning",
        ["Adresskalla"] = "Tjanstestallet",
        ["Kontaktperson"] = "Anna Andersson",
        ["Telefon"] = "046-17 10 00",
        ["Kontakttelefon"] = "",
        ["Atgard"] = "Rekonditionering",
        ["Instruktioner"] = "3:e vån, ingen hiss",
        ["Individ"] = p.Sang.ToString(CultureInfo.InvariantCulture),
        ["Rad"] = p.Korgrad.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Submits the hämtorder page's form with <paramref name="falt"/> filled in, as a user does.</summary>
    public static async Task<HttpResponseMessage> SkapaAsync(HttpClient klient, int mottagareId, IEnumerable<KeyValuePair<string, string>> falt) =>
        await SkickaAsync(klient, await Html.LasAsync(await klient.GetAsync($"/mottagare/{mottagareId}/hamtorder")), falt);

    /// <summary>Submits the hämtorder form of <paramref name="sida"/>, a page shown earlier, with <paramref name="falt"/> filled in.</summary>
    public static Task<HttpResponseMessage> SkickaAsync(HttpClient klient, IDocument sida, IEnumerable<KeyValuePair<string, string>> falt) =>
        Html.SkickaAsync(klient, sida, "[data-testid=hamtorderform]", [.. falt.Select(f => (f.Key, f.Value))]);

    /// <summary>A request no hämtorder form sends (a device the page does not offer, a choice it disables), with a valid token.</summary>
    public static async Task<HttpResponseMessage> ForfalskadAsync(HttpClient klient, int mottagareId, IEnumerable<KeyValuePair<string, string>> falt)
    {
        var token = Html.Token(await Html.LasAsync(await klient.GetAsync($"/mottagare/{mottagareId}/hamtorder")));
        return await klient.PostAsync($"/mottagare/{mottagareId}/hamtorder",
            new FormUrlEncodedContent(falt.Append(new("__RequestVerificationToken", token))));
    }

    public static string Nummer(HttpResponseMessage svar)
    {
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        var plats = svar.Headers.Location!.OriginalString;
        Assert.StartsWith("/hamtorder/", plats, StringComparison.Ordinal);
        return plats["/hamtorder/".Length..];
    }

    public static string Hamtorderkolumn(IDocument sida, string artikel)
    {
        var celler = sida.QuerySelectorAll($"[data-testid=hjalpmedel] tr[data-artikel='{artikel}'] td");
        return celler[celler.Length - 1].TextContent.Trim();
    }
}

public abstract class HamtorderTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    [Fact]
    public async Task Avregistrering_av_tillbehor_verkstalls_direkt_och_tar_bara_tillbehor()
    {
        var p = await Hamthjalp.NyPatientAsync(app, 31);
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var sida = await Html.LasAsync(await anna.GetAsync($"/mottagare/{p.Id}/hamtorder"));
        Assert.NotNull(sida.QuerySelector("#hamtplats-AterlamnatTillbehor"));
        Assert.NotNull(sida.QuerySelector("[data-testid=avregistrering]"));

        // The bed is a huvudhjälpmedel: Återlämnat men ej avregistrerat – Tillbehör refuses it and keeps the choice.
        var fel = Hamthjalp.Formular(p);
        fel["Hamtplats"] = "AterlamnatTillbehor";
        var nekad = await Hamthjalp.SkapaAsync(anna, p.Id, fel);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nekad.StatusCode);
        Assert.Contains("gäller bara artiklar av typen tillbehör", (await Html.LasAsync(nekad)).Body!.TextContent, StringComparison.Ordinal);

        var korgar = Hamthjalp.Formular(p);
        korgar["Hamtplats"] = "AterlamnatTillbehor";
        korgar.Remove("Individ");
        var nummer = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(anna, p.Id, korgar));
        var hamtorder = await Html.LasAsync(await anna.GetAsync($"/hamtorder/{nummer}"));
        Assert.Equal("Stängd", hamtorder.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Contains("verkställd", hamtorder.QuerySelector("[data-testid=meddelande]")!.TextContent, StringComparison.Ordinal);
        await using var db = app.Databas();
        Assert.NotNull((await db.Orderrader.SingleAsync(r => r.Id == p.Korgrad)).AterlamnadDatum);

        // Dödsbo is picked up at the patient's private address only.
        var dodsbo = Hamthjalp.Formular(p);
        dodsbo["Hamtplats"] = "Dodsbo";
        dodsbo.Remove("Rad");
        var felAdress = await Hamthjalp.SkapaAsync(anna, p.Id, dodsbo);
        Assert.Contains("Dödsbo: hämtadressen ska vara patientens privatadress.", (await Html.LasAsync(felAdress)).Body!.TextContent, StringComparison.Ordinal);
        dodsbo["Adresskalla"] = "Mottagaren";
        var oppen = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(anna, p.Id, dodsbo));
        Assert.StartsWith("Registrerad", (await Html.LasAsync(await anna.GetAsync($"/hamtorder/{oppen}"))).QuerySelector("[data-testid=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hamtorder_skapas_fran_mottagaren_med_komponenterna_och_visas_som_oppen()
    {
        var p = await Hamthjalp.NyPatientAsync(app, 1);
        var klient = app.Klient(DemoData.ForskrivareHsaId);
        var fore = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{p.Id}");
        Assert.Equal("Nej", Hamthjalp.Hamtorderkolumn(fore, "75178"));
        Assert.Null(fore.QuerySelector("[data-testid=oppen-hamtorder]"));
        Assert.Equal($"/mottagare/{p.Id}/hamtorder", fore.QuerySelector("[data-testid=skapa-hamtorder]")!.GetAttribute("href"));

        var formular = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{p.Id}/hamtorder");
        Assert.Contains($"2 komponenter följer med (individ {p.Befuktarnummer})", formular.QuerySelector("tr[data-artikel='75178']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Anna Andersson", formular.QuerySelector("#Kontaktperson")!.GetAttribute("value"));
        // The korgar were bought by the unit: Hjälpmedel scraps what it gets back of those (VGR).
        Assert.NotNull(formular.QuerySelector("tr[data-artikel='72481'] [data-testid=skrotas]"));
        Assert.Null(formular.QuerySelector("tr[data-artikel='75178'] [data-testid=skrotas]"));

        var nummer = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(klient, p.Id, Hamthjalp.Formular(p)));
        Assert.True(Ordernummer.ArGiltigt(nummer));

        // The same client: the confirmation travels in its TempData cookie.
        var detaljer = await Html.LasAsync(await klient.GetAsync($"/hamtorder/{nummer}"));
        Assert.Equal($"Hämtorder {nummer} är skapad.", detaljer.QuerySelector("[data-testid=meddelande]")!.TextContent);
        Assert.Equal("Registrerad, ej åtgärdad", detaljer.QuerySelector("[data-testid=status]")!.TextContent);
        var rader = detaljer.QuerySelectorAll("[data-testid=rader] tbody tr").Select(r => r.GetAttribute("data-artikel")).ToList();
        Assert.Equal(["72481", "75178", "40111"], rader);
        Assert.Contains("komponent, följer med", detaljer.QuerySelector("tr[data-artikel='40111']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Följer med: 72481 Korg till Rollator Futura (1)", detaljer.QuerySelector("tr[data-artikel='75178']")!.TextContent, StringComparison.Ordinal);
        var adress = detaljer.QuerySelector("[data-testid=hamtadress]")!.TextContent;
        Assert.Contains("Tjänsteställets adress: Getingevägen 4", adress, StringComparison.Ordinal);
        Assert.Contains("3:e vån, ingen hiss", adress, StringComparison.Ordinal);

        var efter = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{p.Id}");
        Assert.Equal("Ja", Hamthjalp.Hamtorderkolumn(efter, "75178"));
        Assert.Equal("Ja", Hamthjalp.Hamtorderkolumn(efter, "72481"));
        Assert.Equal("Ja", Hamthjalp.Hamtorderkolumn(efter, "40111"));
        Assert.Equal("Nej", Hamthjalp.Hamtorderkolumn(efter, "19961"));
        Assert.Equal($"/hamtorder/{nummer}", efter.QuerySelector("[data-testid=oppen-hamtorder] a")!.GetAttribute("href"));

        // What is on an open hämtorder is no longer offered.
        var igen = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{p.Id}/hamtorder");
        Assert.Equal(["19961"], igen.QuerySelectorAll("[data-testid=hamtbara] tbody tr").Select(r => r.GetAttribute("data-artikel")).ToList());
        Assert.Contains("3 av mottagarens hjälpmedel", igen.QuerySelector("[data-testid=redan-pa-hamtorder]")!.TextContent, StringComparison.Ordinal);

        await using var db = app.Databas();
        var logg = await db.Logg.Where(l => l.MottagareId == p.Id && l.Handling == "Registrering").SingleAsync();
        Assert.Equal($"Hämtorder {nummer} skapad för 3 hjälpmedel.", logg.Beskrivning);
        Assert.Equal(DemoData.ForskrivareHsaId, logg.HsaId);
    }

    [Theory]
    [InlineData(21, "Hamtplats", "", "Välj hämtorderorsak.")]
    [InlineData(22, "Hamtplats", "HosPatient", "Hämtas hos patient/skola: hämtadressen ska vara mottagarens adress")]
    [InlineData(23, "Adresskalla", "Mottagaren", "Hämtas på mottagning/enhet: hämtadressen ska vara tjänsteställets adress.")]
    [InlineData(24, "Telefon", "", "Ange ett telefonnummer: ett nummer på hämtadressen eller till kontaktpersonen räcker.")]
    [InlineData(25, "Telefon", "ring mig", "Telefonnumret får bara innehålla siffror")]
    [InlineData(26, "Atgard", "Reparation", "Skriv under Kommentar vad som är fel")]
    [InlineData(27, "Atgard", "", "Välj önskad åtgärd.")]
    [InlineData(28, "Kontaktperson", " ", "Ange kontaktperson.")]
    public async Task Felaktig_hamtorder_ger_svenskt_meddelande_och_behaller_allt_som_fylldes_i(int patient, string falt, string varde, string fel)
    {
        var p = await Hamthjalp.NyPatientAsync(app, patient);
        var formular = Hamthjalp.Formular(p);
        formular[falt] = varde;
        formular["Kommentar"] = falt == "Atgard" && varde == "Reparation" ? "" : "Hjulet kärvar";
        var svar = await Hamthjalp.SkapaAsync(app.Klient(DemoData.ForskrivareHsaId), p.Id, formular);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Contains(fel, sida.QuerySelector("[data-testid=hamtorderfel]")!.TextContent, StringComparison.Ordinal);
        Assert.True(sida.QuerySelector<IElement>($"input[name=Individ][value='{p.Sang}']")!.HasAttribute("checked"));
        Assert.True(sida.QuerySelector<IElement>($"input[name=Rad][value='{p.Korgrad}']")!.HasAttribute("checked"));
        Assert.False(sida.QuerySelector<IElement>($"input[name=Individ][value='{p.Rollator}']")!.HasAttribute("checked"));
        Assert.Equal("3:e vån, ingen hiss", sida.QuerySelector("#Instruktioner")!.GetAttribute("value"));
        Assert.Equal(formular["Kommentar"], sida.QuerySelector("#Kommentar")!.TextContent);
        if (formular["Hamtplats"] is { Length: > 0 } hamtplats)
        {
            Assert.True(sida.QuerySelector<IElement>($"#hamtplats-{hamtplats}")!.HasAttribute("checked"));
        }
        await using var db = app.Databas();
        Assert.False(await db.Hamtordrar.AnyAsync(h => h.MottagareId == p.Id));
    }

    [Fact]
    public async Task Utan_hjalpmedel_eller_med_ogiltig_annan_adress_skapas_ingen_hamtorder()
    {
        var p = await Hamthjalp.NyPatientAsync(app, 3);
        var klient = app.Klient(DemoData.ForskrivareHsaId);
        var utan = Hamthjalp.Formular(p);
        utan.Remove("Individ");
        utan.Remove("Rad");
        var svar = await Hamthjalp.SkapaAsync(klient, p.Id, utan);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        Assert.Equal("Välj minst ett hjälpmedel som ska hämtas.", (await Html.LasAsync(svar)).QuerySelector("[data-testid=hamtorderfel]")!.TextContent);

        var annan = Hamthjalp.Formular(p);
        annan["Hamtplats"] = "HosPatient";
        annan["Adresskalla"] = "Annan";
        annan["Gatuadress"] = "Skolgatan 1";
        annan["Postnummer"] = "2210";
        annan["Postort"] = "Lund";
        var fel = await Html.LasAsync(await Hamthjalp.SkapaAsync(klient, p.Id, annan));
        Assert.Equal("Postnummer ska vara fem siffror, t.ex. 123 45.", fel.QuerySelector("[data-testid=adressfel]")!.TextContent);
        Assert.Equal("Skolgatan 1", fel.QuerySelector("#Gatuadress")!.GetAttribute("value"));

        annan["Postnummer"] = "221 01";
        var nummer = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(klient, p.Id, annan));
        var detaljer = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/hamtorder/{nummer}");
        Assert.Contains("Annan adress: Skolgatan 1, 221 01 Lund", detaljer.QuerySelector("[data-testid=hamtadress]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ett_hjalpmedel_som_inte_langre_finns_hos_mottagaren_stoppar_hamtordern()
    {
        var p = await Hamthjalp.NyPatientAsync(app, 10);
        var annan = await Hamthjalp.NyPatientAsync(app, 11);
        var formular = Hamthjalp.Formular(p);
        formular["Individ"] = annan.Rollator.ToString(CultureInfo.InvariantCulture);
        // Another mottagare's device is on no page of this one: a forged request.
        var svar = await Hamthjalp.ForfalskadAsync(app.Klient(DemoData.ForskrivareHsaId), p.Id, formular);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        Assert.StartsWith("Något av de valda hjälpmedlen finns inte längre hos mottagaren.", (await Html.LasAsync(svar)).QuerySelector("[data-testid=hjalpmedelfel]")!.TextContent, StringComparison.Ordinal);
        await using var db = app.Databas();
        Assert.False(await db.Hamtordrar.AnyAsync(h => h.MottagareId == p.Id || h.MottagareId == annan.Id));
    }

    [Theory]
    [InlineData(12, "PaMottagning", "Tjänsteställets adress: Getingevägen 4")]
    [InlineData(13, "HosPatient", "Mottagarens adress: Hämtvägen 3")]
    public async Task Utan_valt_adressval_galler_adressen_som_hamtorderorsaken_kraver(int patient, string hamtplats, string adress)
    {
        var p = await Hamthjalp.NyPatientAsync(app, patient);
        var formular = Hamthjalp.Formular(p);
        formular.Remove("Adresskalla");
        formular["Hamtplats"] = hamtplats;
        var nummer = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(app.Klient(DemoData.ForskrivareHsaId), p.Id, formular));
        var detaljer = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/hamtorder/{nummer}");
        Assert.Contains(adress, detaljer.QuerySelector("[data-testid=hamtadress]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task En_komponent_pa_egen_hamtorder_foljer_inte_med_igen_och_lamnar_huvudhjalpmedlet_nar_den_tas_emot()
    {
        var p = await Hamthjalp.NyPatientAsync(app, 14);
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var bara = Hamthjalp.Formular(p);
        bara["Individ"] = p.Befuktare.ToString(CultureInfo.InvariantCulture);
        bara.Remove("Rad");
        var forsta = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(anna, p.Id, bara));

        var formular = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{p.Id}/hamtorder");
        Assert.DoesNotContain(p.Befuktarnummer, formular.QuerySelector("tr[data-artikel='75178']")!.TextContent, StringComparison.Ordinal);
        var andra = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(anna, p.Id, Hamthjalp.Formular(p)));
        var rader = (await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/hamtorder/{andra}")).QuerySelectorAll("[data-testid=rader] tbody tr").Select(r => r.GetAttribute("data-artikel")).ToList();
        Assert.Equal(["72481", "75178"], rader);

        var logistik = app.Klient(DemoData.LogistikHsaId);
        var sida = await Html.LasAsync(await logistik.GetAsync($"/hamtorder/{forsta}"));
        Assert.Equal(HttpStatusCode.Redirect, (await Html.SkickaAsync(logistik, sida, "form[data-testid=ta-emot]")).StatusCode);
        await using var db = app.Databas();
        var sang = await db.Individer.Include(i => i.Komponenter).SingleAsync(i => i.Id == p.Sang);
        Assert.DoesNotContain(sang.Komponenter, k => k.KomponentIndividId == p.Befuktare);
        Assert.Single(sang.Komponenter);
        Assert.Equal(1, sang.AntalKomponenter);
        var patientvy = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{p.Id}");
        Assert.Equal("1 komponent", patientvy.QuerySelector("tr[data-artikel='75178'] details summary")!.TextContent);
    }

    [Fact]
    public async Task Aterlamnade_rader_och_byte_av_tjanstestalle_stoppar_hamtordern()
    {
        var p = await Hamthjalp.NyPatientAsync(app, 15);
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var sidan = await Html.LasAsync(await anna.GetAsync($"/mottagare/{p.Id}/hamtorder"));
        await using (var db = app.Databas())
        {
            var rad = await db.Orderrader.SingleAsync(r => r.Id == p.Korgrad);
            db.Entry(rad).Property(r => r.AterlamnadDatum).CurrentValue = app.Klocka.Idag();
            await db.SaveChangesAsync();
        }
        var svar = await Hamthjalp.SkickaAsync(anna, sidan, Hamthjalp.Formular(p));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        Assert.StartsWith("Något av de valda hjälpmedlen finns inte längre hos mottagaren.", (await Html.LasAsync(svar)).QuerySelector("[data-testid=hjalpmedelfel]")!.TextContent, StringComparison.Ordinal);

        int somn;
        await using (var db = app.Databas())
        {
            somn = await db.Tjanstestallen.Where(t => t.Kod == "4720").Select(t => t.Id).SingleAsync();
        }
        var formular = Hamthjalp.Formular(p);
        formular.Remove("Rad");
        // The page as it was shown while Sömnmottagningen was active (its hidden field), sent after a switch in another tab.
        formular["Tjanstestalle"] = somn.ToString(CultureInfo.InvariantCulture);
        var bytt = await Hamthjalp.SkapaAsync(anna, p.Id, formular);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bytt.StatusCode);
        var sida = await Html.LasAsync(bytt);
        Assert.StartsWith("Du arbetar nu i 4711 Rehabmottagningen Lund", sida.QuerySelector("[data-testid=hamtorderfel]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("3:e vån, ingen hiss", sida.QuerySelector("#Instruktioner")!.GetAttribute("value"));
        // Sent again from the refreshed page, it goes through.
        formular["Tjanstestalle"] = sida.QuerySelector("input[name=Tjanstestalle]")!.GetAttribute("value")!;
        Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(anna, p.Id, formular));
    }

    [Fact]
    public async Task Skyddad_identitet_kan_inte_hamtas_pa_mottagarens_adress()
    {
        var sven = await Mottagarhjalp.IdAsync(app, DemoData.PatientSkyddad);
        var formular = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{sven}/hamtorder");
        Assert.True(formular.QuerySelector<IElement>("#adresskalla-Mottagaren")!.HasAttribute("disabled"));
        Assert.DoesNotContain("Sekretessgatan", formular.Body!.TextContent, StringComparison.Ordinal);

        // The page disables the mottagare's address: a forged request.
        var svar = await Hamthjalp.ForfalskadAsync(app.Klient(DemoData.ForskrivareHsaId), sven, new Dictionary<string, string>
        {
            ["Hamtplats"] = "HosPatient", ["Adresskalla"] = "Mottagaren", ["Kontaktperson"] = "Anna", ["Telefon"] = "046-1", ["Atgard"] = "BehovetUpphort",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        Assert.Contains("skyddad identitet", (await Html.LasAsync(svar)).QuerySelector("[data-testid=adressfel]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ett_hjalpmedel_hamnar_aldrig_pa_tva_oppna_hamtordrar_aven_vid_samtidiga_anvandare()
    {
        var p = await Hamthjalp.NyPatientAsync(app, 4);
        var formular = Hamthjalp.Formular(p);
        formular.Remove("Rad");
        // Every user has the page open before anyone sends: a page loaded after the first save would no longer offer the bed.
        var klienter = Enumerable.Range(0, 6).Select(i => app.Klient(i % 2 == 0 ? DemoData.ForskrivareHsaId : DemoData.BestallareHsaId)).ToList();
        var sidor = await Task.WhenAll(klienter.Select(async k => await Html.LasAsync(await k.GetAsync($"/mottagare/{p.Id}/hamtorder"))));
        var svar = await Task.WhenAll(klienter.Select((k, i) => Hamthjalp.SkickaAsync(k, sidor[i], formular)));

        Assert.Single(svar, s => s.StatusCode == HttpStatusCode.Redirect);
        foreach (var nekad in svar.Where(s => s.StatusCode != HttpStatusCode.Redirect))
        {
            // Refused by the unique index (422) or, when it lost on the device's version, as a concurrent change (409).
            Assert.Contains(nekad.StatusCode, new[] { HttpStatusCode.UnprocessableEntity, HttpStatusCode.Conflict });
            Assert.Contains($"individ {p.Sangnummer}", (await Html.LasAsync(nekad)).QuerySelector("[data-testid=hjalpmedelfel]")!.TextContent, StringComparison.Ordinal);
        }
        await using var db = app.Databas();
        Assert.Equal(1, await db.Hamtordrar.CountAsync(h => h.MottagareId == p.Id));
        Assert.Equal(1, await db.Hamtorderrader.CountAsync(r => r.IndividId == p.Sang));
    }

    [Fact]
    public async Task Makulerad_hamtorder_slapper_hjalpmedlen_och_kan_inte_makuleras_igen()
    {
        var p = await Hamthjalp.NyPatientAsync(app, 5);
        var klient = app.Klient(DemoData.ForskrivareHsaId);
        var nummer = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(klient, p.Id, Hamthjalp.Formular(p)));
        var sida = await Html.LasAsync(await klient.GetAsync($"/hamtorder/{nummer}"));

        var svar = await Html.SkickaAsync(klient, sida, "[data-testid=makulera] form");
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        var makulerad = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/hamtorder/{nummer}");
        Assert.Equal("Makulerad", makulerad.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Null(makulerad.QuerySelector("[data-testid=makulera]"));

        // The page opened before the makulering, sent again.
        var igen = await Html.SkickaAsync(klient, sida, "[data-testid=makulera] form");
        Assert.Equal(HttpStatusCode.Conflict, igen.StatusCode);
        Assert.Contains("ändrats sedan du öppnade den", (await Html.LasAsync(igen)).QuerySelector("[data-testid=fel]")!.TextContent, StringComparison.Ordinal);

        var patient = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{p.Id}");
        Assert.Equal("Nej", Hamthjalp.Hamtorderkolumn(patient, "75178"));
        Assert.Null(patient.QuerySelector("[data-testid=oppen-hamtorder]"));
        // The makulerad one is still found from the patient: "Mottagarens hämtordrar" lists every status, and is PDL-logged.
        var mottagarens = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, patient.QuerySelector("[data-testid=mottagarens-hamtordrar]")!.GetAttribute("href")!);
        Assert.Contains("Hedda Hämtberg", mottagarens.QuerySelector("[data-testid=mottagarfilter]")!.TextContent, StringComparison.Ordinal);
        var rad = Assert.Single(mottagarens.QuerySelectorAll("[data-testid=hamtordrar] tbody tr"));
        Assert.Contains(nummer, rad.TextContent, StringComparison.Ordinal);
        Assert.Contains("Makulerad", rad.TextContent, StringComparison.Ordinal);
        await using (var db = app.Databas())
        {
            Assert.True(await db.Logg.AnyAsync(l => l.MottagareId == p.Id && l.Beskrivning == "Mottagarens hämtordrar listade."));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await klient.GetAsync("/hamtorder?mottagare=999999")).StatusCode);
        // Released: the same devices go on a new hämtorder.
        Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(klient, p.Id, Hamthjalp.Formular(p)));
    }

    [Fact]
    public async Task Utskriften_visar_huvudhjalpmedlen_och_hamtuppgifterna()
    {
        var p = await Hamthjalp.NyPatientAsync(app, 6);
        var formular = Hamthjalp.Formular(p);
        formular["Atgard"] = "Reparation";
        formular["Kommentar"] = "Höj- och sänkfunktionen fungerar inte.";
        formular["Portkod"] = "1234";
        var nummer = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(app.Klient(DemoData.ForskrivareHsaId), p.Id, formular));

        var svar = await app.Klient(DemoData.ForskrivareHsaId).GetAsync($"/hamtorder/{nummer}/utskrift");
        Assert.Equal("application/pdf", svar.Content.Headers.ContentType!.MediaType);
        var text = await PdfText.ExtraheraAsync(await svar.Content.ReadAsByteArrayAsync());
        foreach (var forvantat in new[] { $"Hämtorder {nummer}", "Hedda Hämtberg", "Hämtas på mottagning/enhet", "Reparation/avhjälpande underhåll",
                     "Höj- och sänkfunktionen fungerar inte.", "Getingevägen 4", "1234", "046-17 10 00", "75178", p.Sangnummer, "72481" })
        {
            Assert.Contains(forvantat, text, StringComparison.Ordinal);
        }
        // The komponent individ follows the bed but is not printed, as in the manual.
        Assert.DoesNotContain(p.Befuktarnummer, text, StringComparison.Ordinal);
        await using var db = app.Databas();
        Assert.True(await db.Logg.AnyAsync(l => l.MottagareId == p.Id && l.Handling == "Utskrift" && l.Beskrivning == $"Hämtorder {nummer} utskriven (PDF)."));
    }

    [Fact]
    public async Task Sok_hamtorder_visar_tjanststallets_och_andra_enheter_ser_inget()
    {
        var p = await Hamthjalp.NyPatientAsync(app, 8);
        var nummer = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(app.Klient(DemoData.BestallareHsaId), p.Id, Hamthjalp.Formular(p)));

        var lista = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, "/hamtorder");
        var rad = lista.QuerySelectorAll("[data-testid=hamtordrar] tbody tr").Single(r => r.TextContent.Contains(nummer, StringComparison.Ordinal));
        Assert.Contains("Bertil", rad.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Hämtberg", lista.Body!.TextContent, StringComparison.Ordinal);

        var mina = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, "/hamtorder?mina=true&dagar=0");
        Assert.DoesNotContain(nummer, mina.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var bertils = await Mottagarhjalp.HamtaAsync(app, DemoData.BestallareHsaId, "/hamtorder?mina=true&dagar=0");
        Assert.Contains(nummer, bertils.QuerySelector("[data-testid=hamtordrar]")!.TextContent, StringComparison.Ordinal);
        var stangda = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, "/hamtorder?status=Stangd&dagar=0");
        Assert.DoesNotContain(nummer, stangda.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var snabb = await app.Klient(DemoData.ForskrivareHsaId).GetAsync($"/hamtorder?sok={nummer}");
        Assert.Equal(HttpStatusCode.Redirect, snabb.StatusCode);
        Assert.Equal($"/hamtorder/{nummer}", snabb.Headers.Location!.OriginalString);
        var ogiltig = await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/hamtorder?sok=12x");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ogiltig.StatusCode);
        Assert.Equal("Ange hämtordernumret eller början av det, minst 3 siffror.", (await Html.LasAsync(ogiltig)).QuerySelector("[data-testid=sokfel]")!.TextContent);
        var borjan = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/hamtorder?sok={nummer[..6]}&dagar=30");
        Assert.Contains(nummer, borjan.QuerySelector("[data-testid=hamtordrar]")!.TextContent, StringComparison.Ordinal);
        Assert.All(borjan.QuerySelectorAll("[data-testid=hamtordrar] tbody tr td:first-child"), c => Assert.StartsWith(nummer[..6], c.TextContent, StringComparison.Ordinal));

        // Hämtordrar are unit-bound: another unit's list finds nothing, the patient view names it without a link, and
        // only read-only details (see Hela_personnumret_… and Hela_hamtordernumret_…) open there.
        var andra = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        Assert.Null((await Html.LasAsync(await andra.GetAsync($"/hamtorder/{nummer}"))).QuerySelector("main form[method=post]"));
        Assert.Equal(HttpStatusCode.NotFound, (await andra.GetAsync($"/hamtorder/{nummer}/utskrift")).StatusCode);
        var andrasLista = await Mottagarhjalp.HamtaAsync(app, DemoData.AndraEnhetensForskrivareHsaId, "/hamtorder?dagar=0");
        Assert.DoesNotContain(nummer, andrasLista.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var patient = await Mottagarhjalp.HamtaAsync(app, DemoData.AndraEnhetensForskrivareHsaId, $"/mottagare/{p.Id}");
        var oppen = patient.QuerySelector("[data-testid=oppen-hamtorder]")!;
        Assert.Contains(nummer, oppen.TextContent, StringComparison.Ordinal);
        Assert.Null(oppen.QuerySelector("a"));
        Assert.Equal("Ja", Hamthjalp.Hamtorderkolumn(patient, "75178"));
    }

    /// <summary>Sök hämtorder with the page's own form: what is typed as mottagare never goes in the address.</summary>
    private static async Task<HttpResponseMessage> SokAsync(HttpClient klient, params (string Namn, string Varde)[] falt)
    {
        var sida = await Html.LasAsync(await klient.GetAsync("/hamtorder"));
        Assert.Equal("post", sida.QuerySelector("[data-testid=hamtordersok]")!.GetAttribute("method"));
        return await Html.SkickaAsync(klient, sida, "[data-testid=hamtordersok]", falt);
    }

    /// <summary>Another unit's hämtorder names no one: no name, personnummer, address, contact or link to the mottagare.</summary>
    private static void AssertUtanMottagarensUppgifter(IDocument sida, string personnummer, int mottagareId)
    {
        var text = sida.QuerySelector("main")!.TextContent;
        foreach (var uppgift in new[] { "Hedda", "Hämtberg", personnummer, personnummer.Replace("-", "", StringComparison.Ordinal), "Hämtvägen", "Kontaktperson" })
        {
            Assert.DoesNotContain(uppgift, text, StringComparison.Ordinal);
        }
        Assert.Null(sida.QuerySelector($"a[href='/mottagare/{mottagareId}']"));
    }

    private static List<string> Hamtordernummer(IDocument sida) =>
        sida.QuerySelectorAll("[data-testid=hamtordrar] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

    private async Task<string> PersonnummerAsync(int mottagareId)
    {
        await using var db = app.Databas();
        return (await db.Mottagare.Where(m => m.Id == mottagareId).Select(m => m.Personnummer).SingleAsync())!.Formaterat;
    }

    /// <summary>A patient with a hämtorder of 4711 by Anna (the bed) and one of 4720 by David (the rollator).</summary>
    private async Task<(Hamtpatient P, string Annas, string Davids, string Personnummer)> AnnasOchDavidsAsync(int lopnummer)
    {
        var p = await Hamthjalp.NyPatientAsync(app, lopnummer);
        var annas = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(app.Klient(DemoData.ForskrivareHsaId), p.Id, Hamthjalp.Formular(p)));
        var rollator = Hamthjalp.Formular(p);
        rollator["Individ"] = p.Rollator.ToString(CultureInfo.InvariantCulture);
        rollator.Remove("Rad");
        rollator["Kontaktperson"] = "David Dahl";
        var davids = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(app.Klient(DemoData.AndraEnhetensForskrivareHsaId), p.Id, rollator));
        return (p, annas, davids, await PersonnummerAsync(p.Id));
    }

    [Fact]
    public async Task Sok_pa_bestallare_visar_tjanstestallets_hamtordrar_som_den_registrerat()
    {
        var p = await Hamthjalp.NyPatientAsync(app, 29);
        var bertils = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(app.Klient(DemoData.BestallareHsaId), p.Id, Hamthjalp.Formular(p)));
        var rollator = Hamthjalp.Formular(p);
        rollator["Individ"] = p.Rollator.ToString(CultureInfo.InvariantCulture);
        rollator.Remove("Rad");
        var annas = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(app.Klient(DemoData.ForskrivareHsaId), p.Id, rollator));

        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var svar = await SokAsync(anna, ("bestallare", $" {DemoData.BestallareHsaId.ToLowerInvariant()} "), ("dagar", "0"));
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Contains(bertils, Hamtordernummer(sida));
        Assert.DoesNotContain(annas, Hamtordernummer(sida));
        Assert.Equal(DemoData.BestallareHsaId.ToLowerInvariant(), sida.QuerySelector<IElement>("#bestallare")!.GetAttribute("value"));
        // The same by address, as a link can carry it: an användar-id is no patient data.
        Assert.Contains(bertils, Hamtordernummer(await Html.LasAsync(await anna.GetAsync($"/hamtorder?dagar=0&bestallare={DemoData.BestallareHsaId}"))));
        var hennes = Hamtordernummer(await Html.LasAsync(await SokAsync(anna, ("bestallare", DemoData.ForskrivareHsaId), ("dagar", "0"), ("sok", annas[..6]))));
        Assert.Contains(annas, hennes);
        Assert.DoesNotContain(bertils, hennes);

        // The beställare's hämtordrar stay with the unit.
        var david = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        var fran4720 = await SokAsync(david, ("bestallare", DemoData.BestallareHsaId), ("dagar", "0"));
        Assert.Equal(HttpStatusCode.OK, fran4720.StatusCode);
        Assert.Empty(Hamtordernummer(await Html.LasAsync(fran4720)));

        // An id no user has is said beside the field; what was typed and chosen stays.
        var okand = await SokAsync(anna, ("bestallare", "SE2321000016-9999"), ("dagar", "365"), ("status", "Stangd"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, okand.StatusCode);
        var okandSida = await Html.LasAsync(okand);
        Assert.Equal("Det finns ingen användare med användar-id SE2321000016-9999. Ange hela användar-id:t (HSA-id), till exempel SE2321000016-1234.",
            okandSida.QuerySelector("[data-testid=bestallarfel]")!.TextContent);
        Assert.Equal("SE2321000016-9999", okandSida.QuerySelector<IElement>("#bestallare")!.GetAttribute("value"));
        Assert.NotNull(okandSida.QuerySelector("#dagar option[value='365'][selected]"));
        Assert.NotNull(okandSida.QuerySelector("#status option[value=Stangd][selected]"));
        Assert.Null(okandSida.QuerySelector("[data-testid=hamtordrar]"));
    }

    [Fact]
    public async Task Hela_personnumret_visar_mottagarens_hamtordrar_for_alla_tjanstestallen_och_ett_annat_tjanstestalles_skrivskyddad()
    {
        var (p, annas, davids, personnummer) = await AnnasOchDavidsAsync(30);

        // Without the personnummer each unit lists its own.
        var david = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        var egna = Hamtordernummer(await Html.LasAsync(await david.GetAsync("/hamtorder?dagar=0")));
        Assert.Contains(davids, egna);
        Assert.DoesNotContain(annas, egna);
        Assert.DoesNotContain(annas, Hamtordernummer(await Html.LasAsync(await david.GetAsync($"/hamtorder?mottagare={p.Id}&dagar=0"))));
        Assert.DoesNotContain(annas, Hamtordernummer(await Html.LasAsync(await david.GetAsync($"/hamtorder?sok={annas[..6]}"))));

        // The complete personnummer lists the patient's hämtordrar of every unit, and the search is PDL-logged.
        var svar = await SokAsync(david, ("mottagarnummer", personnummer), ("dagar", "0"));
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Equal([davids, annas], Hamtordernummer(sida));
        Assert.NotNull(sida.QuerySelector("[data-testid=alla-tjanstestallen]"));
        Assert.Contains("4711 Rehabmottagningen Lund", sida.QuerySelector($"[data-testid=hamtordrar] tbody tr:nth-child(2)")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(personnummer, sida.QuerySelector<IElement>("#mottagarnummer")!.GetAttribute("value"));
        // Combined with a beställare, fewer.
        Assert.Equal([annas], Hamtordernummer(await Html.LasAsync(await SokAsync(david, ("mottagarnummer", personnummer.Replace("-", "", StringComparison.Ordinal)),
            ("bestallare", DemoData.ForskrivareHsaId), ("dagar", "0")))));
        await using (var db = app.Databas())
        {
            Assert.True(await db.Logg.AnyAsync(l => l.HsaId == DemoData.AndraEnhetensForskrivareHsaId && l.Handling == "Läsning" && l.MottagareId == p.Id
                && l.Beskrivning == "Mottagarens hämtordrar sökta med hela personnumret, alla tjänsteställen."));
            var siffror = personnummer.Replace("-", "", StringComparison.Ordinal);
            Assert.False(await db.Logg.AnyAsync(l => l.Beskrivning.Contains(siffror) || l.Beskrivning.Contains(personnummer)));
        }

        // Another unit's hämtorder opens from the list read-only: no printout, makulering or felrapport there, and
        // (issue 21.5) what it is and where it stands, not whose it is.
        var annan = await Html.LasAsync(await david.GetAsync($"/hamtorder/{annas}"));
        Assert.Equal("Hämtordern tillhör 4711 Rehabmottagningen Lund och visas skrivskyddad utan mottagarens uppgifter, eftersom du kan söka fram den med hela hämtordernumret eller patientens hela personnummer. Bara det tjänstestället kan skriva ut och makulera den och registrera felrapport på den.",
            annan.QuerySelector("[data-testid=annat-tjanstestalle]")!.TextContent);
        Assert.Contains("Registrerad", annan.QuerySelector("[data-testid=uppgifter]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Registrerad", annan.QuerySelector("[data-testid=status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(annan.QuerySelector("[data-testid=rader] tbody tr"));
        AssertUtanMottagarensUppgifter(annan, personnummer, p.Id);
        Assert.Empty(annan.QuerySelectorAll("main form[method=post]"));
        Assert.Null(annan.QuerySelector("[data-testid=utskrift]"));
        Assert.Null(annan.QuerySelector("[data-testid=felrapport]"));
        Assert.Null(annan.QuerySelector("[data-testid=makulera]"));
        Assert.Equal(HttpStatusCode.NotFound, (await david.GetAsync($"/hamtorder/{annas}/utskrift")).StatusCode);
        int version;
        await using (var db = app.Databas())
        {
            version = await db.Hamtordrar.Where(h => h.Hamtordernummer == annas).Select(h => h.Version).SingleAsync();
        }
        // Crafted: David's page of another unit's hämtorder has no makulera form, so the request is built by hand.
        var start = await Html.LasAsync(await david.GetAsync("/"));
        Assert.Equal(HttpStatusCode.NotFound, (await david.PostAsync($"/hamtorder/{annas}/makulera", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(start), ["version"] = version.ToString(CultureInfo.InvariantCulture),
        }))).StatusCode);
        await using (var db = app.Databas())
        {
            Assert.Equal(Hamtorderstatus.Registrerad, await db.Hamtordrar.Where(h => h.Hamtordernummer == annas).Select(h => h.Status).SingleAsync());
            Assert.True(await db.Logg.AnyAsync(l => l.HsaId == DemoData.AndraEnhetensForskrivareHsaId && l.Handling == "Läsning" && l.MottagareId == p.Id
                && l.Beskrivning == $"Hämtorder {annas} visad, annat tjänsteställes (4711 Rehabmottagningen Lund)."));
        }

        // Its own unit's page is unchanged.
        var egen = await Html.LasAsync(await app.Klient(DemoData.ForskrivareHsaId).GetAsync($"/hamtorder/{annas}"));
        Assert.Null(egen.QuerySelector("[data-testid=annat-tjanstestalle]"));
        Assert.NotNull(egen.QuerySelector("[data-testid=makulera]"));
        Assert.NotNull(egen.QuerySelector("[data-testid=utskrift]"));
    }

    [Theory]
    [InlineData("19500108123", "Personnumret ska ha 12 siffror (ÅÅÅÅMMDDNNNN).")]
    [InlineData("5001421234", "Ange personnumret med 12 siffror, inklusive sekel (ÅÅÅÅMMDDNNNN).")]
    [InlineData("19500142-1230", "Personnumret innehåller inget giltigt datum.")]
    [InlineData("12345", "Det finns ingen vårdenhet med kundnummer 12345. Ange vårdenhetens kundnummer eller patientens hela personnummer (ÅÅÅÅMMDDNNNN).")]
    [InlineData("19400101-1230", "Det finns ingen patient med det personnumret i Sesam.")]
    public async Task En_mottagare_som_inte_kan_sokas_sags_bredvid_faltet_och_det_inskrivna_finns_kvar(string mottagare, string fel)
    {
        var svar = await SokAsync(app.Klient(DemoData.ForskrivareHsaId), ("mottagarnummer", mottagare), ("mina", "true"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Equal(fel, sida.QuerySelector("[data-testid=mottagarfel]")!.TextContent);
        Assert.Equal(mottagare, sida.QuerySelector<IElement>("#mottagarnummer")!.GetAttribute("value"));
        Assert.NotNull(sida.QuerySelector("#mina[checked]"));
        Assert.Null(sida.QuerySelector("[data-testid=hamtordrar]"));
    }

    [Fact]
    public async Task En_vardenhets_kundnummer_visar_bara_tjanstestallets_hamtordrar_for_den()
    {
        var svar = await SokAsync(app.Klient(DemoData.ForskrivareHsaId), ("mottagarnummer", "58800"), ("dagar", "0"));
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Null(sida.QuerySelector("[data-testid=alla-tjanstestallen]"));
        Assert.All(sida.QuerySelectorAll("[data-testid=hamtordrar] tbody tr"), r => Assert.Contains("4711", r.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hela_hamtordernumret_oppnar_ett_annat_tjanstestalles_hamtorder_skrivskyddad_men_borjan_av_det_gor_det_inte()
    {
        var p = await Hamthjalp.NyPatientAsync(app, 17);
        var annas = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(app.Klient(DemoData.ForskrivareHsaId), p.Id, Hamthjalp.Formular(p)));
        var david = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);

        // From the form, and by address as a link carries it: to the read-only view, which is PDL-logged.
        var svar = await SokAsync(david, ("sok", $" {annas} "), ("dagar", "30"));
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Equal($"/hamtorder/{annas}", svar.Headers.Location!.OriginalString);
        Assert.Equal($"/hamtorder/{annas}", (await david.GetAsync($"/hamtorder?sok={annas}")).Headers.Location!.OriginalString);
        var sida = await Html.LasAsync(await david.GetAsync($"/hamtorder/{annas}"));
        Assert.StartsWith("Hämtordern tillhör 4711 Rehabmottagningen Lund och visas skrivskyddad", sida.QuerySelector("[data-testid=annat-tjanstestalle]")!.TextContent,
            StringComparison.Ordinal);
        Assert.Empty(sida.QuerySelectorAll("main form[method=post]"));
        AssertUtanMottagarensUppgifter(sida, await PersonnummerAsync(p.Id), p.Id);
        await using (var db = app.Databas())
        {
            Assert.True(await db.Logg.AnyAsync(l => l.HsaId == DemoData.AndraEnhetensForskrivareHsaId && l.Handling == "Läsning" && l.MottagareId == p.Id
                && l.Beskrivning == $"Hämtorder {annas} visad, annat tjänsteställes (4711 Rehabmottagningen Lund)."));
        }

        // The start of the number stays with the unit.
        var borjan = await SokAsync(david, ("sok", annas[..6]), ("dagar", "0"));
        Assert.Equal(HttpStatusCode.OK, borjan.StatusCode);
        Assert.DoesNotContain(annas, Hamtordernummer(await Html.LasAsync(borjan)));

        // A number no hämtorder has, and a role that sees no patients.
        var okant = annas[..4] + "99999";
        var ingen = await SokAsync(david, ("sok", okant));
        Assert.Equal(HttpStatusCode.NotFound, ingen.StatusCode);
        var ingenSida = await Html.LasAsync(ingen);
        Assert.Equal($"Det finns ingen hämtorder {okant}.", ingenSida.QuerySelector("[data-testid=sokfel]")!.TextContent);
        Assert.Equal(okant, ingenSida.QuerySelector<IElement>("#sok")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Klient(DemoData.AdminHsaId).GetAsync($"/hamtorder?sok={annas}")).StatusCode);
    }

    [Fact]
    public async Task Ett_sok_utan_sokbegrepp_ger_meddelande_och_behaller_valen_men_forsta_visningen_listar_tjanstestallets()
    {
        var p = await Hamthjalp.NyPatientAsync(app, 18);
        var nummer = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(app.Klient(DemoData.ForskrivareHsaId), p.Id, Hamthjalp.Formular(p)));
        var anna = app.Klient(DemoData.ForskrivareHsaId);

        var forsta = await anna.GetAsync("/hamtorder");
        Assert.Equal(HttpStatusCode.OK, forsta.StatusCode);
        var forstaSida = await Html.LasAsync(forsta);
        Assert.Contains(nummer, Hamtordernummer(forstaSida));
        Assert.Null(forstaSida.QuerySelector("[data-testid=sokbegreppfel]"));

        // The period and the status only narrow a search, as Inkludera stängda in the manual; blanks are no search term.
        var svar = await SokAsync(anna, ("sok", " "), ("bestallare", " "), ("mottagarnummer", ""), ("kund", " "), ("dagar", "365"), ("status", "Registrerad"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Equal("Du måste ange minst ett sökbegrepp.", sida.QuerySelector("[data-testid=sokbegreppfel]")!.TextContent);
        Assert.NotNull(sida.QuerySelector("#dagar option[value='365'][selected]"));
        Assert.NotNull(sida.QuerySelector("#status option[value=Registrerad][selected]"));
        Assert.Null(sida.QuerySelector("[data-testid=hamtordrar]"));

        // Each search term alone is enough: Mina hämtordrar, the mottagare of the patient view, and the fields.
        Assert.Contains(nummer, Hamtordernummer(await Html.LasAsync(await SokAsync(anna, ("mina", "true")))));
        var franPatienten = await Html.LasAsync(await anna.GetAsync($"/hamtorder?mottagare={p.Id}"));
        Assert.Equal([nummer], Hamtordernummer(await Html.LasAsync(await Html.SkickaAsync(anna, franPatienten, "[data-testid=hamtordersok]"))));
        Assert.Contains(nummer, Hamtordernummer(await Html.LasAsync(await SokAsync(anna, ("kund", "47110")))));
        Assert.Equal(HttpStatusCode.OK, (await SokAsync(anna, ("bestallare", DemoData.BestallareHsaId))).StatusCode);
    }

    [Fact]
    public async Task Kund_begransar_till_de_egna_tjanstestallenas_kunder_och_en_annan_kund_ger_meddelande_utan_rader()
    {
        var (_, annas, davids, personnummer) = await AnnasOchDavidsAsync(19);
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var david = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);

        var egen = await SokAsync(anna, ("kund", " 47110 "), ("dagar", "0"));
        Assert.Equal(HttpStatusCode.OK, egen.StatusCode);
        var egenSida = await Html.LasAsync(egen);
        Assert.Contains(annas, Hamtordernummer(egenSida));
        Assert.DoesNotContain(davids, Hamtordernummer(egenSida));
        Assert.All(egenSida.QuerySelectorAll("[data-testid=hamtordrar] tbody tr"), r => Assert.Contains("4711 Rehabmottagningen Lund", r.TextContent, StringComparison.Ordinal));
        Assert.Equal("47110", egenSida.QuerySelector<IElement>("#kund")!.GetAttribute("value"));
        Assert.Contains(annas, Hamtordernummer(await Html.LasAsync(await anna.GetAsync("/hamtorder?kund=47110&dagar=0"))));

        // Another unit's kund: a message beside the field, what was typed kept, and no rows.
        async Task Nekas(HttpClient klient, string fel, params (string Namn, string Varde)[] falt)
        {
            var svar = await SokAsync(klient, falt);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
            var sida = await Html.LasAsync(svar);
            Assert.Equal(fel, sida.QuerySelector("[data-testid=kundfel]")!.TextContent);
            Assert.Equal(falt.Single(f => f.Namn == "kund").Varde, sida.QuerySelector<IElement>("#kund")!.GetAttribute("value"));
            Assert.Null(sida.QuerySelector("[data-testid=hamtordrar]"));
        }
        await Nekas(david, "Du är inte knuten till kund 47110. Tjänstestället du arbetar i, 4720 Sömnmottagningen Malmö, har kundnummer 47200.", ("kund", "47110"));
        await Nekas(anna, "Du är inte knuten till kund 58800. Tjänstestället du arbetar i, 4711 Rehabmottagningen Lund, har kundnummer 47110.",
            ("kund", "58800"), ("mina", "true"));
        // Anna is linked to 4720 as well, but works in 4711: its kund lists nothing there, so she is told to switch.
        await Nekas(anna, "Kund 47200 hör till 4720 Sömnmottagningen Malmö, inte till tjänstestället du arbetar i. Byt tjänsteställe högst upp på sidan för att söka där.",
            ("kund", "47200"));
        // The complete personnummer lists every unit's: a kund of the user's own narrows it, another kund still not.
        Assert.Equal([davids], Hamtordernummer(await Html.LasAsync(await SokAsync(david, ("mottagarnummer", personnummer), ("kund", "47200"), ("dagar", "0")))));
        Assert.Equal([davids], Hamtordernummer(await Html.LasAsync(await SokAsync(anna, ("mottagarnummer", personnummer), ("kund", "47200"), ("dagar", "0")))));
        await Nekas(david, "Du är inte knuten till kund 47110. Tjänstestället du arbetar i, 4720 Sömnmottagningen Malmö, har kundnummer 47200.",
            ("mottagarnummer", personnummer), ("kund", "47110"));

        // Logistik sees every unit's hämtordrar, so any kund that exists.
        var lars = app.Klient(DemoData.LogistikHsaId);
        var logistik = Hamtordernummer(await Html.LasAsync(await SokAsync(lars, ("kund", "47200"), ("dagar", "0"))));
        Assert.Contains(davids, logistik);
        Assert.DoesNotContain(annas, logistik);
        await Nekas(lars, "Det finns ingen kund med kundnummer 99999.", ("kund", "99999"));
    }

    [Fact]
    public async Task Logistik_tar_emot_hamtordern_och_hjalpmedlen_blir_aterlamnade()
    {
        var p = await Hamthjalp.NyPatientAsync(app, 9);
        var nummer = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(app.Klient(DemoData.ForskrivareHsaId), p.Id, Hamthjalp.Formular(p)));
        var forskrivaren = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/hamtorder/{nummer}");
        Assert.Null(forskrivaren.QuerySelector("[data-testid=ta-emot]"));
        // Crafted: the förskrivare's page has no ta-emot form, so the request is built by hand.
        var version = forskrivaren.QuerySelector("[data-testid=makulera] input[name=version]")!.GetAttribute("value")!;
        var nekad = await app.Klient(DemoData.ForskrivareHsaId).PostAsync($"/hamtorder/{nummer}/ta-emot", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(forskrivaren), ["version"] = version,
        }));
        Assert.NotEqual(HttpStatusCode.Redirect, nekad.StatusCode);

        async Task<int> CentraltSaldoAsync(string artikelnummer)
        {
            await using var db = app.Databas();
            return await db.Lagersaldon.Where(s => s.Lager.Typ == Lagertyp.Centrallager && s.Artikel.Artikelnummer == artikelnummer).SumAsync(s => s.Saldo);
        }
        var sangarFore = await CentraltSaldoAsync("75178");
        var befuktareFore = await CentraltSaldoAsync("40111");

        // Logistik sees every unit's hämtordrar and receives this one.
        var logistik = app.Klient(DemoData.LogistikHsaId);
        var sida = await Html.LasAsync(await logistik.GetAsync($"/hamtorder/{nummer}"));
        var svar = await Html.SkickaAsync(logistik, sida, "form[data-testid=ta-emot]");
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        var stangd = await Html.LasAsync(await logistik.GetAsync($"/hamtorder/{nummer}"));
        Assert.Equal("Stängd", stangd.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Contains("mottagen och stängd", stangd.QuerySelector("[data-testid=meddelande]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(stangd.QuerySelector("[data-testid=ta-emot]"));
        // The page opened before the receipt, sent again.
        Assert.Equal(HttpStatusCode.Conflict, (await Html.SkickaAsync(logistik, sida, "form[data-testid=ta-emot]")).StatusCode);

        var hjalpmedel = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{p.Id}");
        Assert.Equal(["19961"], Mottagarhjalp.Hjalpmedel(hjalpmedel));
        Assert.Null(hjalpmedel.QuerySelector("[data-testid=oppen-hamtorder]"));
        var aterlamnat = await Mottagarhjalp.HamtaAsync(app, DemoData.ForskrivareHsaId, $"/mottagare/{p.Id}?flik=aterlamnat");
        var rader = aterlamnat.QuerySelectorAll("[data-testid=aterlamnat] tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        // The individer of this test were delivered without an order: the hämtorder itself records their return.
        Assert.Equal(["40111", "72481", "75178"], rader.Select(r => r[1]).Order(StringComparer.Ordinal));
        Assert.Equal(p.Sangnummer, rader.Single(r => r[1] == "75178")[3]);
        var korg = rader.Single(r => r[1] == "72481");
        Assert.Equal("", korg[3]);
        Assert.Equal("2", korg[6]);
        Assert.Equal(app.Klocka.Idag().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), korg[5]);

        // An individmärkt artikel's saldo counts its individer: both are in the central stock again.
        Assert.Equal(sangarFore + 1, await CentraltSaldoAsync("75178"));
        Assert.Equal(befuktareFore + 1, await CentraltSaldoAsync("40111"));
        await using var db = app.Databas();
        var sang = await db.Individer.Include(i => i.Lager).SingleAsync(i => i.Id == p.Sang);
        Assert.Equal((Individstatus.PaLager, Lagertyp.Centrallager), (sang.Status, sang.Lager!.Typ));
        Assert.Equal(Individstatus.PaLager, (await db.Individer.SingleAsync(i => i.Id == p.Befuktare)).Status);
        Assert.True(await db.Logg.AnyAsync(l => l.MottagareId == p.Id && l.HsaId == DemoData.LogistikHsaId && l.Beskrivning == $"Hämtorder {nummer} mottagen och stängd."));
    }

    [Fact]
    public async Task En_cpap_som_hamtas_inom_nittio_dagar_far_sin_avgift_borttagen()
    {
        // Tolvan's CPAP came from Sömnmottagningen 30 days ago with a fee under the 90-day rule.
        var tolvan = await Mottagarhjalp.IdAsync(app, DemoData.PatientTolvan);
        var cpap = await Mottagarhjalp.IndividIdAsync(app, "2100400");
        var formular = new Dictionary<string, string>
        {
            ["Hamtplats"] = "PaMottagning", ["Adresskalla"] = "Tjanstestallet", ["Kontaktperson"] = "Cecilia", ["Telefon"] = "040-1", ["Atgard"] = "BehovetUpphort",
            ["Individ"] = cpap.ToString(CultureInfo.InvariantCulture),
        };
        var nummer = Hamthjalp.Nummer(await Hamthjalp.SkapaAsync(app.Klient(DemoData.SomnForskrivareHsaId), tolvan, formular));
        var logistik = app.Klient(DemoData.LogistikHsaId);
        var sida = await Html.LasAsync(await logistik.GetAsync($"/hamtorder/{nummer}"));
        Assert.Equal(HttpStatusCode.Redirect, (await Html.SkickaAsync(logistik, sida, "form[data-testid=ta-emot]")).StatusCode);

        var avgifter = await Mottagarhjalp.HamtaAsync(app, DemoData.SomnForskrivareHsaId, $"/mottagare/{tolvan}?flik=patientavgifter");
        Assert.Equal("Borttagen (återlämnad inom 90 dagar)", avgifter.QuerySelector("[data-testid=avgifter] td[data-kolumn=status]")!.TextContent);
    }

    [Fact]
    public async Task Bara_forskrivare_och_bestallare_skapar_hamtorder()
    {
        var tolvan = await Mottagarhjalp.IdAsync(app, DemoData.PatientTolvan);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Klient(DemoData.LogistikHsaId).GetAsync($"/mottagare/{tolvan}/hamtorder")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Klient(DemoData.AdminHsaId).GetAsync($"/mottagare/{tolvan}/hamtorder")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Klient(DemoData.AdminHsaId).GetAsync("/hamtorder")).StatusCode);
        var logistik = await Mottagarhjalp.HamtaAsync(app, DemoData.LogistikHsaId, $"/mottagare/{tolvan}");
        Assert.Null(logistik.QuerySelector("[data-testid=skapa-hamtorder]"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/mottagare/999999/hamtorder")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/hamtorder/26019999")).StatusCode);
    }
}

public sealed class HamtorderTestsSqlite(SqliteApp app) : HamtorderTests<SqliteApp>(app);

public sealed class HamtorderTestsPostgres(PostgresApp app) : HamtorderTests<PostgresApp>(app);
