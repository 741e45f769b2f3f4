using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Start;

[Authorize(Policy = Policy.Inloggad)]
public sealed class StartController(Startsida sida) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await sida.LasAsync(ct));
}
