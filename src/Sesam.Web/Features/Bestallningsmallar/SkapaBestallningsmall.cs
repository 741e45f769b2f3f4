using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallningsmallar;

/// <summary>
/// "Ny beställningsmall" on the list: a mall for the active tjänsteställe (the administrator picks any with a förråd).
/// Not run by <see cref="Kommandopipeline"/>: it creates rather than changes, and the name's uniqueness per
/// tjänsteställe is the database's unique index, whose violation (a <see cref="DbUpdateException"/>, not a concurrency
/// conflict) must come back as the Swedish message on the list with what the user typed.
/// </summary>
public sealed class SkapaBestallningsmall(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Bestallningsmallvy vy) : IAnvandningsfall
{
    public async Task<IActionResult> KorAsync(Controller controller, Bestallningsmallvy.Nyformular formular, CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        var tjanstestalleId = formular.TjanstestalleId ?? aktuell.TjanstestalleId;
        var tjanstestalle = await db.Tjanstestallen.Include(t => t.Forrad).SingleOrDefaultAsync(t => t.Id == tjanstestalleId, ct);
        if (tjanstestalle is null)
        {
            return controller.NotFound();
        }
        string fel;
        try
        {
            var mall = new Bestallningsmall(formular.Namn ?? "", formular.Beskrivning, tjanstestalle, anvandare, klocka.GetUtcNow().UtcDateTime);
            db.Bestallningsmallar.Add(mall);
            await db.SaveChangesAsync(ct);
            controller.TempData["Meddelande"] = $"Beställningsmallen {mall.Namn} är skapad. Lägg till artiklar nedan.";
            return controller.Redirect($"/bestallningsmallar/{mall.Id}/redigera");
        }
        catch (DomainException ex)
        {
            fel = ex.Message;
        }
        catch (DbUpdateException)
        {
            fel = Bestallningsmallvy.NamnetFinns(formular.Namn, tjanstestalle.Visningsnamn);
        }
        db.ChangeTracker.Clear();
        controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return controller.View("Index", await vy.IndexVyAsync(formular, fel, ct));
    }
}
