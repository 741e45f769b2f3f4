using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Lager;

using Sesam.Domain.Katalog;

/// <summary>
/// Lagersaldo of the unit's own store and the Lagersaldorapport (<see cref="Lagervy"/>, <see cref="Lagersaldorapport"/>).
/// Every logged-in user sees the förråd of the tjänsteställe they work in; the lager is scoped in the query.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
public sealed class LagerController : Controller
{
    [HttpGet("/lager")]
    public Task<IActionResult> Index(int? lager, string? flik, string? sok, string? artikel, Artikeltyp? artikeltyp, [FromServices] Lagervy vy,
        Saldourval saldo = Saldourval.MedSaldo, CancellationToken ct = default) =>
        vy.VisaAsync(this, lager, flik, sok, artikel, artikeltyp, saldo, ct);

    /// <summary>A PDF download, not a form.</summary>
    [HttpGet("/lager/{lager:int}/lagersaldorapport")]
    public Task<IActionResult> Lagersaldorapport(int lager, [FromServices] Lagersaldorapport rapport, CancellationToken ct) =>
        rapport.SkrivUtAsync(this, lager, ct);
}
