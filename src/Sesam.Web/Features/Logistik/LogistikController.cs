using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Bestallningar;

/// <summary>
/// Logistik at Hjälpmedelscentralen: the queue of incoming orders, and one order's handling: Starta plockning (stock is
/// reserved, a plocklista printed), Återrapportera plockning (the individer picked), Utleverera (stock drawn, devices
/// delivered, a följesedel), and a row's new planned delivery date or restnotering, which the orderer is told of
/// by message. Logistik only; every step only in the version of the order the user saw. Each use case is its own file.
/// </summary>
[Authorize(Policy = Policy.Logistik)]
[Route("logistik")]
public sealed partial class LogistikController : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(Orderstatus? status, Ordertyp? typ, bool restnoterade, [FromServices] Logistikko ko, CancellationToken ct) =>
        ko.VisaAsync(this, status, typ, restnoterade, ct);

    [HttpGet("{id:int}")]
    public Task<IActionResult> Order(int id, [FromServices] Logistikordervy vy, CancellationToken ct) => vy.VisaAsync(this, id, ct);

    [HttpPost("{id:int}/plockning")]
    public Task<IActionResult> StartaPlockning(Orderformular formular, [FromServices] StartaPlockning kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) => pipeline.KorAsync(this, kommando, formular, ct);

    [HttpPost("{id:int}/inkop")]
    public Task<IActionResult> RegistreraInkop(Orderformular formular, [FromServices] RegistreraInkop kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) => pipeline.KorAsync(this, kommando, formular, ct);

    [HttpPost("{id:int}/avbryt")]
    public Task<IActionResult> AvbrytPlockning(Orderformular formular, [FromServices] AvbrytPlockning kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) => pipeline.KorAsync(this, kommando, formular, ct);

    [HttpPost("{id:int}/plockad")]
    public Task<IActionResult> Aterrapportera(AterrapporteraPlockning.Formular formular, [FromServices] AterrapporteraPlockning kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) => pipeline.KorAsync(this, kommando, formular, ct);

    [HttpPost("{id:int}/utleverera")]
    public Task<IActionResult> Utleverera(Orderformular formular, [FromServices] Utleverera kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) => pipeline.KorAsync(this, kommando, formular, ct);

    [HttpPost("{id:int}/rad/{radId:int}/leveransdatum")]
    public Task<IActionResult> Leveransdatum(AndraLeveransdatum.Formular formular, [FromServices] AndraLeveransdatum kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) => pipeline.KorAsync(this, kommando, formular, ct);
}
