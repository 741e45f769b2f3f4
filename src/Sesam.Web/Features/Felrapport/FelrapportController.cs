using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Felrapport;

using Sesam.Domain.Arbetsordrar;

/// <summary>
/// Felrapport (VGR manual): tell Hjälpmedelscentralen that something went wrong, from the device, the order, the
/// hämtorder or the arbetsorder it concerns (which then follow along), or on its own from Min sida. Felrapporter are
/// unit-bound; Logistik answers and closes them, and the reporter gets the answer as a message. As the manual says, the
/// complete felrapportsnummer shows the felrapport even when it belongs to another unit: read-only, showing only what
/// it is and where it stands.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
[Route("felrapport")]
public sealed class FelrapportController : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(string? sok, bool? mina, Felrapportstatus? status, [FromServices] SokFelrapport sokning, CancellationToken ct) =>
        sokning.KorAsync(this, sok, mina, status, ct);

    /// <summary>"Registrera felrapport", with what it concerns filled in from where the user came.</summary>
    [HttpGet("ny")]
    public Task<IActionResult> Ny(string? individ, int? bestallning, string? hamtorder, string? arbetsorder, [FromServices] NyFelrapport ny, CancellationToken ct) =>
        ny.KorAsync(this, individ, bestallning, hamtorder, arbetsorder, ct);

    [HttpPost("ny")]
    public Task<IActionResult> Skapa(RegistreraFelrapport.Formular formular, [FromServices] RegistreraFelrapport kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct)
    {
        // An unknown Kategori gets the domain's Swedish message instead of the binder's.
        ModelState.Clear();
        return pipeline.KorAsync(this, kommando, formular, ct);
    }

    [HttpGet("{nummer}")]
    public Task<IActionResult> Visa(string nummer, [FromServices] Felrapportvy vy, CancellationToken ct) => vy.VisaAsync(this, nummer, ct);

    /// <summary>"Bifoga dokument" to a felrapport not yet answered, by the unit that reported it.</summary>
    [HttpPost("{nummer}/bilaga")]
    [Authorize(Policy = Policy.Enhetspersonal)]
    [RequestSizeLimit(Bilageuppladdning.MaxForfragan)]
    [RequestFormLimits(MultipartBodyLengthLimit = Bilageuppladdning.MaxForfragan)]
    public Task<IActionResult> LaggTillBilaga(LaggTillFelrapportbilaga.Formular formular, [FromServices] LaggTillFelrapportbilaga kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);

    [HttpGet("{nummer}/bilaga/{bilagaId:int}")]
    public Task<IActionResult> Bilaga(string nummer, int bilagaId, [FromServices] Felrapportbilaga bilaga, CancellationToken ct) =>
        bilaga.KorAsync(this, nummer, bilagaId, ct);

    /// <summary>Logistik answers and closes the felrapport.</summary>
    [HttpPost("{nummer}/avsluta")]
    [Authorize(Policy = Policy.Logistik)]
    public Task<IActionResult> Avsluta(AvslutaFelrapport.Formular formular, [FromServices] AvslutaFelrapport kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);
}
