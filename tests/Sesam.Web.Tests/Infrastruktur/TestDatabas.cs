using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sesam.Data;

namespace Sesam.Web.Tests.Infrastruktur;

/// <summary>
/// Real databases for the tests. Each provider is migrated and seeded (at <see cref="Testklocka.Start"/>) once per test run into a template;
/// every test class then gets its own copy (a file copy for SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL).
/// <para>
/// On PostgreSQL the roles are a region's (scripts/postgres.sh creates them): the databases belong to
/// <see cref="AgareRoll"/>, which migrates them and grants <see cref="AppRoll"/> its rights, and the connection strings
/// handed out are the app role's, so every test runs with the rights the app has in production. The superuser in
/// SESAM_TEST_POSTGRES only creates and drops databases.
/// </para>
/// </summary>
public static class TestDatabas
{
    public const string PostgresMiljovariabel = "SESAM_TEST_POSTGRES";
    public const string AgareRoll = "sesam_agare";
    public const string AppRoll = "sesam_app";

    private static readonly SemaphoreSlim Las = new(1, 1);
    private static string? _sqliteMall;
    private static string? _postgresMall;

    public static string PostgresBas =>
        Environment.GetEnvironmentVariable(PostgresMiljovariabel) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{PostgresMiljovariabel} saknas: kör testerna med scripts/test.sh, som startar en PostgreSQL-server.");

    public static async Task<string> NySqliteAsync()
    {
        await Las.WaitAsync();
        try
        {
            if (_sqliteMall is null)
            {
                var mall = Path.Combine(Path.GetTempPath(), $"sesam-mall-{Environment.ProcessId}.db");
                File.Delete(mall);
                File.Delete(SqliteLoggfil.Sokvag(mall));
                await MigreraOchSeedaAsync(Databasleverantor.Sqlite, $"Data Source={mall};Pooling=false");
                _sqliteMall = mall;
                // The copies are removed by each test class; the template outlives them all, so it goes with the process.
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    File.Delete(mall);
                    File.Delete(SqliteLoggfil.Sokvag(mall));
                };
            }
        }
        finally
        {
            Las.Release();
        }
        var fil = Path.Combine(Path.GetTempPath(), $"sesam-test-{Guid.NewGuid():N}.db");
        File.Copy(_sqliteMall, fil);
        File.Copy(SqliteLoggfil.Sokvag(_sqliteMall), SqliteLoggfil.Sokvag(fil));
        return $"Data Source={fil}";
    }

    public static async Task<string> NyPostgresAsync()
    {
        await Las.WaitAsync();
        try
        {
            if (_postgresMall is null)
            {
                var mall = $"sesam_mall_{Environment.ProcessId}";
                await KorPostgresAsync($"DROP DATABASE IF EXISTS {mall}");
                await KorPostgresAsync($"CREATE DATABASE {mall} OWNER {AgareRoll}");
                await SesamDatabas.MigreraSomAgareAsync(Agare(Postgres(mall, pooling: false)), Postgres(mall, pooling: false));
                await using var db = SkapaKontext(Databasleverantor.Postgres, Postgres(mall, pooling: false));
                await DemoData.SeedAsync(db, Testklocka.Ny(Testklocka.Start));
                _postgresMall = mall;
            }
        }
        finally
        {
            Las.Release();
        }
        var namn = $"sesam_test_{Guid.NewGuid():N}";
        await KorPostgresAsync($"CREATE DATABASE {namn} TEMPLATE {_postgresMall} OWNER {AgareRoll}");
        return Postgres(namn, pooling: true);
    }

    /// <summary>A database of its own, migrated and seeded with the demo data at <paramref name="klocka"/>'s instant.</summary>
    public static async Task<string> NySeedadAsync(Databasleverantor leverantor, TimeProvider klocka)
    {
        var tom = await TomAsync(leverantor);
        var connectionString = tom;
        if (leverantor == Databasleverantor.Postgres)
        {
            connectionString = App(tom);
            await SesamDatabas.MigreraSomAgareAsync(tom, connectionString);
        }
        await using var db = SkapaKontext(leverantor, connectionString);
        if (leverantor == Databasleverantor.Sqlite)
        {
            await SesamDatabas.MigreraAsync(db);
        }
        await DemoData.SeedAsync(db, klocka);
        return connectionString;
    }

    /// <summary>An empty database with no tables, for tests of the migrations themselves.</summary>
    public static async Task<string> TomAsync(Databasleverantor leverantor)
    {
        if (leverantor == Databasleverantor.Sqlite)
        {
            return $"Data Source={Path.Combine(Path.GetTempPath(), $"sesam-tom-{Guid.NewGuid():N}.db")}";
        }
        var namn = $"sesam_tom_{Guid.NewGuid():N}";
        await KorPostgresAsync($"CREATE DATABASE {namn} OWNER {AgareRoll}");
        return Agare(Postgres(namn, pooling: true));
    }

    /// <summary>The same PostgreSQL database as the schema's owner, who may do what the app's role may not.</summary>
    public static string Agare(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Username = AgareRoll }.ConnectionString;

    /// <summary>The same PostgreSQL database as the app's role.</summary>
    public static string App(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Username = AppRoll }.ConnectionString;

    public static async Task TaBortAsync(Databasleverantor leverantor, string connectionString)
    {
        if (leverantor == Databasleverantor.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var databasfil = new SqliteConnectionStringBuilder(connectionString).DataSource;
            foreach (var fil in new[] { databasfil, SqliteLoggfil.Sokvag(databasfil) })
            {
                foreach (var f in new[] { fil, fil + "-wal", fil + "-shm" })
                {
                    File.Delete(f);
                }
            }
            return;
        }
        var databas = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await KorPostgresAsync($"DROP DATABASE IF EXISTS {databas} WITH (FORCE)");
    }

    public static SesamDbContext SkapaKontext(Databasleverantor leverantor, string connectionString) =>
        new(Options(leverantor, connectionString));

    public static DbContextOptions<SesamDbContext> Options(Databasleverantor leverantor, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<SesamDbContext>();
        SesamDatabas.Konfigurera(builder, leverantor, connectionString);
        return builder.Options;
    }

    private static async Task MigreraOchSeedaAsync(Databasleverantor leverantor, string connectionString)
    {
        await using var db = SkapaKontext(leverantor, connectionString);
        await SesamDatabas.MigreraAsync(db);
        await DemoData.SeedAsync(db, Testklocka.Ny(Testklocka.Start));
    }

    private static string Postgres(string databas, bool pooling) =>
        new NpgsqlConnectionStringBuilder(PostgresBas) { Database = databas, Pooling = pooling, Username = AppRoll }.ConnectionString;

    private static async Task KorPostgresAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresBas) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
