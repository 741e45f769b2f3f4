using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sesam.Tools.Skaldata;

/// <summary>
/// Collects generated rows per table and writes them in bulk, parents before children, whenever
/// <see cref="SparaAsync"/> is called. PostgreSQL gets binary COPY; SQLite prepared INSERTs in one transaction.
/// Keeps per-table row counts and write times for the summary.
/// </summary>
internal abstract class Bulkladdare : IAsyncDisposable
{
    private readonly List<(Tabell Tabell, List<object?[]> Rader)> _buffertar = [];

    public Dictionary<string, (long Rader, TimeSpan Tid)> Statistik { get; } = new(StringComparer.Ordinal);

    public static async Task<Bulkladdare> OppnaAsync(Databasargument databas)
    {
        Bulkladdare laddare = databas.Leverantor == Sesam.Data.Databasleverantor.Postgres
            ? new PostgresBulkladdare(new NpgsqlConnection(databas.ConnectionString))
            : new SqliteBulkladdare(new SqliteConnection(databas.ConnectionString));
        await laddare.StartaAsync();
        return laddare;
    }

    /// <summary>Registers a table; tables are written in the order they are registered.</summary>
    public void Registrera(Tabell tabell) => _buffertar.Add((tabell, []));

    public void Lagg(Tabell tabell, object?[] rad)
    {
        for (var i = 0; i < rad.Length; i++)
        {
            if (rad[i] is null && !tabell.Kolumner[i].Nullbar)
            {
                throw new InvalidOperationException($"Skaldata saknar värde för {tabell.Namn}.{tabell.Kolumner[i].Namn}.");
            }
        }
        _buffertar.First(b => ReferenceEquals(b.Tabell, tabell)).Rader.Add(rad);
    }

    public int Buffrade => _buffertar.Sum(b => b.Rader.Count);

    public async Task SparaAsync()
    {
        foreach (var (tabell, rader) in _buffertar.Where(b => b.Rader.Count > 0))
        {
            var klocka = Stopwatch.StartNew();
            try
            {
                await SkrivAsync(tabell, rader);
            }
            catch (DbException e)
            {
                throw new InvalidOperationException($"Skaldata kunde inte skrivas till {tabell.Namn}: {e.Message}", e);
            }
            Statistik.TryGetValue(tabell.Namn, out var s);
            Statistik[tabell.Namn] = (s.Rader + rader.Count, s.Tid + klocka.Elapsed);
            rader.Clear();
        }
    }

    /// <summary>Refreshes the planner statistics and whatever the database derives from the loaded rows.</summary>
    public abstract Task AvslutaAsync(IEnumerable<Tabell> tabeller);

    public abstract ValueTask DisposeAsync();

    protected abstract Task StartaAsync();

    protected abstract Task SkrivAsync(Tabell tabell, List<object?[]> rader);

    protected static string Citera(string namn) => "\"" + namn.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    protected static async Task KorAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}

internal sealed class PostgresBulkladdare(NpgsqlConnection connection) : Bulkladdare
{
    protected override Task StartaAsync() => connection.OpenAsync();

    protected override async Task SkrivAsync(Tabell tabell, List<object?[]> rader)
    {
        var kolumner = string.Join(", ", tabell.Kolumner.Select(k => Citera(k.Namn)));
        // Npgsql takes the type without its facets: "character varying(200)" is written as "character varying".
        var typer = tabell.Kolumner.Select(k => k.Kolumntyp.Split('(')[0]).ToArray();
        await using var import = await connection.BeginBinaryImportAsync($"COPY {Citera(tabell.Namn)} ({kolumner}) FROM STDIN (FORMAT BINARY)");
        foreach (var rad in rader)
        {
            await import.StartRowAsync();
            for (var i = 0; i < rad.Length; i++)
            {
                if (tabell.Kolumner[i].Lagrat(rad[i]) is { } varde)
                {
                    await import.WriteAsync(varde, typer[i]);
                }
                else
                {
                    await import.WriteNullAsync();
                }
            }
        }
        await import.CompleteAsync();
    }

    public override async Task AvslutaAsync(IEnumerable<Tabell> tabeller)
    {
        foreach (var tabell in tabeller.Where(t => t.Kolumner.Any(k => k.Namn == "Id")))
        {
            // Rows were written with their ids, so the identity sequence must continue after the largest one.
            await KorAsync(connection, $"SELECT setval(pg_get_serial_sequence('{Citera(tabell.Namn)}', 'Id'), (SELECT COALESCE(MAX(\"Id\"), 1) FROM {Citera(tabell.Namn)}))");
        }
        await KorAsync(connection, "VACUUM ANALYZE");
    }

    public override ValueTask DisposeAsync() => connection.DisposeAsync();
}

internal sealed class SqliteBulkladdare(SqliteConnection connection) : Bulkladdare
{
    private readonly Dictionary<Tabell, SqliteCommand> _kommandon = [];

    protected override async Task StartaAsync()
    {
        await connection.OpenAsync();
        // A throwaway load: losing it in a power cut costs a rerun, so skip the fsyncs.
        await KorAsync(connection, "PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-200000;");
    }

    protected override async Task SkrivAsync(Tabell tabell, List<object?[]> rader)
    {
        await using var transaktion = (SqliteTransaction)await connection.BeginTransactionAsync();
        var command = Kommando(tabell);
        command.Transaction = transaktion;
        var parametrar = command.Parameters;
        foreach (var rad in rader)
        {
            for (var i = 0; i < rad.Length; i++)
            {
                parametrar[i].Value = tabell.Kolumner[i].Lagrat(rad[i]) ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync();
        }
        await transaktion.CommitAsync();
    }

    private SqliteCommand Kommando(Tabell tabell)
    {
        if (_kommandon.TryGetValue(tabell, out var command))
        {
            return command;
        }
        command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {Citera(tabell.Namn)} ({string.Join(", ", tabell.Kolumner.Select(k => Citera(k.Namn)))}) " +
            $"VALUES ({string.Join(", ", tabell.Kolumner.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < tabell.Kolumner.Count; i++)
        {
            // The mapping configures the parameter as EF Core would (e.g. a Guid as TEXT, not BLOB).
            command.Parameters.Add(tabell.Kolumner[i].Mappning.CreateParameter(command, "$p" + i, null, nullable: true));
        }
        command.Prepare();
        _kommandon[tabell] = command;
        return command;
    }

    public override async Task AvslutaAsync(IEnumerable<Tabell> tabeller)
    {
        // FTS5 tables with external content do not see rows inserted underneath them unless triggers feed them; a
        // rebuild makes every full-text index match its content table whichever way it is maintained.
        var fts = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%content=%' AND sql NOT LIKE '%content=''''%' AND sql NOT LIKE '%content=\"\"%'";
            await using var lasare = await command.ExecuteReaderAsync();
            while (await lasare.ReadAsync())
            {
                fts.Add(lasare.GetString(0));
            }
        }
        foreach (var tabell in fts)
        {
            await KorAsync(connection, $"INSERT INTO {Citera(tabell)}({Citera(tabell)}) VALUES ('rebuild')");
        }
        await KorAsync(connection, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var command in _kommandon.Values)
        {
            await command.DisposeAsync();
        }
        await connection.DisposeAsync();
    }
}
