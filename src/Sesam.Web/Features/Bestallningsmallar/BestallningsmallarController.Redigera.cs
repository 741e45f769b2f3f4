using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;

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
    /// beside the form (<paramref name="sok"/>) stays on the page.</summary>
    /// <param name="sokt">The search term the hits on the page are for.</param>
    /// <param name="enter">Sent by the form's first, hidden button, which Enter in any of its fields clicks.</param>
    [HttpPost("{id:int}/redigera")]
    [Authorize(Policy = Policy.EnhetspersonalEllerAdmin)]
    public async Task<IActionResult> Spara(int id, Bestallningsmallvy.Redigeringsformular formular, string? sok, string? sokt, bool enter,
        [FromServices] AndraBestallningsmall andra, CancellationToken ct)
    {
        // The search box is one of the form's fields, so Enter there lands here too: after a new term the user meant Sök,
        // and saving what they had not asked to save would surprise them. Enter in any other field saves, as before.
        if (enter && sok?.Trim() != sokt?.Trim())
        {
            return await SokArtiklar(id, formular, sok, ct);
        }
        ModelState.Clear();
        return await andra.SparaAsync(this, id, formular, sok, ct);
    }

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

    /// <summary>
    /// "+" on a search hit: the artikel joins the mall with antal 1, to be adjusted under Artiklar i mallen. The button
    /// submits the whole edit form, so what the user typed but has not saved comes back on the page as typed.
    /// </summary>
    [HttpPost("{id:int}/artikel")]
    [Authorize(Policy = Policy.EnhetspersonalEllerAdmin)]
    public Task<IActionResult> LaggTill(int id, Bestallningsmallvy.Redigeringsformular formular, string? artikelnummer, string? sok,
        [FromServices] AndraBestallningsmall andra, CancellationToken ct)
    {
        ModelState.Clear();
        return andra.LaggTillAsync(this, id, formular, artikelnummer, sok, ct);
    }

    /// <summary>"×" on a row: like +, it submits the whole edit form and keeps the other rows' unsaved antal.</summary>
    [HttpPost("{id:int}/rad/{radId:int}/ta-bort")]
    [Authorize(Policy = Policy.EnhetspersonalEllerAdmin)]
    public Task<IActionResult> TaBortRad(int id, int radId, Bestallningsmallvy.Redigeringsformular formular, string? sok,
        [FromServices] AndraBestallningsmall andra, CancellationToken ct)
    {
        ModelState.Clear();
        return andra.TaBortRadAsync(this, id, radId, formular, sok, ct);
    }
}
