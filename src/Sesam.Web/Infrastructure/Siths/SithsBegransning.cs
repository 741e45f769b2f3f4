using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Caching.Memory;

namespace Sesam.Web.Infrastructure.Siths;

/// <summary>
/// Keeps a card that keeps knocking from filling the audit log or the database: the login page is rate limited per
/// certificate (by thumbprint; requests without one by address), and a refused login is written to the audit log once
/// per certificate and interval however often it is repeated.
/// </summary>
public static class SithsBegransning
{
    public const string Policy = "inloggning";

    /// <summary>Logins per certificate and minute; a user reloading the page after inserting the card needs a few.</summary>
    public const int TillatnaPerMinut = 10;

    public static readonly TimeSpan Loggintervall = TimeSpan.FromMinutes(15);

    public static void Konfigurera(RateLimiterOptions o)
    {
        // Nothing is written: the status code pages show the Swedish page for 429.
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.AddPolicy(Policy, kontext => RateLimitPartition.GetFixedWindowLimiter(
            kontext.Connection.ClientCertificate is { } certifikat
                ? Inloggningssessioner.Tumavtryck(certifikat)
                : $"utan-certifikat:{kontext.Connection.RemoteIpAddress}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = TillatnaPerMinut, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>True the first time a certificate is refused within <see cref="Loggintervall"/>: only then is it logged.</summary>
    public static bool ForstaNekandet(IMemoryCache minne, string tumavtryck)
    {
        var nyckel = $"sesam:nekad-inloggning:{tumavtryck}";
        if (minne.TryGetValue(nyckel, out _))
        {
            return false;
        }
        minne.Set(nyckel, true, Loggintervall);
        return true;
    }
}
