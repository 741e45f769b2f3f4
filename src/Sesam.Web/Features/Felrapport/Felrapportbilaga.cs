using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Felrapport;

/// <summary>Opens a bilaga of the unit's own felrapport (another unit's is not found, even by its complete number); the
/// read is PDL-logged, since the bilaga may show the patient.</summary>
public sealed class Felrapportbilaga(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl) : IAnvandningsfall
{
    public async Task<IActionResult> KorAsync(Controller controller, string nummer, int bilagaId, CancellationToken ct)
    {
        var felrapport = await aktuell.Avgransa(db.Felrapporter.AsNoTracking(), f => f.TjanstestalleId)
            .Where(f => f.Felrapportnummer == nummer).Select(f => new { f.Id, f.MottagareId }).SingleOrDefaultAsync(ct);
        var bilaga = felrapport is null
            ? null
            : await db.FelrapportBilagor.AsNoTracking().Where(b => b.Id == bilagaId && b.FelrapportId == felrapport.Id)
                .Select(b => new { b.Filnamn, b.Innehallstyp, b.Innehall }).SingleOrDefaultAsync(ct);
        if (bilaga is null)
        {
            return controller.NotFound();
        }
        await pdl.LoggaAsync("Läsning", $"Bilaga på felrapport {nummer} öppnad.", felrapport!.MottagareId, ct);
        return controller.File(bilaga.Innehall, bilaga.Innehallstyp, bilaga.Filnamn);
    }
}
