using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Organisation;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Bestallningsmallar;

/// <summary>
/// "Spara ändringar" on the edit page: name, description and every row's antal, in the version the user saw; a stale
/// page or a concurrent change keeps what the user typed and says so, never overwrites silently.
/// </summary>
public sealed class SparaBestallningsmall(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Bestallningsmallvy vy)
    : Mallandring<SparaBestallningsmall.Formular>(db, aktuell, klocka, vy)
{
    public sealed class Formular : Mallformular;

    protected override Task AndraAsync(Bestallningsmall mall, Formular formular, Anvandare anvandare, DateTime nu, CancellationToken ct)
    {
        mall.AndraUppgifter(formular.Namn ?? "", formular.Beskrivning, anvandare, nu);
        foreach (var (radId, text) in formular.Antal)
        {
            var rad = mall.Rader.SingleOrDefault(r => r.Id == radId)
                ?? throw new DomainException("En av raderna har tagits bort ur mallen sedan du öppnade den. Kontrollera mallen och spara igen.");
            // Each row's field is named by its row id, so the message names the artikel the user must correct.
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var antal) || !Radantal.ArGiltigt(antal))
            {
                throw new DomainException($"Antal för artikel {rad.Artikel.Artikelnummer} måste vara ett heltal mellan {Radantal.Min} och {Radantal.Max}.");
            }
            if (rad.Antal != antal)
            {
                mall.AndraAntal(rad, antal, anvandare, nu);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>The unique (tjänsteställe, namn) index: a rename to the name of another of the tjänsteställe's mallar.</summary>
    public override Task<string?> UnikhetsfelAsync(Bestallningsmall mall, Formular formular, DbUpdateException fel, CancellationToken ct) =>
        Task.FromResult<string?>(Bestallningsmallvy.NamnetFinns(formular.Namn, mall.Tjanstestalle.Visningsnamn));

    public override IActionResult Klart(Controller controller, Bestallningsmall mall, Formular formular)
    {
        controller.TempData["Meddelande"] = "Ändringarna är sparade.";
        return controller.Redirect(formular.Sok is null
            ? $"/bestallningsmallar/{mall.Id}/redigera"
            : $"/bestallningsmallar/{mall.Id}/redigera?sok={Uri.EscapeDataString(formular.Sok)}");
    }
}
