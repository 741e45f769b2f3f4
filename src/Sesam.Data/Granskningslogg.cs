using System.Data;
using Microsoft.EntityFrameworkCore;
using Sesam.Domain;

namespace Sesam.Data;

/// <summary>
/// Appends entries to the PDL audit log. Entries form a hash chain, so appends are serialised: in this process by a
/// semaphore, across processes by a database lock (an advisory lock on PostgreSQL; SQLite has one writer anyway).
/// Each append uses its own context and transaction, so it never saves or rolls back the caller's changes.
/// </summary>
public sealed class Granskningslogg(DbContextOptions<SesamDbContext> options, TimeProvider klocka)
{
    private static readonly SemaphoreSlim Las = new(1, 1);
    private const long PostgresLasnyckel = 0x5E5A_4D01;

    public async Task SkrivAsync(string hsaId, int? tjanstestalleId, int? mottagareId, string handling, string beskrivning, CancellationToken ct = default)
    {
        await Las.WaitAsync(ct);
        try
        {
            await using var db = new SesamDbContext(options);
            await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLasnyckel})", ct);
            }
            var senaste = await db.Logg.AsNoTracking()
                .OrderByDescending(p => p.Lopnummer)
                .Select(p => new { p.Lopnummer, p.Hash })
                .FirstOrDefaultAsync(ct);
            db.Logg.Add(new Loggpost(
                (senaste?.Lopnummer ?? 0) + 1,
                klocka.GetUtcNow().UtcDateTime,
                hsaId,
                tjanstestalleId,
                mottagareId,
                Korta(handling, 60),
                Korta(beskrivning, 1000),
                senaste?.Hash ?? Loggpost.Startvarde));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            Las.Release();
        }
    }

    /// <summary>Streams the whole chain in order and reports the first broken entry, or null when it is intact.</summary>
    public (long Lopnummer, string Fel)? Verifiera()
    {
        using var db = new SesamDbContext(options);
        return Loggkedja.Verifiera(db.Logg.AsNoTracking().OrderBy(p => p.Lopnummer).AsEnumerable());
    }

    private static string Korta(string text, int max) => text.Length <= max ? text : text[..max];
}
