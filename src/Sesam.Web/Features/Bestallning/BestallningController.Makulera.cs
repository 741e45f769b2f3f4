using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

public sealed partial class BestallningController
{
    [HttpPost("{id:int}/makulera")]
    [Authorize(Policy = Policy.Makulera)]
    public Task<IActionResult> Makulera(MakuleraBestallning.Formular formular, [FromServices] MakuleraBestallning kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);
}
