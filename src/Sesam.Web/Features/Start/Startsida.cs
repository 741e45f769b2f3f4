using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Start;

using Sesam.Domain.Bestallningar;

/// <summary>The start page: the user's pågående orders and the latest sent ones of the unit they work in.</summary>
public sealed class Startsida(SesamDbContext db, AktuellAnvandare aktuell) : IAnvandningsfall
{
    public sealed record Orderrad(int Id, string? Ordernummer, Orderstatus Status, DateTime? Skickad, int Rader, string Tjanstestalle);

    public sealed record Modell(string Namn, string Tjanstestalle, IReadOnlyList<Orderrad> Pagaende, IReadOnlyList<Orderrad> Senaste);

    public async Task<Modell> LasAsync(CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        var tjanstestalle = await aktuell.TjanstestalleAsync(ct);
        var pagaende = await Lista(db.Bestallningar.AsNoTracking()
            .Where(b => b.RegistreradAvId == anvandare.Id && b.Status == Orderstatus.Pagaende)
            .OrderByDescending(b => b.Skapad), ct);
        // Sent orders are the tjänsteställe's: the user's own among those of the unit they work in.
        var senaste = await Lista(aktuell.Avgransa(db.Bestallningar.AsNoTracking(), b => b.TjanstestalleId)
            .Where(b => (b.RegistreradAvId == anvandare.Id || b.ForskrivareId == anvandare.Id) && b.Status != Orderstatus.Pagaende)
            .OrderByDescending(b => b.Skickad), ct);
        return new Modell(anvandare.Namn, tjanstestalle.Visningsnamn, pagaende, senaste);
    }

    private static Task<List<Orderrad>> Lista(IQueryable<Bestallning> fraga, CancellationToken ct) =>
        fraga.Take(10)
            .Select(b => new Orderrad(b.Id, b.Ordernummer, b.Status, b.Skickad, b.Rader.Count, b.Tjanstestalle.Namn))
            .ToListAsync(ct);
}
