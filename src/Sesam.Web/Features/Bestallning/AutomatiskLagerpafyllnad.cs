using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Meddelanden;

/// <summary>
/// The order number of an automatic lagerpåfyllnad, taken by <see cref="SkickaBestallning"/> outside the send's
/// transaction (see Ordernummergenerator). The handler cannot take it itself inside that transaction, so it says that it
/// needs one and the send starts again with it.
/// </summary>
public sealed class Pafyllnadsnummer
{
    public string? Nummer { get; set; }

    public bool Behovs { get; private set; }

    /// <summary>The number, or null after noting that one is needed.</summary>
    public string? Ta()
    {
        Behovs = true;
        return Nummer;
    }
}

/// <summary>
/// An uttag took a förråd below its min level: orders its automatic lagerpåfyllnad in the uttag's own unit of work and
/// tells the user whose uttag it was. The saldo rows are the guard against ordering twice: each is marked while its
/// påfyllnad is on its way, and two uttag of the same saldo cannot both commit (it is versioned, and locked on PostgreSQL).
/// </summary>
public sealed class AutomatiskLagerpafyllnadHanterare(SesamDbContext db, Pafyllnadsnummer pafyllnadsnummer) : Handelsehanterare<UttagUnderMinNiva>
{
    protected override async Task<IReadOnlyList<Pdlpost>> HanteraAsync(UttagUnderMinNiva handelse, CancellationToken ct)
    {
        if (pafyllnadsnummer.Ta() is not { } ordernummer)
        {
            return [];
        }
        var uttag = handelse.Uttag;
        var central = await db.Lager.Centralt().FirstAsync(ct);
        // The refill is priced and gets its standard komponenter like any order: load what the uttag did not need.
        var artikelIds = handelse.Saldon.Select(s => s.ArtikelId).ToList();
        await db.Artiklar.Where(a => artikelIds.Contains(a.Id))
            .Include(a => a.Priser).Include(a => a.Komponenter).ThenInclude(k => k.Komponent).ThenInclude(k => k.Priser)
            .AsSplitQuery().LoadAsync(ct);
        var utlostAv = await db.Anvandare.SingleAsync(a => a.Id == uttag.RegistreradAvId, ct);
        // An uttag draws from one förråd, the tjänsteställe's own; should it ever draw from two, the other's saldon stay
        // unmarked and its påfyllnad is ordered by the next uttag there.
        var forrad = handelse.Saldon[0].Lager;
        var tjanstestalle = uttag.Tjanstestalle.ForradId == forrad.Id ? uttag.Tjanstestalle : await db.Tjanstestallen.FirstAsync(t => t.ForradId == forrad.Id, ct);
        var pafyllnad = Bestallning.NyAutomatiskLagerpafyllnad(utlostAv, tjanstestalle, central, handelse.Saldon.Where(s => s.Lager == forrad).ToList(), ordernummer, handelse.Tid);
        if (pafyllnad is not null)
        {
            db.Bestallningar.Add(pafyllnad);
            db.Meddelanden.AddRange(Meddelande.AutomatiskLagerpafyllnad(utlostAv, pafyllnad, handelse.Tid));
        }
        return [];
    }
}
