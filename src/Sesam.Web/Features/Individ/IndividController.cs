using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Individ;

/// <summary>
/// Individ search and the individkort, for everyone: a device label must be traceable from any unit. The individ is
/// changed by the users of the tjänsteställe whose förråd holds it, and by Logistik and Admin (the changes'
/// <see cref="Policy.Forradsobjekt"/> check); aktiviteter by Logistik.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
public sealed class IndividController : Controller
{
    [HttpGet("/individ")]
    public Task<IActionResult> Index(string? sok, [FromServices] SokIndivid sokning, CancellationToken ct) => sokning.KorAsync(this, sok, ct);

    [HttpGet("/individ/{nummer}")]
    public Task<IActionResult> Kort(string nummer, string? flik, [FromServices] Individkort kort, CancellationToken ct) => kort.KorAsync(this, nummer, flik, ct);

    [HttpPost("/individ/{nummer}/flytta")]
    public Task<IActionResult> Flytta(FlyttaIndivid.Formular formular, [FromServices] FlyttaIndivid kommando, [FromServices] Kommandopipeline pipeline,
        CancellationToken ct) => pipeline.KorAsync(this, kommando, formular, ct);

    [HttpPost("/individ/{nummer}/textinformation")]
    public Task<IActionResult> Textinformation(AndraTextinformation.Formular formular, [FromServices] AndraTextinformation kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) => pipeline.KorAsync(this, kommando, formular, ct);

    /// <summary>"Registrera aktivitet": FU or AU done by Hjälpmedel's technicians. Logistik registers them, for any individ.</summary>
    [HttpPost("/individ/{nummer}/aktivitet")]
    [Authorize(Policy = Policy.Logistik)]
    public Task<IActionResult> RegistreraAktivitet(RegistreraAktivitet.Formular formular, [FromServices] RegistreraAktivitet kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) => pipeline.KorAsync(this, kommando, formular, ct);

    [HttpPost("/individ/{nummer}/byt-individnummer")]
    public Task<IActionResult> BytIndividnummer(BytIndividnummer.Formular formular, [FromServices] BytIndividnummer kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) => pipeline.KorAsync(this, kommando, formular, ct);
}
