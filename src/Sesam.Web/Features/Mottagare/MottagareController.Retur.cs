using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Mottagare;

/// <summary>"Registrera/skapa → Retur": förskrivare and beställare take devices back into the unit's förråd.</summary>
public sealed partial class MottagareController
{
    [Authorize(Policy = Policy.Enhetspersonal)]
    [HttpGet("/mottagare/{id:int}/retur")]
    public Task<IActionResult> VisaRetur(int id, [FromServices] NyRetur sida, CancellationToken ct) =>
        sida.VisaAsync(this, id, ct);

    [Authorize(Policy = Policy.Enhetspersonal)]
    [HttpPost("/mottagare/{id:int}/retur")]
    public Task<IActionResult> Returnera(NyRetur.Formular formular, [FromServices] Returnera returnera, [FromServices] Kommandopipeline pipeline,
        CancellationToken ct) =>
        pipeline.KorAsync(this, returnera, formular, ct);
}
