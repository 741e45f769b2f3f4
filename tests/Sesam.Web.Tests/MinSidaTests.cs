using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Organisation;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Min sida → Inställning. Each test uses its own demo user, since they change the users' settings.</summary>
public abstract class MinSidaTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    private async Task<int> TjanstestalleIdAsync(string kod)
    {
        await using var db = app.Databas();
        return await db.Tjanstestallen.Where(t => t.Kod == kod).Select(t => t.Id).SingleAsync();
    }

    private static async Task<HttpResponseMessage> SparaAsync(HttpClient k, params (string Namn, string Varde)[] falt) =>
        await Html.SkickaAsync(k, await Html.LasAsync(await k.GetAsync("/min-sida")), "form[action='/min-sida/installning']", falt);

    /// <summary>A setting the form does not offer (another unit's tjänsteställe, an unknown leveranskälla): the fields and the page's token by hand.</summary>
    private static async Task<HttpResponseMessage> ForfalskaAsync(HttpClient k, params (string Namn, string Varde)[] falt)
    {
        var sida = await Html.LasAsync(await k.GetAsync("/min-sida"));
        var formular = falt.Select(f => new KeyValuePair<string, string>(f.Namn, f.Varde)).Append(new("__RequestVerificationToken", Html.Token(sida)));
        return await k.PostAsync("/min-sida/installning", new FormUrlEncodedContent(formular));
    }

    private static async Task<string?> ForvaldKallaAsync(HttpClient k)
    {
        var id = await Varukorg.NyAsync(k, DemoData.PatientTolvan);
        var varukorg = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}"));
        return varukorg.QuerySelector<IElement>("input[name=Kalla][checked]")?.GetAttribute("value");
    }

    [Fact]
    public async Task Visar_namn_hsa_id_roller_och_tjanstestallen_med_standard_och_aktivt()
    {
        var somn = await TjanstestalleIdAsync("4720");
        var rehab = await TjanstestalleIdAsync("4711");

        var svar = await app.Klient(DemoData.LogistikHsaId, somn).GetAsync("/min-sida");

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Equal("Lars Lindqvist", sida.QuerySelector("[data-testid=namn]")!.TextContent);
        Assert.Equal(DemoData.LogistikHsaId, sida.QuerySelector("[data-testid=hsaid]")!.TextContent);
        Assert.Equal("Logistik", sida.QuerySelector("[data-testid=roller]")!.TextContent);
        var tjanstestallen = sida.QuerySelectorAll("[data-testid=tjanstestallen] li").ToList();
        Assert.Equal(2, tjanstestallen.Count);
        var standard = Assert.Single(tjanstestallen, t => t.QuerySelector("[data-testid=standard]") is not null);
        Assert.Equal(rehab.ToString(System.Globalization.CultureInfo.InvariantCulture), standard.GetAttribute("data-tjanstestalle"));
        Assert.Contains("4711 Rehabmottagningen Lund", standard.TextContent, StringComparison.Ordinal);
        var aktivt = Assert.Single(tjanstestallen, t => t.QuerySelector("[data-testid=aktivt]") is not null);
        Assert.Contains("4720 Sömnmottagningen Malmö", aktivt.TextContent, StringComparison.Ordinal);
        Assert.NotNull(sida.QuerySelector("#kalla-hmv[checked]"));
        Assert.Equal(rehab.ToString(System.Globalization.CultureInfo.InvariantCulture), sida.QuerySelector<IElement>("#StandardTjanstestalleId option[selected]")!.GetAttribute("value"));
        Assert.NotNull(sida.QuerySelector("nav a[href='/min-sida']"));
    }

    [Fact]
    public async Task Mina_hamtordrar_lankas_bara_for_den_som_far_se_dem()
    {
        var anna = await Html.LasAsync(await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/min-sida"));
        var lank = anna.QuerySelector("[data-testid=mina-hamtordrar]")!.GetAttribute("href")!;
        Assert.Equal(System.Net.HttpStatusCode.OK, (await app.Klient(DemoData.ForskrivareHsaId).GetAsync(lank)).StatusCode);
        var admin = await Html.LasAsync(await app.Klient(DemoData.AdminHsaId).GetAsync("/min-sida"));
        Assert.Null(admin.QuerySelector("[data-testid=mina-hamtordrar]"));
    }

    [Fact]
    public async Task Sparad_installning_blir_forvalet_i_varukorgen_och_loggas()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var somn = await TjanstestalleIdAsync("4720");
        Assert.Equal("Hjalpmedelsverksamhet", await ForvaldKallaAsync(k));

        var svar = await SparaAsync(k, ("Leveranskalla", "EgetForrad"), ("StandardTjanstestalleId", somn.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Equal("/min-sida", svar.Headers.Location?.OriginalString);
        Assert.Equal("EgetForrad", await ForvaldKallaAsync(k));
        var sida = await Html.LasAsync(await k.GetAsync("/min-sida"));
        Assert.NotNull(sida.QuerySelector("#kalla-eget[checked]"));
        Assert.Contains("4720", sida.QuerySelectorAll("[data-testid=tjanstestallen] li").Single(t => t.QuerySelector("[data-testid=standard]") is not null).TextContent, StringComparison.Ordinal);
        await using (var db = app.Databas())
        {
            var anna = await db.Anvandare.SingleAsync(a => a.HsaId == DemoData.ForskrivareHsaId);
            Assert.Equal(Leveranskalla.EgetForrad, anna.StandardLeveranskalla);
            Assert.Equal(somn, anna.StandardTjanstestalleId);
            Assert.True(await db.Logg.AnyAsync(p => p.HsaId == DemoData.ForskrivareHsaId && p.Handling == "Inställning ändrad" && p.MottagareId == null));
        }

        await SparaAsync(k, ("Leveranskalla", "Hjalpmedelsverksamhet"), ("StandardTjanstestalleId", somn.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Hjalpmedelsverksamhet", await ForvaldKallaAsync(k));
    }

    [Fact]
    public async Task Felaktig_installning_ger_meddelande_vid_faltet_och_behaller_det_inmatade()
    {
        var k = app.Klient(DemoData.AndraEnhetensForskrivareHsaId);
        var egen = (await TjanstestalleIdAsync("4720")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var annans = (await TjanstestalleIdAsync("4711")).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var fremmande = await ForfalskaAsync(k, ("Leveranskalla", "EgetForrad"), ("StandardTjanstestalleId", annans));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fremmande.StatusCode);
        var sida = await Html.LasAsync(fremmande);
        Assert.Equal("Välj ett av dina tjänsteställen.", sida.QuerySelector("[data-valmsg-for=StandardTjanstestalleId]")!.TextContent);
        Assert.NotNull(sida.QuerySelector("#kalla-eget[checked]"));

        var okand = await ForfalskaAsync(k, ("Leveranskalla", "Posten"), ("StandardTjanstestalleId", egen));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, okand.StatusCode);
        sida = await Html.LasAsync(okand);
        Assert.Equal("Värdet \"Posten\" går inte att använda i Leveranskalla.", sida.QuerySelector("[data-valmsg-for=Leveranskalla]")!.TextContent);
        Assert.Equal(egen, sida.QuerySelector<IElement>("#StandardTjanstestalleId option[selected]")!.GetAttribute("value"));

        var utan = await Html.LasAsync(await SparaAsync(k, ("Leveranskalla", ""), ("StandardTjanstestalleId", egen)));
        Assert.Contains("Välj Leverans från Hjälpmedelsverksamhet", utan.QuerySelector("[data-valmsg-for=Leveranskalla]")!.TextContent, StringComparison.Ordinal);

        await using var db = app.Databas();
        var david = await db.Anvandare.SingleAsync(a => a.HsaId == DemoData.AndraEnhetensForskrivareHsaId);
        Assert.Equal(Leveranskalla.Hjalpmedelsverksamhet, david.StandardLeveranskalla);
        Assert.Equal(int.Parse(egen, System.Globalization.CultureInfo.InvariantCulture), david.StandardTjanstestalleId);
    }
}

public sealed class MinSidaTestsSqlite(SqliteApp app) : MinSidaTests<SqliteApp>(app);

public sealed class MinSidaTestsPostgres(PostgresApp app) : MinSidaTests<PostgresApp>(app);
