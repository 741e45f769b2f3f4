using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Hamtorder;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>
/// Reading one hämtorder for its page and its printout. Any unit's: another unit's opens read-only (from the list of a
/// complete personnummer, or by its complete number) and names no one; every read is PDL-logged.
/// </summary>
public sealed class Hamtordervy(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl) : IAnvandningsfall
{
    public sealed record Rad(string Artikelnummer, string Benamning, string? Individnummer, int Antal, bool Komponent, IReadOnlyList<string> Komponenter);

    /// <param name="Mottagare">The mottagare's name; null on another unit's hämtorder, which names no one.</param>
    /// <param name="AnnatTjanstestalle">Another unit's hämtorder, opened by its complete number or from the list of a
    /// complete personnummer: read-only, and without the mottagare's identity, address and contact details.</param>
    public sealed record Detaljer(
        Hamtorder Hamtorder, string Tjanstestalle, int MottagareId, string? Mottagare, bool ArPatient, string? Identitet, bool Skyddad,
        IReadOnlyList<Rad> Rader, bool KanMakuleras, bool KanTasEmot, bool AnnatTjanstestalle, string? Meddelande, string? Fel);

    /// <summary>The hämtorder's page, PDL-logged, with the message a change left in TempData; 404 for a number no hämtorder has.</summary>
    public async Task<IActionResult> VisaAsync(Controller controller, string nummer, CancellationToken ct)
    {
        if (await DetaljerAsync(nummer, ct) is not { } detaljer)
        {
            return controller.NotFound();
        }
        await pdl.LoggaAsync("Läsning", detaljer.AnnatTjanstestalle
            ? $"Hämtorder {nummer} visad, annat tjänsteställes ({detaljer.Tjanstestalle})."
            : $"Hämtorder {nummer} visad.", detaljer.MottagareId, ct);
        return controller.View("Visa", detaljer with { Meddelande = controller.TempData["Meddelande"] as string });
    }

    /// <summary>The page again after a refused change, with why; the status code is the caller's.</summary>
    public async Task<IActionResult> VisaMedFelAsync(Controller controller, string nummer, string fel, CancellationToken ct) =>
        await DetaljerAsync(nummer, ct) is { } detaljer ? controller.View("Visa", detaljer with { Fel = fel }) : controller.NotFound();

    public static string Hamtadress(Detaljer d) =>
        d.Hamtorder.Adresskalla == Adresskalla.Mottagaren && d.Skyddad
            ? $"{d.Hamtorder.Adresskalla.Text()}: {SkyddadIdentitet.Dold}"
            : $"{d.Hamtorder.Adresskalla.Text()}: {d.Hamtorder.Hamtadress}";

    public async Task<Detaljer?> DetaljerAsync(string nummer, CancellationToken ct)
    {
        // Any unit's: another unit's opens read-only from the list of a complete personnummer.
        var h = await db.Hamtordrar.AsNoTracking()
            .Include(x => x.Tjanstestalle)
            .Include(x => x.Mottagare)
            .Include(x => x.Rader).ThenInclude(r => r.Artikel)
            .Include(x => x.Rader).ThenInclude(r => r.Individ)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Hamtordernummer == nummer, ct);
        if (h is null)
        {
            return null;
        }
        var individIds = h.Rader.Where(r => r.IndividId is not null && !r.Komponent).Select(r => r.IndividId!.Value).ToList();
        var komponenter = (await db.Set<IndividKomponent>().AsNoTracking()
                .Where(k => individIds.Contains(k.IndividId) && k.KomponentIndividId == null)
                .OrderBy(k => k.Artikel.Artikelnummer)
                .Select(k => new { k.IndividId, Text = k.Artikel.Artikelnummer + " " + k.Artikel.Benamning + " (" + k.Antal + ")" })
                .ToListAsync(ct))
            .ToLookup(k => k.IndividId, k => k.Text);
        var rader = h.Rader
            .OrderBy(r => r.Komponent).ThenBy(r => r.Artikel.Artikelnummer, StringComparer.Ordinal)
            .Select(r => new Rad(r.Artikel.Artikelnummer, r.Artikel.Benamning, r.Individ?.Individnummer, r.Antal, r.Komponent,
                r.IndividId is { } i && !r.Komponent ? komponenter[i].ToList() : []))
            .ToList();
        var m = h.Mottagare;
        var egen = aktuell.FarSe(h.TjanstestalleId);
        // Issue 21.5: a complete number is easy to guess by counting, so another unit's hämtorder shows what it is and
        // where it stands, never whose it is; the manual's personnummer search finds it for one who already knows that.
        return new Detaljer(h, h.Tjanstestalle.Visningsnamn, m.Id, egen ? m.Namn : null, m.Typ == Mottagartyp.Patient,
            egen ? m.Personnummer?.Formaterat ?? m.Kundnummer : null, m.SkyddadIdentitet, rader,
            egen && h.Status == Hamtorderstatus.Registrerad && (aktuell.ArForskrivareEllerBestallare || aktuell.Har(Roll.Logistik)), egen && h.Status == Hamtorderstatus.Registrerad && aktuell.Har(Roll.Logistik), !egen, null, null);
    }
}
