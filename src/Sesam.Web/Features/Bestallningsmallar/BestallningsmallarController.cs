using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallningsmallar;

/// <summary>
/// Artiklar → Beställningsmallar: the active tjänsteställe's saved lists for lagerpåfyllnad of its förråd. Open a mall,
/// click Lagerpåfyllnad, then Beställ per row (the antal can be changed first); ordered rows are ticked. Förskrivare and
/// beställare of the tjänsteställe create and edit its mallar; the administrator sees all and removes them.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
[Route("bestallningsmallar")]
public sealed partial class BestallningsmallarController(Bestallningsmallvy vy) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("Index", await vy.IndexVyAsync(new Bestallningsmallvy.Nyformular(), null, ct));

    [HttpPost("ny")]
    [Authorize(Policy = Policy.EnhetspersonalEllerAdmin)]
    public Task<IActionResult> Skapa(Bestallningsmallvy.Nyformular formular, [FromServices] SkapaBestallningsmall kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Visa(int id, CancellationToken ct) =>
        await vy.HuvudAsync(id, ct) is { } mall
            ? View("Visa", await vy.VisaVyAsync(mall, TempData["Meddelande"] as string, TempData["Fel"] as string, ct))
            : NotFound();

    /// <summary>"Lagerpåfyllnad": starts (or continues) the user's lagerpåfyllnad to the mall's förråd, so its rows can be ordered.</summary>
    [HttpPost("{id:int}/lagerpafyllnad")]
    [Authorize(Policy = Policy.Enhetspersonal)]
    public Task<IActionResult> Lagerpafyllnad(int id, [FromServices] BestallFranMall bestall, CancellationToken ct) =>
        bestall.StartaAsync(this, id, ct);

    /// <summary>"Beställ" on a row: the artikel, with the antal the user set, goes into the pågående lagerpåfyllnad.</summary>
    [HttpPost("{id:int}/bestall")]
    [Authorize(Policy = Policy.Enhetspersonal)]
    public Task<IActionResult> Bestall(int id, int rad, int? antal, [FromServices] BestallFranMall bestall, CancellationToken ct) =>
        bestall.BestallAsync(this, id, rad, antal, ct);

    [Authorize(Policy = Policy.Admin)]
    [HttpPost("{id:int}/ta-bort")]
    public Task<IActionResult> TaBort(TaBortBestallningsmall.Formular formular, [FromServices] TaBortBestallningsmall kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);
}
