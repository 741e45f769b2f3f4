using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Mottagare;

/// <summary>"Registrera/skapa → Hämtorder": förskrivare and beställare register what a mottagare gives back.</summary>
public sealed partial class MottagareController
{
    [Authorize(Policy = Policy.Enhetspersonal)]
    [HttpGet("/mottagare/{id:int}/hamtorder")]
    public Task<IActionResult> Hamtorder(int id, [FromServices] NyHamtorder sida, CancellationToken ct) =>
        sida.VisaAsync(this, id, ct);

    [Authorize(Policy = Policy.Enhetspersonal)]
    [HttpPost("/mottagare/{id:int}/hamtorder")]
    public Task<IActionResult> SkapaHamtorder(NyHamtorder.Formular formular, [FromServices] SkapaHamtorder skapa, [FromServices] Kommandopipeline pipeline,
        CancellationToken ct)
    {
        // An unknown hämtorderorsak, adresskälla or åtgärd gets the domain's Swedish message instead of the binder's.
        ModelState.Clear();
        return pipeline.KorAsync(this, skapa, formular, ct);
    }
}
