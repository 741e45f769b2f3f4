using System.Net;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

public abstract class LagerTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    private async Task<int> LagerIdAsync(string nummer)
    {
        await using var db = app.Databas();
        return await db.Lager.Where(l => l.Nummer == nummer).Select(l => l.Id).SingleAsync();
    }

    private async Task<AngleSharp.Dom.IDocument> HamtaAsync(string hsaId, string url)
    {
        var svar = await app.Klient(hsaId).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        return await Html.LasAsync(svar);
    }

    private static List<string> Artiklar(AngleSharp.Dom.IDocument sida) =>
        sida.QuerySelectorAll("[data-testid=saldon] tbody tr").Select(r => r.GetAttribute("data-artikel")!).ToList();

    [Fact]
    public async Task Visar_eget_forrads_saldo_med_reserverat_tillgangligt_och_min_niva()
    {
        var sida = await HamtaAsync(DemoData.ForskrivareHsaId, "/lager");
        Assert.Contains("4711 Förråd Rehabmottagningen Lund", sida.QuerySelector("#lager option[selected]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["20410", "72481", "72480", "19961"], Artiklar(sida));
        var mjuksits = sida.QuerySelector("tr[data-artikel='72480']")!;
        Assert.Equal("1", mjuksits.QuerySelector("[data-kolumn=saldo]")!.TextContent);
        Assert.Equal("0", mjuksits.QuerySelector("[data-kolumn=reserverat]")!.TextContent);
        Assert.Equal("1", mjuksits.QuerySelector("[data-kolumn=tillgangligt]")!.TextContent);
        Assert.Equal("2", mjuksits.QuerySelector("[data-kolumn=minniva]")!.TextContent);
        Assert.Contains("inte skapa egna lagerpåfyllnader", sida.QuerySelector("[data-testid=automatisk-pafyllnad]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(sida.QuerySelector("nav a[href='/lager']"));
    }

    [Fact]
    public async Task Soker_benamning_och_filtrerar_artikeltyp_och_saldo()
    {
        Assert.Equal(["72481", "72480", "19961"], Artiklar(await HamtaAsync(DemoData.ForskrivareHsaId, "/lager?sok=ROLLATOR")));
        Assert.Equal(["72481", "72480"], Artiklar(await HamtaAsync(DemoData.ForskrivareHsaId, "/lager?artikeltyp=Tillbehor")));
        Assert.Equal(["72480"], Artiklar(await HamtaAsync(DemoData.ForskrivareHsaId, "/lager?saldo=UnderMinNiva")));

        var somn = await LagerIdAsync("4720");
        var medSaldo = Artiklar(await HamtaAsync(DemoData.SomnForskrivareHsaId, $"/lager?lager={somn}&saldo=MedSaldo&artikeltyp=Reservdel"));
        Assert.Equal(["40123", "40122"], medSaldo);
    }

    [Fact]
    public async Task Benamningen_sok_skiljer_inte_pa_stora_och_sma_a_a_o()
    {
        var somn = await LagerIdAsync("4720");
        await using (var db = app.Databas())
        {
            var lager = await db.Lager.SingleAsync(l => l.Id == somn);
            var overdrag = new Artikel("99001", "Överdrag för sittdyna", "st", Artikeltyp.Tillbehor, "181210");
            db.Add(overdrag);
            db.Add(new Lagersaldo(lager, overdrag, 2));
            db.Add(new Individ("9900101", overdrag, lager, null, Debiteringsform.Hyra, app.Klocka.Nu()));
            await db.SaveChangesAsync();
        }

        foreach (var sok in new[] { "ÖVERDRAG", "överdrag", "för SITTDYNA" })
        {
            Assert.Contains("99001", Artiklar(await HamtaAsync(DemoData.SomnForskrivareHsaId, $"/lager?lager={somn}&sok={Uri.EscapeDataString(sok)}")));
            var individer = await HamtaAsync(DemoData.SomnForskrivareHsaId, $"/lager?lager={somn}&flik=individer&sok={Uri.EscapeDataString(sok)}");
            Assert.Equal(["9900101"], individer.QuerySelectorAll("[data-testid=individer] tbody tr").Select(r => r.GetAttribute("data-individ")).ToList());
        }
    }

    [Fact]
    public async Task Saldourvalet_alla_visar_aven_artiklar_utan_saldo()
    {
        await using (var db = app.Databas())
        {
            var saldo = await db.Lagersaldon.SingleAsync(s => s.Lager.Nummer == "4720" && s.Artikel.Artikelnummer == "40112");
            saldo.Dra(1, negativtBekraftat: false);
            await db.SaveChangesAsync();
        }
        Assert.DoesNotContain("40112", Artiklar(await HamtaAsync(DemoData.SomnForskrivareHsaId, "/lager")));
        Assert.Contains("40112", Artiklar(await HamtaAsync(DemoData.SomnForskrivareHsaId, "/lager?saldo=Alla")));
    }

    [Fact]
    public async Task For_kort_sokning_ger_meddelande()
    {
        var sida = await HamtaAsync(DemoData.ForskrivareHsaId, "/lager?sok=ro");
        Assert.Contains("minst 3 tecken", sida.QuerySelector("[data-testid=sokfel]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ro", sida.QuerySelector("#sok")!.GetAttribute("value"));
        Assert.Empty(Artiklar(sida));
    }

    [Fact]
    public async Task Fliken_individer_visar_lagrets_individer()
    {
        var sida = await HamtaAsync(DemoData.ForskrivareHsaId, "/lager?flik=individer");
        var rader = sida.QuerySelectorAll("[data-testid=individer] tbody tr").ToList();
        Assert.Equal(["1948100", "1948101"], rader.Select(r => r.GetAttribute("data-individ")).ToList());
        Assert.Contains("Hylla A2", rader[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Tillgänglig", rader[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task En_artikels_rader_och_individer()
    {
        Assert.Equal(["72480"], Artiklar(await HamtaAsync(DemoData.ForskrivareHsaId, "/lager?artikel=72480")));
        var individer = await HamtaAsync(DemoData.ForskrivareHsaId, "/lager?flik=individer&artikel=19961");
        Assert.Equal(["1948100", "1948101"], individer.QuerySelectorAll("[data-testid=individer] tbody tr").Select(r => r.GetAttribute("data-individ")).ToList());
        Assert.Equal("19961", individer.QuerySelector("input[name=artikel]")?.GetAttribute("value"));
        var saknas = await HamtaAsync(DemoData.ForskrivareHsaId, "/lager?flik=individer&artikel=75178");
        Assert.Empty(saknas.QuerySelectorAll("[data-testid=individer] tbody tr"));
        Assert.Contains("inga individer", saknas.QuerySelector("[data-testid=individer] + p")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anvandare_med_flera_tjanstestallen_far_veta_hur_de_ser_de_andra_forraden()
    {
        // Anna works in Rehab and Sömn, Bertil only in Rehab.
        Assert.Contains("byter tjänsteställe", (await HamtaAsync(DemoData.ForskrivareHsaId, "/lager")).QuerySelector("[data-testid=andra-forrad]")?.TextContent, StringComparison.Ordinal);
        Assert.Null((await HamtaAsync(DemoData.BestallareHsaId, "/lager")).QuerySelector("[data-testid=andra-forrad]"));
    }

    [Fact]
    public async Task Annat_tjanstestalles_lager_ar_inte_tillgangligt()
    {
        var rehab = await LagerIdAsync("4711");
        var central = await LagerIdAsync("970");
        // The lager is scoped in the query (docs/arkitektur.md): another unit's finds nothing, which tells nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await app.Klient(DemoData.AndraEnhetensForskrivareHsaId).GetAsync($"/lager?lager={rehab}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Klient(DemoData.AndraEnhetensForskrivareHsaId).GetAsync($"/lager/{rehab}/lagersaldorapport")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Klient(DemoData.ForskrivareHsaId).GetAsync($"/lager?lager={central}")).StatusCode);
        var logistik = await HamtaAsync(DemoData.LogistikHsaId, $"/lager?lager={central}");
        Assert.Contains("75178", Artiklar(logistik));
    }

    [Fact]
    public async Task Lagersaldorapporten_ar_en_pdf_med_hela_lagret()
    {
        var rehab = await LagerIdAsync("4711");
        var svar = await app.Klient(DemoData.ForskrivareHsaId).GetAsync($"/lager/{rehab}/lagersaldorapport");
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal("application/pdf", svar.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ExtraheraLopandeAsync(await svar.Content.ReadAsByteArrayAsync());
        Assert.Contains("Lagersaldorapport – 4711 Förråd Rehabmottagningen Lund", text, StringComparison.Ordinal);
        Assert.Contains("Mjuksits till Rollator Futura", text, StringComparison.Ordinal);
        Assert.Contains("Gåstativ Fyrhjuligt justerbart 120kg", text, StringComparison.Ordinal);
        Assert.Contains("automatisk lagerpåfyllnad", text, StringComparison.Ordinal);
        Assert.Contains("1948100", text, StringComparison.Ordinal);
        Assert.Contains("Hylla A2", text, StringComparison.Ordinal);
    }
}

public sealed class LagerTestsSqlite(SqliteApp app) : LagerTests<SqliteApp>(app);

public sealed class LagerTestsPostgres(PostgresApp app) : LagerTests<PostgresApp>(app);
