using Microsoft.EntityFrameworkCore;
using Sesam.Domain;

namespace Sesam.Data;

/// <summary>What devices coming back (a received hämtorder, a retur) change besides themselves, read tracked.</summary>
public static class Aterlamning
{
    /// <summary>The patient fees still to be invoiced for these individer and order rows: a return may drop them (90-day rule).</summary>
    public static Task<List<Patientavgift>> AvgifterAsync(SesamDbContext db, IReadOnlyCollection<int> individer, IReadOnlyCollection<int> orderrader, CancellationToken ct) =>
        db.Patientavgifter
            .Where(a => a.Status == Faktureringsstatus.SkaFaktureras
                && ((a.IndividId != null && individer.Contains(a.IndividId.Value)) || orderrader.Contains(a.OrderradId)))
            .ToListAsync(ct);

    /// <summary>The individer, other than these, that have one of these as a komponent: a komponent coming back alone leaves them.</summary>
    public static Task<List<Individ>> HuvudhjalpmedelAsync(SesamDbContext db, IReadOnlyCollection<int> individer, CancellationToken ct) =>
        db.Individer.Include(i => i.Komponenter)
            .Where(i => !individer.Contains(i.Id) && i.Komponenter.Any(k => k.KomponentIndividId != null && individer.Contains(k.KomponentIndividId.Value)))
            .ToListAsync(ct);
}
