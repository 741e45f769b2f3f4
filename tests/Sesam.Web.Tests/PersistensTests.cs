using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>The model against each real database: mapping round trips, concurrency tokens, order numbers, migrations.</summary>
public abstract class PersistensTests(Databasleverantor leverantor) : IAsyncLifetime
{
    /// <summary>The instant the template's demo data was seeded at, which these tests work at.</summary>
    private static readonly DateTime Nu = Testklocka.Start.UtcDateTime;

    private static readonly DateOnly Idag = Svensktid.Idag(Testklocka.Start);

    private string _cs = "";

    public async Task InitializeAsync() =>
        _cs = leverantor == Databasleverantor.Sqlite ? await TestDatabas.NySqliteAsync() : await TestDatabas.NyPostgresAsync();

    public Task DisposeAsync() => TestDatabas.TaBortAsync(leverantor, _cs);

    private SesamDbContext Db() => TestDatabas.SkapaKontext(leverantor, _cs);

    [Fact]
    public async Task Demodatan_laddas_med_komponenter_priser_och_personnummer()
    {
        await using var db = Db();
        var sang = await db.Artiklar.Include(a => a.Komponenter).ThenInclude(k => k.Komponent).Include(a => a.Priser)
            .SingleAsync(a => a.Artikelnummer == "75178");
        Assert.Equal(["55433", "55434", "55871", "56283", "75175"], sang.Komponenter.Select(k => k.Komponent.Artikelnummer).Order());
        Assert.Equal(415m, sang.PrisVid(Debiteringsform.Hyra, Idag));
        var pnr = Personnummer.Parse(DemoData.PatientTolvan, Idag);
        var tolvan = await db.Mottagare.SingleAsync(m => m.Personnummer == pnr);
        Assert.Equal("Tolvan Tolvansson", tolvan.Namn);
        Assert.Equal("221 00", tolvan.Adress!.Postnummer);
    }

    [Fact]
    public async Task En_fraga_markt_for_generisk_plan_kor_med_den_och_bara_den()
    {
        await using var db = Db();
        var installning = db.Database.SqlQuery<string>($"SELECT current_setting('plan_cache_mode') AS \"Value\"");
        if (leverantor == Databasleverantor.Postgres)
        {
            Assert.Equal("force_generic_plan", (await installning.TagWith(GeneriskPlan.Tagg).ToListAsync()).Single());
            Assert.Equal("auto", (await installning.ToListAsync()).Single());
            // Inside an explicit transaction SET LOCAL lasts until the transaction ends: the individ search runs outside one.
            await using var tx = await db.Database.BeginTransactionAsync();
            Assert.Equal("force_generic_plan", (await installning.TagWith(GeneriskPlan.Tagg).ToListAsync()).Single());
            Assert.Equal("force_generic_plan", (await installning.ToListAsync()).Single());
        }
        else
        {
            Assert.Empty(SesamDatabas.Konfigurera(new DbContextOptionsBuilder<SesamDbContext>(), leverantor, _cs).Options
                .Extensions.OfType<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>().Single().Interceptors?.OfType<GeneriskPlan>() ?? []);
        }
    }

    [Fact]
    public async Task Sql_text_laser_datum_och_tidpunkter_som_ef_core()
    {
        await using var db = Db();
        var order = await db.Bestallningar.AsNoTracking().Where(b => b.Skickad != null).OrderBy(b => b.Id).Select(b => new { b.Id, b.Skickad }).FirstAsync();
        var rad = await db.Orderrader.AsNoTracking().Where(r => r.LevereradDatum != null).OrderBy(r => r.Id).Select(r => new { r.Id, r.LevereradDatum }).FirstAsync();
        var last = await Sqlfraga.LasAsync(db, """
            SELECT b."Skickad" FROM "Bestallningar" AS b WHERE b."Id" = @order;
            SELECT r."LevereradDatum" FROM "Orderrader" AS r WHERE r."Id" = @rad;
            """,
            [new("order", order.Id), new("rad", rad.Id)],
            async lasare =>
            {
                Assert.True(await lasare.ReadAsync());
                var skickad = lasare.Utc(0);
                await lasare.NextResultAsync();
                Assert.True(await lasare.ReadAsync());
                return (skickad, lasare.DatumEllerNull(0));
            }, default);
        Assert.Equal(order.Skickad, last.skickad);
        Assert.Equal(DateTimeKind.Utc, last.skickad.Kind);
        Assert.Equal(rad.LevereradDatum, last.Item2);
    }

    [Fact]
    public async Task Seeden_ar_idempotent()
    {
        await using var db = Db();
        var fore = await db.Artiklar.CountAsync();
        await DemoData.SeedAsync(db, Testklocka.Ny(Testklocka.Start));
        Assert.Equal(fore, await db.Artiklar.CountAsync());
    }

    [Fact]
    public async Task Samtidig_andring_av_saldo_ger_konflikt_i_stallet_for_overskrivning()
    {
        await using var a = Db();
        await using var b = Db();
        var saldoA = await a.Lagersaldon.FirstAsync(s => s.Artikel.Artikelnummer == "40110" && s.Lager.Nummer == "4720");
        var saldoB = await b.Lagersaldon.FirstAsync(s => s.Id == saldoA.Id);
        saldoA.Dra(1, negativtBekraftat: false);
        saldoB.Dra(1, negativtBekraftat: false);
        await a.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());
        await using var c = Db();
        Assert.Equal(2, (await c.Lagersaldon.SingleAsync(s => s.Id == saldoA.Id)).Saldo);
    }

    [Fact]
    public async Task Samma_individ_kan_inte_levereras_av_tva_samtidigt()
    {
        await using var a = Db();
        await using var b = Db();
        var tolvan = await a.Mottagare.FirstAsync(m => m.Namn == "Tolvan Tolvansson");
        var skutt = await b.Mottagare.FirstAsync(m => m.Namn == "Lille Skutt");
        (await a.Individer.SingleAsync(i => i.Individnummer == "2100501")).Leverera(tolvan, Idag, Nu, null);
        (await b.Individer.SingleAsync(i => i.Individnummer == "2100501")).Leverera(skutt, Idag, Nu, null);
        await a.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());
    }

    [Fact]
    public async Task Ordernummer_ar_unika_vid_parallell_skapning()
    {
        // A week the demo data (ordered relative to today) never reaches, so the series starts at 1.
        var dag = new DateOnly(2031, 3, 3);
        var nummer = await Task.WhenAll(Enumerable.Range(0, 60).Select(async _ =>
        {
            await using var db = Db();
            return await Ordernummergenerator.NastaAsync(db, dag);
        }));
        Assert.Equal(60, nummer.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 60).Select(i => $"3110{i:0000}").Order(), nummer.Order());
    }

    [Fact]
    public async Task Bestallning_med_leveransuppgifter_och_komponenter_sparas_och_laddas()
    {
        int id;
        await using (var db = Db())
        {
            var anna = await db.Anvandare.Include(a => a.Tjanstestallen).SingleAsync(a => a.HsaId == DemoData.ForskrivareHsaId);
            var rehab = await db.Tjanstestallen.SingleAsync(t => t.Kod == "4711");
            var central = await db.Lager.SingleAsync(l => l.Nummer == "970");
            var barn = await db.Mottagare.SingleAsync(m => m.Namn == "Maja Månsson");
            var sang = await db.Artiklar.SingleAsync(a => a.Artikelnummer == "75178");
            var grind = await db.Artiklar.SingleAsync(a => a.Artikelnummer == "75175");
            var order = Bestallning.NyForskrivning(barn, anna, anna, rehab, Nu);
            var rad = order.LaggTillRad(sang, 1, Leveranskalla.Hjalpmedelsverksamhet, central, Debiteringsform.Hyra, 415m);
            rad.LaggTillKomponent(grind, 1, standard: false, 79m);
            order.AngeLeverans(new Leveransuppgifter(LeveransTill.HemTillPatient, new Adress("Skolvägen 5", "22230", "Lund", "Mamma Månsson"), Leveransprioritet.Akut, "Anna Andersson", "046-17 10 11", "Ring före"), barn.Personnummer, Idag);
            order.Skicka(await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(Nu)), Guid.NewGuid(), Nu);
            db.Add(order);
            await db.SaveChangesAsync();
            id = order.Id;
        }
        await using (var db = Db())
        {
            var order = await db.Bestallningar.Include(b => b.Rader).ThenInclude(r => r.Komponenter).SingleAsync(b => b.Id == id);
            Assert.Equal(Orderstatus.Registrerad, order.Status);
            Assert.Equal("Mamma Månsson", order.Leverans!.Adress.CareOf);
            Assert.Equal(Leveransprioritet.Akut, order.Leverans.Prioritet);
            Assert.Equal(494m, order.Rader.Single().Radsumma);
            Assert.NotNull(order.Rader.Single().PlaneratLeveransdatum);
        }
    }

    [Fact]
    public async Task Migrationerna_motsvarar_den_aktuella_modellen()
    {
        await using var db = Db();
        Assert.False(db.Database.HasPendingModelChanges(), "Modellen har ändrats utan ny migration: kör dotnet ef migrations add för båda leverantörerna.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Migrationerna_bygger_en_tom_databas_fran_grunden()
    {
        var cs = await TestDatabas.TomAsync(leverantor);
        try
        {
            await using var db = TestDatabas.SkapaKontext(leverantor, cs);
            await SesamDatabas.MigreraAsync(db);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal(0, await db.Artiklar.CountAsync());
        }
        finally
        {
            await TestDatabas.TaBortAsync(leverantor, cs);
        }
    }
}

public sealed class PersistensTestsSqlite() : PersistensTests(Databasleverantor.Sqlite);

public sealed class PersistensTestsPostgres() : PersistensTests(Databasleverantor.Postgres);

public sealed class AnslutningsstrangTests
{
    [Theory]
    [InlineData("Host=db;Username=sesam", 250)]
    [InlineData("Host=db;Username=sesam;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Username=sesam;MaxAutoPrepare=20", 20)]
    public void Postgres_forbereder_upprepade_fragor_om_operatoren_inte_valt_annat(string anslutning, int forvantat) =>
        Assert.Equal(forvantat, new Npgsql.NpgsqlConnectionStringBuilder(SesamDatabas.MedPoolinstallningar(anslutning)).MaxAutoPrepare);

    [Theory]
    [InlineData("Host=db;Username=sesam", true)]
    [InlineData("Host=db;Username=sesam;No Reset On Close=false", false)]
    [InlineData("Host=db;Username=sesam;noresetonclose=false", false)]
    public void Postgres_aterstaller_inte_sessionen_vid_retur_till_poolen_om_operatoren_inte_valt_annat(string anslutning, bool forvantat) =>
        Assert.Equal(forvantat, new Npgsql.NpgsqlConnectionStringBuilder(SesamDatabas.MedPoolinstallningar(anslutning)).NoResetOnClose);
}

public sealed class SqliteInstallningarTests
{
    [Fact]
    public void Sqlite_laddar_samlingar_med_delade_fragor_men_postgres_med_en()
    {
        static QuerySplittingBehavior? Delning(Databasleverantor leverantor, string cs) =>
            SesamDatabas.Konfigurera(new DbContextOptionsBuilder<SesamDbContext>(), leverantor, cs).Options
                .Extensions.OfType<Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension>().Single().QuerySplittingBehavior;
        Assert.Equal(QuerySplittingBehavior.SplitQuery, Delning(Databasleverantor.Sqlite, "Data Source=:memory:"));
        Assert.Equal(QuerySplittingBehavior.SingleQuery, Delning(Databasleverantor.Postgres, "Host=db;Username=sesam"));
    }

    [Fact]
    public async Task Sqlite_anslutningar_laser_via_minnesmappning_och_vantar_in_skrivlasset()
    {
        var cs = await TestDatabas.NySqliteAsync();
        try
        {
            await using var db = TestDatabas.SkapaKontext(Databasleverantor.Sqlite, cs);
            await db.Database.OpenConnectionAsync();
            await using var kommando = db.Database.GetDbConnection().CreateCommand();
            kommando.CommandText = "PRAGMA mmap_size";
            Assert.Equal(1L << 30, Convert.ToInt64(await kommando.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
            kommando.CommandText = "PRAGMA busy_timeout";
            Assert.Equal(30_000L, Convert.ToInt64(await kommando.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            await TestDatabas.TaBortAsync(Databasleverantor.Sqlite, cs);
        }
    }
}
