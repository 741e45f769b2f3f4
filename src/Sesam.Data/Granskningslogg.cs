using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Sesam.Domain.Audit;

namespace Sesam.Data;

/// <summary>
/// Appends entries to the PDL audit log. Entries form a hash chain, so appends in this process are serialised by a
/// semaphore, and each entry's löpnummer is unique in the database, which serialises writers in other processes.
/// <para>
/// Every patient view writes an entry, so one commit per entry would make the chain the bottleneck of the whole app.
/// Appends therefore group-commit: each caller queues its entry and waits for the semaphore; whoever holds it writes
/// everything queued so far. A caller returns only once its own entry is committed, so no patient data is shown
/// before its read is logged.
/// </para>
/// <para>
/// A group is one INSERT statement, atomic without a transaction, chained onto the head this process last wrote or
/// read. It used to be a transaction of four round trips (an advisory lock, reading the head, inserting, committing)
/// through EF's change tracker, and each view waited for one or two such groups: with the write skipped, as an
/// experiment, the patient view served 20–45 % more (docs/prestanda.md, session 18). If another process appended
/// meanwhile, the insert meets its löpnummer in the unique index and fails as a whole; the head is read again and the
/// group renumbered.
/// </para>
/// <para>
/// The chain is keyed (<see cref="Loggnyckel"/>) and anchored: every <see cref="Pdlinstallningar.KontrollpunktEfterPoster"/>
/// entries or <see cref="Pdlinstallningar.KontrollpunktEfterTid"/>, and at shutdown, the head this process wrote is
/// recorded as a signed <see cref="Kontrollpunkt"/> in a file outside the database (<see cref="ForankraAsync"/>, called
/// by a background service so that no caller waits for the file).
/// </para>
/// The statement runs on a connection of its own, so it never commits or rolls back the caller's changes.
/// </summary>
public sealed class Granskningslogg : IDisposable
{
    private const int MaxPerGrupp = 500;
    private const int MaxForsok = 5;

    private readonly DbContextOptions<SesamDbContext> _options;
    private readonly TimeProvider _klocka;
    private readonly Pdlinstallningar _pdl;
    private readonly SemaphoreSlim _las = new(1, 1);
    private readonly ConcurrentQueue<Vantande> _ko = new();

    /// <summary>Used only under <see cref="_las"/>, for its connection (on SQLite with the log's file attached) and its model's column mappings.</summary>
    private readonly SesamDbContext _db;

    /// <summary>The chain's last entry as this process last wrote or read it; null when it must be read.</summary>
    private (long Lopnummer, string Hash)? _huvud;

    /// <summary>The löpnummer of this process's last checkpoint; used only under <see cref="_las"/>.</summary>
    private long _forankrad;

    /// <summary>Tells <see cref="VantaPaKontrollpunktAsync"/> that enough entries are waiting for a checkpoint.</summary>
    private readonly Channel<bool> _kontrollpunktBehovs = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public Granskningslogg(DbContextOptions<SesamDbContext> options, TimeProvider klocka, Pdlinstallningar pdl)
    {
        _options = options;
        _klocka = klocka;
        _pdl = pdl;
        _db = new SesamDbContext(options);
    }

    public async Task SkrivAsync(string hsaId, int? tjanstestalleId, int? mottagareId, string handling, string beskrivning, CancellationToken ct = default)
    {
        var post = new Vantande(_klocka.GetUtcNow().UtcDateTime, hsaId, tjanstestalleId, mottagareId, Korta(handling, 60), Korta(beskrivning, 1000));
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
        while (grupp.Count < MaxPerGrupp && _ko.TryDequeue(out var nasta))
        {
            grupp.Add(nasta);
        }
        if (grupp.Count == 0)
        {
            return;
        }
        try
        {
            for (var forsok = 1; !await ForsokSkrivaAsync(grupp); forsok++)
            {
                if (forsok == MaxForsok)
                {
                    throw new InvalidOperationException(
                        $"Granskningsloggen: andra skrivare tog gruppens löpnummer {MaxForsok} gånger i rad.");
                }
            }
        }
        catch (Exception e)
        {
            // Whether the statement committed is unknown after some failures (a connection lost after COMMIT), so the
            // head is read again. Every caller of the group gets the error.
            _huvud = null;
            grupp.ForEach(v => v.Klar.TrySetException(e));
            return;
        }
        grupp.ForEach(v => v.Klar.TrySetResult());
        if (_huvud is { } huvud && huvud.Lopnummer - _forankrad >= _pdl.KontrollpunktEfterPoster)
        {
            _kontrollpunktBehovs.Writer.TryWrite(true);
        }
    }

    /// <summary>Returns when a checkpoint is due: enough entries were written, or the interval has passed.</summary>
    public async Task VantaPaKontrollpunktAsync(CancellationToken ct)
    {
        using var klar = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await Task.WhenAny(_kontrollpunktBehovs.Reader.WaitToReadAsync(klar.Token).AsTask(), Task.Delay(_pdl.KontrollpunktEfterTid, _klocka, klar.Token));
        await klar.CancelAsync();
        _kontrollpunktBehovs.Reader.TryRead(out _);
        ct.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// Appends a signed checkpoint for the head this process last wrote, unless it already has one. Only committed
    /// entries are ever the head, so a checkpoint never names an entry that is not in the log.
    /// </summary>
    public async Task<Kontrollpunkt?> ForankraAsync()
    {
        await _las.WaitAsync(CancellationToken.None);
        try
        {
            if (_huvud is not { } huvud || huvud.Lopnummer <= _forankrad)
            {
                return null;
            }
            var punkt = Kontrollpunkt.Skapa(huvud.Lopnummer, huvud.Hash, _klocka.GetUtcNow().UtcDateTime, _pdl.Nyckel);
            Kontrollpunktsfil.LaggTill(_pdl.Kontrollpunkter, punkt);
            _forankrad = huvud.Lopnummer;
            return punkt;
        }
        finally
        {
            _las.Release();
        }
    }

    /// <summary>Inserts the group after the chain's head; false when another writer had taken one of its löpnummer.</summary>
    private async Task<bool> ForsokSkrivaAsync(List<Vantande> grupp)
    {
        var (lopnummer, hash) = _huvud ??= await LasHuvudAsync();
        var poster = new List<Loggpost>(grupp.Count);
        foreach (var v in grupp)
        {
            var post = new Loggpost(++lopnummer, v.Tidpunkt, v.HsaId, v.TjanstestalleId, v.MottagareId, v.Handling, v.Beskrivning, hash, _pdl.Nyckel);
            poster.Add(post);
            hash = post.Hash;
        }
        if (!await _db.Sqlfragor.InfogaLoggposterAsync(poster, CancellationToken.None))
        {
            _huvud = null;
            return false;
        }
        _huvud = (lopnummer, hash);
        return true;
    }

    private Task<(long, string)> LasHuvudAsync() => _db.Sqlfragor.LoggensSistaPostAsync(CancellationToken.None);

    /// <summary>Streams the whole chain in order and checks it against the key and the checkpoints; the first fault,
    /// or null when the log is intact.</summary>
    public Loggfel? Verifiera()
    {
        using var db = new SesamDbContext(_options);
        return Loggkedja.Verifiera(db.Logg.AsNoTracking().OrderBy(p => p.Lopnummer).AsEnumerable(), _pdl.Nyckel, Kontrollpunktsfil.Rader(_pdl.Kontrollpunkter));
    }

    /// <summary>
    /// Leaves the semaphore alone: the last checkpoint can be written after the container has disposed this (the
    /// test host disposes its services before it stops its hosted services), and a SemaphoreSlim whose wait handle is
    /// never asked for holds nothing to free. Checkpoints use only the semaphore and the file.
    /// </summary>
    public void Dispose() => _db.Dispose();

    private static string Korta(string text, int max) => text.Length <= max ? text : text[..max];

    private sealed record Vantande(DateTime Tidpunkt, string HsaId, int? TjanstestalleId, int? MottagareId, string Handling, string Beskrivning)
    {
        public TaskCompletionSource Klar { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
