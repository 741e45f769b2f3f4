using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Mer… → Sök → Levererade kundorder: a delivered order by its number or by a följesedel's, within the unit the user works in.</summary>
public abstract class LevereradeKundorderTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    private readonly HttpClient Anna = app.Klient(DemoData.ForskrivareHsaId);

    /// <summary>A korg delivered on följesedel 1 while the bricka (no central stock) stays restnoterad.</summary>
    private async Task<(int Id, string Nummer)> DelvisLevereradAsync()
    {
        var id = await Varukorg.NyAsync(Anna, DemoData.PatientLilleSkutt);
        Assert.Equal(HttpStatusCode.Redirect, (await Varukorg.LaggTillAsync(Anna, id, "72481", 1, "Hjalpmedelsverksamhet")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Varukorg.LaggTillAsync(Anna, id, "72482", 1, "Hjalpmedelsverksamhet")).StatusCode);
        var nummer = await Varukorg.SlutforOchSkickaAsync(Anna, id, []);
        int brickrad;
        await using (var db = app.Databas())
        {
            brickrad = await db.Orderrader.Where(r => r.BestallningId == id && r.Artikel.Artikelnummer == "72482").Select(r => r.Id).SingleAsync();
        }
        var logistik = app.Klient(DemoData.LogistikHsaId);
        var datum = app.Klocka.Idag().AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await Logistikflode.PostaAsync(logistik, id, $"rad/{brickrad}/leveransdatum", ("datum", datum), ("restnoterad", "true"))).StatusCode);
        await Logistikflode.LevereraAsync(app, id);
        return (id, nummer);
    }

    private static List<string> Rader(IDocument sida) =>
        sida.QuerySelectorAll("[data-testid=levererade-rader] tbody tr").Select(tr => tr.QuerySelector("td:nth-child(2)")!.TextContent.Trim()).ToList();

    private static string Fel(IDocument sida) => sida.QuerySelector("[data-testid=sokfel]")!.TextContent;

    [Fact]
    public async Task Foljesedeln_visar_sina_rader_och_de_restnoterade_och_kundordern_bara_de_levererade()
    {
        var (id, nummer) = await DelvisLevereradAsync();
        var svar = await Anna.GetAsync($"/bestallning/sok/levererade?foljesedel=+{nummer}-1+");
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Equal(["72481", "72482"], Rader(sida));
        Assert.Contains($"Följesedel {nummer}-1", sida.QuerySelector("#resultat-rubrik")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/bestallning/{id}", sida.QuerySelector("[data-testid=order-lank]")!.GetAttribute("href"));
        Assert.StartsWith("Levererad", sida.QuerySelector("[data-testid=rad-1] [data-testid=status]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Restnoterad", sida.QuerySelector("[data-testid=rad-2] [data-testid=status]")!.TextContent.Trim(), StringComparison.Ordinal);
        // A felrapport or an arbetsorder is registered from a delivered row, not from one still to come.
        var felrapport = sida.QuerySelector("[data-testid=rad-1] [data-testid=felrapport]")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await Anna.GetAsync(felrapport)).StatusCode);
        var arbetsorder = sida.QuerySelector("[data-testid=rad-1] [data-testid=arbetsorder]")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await Anna.GetAsync(arbetsorder)).StatusCode);
        Assert.Null(sida.QuerySelector("[data-testid=rad-2] [data-testid=felrapport]"));
        Assert.DoesNotContain("Lille Skutt", sida.Body!.TextContent, StringComparison.Ordinal);

        var kundorder = await Html.LasAsync(await Anna.GetAsync($"/bestallning/sok/levererade?kundorder={nummer}"));
        Assert.Equal(["72481"], Rader(kundorder));
        Assert.Equal($"{nummer}-1", kundorder.QuerySelector("[data-testid=rad-1] td:nth-child(6)")!.TextContent);

        // Showing a patient's delivered devices is PDL-logged like the order itself.
        await using var db = app.Databas();
        Assert.True(await db.Logg.AnyAsync(l => l.HsaId == DemoData.ForskrivareHsaId && l.Beskrivning == $"Följesedel {nummer}-1 visad." && l.MottagareId != null));
    }

    [Fact]
    public async Task En_foljesedel_som_inte_finns_eller_ar_ett_annat_tjanstestalles_far_samma_svar()
    {
        var (_, nummer) = await DelvisLevereradAsync();
        var saknas = await Anna.GetAsync($"/bestallning/sok/levererade?foljesedel={nummer}-2");
        Assert.Equal(HttpStatusCode.NotFound, saknas.StatusCode);
        Assert.Equal($"Det finns ingen följesedel {nummer}-2 för tjänstestället du arbetar i.", Fel(await Html.LasAsync(saknas)));

        var david = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        var annan = await david.GetAsync($"/bestallning/sok/levererade?foljesedel={nummer}-1");
        Assert.Equal(HttpStatusCode.NotFound, annan.StatusCode);
        var sida = await Html.LasAsync(annan);
        Assert.Equal($"Det finns ingen följesedel {nummer}-1 för tjänstestället du arbetar i.", Fel(sida));
        Assert.Null(sida.QuerySelector("[data-testid=levererade-rader]"));
        var annanOrder = await david.GetAsync($"/bestallning/sok/levererade?kundorder={nummer}");
        Assert.Equal($"Det finns ingen kundorder {nummer} för tjänstestället du arbetar i.", Fel(await Html.LasAsync(annanOrder)));

        // Logistik sees every unit's.
        Assert.Equal(HttpStatusCode.OK, (await app.Klient(DemoData.LogistikHsaId).GetAsync($"/bestallning/sok/levererade?foljesedel={nummer}-1")).StatusCode);
    }

    [Fact]
    public async Task Ogiltigt_nummer_far_ett_svenskt_besked_och_behaller_det_skrivna()
    {
        var tom = await Html.LasAsync(await Anna.GetAsync("/bestallning/sok/levererade"));
        Assert.Null(tom.QuerySelector("[data-testid=sokfel]"));
        Assert.NotNull(tom.QuerySelector("[data-testid=flik-levererade][aria-current=page]"));

        var utanBindestreck = await Anna.GetAsync("/bestallning/sok/levererade?foljesedel=21388086");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, utanBindestreck.StatusCode);
        var sida = await Html.LasAsync(utanBindestreck);
        Assert.Equal("Ange hela följesedelnumret, till exempel 21388086-1 (kundordernumret, bindestreck och följesedelns nummer).", Fel(sida));
        Assert.Equal("21388086", sida.QuerySelector<IElement>("#foljesedel")!.GetAttribute("value"));

        var kundorder = await Html.LasAsync(await Anna.GetAsync("/bestallning/sok/levererade?kundorder=12ab"));
        Assert.StartsWith("Ange hela kundordernumret", Fel(kundorder), StringComparison.Ordinal);
        Assert.Equal("12ab", kundorder.QuerySelector<IElement>("#kundorder")!.GetAttribute("value"));

        var bada = await Anna.GetAsync("/bestallning/sok/levererade?kundorder=21388086&foljesedel=21388086-1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bada.StatusCode);
        var badaSida = await Html.LasAsync(bada);
        Assert.Equal("Ange antingen kundordernummer eller följesedelnummer, inte båda.", Fel(badaSida));
        Assert.Equal("21388086-1", badaSida.QuerySelector<IElement>("#foljesedel")!.GetAttribute("value"));
    }

    [Fact]
    public async Task En_kundorder_utan_levererade_rader_sager_det()
    {
        var id = await Varukorg.NyAsync(Anna, DemoData.PatientLilleSkutt);
        Assert.Equal(HttpStatusCode.Redirect, (await Varukorg.LaggTillAsync(Anna, id, "72481", 1, "Hjalpmedelsverksamhet")).StatusCode);
        var nummer = await Varukorg.SlutforOchSkickaAsync(Anna, id, []);
        var svar = await Anna.GetAsync($"/bestallning/sok/levererade?kundorder={nummer}");
        Assert.Equal(HttpStatusCode.NotFound, svar.StatusCode);
        Assert.Equal($"Kundorder {nummer} har inga levererade rader ännu.", Fel(await Html.LasAsync(svar)));
    }
}

public sealed class LevereradeKundorderTestsSqlite(SqliteApp app) : LevereradeKundorderTests<SqliteApp>(app);

public sealed class LevereradeKundorderTestsPostgres(PostgresApp app) : LevereradeKundorderTests<PostgresApp>(app);
