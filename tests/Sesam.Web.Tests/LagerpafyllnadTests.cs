using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Organisation;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Lagerpåfyllnad: an order that refills the tjänsteställe's own förråd from Hjälpmedelsverksamheten,
/// through the same steps as a förskrivning but without a patient, always delivered to the unit.</summary>
public abstract class LagerpafyllnadTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    private static async Task<HttpResponseMessage> SkapaAsync(HttpClient k, int tjanstestalleId)
    {
        var start = await Html.LasAsync(await k.GetAsync("/bestallning"));
        return await k.PostAsync("/bestallning/lagerpafyllnad", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(start),
            ["TjanstestalleId"] = tjanstestalleId.ToString(CultureInfo.InvariantCulture),
        }));
    }

    private async Task<int> TjanstestalleAsync(string kod)
    {
        await using var db = app.Databas();
        return await db.Tjanstestallen.Where(t => t.Kod == kod).Select(t => t.Id).SingleAsync();
    }

    private static int Id(HttpResponseMessage svar)
    {
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        return int.Parse(svar.Headers.Location!.OriginalString.Split('/')[2], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Lagerpafyllnad_skickas_till_tjanstestallets_forrad_och_levereras_till_enheten()
    {
        var k = app.Klient(DemoData.ForskrivareHsaId);
        var start = await Html.LasAsync(await k.GetAsync("/bestallning"));
        var val = start.QuerySelectorAll("#lagerpafyllnad-tjanstestalle option").Select(o => o.TextContent).ToList();
        Assert.Contains("4711 Rehabmottagningen Lund – till 4711 Förråd Rehabmottagningen Lund", val);
        Assert.Contains("4720 Sömnmottagningen Malmö – till 4720 Förråd Sömnmottagningen Malmö", val);

        var id = Id(await SkapaAsync(k, await TjanstestalleAsync("4711")));
        var varukorg = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}"));
        Assert.Equal("Pågående lagerpåfyllnad", varukorg.QuerySelector("h1")!.TextContent);
        Assert.Equal("4711 Förråd Rehabmottagningen Lund", varukorg.QuerySelector("[data-testid=mottagande-lager]")!.TextContent);
        Assert.Null(varukorg.QuerySelector("#kalla-eget"));
        // A second "Skapa lagerpåfyllnad" to the same lager continues the pågående one.
        Assert.Equal(id, Id(await SkapaAsync(k, await TjanstestalleAsync("4711"))));

        Assert.Equal(HttpStatusCode.Redirect, (await Varukorg.LaggTillAsync(k, id, "72481", 6, "Hjalpmedelsverksamhet")).StatusCode);
        var slutfor = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}/slutfor"));
        Assert.Null(slutfor.QuerySelector("#till-hem"));
        Assert.StartsWith("Leveranssätt: Leverans till mottagning/enhet, Getingevägen 4", slutfor.QuerySelector("[data-testid=leverans-enhet]")!.TextContent, StringComparison.Ordinal);
        var nummer = await Varukorg.SlutforOchSkickaAsync(k, id, new() { ["Samleverans"] = "true" });
        Assert.True(Ordernummer.ArGiltigt(nummer));

        await using var db = app.Databas();
        var order = await db.Bestallningar.Include(b => b.MottagandeLager).Include(b => b.Rader).SingleAsync(b => b.Id == id);
        Assert.Equal(Ordertyp.Lagerpafyllnad, order.Ordertyp);
        Assert.Equal(Orderstatus.Registrerad, order.Status);
        Assert.Null(order.MottagareId);
        Assert.Equal("4711", order.MottagandeLager!.Nummer);
        Assert.True(order.Samleverans);
        Assert.Equal(LeveransTill.MottagningEnhet, order.Leverans!.Till);
        Assert.Equal("Getingevägen 4", order.Leverans.Adress.Gatuadress);
        var rad = Assert.Single(order.Rader);
        Assert.Equal((6, Leveranskalla.Hjalpmedelsverksamhet, false), (rad.Antal, rad.Leveranskalla, rad.PatientavgiftKravs));
        var detaljer = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}"));
        Assert.Equal("4711 Förråd Rehabmottagningen Lund", detaljer.QuerySelector("[data-testid=mottagande-lager]")!.TextContent);
    }

    [Fact]
    public async Task Lagerpafyllnad_varnar_for_automatisk_pafyllnad_och_tar_inte_emot_eget_forrad_eller_hemleverans()
    {
        var k = app.Klient(DemoData.BestallareHsaId);
        var id = Id(await SkapaAsync(k, await TjanstestalleAsync("4711")));

        var eget = await Varukorg.LaggTillAsync(k, id, "72481", 1, "EgetForrad");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, eget.StatusCode);
        Assert.Contains("En lagerpåfyllnad levereras från Hjälpmedelsverksamheten.", (await Html.LasAsync(eget)).QuerySelector("[data-valmsg-for=Artikelnummer]")!.TextContent, StringComparison.Ordinal);

        // The förråd refills Mjuksits 72480 automatically at its min level: the cart says so.
        await Varukorg.LaggTillAsync(k, id, "72480", 2, "Hjalpmedelsverksamhet");
        var varukorg = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}"));
        Assert.Contains("automatisk lagerpåfyllnad av 72480", varukorg.QuerySelector("[data-testid=automatisk-pafyllnad]")!.TextContent, StringComparison.Ordinal);

        var slutfor = await Html.LasAsync(await k.GetAsync($"/bestallning/{id}/slutfor"));
        // Forged: the lagerpåfyllnad's page offers no home delivery (nor its address fields), so no form sends one.
        var hem = await k.PostAsync($"/bestallning/{id}/slutfor", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(slutfor),
            ["Till"] = "HemTillPatient",
            ["Gatuadress"] = "Hemvägen 1",
            ["Postnummer"] = "22100",
            ["Postort"] = "Lund",
            ["Kontaktperson"] = "Bertil",
            ["Kontakttelefon"] = "046-1",
        }));
        // A posted home delivery is not followed: a lagerpåfyllnad always goes to the unit.
        Assert.Equal($"/bestallning/{id}/bekrafta", hem.Headers.Location?.OriginalString);
        await using var db = app.Databas();
        var leverans = (await db.Bestallningar.SingleAsync(b => b.Id == id)).Leverans!;
        Assert.Equal((LeveransTill.MottagningEnhet, "Getingevägen 4"), (leverans.Till, leverans.Adress.Gatuadress));
    }

    [Fact]
    public async Task Samtidiga_klick_pa_skapa_lagerpafyllnad_ger_en_pagaende_lagerpafyllnad()
    {
        var k = app.Klient(DemoData.SomnForskrivareHsaId);
        var somn = await TjanstestalleAsync("4720");
        var start = await Html.LasAsync(await k.GetAsync("/bestallning"));
        var svar = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => k.PostAsync("/bestallning/lagerpafyllnad", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(start),
            ["TjanstestalleId"] = somn.ToString(CultureInfo.InvariantCulture),
        }))));
        Assert.Single(svar.Select(Id).Distinct());
        await using var db = app.Databas();
        Assert.Equal(1, await db.Bestallningar.CountAsync(b => b.RegistreradAv.HsaId == DemoData.SomnForskrivareHsaId
            && b.Status == Orderstatus.Pagaende && b.Ordertyp == Ordertyp.Lagerpafyllnad));
    }

    [Fact]
    public async Task Lagerpafyllnad_kraver_ett_eget_tjanstestalle_med_forrad_och_rollen_forskrivare_eller_bestallare()
    {
        // Cecilia works at the sömnmottagning only.
        var svar = await SkapaAsync(app.Klient(DemoData.SomnForskrivareHsaId), await TjanstestalleAsync("4711"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        Assert.Equal("Välj ett av dina tjänsteställen.", (await Html.LasAsync(svar)).QuerySelector("[data-valmsg-for=Lagerpafyllnad]")!.TextContent);
        var logistik = app.Klient(DemoData.LogistikHsaId);
        Assert.Equal(HttpStatusCode.Forbidden, (await SkapaAsync(logistik, await TjanstestalleAsync("4711"))).StatusCode);
    }
}

public sealed class LagerpafyllnadTestsSqlite(SqliteApp app) : LagerpafyllnadTests<SqliteApp>(app);

public sealed class LagerpafyllnadTestsPostgres(PostgresApp app) : LagerpafyllnadTests<PostgresApp>(app);
