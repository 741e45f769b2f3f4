using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Arbetsorder;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Gemensamt;

public sealed partial class ArbetsorderController
{
    /// <summary>"Bifoga bilaga": consultation material or adjustment instructions, while the arbetsorder is open.</summary>
    [HttpPost("{nummer}/bilaga")]
    [RequestSizeLimit(Bilageuppladdning.MaxForfragan)]
    [RequestFormLimits(MultipartBodyLengthLimit = Bilageuppladdning.MaxForfragan)]
    public Task<IActionResult> LaggTillBilaga(string nummer, int version, IFormFile? bilaga, CancellationToken ct) =>
        AndraAsync(nummer, version, KanRegistrera, async (a, tid) =>
        {
            var (filnamn, innehall) = await Bilageuppladdning.LasAsync(bilaga, ct);
            var ny = a.BifogaFil(filnamn, innehall, tid);
            return ($"{ny.Filnamn} är bifogad. Hänvisa gärna till den i felbeskrivningen.", $"Bilaga tillagd på arbetsorder {nummer}.");
        }, ct);

    [HttpGet("{nummer}/bilaga/{bilagaId:int}")]
    public async Task<IActionResult> Bilaga(string nummer, int bilagaId, CancellationToken ct)
    {
        if (!KanSePatienter())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var arbetsorder = await aktuell.Avgransa(db.Arbetsordrar.AsNoTracking(), a => a.TjanstestalleId)
            .Where(a => a.Arbetsordernummer == nummer).Select(a => new { a.Id, a.MottagareId }).SingleOrDefaultAsync(ct);
        var bilaga = arbetsorder is null
            ? null
            : await db.ArbetsorderBilagor.AsNoTracking().Where(b => b.Id == bilagaId && b.ArbetsorderId == arbetsorder.Id)
                .Select(b => new { b.Filnamn, b.Innehallstyp, b.Innehall }).SingleOrDefaultAsync(ct);
        if (bilaga is null)
        {
            return NotFound();
        }
        await pdl.LoggaAsync("Läsning", $"Bilaga på arbetsorder {nummer} öppnad.", arbetsorder!.MottagareId, ct);
        return File(bilaga.Innehall, bilaga.Innehallstyp, bilaga.Filnamn);
    }

    [HttpPost("{nummer}/makulera")]
    public Task<IActionResult> Makulera(string nummer, int version, CancellationToken ct) =>
        AndraAsync(nummer, version, KanRegistrera, (a, tid) =>
        {
            a.Makulera(tid);
            return Task.FromResult(($"Arbetsorder {nummer} är makulerad.", $"Arbetsorder {nummer} makulerad."));
        }, ct);

    /// <summary>Logistik avslutar (färdigrapporterar) with what was done.</summary>
    [Authorize(Policy = Policy.Logistik)]
    [HttpPost("{nummer}/avsluta")]
    public Task<IActionResult> Avsluta(AvslutaArbetsorder.Formular formular, [FromServices] AvslutaArbetsorder kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);

    /// <summary>Changes the arbetsorder only in the version the user saw; a refused or stale change shows it again with the reason.</summary>
    private async Task<IActionResult> AndraAsync(string nummer, int version, Func<bool> behorig, Func<Arbetsorder, DateTime, Task<(string Meddelande, string Logg)>> andring,
        CancellationToken ct)
    {
        if (!behorig())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var arbetsorder = await aktuell.Avgransa(db.Arbetsordrar, a => a.TjanstestalleId).Include(a => a.Bilagor)
            .SingleOrDefaultAsync(a => a.Arbetsordernummer == nummer, ct);
        if (arbetsorder is null)
        {
            return NotFound();
        }
        string fel;
        var kod = StatusCodes.Status409Conflict;
        if (arbetsorder.Version != version)
        {
            fel = "Arbetsordern har ändrats sedan du öppnade den. Kontrollera uppgifterna nedan och försök igen.";
        }
        else
        {
            try
            {
                var (meddelande, logg) = await andring(arbetsorder, klocka.GetUtcNow().UtcDateTime);
                db.GorAnsprak(arbetsorder);
                await db.SaveChangesAsync(ct);
                await pdl.LoggaAsync("Ändring", logg, arbetsorder.MottagareId, ct);
                TempData["Meddelande"] = meddelande;
                return Redirect($"/arbetsorder/{nummer}");
            }
            catch (DomainException ex)
            {
                fel = ex.Message;
                kod = StatusCodes.Status422UnprocessableEntity;
            }
            catch (DbUpdateConcurrencyException)
            {
                fel = "Någon annan ändrade arbetsordern samtidigt. Kontrollera uppgifterna nedan och försök igen.";
            }
        }
        db.ChangeTracker.Clear();
        Response.StatusCode = kod;
        return await vy.VisaIgenAsync(this, nummer, fel, ct);
    }

    private bool KanSePatienter() => Patientbehorighet.KanSePatienter(aktuell);
}
