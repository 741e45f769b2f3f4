using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesam.Data;
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
        Assert.Null(logg.Verifiera());
    }

    [Fact]
    public async Task Tva_processer_som_skriver_samtidigt_ger_en_obruten_kedja()
    {
        var forsta = app.Services.GetRequiredService<Granskningslogg>();
        using var andra = new Granskningslogg(app.Services.GetRequiredService<DbContextOptions<SesamDbContext>>(), app.Klocka);
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

/// <summary>The log is append-only in the database, and the verifier finds a row altered behind its back.</summary>
public abstract class LoggkedjaTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    protected abstract string Andra { get; }

    protected abstract string KringgaSkyddet { get; }

    [Fact]
    public async Task Andrad_rad_upptacks_av_verifiera_logg_och_databasen_vagrar_andringar()
    {
        var logg = app.Services.GetRequiredService<Granskningslogg>();
        for (var i = 0; i < 3; i++)
        {
            await logg.SkrivAsync(DemoData.ForskrivareHsaId, null, null, "Läst patient", $"Kedjetest {i}.");
        }
        string[] argument = ["--provider", app.Leverantor.ToString(), "--connection", app.ConnectionString];
        Assert.Equal(0, await VerifieraLogg.KorAsync(argument));

        await using var db = app.Databas();
        var andra = await db.Logg.OrderBy(p => p.Lopnummer).Skip(1).Select(p => p.Lopnummer).FirstAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(Andra, andra));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "Logg" """));

        await db.Database.ExecuteSqlRawAsync(KringgaSkyddet);
        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(Andra, andra));

        Assert.Equal(1, await VerifieraLogg.KorAsync(argument));
        Assert.Equal(andra, logg.Verifiera()?.Lopnummer);
    }
}

public sealed class LoggkedjaTestsSqlite(SqliteApp app) : LoggkedjaTests<SqliteApp>(app)
{
    protected override string Andra => """UPDATE "Logg" SET "Beskrivning" = 'Ändrad i efterhand.' WHERE "Lopnummer" = {0}""";

    protected override string KringgaSkyddet => "DROP TRIGGER logg_ingen_andring";
}

public sealed class LoggkedjaTestsPostgres(PostgresApp app) : LoggkedjaTests<PostgresApp>(app)
{
    protected override string Andra => """UPDATE "Logg" SET "Beskrivning" = 'Ändrad i efterhand.' WHERE "Lopnummer" = {0}""";

    protected override string KringgaSkyddet => """ALTER TABLE "Logg" DISABLE TRIGGER logg_endast_tillagg""";
}
