using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Logistik's other work: FU and AU aktiviteter on the individkort with the FU list, and invoicing patient fees.</summary>
public abstract class AktivitetOchFaktureringTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    private string Idag => app.Klocka.Idag().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Fills in the individkort's "Registrera aktivitet" form; a user who does not see the form posts what it
    /// would have sent, with the page's token.</summary>
    private static async Task<HttpResponseMessage> RegistreraAsync(HttpClient k, string individ, params (string Namn, string Varde)[] falt)
    {
        var sida = await Html.LasAsync(await k.GetAsync($"/individ/{individ}?flik=aktiviteter"));
        if (sida.QuerySelector("[data-testid=registrera-aktivitet]") is not null)
        {
            return await Html.SkickaAsync(k, sida, "[data-testid=registrera-aktivitet]", falt);
        }
        var data = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", Html.Token(sida)), new("version", "0") };
        data.AddRange(falt.Select(f => new KeyValuePair<string, string>(f.Namn, f.Varde)));
        return await k.PostAsync($"/individ/{individ}/aktivitet", new FormUrlEncodedContent(data));
    }

    [Fact]
    public async Task Logistik_registrerar_FU_och_individen_hamnar_pa_FU_listan()
    {
        var lars = app.Klient(DemoData.LogistikHsaId);
        // Tolvan's bed has a yearly FU due within the month (demo data).
        var lista = await Html.LasAsync(await lars.GetAsync("/logistik/fu"));
        Assert.NotNull(lista.QuerySelector("[data-testid=fu-1438560]"));

        var utanDatum = await RegistreraAsync(lars, "1449401", ("aktivitet.Typ", "ForebyggandeUnderhall"), ("aktivitet.FuIntervall", "6"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, utanDatum.StatusCode);
        var felsida = await Html.LasAsync(utanDatum);
        Assert.Equal("Ange datum för aktiviteten (ÅÅÅÅ-MM-DD).", felsida.QuerySelector("[data-testid=aktivitet-fel]")!.TextContent);
        Assert.Equal("6", felsida.QuerySelector<IElement>("#aktivitet-intervall")!.GetAttribute("value"));

        var svar = await RegistreraAsync(lars, "1449401", ("aktivitet.Typ", "ForebyggandeUnderhall"), ("aktivitet.Datum", "2026-01-15"),
            ("aktivitet.FuIntervall", "6"), ("aktivitet.Beskrivning", "Kontroll utan anmärkning."));
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        var kort = await Html.LasAsync(await lars.GetAsync("/individ/1449401?flik=aktiviteter"));
        Assert.Equal("2026-07-15", kort.QuerySelector("[data-testid=nasta-fu]")!.TextContent);
        Assert.Contains("Kontroll utan anmärkning.", kort.QuerySelector("[data-testid=aktiviteter]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lars Lindqvist", kort.QuerySelector("[data-testid=aktiviteter]")!.TextContent, StringComparison.Ordinal);
        var fu = await Html.LasAsync(await lars.GetAsync("/logistik/fu?fore=2026-08-01"));
        Assert.Contains("970 Centrallager", fu.QuerySelector("[data-testid=fu-1449401]")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await Html.LasAsync(await lars.GetAsync("/logistik/fu?fore=2026-07-01"))).QuerySelector("[data-testid=fu-1449401]"));

        // Others see the aktiviteter but do not register them.
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        Assert.Null((await Html.LasAsync(await anna.GetAsync("/individ/1449401?flik=aktiviteter"))).QuerySelector("[data-testid=registrera-aktivitet]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await RegistreraAsync(anna, "1449401", ("aktivitet.Typ", "AvhjalpandeUnderhall"), ("aktivitet.Datum", Idag))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anna.GetAsync("/logistik/fu")).StatusCode);
        var felDatum = await lars.GetAsync("/logistik/fu?fore=imorgon");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, felDatum.StatusCode);
    }

    [Fact]
    public async Task Forfallna_patientavgifter_faktureras_och_fakturaunderlaget_loggas_per_patient()
    {
        int avgiftId;
        var idag = app.Klocka.Idag();
        await using (var db = app.Databas())
        {
            // A CPAP fee under the 90-day rule delivered 100 days ago: due for 10 days.
            var tolvan = await db.Mottagare.SingleAsync(m => m.Personnummer == Personnummer.FranLagrat(DemoData.PatientTolvan));
            var cecilia = await db.Anvandare.Include(a => a.Tjanstestallen).ThenInclude(t => t.Tjanstestalle).SingleAsync(a => a.HsaId == DemoData.SomnForskrivareHsaId);
            var somn = cecilia.Tjanstestallen.Single().Tjanstestalle;
            var forrad = await db.Lager.SingleAsync(l => l.Id == somn.ForradId);
            var cpap = await db.Artiklar.SingleAsync(a => a.Artikelnummer == "40110");
            var skickad = app.Klocka.Nu().AddDays(-100);
            var order = Bestallning.NyForskrivning(tolvan, cecilia, cecilia, somn, skickad);
            var rad = order.LaggTillRad(cpap, 1, Leveranskalla.EgetForrad, forrad, Debiteringsform.Hyra, 0m);
            rad.SvaraPatientavgift(true);
            order.Skicka(await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(skickad), default), Guid.NewGuid(), skickad);
            db.Add(order);
            var avgift = new Patientavgift(tolvan, rad, cpap, 500m, true, idag.AddDays(-100), null);
            db.Add(avgift);
            await db.SaveChangesAsync();
            avgiftId = avgift.Id;
        }
        var lars = app.Klient(DemoData.LogistikHsaId);
        var sida = await Html.LasAsync(await lars.GetAsync("/logistik/patientavgifter"));
        Assert.NotNull(sida.QuerySelector($"[data-testid=avgift-{avgiftId}]"));
        Assert.DoesNotContain("Tolvan", sida.QuerySelector("[data-testid=avgifter]")!.TextContent, StringComparison.Ordinal);
        // Tolvan's demo CPAP fee is 30 days old: not yet due.
        Assert.StartsWith("1 avgift har ännu inte förfallit", sida.QuerySelector("[data-testid=ej-forfallna]")!.TextContent, StringComparison.Ordinal);

        const string formular = "form[action='/logistik/patientavgifter']";
        var ingen = await Html.SkickaAsync(lars, sida, formular);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ingen.StatusCode);
        var svar = await Html.SkickaAsync(lars, sida, formular, ("avgift", avgiftId.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal("/logistik/patientavgifter", svar.Headers.Location?.OriginalString);
        var efter = await Html.LasAsync(await lars.GetAsync("/logistik/patientavgifter"));
        Assert.Equal("1 avgift är fakturerad.", efter.QuerySelector("[data-testid=meddelande]")!.TextContent);
        Assert.Null(efter.QuerySelector($"[data-testid=avgift-{avgiftId}]"));

        var underlag = Encoding.UTF8.GetString(await lars.GetByteArrayAsync($"/logistik/patientavgifter/underlag?datum={idag:yyyy-MM-dd}"));
        Assert.Contains("19121212-1212;Tolvan Tolvansson;", underlag, StringComparison.Ordinal);
        Assert.Contains(";500,00;", underlag, StringComparison.Ordinal);
        await using (var db = app.Databas())
        {
            Assert.Equal(Faktureringsstatus.Fakturerad, (await db.Patientavgifter.SingleAsync(a => a.Id == avgiftId)).Status);
            Assert.True(await db.Logg.AnyAsync(l => l.Beskrivning.StartsWith("Fakturaunderlag för patientavgifter")));
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/logistik/patientavgifter")).StatusCode);
    }
}

public sealed class AktivitetOchFaktureringTestsSqlite(SqliteApp app) : AktivitetOchFaktureringTests<SqliteApp>(app);

public sealed class AktivitetOchFaktureringTestsPostgres(PostgresApp app) : AktivitetOchFaktureringTests<PostgresApp>(app);
