using Microsoft.AspNetCore.Mvc;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

/// <summary>
/// "Lagerpåfyllnad": an order that refills the tjänsteställe's own förråd from Hjälpmedelsverksamheten; the
/// tjänsteställe decides the receiving lager. Not a <see cref="Kommando{TFormular, TObjekt}"/>: it continues the user's
/// pågående lagerpåfyllnad to the same lager when there is one, and a new one is saved by
/// <see cref="Lagerpafyllnader.HamtaEllerSkapaAsync"/> itself, whose unique index turns a second click into the first one's.
/// </summary>
public sealed class StartaLagerpafyllnad(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, TimeProvider klocka, Bestallningsstart start) : IAnvandningsfall
{
    public async Task<IActionResult> KorAsync(Controller controller, LagerpafyllnadForm form, CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        var tjanstestalle = anvandare.Tjanstestallen.Select(t => t.Tjanstestalle).FirstOrDefault(t => t.Id == form.TjanstestalleId);
        if (tjanstestalle?.Forrad is null)
        {
            controller.ModelState.AddModelError("Lagerpafyllnad", tjanstestalle is null
                ? "Välj ett av dina tjänsteställen."
                : $"{tjanstestalle.Visningsnamn} har inget eget förråd att fylla på.");
            controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await start.VisaAsync(controller, new NyForm(), null, ct);
        }
        var (id, ny) = await Lagerpafyllnader.HamtaEllerSkapaAsync(db, anvandare, tjanstestalle, klocka.GetUtcNow().UtcDateTime, samleverans: false, ct);
        if (ny)
        {
            await pdl.LoggaAsync("Beställning skapad", $"Pågående lagerpåfyllnad {id} till lager {tjanstestalle.Forrad.Nummer} skapad.", null, ct);
        }
        await aktuell.ArbetaIAsync(tjanstestalle.Id, ct);
        return controller.Redirect($"/bestallning/{id}");
    }
}
