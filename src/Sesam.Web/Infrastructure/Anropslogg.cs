using Serilog.AspNetCore;

namespace Sesam.Web.Infrastructure;

/// <summary>
/// One structured log line per request (Serilog's request logging): method, path, status, duration and the user's
/// HSA-id. Never the query string or form data, where search terms and personnummer stand; a personnummer in the
/// path is masked by <see cref="PersonnummerMaskering"/>.
/// </summary>
public static class Anropslogg
{
    /// <param name="logger">The app's logger: the request log otherwise goes to Serilog's static logger, which the
    /// app leaves alone.</param>
    public static void Konfigurera(RequestLoggingOptions o, Serilog.ILogger logger)
    {
        o.Logger = logger;
        o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} svarade {StatusCode} på {Elapsed:0.0} ms ({HsaId})";
        o.IncludeQueryInRequestPath = false;
        o.EnrichDiagnosticContext = (diagnostik, http) =>
            diagnostik.Set("HsaId", http.User.FindFirst(SesamClaims.HsaId)?.Value ?? "-");
    }
}
