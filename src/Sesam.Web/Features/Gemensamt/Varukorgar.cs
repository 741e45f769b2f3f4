using Microsoft.EntityFrameworkCore;
using Sesam.Data;

namespace Sesam.Web.Features.Gemensamt;

using Sesam.Domain.Bestallningar;

/// <summary>A user's cart (a pågående beställning is the cart itself), loaded for changing or sending it.</summary>
public static class Varukorgar
{
    /// <summary>The cart with everything its steps and sending need, tracked; null unless the user registered it.</summary>
    public static Task<Bestallning?> LaddaAsync(SesamDbContext db, int bestallningId, int anvandareId, CancellationToken ct) =>
        db.Bestallningar
            .Include(b => b.Mottagare)
            .Include(b => b.Tjanstestalle)
            .Include(b => b.Rader).ThenInclude(r => r.Artikel)
            .Include(b => b.Rader).ThenInclude(r => r.KallLager)
            .Include(b => b.Rader).ThenInclude(r => r.Individ).ThenInclude(i => i!.Lager)
            .Include(b => b.Rader).ThenInclude(r => r.Individ).ThenInclude(i => i!.Komponenter)
            .Include(b => b.Rader).ThenInclude(r => r.Komponenter).ThenInclude(k => k.Artikel)
            .SingleOrDefaultAsync(b => b.Id == bestallningId && b.RegistreradAvId == anvandareId, ct);

    /// <summary>As <see cref="LaddaAsync"/>, null also once it is sent: then it is no longer a cart to change.</summary>
    public static async Task<Bestallning?> LaddaPagaendeAsync(SesamDbContext db, int bestallningId, int anvandareId, CancellationToken ct) =>
        await LaddaAsync(db, bestallningId, anvandareId, ct) is { Status: Orderstatus.Pagaende } varukorg ? varukorg : null;
}
