using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Individer;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>
/// The devices a user picked to give back, with a hämtorder or a retur: read tracked for the change, claimed against a
/// concurrent one, and named when another user put one on a hämtorder first.
/// </summary>
public sealed class Aterlamningsval(SesamDbContext db, AktuellAnvandare aktuell) : IAnvandningsfall
{
    /// <summary>The mottagare giving back, tracked, and the active tjänsteställe, which registers the change.</summary>
    /// <param name="Bytt">The page was shown for another tjänsteställe: the user switched in another tab, and the change
    /// must not move to the new one silently.</param>
    public sealed record Borjan(Mottagare Mottagare, Tjanstestalle Tjanstestalle, bool Bytt);

    /// <returns>Null when there is no such mottagare.</returns>
    public async Task<Borjan?> BorjaAsync(int id, int? visatTjanstestalle, CancellationToken ct)
    {
        var mottagare = await db.Mottagare.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mottagare is null)
        {
            return null;
        }
        var tjanstestalle = await aktuell.TjanstestalleAsync(ct);
        return new Borjan(mottagare, tjanstestalle, visatTjanstestalle is { } visat && visat != tjanstestalle.Id);
    }

    /// <summary>An individ chosen to go back, with the individmärkta komponenter that follow it.</summary>
    public sealed record ValdIndivid(Individ Individ, IReadOnlyList<Individ> Komponenter);

    /// <summary>The message when another user returned, moved or put one of the chosen devices on a hämtorder at the same moment.</summary>
    public static string AndradesNyss(string vad) =>
        $"Någon ändrade nyss ett av de valda hjälpmedlen, t.ex. med en retur eller en annan hämtorder. {vad} är inte sparad; listan nedan är uppdaterad, kontrollera valet och försök igen.";

    /// <summary>
    /// The chosen individer (with their komponenter) and order rows that the mottagare still holds, tracked for a change;
    /// <c>Saknas</c> when any of them is no longer there. An individ ticked together with the huvudhjälpmedel it belongs
    /// to already follows that one; a komponent individ already on an open hämtorder is on its way back and does not
    /// follow again.
    /// </summary>
    public async Task<(List<ValdIndivid> Individer, List<Orderrad> Rader, bool Saknas)> ValdaAsync(int id, int[] individIds, int[] radIds, CancellationToken ct)
    {
        var individer = await db.Individer
            .Include(i => i.Artikel)
            .Include(i => i.Komponenter).ThenInclude(k => k.KomponentIndivid!).ThenInclude(k => k.Artikel)
            .Where(i => individIds.Contains(i.Id) && i.MottagareId == id && i.Status == Individstatus.Levererad)
            .ToListAsync(ct);
        var rader = await db.Orderrader
            .Include(r => r.Artikel).Include(r => r.Bestallning)
            .Where(r => radIds.Contains(r.Id) && r.Bestallning.MottagareId == id && r.Status == Radstatus.Levererad && r.IndividId == null
                && r.AterlamnadDatum == null)
            .ToListAsync(ct);
        var foljer = individer.SelectMany(i => i.Komponenter).Select(k => k.KomponentIndividId).OfType<int>().ToHashSet();
        var redanPaVag = await db.Hamtorderrader.Where(r => r.Oppen && r.IndividId != null && foljer.Contains(r.IndividId.Value)).Select(r => r.IndividId!.Value).ToListAsync(ct);
        // Only komponenter the mottagare still holds follow: one elsewhere is neither taken along nor claimed.
        var valda = individer.Where(i => !foljer.Contains(i.Id))
            .Select(i => new ValdIndivid(i, i.Komponenter.Select(k => k.KomponentIndivid).OfType<Individ>()
                .Where(k => k.MottagareId == id && k.Status == Individstatus.Levererad && !redanPaVag.Contains(k.Id)).ToList()))
            .ToList();
        return (valda, rader, individer.Count < individIds.Distinct().Count() || rader.Count < radIds.Distinct().Count());
    }

    /// <summary>
    /// A hämtorder and a retur of the same device must not both succeed: each claims the individer (komponenter
    /// included) and the orders of the rows it takes, so the later of two concurrent ones fails its concurrency check.
    /// </summary>
    public void GorAnsprak(IEnumerable<ValdIndivid> individer, IEnumerable<Orderrad> rader)
    {
        foreach (var individ in individer.SelectMany(v => v.Komponenter.Prepend(v.Individ)))
        {
            db.GorAnsprak(individ);
        }
        foreach (var bestallning in rader.Select(r => r.Bestallning).Distinct())
        {
            db.GorAnsprak(bestallning);
        }
    }

    /// <summary>Which of the devices that were to go on the hämtorder (komponenter included) are on an open hämtorder now.</summary>
    public async Task<List<string>> UpptagnaAsync(List<int> individer, int[] rader, CancellationToken ct) =>
        await db.Hamtorderrader.AsNoTracking()
            .Where(h => h.Oppen && ((h.IndividId != null && individer.Contains(h.IndividId.Value)) || (h.OrderradId != null && rader.Contains(h.OrderradId.Value))))
            .Select(h => h.Individ != null ? "individ " + h.Individ.Individnummer : "artikel " + h.Artikel.Artikelnummer)
            .ToListAsync(ct);
}
