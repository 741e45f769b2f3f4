using System.Collections.Concurrent;
using System.Data;
using Microsoft.EntityFrameworkCore;
using Sesam.Domain;

namespace Sesam.Data;

/// <summary>
/// Appends entries to the PDL audit log. Entries form a hash chain, so appends are serialised: in this process by a
/// semaphore, across processes by a database lock (an advisory lock on PostgreSQL; SQLite has one writer anyway).
/// <para>
/// Every patient view writes an entry, so one commit per entry would make the chain's lock the bottleneck of the
/// whole app. Appends therefore group-commit: each caller queues its entry and waits for the lock; whoever holds it
/// writes everything queued so far in one transaction. A caller returns only once its own entry is committed, so no
/// patient data is shown before its read is logged.
/// </para>
/// Each append uses its own context and transaction, so it never saves or rolls back the caller's changes.
/// </summary>
public sealed class Granskningslogg(DbContextOptions<SesamDbContext> options, TimeProvider klocka) : IDisposable
{
    private const long PostgresLasnyckel = 0x5E5A_4D01;
    private const int MaxPerTransaktion = 500;

    private readonly SemaphoreSlim _las = new(1, 1);
    private readonly ConcurrentQueue<Vantande> _ko = new();

    public async Task SkrivAsync(string hsaId, int? tjanstestalleId, int? mottagareId, string handling, string beskrivning, CancellationToken ct = default)
    {
        var post = new Vantande(klocka.GetUtcNow().UtcDateTime, hsaId, tjanstestalleId, mottagareId, Korta(handling, 60), Korta(beskrivning, 1000));
        _ko.Enqueue(post);
        while (!post.Klar.Task.IsCompleted)
        {
            // Not cancellable once queued: the entry is written whether or not this caller still waits for it.
            await _las.WaitAsync(CancellationToken.None);
            try
            {
                if (!post.Klar.Task.IsCompleted)
                {
                    await SkrivKoadeAsync();
                }
            }
            finally
            {
                _las.Release();
            }
        }
        await post.Klar.Task.WaitAsync(ct);
    }

    private async Task SkrivKoadeAsync()
    {
        var grupp = new List<Vantande>();
        while (grupp.Count < MaxPerTransaktion && _ko.TryDequeue(out var nasta))
        {
            grupp.Add(nasta);
        }
        if (grupp.Count == 0)
        {
            return;
        }
        try
        {
            await using var db = new SesamDbContext(options);
            await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted);
            if (db.Leverantor == Databasleverantor.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLasnyckel})");
            }
            var senaste = await db.Logg.AsNoTracking()
                .OrderByDescending(p => p.Lopnummer)
                .Select(p => new { p.Lopnummer, p.Hash })
                .FirstOrDefaultAsync();
            var lopnummer = senaste?.Lopnummer ?? 0;
            var hash = senaste?.Hash ?? Loggpost.Startvarde;
            foreach (var v in grupp)
            {
                var loggpost = new Loggpost(++lopnummer, v.Tidpunkt, v.HsaId, v.TjanstestalleId, v.MottagareId, v.Handling, v.Beskrivning, hash);
                db.Logg.Add(loggpost);
                hash = loggpost.Hash;
            }
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
        catch (Exception e)
        {
            // Every caller of the failed group gets the error: none of their entries is in the log.
            grupp.ForEach(v => v.Klar.TrySetException(e));
            return;
        }
        grupp.ForEach(v => v.Klar.TrySetResult());
    }

    /// <summary>Streams the whole chain in order and reports the first broken entry, or null when it is intact.</summary>
    public (long Lopnummer, string Fel)? Verifiera()
    {
        using var db = new SesamDbContext(options);
        return Loggkedja.Verifiera(db.Logg.AsNoTracking().OrderBy(p => p.Lopnummer).AsEnumerable());
    }

    public void Dispose() => _las.Dispose();

    private static string Korta(string text, int max) => text.Length <= max ? text : text[..max];

    private sealed record Vantande(DateTime Tidpunkt, string HsaId, int? TjanstestalleId, int? MottagareId, string Handling, string Beskrivning)
    {
        public TaskCompletionSource Klar { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
