using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

/// <summary>"Skapa ny beställning": a förskrivning for a patient, a lagerpåfyllnad of a förråd, or an individ from eget förråd.</summary>
public sealed partial class BestallningController
{
    [HttpGet("")]
    public Task<IActionResult> Index([FromServices] Bestallningsstart start, CancellationToken ct) => start.VisaAsync(this, new NyForm(), null, ct);

    /// <summary>From the artikel page's "Beställ": start a new order with the artikel, or add it to a pågående one.</summary>
    [HttpGet("ny")]
    public Task<IActionResult> Ny(string? artikel, [FromServices] Bestallningsstart start, CancellationToken ct) =>
        start.VisaAsync(this, new NyForm { Artikel = artikel }, null, ct);

    [HttpPost("ny")]
    public Task<IActionResult> Skapa(SkapaBestallning.Formular formular, [FromServices] SkapaBestallning kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular with { Individnummer = null }, ct);

    [HttpPost("lagerpafyllnad")]
    [Authorize(Policy = Policy.Enhetspersonal)]
    public Task<IActionResult> SkapaLagerpafyllnad(LagerpafyllnadForm form, [FromServices] StartaLagerpafyllnad starta, CancellationToken ct) =>
        starta.KorAsync(this, form, ct);

    /// <summary>"Förskriva individ från eget förråd", started from the individkort.</summary>
    [HttpGet("individ/{individnummer}")]
    public async Task<IActionResult> Individ(string individnummer, [FromServices] Bestallningsstart start, CancellationToken ct) =>
        await start.IndividAsync(individnummer, ct) is { } individ ? await start.VisaAsync(this, new NyForm(), individ, ct) : NotFound();

    [HttpPost("individ/{individnummer}")]
    public Task<IActionResult> SkapaForIndivid(SkapaBestallning.Formular formular, [FromServices] SkapaBestallning kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);
}
