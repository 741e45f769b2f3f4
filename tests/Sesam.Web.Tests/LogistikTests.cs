using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Individer;
using Sesam.Domain.Organisation;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Logistik: the queue of incoming orders, plockning, återrapportering with individer, utleverans with följesedel,
/// restnotering with a message to the orderer, and the unit's kvittering of a lagerpåfyllnad.</summary>
public abstract class LogistikTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    private readonly HttpClient Logistik = app.Klient(DemoData.LogistikHsaId);

    private static async Task<(int Id, string Nummer)> ForskrivAsync(HttpClient k, params (string Artikel, int Antal)[] rader)
    {
        var id = await Varukorg.NyAsync(k, DemoData.PatientLilleSkutt);
        foreach (var (artikel, antal) in rader)
        {
            var svar = await Varukorg.LaggTillAsync(k, id, artikel, antal, "Hjalpmedelsverksamhet");
            Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        }
        return (id, await Varukorg.SlutforOchSkickaAsync(k, id, []));
    }

    private Task<HttpResponseMessage> PostaAsync(int id, string handling, params (string Namn, string Varde)[] falt) =>
        Logistikflode.PostaAsync(Logistik, id, handling, falt);

    private async Task<(int Saldo, int Reserverat)> CentraltAsync(string artikelnummer)
    {
        await using var db = app.Databas();
        return await db.Lagersaldon.Where(s => s.Lager.Typ == Lagertyp.Centrallager && s.Artikel.Artikelnummer == artikelnummer)
            .Select(s => new ValueTuple<int, int>(s.Saldo, s.Reserverat)).SingleAsync();
    }

    [Fact]
    public async Task Forskrivning_plockas_med_individ_och_utlevereras_till_patienten_med_foljesedel()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var (id, nummer) = await ForskrivAsync(anna, ("21145", 1), ("72481", 2));
        var fore = await CentraltAsync("72481");

        var ko = await Html.LasAsync(await Logistik.GetAsync("/logistik"));
        Assert.NotNull(ko.QuerySelector($"[data-testid=order-{nummer}]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await anna.GetAsync("/logistik")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await PostaAsync(id, "plockning")).StatusCode);
        // The two korgar of their own row; the rollator's standard korg is mounted on the individ and not taken separately.
        Assert.Equal((fore.Saldo, fore.Reserverat + 2), await CentraltAsync("72481"));
        var plocklista = await PdfText.ExtraheraAsync(await Logistik.GetByteArrayAsync($"/logistik/{id}/plocklista"));
        Assert.Contains($"Plocklista – beställning {nummer}", plocklista, StringComparison.Ordinal);
        Assert.Contains("Korg till Rollator Futura", plocklista, StringComparison.Ordinal);
        // The orderer sees that Logistik has started: no more makulering.
        Assert.Equal("För plockning", (await Html.LasAsync(await anna.GetAsync($"/bestallning/{id}"))).QuerySelector("[data-testid=status]")!.TextContent);

        var radId = await RadIdAsync(id, "21145");
        var utan = await PostaAsync(id, "plockad");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, utan.StatusCode);
        Assert.Equal("Välj individ för rad 1 (artikel 21145).", (await Html.LasAsync(utan)).QuerySelector("[data-testid=fel]")!.TextContent);
        var fel = await PostaAsync(id, "plockad", ($"individ[{radId}]", "1948100"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fel.StatusCode);
        var felsida = await Html.LasAsync(fel);
        Assert.Equal("Individ 1948100 är inte av artikel 21145.", felsida.QuerySelector("[data-testid=fel]")!.TextContent);
        Assert.Equal("1948100", felsida.QuerySelector<IElement>($"#individ-{radId}")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostaAsync(id, "plockad", ($"individ[{radId}]", "1948200"))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await PostaAsync(id, "utleverera")).StatusCode);
        var sida = await Html.LasAsync(await Logistik.GetAsync($"/logistik/{id}"));
        Assert.Equal($"Beställning {nummer} är utlevererad på följesedel {nummer}-1.", sida.QuerySelector("[data-testid=meddelande]")!.TextContent);
        Assert.Equal((fore.Saldo - 2, fore.Reserverat), await CentraltAsync("72481"));
        await using (var db = app.Databas())
        {
            var individ = await db.Individer.Include(i => i.Mottagare).SingleAsync(i => i.Individnummer == "1948200");
            Assert.Equal((Individstatus.Levererad, "Lille Skutt"), (individ.Status, individ.Mottagare!.Namn));
            var order = await db.Bestallningar.Include(b => b.Rader).SingleAsync(b => b.Id == id);
            Assert.Equal(Orderstatus.Utlevererad, order.Status);
            Assert.All(order.Rader, r => Assert.Equal((Radstatus.Levererad, 1), (r.Status, r.Foljesedel!.Value)));
        }
        var foljesedel = await PdfText.ExtraheraAsync(await Logistik.GetByteArrayAsync($"/logistik/{id}/foljesedel/1"));
        Assert.Contains($"Följesedel {nummer}-1", foljesedel, StringComparison.Ordinal);
        Assert.Contains("1948200", foljesedel, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Logistik.GetAsync($"/logistik/{id}/foljesedel/2")).StatusCode);
        // The patient's Hjälpmedel tab lists the rollator now.
        var mottagare = await Mottagarhjalp.IdAsync(app, DemoData.PatientLilleSkutt);
        Assert.Contains("1948200", (await anna.GetStringAsync($"/mottagare/{mottagare}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restnotering_meddelar_bestallaren_och_plockning_utan_saldo_sager_till()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        // Brickan 72482 has no stock in the central warehouse.
        var (id, nummer) = await ForskrivAsync(anna, ("72481", 1), ("72482", 1));
        var utanSaldo = await PostaAsync(id, "plockning");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, utanSaldo.StatusCode);
        Assert.StartsWith("Artikel 72482", (await Html.LasAsync(utanSaldo)).QuerySelector("[data-testid=fel]")!.TextContent, StringComparison.Ordinal);

        var brickrad = await RadIdAsync(id, "72482");
        var datum = app.Klocka.Idag().AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var passerat = await PostaAsync(id, $"rad/{brickrad}/leveransdatum", ("datum", "2020-01-01"), ("restnoterad", "true"));
        Assert.Equal("Det nya leveransdatumet kan inte vara passerat.", (await Html.LasAsync(passerat)).QuerySelector("[data-testid=fel]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await PostaAsync(id, $"rad/{brickrad}/leveransdatum", ("datum", datum), ("restnoterad", "true"))).StatusCode);

        // Anna is told, with a red number in the header.
        var start = await Html.LasAsync(await anna.GetAsync("/meddelanden"));
        Assert.NotNull(start.QuerySelector("[data-testid=olasta]"));
        var lank = start.QuerySelectorAll("[data-testid=meddelanden] tbody tr")
            .First(tr => tr.TextContent.Contains($"Leveransdatum ändrat för beställning {nummer}.", StringComparison.Ordinal))
            .QuerySelector<IElement>("a")!.GetAttribute("href")!;
        var meddelande = await Html.LasAsync(await anna.GetAsync(lank));
        var text = meddelande.QuerySelector("[data-testid=text]")!.TextContent;
        Assert.StartsWith("Rad 2, artikel 72482 Bricka till Rollator Futura: restnoterad, planerat leveransdatum ändrat från ", text, StringComparison.Ordinal);
        Assert.EndsWith($" till {datum}.", text, StringComparison.Ordinal);
        Assert.Equal($"/bestallning/{id}", meddelande.QuerySelector("[data-testid=lank]")!.GetAttribute("href"));

        // Logistik buys the bricka from the leverantör: Anna can no longer makulera the order.
        Assert.Equal(HttpStatusCode.Redirect, (await PostaAsync(id, "inkop")).StatusCode);
        Assert.Equal("Beställningen kan inte makuleras eftersom ett inköp har gjorts.",
            (await Html.LasAsync(await anna.GetAsync($"/bestallning/{id}"))).QuerySelector("[data-testid=ej-makulerbar]")!.TextContent);

        // Without Samleverans the rest is picked and delivered; the order returns to Registrerad for the restnoterad row.
        Assert.Equal(HttpStatusCode.Redirect, (await PostaAsync(id, "plockning")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostaAsync(id, "plockad")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostaAsync(id, "utleverera")).StatusCode);
        var efter = await Html.LasAsync(await Logistik.GetAsync($"/logistik/{id}"));
        Assert.Equal("Registrerad", efter.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Contains("Restnoterad", efter.QuerySelector("[data-testid=rad-2]")!.TextContent, StringComparison.Ordinal);
        var detaljer = await Html.LasAsync(await anna.GetAsync($"/bestallning/{id}"));
        Assert.Equal("Beställningen kan inte makuleras: den är delvis levererad.", detaljer.QuerySelector("[data-testid=ej-makulerbar]")!.TextContent);
        Assert.NotNull((await Html.LasAsync(await Logistik.GetAsync("/logistik?restnoterade=true"))).QuerySelector($"[data-testid=order-{nummer}]"));
    }

    [Fact]
    public async Task Avbruten_plockning_slapper_saldot_och_ett_felaktigt_datum_behaller_det_skrivna()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var (id, _) = await ForskrivAsync(anna, ("75178", 1));
        var fore = await CentraltAsync("75178");
        Assert.Equal(HttpStatusCode.Redirect, (await PostaAsync(id, "plockning")).StatusCode);
        Assert.Equal(fore.Reserverat + 1, (await CentraltAsync("75178")).Reserverat);
        Assert.Equal(HttpStatusCode.Redirect, (await PostaAsync(id, "avbryt")).StatusCode);
        var sida = await Html.LasAsync(await Logistik.GetAsync($"/logistik/{id}"));
        Assert.Equal("Registrerad", sida.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal(fore, await CentraltAsync("75178"));

        var radId = await RadIdAsync(id, "75178");
        var fel = await PostaAsync(id, $"rad/{radId}/leveransdatum", ("datum", "31/12/2026"), ("restnoterad", "true"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fel.StatusCode);
        var felsida = await Html.LasAsync(fel);
        Assert.Equal("Ange nytt planerat leveransdatum för rad 1 (ÅÅÅÅ-MM-DD).", felsida.QuerySelector("[data-testid=fel]")!.TextContent);
        Assert.Equal("31/12/2026", felsida.QuerySelector<IElement>($"#datum-{radId}")!.GetAttribute("value"));
        Assert.True(felsida.QuerySelector<IElement>($"#rest-{radId}")!.HasAttribute("checked"));

        // Saving the planned date unchanged sends no message.
        int meddelanden;
        await using (var db = app.Databas())
        {
            meddelanden = await db.Meddelanden.CountAsync();
        }
        var planerat = sida.QuerySelector<IElement>($"#datum-{radId}")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await PostaAsync(id, $"rad/{radId}/leveransdatum", ("datum", planerat))).StatusCode);
        Assert.Equal("Rad 1: inget ändrades.", (await Html.LasAsync(await Logistik.GetAsync($"/logistik/{id}"))).QuerySelector("[data-testid=meddelande]")!.TextContent);
        await using (var db = app.Databas())
        {
            Assert.Equal(meddelanden, await db.Meddelanden.CountAsync());
        }
    }

    [Fact]
    public async Task Lagerpafyllnad_utlevereras_och_blir_saldo_i_forradet_nar_enheten_kvitterar()
    {
        var bertil = app.Klient(DemoData.BestallareHsaId);
        int tjanstestalle;
        await using (var db = app.Databas())
        {
            tjanstestalle = await db.Tjanstestallen.Where(t => t.Kod == "4711").Select(t => t.Id).SingleAsync();
        }
        var start = await Html.LasAsync(await bertil.GetAsync("/bestallning"));
        var skapa = await bertil.PostAsync("/bestallning/lagerpafyllnad", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(start),
            ["TjanstestalleId"] = tjanstestalle.ToString(CultureInfo.InvariantCulture),
        }));
        var id = int.Parse(skapa.Headers.Location!.OriginalString.Split('/')[2], CultureInfo.InvariantCulture);
        await Varukorg.LaggTillAsync(bertil, id, "72480", 3, "Hjalpmedelsverksamhet");
        var nummer = await Varukorg.SlutforOchSkickaAsync(bertil, id, []);
        var forrad = await ForradsaldoAsync("72480");

        await PostaAsync(id, "plockning");
        await PostaAsync(id, "plockad");
        Assert.Equal(HttpStatusCode.Redirect, (await PostaAsync(id, "utleverera")).StatusCode);
        Assert.Equal(forrad, await ForradsaldoAsync("72480"));

        // Bertil's Min sida lists the delivery to kvittera, and he has a message about it.
        var minSida = await Html.LasAsync(await bertil.GetAsync("/min-sida"));
        Assert.Contains($"Lagerpåfyllnad {nummer}", minSida.QuerySelector("[data-testid=att-kvittera]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Lagerpåfyllnad {nummer} är utlevererad.", await bertil.GetStringAsync("/meddelanden"), StringComparison.Ordinal);

        // Two colleagues kvittera at once, each from the page they opened: the saldo grows once.
        var kollegor = new[] { bertil, app.Klient(DemoData.ForskrivareHsaId) };
        var formular = await Task.WhenAll(kollegor.Select(async k =>
        {
            var detaljer = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}"));
            return new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Html.Token(detaljer),
                ["version"] = detaljer.QuerySelector<IElement>("[data-testid=kvittera] form input[name=version]")!.GetAttribute("value")!,
            });
        }));
        var svar = await Task.WhenAll(kollegor.Select((k, i) => k.PostAsync($"/bestallning/{id}/kvittera", formular[i])));
        Assert.Single(svar, s => s.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(forrad + 3, await ForradsaldoAsync("72480"));
        var kvitterad = await Html.LasAsync(await bertil.GetAsync($"/bestallning/{id}"));
        Assert.Null(kvitterad.QuerySelector("[data-testid=kvittera]"));
        Assert.NotNull(kvitterad.QuerySelector("[data-testid=kvitterade]"));
        Assert.DoesNotContain($"Lagerpåfyllnad {nummer}", await bertil.GetStringAsync("/min-sida"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Samtidiga_plockningar_overbokar_inte_det_centrala_saldot()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        // Three available gåstativ in the central warehouse; three orders want 2 each, so only one can be picked.
        await using (var db = app.Databas())
        {
            var gastativ = await db.Lagersaldon.SingleAsync(s => s.Lager.Typ == Lagertyp.Centrallager && s.Artikel.Artikelnummer == "20410");
            gastativ.Dra(gastativ.Tillgangligt - 3, negativtBekraftat: false);
            await db.SaveChangesAsync();
        }
        var ordrar = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            ordrar.Add((await ForskrivAsync(anna, ("20410", 2))).Id);
        }
        var saldo = await CentraltAsync("20410");
        // The pages are read one after the other: the client's first page sets its antiforgery cookie.
        var sidor = new List<(int id, IDocument sida)>();
        foreach (var id in ordrar)
        {
            sidor.Add((id, await Html.LasAsync(await Logistik.GetAsync($"/logistik/{id}"))));
        }
        var svar = await Task.WhenAll(sidor.Select(x => Logistik.PostAsync($"/logistik/{x.id}/plockning", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(x.sida),
            ["version"] = x.sida.QuerySelector<IElement>("form[action$='/plockning'] input[name=version]")!.GetAttribute("value")!,
        }))));
        Assert.Single(svar, s => s.StatusCode == HttpStatusCode.Redirect);
        var efter = await CentraltAsync("20410");
        Assert.Equal(2, efter.Reserverat - saldo.Reserverat);
        Assert.Equal(1, efter.Saldo - efter.Reserverat);
        Assert.All(svar.Where(s => s.StatusCode != HttpStatusCode.Redirect), s => Assert.True(s.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity));
    }

    private async Task<int> RadIdAsync(int id, string artikel)
    {
        await using var db = app.Databas();
        return await db.Orderrader.Where(r => r.BestallningId == id && r.Artikel.Artikelnummer == artikel).Select(r => r.Id).FirstAsync();
    }

    private async Task<int> ForradsaldoAsync(string artikel)
    {
        await using var db = app.Databas();
        return await db.Lagersaldon.Where(s => s.Lager.Nummer == "4711" && s.Artikel.Artikelnummer == artikel).Select(s => s.Saldo).SingleAsync();
    }
}

/// <summary>Drives Logistik's order page like a browser: reads the form of a step and posts it with the order's version.</summary>
internal static class Logistikflode
{
    public static async Task<HttpResponseMessage> PostaAsync(HttpClient logistik, int id, string handling, params (string Namn, string Varde)[] falt)
    {
        var sida = await Html.LasAsync(await logistik.GetAsync($"/logistik/{id}"));
        var form = sida.QuerySelector<IElement>($"form[action='/logistik/{id}/{handling}']") ?? throw new InvalidOperationException($"Ingen {handling} på sidan.");
        var data = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", Html.Token(sida)),
            new("version", form.QuerySelector<IElement>("input[name=version]")!.GetAttribute("value")!),
        };
        data.AddRange(falt.Select(f => new KeyValuePair<string, string>(f.Namn, f.Varde)));
        return await logistik.PostAsync($"/logistik/{id}/{handling}", new FormUrlEncodedContent(data));
    }

    /// <summary>Plockning, återrapportering and utleverans of an order without individmärkta rows.</summary>
    public static async Task LevereraAsync(SesamAppFactory app, int id)
    {
        var logistik = app.Klient(DemoData.LogistikHsaId);
        foreach (var steg in new[] { "plockning", "plockad", "utleverera" })
        {
            var svar = await PostaAsync(logistik, id, steg);
            Assert.True(svar.StatusCode == HttpStatusCode.Redirect, $"{steg}: {(int)svar.StatusCode}");
        }
    }
}

public sealed class LogistikTestsSqlite(SqliteApp app) : LogistikTests<SqliteApp>(app);

public sealed class LogistikTestsPostgres(PostgresApp app) : LogistikTests<PostgresApp>(app);
