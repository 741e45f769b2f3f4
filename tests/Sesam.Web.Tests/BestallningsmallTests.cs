using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Artiklar → Beställningsmallar: create and edit a mall, then refill the förråd from it.</summary>
public abstract class BestallningsmallTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    /// <summary>Opens <paramref name="sida"/> and submits its form <paramref name="formular"/> with <paramref name="falt"/> filled in.</summary>
    private static async Task<HttpResponseMessage> SkickaAsync(HttpClient k, string sida, string formular, params (string Namn, string Varde)[] falt) =>
        await Html.SkickaAsync(k, await Html.LasAsync(await k.GetAsync(sida)), formular, falt);

    /// <summary>A request no form of the page would send (another role's action, a + no hit offers): the fields and the
    /// page's token by hand.</summary>
    private static async Task<HttpResponseMessage> ForfalskaAsync(HttpClient k, string sida, string url, params (string Namn, string Varde)[] falt)
    {
        var dokument = await Html.LasAsync(await k.GetAsync(sida));
        return await k.PostAsync(url, new FormUrlEncodedContent(falt.Select(f => new KeyValuePair<string, string>(f.Namn, f.Varde))
            .Append(new("__RequestVerificationToken", Html.Token(dokument)))));
    }

    private static async Task<int> SkapaAsync(HttpClient k, string namn)
    {
        var svar = await SkickaAsync(k, "/bestallningsmallar", "form[data-testid=ny-mall]", ("Namn", namn), ("Beskrivning", "Det vi brukar ha hemma"));
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        return int.Parse(svar.Headers.Location!.OriginalString.Split('/')[2], CultureInfo.InvariantCulture);
    }

    /// <summary>A new mall with 72481 Korg and 72480 Mjuksits, antal 1 each.</summary>
    private static async Task<int> SkapaMedKorgOchSitsAsync(HttpClient k, string namn)
    {
        var id = await SkapaAsync(k, namn);
        await LaggTillAsync(k, id, "72481");
        await LaggTillAsync(k, id, "72480");
        return id;
    }

    private static async Task<string> VersionAsync(HttpClient k, int id) =>
        (await Html.LasAsync(await k.GetAsync($"/bestallningsmallar/{id}/redigera"))).QuerySelector("input[name=Version]")!.GetAttribute("value")!;

    /// <summary>+ on the artikel's hit when searching for its number: the whole edit form as it stands and the artikelnummer.</summary>
    private static async Task LaggTillAsync(HttpClient k, int id, string artikelnummer)
    {
        var sida = await Html.LasAsync(await k.GetAsync($"/bestallningsmallar/{id}/redigera?sok={artikelnummer}"));
        var svar = await Html.SkickaAsync(k, sida, "form#redigera", ("artikelnummer", artikelnummer));
        Assert.True(svar.StatusCode == HttpStatusCode.OK, $"{svar.StatusCode} {svar.RequestMessage?.RequestUri}: {(await Html.LasAsync(svar)).QuerySelector("[data-testid=fel]")?.TextContent}");
    }

    /// <summary>What + would post for an artikel no search shows (an utgången one, as an older page had it): crafted
    /// from the whole edit form as it stands and the artikelnummer.</summary>
    private static async Task LaggTillUtanSokningAsync(HttpClient k, int id, string artikelnummer)
    {
        var sida = await Html.LasAsync(await k.GetAsync($"/bestallningsmallar/{id}/redigera"));
        var svar = await k.PostAsync($"/bestallningsmallar/{id}/artikel", new FormUrlEncodedContent(Formular(sida, [])
            .Append((Namn: "artikelnummer", Varde: artikelnummer)).Select(f => new KeyValuePair<string, string>(f.Namn, f.Varde))));
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
    }

    /// <summary>The edit form's fields as a browser would send them (the search box outside it too), with <paramref name="skrivet"/>
    /// typed over them.</summary>
    private static List<(string Namn, string Varde)> Formular(AngleSharp.Dom.IDocument sida, Dictionary<string, string> skrivet) =>
        sida.QuerySelectorAll("form#redigera input[name], form#redigera textarea[name], input[form=redigera][name]")
            .Select(e => (Namn: e.GetAttribute("name")!, Varde: e.LocalName == "textarea" ? e.TextContent : e.GetAttribute("value") ?? ""))
            .Select(f => skrivet.TryGetValue(f.Namn, out var v) ? (f.Namn, Varde: v) : f)
            .ToList();

    /// <summary>Clicks a submit button of the edit form: the whole form, with <paramref name="skrivet"/> typed, and the button's own name and value go to its formaction.</summary>
    private static Task<HttpResponseMessage> KlickaAsync(HttpClient k, AngleSharp.Dom.IDocument sida, string knapp, Dictionary<string, string> skrivet) =>
        Html.SkickaAsync(k, sida, "form#redigera", knapp, skrivet.Select(f => (f.Key, f.Value)).ToArray());

    [Fact]
    public async Task Mallen_skapas_redigeras_och_fyller_pa_forradet_rad_for_rad()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var id = await SkapaAsync(anna, "Korgar och dynor");
        var sok = await Html.LasAsync(await anna.GetAsync($"/bestallningsmallar/{id}/redigera?sok=korg"));
        Assert.NotNull(sok.QuerySelector("[data-testid=traffar] button[aria-label^='Lägg till 72481']"));
        await LaggTillAsync(anna, id, "72481");
        await LaggTillAsync(anna, id, "72480");
        await LaggTillUtanSokningAsync(anna, id, "16640");

        var redigera = await Html.LasAsync(await anna.GetAsync($"/bestallningsmallar/{id}/redigera"));
        Assert.Equal("Artiklar i mallen (3)", redigera.QuerySelector("[data-testid=redigera] h2")!.TextContent);
        var antal = new Dictionary<string, string> { ["72481"] = "4", ["72480"] = "2", ["16640"] = "1" };
        var rader = redigera.QuerySelectorAll("[data-testid=mallrader] tbody tr")
            .Select(r => (Falt: r.QuerySelector("input[type=number]")!.GetAttribute("name")!, Antal: antal[r.GetAttribute("data-artikel")!])).ToList();
        // An emptied antal is refused with the artikel named, and nothing is saved.
        var tom = await SkickaAsync(anna, $"/bestallningsmallar/{id}/redigera", "form#redigera",
            [("Namn", "Rollatortillbehör Lund"), ("Beskrivning", ""), (rader[0].Falt, ""),
                ..rader.Skip(1).Select(r => (r.Falt, "7"))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tom.StatusCode);
        var tomSida = await Html.LasAsync(tom);
        Assert.Equal("Antal för artikel 16640 måste vara ett heltal mellan 1 och 999.", tomSida.QuerySelector("[data-testid=fel]")!.TextContent);
        Assert.Equal("7", tomSida.QuerySelector($"input[name='{rader[2].Falt}']")!.GetAttribute("value"));
        Assert.Equal("Rollatortillbehör Lund", tomSida.QuerySelector("#Namn")!.GetAttribute("value"));
        var spara = await SkickaAsync(anna, $"/bestallningsmallar/{id}/redigera", "form#redigera",
            [("Namn", "Rollatortillbehör Lund"), ("Beskrivning", ""),
                ..rader.Select(r => (r.Falt, r.Antal))]);
        Assert.Equal(HttpStatusCode.Redirect, spara.StatusCode);

        var mall = await Html.LasAsync(await anna.GetAsync($"/bestallningsmallar/{id}"));
        Assert.Equal("Rollatortillbehör Lund", mall.QuerySelector("h1")!.TextContent);
        Assert.Equal("4711 Förråd Rehabmottagningen Lund", mall.QuerySelector("[data-testid=mottagande-lager]")!.TextContent);
        Assert.Equal("4", mall.QuerySelector("tr[data-artikel='72481'] input[name=antal]")!.GetAttribute("value"));
        Assert.StartsWith("Ogiltig artikel: Artikel 16640 har utgått", mall.QuerySelector("tr[data-artikel='16640'] [data-testid=ogiltig]")!.TextContent, StringComparison.Ordinal);
        // Beställ is not active until a lagerpåfyllnad is started.
        Assert.True(mall.QuerySelector("tr[data-artikel='72481'] button")!.HasAttribute("disabled"));
        var forTidigt = await SkickaAsync(anna, $"/bestallningsmallar/{id}", "tr[data-artikel='72481'] form", ("antal", "4"));
        Assert.Equal(HttpStatusCode.Redirect, forTidigt.StatusCode);
        Assert.StartsWith("Klicka först på Lagerpåfyllnad", (await Html.LasAsync(await anna.GetAsync($"/bestallningsmallar/{id}"))).QuerySelector("[data-testid=fel]")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await SkickaAsync(anna, $"/bestallningsmallar/{id}", "form[action$='/lagerpafyllnad']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SkickaAsync(anna, $"/bestallningsmallar/{id}", "tr[data-artikel='72481'] form", ("antal", "6"))).StatusCode);
        var efter = await Html.LasAsync(await anna.GetAsync($"/bestallningsmallar/{id}"));
        Assert.Equal("6 st 72481 Korg till Rollator Futura är tillagd i lagerpåfyllnaden.", efter.QuerySelector("[data-testid=meddelande]")!.TextContent);
        Assert.Equal("✓ Tillagd", efter.QuerySelector("tr[data-artikel='72481'] [data-testid=tillagd]")!.TextContent);
        Assert.Null(efter.QuerySelector("tr[data-artikel='72480'] [data-testid=tillagd]"));
        var pagaende = int.Parse(efter.QuerySelector("[data-testid=pagaende-lagerpafyllnad]")!.GetAttribute("href")!.Split('/')[2], CultureInfo.InvariantCulture);
        // Beställ of the row again, as from a page opened before the first: the row now offers none, so the request is crafted.
        var igen = await ForfalskaAsync(anna, $"/bestallningsmallar/{id}", $"/bestallningsmallar/{id}/bestall",
            ("rad", mall.QuerySelector("tr[data-artikel='72481'] input[name=rad]")!.GetAttribute("value")!), ("antal", "1"));
        Assert.Equal(HttpStatusCode.Redirect, igen.StatusCode);
        Assert.StartsWith("Artikel 72481 finns redan i den pågående lagerpåfyllnaden.",
            (await Html.LasAsync(await anna.GetAsync($"/bestallningsmallar/{id}"))).QuerySelector("[data-testid=fel]")!.TextContent, StringComparison.Ordinal);

        await using var db = app.Databas();
        var order = await db.Bestallningar.Include(b => b.Rader).ThenInclude(r => r.Artikel).Include(b => b.MottagandeLager).SingleAsync(b => b.Id == pagaende);
        Assert.Equal((Ordertyp.Lagerpafyllnad, "4711", true), (order.Ordertyp, order.MottagandeLager!.Nummer, order.Samleverans));
        Assert.Equal([("72481", 6)], order.Rader.Select(r => (r.Artikel.Artikelnummer, r.Antal)).ToList());
        Assert.Equal("Pågående lagerpåfyllnad", (await Html.LasAsync(await anna.GetAsync($"/bestallning/{pagaende}"))).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Felaktiga_uppgifter_och_en_inaktuell_sida_behaller_det_som_skrevs()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var tom = await SkickaAsync(anna, "/bestallningsmallar", "form[data-testid=ny-mall]", ("Namn", " "), ("Beskrivning", "Behålls"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tom.StatusCode);
        var sida = await Html.LasAsync(tom);
        Assert.Equal("Ange ett namn på beställningsmallen.", sida.QuerySelector("[data-testid=fel]")!.TextContent);
        Assert.Equal("Behålls", sida.QuerySelector("#Beskrivning")!.TextContent);

        var id = await SkapaAsync(anna, "Sömnmallen");
        var gammalSida = await Html.LasAsync(await anna.GetAsync($"/bestallningsmallar/{id}/redigera"));
        var gammal = gammalSida.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        await LaggTillAsync(anna, id, "72481");
        var inaktuell = await Html.SkickaAsync(anna, gammalSida, "form#redigera", ("Namn", "Mitt nya namn"), ("Beskrivning", ""));
        Assert.Equal(HttpStatusCode.Conflict, inaktuell.StatusCode);
        var konflikt = await Html.LasAsync(inaktuell);
        Assert.StartsWith("Beställningsmallen har ändrats sedan du öppnade den.", konflikt.QuerySelector("[data-testid=fel]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mitt nya namn", konflikt.QuerySelector("#Namn")!.GetAttribute("value"));
        Assert.NotEqual(gammal, konflikt.QuerySelector("input[name=Version]")!.GetAttribute("value"));

        // A + for an artikel already in the mall, which no hit offers (it says "I mallen").
        var dubbel = await ForfalskaAsync(anna, $"/bestallningsmallar/{id}/redigera", $"/bestallningsmallar/{id}/artikel",
            ("Version", await VersionAsync(anna, id)), ("artikelnummer", "72481"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, dubbel.StatusCode);
        Assert.Equal("Artikel 72481 finns redan i mallen. Ändra antalet under Artiklar i mallen.", (await Html.LasAsync(dubbel)).QuerySelector("[data-testid=fel]")!.TextContent);
    }

    [Fact]
    public async Task Plus_och_kryss_behaller_varje_antal_som_skrivits_men_inte_sparats()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var id = await SkapaMedKorgOchSitsAsync(anna, "Skrivet men inte sparat");
        var sida = await Html.LasAsync(await anna.GetAsync($"/bestallningsmallar/{id}/redigera?sok=40122"));
        string Falt(AngleSharp.Dom.IDocument d, string artikel) => d.QuerySelector($"tr[data-artikel='{artikel}'] input[type=number]")!.GetAttribute("name")!;
        // An emptied field comes back without a value attribute, which a browser shows empty.
        string? Antal(AngleSharp.Dom.IDocument d, string artikel) => d.QuerySelector($"tr[data-artikel='{artikel}'] input[type=number]") is { } falt
            ? falt.GetAttribute("value") ?? ""
            : null;
        // Enter in an antal field clicks the form's first button: it must save, not remove the first row.
        var forsta = sida.QuerySelector("form#redigera button[type=submit]")!;
        Assert.Null(forsta.GetAttribute("formaction"));
        Assert.Equal("Spara ändringar", forsta.TextContent);

        // + with an antal typed (and one emptied) and a new name: the artikel is added, the rest comes back as typed.
        var plus = await KlickaAsync(anna, sida, "[data-testid=traffar] button[aria-label^='Lägg till 40122']",
            new() { [Falt(sida, "72481")] = "8", [Falt(sida, "72480")] = "", ["Namn"] = "Nytt namn" });
        Assert.Equal(HttpStatusCode.OK, plus.StatusCode);
        var efterPlus = await Html.LasAsync(plus);
        Assert.StartsWith("Artikel 40122 ", efterPlus.QuerySelector("[data-testid=meddelande]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(("8", "", "1"), (Antal(efterPlus, "72481"), Antal(efterPlus, "72480"), Antal(efterPlus, "40122")));
        Assert.Equal("Nytt namn", efterPlus.QuerySelector("#Namn")!.GetAttribute("value"));
        Assert.Equal("I mallen", efterPlus.QuerySelectorAll("[data-testid=traffar] tr").Single(r => r.QuerySelector("td")!.TextContent == "40122")
            .QuerySelector("td:last-child")!.TextContent.Trim());

        // × of one row keeps the other rows' typed antal.
        var kryss = await KlickaAsync(anna, efterPlus, "tr[data-artikel='72481'] button[aria-label^='Ta bort']",
            new() { [Falt(efterPlus, "72480")] = "3", [Falt(efterPlus, "40122")] = "5" });
        Assert.Equal(HttpStatusCode.OK, kryss.StatusCode);
        var efterKryss = await Html.LasAsync(kryss);
        Assert.Equal("Artikel 72481 är borttagen ur mallen.", efterKryss.QuerySelector("[data-testid=meddelande]")!.TextContent);
        Assert.Equal((null, "3", "5"), (Antal(efterKryss, "72481"), Antal(efterKryss, "72480"), Antal(efterKryss, "40122")));
        Assert.Equal("Nytt namn", efterKryss.QuerySelector("#Namn")!.GetAttribute("value"));

        await using (var osparat = app.Databas())
        {
            var mall = await osparat.Bestallningsmallar.Include(m => m.Rader).ThenInclude(r => r.Artikel).SingleAsync(m => m.Id == id);
            Assert.Equal("Skrivet men inte sparat", mall.Namn);
            Assert.Equal([("40122", 1), ("72480", 1)], mall.Rader.Select(r => (r.Artikel.Artikelnummer, r.Antal)).OrderBy(r => r.Artikelnummer).ToList());
        }
        // The page came back in the version +/× wrote, so Spara from it saves what was typed.
        var spara = await KlickaAsync(anna, efterKryss, "form#redigera button.btn-primary", []);
        Assert.Equal(HttpStatusCode.Redirect, spara.StatusCode);
        Assert.Equal($"/bestallningsmallar/{id}/redigera?sok=40122", spara.Headers.Location!.OriginalString);
        await using var db = app.Databas();
        var sparad = await db.Bestallningsmallar.Include(m => m.Rader).ThenInclude(r => r.Artikel).SingleAsync(m => m.Id == id);
        Assert.Equal("Nytt namn", sparad.Namn);
        Assert.Equal([("40122", 5), ("72480", 3)], sparad.Rader.Select(r => (r.Artikel.Artikelnummer, r.Antal)).OrderBy(r => r.Artikelnummer).ToList());
    }

    [Fact]
    public async Task Sok_efter_artiklar_behaller_antal_namn_och_beskrivning_som_inte_sparats()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var id = await SkapaMedKorgOchSitsAsync(anna, "Sökt men inte sparat");
        var sida = await Html.LasAsync(await anna.GetAsync($"/bestallningsmallar/{id}/redigera"));
        string Falt(string artikel) => sida.QuerySelector($"tr[data-artikel='{artikel}'] input[type=number]")!.GetAttribute("name")!;
        var skrivet = new Dictionary<string, string>
        {
            [Falt("72481")] = "8", [Falt("72480")] = "", ["Namn"] = "Namn skrivet före sökningen", ["Beskrivning"] = "Ny beskrivning", ["sok"] = "40122",
        };
        void Behallet(AngleSharp.Dom.IDocument d, string sits = "")
        {
            Assert.Equal("8", d.QuerySelector($"input[name='{Falt("72481")}']")!.GetAttribute("value"));
            Assert.Equal(sits, d.QuerySelector($"input[name='{Falt("72480")}']")!.GetAttribute("value") ?? "");
            Assert.Equal("Namn skrivet före sökningen", d.QuerySelector("#Namn")!.GetAttribute("value"));
            Assert.Equal("Ny beskrivning", d.QuerySelector("#Beskrivning")!.TextContent);
        }

        // Sök submits the edit form, so what was typed comes back with the hits, unsaved.
        var sok = await KlickaAsync(anna, sida, "button[formaction$='/sok']", skrivet);
        Assert.Equal(HttpStatusCode.OK, sok.StatusCode);
        var efterSok = await Html.LasAsync(sok);
        Assert.NotNull(efterSok.QuerySelector("[data-testid=traffar] button[aria-label^='Lägg till 40122']"));
        Assert.Equal("40122", efterSok.QuerySelector("#sok")!.GetAttribute("value"));
        Behallet(efterSok);
        Assert.Null(efterSok.QuerySelector("[data-testid=meddelande]"));

        // Enter clicks the hidden first button: in the search box, after a new term, it searches and saves nothing.
        var enter = "form#redigera button[name=enter]";
        // Enter submits only a form whose required fields are filled in, as a browser does: the emptied antal is typed again.
        var enterISok = await KlickaAsync(anna, efterSok, enter, new(skrivet) { ["sok"] = "korg", [Falt("72480")] = "5" });
        Assert.Equal(HttpStatusCode.OK, enterISok.StatusCode);
        var efterEnter = await Html.LasAsync(enterISok);
        Assert.Equal("I mallen", efterEnter.QuerySelectorAll("[data-testid=traffar] tr").Single(r => r.QuerySelector("td")!.TextContent == "72481")
            .QuerySelector("td:last-child")!.TextContent.Trim());
        Behallet(efterEnter, "5");
        // Too short a term is said beside the box, and the form stays as typed.
        var kort = await KlickaAsync(anna, efterEnter, "button[formaction$='/sok']", new(skrivet) { ["sok"] = "k" });
        var kortSida = await Html.LasAsync(kort);
        Assert.Equal("Du måste ange minst 3 tecken för att kunna söka.", kortSida.QuerySelector("[data-testid=sokfel]")!.TextContent);
        Behallet(kortSida);
        await using (var osparat = app.Databas())
        {
            var mall = await osparat.Bestallningsmallar.Include(m => m.Rader).SingleAsync(m => m.Id == id);
            Assert.Equal(("Sökt men inte sparat", "Det vi brukar ha hemma"), (mall.Namn, mall.Beskrivning));
            Assert.All(mall.Rader, r => Assert.Equal(1, r.Antal));
        }

        // Enter with the search term unchanged (in an antal field) saves, in the version the page was opened in.
        var spara = await KlickaAsync(anna, efterEnter, enter, new(skrivet) { ["sok"] = "korg", [Falt("72480")] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, spara.StatusCode);
        Assert.Equal($"/bestallningsmallar/{id}/redigera?sok=korg", spara.Headers.Location!.OriginalString);
        await using var db = app.Databas();
        var sparad = await db.Bestallningsmallar.Include(m => m.Rader).ThenInclude(r => r.Artikel).SingleAsync(m => m.Id == id);
        Assert.Equal(("Namn skrivet före sökningen", "Ny beskrivning"), (sparad.Namn, sparad.Beskrivning));
        Assert.Equal([("72480", 2), ("72481", 8)], sparad.Rader.Select(r => (r.Artikel.Artikelnummer, r.Antal)).OrderBy(r => r.Artikelnummer).ToList());
    }

    [Fact]
    public async Task Ett_kryss_pa_en_inaktuell_sida_tar_inte_bort_och_behaller_det_som_skrevs()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var id = await SkapaMedKorgOchSitsAsync(anna, "Inaktuellt kryss");
        var sida = await Html.LasAsync(await anna.GetAsync($"/bestallningsmallar/{id}/redigera"));
        var falt = sida.QuerySelector("tr[data-artikel='72480'] input[type=number]")!.GetAttribute("name")!;
        await LaggTillAsync(app.Klient(DemoData.BestallareHsaId), id, "40122");

        var kryss = await KlickaAsync(anna, sida, "tr[data-artikel='72481'] button[aria-label^='Ta bort']", new() { [falt] = "9" });
        Assert.Equal(HttpStatusCode.Conflict, kryss.StatusCode);
        var konflikt = await Html.LasAsync(kryss);
        Assert.StartsWith("Beställningsmallen har ändrats sedan du öppnade den.", konflikt.QuerySelector("[data-testid=fel]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("9", konflikt.QuerySelector($"input[name='{falt}']")!.GetAttribute("value"));
        Assert.NotNull(konflikt.QuerySelector("tr[data-artikel='72481']"));
        Assert.NotNull(konflikt.QuerySelector("tr[data-artikel='40122']"));
    }

    [Fact]
    public async Task Samtidiga_bestall_lagger_en_rad_och_ett_namn_finns_en_gang_per_tjanstestalle()
    {
        var bertil = app.Klient(DemoData.BestallareHsaId);
        var id = await SkapaAsync(bertil, "Dubbelklick");
        var dubblett = await SkickaAsync(bertil, "/bestallningsmallar", "form[data-testid=ny-mall]", ("Namn", "Dubbelklick"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, dubblett.StatusCode);
        Assert.Equal("Det finns redan en beställningsmall som heter Dubbelklick på 4711 Rehabmottagningen Lund. Välj ett annat namn.",
            (await Html.LasAsync(dubblett)).QuerySelector("[data-testid=fel]")!.TextContent);

        await LaggTillAsync(bertil, id, "72481");
        await LaggTillAsync(bertil, id, "72480");
        // A lagerpåfyllnad started by hand has no Samleverans; continued from a mall it gets it, as the manual says.
        var start = await Html.LasAsync(await bertil.GetAsync("/bestallning"));
        var tjanstestalle = start.QuerySelector("#lagerpafyllnad-tjanstestalle option[selected]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await Html.SkickaAsync(bertil, start, "form[action='/bestallning/lagerpafyllnad']", ("TjanstestalleId", tjanstestalle))).StatusCode);
        // Lagerpåfyllnad from the mall continues the one started by hand; the page, which links to it, no longer offers the button.
        Assert.Equal(HttpStatusCode.Redirect, (await ForfalskaAsync(bertil, $"/bestallningsmallar/{id}", $"/bestallningsmallar/{id}/lagerpafyllnad")).StatusCode);

        var mall = await Html.LasAsync(await bertil.GetAsync($"/bestallningsmallar/{id}"));
        var artiklar = mall.QuerySelectorAll("tr[data-artikel]").Select(r => r.GetAttribute("data-artikel")!).ToList();
        // Every row's Beställ clicked twice at once, from the same page.
        var svar = await Task.WhenAll(artiklar.Concat(artiklar).Select(artikel => Html.SkickaAsync(bertil, mall, $"tr[data-artikel='{artikel}'] form", ("antal", "3"))));
        Assert.All(svar, s => Assert.Equal(HttpStatusCode.Redirect, s.StatusCode));

        await using var db = app.Databas();
        var pagaende = await db.Bestallningar.Include(b => b.Rader).ThenInclude(r => r.Artikel)
            .Where(b => b.RegistreradAv.HsaId == DemoData.BestallareHsaId && b.Status == Orderstatus.Pagaende && b.Ordertyp == Ordertyp.Lagerpafyllnad)
            .SingleAsync();
        Assert.True(pagaende.Samleverans);
        // Each artikel at most once, whichever clicks won; the others were told to try again.
        Assert.Equal(pagaende.Rader.Count, pagaende.Rader.Select(r => r.Artikel.Artikelnummer).Distinct().Count());
        Assert.Equal(pagaende.Rader.Count, pagaende.Rader.Select(r => r.Radnummer).Distinct().Count());
        Assert.NotEmpty(pagaende.Rader);
    }

    [Fact]
    public async Task Mallen_hor_till_sitt_tjanstestalle_och_bara_administratoren_tar_bort_den()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var id = await SkapaAsync(anna, "Att ta bort");
        Assert.Equal(HttpStatusCode.NotFound, (await app.Klient(DemoData.AndraEnhetensForskrivareHsaId).GetAsync($"/bestallningsmallar/{id}")).StatusCode);
        var lista = await Html.LasAsync(await app.Klient(DemoData.AndraEnhetensForskrivareHsaId).GetAsync("/bestallningsmallar"));
        Assert.DoesNotContain(lista.QuerySelectorAll("[data-testid=mallar] a"), a => a.TextContent == "Att ta bort");
        // Logistik sees every unit's mallar but neither edits nor orders from them.
        var logistik = app.Klient(DemoData.LogistikHsaId);
        var sedd = await Html.LasAsync(await logistik.GetAsync($"/bestallningsmallar/{id}"));
        Assert.Null(sedd.QuerySelector("[data-testid=starta-lagerpafyllnad]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await logistik.GetAsync($"/bestallningsmallar/{id}/redigera")).StatusCode);
        Assert.Null((await Html.LasAsync(await anna.GetAsync($"/bestallningsmallar/{id}/redigera"))).QuerySelector("[data-testid=ta-bort-mall]"));
        // Ta bort mall, which her page does not offer.
        Assert.Equal(HttpStatusCode.Forbidden, (await ForfalskaAsync(anna, "/bestallningsmallar", $"/bestallningsmallar/{id}/ta-bort")).StatusCode);

        var admin = app.Klient(DemoData.AdminHsaId);
        Assert.Equal(HttpStatusCode.Redirect, (await SkickaAsync(admin, $"/bestallningsmallar/{id}/redigera", "form[data-testid=ta-bort-mall]")).StatusCode);
        await using (var kvar = app.Databas())
        {
            Assert.True(await kvar.Bestallningsmallar.AnyAsync(m => m.Id == id));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await SkickaAsync(admin, $"/bestallningsmallar/{id}/redigera", "form[data-testid=ta-bort-mall]", ("bekraftat", "true"))).StatusCode);
        await using var db = app.Databas();
        Assert.False(await db.Bestallningsmallar.AnyAsync(m => m.Id == id));
    }
}

public sealed class BestallningsmallTestsSqlite(SqliteApp app) : BestallningsmallTests<SqliteApp>(app);

public sealed class BestallningsmallTestsPostgres(PostgresApp app) : BestallningsmallTests<PostgresApp>(app);
