using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain;
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
        var svar = await bertil.PostAsync($"/hamtorder/{nummer}/makulera", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(sida),
            ["version"] = sida.QuerySelector<IElement>("[data-testid=makulera] input[name=version]")!.GetAttribute("value")!,
        }));
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

        var utanBock = await anna.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.Token(las) }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, utanBock.StatusCode);
        var taBort = await anna.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.Token(las), ["taBort"] = "true" }));
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
        var svar = await logistik.PostAsync($"/bestallning/{id}/makulera", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(detaljer),
            ["version"] = detaljer.QuerySelector<IElement>("[data-testid=makulera] input[name=version]")!.GetAttribute("value")!,
            ["bekraftat"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        var lista = await Html.LasAsync(await anna.GetAsync("/meddelanden"));
        Assert.Contains($"Beställning {nummer} är makulerad.", lista.QuerySelector("[data-testid=meddelanden]")!.TextContent, StringComparison.Ordinal);

        int bertilsFore;
        await using (var db = app.Databas())
        {
            var bertil = await db.Anvandare.SingleAsync(a => a.HsaId == DemoData.BestallareHsaId);
            bertilsFore = await db.Meddelanden.CountAsync(m => m.AnvandareId == bertil.Id);
        }
        var taBort = await anna.PostAsync("/meddelanden/ta-bort-alla", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.Token(lista) }));
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
}

public sealed class MeddelandenTestsSqlite(SqliteApp app) : MeddelandenTests<SqliteApp>(app);

public sealed class MeddelandenTestsPostgres(PostgresApp app) : MeddelandenTests<PostgresApp>(app);
