using System.Net;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;
using Sesam.Tools;
using Sesam.Tools.Skaldata;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>The app over a database filled by the scale generator with small counts (once per test class).</summary>
public abstract class SkaldataApp(Databasleverantor leverantor) : SesamAppFactory(leverantor)
{
    public static readonly Skalparametrar Parametrar = new(Artiklar: 500, Individer: 1_000, Patienter: 300, Orderrader: 3_000, Seed: 42);

    private Task<Skalresultat>? _skaldata;

    public string Logg { get; private set; } = "";

    public Task<Skalresultat> SkaldataAsync() => _skaldata ??= SkapaAsync();

    private async Task<Skalresultat> SkapaAsync()
    {
        using var logg = new StringWriter();
        var resultat = await SkapaSkaldata.SkapaAsync(new Databasargument(Leverantor, AgaresConnectionString), Parametrar, logg, Klocka);
        Logg = logg.ToString();
        return resultat;
    }
}

public sealed class SkaldataSqliteApp() : SkaldataApp(Databasleverantor.Sqlite);

public sealed class SkaldataPostgresApp() : SkaldataApp(Databasleverantor.Postgres);

public abstract class SkaldataTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SkaldataApp
{
    private static readonly Skalparametrar P = SkaldataApp.Parametrar;

    [Fact]
    public async Task Skaldata_har_ratt_antal_rader_och_skrivtid_per_tabell()
    {
        await app.SkaldataAsync();
        await using var db = app.Databas();
        // The generated artikelnummer have six digits and the individnummer start at 3000000; the demo data's do not.
        Assert.Equal(P.Artiklar, await db.Artiklar.CountAsync(a => a.Artikelnummer.Length == 6));
        Assert.Equal(P.Individer, await db.Individer.CountAsync(i => EF.Functions.Like(i.Individnummer, "3______")));
        Assert.Equal(P.Orderrader, await db.Orderrader.CountAsync(r => r.Artikel.Artikelnummer.Length == 6));
        Assert.Equal(P.Patienter + 5, await db.Mottagare.CountAsync(m => m.Typ == Mottagartyp.Patient));
        foreach (var tabell in new[] { "Artiklar", "Individer", "Mottagare", "Bestallningar", "Orderrader", "Lagersaldon" })
        {
            Assert.Matches($@"(?m)^{tabell}\s+[\d,]+\s+[\d.]+ s$", app.Logg);
        }
    }

    [Fact]
    public async Task Varje_personnummer_ar_giltigt_och_unikt_med_nagra_samordningsnummer()
    {
        await app.SkaldataAsync();
        await using var db = app.Databas();
        var patienter = await db.Mottagare.AsNoTracking().Where(m => m.Typ == Mottagartyp.Patient).ToListAsync();
        Assert.All(patienter, m => Assert.True(Personnummer.TryParse(m.Personnummer!.Varde, app.Klocka.Idag(), out _, out var fel), fel));
        Assert.Equal(patienter.Count, patienter.Select(m => m.Personnummer!.Varde).Distinct().Count());
        Assert.Contains(patienter, m => m.Personnummer!.ArSamordningsnummer);
        Assert.All(patienter, m => Assert.NotNull(m.Adress));
        Assert.InRange(patienter.Average(m => m.Personnummer!.AlderVid(app.Klocka.Idag())), 50, 85);
    }

    [Fact]
    public async Task Den_stora_patienten_har_200_levererade_hjalpmedel_med_individer()
    {
        var resultat = await app.SkaldataAsync();
        await using var db = app.Databas();
        var levererade = await db.Orderrader.CountAsync(r => r.Bestallning.MottagareId == resultat.StorPatientId && r.Status == Radstatus.Levererad);
        Assert.Equal(Skalparametrar.HjalpmedelForStorPatient, levererade);
        Assert.Equal(resultat.StorPatientensHjalpmedel, levererade);
        var individer = await db.Individer.CountAsync(i => i.MottagareId == resultat.StorPatientId && i.Status == Individstatus.Levererad);
        Assert.Equal(120, individer);
    }

    [Fact]
    public async Task Individer_och_ordrar_ar_konsistenta_genom_ef_modellen()
    {
        await app.SkaldataAsync();
        await using var db = app.Databas();
        var levererade = await db.Individer.AsNoTracking().Include(i => i.Komponenter).Include(i => i.Historik)
            .Where(i => EF.Functions.Like(i.Individnummer, "3______") && i.Status == Individstatus.Levererad).ToListAsync();
        Assert.NotEmpty(levererade);
        Assert.All(levererade, i =>
        {
            Assert.NotNull(i.MottagareId);
            Assert.Null(i.LagerId);
            Assert.NotNull(i.LevereradDatum);
            Assert.Contains(i.Historik, h => h.Typ == "Levererad");
        });
        var individRader = await db.Orderrader.Where(r => r.IndividId != null && r.Artikel.Artikelnummer.Length == 6)
            .Select(r => new { r.IndividId, r.Status, r.Bestallning.MottagareId, Individens = r.Individ!.MottagareId }).ToListAsync();
        Assert.Equal(levererade.Count, individRader.Count);
        Assert.All(individRader, r => Assert.Equal(r.MottagareId, r.Individens));
        Assert.All(individRader, r => Assert.Equal(Radstatus.Levererad, r.Status));
        Assert.Contains(levererade, i => i.Komponenter.Count > 0);

        var paLager = await db.Individer.CountAsync(i => EF.Functions.Like(i.Individnummer, "3______") && i.Status == Individstatus.PaLager && i.LagerId != null);
        Assert.Equal(P.Individer - levererade.Count, paLager);
        Assert.Equal(P.Individer, await db.Individer.Where(i => EF.Functions.Like(i.Individnummer, "3______")).Select(i => i.Serienummer).Distinct().CountAsync());

        var bestallningar = await db.Bestallningar.AsNoTracking().Include(b => b.Rader).ThenInclude(r => r.Komponenter)
            .Where(b => b.Rader.Any(r => r.Artikel.Artikelnummer.Length == 6)).ToListAsync();
        Assert.All(bestallningar, b => Assert.True(Ordernummer.ArGiltigt(b.Ordernummer)));
        Assert.Equal(bestallningar.Count, bestallningar.Select(b => b.Ordernummer).Distinct().Count());
        Assert.All(bestallningar.Where(b => b.HarCentralLeverans), b => Assert.NotNull(b.Leverans?.Adress));
        var statusar = bestallningar.Select(b => b.Status).ToHashSet();
        Assert.Superset(new HashSet<Orderstatus> { Orderstatus.Utlevererad, Orderstatus.Registrerad, Orderstatus.Makulerad }, statusar);
        Assert.All(bestallningar.Where(b => b.Status == Orderstatus.Utlevererad).SelectMany(b => b.Rader), r => Assert.NotNull(r.LevereradDatum));
    }

    [Fact]
    public async Task Artiklar_saldon_och_nya_ordernummer_fungerar_efter_laddningen()
    {
        await app.SkaldataAsync();
        await using var db = app.Databas();
        var artiklar = await db.Artiklar.AsNoTracking().Include(a => a.Priser).Include(a => a.Komponenter).Include(a => a.Leverantor).Include(a => a.Produkt)
            .Where(a => a.Artikelnummer.Length == 6).ToListAsync();
        Assert.All(artiklar, a => Assert.NotEmpty(a.Priser));
        Assert.All(artiklar, a => Assert.NotNull(a.Leverantor));
        Assert.All(artiklar, a => Assert.NotNull(a.LeverantorensArtikelnummer));
        Assert.Contains(artiklar, a => a.Individmarkt && a.Komponenter.Any(k => k.Standard));
        Assert.Contains(artiklar, a => a.Status == Artikelstatus.Utgatt);
        Assert.Contains(artiklar, a => a.Sortiment);
        Assert.Contains(artiklar, a => a.Ersattningsartikel is null && a.ErsattningsartikelId is not null);
        var isoKoder = (await db.IsoKoder.Select(i => i.Kod).ToListAsync()).ToHashSet();
        Assert.All(artiklar, a => Assert.Contains(a.IsoKodKod, isoKoder));

        Assert.True(await db.Lagersaldon.CountAsync(s => s.Lager.Typ == Lagertyp.Centrallager && s.Artikel.Artikelnummer.Length == 6) > 100);
        Assert.True(await db.Lagersaldon.CountAsync(s => s.Lager.Typ == Lagertyp.EgetForrad && s.Artikel.Artikelnummer.Length == 6) > 100);

        // The counters continue after the generated numbers, and new rows get ids after the loaded ones.
        var idag = app.Klocka.Idag();
        var nytt = await Ordernummergenerator.NastaAsync(db, idag);
        Assert.False(await db.Bestallningar.AnyAsync(b => b.Ordernummer == nytt));
        var lev = new Leverantor("Efter laddningen AB");
        db.Add(lev);
        await db.SaveChangesAsync();
        var maxArtikel = await db.Artiklar.MaxAsync(a => a.Id);
        var artikel = new Artikel("9999999", "Testartikel efter laddningen", "st", Artikeltyp.Tillbehor, "120606");
        db.Add(artikel);
        await db.SaveChangesAsync();
        Assert.True(artikel.Id > maxArtikel);
    }

    [Fact]
    public async Task Appens_sidor_visar_skaldata()
    {
        var resultat = await app.SkaldataAsync();
        await using var db = app.Databas();
        var artikel = await db.Artiklar.Where(a => a.Artikelnummer.Length == 6).OrderBy(a => a.Id)
            .Select(a => new { a.Artikelnummer, a.LeverantorensArtikelnummer }).FirstAsync();
        var individ = await db.Individer.Where(i => EF.Functions.Like(i.Individnummer, "3______")).OrderBy(i => i.Id).Select(i => i.Individnummer).FirstAsync();
        var klient = app.Klient(DemoData.ForskrivareHsaId);
        foreach (var (url, maste) in new[]
                 {
                     ("/", "Mina beställningar"),
                     ("/om", "Om Sesam"),
                     // The search index (FTS5 fed by triggers and rebuilt after the load, or pg_trgm) must find loaded rows.
                     ($"/artiklar?sok={artikel.Artikelnummer}", artikel.Artikelnummer),
                     ($"/artiklar?sok={Uri.EscapeDataString(artikel.LeverantorensArtikelnummer!)}", artikel.Artikelnummer),
                     ("/artiklar?sok=rollator", "Rollator"),
                     ($"/artiklar/{artikel.Artikelnummer}", artikel.Artikelnummer),
                     ($"/individ?sok={individ[..5]}*", individ[..5]),
                     ($"/individ/{individ}", individ),
                     ($"/mottagare/{resultat.StorPatientId}", "Hjälpmedel"),
                 })
        {
            var svar = await klient.GetAsync(url);
            Assert.True(svar.StatusCode == HttpStatusCode.OK, $"{url} gav {(int)svar.StatusCode}");
            var sida = await Html.LasAsync(svar);
            Assert.Contains(maste, sida.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Generatorn_vagrar_fylla_en_databas_som_redan_har_skaldata()
    {
        await app.SkaldataAsync();
        var fel = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            SkapaSkaldata.SkapaAsync(new Databasargument(app.Leverantor, app.AgaresConnectionString), P, TextWriter.Null, app.Klocka));
        Assert.Contains("redan skaldata", fel.Message, StringComparison.Ordinal);
    }
}

public sealed class SkaldataTestsSqlite(SkaldataSqliteApp app) : SkaldataTests<SkaldataSqliteApp>(app);

public sealed class SkaldataTestsPostgres(SkaldataPostgresApp app) : SkaldataTests<SkaldataPostgresApp>(app);
