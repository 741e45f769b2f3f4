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
/// Reading one felrapport for its page: any unit's by its complete number; the patient only to users who may see
/// patients. Another unit's is read-only and shows what it is and where it stands (README, "Access rules"): number,
/// status, dates, tjänsteställe, artikel, individ and the numbers it concerns; never the mottagare, the free texts
/// (beskrivning, which may name the patient, kommentar, svar) or the bilagor, nor a link or an action. A read that
/// concerns a patient is PDL-logged.
/// </summary>
public sealed class Felrapportvy(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl) : IAnvandningsfall
{
    /// <param name="Mottagare">The mottagare's name; null to users who do not see patients and on another unit's felrapport.</param>
    /// <param name="AnnatTjanstestalle">Another unit's felrapport, opened by its complete number: read-only, only what it is and where it stands.</param>
    public sealed record Detaljer(Felrapport Felrapport, string Tjanstestalle, string? Mottagare, string? Identitet, bool Skyddad, string? Artikel, string? Individ,
        string? Ordernummer, string? Hamtordernummer, string? Arbetsordernummer, IReadOnlyList<(int Id, string Filnamn)> Bilagor, bool KanBifoga, bool KanAvsluta,
        bool AnnatTjanstestalle, string? Meddelande, string? Fel);

    /// <summary>The page, with the message of the change just made.</summary>
    public async Task<IActionResult> VisaAsync(Controller controller, string nummer, CancellationToken ct) =>
        await LasOchLoggaAsync(nummer, controller.TempData["Meddelande"] as string, null, ct) is { } detaljer
            ? controller.View("Visa", detaljer)
            : controller.NotFound();

    /// <summary>The felrapport again with why a change was refused.</summary>
    public async Task<IActionResult> VisaIgenAsync(Controller controller, string nummer, string fel, CancellationToken ct) =>
        controller.View("Visa", await LasOchLoggaAsync(nummer, null, fel, ct) ?? throw new InvalidOperationException("Felrapporten som just ändrades går inte att läsa."));

    private async Task<Detaljer?> LasOchLoggaAsync(string nummer, string? meddelande, string? fel, CancellationToken ct)
    {
        var f = await db.Felrapporter.AsNoTracking()
            .Include(x => x.Tjanstestalle).Include(x => x.Mottagare).Include(x => x.Artikel).Include(x => x.Individ)
            .Include(x => x.Bestallning).Include(x => x.Hamtorder).Include(x => x.Arbetsorder)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Felrapportnummer == nummer, ct);
        if (f is null)
        {
            return null;
        }
        var egen = aktuell.FarSe(f.TjanstestalleId);
        var serPatient = egen && Patientbehorighet.KanSePatienter(aktuell);
        var bilagor = egen
            ? await db.FelrapportBilagor.AsNoTracking().Where(b => b.FelrapportId == f.Id).OrderBy(b => b.Id)
                .Select(b => new ValueTuple<int, string>(b.Id, b.Filnamn)).ToListAsync(ct)
            : [];
        if (f.MottagareId is { } mottagare)
        {
            await pdl.LoggaAsync("Läsning", egen
                ? $"Felrapport {nummer} visad."
                : $"Felrapport {nummer} visad, annat tjänsteställes ({f.Tjanstestalle.Visningsnamn}), med hela numret.", mottagare, ct);
        }
        return new Detaljer(f, f.Tjanstestalle.Visningsnamn, serPatient ? f.Mottagare?.Namn : null,
            serPatient ? f.Mottagare?.Personnummer?.Formaterat ?? f.Mottagare?.Kundnummer : null, serPatient && f.Mottagare?.SkyddadIdentitet == true,
            f.Artikel is null ? null : $"{f.Artikel.Artikelnummer} {f.Artikel.Benamning}", f.Individ?.Individnummer,
            f.Bestallning?.Ordernummer, f.Hamtorder?.Hamtordernummer, f.Arbetsorder?.Arbetsordernummer, bilagor,
            egen && f.Status == Felrapportstatus.Registrerad && !aktuell.SerAllaTjanstestallen,
            egen && f.Status == Felrapportstatus.Registrerad && aktuell.Har(Roll.Logistik), !egen, meddelande, fel);
    }
}
