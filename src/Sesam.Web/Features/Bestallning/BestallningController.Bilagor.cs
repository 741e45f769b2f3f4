using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

/// <summary>Attachments on a cart row ("Bifoga bilaga till artikel"), stored in the database with the order.</summary>
public sealed partial class BestallningController
{
    /// <summary>
    /// Requests up to twice the attachment limit reach the action, so a too-large file gets the Swedish message
    /// beside the field; only larger ones are refused by the server itself.
    /// </summary>
    [HttpPost("{id:int}/rad/{radId:int}/bilaga")]
    [RequestSizeLimit(Bilageuppladdning.MaxForfragan)]
    [RequestFormLimits(MultipartBodyLengthLimit = Bilageuppladdning.MaxForfragan)]
    public Task<IActionResult> LaggTillBilaga(LaggTillBilaga.Formular formular, [FromServices] LaggTillBilaga kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);

    [HttpGet("{id:int}/rad/{radId:int}/bilaga/{bilagaId:int}")]
    public Task<IActionResult> Bilaga(int id, int radId, int bilagaId, [FromServices] Radvy radvy, CancellationToken ct) =>
        radvy.BilagaAsync(this, id, radId, bilagaId, ct);

    [HttpPost("{id:int}/rad/{radId:int}/bilaga/{bilagaId:int}/ta-bort")]
    public Task<IActionResult> TaBortBilaga(TaBortBilaga.Formular formular, [FromServices] TaBortBilaga kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);
}
