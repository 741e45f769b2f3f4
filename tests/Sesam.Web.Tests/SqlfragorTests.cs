using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Data.Sql;
using Sesam.Domain.Audit;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>
/// Every hand-written statement (<see cref="ISqlfragor"/>) run on each real database and compared with what LINQ or
/// the domain says it should give. A member added to the interface fails <see cref="Varje_sats_provas_har"/> until it
/// is tried here, and so on both databases.
/// </summary>
public abstract partial class SqlfragorTests(Databasleverantor leverantor) : IAsyncLifetime
{
    private string _cs = "";

    public async Task InitializeAsync() =>
        _cs = leverantor == Databasleverantor.Sqlite ? await TestDatabas.NySqliteAsync() : await TestDatabas.NyPostgresAsync();

    public Task DisposeAsync() => TestDatabas.TaBortAsync(leverantor, _cs);

    private SesamDbContext Db() => TestDatabas.SkapaKontext(leverantor, _cs);

    private static readonly Loggnyckel Nyckel = Loggnyckel.FranBase64(TestPdl.Nyckel);

    private static readonly DateTime Tidpunkt = new(2026, 11, 2, 9, 30, 0, DateTimeKind.Utc);

    /// <summary>One check per member of <see cref="ISqlfragor"/>, by name.</summary>
    private Dictionary<string, Func<Task>> Prov() => new Dictionary<string, Func<Task>>(StringComparer.Ordinal)
    {
        [nameof(ISqlfragor.Databasnamn)] = DatabasnamnAsync,
        [nameof(ISqlfragor.EnAnslutningPerAnrop)] = EnAnslutningPerAnropAsync,
        [nameof(ISqlfragor.SokIndividerAsync)] = SokIndividerAsync,
        [nameof(ISqlfragor.ArtiklarMedTermer)] = ArtiklarMedTermerAsync,
        [nameof(ISqlfragor.HjalpmedelAsync)] = HjalpmedelAsync,
        [nameof(ISqlfragor.NastaOrdernummerAsync)] = NastaOrdernummerAsync,
        [nameof(ISqlfragor.LoggensSistaPostAsync)] = LoggpostAsync,
        [nameof(ISqlfragor.InfogaLoggposterAsync)] = LoggpostAsync,
        [nameof(ISqlfragor.BorjaUttagAsync)] = UttagAsync,
        [nameof(ISqlfragor.SaldonForUttagAsync)] = UttagAsync,
    };

    private static readonly string[] Medlemsnamn = typeof(ISqlfragor).GetMethods().Where(m => !m.IsSpecialName).Select(m => m.Name)
        .Concat(typeof(ISqlfragor).GetProperties().Select(p => p.Name))
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> Medlemmar() => new(Medlemsnamn);

    [Fact]
    public void Varje_sats_provas_har() => Assert.Equal(Medlemsnamn, Prov().Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Medlemmar))]
    public async Task Satsen_kor_pa_databasen_och_ger_vad_den_ska(string medlem) => await Prov()[medlem]();

    [Fact]
    public void Varje_databas_har_sina_egna_satser()
    {
        var implementationer = Enum.GetValues<Databasleverantor>()
            .Select(l =>
            {
                using var db = TestDatabas.SkapaKontext(l, l == Databasleverantor.Postgres ? "Host=localhost" : "Data Source=:memory:");
                return db.Sqlfragor.GetType();
            })
            .ToList();
        Assert.Equal(implementationer.Count, implementationer.Distinct().Count());
        var alla = typeof(ISqlfragor).Assembly.GetTypes().Where(t => typeof(ISqlfragor).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface);
        Assert.Equal(alla.OrderBy(t => t.Name), implementationer.OrderBy(t => t.Name));
    }

    private async Task DatabasnamnAsync()
    {
        await using var db = Db();
        Assert.Equal(leverantor == Databasleverantor.Postgres ? "PostgreSQL" : "SQLite", db.Sqlfragor.Databasnamn);
    }

    private async Task EnAnslutningPerAnropAsync()
    {
        await using var db = Db();
        Assert.Equal(leverantor == Databasleverantor.Sqlite, db.Sqlfragor.EnAnslutningPerAnrop);
    }

    private async Task SokIndividerAsync()
    {
        await using var db = Db();
        var individer = await db.Individer.AsNoTracking().Select(i => new { i.Id, i.Individnummer, i.Serienummer }).ToListAsync();
        var tidigare = await db.Set<IndividHandelse>().AsNoTracking().Where(h => h.TidigareIndividnummer != null)
            .Select(h => new { h.IndividId, h.TidigareIndividnummer }).ToListAsync();
        // A prefix of digits (the index-range search), and patterns for the trigram search.
        foreach (var monster in new[] { "144*", "*334", "493", "1449334*" })
        {
            Assert.True(Individsokning.TryTolka(monster, out var sokning, out _));
            const int antal = 3;
            var vantade = individer
                .Where(i => sokning.Matchar(i.Individnummer) || sokning.Matchar(i.Serienummer)
                    || tidigare.Any(h => h.IndividId == i.Id && sokning.Matchar(h.TidigareIndividnummer)))
                .OrderBy(i => i.Individnummer, StringComparer.Ordinal)
                .Take(antal)
                .Select(i => i.Id)
                .ToList();
            var traffar = await db.Sqlfragor.SokIndividerAsync(sokning, antal, default);
            Assert.NotEmpty(vantade);
            Assert.Equal(vantade, traffar.Select(t => t.Id));
            Assert.All(traffar, t => Assert.Equal(individer.Single(i => i.Id == t.Id).Individnummer, t.Individnummer));
        }
    }

    private async Task ArtiklarMedTermerAsync()
    {
        await using var db = Db();
        var soktexter = await db.Artiklar.AsNoTracking().Select(a => new { a.Id, a.Soktext }).ToListAsync();
        // "säng" long enough for a trigram index, "sb" shorter than any.
        foreach (var termer in new[] { Sok.Termer("Säng"), Sok.Termer("säng SB"), Sok.Termer("sb"), Sok.Termer("") })
        {
            var vantade = soktexter.Where(a => termer.All(t => a.Soktext.Contains(t, StringComparison.Ordinal))).Select(a => a.Id).Order().ToList();
            Assert.NotEmpty(vantade);
            Assert.Equal(vantade, await db.Sqlfragor.ArtiklarMedTermer(termer).Select(a => a.Id).OrderBy(id => id).ToListAsync());
        }
    }

    private async Task HjalpmedelAsync()
    {
        await using var db = Db();
        var pnr = Personnummer.Parse(DemoData.PatientTolvan, Svensktid.Idag(Testklocka.Start));
        var tolvan = await db.Mottagare.Where(m => m.Personnummer == pnr).Select(m => m.Id).SingleAsync();
        var rader = await db.Sqlfragor.HjalpmedelAsync(tolvan, null, default);
        Assert.Equal(await db.Individer.Where(i => i.MottagareId == tolvan).Select(i => i.Id).OrderBy(id => id).ToListAsync(),
            rader.Individer.Select(i => i.Id).Order());
        Assert.Equal(await db.Orderrader.CountAsync(r => r.Bestallning.MottagareId == tolvan && r.Status == Radstatus.Levererad && r.AterlamnadDatum == null),
            rader.Levererade.Count);
        Assert.Equal(await db.Katalogversion.Select(v => v.Version).SingleAsync(), rader.Katalogversion);
    }

    private async Task NastaOrdernummerAsync()
    {
        await using var db = Db();
        Assert.Equal(1L, await db.Sqlfragor.NastaOrdernummerAsync("9901", default));
        Assert.Equal(2L, await db.Sqlfragor.NastaOrdernummerAsync("9901", default));
        Assert.Equal(2L, await db.OrdernummerSerier.Where(s => s.Period == "9901").Select(s => s.Senaste).SingleAsync());
    }

    private async Task LoggpostAsync()
    {
        await using var db = Db();
        var (lopnummer, hash) = await db.Sqlfragor.LoggensSistaPostAsync(default);
        var sista = await db.Logg.AsNoTracking().OrderByDescending(p => p.Lopnummer).FirstOrDefaultAsync();
        Assert.Equal(sista?.Lopnummer ?? 0, lopnummer);
        Assert.Equal(sista?.Hash ?? Loggpost.Startvarde, hash);

        var forsta = new Loggpost(lopnummer + 1, Tidpunkt, "SE2321000016-1001", null, null, "Läsning", "Prov", hash, Nyckel);
        var andra = new Loggpost(lopnummer + 2, Tidpunkt, "SE2321000016-1001", null, null, "Läsning", "Prov två", forsta.Hash, Nyckel);
        Assert.True(await db.Sqlfragor.InfogaLoggposterAsync([forsta, andra], default));
        Assert.Equal((andra.Lopnummer, andra.Hash), await db.Sqlfragor.LoggensSistaPostAsync(default));
        var lagrad = await db.Logg.AsNoTracking().SingleAsync(p => p.Lopnummer == andra.Lopnummer);
        Assert.Equal((Tidpunkt, DateTimeKind.Utc, "Prov två"), (lagrad.Tidpunkt, lagrad.Tidpunkt.Kind, lagrad.Beskrivning));

        // A löpnummer another writer took fails the whole insert and writes nothing.
        var tredje = new Loggpost(andra.Lopnummer + 1, Tidpunkt, "SE2321000016-1001", null, null, "Läsning", "Prov tre", andra.Hash, Nyckel);
        Assert.False(await db.Sqlfragor.InfogaLoggposterAsync([tredje, andra], default));
        Assert.Equal((andra.Lopnummer, andra.Hash), await db.Sqlfragor.LoggensSistaPostAsync(default));
    }

    private async Task UttagAsync()
    {
        await using var db = Db();
        var saldo = await db.Lagersaldon.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.LagerId, s.ArtikelId }).FirstAsync();
        await using var transaktion = await db.Sqlfragor.BorjaUttagAsync(default);
        Assert.Equal(leverantor == Databasleverantor.Postgres, transaktion is not null);
        var saldon = await db.Sqlfragor.SaldonForUttagAsync([saldo.LagerId], [saldo.ArtikelId], default);
        Assert.Equal(saldo.Id, Assert.Single(saldon).Id);
        Assert.Equal(EntityState.Unchanged, db.Entry(saldon[0]).State);
    }

    /// <summary>Web code names no database: which one runs is the business of Sesam.Data (<see cref="ISqlfragor"/>).</summary>
    [Fact]
    public void Webbkoden_fragar_aldrig_vilken_databas_den_kor_pa()
    {
        if (leverantor != Databasleverantor.Sqlite)
        {
            return;
        }
        var webb = Path.Combine(Rotkatalog(), "src", "Sesam.Web");
        var fynd = Directory.EnumerateFiles(webb, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((rad, i) => (Fil: Path.GetRelativePath(webb, f), Rad: i + 1, Text: rad)))
            .Where(r => Leverantorsfraga().IsMatch(r.Text))
            .Select(r => $"{r.Fil}:{r.Rad}: {r.Text.Trim()}")
            .ToList();
        Assert.Empty(fynd);
    }

    /// <summary>What branching on the database or writing its SQL in web code looks like.</summary>
    [GeneratedRegex(@"Databasleverantor|IsNpgsql\(|IsSqlite\(|IsRelational\(|ProviderName|\bNpgsql\b|Microsoft\.Data\.Sqlite|FromSql|SqlQuery|ExecuteSql|CommandText|Sqlfraga\.|GetDbConnection\(")]
    private static partial Regex Leverantorsfraga();

    private static string Rotkatalog()
    {
        for (var katalog = new DirectoryInfo(AppContext.BaseDirectory); katalog is not null; katalog = katalog.Parent)
        {
            if (File.Exists(Path.Combine(katalog.FullName, "Sesam.sln")))
            {
                return katalog.FullName;
            }
        }
        throw new InvalidOperationException($"Hittar inte Sesam.sln ovanför {AppContext.BaseDirectory}.");
    }
}

public sealed class SqlfragorTestsSqlite() : SqlfragorTests(Databasleverantor.Sqlite);

public sealed class SqlfragorTestsPostgres() : SqlfragorTests(Databasleverantor.Postgres);
