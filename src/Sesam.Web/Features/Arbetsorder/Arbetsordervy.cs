using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Arbetsorder;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Organisation;

/// <summary>
/// Reading one arbetsorder for its page (the route lets only those who may see patients in): any unit's by its complete
/// number. Another unit's is read-only and shows what it is and where it stands (README, "Access rules"): number,
/// status, dates, tjänsteställe, artikel, individ and the order it holds; never the mottagare, the address, the
/// telephone, the free texts (felbeskrivning, kommentar, utförd åtgärd) or the bilagor, nor an action. Every read is
/// PDL-logged.
/// </summary>
public sealed class Arbetsordervy(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl) : IAnvandningsfall
{
    public sealed record Bilagevy(int Id, string Filnamn, int Storlek);

    /// <param name="Mottagare">The mottagare's name; null on another unit's arbetsorder.</param>
    /// <param name="AnnatTjanstestalle">Another unit's arbetsorder, opened by its complete number: read-only, only what it is and where it stands.</param>
    public sealed record Detaljer(Arbetsorder Arbetsorder, string Tjanstestalle, string? Mottagare, string? Identitet, bool Skyddad, string Artikel,
        string? Individ, string? Order, int? BestallningId, IReadOnlyList<Bilagevy> Bilagor, bool KanAndra, bool KanAvsluta, bool AnnatTjanstestalle,
        string? Meddelande, string? Fel);

    /// <summary>The page, with the message of the change just made.</summary>
    public async Task<IActionResult> VisaAsync(Controller controller, string nummer, CancellationToken ct) =>
        await LasOchLoggaAsync(nummer, controller.TempData["Meddelande"] as string, null, ct) is { } detaljer
            ? controller.View("Visa", detaljer)
            : controller.NotFound();

    /// <summary>The arbetsorder again with why a change was refused.</summary>
    public async Task<IActionResult> VisaIgenAsync(Controller controller, string nummer, string fel, CancellationToken ct) =>
        controller.View("Visa", await LasOchLoggaAsync(nummer, null, fel, ct) ?? throw new InvalidOperationException("Arbetsordern som just ändrades går inte att läsa."));

    private async Task<Detaljer?> LasOchLoggaAsync(string nummer, string? meddelande, string? fel, CancellationToken ct)
    {
        var a = await db.Arbetsordrar.AsNoTracking()
            .Include(x => x.Tjanstestalle).Include(x => x.Mottagare).Include(x => x.Artikel).Include(x => x.Individ)
            .Include(x => x.Orderrad!).ThenInclude(r => r.Bestallning)
            .SingleOrDefaultAsync(x => x.Arbetsordernummer == nummer, ct);
        if (a is null)
        {
            return null;
        }
        var egen = aktuell.FarSe(a.TjanstestalleId);
        var bilagor = egen
            ? await db.ArbetsorderBilagor.AsNoTracking().Where(b => b.ArbetsorderId == a.Id).OrderBy(b => b.Id)
                .Select(b => new Bilagevy(b.Id, b.Filnamn, b.Storlek)).ToListAsync(ct)
            : [];
        var order = a.Orderrad is { } rad ? $"Rad {rad.Radnummer} på beställning {rad.Bestallning.Ordernummer}" : null;
        await pdl.LoggaAsync("Läsning", egen
            ? $"Arbetsorder {nummer} visad."
            : $"Arbetsorder {nummer} visad, annat tjänsteställes ({a.Tjanstestalle.Visningsnamn}), med hela numret.", a.MottagareId, ct);
        return new Detaljer(a, a.Tjanstestalle.Visningsnamn, egen ? a.Mottagare?.Namn : null,
            egen ? a.Mottagare?.Personnummer?.Formaterat ?? a.Mottagare?.Kundnummer : null, egen && a.Mottagare?.SkyddadIdentitet == true,
            $"{a.Artikel.Artikelnummer} {a.Artikel.Benamning}", a.Individ?.Individnummer, order, a.Orderrad?.BestallningId, bilagor,
            egen && a.ArOppen && aktuell.ArForskrivareEllerBestallare, egen && a.ArOppen && aktuell.Har(Roll.Logistik), !egen, meddelande, fel);
    }
}
