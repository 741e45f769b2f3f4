using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Sök beställning (Mer… → Sök): the unit's sent orders, snabbsök by the whole number (another unit's read-only), and Makulera beställning.</summary>
public abstract class BestallningssokTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    private static async Task<(int Id, string Nummer)> SkickaAsync(HttpClient k, string artikel, string kalla)
    {
        var id = await Varukorg.NyAsync(k, DemoData.PatientLilleSkutt);
        Assert.Equal(HttpStatusCode.Redirect, (await Varukorg.LaggTillAsync(k, id, artikel, 1, kalla)).StatusCode);
        return (id, await Varukorg.SlutforOchSkickaAsync(k, id, []));
    }

    private static List<string> Nummer(IDocument sida) =>
        sida.QuerySelectorAll("[data-testid=bestallningar] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

    [Fact]
    public async Task Sok_visar_tjanstestallets_bestallningar_aven_kollegors_med_ordertyp_och_filter()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var (_, central) = await SkickaAsync(anna, "72481", "Hjalpmedelsverksamhet");
        var (_, uttag) = await SkickaAsync(anna, "72481", "EgetForrad");
        // Bertil is beställare at the same unit: he sees Anna's orders too.
        var bertil = app.Klient(DemoData.BestallareHsaId);
        var sida = await Html.LasAsync(await bertil.GetAsync("/bestallning/sok"));
        Assert.Contains(central, Nummer(sida));
        Assert.Contains(uttag, Nummer(sida));
        Assert.Equal("Förskrivning via Hjälpmedelsverksamheten", sida.QuerySelector($"[data-testid=order-{central}] td:nth-child(2)")!.TextContent);
        Assert.Equal("Förskrivning från eget förråd", sida.QuerySelector($"[data-testid=order-{uttag}] td:nth-child(2)")!.TextContent);
        Assert.Equal("Utlevererad", sida.QuerySelector($"[data-testid=order-{uttag}] td:nth-child(7)")!.TextContent);
        Assert.DoesNotContain("Lille Skutt", sida.QuerySelector("[data-testid=bestallningar]")!.TextContent, StringComparison.Ordinal);

        var uttagen = Nummer(await Html.LasAsync(await bertil.GetAsync("/bestallning/sok?typ=UttagUrEgetForrad")));
        Assert.Contains(uttag, uttagen);
        Assert.DoesNotContain(central, uttagen);
        var registrerade = Nummer(await Html.LasAsync(await bertil.GetAsync("/bestallning/sok?status=Registrerad")));
        Assert.Contains(central, registrerade);
        Assert.DoesNotContain(uttag, registrerade);
        // Mina beställningar: Bertil is neither förskrivare nor beställare of Anna's orders.
        Assert.DoesNotContain(central, Nummer(await Html.LasAsync(await bertil.GetAsync("/bestallning/sok?mina=true&dagar=0"))));
        Assert.Contains(central, Nummer(await Html.LasAsync(await anna.GetAsync("/bestallning/sok?mina=true&dagar=0"))));

        // Another unit's list does not show it; only the whole number in snabbsök does, read-only. Logistik sees every unit's.
        var david = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        Assert.DoesNotContain(central, Nummer(await Html.LasAsync(await david.GetAsync("/bestallning/sok"))));
        var annan = await david.GetAsync($"/bestallning/sok?nummer={central}");
        Assert.Equal(HttpStatusCode.Redirect, annan.StatusCode);
        Assert.Equal($"/bestallning/nummer/{central}", annan.Headers.Location?.OriginalString);
        Assert.Contains(central, Nummer(await Html.LasAsync(await app.Klient(DemoData.LogistikHsaId).GetAsync("/bestallning/sok"))));
    }

    [Fact]
    public async Task Sok_pa_en_annan_forskrivares_eller_bestallares_anvandarid_visar_bara_tjanstestallets()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var (_, annas) = await SkickaAsync(anna, "72481", "Hjalpmedelsverksamhet");
        var bertil = app.Klient(DemoData.BestallareHsaId);
        var (_, bertils) = await SkickaAsync(bertil, "72480", "Hjalpmedelsverksamhet");

        // Anna's orders for Bertil to find, as förskrivare or as beställare: his own, ordered in her name, are hers too.
        var hennes = await Html.LasAsync(await bertil.GetAsync($"/bestallning/sok?dagar=0&anvandarid={DemoData.ForskrivareHsaId}"));
        Assert.Contains(annas, Nummer(hennes));
        Assert.Contains(bertils, Nummer(hennes));
        Assert.Equal(DemoData.ForskrivareHsaId, hennes.QuerySelector("#anvandarid")!.GetAttribute("value"));
        Assert.Contains($"anvandarid={DemoData.ForskrivareHsaId}", hennes.QuerySelector("[data-testid=sortera-nummer]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains(annas, Nummer(await Html.LasAsync(await bertil.GetAsync($"/bestallning/sok?dagar=0&anvandarid=%20{DemoData.ForskrivareHsaId.ToLowerInvariant()}%20"))));
        var hans = Nummer(await Html.LasAsync(await anna.GetAsync($"/bestallning/sok?dagar=0&anvandarid={DemoData.BestallareHsaId}")));
        Assert.Contains(bertils, hans);
        Assert.DoesNotContain(annas, hans);

        // Another unit's user finds none of 4711's orders by Anna's id: the list stays with the active tjänsteställe.
        var david = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        var fran4720 = await david.GetAsync($"/bestallning/sok?dagar=0&anvandarid={DemoData.ForskrivareHsaId}");
        Assert.Equal(HttpStatusCode.OK, fran4720.StatusCode);
        var davidsTraffar = Nummer(await Html.LasAsync(fran4720));
        Assert.DoesNotContain(annas, davidsTraffar);
        Assert.DoesNotContain(bertils, davidsTraffar);
        // Logistik sees every unit's, so Anna's too.
        Assert.Contains(annas, Nummer(await Html.LasAsync(await app.Klient(DemoData.LogistikHsaId).GetAsync($"/bestallning/sok?dagar=0&anvandarid={DemoData.ForskrivareHsaId}"))));

        // An id no user has is said so beside the field; what was typed and chosen stays.
        var okand = await bertil.GetAsync("/bestallning/sok?dagar=0&typ=Lagerpafyllnad&anvandarid=SE2321000016-9999");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, okand.StatusCode);
        var okandSida = await Html.LasAsync(okand);
        Assert.Equal("Det finns ingen användare med användar-id SE2321000016-9999. Ange hela användar-id:t (HSA-id), till exempel SE2321000016-1234.",
            okandSida.QuerySelector("[data-testid=anvandarfel]")!.TextContent);
        Assert.Equal("SE2321000016-9999", okandSida.QuerySelector("#anvandarid")!.GetAttribute("value"));
        Assert.NotNull(okandSida.QuerySelector("#typ option[value=Lagerpafyllnad][selected]"));
        Assert.NotNull(okandSida.QuerySelector("#dagar option[value='0'][selected]"));
        Assert.Null(okandSida.QuerySelector("[data-testid=bestallningar]"));
    }

    [Fact]
    public async Task Sok_sorterar_pa_en_kolumn_at_gangen_stigande_och_fallande()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        await SkickaAsync(anna, "72481", "Hjalpmedelsverksamhet");
        await SkickaAsync(anna, "72481", "Hjalpmedelsverksamhet");
        var stigande = Nummer(await Html.LasAsync(await anna.GetAsync("/bestallning/sok?dagar=0&sortera=nummer&stigande=true")));
        Assert.True(stigande.Count >= 2);
        Assert.Equal(stigande.OrderBy(n => n, StringComparer.Ordinal), stigande);
        var fallande = await Html.LasAsync(await anna.GetAsync("/bestallning/sok?dagar=0&sortera=nummer&stigande=false"));
        Assert.Equal(stigande.AsEnumerable().Reverse(), Nummer(fallande));
        Assert.Equal("descending", fallande.QuerySelector("th[aria-sort=descending] a")!.ParentElement!.GetAttribute("aria-sort"));
        Assert.Contains("sortera=nummer&stigande=true", fallande.QuerySelector("[data-testid=sortera-nummer]")!.GetAttribute("href"), StringComparison.Ordinal);
        // An unknown column falls back to the newest first instead of failing.
        Assert.Equal(HttpStatusCode.OK, (await anna.GetAsync("/bestallning/sok?sortera=okand")).StatusCode);
    }

    [Fact]
    public async Task Snabbsok_oppnar_bestallningen_och_sager_till_om_numret_ar_ogiltigt()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var (id, nummer) = await SkickaAsync(anna, "72481", "Hjalpmedelsverksamhet");
        var svar = await anna.GetAsync($"/bestallning/sok?nummer={nummer}");
        Assert.Equal($"/bestallning/{id}", svar.Headers.Location?.OriginalString);
        var ogiltigt = await anna.GetAsync("/bestallning/sok?nummer=12ab");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ogiltigt.StatusCode);
        var sida = await Html.LasAsync(ogiltigt);
        Assert.StartsWith("Ange hela beställningsnumret", sida.QuerySelector("[data-testid=sokfel]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("12ab", sida.QuerySelector<IElement>("#nummer")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Hela_numret_visar_ett_annat_tjanstestalles_bestallning_skrivskyddad_men_listor_ar_enhetsbundna()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var (id, nummer) = await SkickaAsync(anna, "72481", "Hjalpmedelsverksamhet");
        int? lilleSkutt;
        await using (var db = app.Databas())
        {
            lilleSkutt = await db.Bestallningar.Where(b => b.Id == id).Select(b => b.MottagareId).SingleAsync();
        }

        var david = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        Assert.DoesNotContain(nummer, Nummer(await Html.LasAsync(await david.GetAsync("/bestallning/sok?dagar=0"))));
        Assert.DoesNotContain(nummer, Nummer(await Html.LasAsync(await david.GetAsync($"/bestallning/sok?dagar=0&anvandarid={DemoData.ForskrivareHsaId}"))));
        // The beginning of the number is no whole number: snabbsök says so and keeps what was typed.
        var borjan = await david.GetAsync($"/bestallning/sok?nummer={nummer[..5]}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, borjan.StatusCode);
        var borjanSida = await Html.LasAsync(borjan);
        Assert.StartsWith("Ange hela beställningsnumret", borjanSida.QuerySelector("[data-testid=sokfel]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(nummer[..5], borjanSida.QuerySelector<IElement>("#nummer")!.GetAttribute("value"));

        var hela = await david.GetAsync($"/bestallning/sok?nummer={nummer}");
        Assert.Equal(HttpStatusCode.Redirect, hela.StatusCode);
        Assert.Equal($"/bestallning/nummer/{nummer}", hela.Headers.Location?.OriginalString);
        var sida = await Html.LasAsync(await david.GetAsync($"/bestallning/nummer/{nummer}"));
        Assert.Equal("Beställningen tillhör 4711 Rehabmottagningen Lund. Du ser den eftersom du angav hela beställningsnumret; bara det tjänstestället kan makulera, kvittera och registrera något på den.",
            sida.QuerySelector("[data-testid=annat-tjanstestalle]")!.TextContent);
        Assert.Null(sida.QuerySelector("[data-testid=mottagare]"));
        Assert.DoesNotContain("Lille Skutt", sida.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(sida.QuerySelector("[data-testid=rad-72481]"));
        Assert.Equal("Registrerad", sida.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Empty(sida.QuerySelectorAll("main form[method=post]"));
        Assert.Null(sida.QuerySelector("#registrera-rubrik"));
        Assert.Null(sida.QuerySelector("[data-testid=makulera]"));
        Assert.Null(sida.QuerySelector("[data-testid=ej-makulerbar]"));
        Assert.Null(sida.QuerySelector("main a[href^='/felrapport/ny']"));
        Assert.Null(sida.QuerySelector("main a[href^='/arbetsorder/ny']"));
        Assert.Null(sida.QuerySelector($"main a[href='/bestallning/{id}/laneforbindelse']"));

        // Read-only: by its id, and for every change, the order stays with its unit.
        Assert.Equal(HttpStatusCode.NotFound, (await david.GetAsync($"/bestallning/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await david.GetAsync($"/bestallning/{id}/laneforbindelse")).StatusCode);
        // Another unit's order: a request no form of his offers.
        var makulera = await david.PostAsync($"/bestallning/{id}/makulera", Falt(await Html.LasAsync(await david.GetAsync("/")), await VersionAsync(id), bekraftat: true));
        Assert.Equal(HttpStatusCode.NotFound, makulera.StatusCode);
        await using (var db = app.Databas())
        {
            Assert.True(await db.Logg.AnyAsync(l => l.HsaId == DemoData.AndraEnhetensForskrivareHsaId && l.Handling == "Beställning läst" && l.MottagareId == lilleSkutt
                && l.Beskrivning == $"Beställning {nummer} visad, annat tjänsteställes (4711 Rehabmottagningen Lund), med hela numret."));
            Assert.Equal(Orderstatus.Registrerad, await db.Bestallningar.Where(b => b.Id == id).Select(b => b.Status).SingleAsync());
        }

        // Its own unit opens it as before, with what it can do there.
        var egen = await anna.GetAsync($"/bestallning/nummer/{nummer}");
        Assert.Equal($"/bestallning/{id}", egen.Headers.Location?.OriginalString);
        var egenSida = await Html.LasAsync(await anna.GetAsync($"/bestallning/{id}"));
        Assert.Null(egenSida.QuerySelector("[data-testid=annat-tjanstestalle]"));
        Assert.NotNull(egenSida.QuerySelector("[data-testid=makulera]"));
        Assert.NotNull(egenSida.QuerySelector("[data-testid=felrapport]"));
    }

    /// <summary>README, "Access rules": another unit's order by its complete number shows what it is and where it stands,
    /// never who the patient is, where they live, how to reach them or what anyone wrote; its own unit sees all of it.</summary>
    [Fact]
    public async Task Ett_annat_tjanstestalles_bestallning_visar_varken_patient_adress_kontakt_eller_fritext()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(anna, DemoData.PatientTolvan);
        Assert.Equal(HttpStatusCode.Redirect, (await Varukorg.LaggTillAsync(anna, id, "72481", "1", "Hjalpmedelsverksamhet", "Ring grannen Greta")).StatusCode);
        var nummer = await Varukorg.SlutforOchSkickaAsync(anna, id, new()
        {
            ["Till"] = "HemTillPatient",
            ["Gatuadress"] = "Hemligvägen 7",
            ["Postnummer"] = "22100",
            ["Postort"] = "Lund",
            ["Kontakttelefon"] = "070-999 88 77",
            ["OvrigInformation"] = "Portkod 4711",
        });
        string[] patientuppgifter = ["Tolvan", "19121212-1212", "Hemligvägen", "070-999 88 77", "Portkod 4711", "Ring grannen Greta"];

        var annan = await app.Klient(DemoData.AndraEnhetensForskrivareHsaId).GetAsync($"/bestallning/nummer/{nummer}");
        Assert.Equal(HttpStatusCode.OK, annan.StatusCode);
        var sida = await Html.LasAsync(annan);
        var text = sida.QuerySelector("main")!.TextContent;
        Assert.All(patientuppgifter, uppgift => Assert.DoesNotContain(uppgift, text, StringComparison.Ordinal));
        Assert.Null(sida.QuerySelector("main a[href^='/mottagare']"));
        Assert.Contains(nummer, sida.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Registrerad", sida.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Contains("4711 Rehabmottagningen Lund", sida.QuerySelector("[data-testid=vald-tjanstestalle]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(sida.QuerySelector("[data-testid=rad-72481]"));
        Assert.Contains("Hem till patient", sida.QuerySelector("[data-testid=leverans]")!.TextContent, StringComparison.Ordinal);

        var egen = (await Html.LasAsync(await anna.GetAsync($"/bestallning/{id}"))).QuerySelector("main")!.TextContent;
        Assert.All(patientuppgifter, uppgift => Assert.Contains(uppgift, egen, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ett_annat_tjanstestalles_lagerpafyllnad_visas_utan_kvittering()
    {
        int id;
        string nummer;
        await using (var db = app.Databas())
        {
            (id, nummer) = await db.Bestallningar
                .Where(b => b.Tjanstestalle.Kod == "4711" && b.Ordertyp == Ordertyp.Lagerpafyllnad && b.Rader.Any(r => r.Status == Radstatus.Levererad && r.Kvitterad == null))
                .OrderBy(b => b.Id).Select(b => new ValueTuple<int, string>(b.Id, b.Ordernummer!)).FirstAsync();
        }
        Assert.NotNull((await Html.LasAsync(await app.Klient(DemoData.ForskrivareHsaId).GetAsync($"/bestallning/{id}"))).QuerySelector("[data-testid=kvittera] form"));

        var david = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        var sida = await Html.LasAsync(await david.GetAsync($"/bestallning/nummer/{nummer}"));
        Assert.NotNull(sida.QuerySelector("[data-testid=annat-tjanstestalle]"));
        Assert.NotNull(sida.QuerySelector("[data-testid=mottagande-lager]"));
        Assert.Null(sida.QuerySelector("[data-testid=kvittera]"));
        Assert.Empty(sida.QuerySelectorAll("main form[method=post]"));
        var start = await Html.LasAsync(await david.GetAsync("/"));
        // Another unit's kvittering, which his page does not offer: crafted.
        Assert.Equal(HttpStatusCode.NotFound, (await david.PostAsync($"/bestallning/{id}/kvittera",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.Token(start), ["version"] = await VersionAsync(id) }))).StatusCode);
    }

    [Fact]
    public async Task Ett_nummer_som_ingen_bestallning_har_sags_med_numret_kvar()
    {
        var david = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        var svar = await david.GetAsync("/bestallning/sok?nummer=%2026019999%20");
        Assert.Equal(HttpStatusCode.NotFound, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Equal("Det finns ingen beställning 26019999.", sida.QuerySelector("[data-testid=sokfel]")!.TextContent);
        Assert.Equal("26019999", sida.QuerySelector<IElement>("#nummer")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, (await david.GetAsync("/bestallning/nummer/26019999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await david.GetAsync("/bestallning/nummer/12ab")).StatusCode);
    }

    [Fact]
    public async Task Makulera_bestallning_kraver_bekraftelse_och_gar_inte_for_uttag_eller_paborjad()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var (id, nummer) = await SkickaAsync(anna, "72481", "Hjalpmedelsverksamhet");
        var detaljer = await Html.LasAsync(await anna.GetAsync($"/bestallning/{id}"));
        var form = detaljer.QuerySelector<IElement>("[data-testid=makulera] form")!;
        var version = form.QuerySelector<IElement>("input[name=version]")!.GetAttribute("value")!;

        // The form confirms by itself ("Ja, makulera"); a post without the confirmation is crafted.
        var utanBekraftelse = await anna.PostAsync($"/bestallning/{id}/makulera", Falt(detaljer, version, bekraftat: false));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, utanBekraftelse.StatusCode);

        var svar = await Html.SkickaAsync(anna, detaljer, "[data-testid=makulera] form");
        Assert.Equal($"/bestallning/{id}", svar.Headers.Location?.OriginalString);
        var efter = await Html.LasAsync(await anna.GetAsync($"/bestallning/{id}"));
        Assert.Equal($"Beställning {nummer} är makulerad.", efter.QuerySelector("[data-testid=meddelande]")!.TextContent);
        Assert.Equal("Makulerad", efter.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.NotNull(efter.QuerySelector("[data-testid=makulerad]"));
        Assert.Null(efter.QuerySelector("[data-testid=makulera]"));
        // A second click from the stale page is refused, not applied twice.
        var igen = await Html.SkickaAsync(anna, detaljer, "[data-testid=makulera] form");
        Assert.Equal(HttpStatusCode.Conflict, igen.StatusCode);
        await using (var db = app.Databas())
        {
            var order = await db.Bestallningar.Include(b => b.Rader).SingleAsync(b => b.Id == id);
            Assert.Equal(Orderstatus.Makulerad, order.Status);
            Assert.All(order.Rader, r => Assert.Equal(Radstatus.Makulerad, r.Status));
        }

        var (uttagId, _) = await SkickaAsync(anna, "72481", "EgetForrad");
        var uttag = await Html.LasAsync(await anna.GetAsync($"/bestallning/{uttagId}"));
        Assert.Null(uttag.QuerySelector("[data-testid=makulera]"));
        Assert.Equal("En beställning från eget förråd kan aldrig makuleras.", uttag.QuerySelector("[data-testid=ej-makulerbar]")!.TextContent);
        var uttagVersion = await VersionAsync(uttagId);
        // The page offers no Makulera for it: the request is crafted.
        var forsok = await anna.PostAsync($"/bestallning/{uttagId}/makulera", Falt(uttag, uttagVersion, bekraftat: true));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forsok.StatusCode);
        Assert.Equal("En beställning från eget förråd kan aldrig makuleras.", (await Html.LasAsync(forsok)).QuerySelector("[data-testid=fel]")!.TextContent);

        // Once Logistik has started, the order can no longer be makulerad.
        var (paborjadId, _) = await SkickaAsync(anna, "72481", "Hjalpmedelsverksamhet");
        Assert.Equal(HttpStatusCode.Redirect, (await Logistikflode.PostaAsync(app.Klient(DemoData.LogistikHsaId), paborjadId, "plockning")).StatusCode);
        var paborjad = await Html.LasAsync(await anna.GetAsync($"/bestallning/{paborjadId}"));
        Assert.Equal("Beställningen kan inte makuleras: Logistik har påbörjat den (status För plockning).", paborjad.QuerySelector("[data-testid=ej-makulerbar]")!.TextContent);
    }

    private async Task<string> VersionAsync(int id)
    {
        await using var db = app.Databas();
        return (await db.Bestallningar.Where(b => b.Id == id).Select(b => b.Version).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A makulering crafted by hand, for the requests no form would send.</summary>
    private static FormUrlEncodedContent Falt(IDocument sida, string version, bool bekraftat) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = Html.Token(sida),
        ["version"] = version,
        ["bekraftat"] = bekraftat ? "true" : "false",
    });
}

public sealed class BestallningssokTestsSqlite(SqliteApp app) : BestallningssokTests<SqliteApp>(app);

public sealed class BestallningssokTestsPostgres(PostgresApp app) : BestallningssokTests<PostgresApp>(app);
