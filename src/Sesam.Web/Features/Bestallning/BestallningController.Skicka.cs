using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

/// <summary>The cart's last steps, "Slutför beställning → Bekräfta → Skicka", and deleting it. A cart is its registrant's
/// alone (scoped in each use case's load); a sent order is its tjänsteställe's.</summary>
public sealed partial class BestallningController
{
    [HttpPost("{id:int}/ta-bort")]
    public Task<IActionResult> TaBort(TaBortVarukorg.Formular formular, [FromServices] TaBortVarukorg kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);

    [HttpGet("{id:int}/slutfor")]
    public Task<IActionResult> Slutfor(int id, [FromServices] SlutforBestallning slutfor, CancellationToken ct) =>
        slutfor.VisaAsync(this, id, ct);

    [HttpPost("{id:int}/slutfor")]
    public Task<IActionResult> SparaSlutfor(SlutforForm formular, [FromServices] SlutforBestallning kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);

    [HttpGet("{id:int}/bekrafta")]
    public Task<IActionResult> Bekrafta(int id, [FromServices] SkickaBestallning skicka, CancellationToken ct) =>
        skicka.VisaBekraftaAsync(this, id, ct);

    [HttpPost("{id:int}/skicka")]
    public Task<IActionResult> Skicka(SkickaBestallning.Formular formular, [FromServices] SkickaBestallning skicka, CancellationToken ct) =>
        skicka.SkickaAsync(this, formular, ct);

    [HttpGet("{id:int}/skickad")]
    public Task<IActionResult> Skickad(int id, [FromServices] SkickaBestallning skicka, CancellationToken ct) =>
        skicka.VisaSkickadAsync(this, id, ct);
}
