using Microsoft.EntityFrameworkCore;
using Sesam.Data;

namespace Sesam.Web.Features.Gemensamt;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Organisation;

/// <summary>The user's pågående lagerpåfyllnad to a förråd: started from the Beställning page or from a beställningsmall.</summary>
public static class Lagerpafyllnader
{
    public const string AndradSamtidigt =
        "Beställningen ändrades samtidigt, t.ex. skickades den i en annan flik eller lades en artikel till två gånger. Artikeln är inte tillagd; kontrollera beställningen och försök igen.";

    /// <summary>The id of the user's pågående lagerpåfyllnad to <paramref name="lagerId"/>, the newest if several.</summary>
    public static Task<int?> PagaendeAsync(SesamDbContext db, int anvandareId, int lagerId, CancellationToken ct) =>
        db.Bestallningar
            .Where(b => b.RegistreradAvId == anvandareId && b.Status == Orderstatus.Pagaende && b.Ordertyp == Ordertyp.Lagerpafyllnad
                && b.MottagandeLagerId == lagerId)
            .OrderByDescending(b => b.Skapad)
            .Select(b => (int?)b.Id)
            .FirstOrDefaultAsync(ct);

    /// <summary>
    /// Continues the user's pågående lagerpåfyllnad to the tjänsteställe's förråd rather than starting a second one
    /// beside it; otherwise creates and saves one. <paramref name="samleverans"/> applies to a new one (a mall's is
    /// delivered together, as the manual's "Samleverans är automatiskt ifylld").
    /// </summary>
    /// <returns>The id, and whether it was created now.</returns>
    public static async Task<(int Id, bool Ny)> HamtaEllerSkapaAsync(SesamDbContext db, Anvandare anvandare, Tjanstestalle tjanstestalle, DateTime tid,
        bool samleverans, CancellationToken ct)
    {
        var forrad = tjanstestalle.Forrad ?? throw new DomainException($"{tjanstestalle.Visningsnamn} har inget eget förråd att fylla på.");
        if (await PagaendeAsync(db, anvandare.Id, forrad.Id, ct) is { } pagaende)
        {
            if (samleverans)
            {
                var befintlig = await db.Bestallningar.SingleAsync(b => b.Id == pagaende, ct);
                if (!befintlig.Samleverans)
                {
                    befintlig.AngeSamleverans(true);
                    await db.SaveChangesAsync(ct);
                }
            }
            return (pagaende, false);
        }
        var bestallning = Bestallning.NyLagerpafyllnad(anvandare, tjanstestalle, forrad, tid);
        bestallning.AngeSamleverans(samleverans);
        db.Bestallningar.Add(bestallning);
        try
        {
            await db.SaveChangesAsync(ct);
            return (bestallning.Id, true);
        }
        catch (DbUpdateException)
        {
            // A second click a moment earlier started it (the unique index on pågående lagerpåfyllnader): continue that one.
            db.ChangeTracker.Clear();
            if (await PagaendeAsync(db, anvandare.Id, forrad.Id, ct) is { } forst)
            {
                return (forst, false);
            }
            throw;
        }
    }
}
