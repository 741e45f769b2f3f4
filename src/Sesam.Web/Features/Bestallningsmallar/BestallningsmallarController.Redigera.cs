using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallningsmallar;

/// <summary>The edit page: who may edit is each route's policy (not the partial class's: that would bind every route of
/// the controller); which mallar they find is the query's scope.</summary>
public sealed partial class BestallningsmallarController
{
    [HttpGet("{id:int}/redigera")]
    [Authorize(Policy = Policy.EnhetspersonalEllerAdmin)]
    public async Task<IActionResult> Redigera(int id, string? sok, CancellationToken ct)
    {
        if (await vy.HuvudAsync(id, ct) is not { KanAndra: true } mall)
        {
            return NotFound();
        }
        var formular = await vy.FormularAsync(mall, ct);
        return View("Redigera", await vy.RedigeraVyAsync(mall, formular, sok, new Dictionary<string, string>(), TempData["Meddelande"] as string, ct));
    }

    /// <summary>"Spara ändringar": name, description and every row's antal, in the version the user saw. The artikel search
    /// beside the form (its Sok) stays on the page.</summary>
    /// <param name="sokt">The search term the hits on the page are for.</param>
    /// <param name="enter">Sent by the form's first, hidden button, which Enter in any of its fields clicks.</param>
    [HttpPost("{id:int}/redigera")]
    [Authorize(Policy = Policy.EnhetspersonalEllerAdmin)]
    public async Task<IActionResult> Spara(SparaBestallningsmall.Formular formular, string? sokt, bool enter,
        [FromServices] SparaBestallningsmall kommando, [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        // The search box is one of the form's fields, so Enter there lands here too: after a new term the user meant Sök,
        // and saving what they had not asked to save would surprise them. Enter in any other field saves, as before.
        enter && formular.Sok?.Trim() != sokt?.Trim()
            ? await SokArtiklar(formular.Id, formular, formular.Sok, ct)
            : await pipeline.KorAsync(this, kommando, formular, ct);

    /// <summary>
    /// "Sök" of Lägg till artiklar: the hits for <paramref name="sok"/>, with the edit form as the user left it. The search
    /// box and its button belong to the edit form, so the name, description and antal typed but not saved come back as
    /// typed, in the version the user saw; nothing is saved.
    /// </summary>
    [HttpPost("{id:int}/sok")]
    [Authorize(Policy = Policy.EnhetspersonalEllerAdmin)]
    public async Task<IActionResult> SokArtiklar(int id, Bestallningsmallvy.Redigeringsformular formular, string? sok, CancellationToken ct)
    {
        ModelState.Clear();
        if (await vy.HuvudAsync(id, ct) is not { KanAndra: true } mall)
        {
            return NotFound();
        }
        // An empty box is a search too here, so that it gets the minimum length message.
        return View("Redigera", await vy.RedigeraVyAsync(mall, formular, sok ?? "", new Dictionary<string, string>(), null, ct));
    }

    /// <summary>"+" on a search hit: the whole edit form, with the artikel to add.</summary>
    [HttpPost("{id:int}/artikel")]
    [Authorize(Policy = Policy.EnhetspersonalEllerAdmin)]
    public Task<IActionResult> LaggTill(LaggTillMallartikel.Formular formular, [FromServices] LaggTillMallartikel kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);

    /// <summary>"×" on a row: the whole edit form, with the row to remove.</summary>
    [HttpPost("{id:int}/rad/{radId:int}/ta-bort")]
    [Authorize(Policy = Policy.EnhetspersonalEllerAdmin)]
    public Task<IActionResult> TaBortRad(TaBortMallrad.Formular formular, [FromServices] TaBortMallrad kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);
}
