using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;

namespace Sesam.Web.Infrastructure;

/// <summary>
/// On SQLite, one connection for the whole request instead of one per query. EF opens and closes the connection
/// around each query, and every open takes a handle from Microsoft.Data.Sqlite's pool under a lock and applies
/// <see cref="SqliteInstallningar"/>: a page of six queries did that six times, and under load the threads spun on the
/// pool's lock. Holding a SQLite connection takes no lock on the database; transactions still begin and end where
/// the code says. PostgreSQL keeps its per-query connections: Npgsql's pool is cheap and a held connection is a
/// server process.
/// </summary>
public sealed class SqliteAnslutning(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SesamDbContext db)
    {
        // The error page after an exception needs no database, which may be what failed.
        if (db.Leverantor != Databasleverantor.Sqlite || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next(context);
            return;
        }
        await db.Database.OpenConnectionAsync(context.RequestAborted);
        try
        {
            await next(context);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
