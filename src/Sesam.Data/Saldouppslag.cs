using Microsoft.EntityFrameworkCore;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Organisation;

namespace Sesam.Data;

public static class Saldouppslag
{
    /// <summary>
    /// The saldo of an artikel in a lager among <paramref name="saldon"/>, the tracked ones already read; a missing one
    /// is created at zero and added, so a domain method can draw from or add to any lager and artikel it meets.
    /// </summary>
    public static Func<Lager, Artikel, Lagersaldo> HamtaEllerSkapa(SesamDbContext db, List<Lagersaldo> saldon) => (lager, artikel) =>
    {
        var saldo = saldon.FirstOrDefault(s => s.LagerId == lager.Id && s.ArtikelId == artikel.Id);
        if (saldo is null)
        {
            saldo = new Lagersaldo(lager, artikel);
            saldon.Add(saldo);
            db.Lagersaldon.Add(saldo);
        }
        return saldo;
    };

    /// <summary>Whether this change created a saldo row: when its save is refused, a concurrent change may have created
    /// the same row first (one per lager and artikel), which is a conflict to answer, not a fault.</summary>
    public static bool SkaparSaldorad(SesamDbContext db) =>
        db.ChangeTracker.Entries<Lagersaldo>().Any(e => e.State == EntityState.Added);
}
