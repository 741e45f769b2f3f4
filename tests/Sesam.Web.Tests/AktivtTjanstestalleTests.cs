using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>
/// Unit-bound data is the ACTIVE tjänsteställe's: Anna is linked to 4711 and 4720, and while she works in 4720 the
/// orders of 4711 (details, bilagor, komponenter på väg, the start page) are as hidden from her as from David, who is
/// only in 4720. Her colleague Bertil in 4711 and Logistik see them.
/// </summary>
public abstract class AktivtTjanstestalleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    private async Task<(int Rehab, int Somn)> TjanstestallenAsync()
    {
        await using var db = app.Databas();
        var t = await db.Tjanstestallen.Where(x => x.Kod == "4711" || x.Kod == "4720").ToDictionaryAsync(x => x.Kod, x => x.Id);
        return (t["4711"], t["4720"]);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient k, string url) => (await k.GetAsync(url)).StatusCode;

    [Fact]
    public async Task Bilaga_pa_skickad_bestallning_syns_bara_i_bestallningens_aktiva_tjanstestalle()
    {
        var (rehab, somn) = await TjanstestallenAsync();
        var anna = app.Klient(DemoData.ForskrivareHsaId, rehab);
        var id = await Varukorg.NyAsync(anna, DemoData.PatientTolvan);
        await Varukorg.LaggTillAsync(anna, id, "20410", 1, "Hjalpmedelsverksamhet");
        int radId;
        await using (var db = app.Databas())
        {
            radId = await db.Orderrader.Where(r => r.BestallningId == id).Select(r => r.Id).SingleAsync();
        }
        var radUrl = $"/bestallning/{id}/rad/{radId}";
        var sida = await Html.LasAsync(await anna.GetAsync(radUrl));
        using (var form = new MultipartFormDataContent
        {
            { new StringContent(Html.Token(sida)), "__RequestVerificationToken" },
            { new ByteArrayContent("%PDF-1.4 intyg"u8.ToArray()), "Bilaga", "intyg.pdf" },
        })
        {
            Assert.Equal(radUrl, (await anna.PostAsync($"{radUrl}/bilaga", form)).Headers.Location?.OriginalString);
        }
        await Varukorg.SlutforOchSkickaAsync(anna, id, []);
        int bilagaId;
        await using (var db = app.Databas())
        {
            bilagaId = await db.OrderradBilagor.Where(b => b.OrderradId == radId).Select(b => b.Id).SingleAsync();
        }
        var bilaga = $"{radUrl}/bilaga/{bilagaId}";

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(anna, bilaga));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(app.Klient(DemoData.BestallareHsaId), bilaga));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(app.Klient(DemoData.LogistikHsaId, somn), bilaga));
        var annaISomn = app.Klient(DemoData.ForskrivareHsaId, somn);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(annaISomn, bilaga));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(annaISomn, $"/bestallning/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(app.Klient(DemoData.AndraEnhetensForskrivareHsaId), bilaga));
    }

    [Fact]
    public async Task Komponenter_pa_vag_visar_bara_det_aktiva_tjanstestallets_bestallningar()
    {
        var (rehab, somn) = await TjanstestallenAsync();
        var anna = app.Klient(DemoData.ForskrivareHsaId, rehab);
        var ordernummer = await Varukorg.SkickaKompletteringAsync(app, anna, DemoData.PatientLilleSkutt, "56283", "1449334");

        var egen = await Html.LasAsync(await anna.GetAsync("/bestallning/komponenter-pa-vag/1449334"));
        Assert.Equal(ordernummer, egen.QuerySelector("[data-testid=pa-vag] a")!.TextContent);
        Assert.NotNull((await Html.LasAsync(await anna.GetAsync("/individ/1449334"))).QuerySelector("[data-testid=komponenter-pa-vag]"));

        foreach (var annan in new[] { app.Klient(DemoData.ForskrivareHsaId, somn), app.Klient(DemoData.AndraEnhetensForskrivareHsaId) })
        {
            var sida = await Html.LasAsync(await annan.GetAsync("/bestallning/komponenter-pa-vag/1449334"));
            Assert.Null(sida.QuerySelector("[data-testid=pa-vag]"));
            Assert.DoesNotContain(ordernummer, sida.Body!.TextContent, StringComparison.Ordinal);
            var kort = await Html.LasAsync(await annan.GetAsync("/individ/1449334"));
            Assert.Null(kort.QuerySelector("[data-testid=komponenter-pa-vag]"));
        }
    }

    [Fact]
    public async Task Startsidan_listar_skickade_bestallningar_i_det_aktiva_tjanstestallet()
    {
        var (rehab, somn) = await TjanstestallenAsync();
        var anna = app.Klient(DemoData.ForskrivareHsaId, rehab);
        var id = await Varukorg.NyAsync(anna, DemoData.PatientTolvan);
        await Varukorg.LaggTillAsync(anna, id, "55871", 1, "Hjalpmedelsverksamhet");
        await Varukorg.SlutforOchSkickaAsync(anna, id, []);

        static IEnumerable<string?> Lankar(IDocument sida) => sida.QuerySelectorAll("a").Select(a => a.GetAttribute("href"));
        Assert.Contains($"/bestallning/{id}", Lankar(await Html.LasAsync(await anna.GetAsync("/"))));
        Assert.DoesNotContain($"/bestallning/{id}", Lankar(await Html.LasAsync(await app.Klient(DemoData.ForskrivareHsaId, somn).GetAsync("/"))));
    }

    [Fact]
    public async Task Varukorg_for_ett_annat_eget_tjanstestalle_gor_det_till_det_aktiva()
    {
        var (_, somn) = await TjanstestallenAsync();
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var start = await Html.LasAsync(await anna.GetAsync("/bestallning"));
        var svar = await Html.SkickaAsync(anna, start, "form[action='/bestallning/ny']",
            ("Personnummer", DemoData.PatientTolvan), ("TjanstestalleId", somn.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Contains(svar.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sesam=", StringComparison.Ordinal));
        var id = int.Parse(svar.Headers.Location!.OriginalString.Split('/', '?')[2], System.Globalization.CultureInfo.InvariantCulture);
        await using var db = app.Databas();
        Assert.Equal(somn, await db.Bestallningar.Where(b => b.Id == id).Select(b => b.TjanstestalleId).SingleAsync());
        Assert.True(await db.Logg.AnyAsync(p => p.HsaId == DemoData.ForskrivareHsaId && p.Handling == "Byte av tjänsteställe" && p.TjanstestalleId == somn));
        Assert.True(await db.Logg.AnyAsync(p => p.HsaId == DemoData.ForskrivareHsaId && p.Handling == "Beställning skapad" && p.TjanstestalleId == somn));
        // The cart stays Anna's own, whichever tjänsteställe she works in.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(anna, $"/bestallning/{id}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(app.Klient(DemoData.ForskrivareHsaId, somn), $"/bestallning/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(app.Klient(DemoData.SomnForskrivareHsaId), $"/bestallning/{id}"));
    }
}

public sealed class AktivtTjanstestalleTestsSqlite(SqliteApp app) : AktivtTjanstestalleTests<SqliteApp>(app);

public sealed class AktivtTjanstestalleTestsPostgres(PostgresApp app) : AktivtTjanstestalleTests<PostgresApp>(app);
