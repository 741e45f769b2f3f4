using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>The demo data as Sesam's own actions would have left it, on each database: the demo shows what users will see.</summary>
public abstract class DemoDataTests(Databasleverantor leverantor) : IAsyncLifetime
{
    private string _cs = "";

    public async Task InitializeAsync() =>
        _cs = leverantor == Databasleverantor.Sqlite ? await TestDatabas.NySqliteAsync() : await TestDatabas.NyPostgresAsync();

    public Task DisposeAsync() => TestDatabas.TaBortAsync(leverantor, _cs);

    private SesamDbContext Db() => TestDatabas.SkapaKontext(leverantor, _cs);

    [Fact]
    public async Task En_individmarkt_artikels_saldo_ar_dess_individer_i_lagret()
    {
        await using var db = Db();
        var saldon = await db.Lagersaldon.Where(s => s.Artikel.Individmarkt && s.Saldo != 0)
            .Select(s => new { Lager = s.Lager.Nummer, s.Artikel.Artikelnummer, s.Saldo }).ToListAsync();
        var individer = await db.Individer.Where(i => i.LagerId != null)
            .Select(i => new { Lager = i.Lager!.Nummer, i.Artikel.Artikelnummer }).ToListAsync();

        Assert.NotEmpty(individer);
        Assert.Equal(
            individer.GroupBy(i => $"{i.Lager} {i.Artikelnummer}").Select(g => $"{g.Key}: {g.Count()}").Order(StringComparer.Ordinal),
            saldon.Select(s => $"{s.Lager} {s.Artikelnummer}: {s.Saldo}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Varje_skickad_order_fran_hjalpmedelsverksamheten_har_sina_leveransuppgifter()
    {
        await using var db = Db();
        var ordrar = (await db.Bestallningar.Include(b => b.Rader).Where(b => b.Skickad != null).ToListAsync())
            .Where(b => b.HarCentralLeverans).ToList();

        Assert.True(ordrar.Count >= 2, "Demodatan ska ha minst två skickade ordrar med leverans från Hjälpmedelsverksamheten.");
        Assert.Empty(ordrar.Where(b => b.Leverans is null || string.IsNullOrEmpty(b.Leverans.Adress.Gatuadress)).Select(b => b.Ordernummer));
    }

    [Fact]
    public async Task Individernas_handelser_har_leveransens_datum()
    {
        await using var db = Db();
        var individer = await db.Individer.Include(i => i.Historik).Where(i => i.LevereradDatum != null).ToListAsync();
        var rader = await db.Orderrader.Where(r => r.IndividId != null && r.Status == Radstatus.Levererad)
            .Select(r => new { IndividId = r.IndividId!.Value, r.LevereradDatum }).ToListAsync();
        var fel = new List<string>();

        foreach (var individ in individer)
        {
            var levererad = individ.Historik.Where(h => h.Typ == "Levererad").MaxBy(h => h.Tidpunkt);
            if (levererad is null || Svensktid.Datum(levererad.Tidpunkt) != individ.LevereradDatum)
            {
                fel.Add($"{individ.Individnummer}: Lev.datum {individ.LevereradDatum:yyyy-MM-dd}, händelsen {levererad?.Tidpunkt:yyyy-MM-dd}");
            }
            fel.AddRange(individ.Historik.Where(h => levererad is not null && h.Typ == "Registrerad" && h.Tidpunkt > levererad.Tidpunkt)
                .Select(h => $"{individ.Individnummer}: registrerad {h.Tidpunkt:yyyy-MM-dd} efter leveransen"));
        }
        foreach (var rad in rader)
        {
            var individ = individer.SingleOrDefault(i => i.Id == rad.IndividId);
            if (individ is null || !individ.Historik.Any(h => h.Typ == "Levererad" && Svensktid.Datum(h.Tidpunkt) == rad.LevereradDatum))
            {
                fel.Add($"Individ {rad.IndividId}: orderraden levererad {rad.LevereradDatum:yyyy-MM-dd}, ingen händelse den dagen");
            }
        }

        Assert.NotEmpty(individer);
        Assert.NotEmpty(rader);
        Assert.Empty(fel);
    }
}

public sealed class DemoDataTestsSqlite() : DemoDataTests(Databasleverantor.Sqlite);

public sealed class DemoDataTestsPostgres() : DemoDataTests(Databasleverantor.Postgres);
