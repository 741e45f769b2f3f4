using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sesam.Data;
using Sesam.Domain.Audit;
using Sesam.Tools;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>The Admin pages for log extracts (per patient and per user) and the audit entries Sesam itself writes.</summary>
public abstract class GranskningsloggTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    private const string TolvanFormaterat = "19121212-1212";

    private async Task<int> MottagareIdAsync(string namn)
    {
        await using var db = app.Databas();
        return await db.Mottagare.Where(m => m.Namn == namn).Select(m => m.Id).SingleAsync();
    }

    /// <summary>Fills in and submits the page's "Loggutdrag för patient" form; with <paramref name="csv"/>, then presses
    /// "Exportera CSV" on the extract it shows, as the admin does.</summary>
    private async Task<HttpResponseMessage> PostaPatientAsync(string personnummer, string fran = "2000-01-01", string till = "2099-12-31", bool csv = false)
    {
        var klient = app.Klient(DemoData.AdminHsaId);
        var sida = await Html.LasAsync(await klient.GetAsync("/admin/logg"));
        var svar = await Html.SkickaAsync(klient, sida, "[data-testid=loggutdrag-patient]", ("Personnummer", personnummer), ("Fran", fran), ("Till", till));
        return csv ? await Html.SkickaAsync(klient, await Html.LasAsync(svar), "[data-testid=loggutdrag-patient-csv]") : svar;
    }

    [Fact]
    public async Task Formularet_utan_egen_token_avvisas_aven_nar_sidans_andra_formular_har_en()
    {
        var klient = app.Klient(DemoData.AdminHsaId);
        var sida = await Html.LasAsync(await klient.GetAsync("/admin/logg"));
        Assert.NotNull(sida.QuerySelector("form[action='/utloggning'] input[name='__RequestVerificationToken']"));
        // Before the fix the form had a literal action and no token: a browser's submission was refused.
        sida.QuerySelector("[data-testid=loggutdrag-patient] input[name='__RequestVerificationToken']")!.Remove();

        var svar = await Html.SkickaAsync(klient, sida, "[data-testid=loggutdrag-patient]", ("Personnummer", TolvanFormaterat), ("Fran", "2000-01-01"), ("Till", "2099-12-31"));

        Assert.Equal(HttpStatusCode.BadRequest, svar.StatusCode);
    }

    [Fact]
    public async Task Loggutdrag_for_patient_visar_patientens_poster_och_loggas_sjalv()
    {
        var tolvan = await MottagareIdAsync("Tolvan Tolvansson");
        var skutt = await MottagareIdAsync("Lille Skutt");
        var logg = app.Services.GetRequiredService<Granskningslogg>();
        await logg.SkrivAsync(DemoData.ForskrivareHsaId, null, tolvan, "Läst patient", "Visade patientbilden för Tolvan-testet.");
        await logg.SkrivAsync(DemoData.ForskrivareHsaId, null, skutt, "Läst patient", "Visade patientbilden för Skutt-testet.");

        var svar = await PostaPatientAsync(TolvanFormaterat);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.Contains("Tolvan Tolvansson", sida.QuerySelector("#resultat-rubrik")?.TextContent, StringComparison.Ordinal);
        var rader = sida.QuerySelectorAll("[data-testid=loggrader] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rader, r => r.Contains("Tolvan-testet", StringComparison.Ordinal) && r.Contains("Anna Andersson", StringComparison.Ordinal));
        Assert.DoesNotContain(rader, r => r.Contains("Skutt-testet", StringComparison.Ordinal));
        Assert.Null(sida.QuerySelector("[data-testid=skyddad-identitet]"));
        await using var db = app.Databas();
        var utdrag = await db.Logg.Where(p => p.HsaId == DemoData.AdminHsaId && p.Handling == "Loggutdrag" && p.MottagareId == tolvan).ToListAsync();
        Assert.Single(utdrag);
        Assert.DoesNotContain(await db.Logg.Select(p => p.Beskrivning).ToListAsync(), b => b.Contains("1212121212", StringComparison.Ordinal) || b.Contains("Tolvansson", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Loggutdrag_for_patient_exporteras_som_csv()
    {
        var tolvan = await MottagareIdAsync("Tolvan Tolvansson");
        await app.Services.GetRequiredService<Granskningslogg>().SkrivAsync(DemoData.SomnForskrivareHsaId, null, tolvan, "Utskrift", "=Låneförbindelse; skriven ut");

        var svar = await PostaPatientAsync(TolvanFormaterat, csv: true);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal("text/csv", svar.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("1212", svar.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
        var bytes = await svar.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rader = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tidpunkt;HSA-id;Användare;Tjänsteställe;Patient;Handling;Beskrivning", rader[0]);
        Assert.Contains(rader, r => r.EndsWith($"{DemoData.SomnForskrivareHsaId};Cecilia Carlsson;;Tolvan Tolvansson;Utskrift;\"'=Låneförbindelse; skriven ut\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ogiltigt_personnummer_ger_meddelande_vid_faltet_och_behaller_inmatningen()
    {
        var svar = await PostaPatientAsync("19121212-1213");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, svar.StatusCode);
        var sida = await Html.LasAsync(svar);
        Assert.False(string.IsNullOrWhiteSpace(sida.QuerySelector("#Patient_Personnummer_fel")?.TextContent));
        Assert.Equal("19121212-1213", sida.QuerySelector("#Patient_Personnummer")?.GetAttribute("value"));
        Assert.DoesNotContain("19121212-1213", sida.QuerySelector("#Patient_Personnummer_fel")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Okand_patient_och_omvand_period_ger_meddelanden()
    {
        var okand = await Html.LasAsync(await PostaPatientAsync("19800101-0019"));
        Assert.Contains("ingen patient", okand.QuerySelector("#Patient_Personnummer_fel")?.TextContent, StringComparison.Ordinal);

        var period = await Html.LasAsync(await PostaPatientAsync(TolvanFormaterat, fran: "2026-02-01", till: "2026-01-01"));
        Assert.Contains("före", period.QuerySelector("#Patient_Till_fel")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skyddad_patient_markeras_i_loggutdraget()
    {
        var sida = await Html.LasAsync(await PostaPatientAsync("19450515-1235"));
        Assert.Equal("Skyddad identitet", sida.QuerySelector("[data-testid=skyddad-identitet]")?.TextContent);
    }

    [Fact]
    public async Task Loggutdrag_for_anvandare_visar_anvandarens_poster_och_csv()
    {
        var logg = app.Services.GetRequiredService<Granskningslogg>();
        await logg.SkrivAsync(DemoData.BestallareHsaId, null, null, "Beställning", "Registrerade en beställning i användartestet.");
        await logg.SkrivAsync(DemoData.LogistikHsaId, null, null, "Plock", "Plockade i användartestet.");
        var klient = app.Klient(DemoData.AdminHsaId);

        var start = await Html.LasAsync(await klient.GetAsync("/admin/logg"));
        var sida = await Html.LasAsync(await Html.SkickaAsync(klient, start, "[data-testid=loggutdrag-anvandare]", ("HsaId", DemoData.BestallareHsaId), ("Fran", "2000-01-01"), ("Till", "2099-12-31")));
        var rader = sida.QuerySelectorAll("[data-testid=loggrader] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rader, r => r.Contains("Registrerade en beställning i användartestet.", StringComparison.Ordinal));
        Assert.DoesNotContain(rader, r => r.Contains("Plockade", StringComparison.Ordinal));
        Assert.Contains("Bertil Berg", sida.QuerySelector("#resultat-rubrik")?.TextContent, StringComparison.Ordinal);

        var csv = await klient.GetAsync(sida.QuerySelector("[data-testid=loggutdrag-anvandare-csv]")!.GetAttribute("href"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Registrerade en beställning i användartestet.", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var utanHsaId = await Html.LasAsync(await Html.SkickaAsync(klient, start, "[data-testid=loggutdrag-anvandare]", ("HsaId", ""), ("Fran", "2000-01-01"), ("Till", "2099-12-31")));
        Assert.Equal("Ange HSA-id.", utanHsaId.QuerySelector("#Anvandare_HsaId_fel")?.TextContent);
    }

    [Fact]
    public async Task Samtidiga_poster_hamnar_i_en_obruten_kedja_utan_luckor()
    {
        var logg = app.Services.GetRequiredService<Granskningslogg>();
        await using var db = app.Databas();
        var fore = await db.Logg.CountAsync();

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            Task.Run(() => logg.SkrivAsync(DemoData.ForskrivareHsaId, null, null, "Läsning", $"Samtidig läsning {i}."))));

        Assert.Equal(fore + 60, await db.Logg.CountAsync());
        var lopnummer = await db.Logg.OrderBy(p => p.Lopnummer).Select(p => p.Lopnummer).ToListAsync();
        Assert.Equal(Enumerable.Range(1, lopnummer.Count).Select(i => (long)i), lopnummer);
        await logg.ForankraAsync();
        Assert.Null(logg.Verifiera());
    }

    [Fact]
    public async Task Tva_processer_som_skriver_samtidigt_ger_en_obruten_kedja()
    {
        var forsta = app.Services.GetRequiredService<Granskningslogg>();
        using var andra = new Granskningslogg(app.Services.GetRequiredService<DbContextOptions<SesamDbContext>>(), app.Klocka, app.Pdl.Las());
        await using var db = app.Databas();

        await forsta.SkrivAsync(DemoData.ForskrivareHsaId, null, null, "Läsning", "Första processen.");
        await andra.SkrivAsync(DemoData.ForskrivareHsaId, null, null, "Läsning", "Andra processen.");
        // The first process still has its own entry as the chain's head: its insert meets the second's löpnummer.
        await forsta.SkrivAsync(DemoData.ForskrivareHsaId, null, null, "Läsning", "Första processen igen.");
        var sista = await db.Logg.OrderByDescending(p => p.Lopnummer).Take(2).Select(p => p.Beskrivning).ToListAsync();
        Assert.Equal(["Första processen igen.", "Andra processen."], sista);

        var fore = await db.Logg.CountAsync();
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => (i % 2 == 0 ? forsta : andra).SkrivAsync(DemoData.ForskrivareHsaId, null, null, "Läsning", $"Samtidigt {i}."))));

        Assert.Equal(fore + 40, await db.Logg.CountAsync());
        var lopnummer = await db.Logg.OrderBy(p => p.Lopnummer).Select(p => p.Lopnummer).ToListAsync();
        Assert.Equal(Enumerable.Range(1, lopnummer.Count).Select(i => (long)i), lopnummer);
        await forsta.ForankraAsync();
        await andra.ForankraAsync();
        Assert.Null(forsta.Verifiera());
    }

    [Fact]
    public async Task Loggutdrag_ar_bara_for_admin()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Klient(DemoData.LogistikHsaId).GetAsync("/admin/logg")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Klient(DemoData.ForskrivareHsaId).GetAsync($"/admin/logg/anvandare?HsaId={DemoData.AdminHsaId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Klient(DemoData.AdminHsaId).GetAsync("/admin/logg")).StatusCode);
    }
}

public sealed class GranskningsloggTestsSqlite(SqliteApp app) : GranskningsloggTests<SqliteApp>(app);

public sealed class GranskningsloggTestsPostgres(PostgresApp app) : GranskningsloggTests<PostgresApp>(app);

/// <summary>
/// verifiera-logg against a log tampered with by someone with every right on its database (the schema's owner on
/// PostgreSQL) but without the key: the keyed chain and the checkpoints outside the database show what a plain
/// SHA-256 chain could not. Each test has a database of its own, since each breaks its log.
/// </summary>
public abstract class LoggkedjaTests(Databasleverantor leverantor) : IAsyncLifetime
{
    private readonly TestPdl _pdl = new();
    private string _cs = "";
    private Granskningslogg? _logg;

    /// <summary>Turns off the database's protection of the log, as its owner can.</summary>
    protected abstract string KringgaSkyddet { get; }

    private Granskningslogg Logg => _logg ?? throw new InvalidOperationException("Testet är inte initierat.");

    private string[] Argument => ["--provider", leverantor.ToString(), "--connection", _cs, .. _pdl.Argument];

    public async Task InitializeAsync()
    {
        _cs = leverantor == Databasleverantor.Sqlite ? await TestDatabas.NySqliteAsync() : await TestDatabas.NyPostgresAsync();
        _logg = new Granskningslogg(TestDatabas.Options(leverantor, _cs), TimeProvider.System, _pdl.Las());
    }

    public async Task DisposeAsync()
    {
        _logg?.Dispose();
        await TestDatabas.TaBortAsync(leverantor, _cs);
        _pdl.Dispose();
    }

    [Fact]
    public async Task Hel_logg_verifieras_men_inte_med_en_annan_nyckel_eller_utan_nyckel()
    {
        await SkrivAsync(30);
        await Logg.ForankraAsync();
        await SkrivAsync(5);

        Assert.Equal(0, await VerifieraLogg.KorAsync(Argument));

        var annanNyckel = Path.Combine(Path.GetTempPath(), $"sesam-annan-nyckel-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(annanNyckel, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        try
        {
            Assert.Equal(1, await VerifieraLogg.KorAsync(["--provider", leverantor.ToString(), "--connection", _cs,
                "--nyckelfil", annanNyckel, "--kontrollpunkter", _pdl.Kontrollpunkter]));
        }
        finally
        {
            File.Delete(annanNyckel);
        }
        Assert.Equal(2, await VerifieraLogg.KorAsync(["--provider", leverantor.ToString(), "--connection", _cs]));
    }

    [Fact]
    public async Task Appens_anslutning_kan_inte_andra_eller_radera_loggen()
    {
        await SkrivAsync(2);
        await using var db = TestDatabas.SkapaKontext(leverantor, _cs);
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "Logg" SET "Beskrivning" = 'Ändrad i efterhand.'"""));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "Logg" """));
        Assert.Equal(2, await db.Logg.CountAsync());
    }

    [Fact]
    public async Task Borttagna_sista_20_poster_upptacks()
    {
        await SkrivAsync(40);
        await Logg.ForankraAsync();

        await using (var agare = Agare())
        {
            await agare.Database.ExecuteSqlRawAsync(KringgaSkyddet);
            Assert.Equal(20, await agare.Database.ExecuteSqlRawAsync("""DELETE FROM "Logg" WHERE "Lopnummer" > 20"""));
        }

        Assert.Equal(1, await VerifieraLogg.KorAsync(Argument));
        var fel = Logg.Verifiera();
        Assert.Equal(21, fel?.Lopnummer);
        Assert.Contains("tagits bort", fel?.Meddelande, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Omskrivna_20_poster_med_omraknad_sha256_kedja_upptacks()
    {
        await SkrivAsync(40);
        await Logg.ForankraAsync();

        await using (var agare = Agare())
        {
            await agare.Database.ExecuteSqlRawAsync(KringgaSkyddet);
            var poster = await agare.Logg.AsNoTracking().OrderBy(p => p.Lopnummer).ToListAsync();
            var foregaende = poster[19].Hash;
            foreach (var post in poster.Skip(20))
            {
                var beskrivning = $"Omskriven {post.Lopnummer}.";
                var hash = Sha256Kedjelank(post, beskrivning, foregaende);
                await agare.Database.ExecuteSqlRawAsync(
                    """UPDATE "Logg" SET "Beskrivning" = {0}, "ForegaendeHash" = {1}, "Hash" = {2} WHERE "Lopnummer" = {3}""",
                    beskrivning, foregaende, hash, post.Lopnummer);
                foregaende = hash;
            }
        }

        Assert.Equal(1, await VerifieraLogg.KorAsync(Argument));
        Assert.Equal(21, Logg.Verifiera()?.Lopnummer);
    }

    private async Task SkrivAsync(int antal)
    {
        for (var i = 0; i < antal; i++)
        {
            await Logg.SkrivAsync(DemoData.ForskrivareHsaId, null, null, "Läst patient", $"Kedjetest {i}.");
        }
    }

    private SesamDbContext Agare() =>
        TestDatabas.SkapaKontext(leverantor, leverantor == Databasleverantor.Postgres ? TestDatabas.Agare(_cs) : _cs);

    /// <summary>An entry's hash as Sesam computed it before the chain was keyed: anyone could recompute it.</summary>
    private static string Sha256Kedjelank(Loggpost post, string beskrivning, string foregaendeHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
            post.Lopnummer.ToString(CultureInfo.InvariantCulture),
            post.Tidpunkt.ToString("O", CultureInfo.InvariantCulture),
            post.HsaId,
            post.TjanstestalleId?.ToString(CultureInfo.InvariantCulture) ?? "",
            post.MottagareId?.ToString(CultureInfo.InvariantCulture) ?? "",
            post.Handling,
            beskrivning,
            foregaendeHash))));
}

public sealed class LoggkedjaTestsSqlite() : LoggkedjaTests(Databasleverantor.Sqlite)
{
    protected override string KringgaSkyddet => "DROP TRIGGER logg_ingen_andring; DROP TRIGGER logg_ingen_radering;";
}

public sealed class LoggkedjaTestsPostgres() : LoggkedjaTests(Databasleverantor.Postgres)
{
    protected override string KringgaSkyddet => """ALTER TABLE "Logg" DISABLE TRIGGER USER""";
}

/// <summary>
/// On PostgreSQL the app connects as a role that does not own the schema. Started with the owner's connection string,
/// Sesam migrates as the owner and grants the app's role its rights: it reads, writes and seeds, and appends to the
/// log, but cannot change, empty or unprotect the log.
/// </summary>
public sealed class MinstaBehorighetTests
{
    [Fact]
    public async Task Appens_roll_skriver_till_loggen_men_far_inte_andra_tomma_eller_oskydda_den()
    {
        var agare = await TestDatabas.TomAsync(Databasleverantor.Postgres);
        var appCs = TestDatabas.App(agare);
        using var pdl = new TestPdl();
        try
        {
            var args = new List<string>
            {
                "--environment=Testing", "--Database:Provider=Postgres", $"--ConnectionStrings:Sesam={appCs}",
                $"--ConnectionStrings:SesamAgare={agare}", "--Database:Migrate=true", "--Database:SeedDemoData=true",
            };
            args.AddRange(pdl.Installningar.Select(kv => $"--{kv.Key}={kv.Value}"));
            await using (var app = SesamApp.Bygg([.. args]))
            {
                await SesamApp.ForbereddDatabasAsync(app);
                await app.Services.GetRequiredService<Granskningslogg>().SkrivAsync(DemoData.ForskrivareHsaId, null, null, "Läsning", "Som appens roll.");
            }

            await using var db = TestDatabas.SkapaKontext(Databasleverantor.Postgres, appCs);
            Assert.Equal(TestDatabas.AppRoll, await db.Database.SqlQuery<string>($"SELECT current_user AS \"Value\"").SingleAsync());
            Assert.True(await db.Artiklar.AnyAsync());
            Assert.Equal(1, await db.Logg.CountAsync());
            string[] forbjudna =
            [
                """UPDATE "Logg" SET "Beskrivning" = 'Ändrad i efterhand.'""",
                """DELETE FROM "Logg" """,
                """TRUNCATE "Logg" """,
                """ALTER TABLE "Logg" DISABLE TRIGGER ALL""",
            ];
            foreach (var sql in forbjudna)
            {
                var fel = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(sql));
                Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, fel.SqlState);
            }
            Assert.Equal(1, await db.Logg.CountAsync());
        }
        finally
        {
            await TestDatabas.TaBortAsync(Databasleverantor.Postgres, agare);
        }
    }

    [Fact]
    public async Task Agare_och_app_maste_vara_olika_roller()
    {
        var fel = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            SesamDatabas.MigreraSomAgareAsync("Host=127.0.0.1;Username=sesam", "Host=127.0.0.1;Username=sesam"));
        Assert.Contains("olika användare", fel.Message, StringComparison.Ordinal);
    }
}
