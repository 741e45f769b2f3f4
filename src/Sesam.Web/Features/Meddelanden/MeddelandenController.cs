using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Meddelanden;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Meddelanden;

/// <summary>
/// Meddelanden: what Sesam has sent the user by itself, newest first. An unread message has an envelope; reading it
/// marks it read. The user may remove one (Ta bort meddelande → Verkställ) or all. Every address is the user's own
/// message by id: another user's answers 404. A message about another of the user's tjänsteställen than the one they
/// work in says so and offers to switch to it before following the link; one about a tjänsteställe they are no longer
/// linked to offers no link, since the page behind it would answer 404.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
[Route("meddelanden")]
public sealed class MeddelandenController(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka) : Controller
{
    public const int MaxVisade = 200;

    public sealed record Listrad(int Id, string Avsandare, string Rubrik, DateTime Ankom, bool Last);

    public sealed record Listmodell(IReadOnlyList<Listrad> Meddelanden, int Totalt, string? Info);

    /// <summary>Whether the user can follow the link as they work now, after switching to one of their own tjänsteställen, or not at all.</summary>
    public enum Atkomst
    {
        Oppna,
        EfterByte,
        Ingen,
    }

    /// <summary>The tjänsteställe the message's link concerns, and the one the user works in; null when the link concerns none (or its target is gone).</summary>
    public sealed record Malstalle(int Id, string Namn, Atkomst Atkomst, string Aktivt);

    public sealed record Visamodell(Meddelande Meddelande, Malstalle? Tjanstestalle, string? Fel);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var mina = Mina();
        var meddelanden = await mina.AsNoTracking().OrderByDescending(m => m.Ankom).ThenByDescending(m => m.Id).Take(MaxVisade)
            .Select(m => new Listrad(m.Id, m.Avsandare, m.Rubrik, m.Ankom, m.Last != null))
            .ToListAsync(ct);
        var totalt = meddelanden.Count < MaxVisade ? meddelanden.Count : await mina.CountAsync(ct);
        return View(new Listmodell(meddelanden, totalt, TempData["Meddelande"] as string));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Visa(int id, CancellationToken ct)
    {
        var meddelande = await Mina().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meddelande is null)
        {
            return NotFound();
        }
        if (!meddelande.ArLast)
        {
            meddelande.MarkeraLast(klocka.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }
        return View(new Visamodell(meddelande, await MalstalleAsync(meddelande, ct), null));
    }

    /// <summary>"Ta bort meddelande" ticked, then "Verkställ".</summary>
    [HttpPost("{id:int}")]
    public async Task<IActionResult> Verkstall(int id, bool taBort, CancellationToken ct)
    {
        var meddelande = await Mina().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meddelande is null)
        {
            return NotFound();
        }
        if (!taBort)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Visa", new Visamodell(meddelande, await MalstalleAsync(meddelande, ct), "Bocka i Ta bort meddelande och klicka på Verkställ för att ta bort meddelandet."));
        }
        db.Meddelanden.Remove(meddelande);
        await db.SaveChangesAsync(ct);
        TempData["Meddelande"] = "Meddelandet är borttaget.";
        return Redirect("/meddelanden");
    }

    [HttpPost("ta-bort-alla")]
    public async Task<IActionResult> TaBortAlla(CancellationToken ct)
    {
        var antal = await Mina().ExecuteDeleteAsync(ct);
        TempData["Meddelande"] = antal switch { 0 => "Det fanns inga meddelanden att ta bort.", 1 => "1 meddelande är borttaget.", _ => $"{antal} meddelanden är borttagna." };
        return Redirect("/meddelanden");
    }

    /// <summary>
    /// Reads only which tjänsteställe the linked order, hämtorder, arbetsorder or felrapport belongs to, not the data
    /// itself: the page behind the link keeps deciding what the user sees.
    /// </summary>
    private async Task<Malstalle?> MalstalleAsync(Meddelande meddelande, CancellationToken ct)
    {
        var tjanstestalleId = meddelande.Mal switch
        {
            { Typ: Lanktyp.Bestallning, Id: { } id } => await db.Bestallningar.Where(b => b.Id == id).Select(b => (int?)b.TjanstestalleId).SingleOrDefaultAsync(ct),
            { Typ: Lanktyp.Bestallning, Nummer: { } nummer } => await db.Bestallningar.Where(b => b.Ordernummer == nummer).Select(b => (int?)b.TjanstestalleId).SingleOrDefaultAsync(ct),
            { Typ: Lanktyp.Hamtorder, Nummer: { } nummer } => await db.Hamtordrar.Where(h => h.Hamtordernummer == nummer).Select(h => (int?)h.TjanstestalleId).SingleOrDefaultAsync(ct),
            { Typ: Lanktyp.Arbetsorder, Nummer: { } nummer } => await db.Arbetsordrar.Where(a => a.Arbetsordernummer == nummer).Select(a => (int?)a.TjanstestalleId).SingleOrDefaultAsync(ct),
            { Typ: Lanktyp.Felrapport, Nummer: { } nummer } => await db.Felrapporter.Where(f => f.Felrapportnummer == nummer).Select(f => (int?)f.TjanstestalleId).SingleOrDefaultAsync(ct),
            _ => null,
        };
        if (tjanstestalleId is not { } malId)
        {
            return null;
        }
        var huvud = await aktuell.SidhuvudAsync(ct);
        var namn = huvud.Tjanstestallen.FirstOrDefault(t => t.Id == malId).Visningsnamn
            ?? await db.Tjanstestallen.Where(t => t.Id == malId).Select(t => t.Kod + " " + t.Namn).SingleAsync(ct);
        var atkomst = aktuell.FarSe(malId) ? Atkomst.Oppna
            : huvud.Tjanstestallen.Any(t => t.Id == malId) ? Atkomst.EfterByte
            : Atkomst.Ingen;
        return new Malstalle(malId, namn, atkomst, huvud.AktivtTjanstestalle);
    }

    private IQueryable<Meddelande> Mina()
    {
        var jag = aktuell.Id;
        return db.Meddelanden.Where(m => m.AnvandareId == jag);
    }
}
