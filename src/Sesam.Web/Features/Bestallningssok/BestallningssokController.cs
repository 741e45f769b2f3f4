using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Domain.Bestallningar;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Bestallningssok;

/// <summary>
/// Sök beställning and Sök levererade kundorder: the orders of the tjänsteställe the user works in (every unit's for
/// Logistik and Admin), scoped in their queries.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
[Route("bestallning/sok")]
public sealed class BestallningssokController : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(string? nummer, int? dagar, Ordertypval? typ, Orderstatus? status, bool mina, string? anvandarid, int? tjanstestalle,
        string? sortera, bool stigande, [FromServices] Bestallningssokning sokning, CancellationToken ct) =>
        sokning.SokAsync(this, nummer, dagar, typ, status, mina, anvandarid, tjanstestalle, sortera, stigande, ct);

    [HttpGet("levererade")]
    public Task<IActionResult> Levererade(string? kundorder, string? foljesedel, [FromServices] Levereradesok sok, CancellationToken ct) =>
        sok.SokAsync(this, kundorder, foljesedel, ct);
}
