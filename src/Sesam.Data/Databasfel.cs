using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sesam.Data;

/// <summary>Tells a database that cannot be reached (server down, network gone, file missing) from other failures.</summary>
public static class Databasfel
{
    // SQLITE_CANTOPEN and SQLITE_NOTADB: the file or its folder is gone, or is no longer a database.
    private const int SqliteKanInteOppna = 14;
    private const int SqliteInteEnDatabas = 26;

    public static bool ArOnadbar(Exception? fel)
    {
        for (var e = fel; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Npgsql marks connection failures, timeouts and a server that is shutting down or starting as transient.
                case NpgsqlException { IsTransient: true }:
                case SqliteException { SqliteErrorCode: SqliteKanInteOppna or SqliteInteEnDatabas }:
                case SocketException:
                    return true;
            }
        }
        return false;
    }
}
