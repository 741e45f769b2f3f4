using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sesam.Data;

/// <summary>
/// Per-connection SQLite settings, applied whenever a connection is opened (pooled handles keep them, and setting
/// them again costs microseconds). SQLite's default page cache is 2 MB per connection, so searches over a catalogue of
/// 100 000 artiklar re-read most pages from the file with a system call each; reading through a memory map and a
/// larger cache lets every connection share the operating system's cached pages instead.
/// </summary>
public sealed class SqliteInstallningar : DbConnectionInterceptor
{
    public const string Pragman = "PRAGMA mmap_size=1073741824; PRAGMA cache_size=-32768;";

    public static SqliteInstallningar Instans { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var kommando = connection.CreateCommand();
        kommando.CommandText = Pragman;
        kommando.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var kommando = connection.CreateCommand();
        kommando.CommandText = Pragman;
        await kommando.ExecuteNonQueryAsync(cancellationToken);
    }
}
