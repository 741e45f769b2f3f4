using System.Diagnostics;

namespace Sesam.Web.Infrastructure;

/// <summary>
/// One structured log line per request: method, route path, status, duration and the user's HSA-id — never a
/// query string or form data, where search terms and personnummer could stand.
/// </summary>
public sealed partial class Anropslogg(RequestDelegate next, ILogger<Anropslogg> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var tid = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var hsaId = context.User.FindFirst(SesamClaims.HsaId)?.Value ?? "-";
            Logga(logger, context.Request.Method, context.Request.Path.Value ?? "", context.Response.StatusCode,
                Stopwatch.GetElapsedTime(tid).TotalMilliseconds, hsaId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Metod} {Sokvag} svarade {Status} på {Millisekunder:0.0} ms ({HsaId})")]
    private static partial void Logga(ILogger logger, string metod, string sokvag, int status, double millisekunder, string hsaId);
}
