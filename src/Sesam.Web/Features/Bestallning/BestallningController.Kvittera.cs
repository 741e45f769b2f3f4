using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

public sealed partial class BestallningController
{
    /// <summary>The unit's own staff kvitterar deliveries to its förråd.</summary>
    [HttpPost("{id:int}/kvittera")]
    [Authorize(Policy = Policy.Enhetspersonal)]
    public Task<IActionResult> Kvittera(KvitteraLeverans.Formular formular, [FromServices] KvitteraLeverans kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);
}
