using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;

/// <summary>
/// Förskrivning: "Skapa ny beställning → Ange artiklar → Bekräfta". The cart is the order itself with status
/// Pågående beställning, so it survives logout and restarts until it is sent or deleted.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
[Route("bestallning")]
public sealed partial class BestallningController(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, TimeProvider klocka, IConfiguration konfiguration, Bestallningsvy vy) : Controller
{
    private DateTime Nu => klocka.GetUtcNow().UtcDateTime;

    private DateOnly Idag => Svensktid.Idag(klocka.GetUtcNow());

    [HttpPost("{id:int}/ta-bort")]
    public async Task<IActionResult> TaBort(int id, CancellationToken ct)
    {
        var bestallning = await Bestallningsskickning.LaddaVarukorgAsync(db, id, aktuell.Id, ct);
        if (bestallning is null || bestallning.Status != Orderstatus.Pagaende)
        {
            return NotFound();
        }
        db.RemoveRange(bestallning.Rader.SelectMany(r => r.Komponenter));
        db.RemoveRange(bestallning.Rader);
        db.Remove(bestallning);
        await db.SaveChangesAsync(ct);
        await pdl.LoggaAsync("Beställning borttagen", $"Pågående beställning {id} borttagen.", bestallning.MottagareId, ct);
        return Redirect("/bestallning");
    }

    /// <summary>"Slutför beställning": the rows, Samleverans and, for central deliveries, the leveransuppgifter.</summary>
    [HttpGet("{id:int}/slutfor")]
    public async Task<IActionResult> Slutfor(int id, CancellationToken ct)
    {
        var bestallning = await Bestallningsskickning.LaddaVarukorgAsync(db, id, aktuell.Id, ct);
        if (bestallning is null || bestallning.Status != Orderstatus.Pagaende)
        {
            return NotFound();
        }
        var forskrivare = await db.Anvandare.AsNoTracking().Where(a => a.Id == bestallning.ForskrivareId)
            .Select(a => new { a.Fornamn, a.Efternamn, a.Telefon }).SingleAsync(ct);
        // Skyddad identitet: the address is never shown, so home delivery must be entered by hand.
        var patientAdress = bestallning.Mottagare is { SkyddadIdentitet: false } m ? m.Adress : null;
        var l = bestallning.Leverans;
        var form = new SlutforForm
        {
            Samleverans = bestallning.Samleverans,
            Till = l?.Till ?? LeveransTill.MottagningEnhet,
            Gatuadress = l?.Till == LeveransTill.HemTillPatient ? l.Adress.Gatuadress : patientAdress?.Gatuadress,
            Postnummer = l?.Till == LeveransTill.HemTillPatient ? l.Adress.Postnummer : patientAdress?.Postnummer,
            Postort = l?.Till == LeveransTill.HemTillPatient ? l.Adress.Postort : patientAdress?.Postort,
            CareOf = l?.Adress.CareOf,
            Prioritet = l?.Prioritet ?? Leveransprioritet.Normal,
            OvrigInformation = l?.OvrigInformation,
            Kontaktperson = l?.Kontaktperson ?? $"{forskrivare.Fornamn} {forskrivare.Efternamn}",
            Kontakttelefon = l?.Kontakttelefon ?? forskrivare.Telefon,
        };
        return await VisaSlutforAsync(bestallning, form, ct);
    }

    [HttpPost("{id:int}/slutfor")]
    public async Task<IActionResult> SparaSlutfor(int id, SlutforForm form, CancellationToken ct)
    {
        var bestallning = await Bestallningsskickning.LaddaVarukorgAsync(db, id, aktuell.Id, ct);
        if (bestallning is null || bestallning.Status != Orderstatus.Pagaende)
        {
            return NotFound();
        }
        if (bestallning.Rader.Count == 0)
        {
            ModelState.AddModelError("", "Beställningen har inga artiklar. Lägg till minst en artikel.");
            return await VisaSlutforAsync(bestallning, form, ct);
        }
        var obesvarad = bestallning.Rader.FirstOrDefault(r => r.PatientavgiftKravs && r.PatientavgiftSvar is null);
        if (obesvarad is not null)
        {
            ModelState.AddModelError("", $"Svara JA eller NEJ på patientavgift för artikel {obesvarad.Artikel.Artikelnummer} (pennan på raden).");
            return await VisaSlutforAsync(bestallning, form, ct);
        }
        bestallning.AngeSamleverans(form.Samleverans);
        if (bestallning.Ordertyp == Ordertyp.Lagerpafyllnad)
        {
            // Always to the unit: the page offers no choice, and a posted one is not followed.
            form.Till = LeveransTill.MottagningEnhet;
        }
        if (bestallning.HarCentralLeverans)
        {
            var leverans = SkapaLeverans(bestallning, form);
            if (leverans is null)
            {
                return await VisaSlutforAsync(bestallning, form, ct);
            }
            try
            {
                bestallning.AngeLeverans(leverans, bestallning.Mottagare?.Personnummer, Idag);
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(nameof(form.CareOf), e.Message);
                return await VisaSlutforAsync(bestallning, form, ct);
            }
        }
        await db.SaveChangesAsync(ct);
        await pdl.LoggaAsync("Beställning ändrad", $"Leveransuppgifter för pågående beställning {id} sparade.", bestallning.MottagareId, ct);
        return Redirect($"/bestallning/{id}/bekrafta");
    }

    [HttpGet("{id:int}/bekrafta")]
    public async Task<IActionResult> Bekrafta(int id, CancellationToken ct)
    {
        var bestallning = await Bestallningsskickning.LaddaVarukorgAsync(db, id, aktuell.Id, ct);
        if (bestallning is null)
        {
            return NotFound();
        }
        if (bestallning.Status != Orderstatus.Pagaende)
        {
            return Redirect($"/bestallning/{id}");
        }
        return await VisaBekraftaAsync(bestallning, Guid.NewGuid(), null, ct);
    }

    /// <summary>
    /// "Skicka beställning". The form carries a key made when the page was shown, so a double click or a resend
    /// after going back finds the order the first click created instead of making a second one.
    /// </summary>
    [HttpPost("{id:int}/skicka")]
    public async Task<IActionResult> Skicka(int id, Guid skickaNyckel, bool negativtSaldoBekraftat, CancellationToken ct)
    {
        if (skickaNyckel == Guid.Empty)
        {
            return BadRequest();
        }
        var resultat = await Bestallningsskickning.SkickaAsync(db, id, aktuell.Id, skickaNyckel, negativtSaldoBekraftat, Nu, aktuell.HsaId, ct);
        switch (resultat)
        {
            case Skickningsresultat.Skickad skickad:
                var order = await db.Bestallningar.Where(b => b.Id == skickad.BestallningId).Select(b => new { b.MottagareId, b.TjanstestalleId }).SingleAsync(ct);
                // A cart kept from a session in another of the user's tjänsteställen: sending it is working there, and
                // the order, now that unit's data, stays visible on the confirmation.
                await aktuell.ArbetaIAsync(order.TjanstestalleId, ct);
                await pdl.LoggaAsync("Beställning skickad", $"Beställning {skickad.Ordernummer} skickad.", order.MottagareId, ct);
                return Redirect($"/bestallning/{skickad.BestallningId}/skickad");
            case Skickningsresultat.EjSkickad ej:
                db.ChangeTracker.Clear();
                var bestallning = await Bestallningsskickning.LaddaVarukorgAsync(db, id, aktuell.Id, ct);
                if (bestallning is null)
                {
                    return NotFound();
                }
                return await VisaBekraftaAsync(bestallning, skickaNyckel, ej.Meddelande, ct);
            default:
                throw new InvalidOperationException("Okänt resultat av skickning.");
        }
    }

    /// <summary>The confirmation with the order number and the Låneförbindelse button.</summary>
    [HttpGet("{id:int}/skickad")]
    public async Task<IActionResult> Skickad(int id, CancellationToken ct)
    {
        var huvud = await vy.HuvudAsync(id, ct);
        if (huvud is null || huvud.Status == Orderstatus.Pagaende)
        {
            return NotFound();
        }
        await pdl.LoggaAsync("Beställning läst", $"Bekräftelse av beställning {huvud.Ordernummer} visad.", huvud.MottagareId, ct);
        return View("Skickad", huvud);
    }
}
