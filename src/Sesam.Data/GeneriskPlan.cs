using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sesam.Data;

/// <summary>
/// PostgreSQL: runs a query tagged with <see cref="Tagg"/> (<c>TagWith</c>) with its prepared statement's generic plan,
/// for queries whose planning costs more than running them and which PostgreSQL would otherwise re-plan on every
/// execution. The setting is prepended to the same command, so it travels in the query's round trip: PostgreSQL runs
/// the statements of one command in one implicit transaction, where <c>SET LOCAL</c> holds for the query and ends
/// with it (inside an explicit transaction it lasts until that ends). The earlier form, an explicit transaction with
/// <c>SET LOCAL</c> before the query, cost three round trips.
/// </summary>
public sealed class GeneriskPlan : DbCommandInterceptor
{
    public const string Tagg = "generisk plan";

    /// <summary>What the tag adds before the query; SQL text run outside EF (<see cref="Sqlfraga"/>) starts with it itself.</summary>
    public const string Installning = "SET LOCAL plan_cache_mode = force_generic_plan;\n";

    public static GeneriskPlan Instans { get; } = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Forbered(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Forbered(command);
        return ValueTask.FromResult(result);
    }

    private static void Forbered(DbCommand command)
    {
        if (command.CommandText.StartsWith("-- " + Tagg, StringComparison.Ordinal))
        {
            command.CommandText = Installning + command.CommandText;
        }
    }
}
