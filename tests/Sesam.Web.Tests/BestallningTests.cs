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

/// <summary>The prescribing journeys end to end through HTTP, on a real database.</summary>
public abstract class BestallningTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    protected TApp App => app;

    [Fact]
    public async Task Forskriva_fran_hjalpmedelsverksamhet_till_mottagningen_ger_registrerad_order_med_nummer()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, DemoData.PatientTolvan);
        var varukorg = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}"));
        Assert.Contains("Tolvan Tolvansson", varukorg.QuerySelector("[data-testid=mottagare]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Anna Andersson", varukorg.QuerySelector("[data-testid=forskrivare]")!.TextContent, StringComparison.Ordinal);

        var svar = await Varukorg.LaggTillAsync(k, id, "20410", 2, "Hjalpmedelsverksamhet", "Till vänster om dörren");
        Assert.Equal($"/bestallning/{id}", svar.Headers.Location?.OriginalString);
        var slutfor = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}/slutfor"));
        Assert.Equal("Anna Andersson", slutfor.QuerySelector<IElement>("#Kontaktperson")!.GetAttribute("value"));
        Assert.NotNull(slutfor.QuerySelector("#till-enhet[checked]"));

        var ordernummer = await Varukorg.SlutforOchSkickaAsync(k, id, []);
        Assert.Matches(@"^\d{8,12}$", ordernummer);

        await using var db = app.Databas();
        var b = await db.Bestallningar.Include(x => x.Rader).Include(x => x.Tjanstestalle).SingleAsync(x => x.Id == id);
        Assert.Equal(Orderstatus.Registrerad, b.Status);
        Assert.Equal(ordernummer, b.Ordernummer);
        Assert.StartsWith(Ordernummer.Period(Bestallning.Orderdatum(b.Skickad!.Value)), ordernummer, StringComparison.Ordinal);
        Assert.Equal(LeveransTill.MottagningEnhet, b.Leverans!.Till);
        Assert.Equal(b.Tjanstestalle.Adress.Gatuadress, b.Leverans.Adress.Gatuadress);
        Assert.Equal("Anna Andersson", b.Leverans.Kontaktperson);
        var rad = Assert.Single(b.Rader);
        Assert.Equal(Arbetsdagskalender.LaggTillArbetsdagar(Svensktid.Datum(b.Skickad!.Value), 17), rad.PlaneratLeveransdatum);

        var detaljer = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}"));
        Assert.Equal("Registrerad", detaljer.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Contains("Till mottagning/enhet", detaljer.QuerySelector("[data-testid=leverans]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Klient(DemoData.AndraEnhetensForskrivareHsaId).GetAsync($"/bestallning/{id}")).StatusCode);
    }

    [Fact]
    public async Task Varukorgen_ar_pagaende_och_finns_kvar_for_anvandaren()
    {
        var id = await Varukorg.NyAsync(app.Klient(DemoData.ForskrivareHsaId), DemoData.PatientLilleSkutt);
        var start = await Html.LasAsync(await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/bestallning"));
        Assert.NotNull(start.QuerySelector($"[data-testid=pagaende] a[href='/bestallning/{id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Klient(DemoData.SomnForskrivareHsaId).GetAsync($"/bestallning/{id}")).StatusCode);
    }

    [Fact]
    public async Task Ta_bort_tar_bort_den_pagaende_bestallningen_med_dess_rader()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, DemoData.PatientTolvan);
        await Varukorg.LaggTillAsync(k, id, "20410", 1, "Hjalpmedelsverksamhet");
        var varukorg = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}"));

        var svar = await Html.SkickaAsync(k, varukorg, $"form[action='/bestallning/{id}/ta-bort']");
        Assert.Equal("/bestallning", svar.Headers.Location?.OriginalString);
        await using var db = app.Databas();
        Assert.False(await db.Bestallningar.AnyAsync(b => b.Id == id));
        Assert.False(await db.Orderrader.AnyAsync(r => r.BestallningId == id));
        Assert.Equal(HttpStatusCode.NotFound, (await Html.SkickaAsync(k, varukorg, $"form[action='/bestallning/{id}/ta-bort']")).StatusCode);
    }

    [Fact]
    public async Task Dubbelklick_och_tillbaka_och_skicka_igen_ger_en_order()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, DemoData.PatientTolvan);
        await Varukorg.LaggTillAsync(k, id, "55871", 1, "Hjalpmedelsverksamhet");
        var bekrafta = await Varukorg.SlutforAsync(k, id, []);
        var formular = $"form[action='/bestallning/{id}/skicka']";

        var svar = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Html.SkickaAsync(k, bekrafta, formular)));
        Assert.All(svar, s => Assert.Equal($"/bestallning/{id}/skickad", s.Headers.Location?.OriginalString));

        // Back in the browser, the page reloaded with a fresh key, and sent again: still the same order. Crafted, since
        // the Bekräfta page of a sent order now answers with the order itself and no form.
        var igen = await k.PostAsync($"/bestallning/{id}/skicka", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(bekrafta),
            ["skickaNyckel"] = Guid.NewGuid().ToString(),
        }));
        Assert.Equal($"/bestallning/{id}/skickad", igen.Headers.Location?.OriginalString);

        await using var db = app.Databas();
        Assert.Equal(1, await db.Bestallningar.CountAsync(b => b.Id == id && b.Ordernummer != null));
        var skickad = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}/skickad"));
        Assert.Equal(await db.Bestallningar.Where(b => b.Id == id).Select(b => b.Ordernummer).SingleAsync(), skickad.QuerySelector("[data-testid=ordernummer]")!.TextContent);
        Assert.NotNull(skickad.QuerySelector($"a[href='/bestallning/{id}/laneforbindelse']"));
    }

    [Fact]
    public async Task Felaktig_inmatning_ger_meddelande_vid_faltet_och_behaller_det_inmatade()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var start = await Html.LasAsync(await k.GetAsync("/bestallning"));
        var svar = await Html.SkickaAsync(k, start, "form[action='/bestallning/ny']", ("Personnummer", "191212121213"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Contains("Kontrollsiffran", sida.QuerySelector("[data-valmsg-for=Personnummer]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("191212121213", sida.QuerySelector<IElement>("#Personnummer")!.GetAttribute("value"));

        var id = await Varukorg.NyAsync(k, DemoData.PatientTolvan);
        async Task<IDocument> Lagg(string artikel, string antal, string kommentar, string kalla = "Hjalpmedelsverksamhet")
        {
            var s = await Varukorg.LaggTillAsync(k, id, artikel, antal, kalla, kommentar);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, s.StatusCode);
            return await Html.LasAsync(s);
        }

        var okand = await Lagg("99999", "3", "Hej");
        Assert.Contains("ingen artikel med artikelnummer 99999", okand.QuerySelector("[data-valmsg-for=Artikelnummer]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("3", okand.QuerySelector<IElement>("#Antal")!.GetAttribute("value"));
        Assert.Equal("Hej", okand.QuerySelector("#Kommentar")!.TextContent);

        foreach (var antal in new[] { "0", "-2", "100000", "tre" })
        {
            var fel = await Lagg("20410", antal, "Kvar");
            Assert.Contains("Antal", fel.QuerySelector("[data-valmsg-for=Antal]")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("20410", fel.QuerySelector<IElement>("#Artikelnummer")!.GetAttribute("value"));
            Assert.Equal("Kvar", fel.QuerySelector("#Kommentar")!.TextContent);
        }

        var utgatt = await Lagg("16640", "1", "");
        Assert.Contains("har utgått och finns inte i lager", utgatt.QuerySelector("[data-valmsg-for=Artikelnummer]")!.TextContent, StringComparison.Ordinal);

        var lang = await Lagg("20410", "1", new string('x', Orderrad.MaxKommentar + 1));
        Assert.Contains("högst 500 tecken", lang.QuerySelector("[data-valmsg-for=Kommentar]")!.TextContent, StringComparison.Ordinal);

        await using var db = app.Databas();
        Assert.Equal(0, await db.Orderrader.CountAsync(r => r.BestallningId == id));
    }

    [Fact]
    public async Task Patientavgift_maste_besvaras_och_pennan_nollstaller_svaret()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, DemoData.PatientTolvan);
        var svar = await Varukorg.LaggTillAsync(k, id, "40110", 1, "Hjalpmedelsverksamhet");
        var radUrl = svar.Headers.Location!.OriginalString;
        Assert.Matches($"^/bestallning/{id}/rad/\\d+$", radUrl);

        var utanSvar = await Html.LasAsync(await Varukorg.SparaRadAsync(k, radUrl, null, extra: []));
        Assert.Contains("svara JA eller NEJ", utanSvar.QuerySelector("[data-valmsg-for=Patientavgift]")!.TextContent, StringComparison.Ordinal);

        Assert.Equal($"/bestallning/{id}", (await Varukorg.SparaRadAsync(k, radUrl, "ja", [])).Headers.Location?.OriginalString);
        var varukorg = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}"));
        Assert.Contains("JA (500.00 kr)", varukorg.QuerySelector("[data-testid=patientavgift]")!.TextContent.Replace(',', '.'), StringComparison.Ordinal);

        var radId = radUrl.Split('/').Last();
        var penna = await Html.SkickaAsync(k, varukorg, $"form[action='{radUrl}/redigera']");
        Assert.Equal(radUrl, penna.Headers.Location?.OriginalString);
        var radSida = await Html.LasAsync(await k.GetAsync(radUrl));
        Assert.Null(radSida.QuerySelector("#avgift-ja[checked]"));
        Assert.Null(radSida.QuerySelector("#avgift-nej[checked]"));

        var slutfor = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}/slutfor"));
        var blockerad = await Html.LasAsync(await Html.SkickaAsync(k, slutfor, $"form[action='/bestallning/{id}/slutfor']",
            ("Till", "MottagningEnhet"), ("Kontaktperson", "Anna Andersson")));
        Assert.Contains("Svara JA eller NEJ på patientavgift för artikel 40110", blockerad.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);

        await Varukorg.SparaRadAsync(k, radUrl, "nej", []);
        await using var db = app.Databas();
        Assert.False(await db.Orderrader.Where(r => r.Id == int.Parse(radId, CultureInfo.InvariantCulture)).Select(r => r.PatientavgiftSvar).SingleAsync());
    }

    [Fact]
    public async Task Komponentsteget_har_standardkomponenter_forvalda_och_raden_visar_antal_och_pris()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, DemoData.PatientLilleSkutt);
        var radUrl = (await Varukorg.LaggTillAsync(k, id, "75178", 1, "Hjalpmedelsverksamhet")).Headers.Location!.OriginalString;
        var rad = await Html.LasAsync(await k.GetAsync(radUrl));
        var standard = rad.QuerySelectorAll("[data-testid=standardkomponenter] input[type=checkbox]");
        Assert.Equal(2, standard.Length);
        Assert.All(standard, s => Assert.True(s.HasAttribute("checked")));
        Assert.Equal(3, rad.QuerySelectorAll("[data-testid=ovrigakomponenter] input[type=checkbox]:not([checked])").Length);

        await using var db = app.Databas();
        var ids = await db.Artiklar.Where(a => a.Artikelnummer == "55434" || a.Artikelnummer == "55433" || a.Artikelnummer == "55871" || a.Artikelnummer == "75175")
            .ToDictionaryAsync(a => a.Artikelnummer, a => a.Id);

        // Sök komponenter: all components need three characters; the same product needs none.
        var kortSok = await Html.LasAsync(await Varukorg.SparaRadAsync(k, radUrl, null,
            [new("Handling", "sok"), new("Sok", "ko"), new("SammaProdukt", "false"), new("Komponent", ids["55434"].ToString(CultureInfo.InvariantCulture))]));
        Assert.Contains("minst 3 tecken", kortSok.QuerySelector("[data-valmsg-for=Sok]")!.TextContent, StringComparison.Ordinal);
        var sok = await Html.LasAsync(await Varukorg.SparaRadAsync(k, radUrl, null,
            [new("Handling", "sok"), new("Sok", "kpl"), new("SammaProdukt", "true"), new("Komponent", ids["55434"].ToString(CultureInfo.InvariantCulture))]));
        Assert.Null(sok.QuerySelector($"#k-{ids["55433"]}[checked]"));
        Assert.NotNull(sok.QuerySelector($"#k-{ids["55434"]}[checked]"));

        var spara = await Varukorg.SparaRadAsync(k, radUrl, null,
            [new("Komponent", ids["55434"].ToString(CultureInfo.InvariantCulture)), new("Komponent", ids["55433"].ToString(CultureInfo.InvariantCulture)), new("Komponent", ids["55871"].ToString(CultureInfo.InvariantCulture)), new("Komponent", ids["75175"].ToString(CultureInfo.InvariantCulture))]);
        Assert.Equal($"/bestallning/{id}", spara.Headers.Location?.OriginalString);
        var varukorg = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}"));
        var radRad = varukorg.QuerySelector("[data-testid=rad-75178]")!;
        Assert.Equal("75178 (4)", radRad.QuerySelector("[data-testid=artikel]")!.TextContent);
        Assert.Equal("504.00 kr", radRad.QuerySelector("[data-testid=summa]")!.TextContent.Replace(',', '.'));
    }

    [Fact]
    public async Task Ersattningsartikel_ar_forvald_och_originalet_ej_ikryssat()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, DemoData.PatientTolvan);
        var fraga = await Html.LasAsync(await Varukorg.LaggTillAsync(k, id, "18850", 1, "Hjalpmedelsverksamhet", "Rollator"));
        Assert.NotNull(fraga.QuerySelector("[data-testid=ersattning] #vald-ersattning[checked][value='19961']"));
        Assert.Null(fraga.QuerySelector("[data-testid=ersattning] #vald-original[checked]"));
        Assert.Equal("Rollator", fraga.QuerySelector("#Kommentar")!.TextContent);

        var svar = await Html.SkickaAsync(k, fraga, $"form[action='/bestallning/{id}/rad']", ("ValdArtikel", "19961"));
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        await using var db = app.Databas();
        var rad = await db.Orderrader.Include(r => r.Artikel).SingleAsync(r => r.BestallningId == id);
        Assert.Equal("19961", rad.Artikel.Artikelnummer);
        Assert.Equal(await db.Artiklar.Where(a => a.Artikelnummer == "18850").Select(a => a.Id).SingleAsync(), rad.ErsatterArtikelId);
    }

    [Fact]
    public async Task Hem_till_minderarig_patient_kraver_telefon_och_co()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, DemoData.PatientBarn);
        await Varukorg.LaggTillAsync(k, id, "20410", 1, "Hjalpmedelsverksamhet");
        var slutfor = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}/slutfor"));
        Assert.NotNull(slutfor.QuerySelector("[data-testid=minderarig]"));
        Assert.Equal("Skolvägen 5", slutfor.QuerySelector<IElement>("#Gatuadress")!.GetAttribute("value"));
        var formular = $"form[action='/bestallning/{id}/slutfor']";
        Task<HttpResponseMessage> Skicka(IDocument sida, string? telefon, string? co) => Html.SkickaAsync(k, sida, formular,
            ("Till", "HemTillPatient"), ("Gatuadress", "Skolvägen 5"), ("Postnummer", "222 30"), ("Postort", "Lund"), ("CareOf", co ?? ""),
            ("Prioritet", "Akut"), ("Kontaktperson", "Anna Andersson"), ("Kontakttelefon", telefon ?? ""), ("OvrigInformation", "Ring före"));
        var utanTelefon = await Html.LasAsync(await Skicka(slutfor, null, "Maja Månsson"));
        Assert.Contains("Telefonnummer måste anges", utanTelefon.QuerySelector("[data-valmsg-for=Kontakttelefon]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ring före", utanTelefon.QuerySelector("#OvrigInformation")!.TextContent);
        Assert.NotNull(utanTelefon.QuerySelector("#till-hem[checked]"));

        var utanCo = await Html.LasAsync(await Skicka(utanTelefon, "070-111 22 33", null));
        Assert.Contains("under 18 år", utanCo.QuerySelector("[data-valmsg-for=CareOf]")!.TextContent, StringComparison.Ordinal);

        var ok = await Skicka(utanCo, "070-111 22 33", "Maja Månsson");
        Assert.Equal($"/bestallning/{id}/bekrafta", ok.Headers.Location?.OriginalString);
        await Varukorg.SkickaAsync(k, id, bekrafta: false);
        await using var db = app.Databas();
        var b = await db.Bestallningar.SingleAsync(x => x.Id == id);
        Assert.Equal(LeveransTill.HemTillPatient, b.Leverans!.Till);
        Assert.Equal("Maja Månsson", b.Leverans.Adress.CareOf);
        Assert.Equal(Leveransprioritet.Akut, b.Leverans.Prioritet);
        Assert.Equal(Orderstatus.Registrerad, b.Status);
    }

    [Fact]
    public async Task Uttag_ur_eget_forrad_varnar_for_negativt_saldo_och_drar_forst_efter_bekraftelse()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, DemoData.PatientTolvan);
        await Varukorg.LaggTillAsync(k, id, "20410", 2, "EgetForrad");
        var bekrafta = await Varukorg.SlutforAsync(k, id, []);
        Assert.Contains("1 tillgängliga", bekrafta.QuerySelector("[data-testid=negativt-saldo]")!.TextContent, StringComparison.Ordinal);

        var nekad = await Html.LasAsync(await Varukorg.SkickaAsync(k, id, bekrafta: false));
        Assert.Contains("Uttaget gör saldot negativt", nekad.QuerySelector("[data-testid=fel]")!.TextContent, StringComparison.Ordinal);
        await using (var db = app.Databas())
        {
            Assert.Equal(Orderstatus.Pagaende, await db.Bestallningar.Where(b => b.Id == id).Select(b => b.Status).SingleAsync());
            Assert.Equal(1, await Saldo(db, "4711", "20410"));
        }

        var ok = await Varukorg.SkickaAsync(k, id, bekrafta: true);
        Assert.Equal($"/bestallning/{id}/skickad", ok.Headers.Location?.OriginalString);
        await using (var db = app.Databas())
        {
            var b = await db.Bestallningar.Include(x => x.Rader).SingleAsync(x => x.Id == id);
            Assert.Equal(Orderstatus.Utlevererad, b.Status);
            Assert.All(b.Rader, r => Assert.Equal(Radstatus.Levererad, r.Status));
            Assert.Null(b.Leverans);
            Assert.Equal(-1, await Saldo(db, "4711", "20410"));
            Assert.Equal("En beställning från eget förråd kan aldrig makuleras.", b.VarforEjMakulerbar());
        }
    }

    [Fact]
    public async Task Forskriva_individ_fran_eget_forrad_levererar_individen_med_avgift_och_komponenter()
    {
        var k = app.Klient(DemoData.SomnForskrivareHsaId);
        var start = await Html.LasAsync(await k.GetAsync("/bestallning/individ/2100502"));
        Assert.Null(start.QuerySelector("[data-testid=hinder]"));
        var svar = await Html.SkickaAsync(k, start, "form[action='/bestallning/individ/2100502']", ("Personnummer", DemoData.PatientLilleSkutt));
        var radUrl = svar.Headers.Location!.OriginalString;
        var id = int.Parse(radUrl.Split('/')[2], CultureInfo.InvariantCulture);
        var rad = await Html.LasAsync(await k.GetAsync(radUrl));
        Assert.Equal(3, rad.QuerySelectorAll("[data-testid=individens-komponenter] li").Length);
        await using var db0 = app.Databas();
        var maskL = await db0.Artiklar.Where(a => a.Artikelnummer == "40121").Select(a => a.Id).SingleAsync();
        var individId = await db0.Individer.Where(i => i.Individnummer == "2100502").Select(i => i.Id).SingleAsync();
        var cpapForst = await Saldo(db0, "4720", "40110");
        var maskForst = await Saldo(db0, "4720", "40121");
        Assert.Equal($"/bestallning/{id}", (await Varukorg.SparaRadAsync(k, radUrl, "ja",
            [new("Komponent", maskL.ToString(CultureInfo.InvariantCulture)), new("IndividId", individId.ToString(CultureInfo.InvariantCulture))])).Headers.Location?.OriginalString);

        var bekrafta = await Varukorg.SlutforAsync(k, id, []);
        Assert.Null(bekrafta.QuerySelector("[data-testid=negativt-saldo]"));
        Assert.Equal($"/bestallning/{id}/skickad", (await Varukorg.SkickaAsync(k, id, bekrafta: false)).Headers.Location?.OriginalString);

        await using var db = app.Databas();
        var individ = await db.Individer.Include(i => i.Komponenter).ThenInclude(c => c.Artikel).SingleAsync(i => i.Individnummer == "2100502");
        var skutt = await db.Mottagare.SingleAsync(m => m.Personnummer == Personnummer.FranLagrat(DemoData.PatientLilleSkutt));
        Assert.Equal(Individstatus.Levererad, individ.Status);
        Assert.Equal(skutt.Id, individ.MottagareId);
        Assert.Contains(individ.Komponenter, c => c.Artikel.Artikelnummer == "40121");
        var avgift = await db.Patientavgifter.SingleAsync(p => p.IndividId == individ.Id);
        Assert.Equal(Faktureringsstatus.SkaFaktureras, avgift.Status);
        Assert.Equal(avgift.LevereradDatum.AddDays(90), avgift.FakturerbarFran);
        Assert.Equal(cpapForst - 1, await Saldo(db, "4720", "40110"));
        Assert.Equal(maskForst - 1, await Saldo(db, "4720", "40121"));
        Assert.Equal(Orderstatus.Utlevererad, await db.Bestallningar.Where(b => b.Id == id).Select(b => b.Status).SingleAsync());

        var lan = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}/laneforbindelse"));
        Assert.Equal("cpap", lan.QuerySelector<IElement>("#mall option[selected]")!.GetAttribute("value"));
        var radIds = lan.QuerySelectorAll("input[name=rad][checked]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Single(radIds);
        var ingen = await Html.LasAsync(await Html.SkickaAsync(k, lan, "[data-testid=laneforbindelseval]", ("mall", "cpap"), ("rad", "")));
        Assert.Contains("Välj minst ett hjälpmedel", ingen.QuerySelector("[data-valmsg-for=rad]")!.TextContent, StringComparison.Ordinal);
        var pdf = await Html.SkickaAsync(k, ingen, "[data-testid=laneforbindelseval]", ("mall", "cpap"), ("rad", radIds[0]));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ExtraheraAsync(await pdf.Content.ReadAsByteArrayAsync());
        foreach (var forvantat in new[] { "CPAP - Ansvarsblankett", "Region Skåne", "Lille Skutt", "20030303-0308", "Morotslandet 3", "Cecilia Carlsson",
            "Sömnmottagningen Malmö", "40110", "CPAP AirSense 10 AutoSet", "2100502", "23181234502", "90 dagar", "Patientens/låntagarens underskrift", "Förskrivarens underskrift" })
        {
            Assert.Contains(forvantat, text, StringComparison.Ordinal);
        }
        Assert.Contains(await db.Logg.Select(l => l.Handling).ToListAsync(), h => h == "Utskrift");
    }

    [Fact]
    public async Task Laneforbindelse_med_bilaga_1_visar_inte_adressen_vid_skyddad_identitet()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, DemoData.PatientSkyddad);
        await Varukorg.LaggTillAsync(k, id, "72481", 1, "Hjalpmedelsverksamhet");
        var slutfor = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}/slutfor"));
        Assert.Equal("", slutfor.QuerySelector<IElement>("#Gatuadress")!.GetAttribute("value") ?? "");
        await Varukorg.SlutforAsync(k, id, []);
        Assert.Equal($"/bestallning/{id}/skickad", (await Varukorg.SkickaAsync(k, id, bekrafta: false)).Headers.Location?.OriginalString);

        var lan = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}/laneforbindelse"));
        Assert.Equal("lan", lan.QuerySelector<IElement>("#mall option[selected]")!.GetAttribute("value"));
        var pdf = await Html.SkickaAsync(k, lan, "[data-testid=laneforbindelseval]", ("mall", "lan"));
        var text = await PdfText.ExtraheraAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Låneförbindelse", text, StringComparison.Ordinal);
        Assert.Contains("Bilaga 1", text, StringComparison.Ordinal);
        Assert.Contains("Skyddad identitet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sekretessgatan", text, StringComparison.Ordinal);
        Assert.Contains("Korg till Rollator Futura", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bestall_fran_artikelsidan_tar_med_artikeln_till_varukorgen()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var ny = await Html.LasAsync(await k.GetAsync("/bestallning/ny?artikel=20410"));
        Assert.Equal("20410", ny.QuerySelector<IElement>("input[name=Artikel]")!.GetAttribute("value"));
        var svar = await Html.SkickaAsync(k, ny, "form[action='/bestallning/ny']", ("Personnummer", DemoData.PatientTolvan));
        var url = svar.Headers.Location!.OriginalString;
        Assert.EndsWith("?artikel=20410", url, StringComparison.Ordinal);
        var varukorg = await Html.LasAsync(await k.GetAsync(url));
        Assert.Equal("20410", varukorg.QuerySelector<IElement>("#Artikelnummer")!.GetAttribute("value"));
        Assert.NotNull(varukorg.QuerySelector("#kalla-hmv[checked]"));

        var sok = await Html.LasAsync(await k.GetAsync(url.Split('?')[0] + "?sok=rollator%20futura"));
        Assert.Contains(sok.QuerySelectorAll("[data-testid=traffar] td").Select(t => t.TextContent), t => t == "19961");
    }

    [Fact]
    public async Task Individ_utanfor_anvandarens_forrad_kan_inte_levereras()
    {
        var k = app.Klient(DemoData.BestallareHsaId);
        var sida = await Html.LasAsync(await k.GetAsync("/bestallning/individ/2100503"));
        Assert.Contains("finns inte i förrådet för tjänstestället du arbetar i (4711 Rehabmottagningen Lund)", sida.QuerySelector("[data-testid=hinder]")!.TextContent, StringComparison.Ordinal);
        Assert.True(sida.QuerySelector("form[action='/bestallning/individ/2100503'] button[type=submit]")!.HasAttribute("disabled"));
        var levererad = await Html.LasAsync(await k.GetAsync("/bestallning/individ/1438560"));
        Assert.Contains("inte på lager", levererad.QuerySelector("[data-testid=hinder]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await k.GetAsync("/bestallning/individ/finns-inte")).StatusCode);
    }

    [Fact]
    public async Task Bestallare_bestaller_bara_i_en_kopplad_forskrivares_namn()
    {
        var k = app.Klient(DemoData.BestallareHsaId);
        var start = await Html.LasAsync(await k.GetAsync("/bestallning"));
        var val = start.QuerySelectorAll("#ForskrivareId option").Select(o => o.TextContent).ToList();
        Assert.Equal(["RS1001 Anna Andersson"], val);
        await using var db = app.Databas();
        var cecilia = await db.Anvandare.Where(a => a.HsaId == DemoData.SomnForskrivareHsaId).Select(a => a.Id).SingleAsync();
        // The list offers no such förskrivare: a forged request.
        var nekad = await Html.LasAsync(await k.PostAsync("/bestallning/ny", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(start),
            ["Personnummer"] = DemoData.PatientTolvan,
            ["ForskrivareId"] = cecilia.ToString(CultureInfo.InvariantCulture),
            ["TjanstestalleId"] = start.QuerySelector<IElement>("#TjanstestalleId option[selected]")!.GetAttribute("value")!,
        })));
        Assert.Contains("förskrivare som är kopplad till dig", nekad.QuerySelector("[data-valmsg-for=ForskrivareId]")!.TextContent, StringComparison.Ordinal);

        var id = await Varukorg.NyAsync(k, DemoData.PatientTolvan);
        var b = await db.Bestallningar.Include(x => x.Forskrivare).Include(x => x.RegistreradAv).SingleAsync(x => x.Id == id);
        Assert.Equal(DemoData.ForskrivareHsaId, b.Forskrivare.HsaId);
        Assert.Equal(DemoData.BestallareHsaId, b.RegistreradAv.HsaId);
    }

    [Fact]
    public async Task Femtio_klienter_som_tavlar_om_samma_individ_ger_exakt_en_vinnare()
    {
        const int Antal = 50;
        int[] varukorgar;
        await using (var db = app.Databas())
        {
            var cecilia = await db.Anvandare.Include(a => a.Tjanstestallen).ThenInclude(t => t.Tjanstestalle).SingleAsync(a => a.HsaId == DemoData.SomnForskrivareHsaId);
            var patient = await db.Mottagare.SingleAsync(m => m.Personnummer == Personnummer.FranLagrat(DemoData.PatientTolvan));
            var individ = await db.Individer.Include(i => i.Artikel).Include(i => i.Lager).SingleAsync(i => i.Individnummer == "2100501");
            var somn = cecilia.Tjanstestallen.Single().Tjanstestalle;
            var lista = Enumerable.Range(0, Antal).Select(_ =>
            {
                var b = Bestallning.NyForskrivning(patient, cecilia, cecilia, somn, app.Klocka.Nu());
                var rad = b.LaggTillRad(individ.Artikel, 1, Leveranskalla.EgetForrad, individ.Lager!, Debiteringsform.Hyra, 0m);
                rad.AngeIndivid(individ);
                rad.SvaraPatientavgift(false);
                return b;
            }).ToList();
            db.AddRange(lista);
            await db.SaveChangesAsync();
            varukorgar = lista.Select(b => b.Id).ToArray();
        }
        var klienter = varukorgar.Select(_ => app.Klient(DemoData.SomnForskrivareHsaId)).ToArray();
        var sidor = await Task.WhenAll(varukorgar.Select(async (id, i) => await Html.LasAsync(await klienter[i].GetAsync($"/bestallning/{id}/bekrafta"))));

        var svar = await Task.WhenAll(varukorgar.Select((id, i) => Html.SkickaAsync(klienter[i], sidor[i], $"form[action='/bestallning/{id}/skicka']")));

        Assert.Equal(1, svar.Count(s => s.StatusCode == HttpStatusCode.Redirect));
        foreach (var forlorare in svar.Where(s => s.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Equal(HttpStatusCode.OK, forlorare.StatusCode);
            var fel = (await Html.LasAsync(forlorare)).QuerySelector("[data-testid=fel]")!.TextContent;
            Assert.True(fel.Contains("Någon annan hann före", StringComparison.Ordinal) || fel.Contains("inte längre tillgänglig", StringComparison.Ordinal), fel);
        }
        await using var kontroll = app.Databas();
        Assert.Equal(1, await kontroll.Bestallningar.CountAsync(b => varukorgar.Contains(b.Id) && b.Status == Orderstatus.Utlevererad));
        Assert.Equal(Antal - 1, await kontroll.Bestallningar.CountAsync(b => varukorgar.Contains(b.Id) && b.Status == Orderstatus.Pagaende));
        Assert.Equal(Individstatus.Levererad, await kontroll.Individer.Where(i => i.Individnummer == "2100501").Select(i => i.Status).SingleAsync());
    }

    [Fact]
    public async Task Komplettera_levererad_individ_visas_som_komponenter_pa_vag_tills_levererad()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, DemoData.PatientTolvan);
        await Varukorg.LaggTillAsync(k, id, "56283", 1, "Hjalpmedelsverksamhet");
        await using var db = app.Databas();
        var radId = await db.Orderrader.Where(r => r.BestallningId == id).Select(r => r.Id).SingleAsync();
        var individId = await db.Individer.Where(i => i.Individnummer == "1438560").Select(i => i.Id).SingleAsync();
        var radUrl = $"/bestallning/{id}/rad/{radId}";
        var rad = await Html.LasAsync(await k.GetAsync(radUrl));
        Assert.NotNull(rad.QuerySelector($"#KompletterarIndividId option[value='{individId}']"));
        Assert.Null(rad.QuerySelector("#KompletterarIndividId option[value][selected]:not([value=''])"));
        await Varukorg.SparaRadAsync(k, radUrl, null, [new("KompletterarIndividId", individId.ToString(CultureInfo.InvariantCulture))]);
        var ordernummer = await Varukorg.SlutforOchSkickaAsync(k, id, []);

        var paVag = await Html.LasAsync(await k.GetAsync("/bestallning/komponenter-pa-vag/1438560"));
        var lank = paVag.QuerySelector("[data-testid=pa-vag] a")!;
        Assert.Equal(ordernummer, lank.TextContent);
        Assert.Contains("56283", paVag.QuerySelector("[data-testid=pa-vag]")!.TextContent, StringComparison.Ordinal);
        var kort = await Html.LasAsync(await k.GetAsync("/individ/1438560"));
        Assert.Equal("/bestallning/komponenter-pa-vag/1438560", kort.QuerySelector("[data-testid=komponenter-pa-vag]")?.GetAttribute("href"));
        var detaljer = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}"));
        Assert.Contains("Komplettering till individ 1438560", detaljer.QuerySelector("[data-testid=rader]")!.TextContent, StringComparison.Ordinal);

        await Logistikflode.LevereraAsync(app, id);
        var levererad = await Html.LasAsync(await k.GetAsync("/bestallning/komponenter-pa-vag/1438560"));
        Assert.Null(levererad.QuerySelector("[data-testid=pa-vag]"));
        Assert.Null((await Html.LasAsync(await k.GetAsync("/individ/1438560"))).QuerySelector("[data-testid=komponenter-pa-vag]"));
    }

    [Fact]
    public async Task Samtidiga_uttag_av_samma_artiklar_lyckas_alla_med_unika_nummer_och_exakt_saldo()
    {
        const int Antal = 16;
        string[] artiklar = ["40122", "40123", "40120"];
        int[] varukorgar;
        Dictionary<string, int> fore;
        await using (var db = app.Databas())
        {
            var cecilia = await db.Anvandare.Include(a => a.Tjanstestallen).ThenInclude(t => t.Tjanstestalle).SingleAsync(a => a.HsaId == DemoData.SomnForskrivareHsaId);
            var patient = await db.Mottagare.SingleAsync(m => m.Personnummer == Personnummer.FranLagrat(DemoData.PatientTolvan));
            var somn = cecilia.Tjanstestallen.Single().Tjanstestalle;
            var forrad = await db.Lager.SingleAsync(l => l.Id == somn.ForradId);
            var saldon = await db.Lagersaldon.Include(s => s.Artikel).Where(s => s.LagerId == forrad.Id && artiklar.Contains(s.Artikel.Artikelnummer)).ToListAsync();
            saldon.ForEach(s => s.TaEmot(100));
            var lista = Enumerable.Range(0, Antal).Select(_ =>
            {
                var b = Bestallning.NyForskrivning(patient, cecilia, cecilia, somn, app.Klocka.Nu());
                foreach (var s in saldon)
                {
                    b.LaggTillRad(s.Artikel, 1, Leveranskalla.EgetForrad, forrad, Debiteringsform.Hyra, 0m);
                }
                return b;
            }).ToList();
            db.AddRange(lista);
            await db.SaveChangesAsync();
            varukorgar = lista.Select(b => b.Id).ToArray();
            fore = saldon.ToDictionary(s => s.Artikel.Artikelnummer, s => s.Saldo);
        }
        var klienter = varukorgar.Select(_ => app.Klient(DemoData.SomnForskrivareHsaId)).ToArray();
        var sidor = await Task.WhenAll(varukorgar.Select(async (id, i) => await Html.LasAsync(await klienter[i].GetAsync($"/bestallning/{id}/bekrafta"))));
        var svar = await Task.WhenAll(varukorgar.Select((id, i) => Html.SkickaAsync(klienter[i], sidor[i], $"form[action='/bestallning/{id}/skicka']")));
        Assert.All(svar, s => Assert.Equal(HttpStatusCode.Redirect, s.StatusCode));

        await using var kontroll = app.Databas();
        var nummer = await kontroll.Bestallningar.Where(b => varukorgar.Contains(b.Id)).Select(b => b.Ordernummer).ToListAsync();
        Assert.Equal(Antal, nummer.Where(n => n != null).Distinct().Count());
        foreach (var artikel in artiklar)
        {
            Assert.Equal(fore[artikel] - Antal, await Saldo(kontroll, "4720", artikel));
        }
    }

    [Fact]
    public async Task Bilagor_pa_en_rad_har_storleks_och_typgrans_med_tydliga_meddelanden()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, DemoData.PatientTolvan);
        await Varukorg.LaggTillAsync(k, id, "20410", 1, "Hjalpmedelsverksamhet", "Se måttbladet");
        await using var db = app.Databas();
        var radId = await db.Orderrader.Where(r => r.BestallningId == id).Select(r => r.Id).SingleAsync();
        var radUrl = $"/bestallning/{id}/rad/{radId}";
        async Task<HttpResponseMessage> Ladda(string filnamn, byte[] innehall)
        {
            var sida = await Html.LasAsync(await k.GetAsync(radUrl));
            using var form = new MultipartFormDataContent
            {
                { new StringContent(Html.Token(sida)), "__RequestVerificationToken" },
                { new ByteArrayContent(innehall), "Bilaga", filnamn },
            };
            return await k.PostAsync($"{radUrl}/bilaga", form);
        }

        var pdf = "%PDF-1.4 måttblad"u8.ToArray();
        Assert.Equal(radUrl, (await Ladda("måttblad.pdf", pdf)).Headers.Location?.OriginalString);
        var fel = await Html.LasAsync(await Ladda("program.exe", [1, 2, 3]));
        Assert.Contains("Filtypen kan inte bifogas", fel.QuerySelector("[data-valmsg-for=Bilaga]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Se måttbladet", fel.QuerySelector("#Kommentar")!.TextContent);
        var stor = await Html.LasAsync(await Ladda("stor.pdf", new byte[Bilagefil.MaxStorlek + 1]));
        Assert.Contains("Filen är för stor", stor.QuerySelector("[data-valmsg-for=Bilaga]")!.TextContent, StringComparison.Ordinal);
        var tom = await Html.LasAsync(await Ladda("tom.pdf", []));
        Assert.Contains("Välj en fil", tom.QuerySelector("[data-valmsg-for=Bilaga]")!.TextContent, StringComparison.Ordinal);

        var rad = await Html.LasAsync(await k.GetAsync(radUrl));
        var lank = rad.QuerySelector<IElement>("[data-testid=bilagelista] a")!;
        Assert.Equal("måttblad.pdf", lank.TextContent);
        var nedladdad = await k.GetAsync(lank.GetAttribute("href"));
        Assert.Equal("application/pdf", nedladdad.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await nedladdad.Content.ReadAsByteArrayAsync());
        var varukorg = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}"));
        Assert.Contains("1 bilaga", varukorg.QuerySelector("[data-testid=bilagor]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Klient(DemoData.AndraEnhetensForskrivareHsaId).GetAsync(lank.GetAttribute("href"))).StatusCode);

        await Html.SkickaAsync(k, varukorg, $"form[action='/bestallning/{id}/rad/{radId}/ta-bort']");
        Assert.Equal(0, await db.OrderradBilagor.CountAsync(b => b.OrderradId == radId));
    }

    [Fact]
    public async Task Bilagans_namn_sparas_utan_sokvag_och_kodas_inte_dubbelt()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, DemoData.PatientTolvan);
        await Varukorg.LaggTillAsync(k, id, "20410", 1, "Hjalpmedelsverksamhet");
        await using var db = app.Databas();
        var radId = await db.Orderrader.Where(r => r.BestallningId == id).Select(r => r.Id).SingleAsync();
        var radUrl = $"/bestallning/{id}/rad/{radId}";
        async Task Ladda(string filnamn)
        {
            var sida = await Html.LasAsync(await k.GetAsync(radUrl));
            using var form = new MultipartFormDataContent
            {
                { new StringContent(Html.Token(sida)), "__RequestVerificationToken" },
                { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "Bilaga", filnamn },
            };
            Assert.Equal(radUrl, (await k.PostAsync($"{radUrl}/bilaga", form)).Headers.Location?.OriginalString);
        }

        // A browser sends the name Mått "rev 2".pdf as Mått %22rev 2%22.pdf (HTML's multipart encoding).
        await Ladda("Mått %22rev 2%22.pdf");
        await Ladda("C:\\fakepath\\matt.pdf");
        Assert.Equal(["Mått \"rev 2\".pdf", "matt.pdf"],
            await db.OrderradBilagor.Where(b => b.OrderradId == radId).OrderBy(b => b.Id).Select(b => b.Filnamn).ToListAsync());
        var rad = await Html.LasAsync(await k.GetAsync(radUrl));
        var lank = rad.QuerySelector<IElement>("[data-testid=bilagelista] a")!;
        Assert.Equal("Mått \"rev 2\".pdf", lank.TextContent);
        var nedladdad = await k.GetAsync(lank.GetAttribute("href"));
        Assert.Equal("Mått \"rev 2\".pdf", nedladdad.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Artikeln_sjalv_kan_inte_laggas_till_som_komponent()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, DemoData.PatientLilleSkutt);
        var radUrl = (await Varukorg.LaggTillAsync(k, id, "75178", 1, "Hjalpmedelsverksamhet")).Headers.Location!.OriginalString;
        await using var db = app.Databas();
        var huvudartikel = await db.Artiklar.Where(a => a.Artikelnummer == "75178").Select(a => a.Id).SingleAsync();

        // The page offers no such choice: posted as a hand-made request would.
        var svar = await k.PostAsync(radUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(await Html.LasAsync(await k.GetAsync(radUrl))),
            ["Antal"] = "1",
            ["Komponent"] = huvudartikel.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        var sida = await Html.LasAsync(svar);
        Assert.Contains("Artikel 75178 är ingen komponent till artikel 75178", sida.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        var radId = int.Parse(radUrl.Split('/')[4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(await db.Set<OrderradKomponent>().AnyAsync(c => c.OrderradId == radId && c.ArtikelId == huvudartikel));
    }

    [Fact]
    public async Task Individuttag_med_antal_tre_avvisas_i_stallet_for_att_sparas_som_ett()
    {
        var k = app.Klient(DemoData.SomnForskrivareHsaId);
        var id = await Varukorg.NyAsync(k, DemoData.PatientLilleSkutt);
        var radUrl = (await Varukorg.LaggTillAsync(k, id, "40110", 3, "EgetForrad")).Headers.Location!.OriginalString;
        await using var db = app.Databas();
        // Any individ still in the förråd: other tests deliver some of them.
        var individId = (await Html.LasAsync(await k.GetAsync(radUrl))).QuerySelectorAll("#IndividId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;

        var svar = await Varukorg.SparaRadAsync(k, radUrl, "ja", [new("Antal", "3"), new("IndividId", individId)]);
        var sida = await Html.LasAsync(svar);
        Assert.Contains("ange antal 1 när du lämnar ut individ", sida.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("3", sida.QuerySelector("#Antal")!.GetAttribute("value"));
        var rad = await db.Orderrader.AsNoTracking().SingleAsync(r => r.BestallningId == id);
        Assert.Equal((3, null), (rad.Antal, rad.IndividId));
    }

    private static Task<int> Saldo(SesamDbContext db, string lager, string artikel) =>
        db.Lagersaldon.Where(s => s.Lager.Nummer == lager && s.Artikel.Artikelnummer == artikel).Select(s => s.Saldo).SingleAsync();
}

public sealed class BestallningTestsSqlite(SqliteApp app) : BestallningTests<SqliteApp>(app);

public sealed class BestallningTestsPostgres(PostgresApp app) : BestallningTests<PostgresApp>(app);

/// <summary>Drives the wizard like a browser: reads each page's form and submits it with its own fields and token.</summary>
internal static class Varukorg
{
    public static async Task<int> NyAsync(HttpClient k, string personnummer)
    {
        var start = await Html.LasAsync(await k.GetAsync("/bestallning"));
        var svar = await Html.SkickaAsync(k, start, "form[action='/bestallning/ny']", ("Personnummer", personnummer));
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        return int.Parse(svar.Headers.Location!.OriginalString.Split('/', '?')[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<HttpResponseMessage> LaggTillAsync(HttpClient k, int id, string artikel, int antal, string kalla, string kommentar = "") =>
        LaggTillAsync(k, id, artikel, antal.ToString(System.Globalization.CultureInfo.InvariantCulture), kalla, kommentar);

    public static async Task<HttpResponseMessage> LaggTillAsync(HttpClient k, int id, string artikel, string antal, string kalla, string kommentar)
    {
        var sida = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}"));
        return await Html.SkickaAsync(k, sida, $"form[action='/bestallning/{id}/rad']",
            ("Artikelnummer", artikel), ("Antal", antal), ("Kalla", kalla), ("Kommentar", kommentar));
    }

    /// <summary>Submits the row step with its current values, the fee answer and <paramref name="extra"/> fields.</summary>
    public static async Task<HttpResponseMessage> SparaRadAsync(HttpClient k, string radUrl, string? avgift, IReadOnlyList<KeyValuePair<string, string>> extra)
    {
        var sida = await Html.LasAsync(await k.GetAsync(radUrl));
        var falt = extra.Select(e => (e.Key, e.Value)).ToList();
        if (avgift is not null)
        {
            falt.Add(("Patientavgift", avgift));
        }
        return await Html.SkickaAsync(k, sida, $"form[action='{radUrl}']", [.. falt]);
    }

    /// <summary>"Slutför beställning" with the defaults shown (delivered to the unit where the order is delivered,
    /// unless <paramref name="andra"/> says otherwise), then the Bekräfta page.</summary>
    public static async Task<IDocument> SlutforAsync(HttpClient k, int id, Dictionary<string, string> andra)
    {
        var sida = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}/slutfor"));
        var formular = $"form[action='/bestallning/{id}/slutfor']";
        var falt = new Dictionary<string, string>(andra);
        if (sida.QuerySelector($"{formular} [name=Till]") is not null)
        {
            falt.TryAdd("Till", "MottagningEnhet");
        }
        var svar = await Html.SkickaAsync(k, sida, formular, [.. falt.Select(f => (f.Key, f.Value))]);
        Assert.Equal($"/bestallning/{id}/bekrafta", svar.Headers.Location?.OriginalString);
        return await Html.LasAsync(await k.GetAsync($"/bestallning/{id}/bekrafta"));
    }

    public static async Task<HttpResponseMessage> SkickaAsync(HttpClient k, int id, bool bekrafta)
    {
        var sida = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}/bekrafta"));
        var formular = $"form[action='/bestallning/{id}/skicka']";
        // The confirmation is asked only when the page foresees a negative saldo.
        return bekrafta && sida.QuerySelector($"{formular} [name=negativtSaldoBekraftat]") is not null
            ? await Html.SkickaAsync(k, sida, formular, ("negativtSaldoBekraftat", "true"))
            : await Html.SkickaAsync(k, sida, formular);
    }

    /// <summary>Sends an order of one artikel that completes the patient's delivered individ (komplettera levererad
    /// individ), the way a user does it: a cart, a row marked as completing the individ, then Skicka. Returns the ordernummer.</summary>
    public static async Task<string> SkickaKompletteringAsync(SesamAppFactory app, HttpClient k, string personnummer, string artikel, string individnummer)
    {
        var id = await NyAsync(k, personnummer);
        await LaggTillAsync(k, id, artikel, 1, "Hjalpmedelsverksamhet");
        int radId, individId;
        await using (var db = app.Databas())
        {
            radId = await db.Orderrader.Where(r => r.BestallningId == id).Select(r => r.Id).SingleAsync();
            individId = await db.Individer.Where(i => i.Individnummer == individnummer).Select(i => i.Id).SingleAsync();
        }
        await SparaRadAsync(k, $"/bestallning/{id}/rad/{radId}", null, [new("KompletterarIndividId", individId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        return await SlutforOchSkickaAsync(k, id, []);
    }

    public static async Task<string> SlutforOchSkickaAsync(HttpClient k, int id, Dictionary<string, string> andra)
    {
        await SlutforAsync(k, id, andra);
        var svar = await SkickaAsync(k, id, bekrafta: false);
        Assert.Equal($"/bestallning/{id}/skickad", svar.Headers.Location?.OriginalString);
        var sida = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}/skickad"));
        return sida.QuerySelector("[data-testid=ordernummer]")!.TextContent;
    }
}
