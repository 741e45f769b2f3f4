using Microsoft.AspNetCore.Mvc;

namespace Sesam.Web.Features.Bestallning;

public sealed partial class BestallningController
{
    [HttpGet("{id:int}/laneforbindelse")]
    public Task<IActionResult> Laneforbindelse(int id, [FromServices] SkapaLaneforbindelse laneforbindelse, CancellationToken ct) =>
        laneforbindelse.VisaAsync(this, id, ct);

    [HttpPost("{id:int}/laneforbindelse")]
    public Task<IActionResult> SkapaLaneforbindelse(SkapaLaneforbindelse.Formular formular, [FromServices] SkapaLaneforbindelse laneforbindelse,
        CancellationToken ct) =>
        laneforbindelse.SkapaAsync(this, formular, ct);
}
