using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Audit;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Mottagare;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Loggutdrag;

/// <summary>
/// Admin: extracts of the PDL audit log for one patient (the patient's right to an extract) or one user, for a
/// period, on screen or as CSV; each extract is itself logged. Not a <see cref="Kommando{TFormular, TObjekt}"/>: a
/// search that changes nothing but the log, answered with the page or a download.
/// </summary>
public sealed class Loggutdragssokning(SesamDbContext db, Pdl pdl, TimeProvider klocka) : IAnvandningsfall
{
    public sealed record Rad(DateTime Tidpunkt, string HsaId, string? Anvandare, string? Tjanstestalle, string? Patient, string Handling, string Beskrivning);

    public sealed class Sokning
    {
        public string? Personnummer { get; set; }
        public string? HsaId { get; set; }
        public DateOnly? Fran { get; set; }
        public DateOnly? Till { get; set; }
    }

    public sealed record Resultat(string Rubrik, bool SkyddadIdentitet, IReadOnlyList<Rad> Rader);

    public sealed record Modell(Sokning Patient, Sokning Anvandare, Resultat? Resultat);

    public Modell Tom() => new(NySokning(), NySokning(), null);

    /// <summary>The patient's extract, searched by personnummer in a POST body only, never in a URL.</summary>
    public async Task<IActionResult> PatientAsync(Controller controller, Sokning sokning, bool csv, CancellationToken ct)
    {
        var modelState = controller.ModelState;
        KontrolleraPeriod(modelState, sokning, "Patient");
        Personnummer? personnummer = null;
        if (!Sesam.Domain.Mottagare.Personnummer.TryParse(sokning.Personnummer, Svensktid.Idag(klocka.GetUtcNow()), out var pnr, out var fel))
        {
            modelState.AddModelError("Patient.Personnummer", fel);
        }
        else
        {
            personnummer = pnr;
        }
        var patient = personnummer is null ? null : await db.Mottagare.AsNoTracking()
            .Where(m => m.Personnummer == personnummer)
            .Select(m => new { m.Id, m.Namn, m.SkyddadIdentitet })
            .SingleOrDefaultAsync(ct);
        if (personnummer is not null && patient is null)
        {
            modelState.AddModelError("Patient.Personnummer", "Det finns ingen patient med det personnumret i Sesam.");
        }
        if (!modelState.IsValid || patient is null)
        {
            controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return controller.View("Index", new Modell(sokning, NySokning(), null));
        }
        var rader = await Rader(db.Logg.Where(p => p.MottagareId == patient.Id), sokning, ct);
        await pdl.LoggaAsync("Loggutdrag", $"Loggutdrag för patienten {Period(sokning)}{(csv ? " exporterat som CSV" : " visat")} ({rader.Count} poster).", patient.Id, ct);
        return csv
            ? Csv(rader, $"loggutdrag-patient-{sokning.Fran:yyyyMMdd}-{sokning.Till:yyyyMMdd}.csv")
            : controller.View("Index", new Modell(sokning, NySokning(), new Resultat($"Loggutdrag för {patient.Namn}", patient.SkyddadIdentitet, rader)));
    }

    public async Task<IActionResult> AnvandareAsync(Controller controller, Sokning sokning, bool csv, CancellationToken ct)
    {
        var modelState = controller.ModelState;
        KontrolleraPeriod(modelState, sokning, "Anvandare");
        var hsaId = sokning.HsaId?.Trim();
        if (string.IsNullOrEmpty(hsaId))
        {
            modelState.AddModelError("Anvandare.HsaId", "Ange HSA-id.");
        }
        if (!modelState.IsValid)
        {
            controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return controller.View("Index", new Modell(NySokning(), sokning, null));
        }
        var namn = await db.Anvandare.AsNoTracking().Where(a => a.HsaId == hsaId).Select(a => a.Fornamn + " " + a.Efternamn).SingleOrDefaultAsync(ct);
        var rader = await Rader(db.Logg.Where(p => p.HsaId == hsaId), sokning, ct);
        await pdl.LoggaAsync("Loggutdrag", $"Loggutdrag för användaren {hsaId} {Period(sokning)}{(csv ? " exporterat som CSV" : " visat")} ({rader.Count} poster).", null, ct);
        return csv
            ? Csv(rader, $"loggutdrag-{hsaId}-{sokning.Fran:yyyyMMdd}-{sokning.Till:yyyyMMdd}.csv")
            : controller.View("Index", new Modell(NySokning(), sokning, new Resultat($"Loggutdrag för {namn ?? "okänd användare"} ({hsaId})", false, rader)));
    }

    private Sokning NySokning()
    {
        var idag = Svensktid.Idag(klocka.GetUtcNow());
        return new Sokning { Fran = idag.AddYears(-1), Till = idag };
    }

    private static void KontrolleraPeriod(ModelStateDictionary modelState, Sokning sokning, string prefix)
    {
        if (sokning.Fran is null)
        {
            modelState.AddModelError($"{prefix}.Fran", "Ange från-datum.");
        }
        if (sokning.Till is null)
        {
            modelState.AddModelError($"{prefix}.Till", "Ange till-datum.");
        }
        if (sokning.Fran > sokning.Till)
        {
            modelState.AddModelError($"{prefix}.Till", "Till-datum kan inte vara före från-datum.");
        }
    }

    private static string Period(Sokning s) => $"{s.Fran:yyyy-MM-dd}–{s.Till:yyyy-MM-dd}";

    private Task<List<Rad>> Rader(IQueryable<Loggpost> fraga, Sokning sokning, CancellationToken ct)
    {
        var fran = Svensktid.DagensBorjanUtc(sokning.Fran!.Value);
        var till = Svensktid.DagensBorjanUtc(sokning.Till!.Value.AddDays(1));
        return fraga.AsNoTracking()
            .Where(p => p.Tidpunkt >= fran && p.Tidpunkt < till)
            .OrderBy(p => p.Lopnummer)
            .Select(p => new Rad(
                p.Tidpunkt,
                p.HsaId,
                db.Anvandare.Where(a => a.HsaId == p.HsaId).Select(a => a.Fornamn + " " + a.Efternamn).FirstOrDefault(),
                db.Tjanstestallen.Where(t => t.Id == p.TjanstestalleId).Select(t => t.Kod + " " + t.Namn).FirstOrDefault(),
                db.Mottagare.Where(m => m.Id == p.MottagareId).Select(m => m.Namn).FirstOrDefault(),
                p.Handling,
                p.Beskrivning))
            .ToListAsync(ct);
    }

    private static FileContentResult Csv(IReadOnlyList<Rad> rader, string filnamn) =>
        CsvFil.Skapa(filnamn, ["Tidpunkt", "HSA-id", "Användare", "Tjänsteställe", "Patient", "Handling", "Beskrivning"],
            rader.Select(r => new[] { Svensktid.FranUtc(r.Tidpunkt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), r.HsaId, r.Anvandare, r.Tjanstestalle, r.Patient, r.Handling, r.Beskrivning }));
}
