using Microsoft.EntityFrameworkCore;

namespace Sesam.Data;

public enum Databasleverantor
{
    Sqlite,
    Postgres,
}

/// <summary>Chooses the provider and its migrations assembly from configuration (Database:Provider).</summary>
public static class SesamDatabas
{
    public const string SqliteMigrationer = "Sesam.Data.Sqlite";
    public const string PostgresMigrationer = "Sesam.Data.Postgres";

    public static Databasleverantor TolkaLeverantor(string? varde) => varde?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => Databasleverantor.Sqlite,
        "POSTGRES" or "POSTGRESQL" or "NPGSQL" => Databasleverantor.Postgres,
        _ => throw new InvalidOperationException($"Okänd Database:Provider '{varde}'. Använd Sqlite eller Postgres."),
    };

    public static DbContextOptionsBuilder Konfigurera(DbContextOptionsBuilder builder, Databasleverantor leverantor, string connectionString) =>
        leverantor switch
        {
            Databasleverantor.Postgres => builder.UseNpgsql(MedAutomatiskPreparering(connectionString), o => o.MigrationsAssembly(PostgresMigrationer)),
            _ => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationer)).AddInterceptors(SqliteInstallningar.Instans),
        };

    /// <summary>
    /// PostgreSQL plans every unprepared statement anew, and planning the joins of a cart or a patient view took
    /// several times longer than running them. Npgsql prepares statements it sees repeatedly when asked to; an
    /// operator's own "Max Auto Prepare" in the connection string wins.
    /// </summary>
    public static string MedAutomatiskPreparering(string connectionString)
    {
        // The Npgsql builder reports every keyword it knows as present; only the plain builder shows what was written.
        var skrivna = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!skrivna.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            cs.MaxAutoPrepare = 250;
            cs.AutoPrepareMinUsages = 2;
        }
        return cs.ConnectionString;
    }

    /// <summary>Applies pending migrations and the settings SQLite needs for concurrent writers.</summary>
    public static async Task MigreraAsync(SesamDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers continue while one writer commits; the setting is stored in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
