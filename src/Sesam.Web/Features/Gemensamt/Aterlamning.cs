using Microsoft.EntityFrameworkCore;
using Sesam.Domain.Bestallningar;
using Sesam.Data;

namespace Sesam.Web.Features.Gemensamt;

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
    public static Task<List<Sesam.Domain.Individer.Individ>> HuvudhjalpmedelAsync(SesamDbContext db, IReadOnlyCollection<int> individer, CancellationToken ct) =>
        db.Individer.Include(i => i.Komponenter)
            .Where(i => !individer.Contains(i.Id) && i.Komponenter.Any(k => k.KomponentIndividId != null && individer.Contains(k.KomponentIndividId.Value)))
            .ToListAsync(ct);

    /// <summary>
    /// Receives a hämtorder into the central warehouse with what that changes besides its devices (see
    /// <see cref="Sesam.Domain.Hamtordrar.Hamtorder.TaEmot"/>): Logistik's receipt of picked-up devices, and an avregistrering of devices already back.
    /// </summary>
    /// <returns>How many individer were scrapped, and the central warehouse.</returns>
    public static async Task<(int Skrotade, Sesam.Domain.Organisation.Lager Centrallager)> TaEmotAsync(SesamDbContext db, Sesam.Domain.Hamtordrar.Hamtorder hamtorder, DateTime tid, string? hsaId, CancellationToken ct)
    {
        var central = await db.Lager.Centralt().FirstAsync(ct);
        var individer = hamtorder.Rader.Select(r => r.Individ?.Id ?? r.IndividId).OfType<int>().ToList();
        var orderrader = hamtorder.Rader.Select(r => r.Orderrad?.Id ?? r.OrderradId).OfType<int>().ToList();
        var avgifter = await AvgifterAsync(db, individer, orderrader, ct);
        var huvudhjalpmedel = await HuvudhjalpmedelAsync(db, individer, ct);
        var artiklar = hamtorder.Rader.Where(r => r.Individ is not null).Select(r => r.Individ!.ArtikelId).Distinct().ToList();
        var saldon = await db.Lagersaldon.Where(s => s.LagerId == central.Id && artiklar.Contains(s.ArtikelId)).ToListAsync(ct);
        var skrotade = hamtorder.TaEmot(central, tid, hsaId, Saldouppslag.HamtaEllerSkapa(db, saldon), avgifter, huvudhjalpmedel);
        return (skrotade, central);
    }
}
