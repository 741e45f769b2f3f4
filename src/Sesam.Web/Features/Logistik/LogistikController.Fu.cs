using Microsoft.AspNetCore.Mvc;

namespace Sesam.Web.Features.Logistik;

public sealed partial class LogistikController
{
    [HttpGet("fu")]
    public Task<IActionResult> FuLista(string? fore, [FromServices] Fulista lista, CancellationToken ct) => lista.VisaAsync(this, fore, ct);
}
