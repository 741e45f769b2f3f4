using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sesam.Data;

namespace Sesam.Web.Infrastructure;

/// <summary>
/// Checks a login cookie on every request, cheaply, and rechecks it against the database at most once per interval.
/// <para>
/// Every request: the cookie must name a session (<see cref="Sessionsbindning"/>) this instance has not seen end,
/// and when the request presents a client certificate it must be the one the user logged in with; a cookie copied
/// to another card is signed out and logged.
/// </para>
/// <para>
/// Once per interval and login: the session must still be open in the database (so "Avsluta" on another instance
/// takes effect here too), and the user active and linked to the tjänsteställe they work in; otherwise they are
/// signed out and sent to the login (which, with SITHS, answers "Du saknar behörighet i Sesam"). The cookie carries
/// when the user last passed (<see cref="SesamClaims.Kontrollerad"/>); every other request costs no query. A passed
/// check also refreshes the name and roles in the cookie.
/// </para>
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
        var hsaId = principal.FindFirstValue(SesamClaims.HsaId) ?? "";
        var tjanstestalleId = (int?)Tal(principal, SesamClaims.Tjanstestalle);
        var ct = kontext.HttpContext.RequestAborted;
        var bindning = Sessionsbindning.Las(principal);
        if (bindning is null || Inloggningssessioner.ArAvslutad(tjanster.GetRequiredService<IMemoryCache>(), bindning.SessionId))
        {
            await AvvisaAsync(kontext);
            return;
        }
        if (kontext.HttpContext.Connection.ClientCertificate is { } certifikat
            && !string.Equals(Inloggningssessioner.Tumavtryck(certifikat), bindning.Certifikat, StringComparison.Ordinal))
        {
            await AvvisaAsync(kontext);
            await tjanster.GetRequiredService<Granskningslogg>().SkrivAsync(hsaId, tjanstestalleId, null, "Utloggning",
                "Inloggningen avslutades: cookien användes med ett annat certifikat än det användaren loggade in med.", ct);
            return;
        }
        var nu = tjanster.GetRequiredService<TimeProvider>().GetUtcNow();
        var senast = Tal(principal, SesamClaims.Kontrollerad) is { } sekunder ? DateTimeOffset.FromUnixTimeSeconds(sekunder) : DateTimeOffset.MinValue;
        if (senast <= nu && nu - senast < intervall)
        {
            return;
        }
        var sessioner = tjanster.GetRequiredService<Inloggningssessioner>();
        if (!await sessioner.ArAktivAsync(bindning.SessionId, ct))
        {
            Inloggningssessioner.MarkeraAvslutad(tjanster.GetRequiredService<IMemoryCache>(), bindning.SessionId);
            await AvvisaAsync(kontext);
            return;
        }
        var anvandareId = (int)(Tal(principal, SesamClaims.AnvandareId) ?? 0);
        var anvandare = tjanstestalleId is null
            ? null
            : await tjanster.GetRequiredService<SesamDbContext>().Anvandare.AsNoTracking()
                .Where(a => a.Id == anvandareId && a.HsaId == hsaId && a.Aktiv && a.Tjanstestallen.Any(t => t.TjanstestalleId == tjanstestalleId))
                .SingleOrDefaultAsync(ct);
        if (anvandare is null)
        {
            await AvvisaAsync(kontext);
            await tjanster.GetRequiredService<Granskningslogg>().SkrivAsync(hsaId, tjanstestalleId, null, "Utloggning",
                "Inloggningen avslutades: användaren är inaktiverad eller inte längre kopplad till tjänstestället.", ct);
            return;
        }
        kontext.ReplacePrincipal(SesamClaims.Skapa(anvandare, tjanstestalleId!.Value, principal.Identity?.AuthenticationType ?? CookieAuthenticationDefaults.AuthenticationScheme, nu, bindning));
        kontext.ShouldRenew = true;
    }

    private static async Task AvvisaAsync(CookieValidatePrincipalContext kontext)
    {
        kontext.RejectPrincipal();
        await kontext.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private static long? Tal(ClaimsPrincipal principal, string typ) =>
        long.TryParse(principal.FindFirstValue(typ), NumberStyles.None, CultureInfo.InvariantCulture, out var tal) ? tal : null;
}
