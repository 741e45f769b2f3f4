using Microsoft.AspNetCore.Mvc;

namespace Sesam.Web.Features.Mottagare;

/// <summary>"Registrera/skapa → Låneförbindelse" for the devices the patient has now.</summary>
public sealed partial class MottagareController
{
    [HttpGet("/mottagare/{id:int}/laneforbindelse")]
    public Task<IActionResult> Laneforbindelse(int id, [FromServices] Laneforbindelsevy vy, CancellationToken ct) =>
        vy.VisaAsync(this, id, ct);

    [HttpPost("/mottagare/{id:int}/laneforbindelse")]
    public Task<IActionResult> SkapaLaneforbindelse(SkapaLaneforbindelse.Formular formular, [FromServices] SkapaLaneforbindelse skapa, CancellationToken ct) =>
        skapa.KorAsync(this, formular, ct);
}
