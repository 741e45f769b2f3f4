using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Felrapport;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Organisation;

/// <summary>
/// "Sök felrapport": the active tjänsteställe's felrapporter (every unit's for Logistik and Admin), by the beginning
/// of the number or status. As the manual says, a complete felrapportsnummer opens the felrapport even when it belongs
/// to another unit (read-only, <see cref="Felrapportvy"/>).
/// </summary>
public sealed class SokFelrapport(SesamDbContext db, AktuellAnvandare aktuell) : IAnvandningsfall
{
    public const int MaxTraffar = 500;

    public sealed record Listrad(string Nummer, DateTime Registrerad, Felrapportkategori Kategori, string Handelsetyp, string? Artikel, string RegistreradAv, Felrapportstatus Status);

    public sealed record Sokmodell(string? Sok, bool Mina, Felrapportstatus? Status, IReadOnlyList<Listrad> Traffar, bool FlerTraffar, string? Fel);

    public async Task<IActionResult> KorAsync(Controller controller, string? sok, bool? mina, Felrapportstatus? status, CancellationToken ct)
    {
        var text = sok?.Trim();
        // Reporters start from their own; Logistik from every unanswered one, its work queue.
        var logistik = aktuell.Har(Roll.Logistik);
        var baraMina = mina ?? (string.IsNullOrEmpty(text) && !logistik);
        status ??= mina is null && logistik && string.IsNullOrEmpty(text) ? Felrapportstatus.Registrerad : null;
        var fraga = aktuell.Avgransa(db.Felrapporter.AsNoTracking(), f => f.TjanstestalleId);
        if (!string.IsNullOrEmpty(text))
        {
            if (text.Length < 3 || !text.All(char.IsAsciiDigit))
            {
                controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return controller.View("Index", new Sokmodell(text, baraMina, status, [], false, "Ange felrapportens nummer eller början av det, minst 3 siffror."));
            }
            // "Anger du ett fullständigt felrapportsnummer kan du se felrapporten även om den är kopplad till en annan kund."
            if (Ordernummer.ArGiltigt(text) && await db.Felrapporter.AnyAsync(f => f.Felrapportnummer == text, ct))
            {
                return controller.Redirect($"/felrapport/{text}");
            }
            fraga = fraga.Where(f => f.Felrapportnummer.StartsWith(text));
        }
        if (baraMina)
        {
            var jag = aktuell.Id;
            fraga = fraga.Where(f => f.RegistreradAvId == jag);
        }
        if (status is { } s)
        {
            fraga = fraga.Where(f => f.Status == s);
        }
        var traffar = await fraga.OrderByDescending(f => f.Registrerad).ThenByDescending(f => f.Id).Take(MaxTraffar + 1)
            .Select(f => new Listrad(f.Felrapportnummer, f.Registrerad, f.Kategori, f.Handelsetyp, f.Artikel != null ? f.Artikel.Artikelnummer + " " + f.Artikel.Benamning : null,
                f.RegistreradAvNamn, f.Status))
            .ToListAsync(ct);
        return controller.View("Index", new Sokmodell(text, baraMina, status, traffar.Take(MaxTraffar).ToList(), traffar.Count > MaxTraffar, null));
    }
}
