using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Felrapport;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Organisation;

/// <summary>
/// Reading one felrapport for its page: any unit's by its complete number (another unit's read-only); the patient
/// only to users who may see patients.
/// </summary>
public sealed class Felrapportvy(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl) : IAnvandningsfall
{
    public async Task<FelrapportController.Detaljer?> DetaljerAsync(string nummer, string? meddelande, string? fel, CancellationToken ct)
    {
        // Any unit's: the complete number is what opens another unit's felrapport (read-only).
        var f = await db.Felrapporter.AsNoTracking()
            .Include(x => x.Tjanstestalle).Include(x => x.Mottagare).Include(x => x.Artikel).Include(x => x.Individ)
            .Include(x => x.Bestallning).Include(x => x.Hamtorder).Include(x => x.Arbetsorder)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Felrapportnummer == nummer, ct);
        if (f is null)
        {
            return null;
        }
        var serPatient = Patientbehorighet.KanSePatienter(aktuell);
        var egen = aktuell.FarSe(f.TjanstestalleId);
        return new FelrapportController.Detaljer(f, f.Tjanstestalle.Visningsnamn, serPatient ? f.Mottagare?.Namn : null, serPatient ? f.Mottagare?.Personnummer?.Formaterat ?? f.Mottagare?.Kundnummer : null,
            f.Mottagare?.SkyddadIdentitet == true, f.Artikel is null ? null : $"{f.Artikel.Artikelnummer} {f.Artikel.Benamning}", f.Individ?.Individnummer,
            f.Bestallning?.Ordernummer, f.Hamtorder?.Hamtordernummer, f.Arbetsorder?.Arbetsordernummer,
            await db.FelrapportBilagor.AsNoTracking().Where(b => b.FelrapportId == f.Id).OrderBy(b => b.Id).Select(b => new ValueTuple<int, string>(b.Id, b.Filnamn)).ToListAsync(ct),
            egen && f.Status == Felrapportstatus.Registrerad && !aktuell.SerAllaTjanstestallen,
            egen && f.Status == Felrapportstatus.Registrerad && aktuell.Har(Roll.Logistik), !egen, meddelande, fel);
    }

    /// <summary>The felrapport again with why a change was refused; reading it is logged like the page.</summary>
    public async Task<IActionResult> VisaIgenAsync(Controller controller, string nummer, string fel, CancellationToken ct)
    {
        var detaljer = await DetaljerAsync(nummer, null, fel, ct) ?? throw new InvalidOperationException("Felrapporten som just ändrades går inte att läsa.");
        if (detaljer.Felrapport.MottagareId is { } mottagareId)
        {
            await pdl.LoggaAsync("Läsning", $"Felrapport {nummer} visad.", mottagareId, ct);
        }
        return controller.View("Visa", detaljer);
    }
}
