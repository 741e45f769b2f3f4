using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Web.Features.Gemensamt;

namespace Sesam.Web.Features.Bestallning;

/// <summary>Attachments on a cart row ("Bifoga bilaga till artikel"), stored in the database with the order.</summary>
public sealed partial class BestallningController
{
    /// <summary>
    /// Requests up to twice the attachment limit reach the action, so a too-large file gets the Swedish message
    /// beside the field; only larger ones are refused by the server itself.
    /// </summary>
    [HttpPost("{id:int}/rad/{radId:int}/bilaga")]
    [RequestSizeLimit(Bilageuppladdning.MaxForfragan)]
    [RequestFormLimits(MultipartBodyLengthLimit = Bilageuppladdning.MaxForfragan)]
    public async Task<IActionResult> LaggTillBilaga(int id, int radId, IFormFile? bilaga, CancellationToken ct)
    {
        var bestallning = await Varukorgar.LaddaAsync(db, id, aktuell.Id, ct);
        var rad = bestallning?.Rader.SingleOrDefault(r => r.Id == radId);
        if (bestallning is null || rad is null || bestallning.Status != Orderstatus.Pagaende)
        {
            return NotFound();
        }
        try
        {
            var (filnamn, innehall) = await Bilageuppladdning.LasAsync(bilaga, ct);
            var befintliga = await db.OrderradBilagor.CountAsync(b => b.OrderradId == radId, ct);
            db.OrderradBilagor.Add(OrderradBilaga.Skapa(rad, befintliga, filnamn, innehall, Nu));
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Bilaga", e.Message);
            return await VisaRadAsync(bestallning, rad, RadFormFran(rad), ct);
        }
        await db.SaveChangesAsync(ct);
        await pdl.LoggaAsync("Beställning ändrad", $"Bilaga tillagd på rad {rad.Radnummer} i pågående beställning {id}.", bestallning.MottagareId, ct);
        return Redirect($"/bestallning/{id}/rad/{radId}");
    }

    [HttpGet("{id:int}/rad/{radId:int}/bilaga/{bilagaId:int}")]
    public async Task<IActionResult> Bilaga(int id, int radId, int bilagaId, CancellationToken ct)
    {
        if (await vy.HuvudAsync(id, ct) is not { } huvud)
        {
            return NotFound();
        }
        var bilaga = await db.OrderradBilagor.AsNoTracking()
            .Where(b => b.Id == bilagaId && b.OrderradId == radId && b.Orderrad.BestallningId == id)
            .Select(b => new { b.Filnamn, b.Innehallstyp, b.Innehall })
            .SingleOrDefaultAsync(ct);
        if (bilaga is null)
        {
            return NotFound();
        }
        await pdl.LoggaAsync("Beställning läst", $"Bilaga på beställning {huvud.Ordernummer ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture)} öppnad.", huvud.MottagareId, ct);
        return File(bilaga.Innehall, bilaga.Innehallstyp, bilaga.Filnamn);
    }

    [HttpPost("{id:int}/rad/{radId:int}/bilaga/{bilagaId:int}/ta-bort")]
    public async Task<IActionResult> TaBortBilaga(int id, int radId, int bilagaId, CancellationToken ct)
    {
        if (!await ArMinVarukorgAsync(id, ct))
        {
            return NotFound();
        }
        var borttagna = await db.OrderradBilagor.Where(b => b.Id == bilagaId && b.OrderradId == radId && b.Orderrad.BestallningId == id).ExecuteDeleteAsync(ct);
        if (borttagna == 0)
        {
            return NotFound();
        }
        await pdl.LoggaAsync("Beställning ändrad", $"Bilaga borttagen från pågående beställning {id}.", null, ct);
        return Redirect($"/bestallning/{id}/rad/{radId}");
    }

    private static RadForm RadFormFran(Orderrad rad) => new()
    {
        Antal = rad.Antal,
        Kommentar = rad.Kommentar,
        Komponent = rad.Komponenter.Select(k => k.ArtikelId).ToList(),
        Patientavgift = rad.PatientavgiftSvar switch { true => "ja", false => "nej", null => null },
        IndividId = rad.IndividId,
        KompletterarIndividId = rad.KompletterarIndividId,
    };
}
