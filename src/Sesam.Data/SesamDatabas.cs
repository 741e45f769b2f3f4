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
            Databasleverantor.Postgres => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationer)),
            _ => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationer)),
        };

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
