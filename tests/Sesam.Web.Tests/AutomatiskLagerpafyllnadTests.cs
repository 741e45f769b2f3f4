using System.Net;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Automatic lagerpåfyllnad: an uttag that takes a förråd below an artikel's min level sends a refill of its
/// påfyllnadsantal to Logistik, once, until that refill is kvitterad.</summary>
public abstract class AutomatiskLagerpafyllnadTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    private static async Task UttagAsync(HttpClient k, string artikel, int antal)
    {
        var id = await Varukorg.NyAsync(k, DemoData.PatientTolvan);
        Assert.Equal(HttpStatusCode.Redirect, (await Varukorg.LaggTillAsync(k, id, artikel, antal, "EgetForrad")).StatusCode);
        await Varukorg.SlutforAsync(k, id, []);
        Assert.Equal($"/bestallning/{id}/skickad", (await Varukorg.SkickaAsync(k, id, bekrafta: false)).Headers.Location?.OriginalString);
    }

    /// <summary>The automatic lagerpåfyllnader to one förråd (the tests of this class share a database).</summary>
    private async Task<List<Bestallning>> AutomatiskaAsync(string forrad)
    {
        await using var db = app.Databas();
        return await db.Bestallningar.Include(b => b.Rader).ThenInclude(r => r.Artikel).Include(b => b.MottagandeLager)
            .Where(b => b.Automatisk && b.MottagandeLager!.Nummer == forrad).OrderBy(b => b.Id).ToListAsync();
    }

    [Fact]
    public async Task Uttag_under_min_niva_skickar_en_automatisk_lagerpafyllnad_en_gang_tills_den_kvitterats()
    {
        // The sömnmottagning's förråd has 10 masks 40120 with min level 5 and påfyllnadsantal 10.
        var cecilia = app.Klient(DemoData.SomnForskrivareHsaId);
        await UttagAsync(cecilia, "40120", 5);
        Assert.Empty(await AutomatiskaAsync("4720"));

        await UttagAsync(cecilia, "40120", 1);
        var pafyllnad = Assert.Single(await AutomatiskaAsync("4720"));
        Assert.Equal((Ordertyp.Lagerpafyllnad, Orderstatus.Registrerad, "4720"), (pafyllnad.Ordertyp, pafyllnad.Status, pafyllnad.MottagandeLager!.Nummer));
        var rad = Assert.Single(pafyllnad.Rader);
        Assert.Equal(("40120", 10), (rad.Artikel.Artikelnummer, rad.Antal));
        var meddelanden = await cecilia.GetStringAsync("/meddelanden");
        Assert.Contains($"Automatisk lagerpåfyllnad {pafyllnad.Ordernummer} är skickad.", meddelanden, StringComparison.Ordinal);
        var detaljer = await Html.LasAsync(await cecilia.GetAsync($"/bestallning/{pafyllnad.Id}"));
        Assert.Equal("Automatisk lagerpåfyllnad", detaljer.QuerySelector("[data-testid=ordertyp]")!.TextContent);

        // Still below the min level, but the påfyllnad is on its way: no second order.
        await UttagAsync(cecilia, "40120", 1);
        Assert.Single(await AutomatiskaAsync("4720"));

        // Logistik delivers, the unit kvitterar: the next fall below the min level orders again.
        await Logistikflode.LevereraAsync(app, pafyllnad.Id);
        var sida = await Html.LasAsync(await cecilia.GetAsync($"/bestallning/{pafyllnad.Id}"));
        var kvittera = await cecilia.PostAsync($"/bestallning/{pafyllnad.Id}/kvittera", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.Token(sida),
            ["version"] = sida.QuerySelector("[data-testid=kvittera] input[name=version]")!.GetAttribute("value")!,
        }));
        Assert.Equal(HttpStatusCode.Redirect, kvittera.StatusCode);
        await using (var db = app.Databas())
        {
            var saldo = await db.Lagersaldon.SingleAsync(s => s.Lager.Nummer == "4720" && s.Artikel.Artikelnummer == "40120");
            Assert.Equal((13, false), (saldo.Saldo, saldo.PafyllnadBestalld));
        }
        await UttagAsync(cecilia, "40120", 9);
        Assert.Equal(2, (await AutomatiskaAsync("4720")).Count);
    }

    [Fact]
    public async Task Samtidiga_uttag_under_min_niva_ger_en_automatisk_lagerpafyllnad()
    {
        // The rehab förråd has 4 korgar 72481; a min level of 3 is set, and four uttag of one korg race.
        await using (var db = app.Databas())
        {
            var korg = await db.Lagersaldon.SingleAsync(s => s.Lager.Nummer == "4711" && s.Artikel.Artikelnummer == "72481");
            korg.AngeMinNiva(3, 6);
            await db.SaveChangesAsync();
        }
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var ordrar = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var id = await Varukorg.NyAsync(anna, DemoData.PatientTolvan);
            await Varukorg.LaggTillAsync(anna, id, "72481", 1, "EgetForrad");
            await Varukorg.SlutforAsync(anna, id, []);
            ordrar.Add(id);
        }
        var svar = await Task.WhenAll(ordrar.Select(id => Varukorg.SkickaAsync(anna, id, bekrafta: true)));
        Assert.All(svar, s => Assert.Equal(HttpStatusCode.Redirect, s.StatusCode));
        var automatiska = await AutomatiskaAsync("4711");
        var rad = Assert.Single(Assert.Single(automatiska).Rader);
        Assert.Equal(("72481", 6), (rad.Artikel.Artikelnummer, rad.Antal));
    }
}

public sealed class AutomatiskLagerpafyllnadTestsSqlite(SqliteApp app) : AutomatiskLagerpafyllnadTests<SqliteApp>(app);

public sealed class AutomatiskLagerpafyllnadTestsPostgres(PostgresApp app) : AutomatiskLagerpafyllnadTests<PostgresApp>(app);
