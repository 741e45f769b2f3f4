using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;

namespace Sesam.Web.Infrastructure;

/// <summary>
/// Rechecks a login cookie against the database: a user who has been deactivated, or is no longer linked to the
/// tjänsteställe they work in, is signed out and sent to the login (which, with SITHS, answers "Du saknar behörighet
/// i Sesam"). The cookie carries when the user last passed (<see cref="SesamClaims.Kontrollerad"/>), so the check
/// runs at most once per interval and login; every other request costs no query. A passed check also refreshes the
/// name and roles in the cookie.
/// </summary>
public static class Behorighetskontroll
{
    public const string Konfiguration = "Sesam:Behorighetskontroll";

    public static readonly TimeSpan StandardIntervall = TimeSpan.FromMinutes(5);

    public static async Task ValideraAsync(CookieValidatePrincipalContext kontext, TimeSpan intervall)
    {
        if (kontext.Principal is not { } principal)
        {
            return;
        }
        // The error page after an exception shows no data and must render when the database is what failed.
        if (kontext.HttpContext.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return;
        }
        var tjanster = kontext.HttpContext.RequestServices;
        var nu = tjanster.GetRequiredService<TimeProvider>().GetUtcNow();
        var senast = Tal(principal, SesamClaims.Kontrollerad) is { } sekunder ? DateTimeOffset.FromUnixTimeSeconds(sekunder) : DateTimeOffset.MinValue;
        if (senast <= nu && nu - senast < intervall)
        {
            return;
        }
        var hsaId = principal.FindFirstValue(SesamClaims.HsaId) ?? "";
        var tjanstestalleId = (int?)Tal(principal, SesamClaims.Tjanstestalle);
        var anvandareId = (int)(Tal(principal, SesamClaims.AnvandareId) ?? 0);
        var ct = kontext.HttpContext.RequestAborted;
        var anvandare = tjanstestalleId is null
            ? null
            : await tjanster.GetRequiredService<SesamDbContext>().Anvandare.AsNoTracking()
                .Where(a => a.Id == anvandareId && a.HsaId == hsaId && a.Aktiv && a.Tjanstestallen.Any(t => t.TjanstestalleId == tjanstestalleId))
                .SingleOrDefaultAsync(ct);
        if (anvandare is null)
        {
            kontext.RejectPrincipal();
            await kontext.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            await tjanster.GetRequiredService<Granskningslogg>().SkrivAsync(hsaId, tjanstestalleId, null, "Utloggning",
                "Inloggningen avslutades: användaren är inaktiverad eller inte längre kopplad till tjänstestället.", ct);
            return;
        }
        kontext.ReplacePrincipal(SesamClaims.Skapa(anvandare, tjanstestalleId!.Value, principal.Identity?.AuthenticationType ?? CookieAuthenticationDefaults.AuthenticationScheme, nu));
        kontext.ShouldRenew = true;
    }

    private static long? Tal(ClaimsPrincipal principal, string typ) =>
        long.TryParse(principal.FindFirstValue(typ), NumberStyles.None, CultureInfo.InvariantCulture, out var tal) ? tal : null;
}
