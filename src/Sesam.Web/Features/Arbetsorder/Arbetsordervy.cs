using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Arbetsorder;

using Sesam.Domain.Organisation;

/// <summary>
/// Reading one arbetsorder for its page: any unit's by its complete number (another unit's read-only), to users who
/// may see patients, since the page names the patient.
/// </summary>
public sealed class Arbetsordervy(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl) : IAnvandningsfall
{
    public async Task<ArbetsorderController.Detaljer?> DetaljerAsync(string nummer, string? meddelande, string? fel, CancellationToken ct)
    {
        if (!Patientbehorighet.KanSePatienter(aktuell))
        {
            return null;
        }
        // Any unit's: the complete number is what opens another unit's arbetsorder (read-only).
        var a = await db.Arbetsordrar.AsNoTracking()
            .Include(x => x.Tjanstestalle).Include(x => x.Mottagare).Include(x => x.Artikel).Include(x => x.Individ)
            .Include(x => x.Orderrad!).ThenInclude(r => r.Bestallning)
            .SingleOrDefaultAsync(x => x.Arbetsordernummer == nummer, ct);
        if (a is null)
        {
            return null;
        }
        var bilagor = await db.ArbetsorderBilagor.AsNoTracking().Where(b => b.ArbetsorderId == a.Id).OrderBy(b => b.Id)
            .Select(b => new ArbetsorderController.Bilagevy(b.Id, b.Filnamn, b.Storlek)).ToListAsync(ct);
        var order = a.Orderrad is { } rad ? $"Rad {rad.Radnummer} på beställning {rad.Bestallning.Ordernummer}" : null;
        var egen = aktuell.FarSe(a.TjanstestalleId);
        return new ArbetsorderController.Detaljer(a, a.Tjanstestalle.Visningsnamn, a.Mottagare?.Namn, a.Mottagare?.Personnummer?.Formaterat ?? a.Mottagare?.Kundnummer,
            a.Mottagare?.SkyddadIdentitet == true, $"{a.Artikel.Artikelnummer} {a.Artikel.Benamning}", a.Individ?.Individnummer, order,
            a.Orderrad?.BestallningId, bilagor, egen && a.ArOppen && aktuell.ArForskrivareEllerBestallare, egen && a.ArOppen && aktuell.Har(Roll.Logistik), !egen, meddelande, fel);
    }

    /// <summary>The arbetsorder again with why a change was refused; reading it is logged like the page.</summary>
    public async Task<IActionResult> VisaIgenAsync(Controller controller, string nummer, string fel, CancellationToken ct)
    {
        var detaljer = await DetaljerAsync(nummer, null, fel, ct) ?? throw new InvalidOperationException("Arbetsordern som just ändrades går inte att läsa.");
        await pdl.LoggaAsync("Läsning", $"Arbetsorder {nummer} visad.", detaljer.Arbetsorder.MottagareId, ct);
        return controller.View("Visa", detaljer);
    }
}
