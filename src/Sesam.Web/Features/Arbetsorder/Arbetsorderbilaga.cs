using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Arbetsorder;

/// <summary>Opens a bilaga of the unit's own arbetsorder (another unit's is not found, even by its complete number); the
/// read is PDL-logged, since the bilaga may describe the patient.</summary>
public sealed class Arbetsorderbilaga(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl) : IAnvandningsfall
{
    public async Task<IActionResult> KorAsync(Controller controller, string nummer, int bilagaId, CancellationToken ct)
    {
        var arbetsorder = await aktuell.Avgransa(db.Arbetsordrar.AsNoTracking(), a => a.TjanstestalleId)
            .Where(a => a.Arbetsordernummer == nummer).Select(a => new { a.Id, a.MottagareId }).SingleOrDefaultAsync(ct);
        var bilaga = arbetsorder is null
            ? null
            : await db.ArbetsorderBilagor.AsNoTracking().Where(b => b.Id == bilagaId && b.ArbetsorderId == arbetsorder.Id)
                .Select(b => new { b.Filnamn, b.Innehallstyp, b.Innehall }).SingleOrDefaultAsync(ct);
        if (bilaga is null)
        {
            return controller.NotFound();
        }
        await pdl.LoggaAsync("Läsning", $"Bilaga på arbetsorder {nummer} öppnad.", arbetsorder!.MottagareId, ct);
        return controller.File(bilaga.Innehall, bilaga.Innehallstyp, bilaga.Filnamn);
    }
}
