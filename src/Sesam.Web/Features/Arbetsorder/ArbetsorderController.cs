using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Arbetsorder;

using Sesam.Domain.Arbetsordrar;

/// <summary>
/// Arbetsorder (VGR manual): register one from the individkort, the patient's devices or an order row (which then
/// waits for it), or by filling in mottagare and artikel; attach documents; search the unit's; Logistik avslutar.
/// Arbetsordrar are unit-bound like orders; their details name the patient and are PDL-logged. As the manual says, the
/// complete arbetsordernummer shows the arbetsorder even when it belongs to another unit: read-only, showing only what
/// it is and where it stands.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
[Route("arbetsorder")]
public sealed partial class ArbetsorderController : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policy.SerPatienter)]
    public Task<IActionResult> Index(string? sok, bool? mina, Arbetsorderstatus? status, string? individ, [FromServices] SokArbetsorder sokning, CancellationToken ct) =>
        sokning.KorAsync(this, sok, mina, status, individ, ct);

    /// <summary>"Registrera arbetsorder", filled in from where the user came: an individ, a patient's device or an order row.</summary>
    [HttpGet("ny")]
    [Authorize(Policy = Policy.Enhetspersonal)]
    public Task<IActionResult> Ny(string? individ, int? orderrad, int? mottagare, string? artikel, [FromServices] NyArbetsorder ny, CancellationToken ct) =>
        ny.KorAsync(this, individ, orderrad, mottagare, artikel, ct);

    [HttpPost("ny")]
    [Authorize(Policy = Policy.Enhetspersonal)]
    public Task<IActionResult> Skapa(RegistreraArbetsorder.Formular formular, [FromServices] RegistreraArbetsorder kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct)
    {
        // An unknown Typ or Utförande gets the domain's Swedish message instead of the binder's.
        ModelState.Clear();
        return pipeline.KorAsync(this, kommando, formular, ct);
    }

    [HttpGet("{nummer}")]
    [Authorize(Policy = Policy.SerPatienter)]
    public Task<IActionResult> Visa(string nummer, [FromServices] Arbetsordervy vy, CancellationToken ct) => vy.VisaAsync(this, nummer, ct);
}
