using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Hamtorder;

using Sesam.Domain.Hamtordrar;

/// <summary>
/// Sök hämtorder, a hämtorder's page and printout, makulering, and Logistik's receipt that closes it. Hämtordrar are
/// unit-bound like orders: a user lists and changes those of the tjänsteställe they work in (Logistik every unit's);
/// another unit's opens read-only (see <see cref="Hamtordervy"/>). Each use case is its own file.
/// </summary>
[Authorize(Policy = Policy.SerPatienter)]
[Route("hamtorder")]
public sealed class HamtorderController : Controller
{
    /// <summary>The first open, and links such as Min sida's, list the unit's hämtordrar without asking for a search term.</summary>
    [HttpGet("")]
    public Task<IActionResult> Index(string? sok, int? dagar, Hamtorderstatus? status, bool mina, int? mottagare, string? bestallare, string? kund,
        [FromServices] SokHamtorder sokning, CancellationToken ct) =>
        sokning.SokAsync(this, sok, dagar, status, mina, mottagare, bestallare, null, kund, inskickad: false, ct);

    /// <summary>The search form posts, so that a personnummer typed as mottagare never lands in an address or a log of
    /// addresses; it changes nothing, so it is a query, not a command.</summary>
    [HttpPost("")]
    public Task<IActionResult> Sok(string? sok, int? dagar, Hamtorderstatus? status, bool mina, int? mottagare, string? bestallare, string? mottagarnummer,
        string? kund, [FromServices] SokHamtorder sokning, CancellationToken ct) =>
        sokning.SokAsync(this, sok, dagar, status, mina, mottagare, bestallare, mottagarnummer, kund, inskickad: true, ct);

    [HttpGet("{nummer}")]
    public Task<IActionResult> Visa(string nummer, [FromServices] Hamtordervy vy, CancellationToken ct) => vy.VisaAsync(this, nummer, ct);

    /// <summary>A PDF download, not a form.</summary>
    [HttpGet("{nummer}/utskrift")]
    public Task<IActionResult> Utskrift(string nummer, [FromServices] Hamtorderutskrift utskrift, CancellationToken ct) =>
        utskrift.SkrivUtAsync(this, nummer, ct);

    [HttpPost("{nummer}/makulera")]
    [Authorize(Policy = Policy.Makulera)]
    public Task<IActionResult> Makulera(MakuleraHamtorder.Formular formular, [FromServices] MakuleraHamtorder kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);

    [HttpPost("{nummer}/ta-emot")]
    [Authorize(Policy = Policy.Logistik)]
    public Task<IActionResult> TaEmot(TaEmotHamtorder.Formular formular, [FromServices] TaEmotHamtorder kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);
}
