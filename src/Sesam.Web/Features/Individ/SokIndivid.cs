using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Data.Sql;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Individ;

using Sesam.Domain.Individer;

/// <summary>"Sök individ" over the whole region, as in the manual: individnummer or serienummer, partial or with *,
/// through the measured statement <see cref="ISqlfragor.SokIndividerAsync"/>.</summary>
public sealed class SokIndivid(SesamDbContext db) : IAnvandningsfall
{
    public const int MaxTraffar = 200;

    public sealed record Sokmodell(string? Sok, string? Fel, IReadOnlyList<Individtraff> Traffar, bool FlerTraffar);

    public async Task<IActionResult> KorAsync(Controller controller, string? sok, CancellationToken ct)
    {
        if (sok is null)
        {
            return controller.View("Index", new Sokmodell(null, null, [], false));
        }
        if (!Individsokning.TryTolka(sok, out var sokning, out var fel))
        {
            return controller.View("Index", new Sokmodell(sok, fel, [], false));
        }
        var traffar = await SokAsync(sokning, ct);
        return controller.View("Index", new Sokmodell(sok, null, traffar.Take(MaxTraffar).ToList(), traffar.Count > MaxTraffar));
    }

    /// <summary>The hits, with the earlier individnummer shown for those found only through one.</summary>
    private async Task<List<Individtraff>> SokAsync(Individsokning sokning, CancellationToken ct)
    {
        var traffar = await db.Sqlfragor.SokIndividerAsync(sokning, MaxTraffar + 1, ct);
        // Only a hit found through an earlier individnummer shows that number; usually every hit matched directly.
        var viaHistorik = traffar.Where(t => !sokning.Matchar(t.Individnummer) && !sokning.Matchar(t.Serienummer))
            .Select(t => t.Id).ToList();
        var tidigare = viaHistorik.Count == 0
            ? []
            : await db.Set<IndividHandelse>().AsNoTracking()
                .Where(h => viaHistorik.Contains(h.IndividId) && h.TidigareIndividnummer != null)
                .Select(h => new { h.IndividId, Nummer = h.TidigareIndividnummer! })
                .ToListAsync(ct);
        return traffar.Select(t => t with
        {
            TidigareNummer = tidigare.FirstOrDefault(h => h.IndividId == t.Id && sokning.Matchar(h.Nummer))?.Nummer,
        }).ToList();
    }
}
