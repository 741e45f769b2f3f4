using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Arbetsorder;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Organisation;

/// <summary>
/// "Sök arbetsorder": the active tjänsteställe's arbetsordrar (every unit's for Logistik), by the beginning of the
/// number, status or individ. As the manual says, a complete arbetsordernummer opens the arbetsorder even when it
/// belongs to another unit (read-only, <see cref="Arbetsordervy"/>).
/// </summary>
public sealed class SokArbetsorder(SesamDbContext db, AktuellAnvandare aktuell) : IAnvandningsfall
{
    public const int MaxTraffar = 500;

    public sealed record Listrad(string Nummer, DateTime Registrerad, Arbetsorderstatus Status, Arbetsordertyp Typ, string Artikel, string? Individ, string RegistreradAv);

    public sealed record Sokmodell(string? Sok, bool Mina, Arbetsorderstatus? Status, IReadOnlyList<Listrad> Traffar, bool FlerTraffar, string? Fel, string? Individ = null);

    public async Task<IActionResult> KorAsync(Controller controller, string? sok, bool? mina, Arbetsorderstatus? status, string? individ, CancellationToken ct)
    {
        // Förskrivare start from their own open ones ("Öppna arbetsorder"); Logistik from every open one, its work queue.
        var logistik = aktuell.Har(Roll.Logistik);
        var baraMina = mina ?? (string.IsNullOrWhiteSpace(sok) && status is null && string.IsNullOrWhiteSpace(individ) && !logistik);
        status ??= mina is null && logistik && string.IsNullOrWhiteSpace(sok) && string.IsNullOrWhiteSpace(individ) ? Arbetsorderstatus.Registrerad : null;
        var fraga = aktuell.Avgransa(db.Arbetsordrar.AsNoTracking(), a => a.TjanstestalleId);
        var text = sok?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            if (text.Length < 3 || !text.All(char.IsAsciiDigit))
            {
                controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return controller.View("Index", new Sokmodell(text, baraMina, status, [], false, "Ange arbetsordernumret eller början av det, minst 3 siffror."));
            }
            // "När man anger ett specifikt och komplett arbetsordernummer visas arbetsordern även om den tillhör en annan kund."
            if (Ordernummer.ArGiltigt(text) && await db.Arbetsordrar.AnyAsync(a => a.Arbetsordernummer == text, ct))
            {
                return controller.Redirect($"/arbetsorder/{text}");
            }
            fraga = fraga.Where(a => a.Arbetsordernummer.StartsWith(text));
        }
        if (!string.IsNullOrWhiteSpace(individ))
        {
            // "Registrerade ao" from the individkort.
            fraga = fraga.Where(a => a.Individ!.Individnummer == individ);
        }
        if (status is { } s)
        {
            fraga = fraga.Where(a => a.Status == s);
        }
        else if (baraMina)
        {
            // "Öppna arbetsorder": the user's own that are not yet färdigrapporterade.
            fraga = fraga.Where(a => a.Status == Arbetsorderstatus.Registrerad);
        }
        if (baraMina)
        {
            var jag = aktuell.Id;
            fraga = fraga.Where(a => a.RegistreradAvId == jag);
        }
        var traffar = await fraga.OrderByDescending(a => a.Registrerad).ThenByDescending(a => a.Id).Take(MaxTraffar + 1)
            .Select(a => new Listrad(a.Arbetsordernummer, a.Registrerad, a.Status, a.Typ, a.Artikel.Artikelnummer + " " + a.Artikel.Benamning,
                a.Individ != null ? a.Individ.Individnummer : null, a.RegistreradAvNamn))
            .ToListAsync(ct);
        return controller.View("Index", new Sokmodell(text, baraMina, status, traffar.Take(MaxTraffar).ToList(), traffar.Count > MaxTraffar, null, individ));
    }
}
