using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Meddelanden;

namespace Sesam.Web.Features.Bestallning;

public sealed partial class BestallningController
{
    /// <summary>
    /// "Makulera beställning" (Registrera/skapa → Ja, makulera): only while no purchase exists and Logistik has not
    /// started, never an uttag ur eget förråd (the domain says why not). Only in the version the user saw, so an order
    /// Logistik took meanwhile is not makulerad from a stale page.
    /// </summary>
    [HttpPost("{id:int}/makulera")]
    public async Task<IActionResult> Makulera(int id, int version, bool bekraftat, CancellationToken ct)
    {
        if (!KanMakulera())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var huvud = await HuvudAsync(id, ct);
        if (huvud is null || huvud.Status == Orderstatus.Pagaende)
        {
            return NotFound();
        }
        var order = await db.Bestallningar.Include(b => b.Rader).SingleAsync(b => b.Id == id, ct);
        string fel;
        var kod = StatusCodes.Status409Conflict;
        if (!bekraftat)
        {
            fel = "Bekräfta med Ja, makulera att beställningen ska makuleras.";
            kod = StatusCodes.Status422UnprocessableEntity;
        }
        else if (order.Version != version)
        {
            fel = "Beställningen har ändrats sedan du öppnade den. Kontrollera uppgifterna nedan och försök igen.";
        }
        else
        {
            try
            {
                order.Makulera(Nu);
                // Nothing will be delivered, so no work waits for the delivery.
                var rader = order.Rader.Select(r => (int?)r.Id).ToList();
                foreach (var arbetsorder in await db.Arbetsordrar.Where(a => rader.Contains(a.OrderradId) && a.Status == Arbetsorderstatus.Registrerad).ToListAsync(ct))
                {
                    arbetsorder.Makulera(Nu);
                }
                if (order.Automatisk)
                {
                    // The förråd is still below its min level: the next uttag orders a new automatic påfyllnad.
                    var artiklar = order.Rader.Select(r => r.ArtikelId).ToList();
                    foreach (var saldo in await db.Lagersaldon.Where(s => s.LagerId == order.MottagandeLagerId && artiklar.Contains(s.ArtikelId)).ToListAsync(ct))
                    {
                        saldo.PafyllnadAvslutad();
                    }
                }
                db.Meddelanden.AddRange(Meddelande.BestallningMakulerad(order, Nu).Where(m => m.AnvandareId != aktuell.Id));
                await db.SaveChangesAsync(ct);
                await pdl.LoggaAsync("Beställning makulerad", $"Beställning {order.Ordernummer} makulerad.", order.MottagareId, ct);
                TempData["Meddelande"] = $"Beställning {order.Ordernummer} är makulerad.";
                return Redirect($"/bestallning/{id}");
            }
            catch (DomainException ex)
            {
                fel = ex.Message;
                kod = StatusCodes.Status422UnprocessableEntity;
            }
            catch (DbUpdateConcurrencyException)
            {
                fel = "Någon annan ändrade beställningen samtidigt. Kontrollera uppgifterna nedan och försök igen.";
            }
        }
        db.ChangeTracker.Clear();
        Response.StatusCode = kod;
        return await VisaDetaljerAsync((await HuvudAsync(id, ct))!, fel, annatTjanstestalle: false, ct);
    }
}
