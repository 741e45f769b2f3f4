using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.MinSida;

/// <summary>
/// Min sida: the user's own details, roles and tjänsteställen, and "Inställning", where they save where their
/// prescriptions are delivered from by default (preselected in the cart) and the tjänsteställe they start in.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
public sealed class MinSidaController(Minsidavy vy) : Controller
{
    [HttpGet("/min-sida")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await vy.SidaAsync(TempData["Meddelande"] as string, ct));

    [HttpPost("/min-sida/installning")]
    public Task<IActionResult> SparaInstallning(SparaInstallning.Formular form, [FromServices] SparaInstallning kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, form, ct);
}
