using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Katalog;

/// <summary>
/// Mottagare/Patient: find a patient by personnummer (posted, never in a URL) or a vårdenhet by kundnummer, then
/// the mottagare's page addressed by its database id, with the tabs of the manual and the Hjälpmedelslista PDF.
/// Every view and change is PDL-logged.
/// </summary>
[Authorize(Policy = Policy.SerPatienter)]
public sealed partial class MottagareController : Controller
{
    [HttpGet("/mottagare")]
    public IActionResult Index() => View(SokMottagare.Tom);

    [HttpPost("/mottagare")]
    public Task<IActionResult> Sok(string? personnummer, string? kundnummer, string? sok, [FromServices] SokMottagare sokning, CancellationToken ct) =>
        sokning.SokAsync(this, personnummer, kundnummer, sok, ct);

    [HttpGet("/mottagare/{id:int}")]
    public Task<IActionResult> Visa(int id, string? flik, string? iso, Artikeltyp? artikeltyp, bool endastIndivider, Debiteringsform? debiteringsform,
        [FromServices] Mottagarvy vy, CancellationToken ct) =>
        vy.VisaAsync(this, id, flik, new Mottagarbild.Filter(string.IsNullOrWhiteSpace(iso) ? null : iso.Trim(), artikeltyp, endastIndivider, debiteringsform), null, null, ct);

    [HttpGet("/mottagare/{id:int}/komponenter/{individId:int}")]
    public Task<IActionResult> Komponenter(int id, int individId, [FromServices] Mottagarvy vy, CancellationToken ct) =>
        vy.KomponenterAsync(this, id, individId, ct);

    [HttpPost("/mottagare/{id:int}/telefon")]
    public Task<IActionResult> Telefon(AndraTelefon.Formular formular, [FromServices] AndraTelefon kommando, [FromServices] Kommandopipeline pipeline,
        CancellationToken ct) => pipeline.KorAsync(this, kommando, formular, ct);

    [HttpGet("/mottagare/{id:int}/hjalpmedelslista")]
    public Task<IActionResult> SkrivUtHjalpmedelslista(int id, [FromServices] Hjalpmedelslista lista, CancellationToken ct) =>
        lista.SkrivUtAsync(this, id, ct);
}
