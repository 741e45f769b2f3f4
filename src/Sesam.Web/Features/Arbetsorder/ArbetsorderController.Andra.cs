using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Arbetsorder;

/// <summary>Changes of one arbetsorder and its bilagor: the unit's own (the use cases' loads are scoped), Logistik's avslut.</summary>
public sealed partial class ArbetsorderController
{
    /// <summary>"Bifoga bilaga": consultation material or adjustment instructions, while the arbetsorder is open.</summary>
    [HttpPost("{nummer}/bilaga")]
    [Authorize(Policy = Policy.Enhetspersonal)]
    [RequestSizeLimit(Bilageuppladdning.MaxForfragan)]
    [RequestFormLimits(MultipartBodyLengthLimit = Bilageuppladdning.MaxForfragan)]
    public Task<IActionResult> LaggTillBilaga(LaggTillArbetsorderbilaga.Formular formular, [FromServices] LaggTillArbetsorderbilaga kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);

    [HttpGet("{nummer}/bilaga/{bilagaId:int}")]
    [Authorize(Policy = Policy.SerPatienter)]
    public Task<IActionResult> Bilaga(string nummer, int bilagaId, [FromServices] Arbetsorderbilaga bilaga, CancellationToken ct) =>
        bilaga.KorAsync(this, nummer, bilagaId, ct);

    [HttpPost("{nummer}/makulera")]
    [Authorize(Policy = Policy.Enhetspersonal)]
    public Task<IActionResult> Makulera(MakuleraArbetsorder.Formular formular, [FromServices] MakuleraArbetsorder kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);

    /// <summary>Logistik avslutar (färdigrapporterar) with what was done.</summary>
    [HttpPost("{nummer}/avsluta")]
    [Authorize(Policy = Policy.Logistik)]
    public Task<IActionResult> Avsluta(AvslutaArbetsorder.Formular formular, [FromServices] AvslutaArbetsorder kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);
}
