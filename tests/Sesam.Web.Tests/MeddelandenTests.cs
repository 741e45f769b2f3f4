using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Organisation;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Meddelanden: what Sesam tells a user by itself, the red number of unread ones, reading and removing them.</summary>
public abstract class MeddelandenTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    private static int? Olasta(IDocument sida) =>
        sida.QuerySelector("[data-testid=olasta]") is { } e ? int.Parse(e.FirstChild!.TextContent, System.Globalization.CultureInfo.InvariantCulture) : null;

    [Fact]
    public async Task Makulerad_hamtorder_meddelas_den_som_skapade_den_och_lases_och_tas_bort()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var fore = Olasta(await Html.LasAsync(await anna.GetAsync("/meddelanden"))) ?? 0;

        // Bertil makulerar the open hämtorder Anna registered for Lille Skutt.
        string nummer;
        await using (var db = app.Databas())
        {
            nummer = await db.Hamtordrar.Where(h => h.RegistreradAvHsaId == DemoData.ForskrivareHsaId && h.Status == Hamtorderstatus.Registrerad)
                .OrderBy(h => h.Id).Select(h => h.Hamtordernummer).FirstAsync();
        }
        var bertil = app.Klient(DemoData.BestallareHsaId);
        var sida = await Html.LasAsync(await bertil.GetAsync($"/hamtorder/{nummer}"));
        var svar = await Html.SkickaAsync(bertil, sida, "[data-testid=makulera] form");
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        await bertil.GetAsync(svar.Headers.Location);

        var lista = await Html.LasAsync(await anna.GetAsync("/meddelanden"));
        Assert.Equal(fore + 1, Olasta(lista));
        var rad = lista.QuerySelectorAll("[data-testid=meddelanden] tbody tr").First(tr => tr.TextContent.Contains($"Hämtorder {nummer} är makulerad.", StringComparison.Ordinal));
        Assert.Contains("Sesam", rad.TextContent, StringComparison.Ordinal);
        Assert.NotNull(rad.QuerySelector("[aria-label=Oläst]"));
        var url = rad.QuerySelector<IElement>("a")!.GetAttribute("href")!;

        var las = await Html.LasAsync(await anna.GetAsync(url));
        Assert.Equal($"Hämtorder {nummer} är makulerad.", las.QuerySelector("[data-testid=rubrik]")!.TextContent);
        Assert.StartsWith("Hämtordern makulerades ", las.QuerySelector("[data-testid=text]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/hamtorder/{nummer}", las.QuerySelector("[data-testid=lank]")!.GetAttribute("href"));
        Assert.Equal(fore == 0 ? null : fore, Olasta(las));
        // Bertil made it himself and gets nothing; another user cannot open Anna's message.
        Assert.DoesNotContain($"Hämtorder {nummer} är makulerad.", await bertil.GetStringAsync("/meddelanden"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await bertil.GetAsync(url)).StatusCode);

        var utanBock = await Html.SkickaAsync(anna, las, $"form[action='{url}']");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, utanBock.StatusCode);
        var taBort = await Html.SkickaAsync(anna, las, $"form[action='{url}']", ("taBort", "true"));
        Assert.Equal("/meddelanden", taBort.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Makulerad_bestallning_meddelas_forskrivaren_och_ta_bort_samtliga_tar_bara_egna()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(anna, DemoData.PatientLilleSkutt);
        await Varukorg.LaggTillAsync(anna, id, "72481", 1, "Hjalpmedelsverksamhet");
        var nummer = await Varukorg.SlutforOchSkickaAsync(anna, id, []);

        var logistik = app.Klient(DemoData.LogistikHsaId);
        var detaljer = await Html.LasAsync(await logistik.GetAsync($"/bestallning/{id}"));
        var svar = await Html.SkickaAsync(logistik, detaljer, "[data-testid=makulera] form");
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        var lista = await Html.LasAsync(await anna.GetAsync("/meddelanden"));
        Assert.Contains($"Beställning {nummer} är makulerad.", lista.QuerySelector("[data-testid=meddelanden]")!.TextContent, StringComparison.Ordinal);

        int bertilsFore;
        await using (var db = app.Databas())
        {
            var bertil = await db.Anvandare.SingleAsync(a => a.HsaId == DemoData.BestallareHsaId);
            bertilsFore = await db.Meddelanden.CountAsync(m => m.AnvandareId == bertil.Id);
        }
        var taBort = await Html.SkickaAsync(anna, lista, "form[action='/meddelanden/ta-bort-alla']");
        Assert.Equal("/meddelanden", taBort.Headers.Location?.OriginalString);
        var tom = await Html.LasAsync(await anna.GetAsync("/meddelanden"));
        Assert.NotNull(tom.QuerySelector("[data-testid=inga]"));
        Assert.Null(Olasta(tom));
        await using (var db = app.Databas())
        {
            var bertil = await db.Anvandare.SingleAsync(a => a.HsaId == DemoData.BestallareHsaId);
            Assert.Equal(bertilsFore, await db.Meddelanden.CountAsync(m => m.AnvandareId == bertil.Id));
        }
    }

    /// <summary>Anna, linked to 4711 and 4720, sends an order while working in 4720 and Logistik makulerar it: her message about it.</summary>
    private async Task<(int Somn, int OrderId, string Meddelande)> MeddelandeOmSomnmottagningensOrderAsync()
    {
        int somn;
        await using (var db = app.Databas())
        {
            somn = await db.Tjanstestallen.Where(t => t.Kod == "4720").Select(t => t.Id).SingleAsync();
        }
        var annaISomn = app.Klient(DemoData.ForskrivareHsaId, somn);
        var id = await Varukorg.NyAsync(annaISomn, DemoData.PatientTolvan);
        await Varukorg.LaggTillAsync(annaISomn, id, "72481", 1, "Hjalpmedelsverksamhet");
        var nummer = await Varukorg.SlutforOchSkickaAsync(annaISomn, id, []);
        var logistik = app.Klient(DemoData.LogistikHsaId);
        var detaljer = await Html.LasAsync(await logistik.GetAsync($"/bestallning/{id}"));
        Assert.Equal(HttpStatusCode.Redirect, (await Html.SkickaAsync(logistik, detaljer, "[data-testid=makulera] form")).StatusCode);
        var lista = await Html.LasAsync(await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/meddelanden"));
        var lank = lista.QuerySelectorAll("[data-testid=meddelanden] tbody tr")
            .First(tr => tr.TextContent.Contains($"Beställning {nummer} är makulerad.", StringComparison.Ordinal))
            .QuerySelector<IElement>("a")!.GetAttribute("href")!;
        return (somn, id, lank);
    }

    [Fact]
    public async Task Meddelande_om_ett_annat_eget_tjanstestalle_erbjuder_byte_och_oppnar_sedan_lanken()
    {
        var (somn, id, meddelande) = await MeddelandeOmSomnmottagningensOrderAsync();
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var sida = await Html.LasAsync(await anna.GetAsync(meddelande));
        Assert.Equal("4720 Sömnmottagningen Malmö", sida.QuerySelector("[data-testid=galler-tjanstestalle]")!.TextContent);
        // The link would answer 404 while she works in 4711: the page offers the switch instead.
        Assert.Null(sida.QuerySelector("[data-testid=lank]"));
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/bestallning/{id}")).StatusCode);
        var form = sida.QuerySelector<IElement>("[data-testid=byt-och-oppna]")!;
        Assert.Contains("Du arbetar nu i 4711 Rehabmottagningen Lund", form.TextContent, StringComparison.Ordinal);
        Assert.Equal("Byt till 4720 Sömnmottagningen Malmö och öppna beställningen", form.QuerySelector("button")!.TextContent);

        var svar = await Html.SkickaAsync(anna, sida, "[data-testid=byt-och-oppna]");
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Equal($"/bestallning/{id}", svar.Headers.Location?.OriginalString);
        Assert.Contains(svar.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sesam=", StringComparison.Ordinal));
        await using (var db = app.Databas())
        {
            Assert.True(await db.Logg.AnyAsync(p => p.HsaId == DemoData.ForskrivareHsaId && p.Handling == "Byte av tjänsteställe" && p.TjanstestalleId == somn));
        }
        // Working in 4720 the link opens the order, and the message links to it directly.
        var annaISomn = app.Klient(DemoData.ForskrivareHsaId, somn);
        Assert.Equal(HttpStatusCode.OK, (await annaISomn.GetAsync($"/bestallning/{id}")).StatusCode);
        var direkt = await Html.LasAsync(await annaISomn.GetAsync(meddelande));
        Assert.Equal($"/bestallning/{id}", direkt.QuerySelector("[data-testid=lank]")!.GetAttribute("href"));
        Assert.Null(direkt.QuerySelector("[data-testid=byt-och-oppna]"));

        // The switch only ever leads within Sesam.
        var bort = await anna.PostAsync("/tjanstestalle", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(sida),
            ["tjanstestalleId"] = somn.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["tillbaka"] = "https://example.org/",
        }));
        Assert.Equal("/", bort.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Meddelande_om_ett_tjanstestalle_anvandaren_inte_langre_ar_knuten_till_ger_varken_lank_eller_byte()
    {
        var (somn, id, meddelande) = await MeddelandeOmSomnmottagningensOrderAsync();
        await using (var db = app.Databas())
        {
            var anna = await db.Anvandare.SingleAsync(a => a.HsaId == DemoData.ForskrivareHsaId);
            await db.Set<AnvandarTjanstestalle>().Where(k => k.AnvandareId == anna.Id && k.TjanstestalleId == somn).ExecuteDeleteAsync();
        }
        try
        {
            var anna = app.Klient(DemoData.ForskrivareHsaId);
            var sida = await Html.LasAsync(await anna.GetAsync(meddelande));
            Assert.Equal("Meddelandet gäller 4720 Sömnmottagningen Malmö, som du inte längre är knuten till. Du kan inte öppna beställningen.",
                sida.QuerySelector("[data-testid=ej-behorig]")!.TextContent);
            Assert.Null(sida.QuerySelector("[data-testid=lank]"));
            Assert.Null(sida.QuerySelector("[data-testid=byt-och-oppna]"));
            // A hand-made switch is refused and the order stays hidden.
            var forsok = await anna.PostAsync("/tjanstestalle", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Html.Token(sida),
                ["tjanstestalleId"] = somn.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["tillbaka"] = $"/bestallning/{id}",
            }));
            Assert.Equal(HttpStatusCode.Forbidden, forsok.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/bestallning/{id}")).StatusCode);
        }
        finally
        {
            await using var db = app.Databas();
            var anna = await db.Anvandare.Include(a => a.Tjanstestallen).SingleAsync(a => a.HsaId == DemoData.ForskrivareHsaId);
            anna.KopplaTill(await db.Tjanstestallen.SingleAsync(t => t.Id == somn));
            await db.SaveChangesAsync();
        }
    }
}

public sealed class MeddelandenTestsSqlite(SqliteApp app) : MeddelandenTests<SqliteApp>(app);

public sealed class MeddelandenTestsPostgres(PostgresApp app) : MeddelandenTests<PostgresApp>(app);
