using System.Data;
using Microsoft.EntityFrameworkCore;
using Sesam.Domain.Bestallningar;

namespace Sesam.Data;

/// <summary>The running-number counter of one ISO week (e.g. "2147").</summary>
public class OrdernummerSerie
{
    public string Period { get; set; } = "";
    public long Senaste { get; set; }
}

public static class Ordernummergenerator
{
    /// <summary>
    /// Takes the next order number with one atomic upsert, outside any caller transaction, so concurrent
    /// senders never get the same number and never wait on each other's order transactions. A number taken by
    /// an order that then fails is simply not used.
    /// </summary>
    public static async Task<string> NastaAsync(SesamDbContext db, DateOnly datum, CancellationToken ct = default)
    {
        var period = Ordernummer.Period(datum);
        const string sql = """
            INSERT INTO "OrdernummerSerier" ("Period", "Senaste") VALUES (@period, 1)
            ON CONFLICT ("Period") DO UPDATE SET "Senaste" = "OrdernummerSerier"."Senaste" + 1
            RETURNING "Senaste"
            """;
        var connection = db.Database.GetDbConnection();
        var oppnade = connection.State != ConnectionState.Open;
        if (oppnade)
        {
            await connection.OpenAsync(ct);
        }
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@period";
            parameter.Value = period;
            command.Parameters.Add(parameter);
            var lopnummer = Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            return Ordernummer.Skapa(datum, lopnummer);
        }
        finally
        {
            if (oppnade)
            {
                await connection.CloseAsync();
            }
        }
    }
}
