using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Artiklar;

/// <summary>Sök artikel, artikelinfo and the Sortimentskatalog. The catalogue is open to every logged-in user; stock only for the lager they may see.</summary>
[Authorize(Policy = Policy.Inloggad)]
public sealed class ArtiklarController(Artikelvy vy) : Controller
{
    public const string Bas = "/artiklar";
    public const string KatalogBas = "/artiklar/katalog";

    [HttpGet(Bas)]
    public async Task<IActionResult> Index([FromQuery] Sokparametrar p, CancellationToken ct) =>
        View(await vy.SokAsync(p, p.Sok is not null || Request.Query.ContainsKey("sok"), ct));

    [HttpGet(KatalogBas)]
    public async Task<IActionResult> Katalog(CancellationToken ct) => View(await vy.KatalogAsync(ct));

    [HttpGet(KatalogBas + "/{kod}")]
    public async Task<IActionResult> Katalogkod(string kod, [FromQuery] Sokparametrar p, CancellationToken ct) =>
        await vy.KatalogkodAsync(kod, p, ct) is { } modell ? View("Katalog", modell) : NotFound();

    [HttpGet(Bas + "/{artikelnummer}")]
    public async Task<IActionResult> Artikel(string artikelnummer, CancellationToken ct) =>
        await vy.ArtikelAsync(artikelnummer, ct) is { } modell ? View(modell) : NotFound();
}
