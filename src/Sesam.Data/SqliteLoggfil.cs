using Microsoft.Data.Sqlite;

namespace Sesam.Data;

/// <summary>
/// On SQLite the PDL audit log lives in a file of its own beside the database (sesam.db → sesam-logg.db), attached
/// to every connection as schema <c>logg</c> by <see cref="SqliteInstallningar"/>.
/// <para>
/// SQLite notices changes per file: in WAL mode, a connection that starts reading after another connection's commit
/// drops its whole page cache and memory map of that file. Every patient view appends to the log, so with the log in
/// the main file each view made every other connection re-read the catalogue and the patients from scratch (600
/// unmaps of the file per second under load). The log's commits now change only the log's file.
/// </para>
/// Queries name the table without a schema, as on PostgreSQL: SQLite looks in the main database first and, finding no
/// "Logg" there, uses the attached file. Back up both files together.
/// </summary>
public static class SqliteLoggfil
{
    public const string Schema = "logg";

    /// <summary>The log's file for a database file: same folder, "-logg" before the extension.</summary>
    public static string Sokvag(string databasfil)
    {
        if (string.IsNullOrEmpty(databasfil))
        {
            throw new InvalidOperationException(
                "Sesam behöver en databasfil för SQLite (inte en databas i minnet): granskningsloggen ligger i en egen fil bredvid den.");
        }
        return Path.Combine(Path.GetDirectoryName(databasfil) ?? "",
            Path.GetFileNameWithoutExtension(databasfil) + "-logg" + Path.GetExtension(databasfil));
    }

    /// <summary>The log's file for an open connection's database, which must exist: a missing log is never replaced silently.</summary>
    internal static string Befintlig(string databasfil)
    {
        var fil = Sokvag(databasfil);
        return File.Exists(fil) ? fil : throw Saknas(fil);
    }

    /// <summary>
    /// Creates the log's file before the migrations run, for a new database. A database that has been migrated already
    /// has its log in that file and gets no new, empty one: that would restart the hash chain at 1 and hide what was
    /// lost, so it must be restored from the backup.
    /// </summary>
    public static async Task SkapaOmDenSaknasAsync(string connectionString, CancellationToken ct = default)
    {
        await using var databas = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await databas.OpenAsync(ct);
        var fil = Sokvag(databas.DataSource);
        if (File.Exists(fil))
        {
            return;
        }
        if (await TabellFinnsAsync(databas, "__EFMigrationsHistory", ct))
        {
            throw Saknas(fil);
        }
        await using var logg = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = fil, Pooling = false }.ToString());
        await logg.OpenAsync(ct);
        await using var kommando = logg.CreateCommand();
        kommando.CommandText = "PRAGMA journal_mode=WAL;";
        await kommando.ExecuteNonQueryAsync(ct);
    }

    private static async Task<bool> TabellFinnsAsync(SqliteConnection databas, string tabell, CancellationToken ct)
    {
        await using var kommando = databas.CreateCommand();
        kommando.CommandText = "SELECT count(*) FROM main.sqlite_master WHERE type = 'table' AND name = $namn";
        kommando.Parameters.AddWithValue("$namn", tabell);
        return Convert.ToInt64(await kommando.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static InvalidOperationException Saknas(string fil) => new(
        $"Granskningsloggens databasfil {fil} saknas. Återställ den från säkerhetskopian tillsammans med databasfilen; " +
        "Sesam skapar ingen ny, tom logg för en databas som redan har en.");
}
