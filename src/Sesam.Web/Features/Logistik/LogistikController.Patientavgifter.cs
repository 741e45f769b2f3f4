using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Organisation;

public sealed partial class LogistikController
{
    public sealed record Avgiftsrad(int Id, string Ordernummer, string Artikel, string? Individ, decimal Belopp, DateOnly Levererad, DateOnly FakturerbarFran, bool NittioDagar);

    /// <param name="EjForfallna">Fees still under the 90-day rule: not yet to be invoiced.</param>
    public sealed record Avgiftsmodell(IReadOnlyList<Avgiftsrad> Forfallna, int FlerForfallna, int EjForfallna, IReadOnlyList<DateOnly> Fakturadagar,
        IReadOnlyCollection<int> Valda, string? Meddelande, string? Fel);

    /// <summary>Patientavgifter to invoice: the fees that are "Ska faktureras" and due (after 90 days under the 90-day
    /// rule). The list names no patient; the fakturaunderlag of a day does, and its reading is PDL-logged per patient.</summary>
    [HttpGet("patientavgifter")]
    public async Task<IActionResult> Patientavgifter(CancellationToken ct)
    {
        if (!aktuell.Har(Roll.Logistik))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        return View(await AvgiftsmodellAsync([], TempData["Meddelande"] as string, null, ct));
    }

    /// <summary>"Fakturera": the chosen due fees become Fakturerad today. A fee that came back or was invoiced by
    /// someone else meanwhile is left out and counted, the rest are invoiced.</summary>
    [HttpPost("patientavgifter")]
    public async Task<IActionResult> Fakturera(int[] avgift, CancellationToken ct)
    {
        if (!aktuell.Har(Roll.Logistik))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var idag = Svensktid.Idag(klocka.GetUtcNow());
        if (avgift.Length == 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Patientavgifter", await AvgiftsmodellAsync([], null, "Välj de avgifter som ska faktureras.", ct));
        }
        var valda = avgift.Distinct().ToList();
        var avgifter = await db.Patientavgifter.Where(a => valda.Contains(a.Id) && a.Status == Faktureringsstatus.SkaFaktureras && a.FakturerbarFran <= idag)
            .ToListAsync(ct);
        foreach (var a in avgifter)
        {
            a.Fakturera(idag);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Patientavgifter", await AvgiftsmodellAsync(valda, null,
                "Någon annan fakturerade eller ändrade en av avgifterna samtidigt. Inget fakturerades; kontrollera listan och försök igen.", ct));
        }
        foreach (var mottagare in avgifter.Select(a => a.MottagareId).Distinct())
        {
            await pdl.LoggaAsync("Ändring", "Patientavgift fakturerad.", mottagare, ct);
        }
        var utelamnade = valda.Count - avgifter.Count;
        TempData["Meddelande"] = (avgifter.Count == 1 ? "1 avgift är fakturerad." : $"{avgifter.Count} avgifter är fakturerade.")
            + (utelamnade == 0 ? "" : $" {utelamnade} av de valda var redan fakturerade, borttagna eller inte förfallna och fakturerades inte.");
        return Redirect("/logistik/patientavgifter");
    }

    /// <summary>The fakturaunderlag of a day's invoiced fees, as a semicolon-separated file for the invoicing system.</summary>
    [HttpGet("patientavgifter/underlag")]
    public async Task<IActionResult> Fakturaunderlag(DateOnly? datum, CancellationToken ct)
    {
        if (!aktuell.Har(Roll.Logistik))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (datum is not { } dag)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Patientavgifter", await AvgiftsmodellAsync([], null, "Ange fakturadatum för underlaget (ÅÅÅÅ-MM-DD).", ct));
        }
        var rader = await db.Patientavgifter.AsNoTracking()
            .Where(a => a.Status == Faktureringsstatus.Fakturerad && a.FaktureradDatum == dag)
            .OrderBy(a => a.Id)
            .Select(a => new
            {
                a.MottagareId,
                a.Mottagare.Personnummer,
                a.Mottagare.Namn,
                a.Mottagare.Adress,
                a.Mottagare.SkyddadIdentitet,
                Ordernummer = a.Orderrad.Bestallning.Ordernummer,
                a.Artikel.Artikelnummer,
                a.Artikel.Benamning,
                Individ = a.Individ != null ? a.Individ.Individnummer : null,
                a.Belopp,
                a.LevereradDatum,
            })
            .ToListAsync(ct);
        var sv = CultureInfo.GetCultureInfo("sv-SE");
        // A patient with skyddad identitet is invoiced through Skatteverket's forwarding: no address leaves Sesam.
        var fil = CsvFil.Skapa($"fakturaunderlag-patientavgifter-{dag:yyyy-MM-dd}.csv",
            ["Personnummer", "Namn", "Adress", "Ordernummer", "Artikel", "Benämning", "Individ", "Belopp", "Levererad", "Fakturerad"],
            rader.Select(r => new[]
            {
                r.Personnummer?.Formaterat, Falt(r.Namn), Falt(r.SkyddadIdentitet ? "Skyddad identitet" : r.Adress?.ToString() ?? ""),
                r.Ordernummer, r.Artikelnummer, Falt(r.Benamning), r.Individ, r.Belopp.ToString("0.00", sv),
                r.LevereradDatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), dag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }));
        foreach (var mottagare in rader.Select(r => r.MottagareId).Distinct())
        {
            await pdl.LoggaAsync("Utskrift", $"Fakturaunderlag för patientavgifter {dag:yyyy-MM-dd} hämtat.", mottagare, ct);
        }
        return fil;
    }

    /// <summary>A text cell with no field or line breaks, so every row is one line of ten fields.</summary>
    private static string Falt(string text) => text.Replace(';', ',').Replace('\r', ' ').Replace('\n', ' ');

    private async Task<Avgiftsmodell> AvgiftsmodellAsync(IReadOnlyCollection<int> valda, string? meddelande, string? fel, CancellationToken ct)
    {
        var idag = Svensktid.Idag(klocka.GetUtcNow());
        var skaFaktureras = db.Patientavgifter.AsNoTracking().Where(a => a.Status == Faktureringsstatus.SkaFaktureras);
        var forfallna = await skaFaktureras.Where(a => a.FakturerbarFran <= idag)
            .OrderBy(a => a.FakturerbarFran).ThenBy(a => a.Id)
            .Take(MaxTraffar + 1)
            .Select(a => new Avgiftsrad(a.Id, a.Orderrad.Bestallning.Ordernummer!, a.Artikel.Artikelnummer + " " + a.Artikel.Benamning,
                a.Individ != null ? a.Individ.Individnummer : null, a.Belopp, a.LevereradDatum, a.FakturerbarFran, a.NittioDagarsRegel))
            .ToListAsync(ct);
        var fler = forfallna.Count > MaxTraffar ? await skaFaktureras.CountAsync(a => a.FakturerbarFran <= idag, ct) - MaxTraffar : 0;
        var ejForfallna = await skaFaktureras.CountAsync(a => a.FakturerbarFran > idag, ct);
        var fakturadagar = await db.Patientavgifter.AsNoTracking()
            .Where(a => a.Status == Faktureringsstatus.Fakturerad && a.FaktureradDatum != null)
            .Select(a => a.FaktureradDatum!.Value).Distinct().OrderByDescending(d => d).Take(10).ToListAsync(ct);
        return new Avgiftsmodell(forfallna.Take(MaxTraffar).ToList(), fler, ejForfallna, fakturadagar, valda, meddelande, fel);
    }
}
