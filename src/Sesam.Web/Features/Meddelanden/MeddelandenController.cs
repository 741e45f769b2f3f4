using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Meddelanden;

/// <summary>
/// Meddelanden: what Sesam has sent the user by itself. An unread message has an envelope; reading it marks it read.
/// The user may remove one (Ta bort meddelande → Verkställ) or all. Every address is the user's own message by id:
/// another user's answers 404.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
[Route("meddelanden")]
public sealed class MeddelandenController(Meddelandevy vy) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await vy.ListaAsync(TempData["Meddelande"] as string, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Visa(int id, CancellationToken ct) =>
        await vy.LasAsync(id, ct) is { } modell ? View(modell) : NotFound();

    /// <summary>"Ta bort meddelande" ticked, then "Verkställ".</summary>
    [HttpPost("{id:int}")]
    public Task<IActionResult> Verkstall(TaBortMeddelande.Formular formular, [FromServices] TaBortMeddelande kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);

    [HttpPost("ta-bort-alla")]
    public Task<IActionResult> TaBortAlla([FromServices] TaBortAllaMeddelanden taBort, CancellationToken ct) => taBort.KorAsync(this, ct);
}
