using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Data.Sql;

namespace Sesam.Web.Infrastructure;

/// <summary>
/// One connection for the whole request instead of one per query, where the database wants it
/// (<see cref="ISqlfragor.EnAnslutningPerAnrop"/>: SQLite). EF opens and closes the connection around each query,
/// and on SQLite every open takes a handle from the pool under a lock and applies <see cref="SqliteInstallningar"/>:
/// a page of six queries did that six times, and under load the threads spun on the pool's lock. Transactions still
/// begin and end where the code says.
/// </summary>
public sealed class AnslutningPerAnrop(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SesamDbContext db)
    {
        // The error page after an exception needs no database, which may be what failed.
        if (!db.Sqlfragor.EnAnslutningPerAnrop || context.Features.Get<IExceptionHandlerFeature>() is not null)
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
