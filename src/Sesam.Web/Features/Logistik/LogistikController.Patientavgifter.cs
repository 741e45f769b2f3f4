using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Logistik;

public sealed partial class LogistikController
{
    [HttpGet("patientavgifter")]
    public Task<IActionResult> Patientavgifter([FromServices] Patientavgiftsvy vy, CancellationToken ct) => vy.VisaAsync(this, ct);

    [HttpPost("patientavgifter")]
    public Task<IActionResult> Fakturera(FaktureraPatientavgifter.Formular formular, [FromServices] FaktureraPatientavgifter kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) => pipeline.KorAsync(this, kommando, formular, ct);

    /// <summary>A CSV download, not a form.</summary>
    [HttpGet("patientavgifter/underlag")]
    public Task<IActionResult> Fakturaunderlag(DateOnly? datum, [FromServices] Fakturaunderlag underlag, CancellationToken ct) =>
        underlag.HamtaAsync(this, datum, ct);
}
