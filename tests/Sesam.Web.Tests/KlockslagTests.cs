using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>
/// The date-sensitive flows at the instants that have broken them: just after midnight in Sweden while UTC still
/// has the day before, the nights summer time begins and ends, New Year, and a Monday whose ISO week differs from the
/// UTC date's. Each instant gets an app whose clock stands there over demo data seeded there. The expected Swedish
/// date and order-number week are written out, not computed by the code under test.
/// </summary>
public abstract class KlockslagTests(Databasleverantor leverantor)
{
    public static TheoryData<string, string, string> Klockslag => new()
    {
        // Tuesday 23:30 UTC is Wednesday 00:30 in Stockholm (winter time, UTC+1).
        { "2026-11-24T23:30:00Z", "2026-11-25", "2648" },
        // Summer time begins: 01:00 UTC, when 02:00 becomes 03:00. 01:30 UTC is 03:30 on Sunday 29 March.
        { "2026-03-29T01:30:00Z", "2026-03-29", "2613" },
        // Summer time ends: 01:00 UTC, when 03:00 becomes 02:00; Swedish 02:30 happens twice, first in summer time
        // (00:30 UTC), then in winter time (01:30 UTC).
        { "2026-10-25T00:30:00Z", "2026-10-25", "2643" },
        { "2026-10-25T01:30:00Z", "2026-10-25", "2643" },
        // New Year's Eve 23:30 UTC is 1 January 00:30: a Friday in ISO week 53 of 2026.
        { "2026-12-31T23:30:00Z", "2027-01-01", "2653" },
        // Sunday 23:30 UTC is Monday 00:30: ISO week 1 of 2027, while the UTC date is still in week 53 of 2026.
        { "2027-01-03T23:30:00Z", "2027-01-04", "2701" },
    };

    [Theory]
    [MemberData(nameof(Klockslag))]
    public async Task Datumkansliga_floden_foljer_svensk_tid(string instant, string svensktDatum, string vecka)
    {
        var nu = DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var idag = DateOnly.ParseExact(svensktDatum, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var utcDatum = DateOnly.FromDateTime(nu.UtcDateTime);
        var app = new FastKlockaApp(leverantor, nu);
        await app.InitializeAsync();
        try
        {
            Assert.Equal(idag, app.Klocka.Idag());
            await OrdernummerOchLeveransdatumAsync(app, nu, idag, vecka);
            await PatientavgifterAsync(app, idag, utcDatum);
            await FuAsync(app, idag);
            await LoggutdragAsync(app, idag);
            await PersonnummerFoddIdagAsync(app, idag);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    /// <summary>The order is numbered in the Swedish date's ISO week and planned from the Swedish date.</summary>
    private static async Task OrdernummerOchLeveransdatumAsync(FastKlockaApp app, DateTimeOffset nu, DateOnly idag, string vecka)
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        var id = await Varukorg.NyAsync(anna, DemoData.PatientTolvan);
        await Varukorg.LaggTillAsync(anna, id, "20410", 1, "Hjalpmedelsverksamhet");

        var ordernummer = await Varukorg.SlutforOchSkickaAsync(anna, id, []);

        Assert.StartsWith(vecka, ordernummer, StringComparison.Ordinal);
        await using var db = app.Databas();
        var order = await db.Bestallningar.Include(b => b.Rader).SingleAsync(b => b.Id == id);
        Assert.Equal(nu.UtcDateTime, order.Skickad);
        Assert.Equal(Arbetsdagskalender.LaggTillArbetsdagar(idag, 17), order.Rader.Single().PlaneratLeveransdatum);
    }

    /// <summary>A fee due for ten days is invoiced on the Swedish date, and that day's fakturaunderlag holds it. The
    /// UTC date, which the suite's test of this flow once used, has no underlag when it is another day.</summary>
    private static async Task PatientavgifterAsync(FastKlockaApp app, DateOnly idag, DateOnly utcDatum)
    {
        int avgiftId;
        await using (var db = app.Databas())
        {
            var tolvan = await db.Mottagare.SingleAsync(m => m.Personnummer == Personnummer.FranLagrat(DemoData.PatientTolvan));
            var cecilia = await db.Anvandare.Include(a => a.Tjanstestallen).ThenInclude(t => t.Tjanstestalle).SingleAsync(a => a.HsaId == DemoData.SomnForskrivareHsaId);
            var somn = cecilia.Tjanstestallen.Single().Tjanstestalle;
            var forrad = await db.Lager.SingleAsync(l => l.Id == somn.ForradId);
            var cpap = await db.Artiklar.SingleAsync(a => a.Artikelnummer == "40110");
            var skickad = app.Klocka.Nu().AddDays(-100);
            var order = Bestallning.NyForskrivning(tolvan, cecilia, cecilia, somn, skickad);
            var rad = order.LaggTillRad(cpap, 1, Leveranskalla.EgetForrad, forrad, Debiteringsform.Hyra, 0m);
            rad.SvaraPatientavgift(true);
            order.Skicka(await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(skickad)), Guid.NewGuid(), skickad);
            db.Add(order);
            // Delivered 100 days ago under the 90-day rule: due for ten days.
            var avgift = new Patientavgift(tolvan, rad, cpap, 500m, true, idag.AddDays(-100), null);
            db.Add(avgift);
            await db.SaveChangesAsync();
            avgiftId = avgift.Id;
        }
        var lars = app.Klient(DemoData.LogistikHsaId);
        var lista = await Html.LasAsync(await lars.GetAsync("/logistik/patientavgifter"));
        var svar = await Html.SkickaAsync(lars, lista, "form[action='/logistik/patientavgifter']", ("avgift", avgiftId.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);

        Assert.Contains("19121212-1212;Tolvan Tolvansson;", await UnderlagAsync(lars, idag), StringComparison.Ordinal);
        if (utcDatum != idag)
        {
            Assert.DoesNotContain("Tolvan Tolvansson", await UnderlagAsync(lars, utcDatum), StringComparison.Ordinal);
        }
        await using (var db = app.Databas())
        {
            Assert.Equal(idag, (await db.Patientavgifter.SingleAsync(a => a.Id == avgiftId)).FaktureradDatum);
        }
    }

    private static async Task<string> UnderlagAsync(HttpClient klient, DateOnly datum) =>
        Encoding.UTF8.GetString(await klient.GetByteArrayAsync($"/logistik/patientavgifter/underlag?datum={datum:yyyy-MM-dd}"));

    /// <summary>An FU done on the Swedish date is not in the future, and the next one falls due from that date.</summary>
    private static async Task FuAsync(FastKlockaApp app, DateOnly idag)
    {
        var lars = app.Klient(DemoData.LogistikHsaId);
        // Tolvan's bed had its yearly FU 350 days before the seeding: due in 15 days, on the default 30-day list.
        var lista = await Html.LasAsync(await lars.GetAsync("/logistik/fu"));
        Assert.NotNull(lista.QuerySelector("[data-testid=fu-1438560]"));

        var kort = await Html.LasAsync(await lars.GetAsync("/individ/1449401?flik=aktiviteter"));
        var svar = await Html.SkickaAsync(lars, kort, "[data-testid=registrera-aktivitet]", ("aktivitet.Typ", "ForebyggandeUnderhall"),
            ("aktivitet.Datum", idag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("aktivitet.FuIntervall", "6"), ("aktivitet.Beskrivning", "Kontroll vid midnatt."));

        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        var efter = await Html.LasAsync(await lars.GetAsync("/individ/1449401?flik=aktiviteter"));
        Assert.Equal(idag.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), efter.QuerySelector("[data-testid=nasta-fu]")!.TextContent);
    }

    /// <summary>What happened at the instant is in the extract for the Swedish date, and not in the day before's.</summary>
    private static async Task LoggutdragAsync(FastKlockaApp app, DateOnly idag)
    {
        await using (var db = app.Databas())
        {
            var tolvan = await db.Mottagare.Where(m => m.Personnummer == Personnummer.FranLagrat(DemoData.PatientTolvan)).Select(m => m.Id).SingleAsync();
            await app.Services.GetRequiredService<Granskningslogg>().SkrivAsync(DemoData.ForskrivareHsaId, null, tolvan, "Läst patient", "Läste patienten vid klockslaget.");
        }
        var alva = app.Klient(DemoData.AdminHsaId);
        async Task<string> UtdragAsync(DateOnly fran, DateOnly till)
        {
            var sida = await Html.LasAsync(await alva.GetAsync("/admin/logg"));
            var svar = await Html.SkickaAsync(alva, sida, "[data-testid=loggutdrag-patient]", ("Personnummer", DemoData.PatientTolvan),
                ("Fran", fran.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("Till", till.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
            return (await Html.LasAsync(svar)).QuerySelector("[data-testid=loggrader]")!.TextContent;
        }

        Assert.Contains("Läste patienten vid klockslaget.", await UtdragAsync(idag, idag), StringComparison.Ordinal);
        Assert.DoesNotContain("Läste patienten vid klockslaget.", await UtdragAsync(idag.AddDays(-1), idag.AddDays(-1)), StringComparison.Ordinal);
    }

    /// <summary>A child born on the Swedish date has a valid personnummer: the search finds no such patient instead
    /// of calling the birth date future.</summary>
    private static async Task PersonnummerFoddIdagAsync(FastKlockaApp app, DateOnly idag)
    {
        var nio = idag.ToString("yyMMdd", CultureInfo.InvariantCulture) + "123";
        var personnummer = $"{idag:yyyyMMdd}-123{Personnummer.Kontrollsiffra(nio)}";
        var alva = app.Klient(DemoData.AdminHsaId);
        var sida = await Html.LasAsync(await alva.GetAsync("/admin/logg"));

        var svar = await Html.SkickaAsync(alva, sida, "[data-testid=loggutdrag-patient]", ("Personnummer", personnummer), ("Fran", "2000-01-01"), ("Till", "2099-12-31"));

        var fel = (await Html.LasAsync(svar)).QuerySelector("#Patient_Personnummer_fel")!.TextContent;
        Assert.Equal("Det finns ingen patient med det personnumret i Sesam.", fel);
    }
}

public sealed class KlockslagTestsSqlite() : KlockslagTests(Databasleverantor.Sqlite);

public sealed class KlockslagTestsPostgres() : KlockslagTests(Databasleverantor.Postgres);
