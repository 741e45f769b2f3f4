using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Hamtorder;

using Sesam.Domain.Gemensamt;
using Sesam.Domain.Lagerhallning;

/// <summary>
/// Logistik's receipt of a hämtorder. It does not run through <see cref="Kommandopipeline"/>: the receipt may create
/// the central warehouse's saldo row of an artikel, and a concurrent receipt or retur may create the same row first
/// (unique per lager and artikel). That answers a plain <see cref="DbUpdateException"/>, not a concurrency conflict,
/// which only the use case can tell from a real fault, so it saves and answers the conflict itself.
/// </summary>
public sealed class TaEmotHamtorder(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, TimeProvider klocka, Hamtordervy vy) : IAnvandningsfall
{
    /// <summary>Logistik receives the picked-up devices: individer back into the central warehouse, the rest
    /// återlämnade, patient fees of the devices updated, and the hämtorder Stängd. Only in the version the user saw: a
    /// stale page or a concurrent change gets a clear message and the current hämtorder, never a silent overwrite.</summary>
    public async Task<IActionResult> TaEmotAsync(Controller controller, string nummer, int version, CancellationToken ct)
    {
        var hamtorder = await aktuell.Avgransa(db.Hamtordrar, h => h.TjanstestalleId)
            .Include(x => x.Rader).ThenInclude(r => r.Individ!).ThenInclude(i => i.Artikel).Include(x => x.Rader).ThenInclude(r => r.Orderrad)
            .AsSplitQuery()
            .SingleOrDefaultAsync(h => h.Hamtordernummer == nummer, ct);
        if (hamtorder is null)
        {
            return controller.NotFound();
        }
        string fel;
        if (hamtorder.Version != version)
        {
            fel = "Hämtordern har ändrats sedan du öppnade den. Kontrollera uppgifterna nedan och försök igen.";
        }
        else
        {
            try
            {
                var individer = hamtorder.Rader.Count(r => r.IndividId is not null);
                var (skrotade, central) = await Aterlamning.TaEmotAsync(db, hamtorder, klocka.GetUtcNow().UtcDateTime, aktuell.HsaId, ct);
                await db.SaveChangesAsync(ct);
                await pdl.LoggaAsync("Ändring", $"Hämtorder {nummer} mottagen och stängd.", hamtorder.MottagareId, ct);
                controller.TempData["Meddelande"] = $"Hämtorder {nummer} är mottagen och stängd."
                    + (individer > skrotade ? $" Individer som ägs av Hjälpmedel finns nu i {central.Visningsnamn}." : "")
                    + skrotade switch { 0 => "", 1 => " 1 individ som enheten köpt är skrotad.", _ => $" {skrotade} individer som enheten köpt är skrotade." };
                return controller.Redirect($"/hamtorder/{nummer}");
            }
            catch (DomainException ex)
            {
                fel = ex.Message;
            }
            catch (DbUpdateConcurrencyException)
            {
                fel = Samtidig;
            }
            catch (DbUpdateException) when (db.ChangeTracker.Entries<Lagersaldo>().Any(e => e.State == EntityState.Added))
            {
                // Another receipt created the same central saldo row first; nothing was saved.
                fel = Samtidig;
            }
        }
        db.ChangeTracker.Clear();
        controller.Response.StatusCode = StatusCodes.Status409Conflict;
        return await vy.VisaMedFelAsync(controller, nummer, fel, ct);
    }

    private const string Samtidig = "Någon annan ändrade hämtordern, dess hjälpmedel eller lagersaldot samtidigt. Kontrollera uppgifterna nedan och försök igen.";
}
