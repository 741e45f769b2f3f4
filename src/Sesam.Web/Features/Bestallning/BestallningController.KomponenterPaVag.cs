using Microsoft.AspNetCore.Mvc;

namespace Sesam.Web.Features.Bestallning;

public sealed partial class BestallningController
{
    [HttpGet("komponenter-pa-vag/{individnummer}")]
    public Task<IActionResult> KomponenterPaVag(string individnummer, [FromServices] KomponenterPaVagvy vy, CancellationToken ct) =>
        vy.VisaAsync(this, individnummer, ct);
}
