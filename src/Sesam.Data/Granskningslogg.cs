using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
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
/// The statement runs on a connection of its own, so it never commits or rolls back the caller's changes.
/// </summary>
public sealed class Granskningslogg : IDisposable
{
    private const int MaxPerGrupp = 500;
    private const int MaxForsok = 5;

    /// <summary>SQLITE_CONSTRAINT_UNIQUE.</summary>
    private const int SqliteUnikhetsfel = 2067;

    private static readonly (string Egenskap, Func<Loggpost, object?> Varde)[] Kolumner =
    [
        (nameof(Loggpost.Lopnummer), p => p.Lopnummer),
        (nameof(Loggpost.Tidpunkt), p => p.Tidpunkt),
        (nameof(Loggpost.HsaId), p => p.HsaId),
        (nameof(Loggpost.TjanstestalleId), p => p.TjanstestalleId),
        (nameof(Loggpost.MottagareId), p => p.MottagareId),
        (nameof(Loggpost.Handling), p => p.Handling),
        (nameof(Loggpost.Beskrivning), p => p.Beskrivning),
        (nameof(Loggpost.ForegaendeHash), p => p.ForegaendeHash),
        (nameof(Loggpost.Hash), p => p.Hash),
    ];

    private readonly DbContextOptions<SesamDbContext> _options;
    private readonly TimeProvider _klocka;
    private readonly SemaphoreSlim _las = new(1, 1);
    private readonly ConcurrentQueue<Vantande> _ko = new();

    /// <summary>Used only under <see cref="_las"/>, for its connection (on SQLite with the log's file attached) and its model's column mappings.</summary>
    private readonly SesamDbContext _db;

    /// <summary>The chain's last entry as this process last wrote or read it; null when it must be read.</summary>
    private (long Lopnummer, string Hash)? _huvud;

    public Granskningslogg(DbContextOptions<SesamDbContext> options, TimeProvider klocka)
    {
        _options = options;
        _klocka = klocka;
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
    }

    /// <summary>Inserts the group after the chain's head; false when another writer had taken one of its löpnummer.</summary>
    private async Task<bool> ForsokSkrivaAsync(List<Vantande> grupp)
    {
        var (lopnummer, hash) = _huvud ??= await LasHuvudAsync();
        var poster = new List<Loggpost>(grupp.Count);
        foreach (var v in grupp)
        {
            var post = new Loggpost(++lopnummer, v.Tidpunkt, v.HsaId, v.TjanstestalleId, v.MottagareId, v.Handling, v.Beskrivning, hash);
            poster.Add(post);
            hash = post.Hash;
        }
        await _db.Database.OpenConnectionAsync();
        try
        {
            await using var kommando = Infogning(poster);
            await kommando.ExecuteNonQueryAsync();
        }
        catch (DbException e) when (LopnummerUpptaget(e))
        {
            _huvud = null;
            return false;
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
        _huvud = (lopnummer, hash);
        return true;
    }

    private Task<(long, string)> LasHuvudAsync() =>
        Sqlfraga.LasAsync(_db, """SELECT "Lopnummer", "Hash" FROM "Logg" ORDER BY "Lopnummer" DESC LIMIT 1""", [],
            async lasare => await lasare.ReadAsync() ? (lasare.GetInt64(0), lasare.GetString(1)) : (0L, Loggpost.Startvarde), CancellationToken.None);

    /// <summary>One INSERT of all the group's rows, each value bound through the model's mapping of its column, so
    /// it is stored exactly as EF stores it (instants through <see cref="UtcDateTimeConverter"/>).</summary>
    private DbCommand Infogning(List<Loggpost> poster)
    {
        var typ = _db.Model.FindEntityType(typeof(Loggpost))!;
        var egenskaper = Kolumner.Select(k => typ.FindProperty(k.Egenskap)!).ToArray();
        var kommando = _db.Database.GetDbConnection().CreateCommand();
        var sql = new StringBuilder($"INSERT INTO \"{typ.GetTableName()}\" (")
            .AppendJoin(", ", egenskaper.Select(e => $"\"{e.GetColumnName()}\""))
            .Append(") VALUES ");
        for (var rad = 0; rad < poster.Count; rad++)
        {
            sql.Append(rad == 0 ? "(" : ", (");
            for (var k = 0; k < Kolumner.Length; k++)
            {
                var namn = string.Create(CultureInfo.InvariantCulture, $"@p{rad}_{k}");
                sql.Append(k == 0 ? namn : ", " + namn);
                kommando.Parameters.Add(egenskaper[k].GetRelationalTypeMapping()
                    .CreateParameter(kommando, namn, Kolumner[k].Varde(poster[rad]), egenskaper[k].IsNullable));
            }
            sql.Append(')');
        }
        kommando.CommandText = sql.ToString();
        return kommando;
    }

    private static bool LopnummerUpptaget(DbException e) => e switch
    {
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation && p.ConstraintName == "IX_Logg_Lopnummer",
        SqliteException s => s.SqliteExtendedErrorCode == SqliteUnikhetsfel && s.Message.Contains("Logg.Lopnummer", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Streams the whole chain in order and reports the first broken entry, or null when it is intact.</summary>
    public (long Lopnummer, string Fel)? Verifiera()
    {
        using var db = new SesamDbContext(_options);
        return Loggkedja.Verifiera(db.Logg.AsNoTracking().OrderBy(p => p.Lopnummer).AsEnumerable());
    }

    public void Dispose()
    {
        _db.Dispose();
        _las.Dispose();
    }

    private static string Korta(string text, int max) => text.Length <= max ? text : text[..max];

    private sealed record Vantande(DateTime Tidpunkt, string HsaId, int? TjanstestalleId, int? MottagareId, string Handling, string Beskrivning)
    {
        public TaskCompletionSource Klar { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
