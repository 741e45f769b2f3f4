using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Hamtordrar;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>
/// Every PDF Sesam prints, made from data with long values (benämningar with long words, 20-character individnummer,
/// 40-character serienummer, long names of units, lager, förskrivare and patients): no word may run into another or
/// out of the page, as read back by <c>pdftotext -bbox</c>.
/// </summary>
public abstract class PdfLayoutTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    private const string Markor = " med hjälpmedel, förbrukningsartiklar och reservdelar för hela vårdenheten";

    /// <summary>Lengthens the demo data's printed values, once per database (the tests of a class share it).</summary>
    private async Task LangaVardenAsync()
    {
        await using var db = app.Databas();
        if (await db.Lager.AnyAsync(l => l.Namn.EndsWith(Markor)))
        {
            return;
        }
        string[] satser =
        [
            """UPDATE "Artiklar" SET "Benamning" = substr('Specialanpassningsutrustningskomponentbeteckningen ' || "Benamning" || ' med en mycket lång beskrivning av tillbehör, reservdelar och förbrukningsartiklar', 1, 200), "Artikelnummer" = "Artikelnummer" || substr('9999999999', 1, 10 - length("Artikelnummer"))""",
            """UPDATE "Individer" SET "Individnummer" = "Individnummer" || substr('88888888888888888888', 1, 20 - length("Individnummer")), "Serienummer" = substr('SN' || "Individnummer" || 'WMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWM', 1, 40), "Placering" = 'Hylla A2, bakre förrådsrummet, översta hyllplanet'""",
            $"""UPDATE "Lager" SET "Namn" = "Namn" || '{Markor}'""",
            """UPDATE "Tjanstestallen" SET "Namn" = "Namn" || ' inom Specialistrehabiliteringsverksamheten och primärvården i Skåne'""",
            """UPDATE "Anvandare" SET "Fornamn" = "Fornamn" || '-Kristina Elisabet', "Efternamn" = "Efternamn" || '-Wachtmeisterhielm'""",
            """UPDATE "Mottagare" SET "Namn" = "Namn" || ' Långnamnssonsdotter-Wachtmeisterhielm af Skåne'""",
        ];
        foreach (var sats in satser)
        {
            await db.Database.ExecuteSqlRawAsync(sats);
        }
    }

    private static async Task<byte[]> PdfAsync(HttpClient klient, string url, IEnumerable<KeyValuePair<string, string>>? formular = null)
    {
        var svar = formular is null ? await klient.GetAsync(url) : await klient.PostAsync(url, new FormUrlEncodedContent(formular));
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal("application/pdf", svar.Content.Headers.ContentType?.MediaType);
        return await svar.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The låneförbindelse form's token and every device on it, posted with the template <paramref name="mall"/>.</summary>
    private static async Task<byte[]> LaneforbindelseAsync(HttpClient klient, string url, string mall)
    {
        var sida = await Html.LasAsync(await klient.GetAsync(url));
        var falt = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", Html.Token(sida)), new("mall", mall) };
        falt.AddRange(sida.QuerySelectorAll<IElement>("input[type=checkbox][name=rad], input[type=checkbox][name=individ]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)));
        Assert.True(falt.Count > 2, "Låneförbindelsen har inga hjälpmedel att välja.");
        return await PdfAsync(klient, url, falt);
    }

    private async Task<int> TjanstestalleAsync(string kod)
    {
        await using var db = app.Databas();
        return await db.Tjanstestallen.Where(t => t.Kod == kod).Select(t => t.Id).SingleAsync();
    }

    [Fact]
    public async Task Laneforbindelsen_fran_en_bestallning()
    {
        await LangaVardenAsync();
        var rehab = await TjanstestalleAsync("4711");
        int id;
        await using (var db = app.Databas())
        {
            id = await db.Bestallningar
                .Where(b => b.TjanstestalleId == rehab && b.Status != Orderstatus.Pagaende && b.Ordertyp == Ordertyp.Forskrivning && b.MottagareId != null)
                .OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
        }
        var pdf = await LaneforbindelseAsync(app.Klient(DemoData.ForskrivareHsaId), $"/bestallning/{id}/laneforbindelse", "lan");
        await PdfText.AssertIngaOverlappAsync("Låneförbindelse", pdf);
    }

    [Fact]
    public async Task Ansvarsblanketten_fran_patienten()
    {
        await LangaVardenAsync();
        var tolvan = await Mottagarhjalp.IdAsync(app, DemoData.PatientTolvan);
        var pdf = await LaneforbindelseAsync(app.Klient(DemoData.SomnForskrivareHsaId), $"/mottagare/{tolvan}/laneforbindelse", "cpap");
        await PdfText.AssertIngaOverlappAsync("CPAP - Ansvarsblankett", pdf);
        await PdfText.AssertIngaOverlappAsync("Hjälpmedelslista", await PdfAsync(app.Klient(DemoData.SomnForskrivareHsaId), $"/mottagare/{tolvan}/hjalpmedelslista"));
    }

    [Fact]
    public async Task Lagersaldorapporten()
    {
        await LangaVardenAsync();
        int forrad;
        await using (var db = app.Databas())
        {
            forrad = await db.Tjanstestallen.Where(t => t.Kod == "4711").Select(t => t.ForradId!.Value).SingleAsync();
        }
        var pdf = await PdfAsync(app.Klient(DemoData.ForskrivareHsaId), $"/lager/{forrad}/lagersaldorapport");
        await PdfText.AssertIngaOverlappAsync("Lagersaldorapport", pdf);
    }

    [Fact]
    public async Task Hamtordern()
    {
        await LangaVardenAsync();
        var rehab = await TjanstestalleAsync("4711");
        string nummer;
        await using (var db = app.Databas())
        {
            nummer = await db.Hamtordrar.Where(h => h.TjanstestalleId == rehab && h.Status == Hamtorderstatus.Registrerad)
                .OrderBy(h => h.Id).Select(h => h.Hamtordernummer).FirstAsync();
        }
        await PdfText.AssertIngaOverlappAsync("Hämtorder", await PdfAsync(app.Klient(DemoData.ForskrivareHsaId), $"/hamtorder/{nummer}/utskrift"));
    }

    [Fact]
    public async Task Plocklistan_och_foljesedeln()
    {
        await LangaVardenAsync();
        var rehab = await TjanstestalleAsync("4711");
        var logistik = app.Klient(DemoData.LogistikHsaId);
        int order;
        int lagerpafyllnad;
        await using (var db = app.Databas())
        {
            order = await db.Bestallningar.Where(b => b.TjanstestalleId == rehab && b.Ordertyp == Ordertyp.Forskrivning
                    && (b.Status == Orderstatus.Registrerad || b.Status == Orderstatus.ForPlockning))
                .OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
            lagerpafyllnad = await db.Bestallningar.Where(b => b.TjanstestalleId == rehab && b.Ordertyp == Ordertyp.Lagerpafyllnad && b.Foljesedlar > 0)
                .OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
        }
        if ((await Html.LasAsync(await logistik.GetAsync($"/logistik/{order}"))).QuerySelector($"form[action='/logistik/{order}/plockning']") is not null)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Logistikflode.PostaAsync(logistik, order, "plockning")).StatusCode);
        }
        await PdfText.AssertIngaOverlappAsync("Plocklista", await PdfAsync(logistik, $"/logistik/{order}/plocklista"));
        await PdfText.AssertIngaOverlappAsync("Följesedel", await PdfAsync(logistik, $"/logistik/{lagerpafyllnad}/foljesedel/1"));
    }
}

public sealed class PdfLayoutTestsSqlite(SqliteApp app) : PdfLayoutTests<SqliteApp>(app);

public sealed class PdfLayoutTestsPostgres(PostgresApp app) : PdfLayoutTests<PostgresApp>(app);
