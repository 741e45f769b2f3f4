using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Loggutdrag;

/// <summary>Admin: extracts of the PDL audit log for one patient or one user, on screen or as CSV.</summary>
[Authorize(Policy = Policy.Admin)]
public sealed class LoggutdragController(Loggutdragssokning loggutdrag) : Controller
{
    [HttpGet("/admin/logg")]
    public IActionResult Index() => View(loggutdrag.Tom());

    [HttpPost("/admin/logg/patient")]
    public Task<IActionResult> Patient(Loggutdragssokning.Sokning sokning, bool csv, CancellationToken ct) => loggutdrag.PatientAsync(this, sokning, csv, ct);

    [HttpGet("/admin/logg/anvandare")]
    public Task<IActionResult> Anvandare([FromQuery] Loggutdragssokning.Sokning sokning, bool csv, CancellationToken ct) =>
        loggutdrag.AnvandareAsync(this, sokning, csv, ct);
}
