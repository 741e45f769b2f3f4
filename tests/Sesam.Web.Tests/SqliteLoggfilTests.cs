using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>On SQLite the PDL log lives in its own file, so that its commits leave the main file's readers alone.</summary>
public sealed class SqliteLoggfilTests : IDisposable
{
    private readonly TestPdl _pdl = new();

    [Fact]
    public async Task Loggens_skrivningar_andrar_bara_loggens_fil()
    {
        var cs = await TestDatabas.NySqliteAsync();
        try
        {
            await using var lasare = TestDatabas.SkapaKontext(Databasleverantor.Sqlite, cs);
            await lasare.Database.OpenConnectionAsync();
            var forst = (Huvud: await TalAsync(lasare, "PRAGMA main.data_version"), Logg: await TalAsync(lasare, "PRAGMA logg.data_version"));
            var antal = await lasare.Logg.CountAsync();

            using var logg = Logg(cs);
            await logg.SkrivAsync("SE2321000016-1001", null, 1, "Läsning", "Loggfilstest.");

            Assert.Equal(antal + 1, await lasare.Logg.CountAsync());
            Assert.Equal(forst.Huvud, await TalAsync(lasare, "PRAGMA main.data_version"));
            Assert.NotEqual(forst.Logg, await TalAsync(lasare, "PRAGMA logg.data_version"));
            Assert.Equal(0, await TalAsync(lasare, "SELECT count(*) FROM main.sqlite_master WHERE name = 'Logg'"));
            Assert.Equal("wal", await TextAsync(lasare, "PRAGMA logg.journal_mode"));

            // The same reader does see another connection's write to the main file: the comparison above can fail.
            await using (var skrivare = TestDatabas.SkapaKontext(Databasleverantor.Sqlite, cs))
            {
                await skrivare.Database.ExecuteSqlRawAsync("""UPDATE "Artiklar" SET "Benamning" = "Benamning" WHERE "Id" = (SELECT min("Id") FROM "Artiklar")""");
            }
            Assert.NotEqual(forst.Huvud, await TalAsync(lasare, "PRAGMA main.data_version"));
        }
        finally
        {
            await TestDatabas.TaBortAsync(Databasleverantor.Sqlite, cs);
        }
    }

    [Fact]
    public async Task En_databas_vars_loggfil_saknas_oppnas_inte_och_far_ingen_ny_tom_logg()
    {
        var cs = await TestDatabas.NySqliteAsync();
        var loggfil = SqliteLoggfil.Sokvag(new SqliteConnectionStringBuilder(cs).DataSource);
        try
        {
            File.Delete(loggfil);

            await using var db = TestDatabas.SkapaKontext(Databasleverantor.Sqlite, cs);
            var oppna = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Artiklar.CountAsync());
            Assert.Contains($"Granskningsloggens databasfil {loggfil} saknas", oppna.Message, StringComparison.Ordinal);
            var migrera = await Assert.ThrowsAsync<InvalidOperationException>(() => SesamDatabas.MigreraAsync(db));
            Assert.Equal(oppna.Message, migrera.Message);
            Assert.False(File.Exists(loggfil));
        }
        finally
        {
            await TestDatabas.TaBortAsync(Databasleverantor.Sqlite, cs);
        }
    }

    [Fact]
    public void Loggfilen_ligger_bredvid_databasfilen()
    {
        Assert.Equal(Path.Combine("/var/lib/sesam", "sesam-logg.db"), SqliteLoggfil.Sokvag("/var/lib/sesam/sesam.db"));
        Assert.Equal(Path.Combine("/data", "sesam-logg"), SqliteLoggfil.Sokvag("/data/sesam"));
        var minne = Assert.Throws<InvalidOperationException>(() => SqliteLoggfil.Sokvag(""));
        Assert.Contains("databasfil", minne.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _pdl.Dispose();

    private Granskningslogg Logg(string cs)
    {
        var builder = new DbContextOptionsBuilder<SesamDbContext>();
        SesamDatabas.Konfigurera(builder, Databasleverantor.Sqlite, cs);
        return new Granskningslogg(builder.Options, Testklocka.Ny(Testklocka.Start), _pdl.Las());
    }

    private static async Task<long> TalAsync(SesamDbContext db, string sql) =>
        Convert.ToInt64(await SkalarAsync(db, sql), CultureInfo.InvariantCulture);

    private static async Task<string?> TextAsync(SesamDbContext db, string sql) =>
        Convert.ToString(await SkalarAsync(db, sql), CultureInfo.InvariantCulture);

    private static async Task<object?> SkalarAsync(SesamDbContext db, string sql)
    {
        await using var kommando = db.Database.GetDbConnection().CreateCommand();
        kommando.CommandText = sql;
        return await kommando.ExecuteScalarAsync();
    }
}
