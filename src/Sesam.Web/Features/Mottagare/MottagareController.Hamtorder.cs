using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;

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
    public Task<IActionResult> SkapaHamtorder(int id, NyHamtorder.Formular formular, [FromServices] SkapaHamtorder skapa, CancellationToken ct) =>
        skapa.KorAsync(this, id, formular, ct);
}
