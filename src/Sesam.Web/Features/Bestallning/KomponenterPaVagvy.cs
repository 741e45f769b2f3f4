using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

/// <summary>
/// "Komponenter på väg": components ordered to complete an individ the patient already has (komplettera levererad
/// individ), from sending until they are delivered (<see cref="AktuellAnvandare.OrderraderPaVag"/>: the active
/// tjänsteställe's orders, all for Logistik/Admin). Linked from the individkort and the patient's Hjälpmedel tab.
/// </summary>
public sealed class KomponenterPaVagvy(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl) : IAnvandningsfall
{
    public async Task<IActionResult> VisaAsync(Controller controller, string individnummer, CancellationToken ct)
    {
        var individ = await db.Individer.AsNoTracking().Where(i => i.Individnummer == individnummer)
            .Select(i => new { i.Id, i.Artikel.Benamning, i.MottagareId }).SingleOrDefaultAsync(ct);
        if (individ is null)
        {
            return controller.NotFound();
        }
        var rader = await aktuell.OrderraderPaVag()
            .Where(r => r.KompletterarIndividId == individ.Id)
            .OrderBy(r => r.Bestallning.Skickad)
            .Select(r => new KomponentPaVag(r.BestallningId, r.Bestallning.Ordernummer, r.Artikel.Artikelnummer, r.Artikel.Benamning, r.Antal,
                r.Bestallning.Forskrivare.Fornamn + " " + r.Bestallning.Forskrivare.Efternamn, r.Bestallning.Skickad, r.PlaneratLeveransdatum))
            .ToListAsync(ct);
        await pdl.LoggaAsync("Beställning läst", $"Komponenter på väg till individ {individnummer} visade.", individ.MottagareId, ct);
        return controller.View("KomponenterPaVag", new KomponenterPaVagModell(individnummer, individ.Benamning, rader));
    }
}
