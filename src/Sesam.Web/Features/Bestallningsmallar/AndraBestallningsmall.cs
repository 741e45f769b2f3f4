using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Organisation;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallningsmallar;

/// <summary>
/// The edit page's changes: "Spara ändringar" (name, description, every row's antal), "+" on a search hit and "×" on a
/// row, each in the version the user saw: a stale page or a concurrent change keeps what the user entered and says so,
/// never overwrites silently. Not run by <see cref="Kommandopipeline"/>, for three reasons the pipeline does not cover:
/// + and × answer with the page itself (the rest of the form as typed, unsaved), not a redirect; a refused change
/// re-renders the form in the mall's current version so saving again applies the user's values; and the unique indexes
/// (mall, artikel) and (tjänsteställe, namn) answer their own Swedish messages.
/// </summary>
public sealed class AndraBestallningsmall(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Bestallningsmallvy vy) : IAnvandningsfall
{
    public const string Andrad = "Beställningsmallen har ändrats av någon annan sedan du öppnade den. Det du skrev finns kvar nedan; kontrollera mot den aktuella mallen och spara igen.";

    private DateTime Nu => klocka.GetUtcNow().UtcDateTime;

    public Task<IActionResult> SparaAsync(Controller controller, int id, Bestallningsmallvy.Redigeringsformular formular, string? sok, CancellationToken ct) =>
        AndraAsync(controller, id, formular, sparasAllt: true, (mall, anvandare) =>
        {
            mall.AndraUppgifter(formular.Namn ?? "", formular.Beskrivning, anvandare, Nu);
            foreach (var (radId, text) in formular.Antal)
            {
                var rad = mall.Rader.SingleOrDefault(r => r.Id == radId)
                    ?? throw new DomainException("En av raderna har tagits bort ur mallen sedan du öppnade den. Kontrollera mallen och spara igen.");
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var antal) || !Radantal.ArGiltigt(antal))
                {
                    throw new DomainException($"Antal för artikel {rad.Artikel.Artikelnummer} måste vara ett heltal mellan 1 och {Radantal.Max}.");
                }
                if (rad.Antal != antal)
                {
                    mall.AndraAntal(rad, antal, anvandare, Nu);
                }
            }
            return Task.FromResult("Ändringarna är sparade.");
        }, sok, ct);

    public Task<IActionResult> LaggTillAsync(Controller controller, int id, Bestallningsmallvy.Redigeringsformular formular, string? artikelnummer, string? sok,
        CancellationToken ct) =>
        AndraAsync(controller, id, formular, sparasAllt: false, async (mall, anvandare) =>
        {
            var nummer = artikelnummer?.Trim() ?? "";
            var artikel = await db.Artiklar.SingleOrDefaultAsync(a => a.Artikelnummer == nummer, ct)
                ?? throw new DomainException($"Det finns ingen artikel med artikelnummer {nummer}.");
            mall.LaggTill(artikel, 1, anvandare, Nu);
            return $"Artikel {artikel.Artikelnummer} {artikel.Benamning} är tillagd i mallen med antal 1.";
        }, sok, ct);

    public Task<IActionResult> TaBortRadAsync(Controller controller, int id, int radId, Bestallningsmallvy.Redigeringsformular formular, string? sok,
        CancellationToken ct) =>
        AndraAsync(controller, id, formular, sparasAllt: false, (mall, anvandare) =>
        {
            var rad = mall.Rader.SingleOrDefault(r => r.Id == radId) ?? throw new DomainException("Raden finns inte längre i mallen.");
            mall.TaBort(rad, anvandare, Nu);
            return Task.FromResult($"Artikel {rad.Artikel.Artikelnummer} är borttagen ur mallen.");
        }, sok, ct);

    /// <summary>When <paramref name="sparasAllt"/> is false (+ and ×) only the row change is saved, and the page comes back
    /// with the rest of the form as typed, unsaved.</summary>
    private async Task<IActionResult> AndraAsync(Controller controller, int id, Bestallningsmallvy.Redigeringsformular formular, bool sparasAllt,
        Func<Bestallningsmall, Anvandare, Task<string>> andring, string? sok, CancellationToken ct)
    {
        var mall = await vy.Avgransade().Include(m => m.Tjanstestalle).Include(m => m.Rader).ThenInclude(r => r.Artikel).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mall is null)
        {
            return controller.NotFound();
        }
        var anvandare = await aktuell.HamtaAsync(ct);
        var fel = new Dictionary<string, string>();
        if (mall.Version != formular.Version)
        {
            fel["mall"] = Andrad;
        }
        else
        {
            try
            {
                var meddelande = await andring(mall, anvandare);
                // A row added or removed in the same instant as the mall's last change leaves the mall's own columns as
                // they were, so EF would not raise its version; the mall is claimed so a page open elsewhere is stale.
                db.GorAnsprak(mall);
                await db.SaveChangesAsync(ct);
                if (sparasAllt)
                {
                    controller.TempData["Meddelande"] = meddelande;
                    return controller.Redirect(sok is null ? $"/bestallningsmallar/{id}/redigera" : $"/bestallningsmallar/{id}/redigera?sok={Uri.EscapeDataString(sok)}");
                }
                // The version this change wrote, not one re-read below: a change by someone else in between must still be caught on Spara.
                formular.Version = mall.Version;
                db.ChangeTracker.Clear();
                return controller.View("Redigera", await vy.RedigeraVyAsync((await vy.HuvudAsync(id, ct))!, formular, sok, fel, meddelande, ct));
            }
            catch (DomainException ex)
            {
                fel["mall"] = ex.Message;
            }
            catch (DbUpdateConcurrencyException)
            {
                fel["mall"] = Andrad;
            }
            catch (DbUpdateException) when (db.ChangeTracker.Entries<Bestallningsmallrad>().Any(e => e.State == EntityState.Added))
            {
                // The unique (mall, artikel) index: another user added the same artikel a moment before.
                fel["mall"] = "Artikeln lades nyss till i mallen av någon annan. Ändra antalet under Artiklar i mallen.";
            }
            catch (DbUpdateException)
            {
                // The unique (tjänsteställe, namn) index: a rename to the name of another of the tjänsteställe's mallar.
                fel["mall"] = Bestallningsmallvy.NamnetFinns(formular.Namn, mall.Tjanstestalle.Visningsnamn);
            }
        }
        db.ChangeTracker.Clear();
        var huvud = (await vy.HuvudAsync(id, ct))!;
        // Saving again from this page applies the user's values to the mall as it is now.
        formular.Version = huvud.Version;
        controller.Response.StatusCode = fel["mall"] == Andrad ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return controller.View("Redigera", await vy.RedigeraVyAsync(huvud, formular, sok, fel, null, ct));
    }
}
