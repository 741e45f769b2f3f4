using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Meddelanden;

/// <summary>
/// Meddelanden: what Sesam has sent the user by itself, newest first. An unread message has an envelope; reading it
/// marks it read. The user may remove one (Ta bort meddelande → Verkställ) or all. Every address is the user's own
/// message by id: another user's answers 404.
/// </summary>
[Route("meddelanden")]
public sealed class MeddelandenController(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka) : Controller
{
    public const int MaxVisade = 200;

    public sealed record Listrad(int Id, string Avsandare, string Rubrik, DateTime Ankom, bool Last);

    public sealed record Listmodell(IReadOnlyList<Listrad> Meddelanden, int Totalt, string? Info);

    public sealed record Visamodell(Meddelande Meddelande, string? Fel);

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
        return View(new Visamodell(meddelande, null));
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
            return View("Visa", new Visamodell(meddelande, "Bocka i Ta bort meddelande och klicka på Verkställ för att ta bort meddelandet."));
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

    private IQueryable<Meddelande> Mina()
    {
        var jag = aktuell.Id;
        return db.Meddelanden.Where(m => m.AnvandareId == jag);
    }
}
