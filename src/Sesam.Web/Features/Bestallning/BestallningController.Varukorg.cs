using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

/// <summary>"Ange artiklar": the cart and its rows; an order by its complete number.</summary>
public sealed partial class BestallningController
{
    /// <summary>The cart (Ange artiklar) while it is pågående; afterwards the order's details.</summary>
    [HttpGet("{id:int}")]
    public Task<IActionResult> Visa(int id, string? artikel, string? sok, [FromServices] Varukorgsvy varukorg, CancellationToken ct) =>
        varukorg.VisaAsync(this, id, artikel, sok, ct);

    [HttpGet("nummer/{ordernummer}")]
    public Task<IActionResult> VisaNummer(string ordernummer, [FromServices] BestallningPaNummer nummer, CancellationToken ct) =>
        nummer.VisaAsync(this, ordernummer, ct);

    [HttpPost("{id:int}/rad")]
    public Task<IActionResult> LaggTill(LaggTillForm formular, [FromServices] LaggTillArtikel kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);

    [HttpGet("{id:int}/rad/{radId:int}")]
    public Task<IActionResult> Rad(int id, int radId, [FromServices] Radvy radvy, CancellationToken ct) => radvy.VisaAsync(this, id, radId, ct);

    /// <summary>The row's step: "Sök" searches components, "Fortsätt" saves.</summary>
    [HttpPost("{id:int}/rad/{radId:int}")]
    public Task<IActionResult> SparaRad(RadForm formular, [FromServices] SparaOrderrad kommando, [FromServices] Radvy radvy,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        formular.Handling == "sok" ? radvy.SokAsync(this, formular, ct) : pipeline.KorAsync(this, kommando, formular, ct);

    [HttpPost("{id:int}/rad/{radId:int}/redigera")]
    public Task<IActionResult> Redigera(RedigeraOrderrad.Formular formular, [FromServices] RedigeraOrderrad kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);

    [HttpPost("{id:int}/rad/{radId:int}/ta-bort")]
    public Task<IActionResult> TaBortRad(TaBortOrderrad.Formular formular, [FromServices] TaBortOrderrad kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);
}
