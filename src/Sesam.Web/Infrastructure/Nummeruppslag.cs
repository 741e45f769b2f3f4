using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Sesam.Web.Infrastructure;

/// <summary>
/// A per-user limit on looking up orders, arbetsordrar, felrapporter and hämtordrar by their complete number. Those
/// views answer differently for a number that exists in another unit than for one that does not, so looping over
/// sequential numbers reveals another unit's work (a user read 19 of another unit's objects in 480 requests within
/// seconds). Normal work opens far fewer than <see cref="PerMinut"/> a minute.
/// </summary>
public static class Nummeruppslag
{
    public const string Policy = "nummeruppslag";

    public const int PerMinut = 60;

    /// <summary>The GET routes that look an object up by its complete number, as written on the controllers.</summary>
    public static IReadOnlySet<string> Rutter { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "bestallning/nummer/{ordernummer}",
        "arbetsorder/{nummer}",
        "felrapport/{nummer}",
        "hamtorder/{nummer}",
        "hamtorder/{nummer}/utskrift",
    };

    public static void LaggTill(RateLimiterOptions o)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        // A sliding window: a burst at the end of one minute and the start of the next cannot double the limit.
        o.AddPolicy(Policy, http => RateLimitPartition.GetSlidingWindowLimiter(
            http.User.FindFirstValue(SesamClaims.AnvandareId) ?? "",
            _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = PerMinut,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = 0,
            }));
    }

    /// <summary>An endpoint convention: puts the policy on the routes in <see cref="Rutter"/>.</summary>
    public static void Markera(EndpointBuilder endpoint)
    {
        if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } monster }
            && Rutter.Contains(monster.Trim('/'))
            && endpoint.Metadata.OfType<HttpMethodMetadata>().Any(m => m.HttpMethods.Contains(HttpMethods.Get)))
        {
            endpoint.Metadata.Add(new EnableRateLimitingAttribute(Policy));
        }
    }
}
