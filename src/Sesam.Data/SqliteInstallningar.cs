using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sesam.Data;

/// <summary>
/// Per-connection SQLite settings, applied whenever a connection is opened (pooled handles keep them, and setting
/// them again costs microseconds). SQLite's default page cache is 2 MB per connection, so searches over a catalogue of
/// 100 000 artiklar re-read most pages from the file with a system call each; reading through a memory map and a
/// larger cache lets every connection share the operating system's cached pages instead.
/// <para>
/// SQLite has one writer at a time. Without a busy timeout a writer that finds the database locked returns at once,
/// and Microsoft.Data.Sqlite then sleeps 150 ms before trying again: sixteen users sending orders together waited
/// seconds each. With it, SQLite itself waits for the lock in steps of a few milliseconds (up to the same 30 s as
/// the command timeout).
/// </para>
/// A new handle first attaches the PDL log's own file (<see cref="SqliteLoggfil"/>), so the settings apply to it too.
/// </summary>
public sealed class SqliteInstallningar : DbConnectionInterceptor
{
    public const string Pragman = "PRAGMA mmap_size=1073741824; PRAGMA cache_size=-32768; PRAGMA busy_timeout=30000;";

    /// <summary>Native handles that have the log attached. A pooled handle keeps it, and attaching twice is an error.</summary>
    private static readonly ConditionalWeakTable<object, object> MedLogg = new();

    public static SqliteInstallningar Instans { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (LoggSaknas(connection, out var handtag) is { } koppla)
        {
            using (koppla)
            {
                koppla.ExecuteNonQuery();
            }
            MedLogg.AddOrUpdate(handtag, handtag);
        }
        using var kommando = connection.CreateCommand();
        kommando.CommandText = Pragman;
        kommando.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (LoggSaknas(connection, out var handtag) is { } koppla)
        {
            await using (koppla)
            {
                await koppla.ExecuteNonQueryAsync(cancellationToken);
            }
            MedLogg.AddOrUpdate(handtag, handtag);
        }
        await using var kommando = connection.CreateCommand();
        kommando.CommandText = Pragman;
        await kommando.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The command that attaches <see cref="SqliteLoggfil"/> to this connection's handle, or null when it has it.</summary>
    private static SqliteCommand? LoggSaknas(DbConnection connection, out object handtag)
    {
        var sqlite = (SqliteConnection)connection;
        handtag = sqlite.Handle ?? throw new InvalidOperationException("SQLite-anslutningen är inte öppen.");
        if (MedLogg.TryGetValue(handtag, out _))
        {
            return null;
        }
        var kommando = sqlite.CreateCommand();
        kommando.CommandText = $"ATTACH DATABASE $fil AS {SqliteLoggfil.Schema};";
        kommando.Parameters.AddWithValue("$fil", SqliteLoggfil.Befintlig(sqlite.DataSource));
        return kommando;
    }
}
