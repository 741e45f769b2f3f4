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

    /// <summary>The connection string used when none is configured: SQLite's file beside the app; PostgreSQL has none.</summary>
    public static string? StandardAnslutning(Databasleverantor leverantor) => leverantor == Databasleverantor.Sqlite ? "Data Source=sesam.db" : null;

    /// <summary>
    /// How related collections load differs by provider. In one query EF joins each collection as a derived table;
    /// PostgreSQL joins it per row of the parent, so one round trip is cheapest, but SQLite builds that table for every
    /// row of the collection's table first (a cart took seconds against a million orderrader), so it splits.
    /// </summary>
    public static DbContextOptionsBuilder Konfigurera(DbContextOptionsBuilder builder, Databasleverantor leverantor, string connectionString) =>
        leverantor switch
        {
            Databasleverantor.Postgres => builder.UseNpgsql(MedPoolinstallningar(connectionString),
                o => o.MigrationsAssembly(PostgresMigrationer).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                .AddInterceptors(GeneriskPlan.Instans),
            _ => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationer).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(SqliteInstallningar.Instans),
        };

    /// <summary>
    /// Npgsql settings Sesam's load needs, each unless the operator wrote that keyword in the connection string:
    /// <list type="bullet">
    /// <item>PostgreSQL plans every unprepared statement anew, and planning the joins of a cart or a patient view took
    /// several times longer than running them, so statements seen repeatedly are prepared.</item>
    /// <item>EF Core opens and closes the pooled connection around every query, and by default each return to the pool
    /// queues seven reset statements (RESET ALL, DISCARD …) for the server: a search page paid 42 of them. Sesam leaves
    /// no session state behind (its only advisory lock is transaction-scoped), so the reset is skipped.</item>
    /// </list>
    /// </summary>
    public static string MedPoolinstallningar(string connectionString)
    {
        // The Npgsql builder reports every keyword it knows as present; only the plain builder shows what was written.
        var skrivna = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToList();
        bool Skriven(string nyckel) => skrivna.Any(k => k.Equals(nyckel, StringComparison.OrdinalIgnoreCase));
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!Skriven("MaxAutoPrepare"))
        {
            cs.MaxAutoPrepare = 250;
            cs.AutoPrepareMinUsages = 2;
        }
        if (!Skriven("NoResetOnClose"))
        {
            cs.NoResetOnClose = true;
        }
        return cs.ConnectionString;
    }

    /// <summary>Applies pending migrations and the settings SQLite needs for concurrent writers.</summary>
    public static async Task MigreraAsync(SesamDbContext db, CancellationToken ct = default)
    {
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            await SqliteLoggfil.SkapaOmDenSaknasAsync(db.Database.GetConnectionString()
                ?? throw new InvalidOperationException("ConnectionStrings:Sesam saknas."), ct);
        }
        await db.Database.MigrateAsync(ct);
        if (sqlite)
        {
            // WAL lets readers continue while one writer commits. Without a schema name the pragma sets every attached
            // file, the log's included; each file stores its own setting.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    /// <summary>
    /// Migrates <paramref name="db"/>'s database: as the schema's owner when <paramref name="agareConnectionString"/> is
    /// given (PostgreSQL only: SQLite has no roles), otherwise with the app's own connection.
    /// </summary>
    public static Task MigreraAsync(SesamDbContext db, string? agareConnectionString, CancellationToken ct = default)
    {
        if (agareConnectionString is not { Length: > 0 })
        {
            return MigreraAsync(db, ct);
        }
        if (db.Leverantor != Databasleverantor.Postgres)
        {
            throw new InvalidOperationException("ConnectionStrings:SesamAgare gäller bara Postgres: på SQLite finns inga databasroller.");
        }
        return MigreraSomAgareAsync(agareConnectionString, db.Database.GetConnectionString()!, ct);
    }

    /// <summary>
    /// On PostgreSQL, migrates as the schema's owner (ConnectionStrings:SesamAgare) and then grants the app's role
    /// (the user of ConnectionStrings:Sesam) what it needs: every table, but on the PDL log only reading and appending.
    /// Not being the owner, the app's role can neither alter the log's table nor disable its trigger, so whoever holds
    /// the app's credentials cannot rewrite the log. The grants are renewed after every migration, for new tables.
    /// </summary>
    public static async Task MigreraSomAgareAsync(string agareConnectionString, string appConnectionString, CancellationToken ct = default)
    {
        var agare = new Npgsql.NpgsqlConnectionStringBuilder(agareConnectionString) { Pooling = false };
        var appRoll = new Npgsql.NpgsqlConnectionStringBuilder(appConnectionString).Username;
        if (string.IsNullOrEmpty(appRoll) || string.Equals(appRoll, agare.Username, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:SesamAgare och ConnectionStrings:Sesam måste ange olika användare (Username): schemats ägare och appens roll.");
        }
        var builder = new DbContextOptionsBuilder<SesamDbContext>();
        Konfigurera(builder, Databasleverantor.Postgres, agare.ConnectionString);
        await using var db = new SesamDbContext(builder.Options);
        await MigreraAsync(db, ct);
        var roll = "\"" + appRoll.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var rattigheter = $"""
            GRANT USAGE ON SCHEMA public TO {roll};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {roll};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {roll};
            REVOKE UPDATE, DELETE, TRUNCATE ON "Logg" FROM {roll};
            REVOKE INSERT, UPDATE, DELETE ON "__EFMigrationsHistory" FROM {roll};
            """;
        await db.Database.ExecuteSqlRawAsync(rattigheter, ct);
    }
}
