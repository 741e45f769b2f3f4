using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Lagerhallning;

namespace Sesam.Web.Features.Bestallning;

public sealed partial class BestallningController
{
    /// <summary>
    /// "Kvittera": the unit confirms that a lagerpåfyllnad's delivery has come. Only then do its artiklar count in the
    /// förråd's saldo and its individer become available. Only in the version the user saw, so that two colleagues
    /// kvittering the same delivery add it once.
    /// </summary>
    [HttpPost("{id:int}/kvittera")]
    public async Task<IActionResult> Kvittera(int id, int version, CancellationToken ct)
    {
        if (!KanKvittera())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var huvud = await vy.HuvudAsync(id, ct);
        if (huvud is null || huvud.Status == Orderstatus.Pagaende)
        {
            return NotFound();
        }
        var order = await db.Bestallningar
            .Include(b => b.MottagandeLager)
            .Include(b => b.Rader).ThenInclude(r => r.Artikel)
            .Include(b => b.Rader).ThenInclude(r => r.Komponenter).ThenInclude(k => k.Artikel)
            .Include(b => b.Rader).ThenInclude(r => r.Individ!).ThenInclude(i => i.Lager)
            .AsSplitQuery()
            .SingleAsync(b => b.Id == id, ct);
        string fel;
        var kod = StatusCodes.Status409Conflict;
        if (order.Version != version)
        {
            fel = "Beställningen har ändrats sedan du öppnade den, kanske har någon redan kvitterat. Kontrollera uppgifterna nedan.";
        }
        else
        {
            try
            {
                var artiklar = order.Rader.SelectMany(r => r.Komponenter.Select(k => k.ArtikelId).Prepend(r.ArtikelId)).Distinct().ToList();
                var saldon = await db.Lagersaldon.Where(s => s.LagerId == order.MottagandeLagerId && artiklar.Contains(s.ArtikelId)).ToListAsync(ct);
                order.Kvittera(Nu, aktuell.HsaId, Saldouppslag.HamtaEllerSkapa(db, saldon));
                db.GorAnsprak(order);
                await db.SaveChangesAsync(ct);
                await pdl.LoggaAsync("Leverans kvitterad", $"Lagerpåfyllnad {order.Ordernummer} kvitterad.", null, ct);
                TempData["Meddelande"] = $"Leveransen är kvitterad. Artiklarna finns nu i {order.MottagandeLager!.Visningsnamn}.";
                return Redirect($"/bestallning/{id}");
            }
            catch (DomainException ex)
            {
                fel = ex.Message;
                kod = StatusCodes.Status422UnprocessableEntity;
            }
            catch (DbUpdateConcurrencyException)
            {
                fel = "Någon annan ändrade beställningen eller förrådets saldo samtidigt. Kontrollera uppgifterna nedan och försök igen.";
            }
            catch (DbUpdateException) when (db.ChangeTracker.Entries<Lagersaldo>().Any(e => e.State == EntityState.Added))
            {
                // A concurrent kvittering or retur created the same förråd saldo row first; nothing was saved.
                fel = "Någon annan ändrade förrådets saldo samtidigt. Kontrollera uppgifterna nedan och försök igen.";
            }
        }
        db.ChangeTracker.Clear();
        Response.StatusCode = kod;
        return await vy.VisaDetaljerAsync(this, (await vy.HuvudAsync(id, ct))!, fel, annatTjanstestalle: false, ct);
    }

    /// <summary>The unit's own staff kvitterar deliveries to its förråd.</summary>
    private bool KanKvittera() => aktuell.ArForskrivareEllerBestallare;
}
