using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;

/// <summary>Loading and showing the wizard's steps.</summary>
public sealed partial class BestallningController
{
    private async Task<IActionResult> VisaSlutforAsync(Bestallning bestallning, SlutforForm form, CancellationToken ct)
    {
        var huvud = (await vy.HuvudAsync(bestallning.Id, ct))!;
        var minderarig = bestallning.Mottagare?.Personnummer?.AlderVid(Idag) < 18;
        await pdl.LoggaAsync("Beställning läst", $"Slutför beställning {bestallning.Id} visad.", bestallning.MottagareId, ct);
        return View("Slutfor", new SlutforModell(huvud, await vy.RaderAsync(bestallning.Id, ct), form, bestallning.HarCentralLeverans,
            bestallning.Tjanstestalle.Adress.ToString(), minderarig));
    }

    private Leveransuppgifter? SkapaLeverans(Bestallning bestallning, SlutforForm form)
    {
        Adress? adress = null;
        if (form.Till == LeveransTill.MottagningEnhet)
        {
            adress = bestallning.Tjanstestalle.Adress;
        }
        else
        {
            try
            {
                adress = new Adress(form.Gatuadress ?? "", form.Postnummer ?? "", form.Postort ?? "", form.CareOf);
            }
            catch (DomainException e)
            {
                var falt = e.Message.StartsWith("Postnummer", StringComparison.Ordinal) ? nameof(form.Postnummer)
                    : e.Message.StartsWith("Postort", StringComparison.Ordinal) ? nameof(form.Postort)
                    : e.Message.StartsWith("c/o", StringComparison.Ordinal) ? nameof(form.CareOf)
                    : nameof(form.Gatuadress);
                ModelState.AddModelError(falt, e.Message);
            }
        }
        if (string.IsNullOrWhiteSpace(form.Kontaktperson))
        {
            ModelState.AddModelError(nameof(form.Kontaktperson), "Ange kontaktperson.");
        }
        if (form.Till == LeveransTill.HemTillPatient && string.IsNullOrWhiteSpace(form.Kontakttelefon))
        {
            ModelState.AddModelError(nameof(form.Kontakttelefon), "Telefonnummer måste anges vid leverans hem till patient.");
        }
        if (form.OvrigInformation is { Length: > Leveransuppgifter.MaxOvrigInformation })
        {
            ModelState.AddModelError(nameof(form.OvrigInformation), $"Övrig information får vara högst {Leveransuppgifter.MaxOvrigInformation} tecken.");
        }
        if (form.Kontaktperson is { Length: > 100 })
        {
            ModelState.AddModelError(nameof(form.Kontaktperson), "Kontaktperson får vara högst 100 tecken.");
        }
        if (form.Kontakttelefon is { Length: > 30 })
        {
            ModelState.AddModelError(nameof(form.Kontakttelefon), "Telefonnumret får vara högst 30 tecken.");
        }
        if (!ModelState.IsValid || adress is null)
        {
            return null;
        }
        return new Leveransuppgifter(form.Till, adress, form.Prioritet, form.Kontaktperson!, form.Kontakttelefon, form.OvrigInformation);
    }

    private async Task<IActionResult> VisaBekraftaAsync(Bestallning bestallning, Guid nyckel, string? fel, CancellationToken ct)
    {
        var behov = bestallning.Uttagsbehov();
        var lagerIds = behov.Select(b => b.Lager.Id).Distinct().ToList();
        var artikelIds = behov.Select(b => b.Artikel.Id).Distinct().ToList();
        var saldon = await db.Lagersaldon.AsNoTracking().Where(s => lagerIds.Contains(s.LagerId) && artikelIds.Contains(s.ArtikelId))
            .Select(s => new { s.LagerId, s.ArtikelId, Tillgangligt = s.Saldo - s.Reserverat }).ToListAsync(ct);
        var negativa = behov
            .Select(b => (b, Tillgangligt: saldon.FirstOrDefault(s => s.LagerId == b.Lager.Id && s.ArtikelId == b.Artikel.Id)?.Tillgangligt ?? 0))
            .Where(x => x.Tillgangligt - x.b.Antal < 0)
            .Select(x => $"Artikel {x.b.Artikel.Artikelnummer} {x.b.Artikel.Benamning}: {Math.Max(x.Tillgangligt, 0)} tillgängliga i {x.b.Lager.Visningsnamn}, {x.b.Antal} tas ut. Saldot blir negativt.")
            .ToList();
        var huvud = (await vy.HuvudAsync(bestallning.Id, ct))!;
        await pdl.LoggaAsync("Beställning läst", $"Bekräfta beställning {bestallning.Id} visad.", bestallning.MottagareId, ct);
        return View("Bekrafta", new BekraftaModell(huvud, await vy.RaderAsync(bestallning.Id, ct), Bestallningsvy.LeveransText(bestallning.Leverans), negativa, nyckel, fel));
    }

}
