using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sesam.Data;

/// <summary>
/// Runs SQL text on the context's connection, inside its transaction if it has one, and reads the rows with a plain
/// <see cref="DbDataReader"/>. For the few hot reads where EF Core's work per query (walking and hashing the LINQ
/// expression to find its cached translation, shaping the rows) was a large part of a page's cost. Only the
/// hand-written statements (<see cref="Sql.ISqlfragor"/>) use it; everything else goes through LINQ.
/// </summary>
public static class Sqlfraga
{
    public static async Task<T> LasAsync<T>(
        SesamDbContext db, string sql, IEnumerable<KeyValuePair<string, object>> parametrar, Func<DbDataReader, Task<T>> las, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var kommando = db.Database.GetDbConnection().CreateCommand();
            kommando.CommandText = sql;
            kommando.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var (namn, varde) in parametrar)
            {
                var parameter = kommando.CreateParameter();
                parameter.ParameterName = namn;
                parameter.Value = varde;
                kommando.Parameters.Add(parameter);
            }
            await using var lasare = await kommando.ExecuteReaderAsync(ct);
            return await las(lasare);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The rows of the reader's current result set, each made by <paramref name="rad"/>.</summary>
    public static async Task<List<T>> RaderAsync<T>(this DbDataReader lasare, Func<DbDataReader, T> rad, CancellationToken ct)
    {
        var rader = new List<T>();
        while (await lasare.ReadAsync(ct))
        {
            rader.Add(rad(lasare));
        }
        return rader;
    }

    public static int? HeltalEllerNull(this DbDataReader lasare, int kolumn) => lasare.IsDBNull(kolumn) ? null : lasare.GetInt32(kolumn);

    public static string? TextEllerNull(this DbDataReader lasare, int kolumn) => lasare.IsDBNull(kolumn) ? null : lasare.GetString(kolumn);

    public static DateOnly? DatumEllerNull(this DbDataReader lasare, int kolumn) => lasare.IsDBNull(kolumn) ? null : lasare.GetFieldValue<DateOnly>(kolumn);

    /// <summary>An instant, as <see cref="UtcDateTimeConverter"/> reads it: SQLite gives instants back unmarked.</summary>
    public static DateTime Utc(this DbDataReader lasare, int kolumn) => DateTime.SpecifyKind(lasare.GetDateTime(kolumn), DateTimeKind.Utc);
}
