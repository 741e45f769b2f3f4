using Microsoft.AspNetCore.Mvc;

namespace Sesam.Web.Features.Logistik;

public sealed partial class LogistikController
{
    [HttpGet("{id:int}/plocklista")]
    public Task<IActionResult> Plocklista(int id, [FromServices] Logistikutskrifter utskrifter, CancellationToken ct) =>
        utskrifter.PlocklistaAsync(this, id, ct);

    [HttpGet("{id:int}/foljesedel/{nummer:int}")]
    public Task<IActionResult> Foljesedel(int id, int nummer, [FromServices] Logistikutskrifter utskrifter, CancellationToken ct) =>
        utskrifter.FoljesedelAsync(this, id, nummer, ct);
}
