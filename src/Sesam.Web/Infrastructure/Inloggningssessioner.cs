using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sesam.Data;
using Sesam.Domain.Organisation;

namespace Sesam.Web.Infrastructure;

/// <summary>
/// Starts and ends logins (<see cref="Inloggningssession"/>). Every login cookie carries its session and, with
/// certificate login, the certificate's thumbprint (<see cref="Sessionsbindning"/>). "Avsluta" ends the session in
/// the database, which every instance reads at its next <see cref="Behorighetskontroll"/>, and in this instance's
/// memory, which refuses a copy of the cookie at once.
/// </summary>
public sealed class Inloggningssessioner(SesamDbContext db, IMemoryCache minne, Granskningslogg logg, TimeProvider klocka)
{
    /// <summary>How long a login cookie lives without use; an ended session is remembered in memory as long, after
    /// which any copy of its cookie has expired by itself.</summary>
    public static readonly TimeSpan Livslangd = TimeSpan.FromHours(8);

    /// <summary>How a certificate is named in the cookie and in rate limiting: SHA-256 of the DER bytes, not SHA-1.</summary>
    public static string Tumavtryck(X509Certificate2 certifikat) =>
        Convert.ToHexString(certifikat.GetCertHash(HashAlgorithmName.SHA256));

    /// <summary>Issues the login cookie for <paramref name="anvandare"/> working in <paramref name="tjanstestalleId"/>,
    /// bound to a new session and to <paramref name="certifikat"/> (a thumbprint; null for the test login).</summary>
    public async Task LoggaInAsync(HttpContext kontext, Anvandare anvandare, int tjanstestalleId, string? certifikat, string beskrivning, CancellationToken ct)
    {
        var nu = klocka.GetUtcNow();
        var session = new Inloggningssession(Guid.CreateVersion7(nu), anvandare.Id, nu.UtcDateTime);
        db.Inloggningssessioner.Add(session);
        await db.SaveChangesAsync(ct);
        var principal = SesamClaims.Skapa(anvandare, tjanstestalleId, CookieAuthenticationDefaults.AuthenticationScheme, nu, new Sessionsbindning(session.Id, certifikat));
        await kontext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        await logg.SkrivAsync(anvandare.HsaId, tjanstestalleId, null, "Inloggning", beskrivning, ct);
    }

    /// <summary>"Avsluta": ends the session of <paramref name="principal"/> everywhere and removes this browser's cookie.</summary>
    public async Task AvslutaAsync(HttpContext kontext, ClaimsPrincipal principal, CancellationToken ct)
    {
        if (Sessionsbindning.Las(principal) is { } bindning)
        {
            MarkeraAvslutad(minne, bindning.SessionId);
            var session = await db.Inloggningssessioner.SingleOrDefaultAsync(s => s.Id == bindning.SessionId, ct);
            session?.Avsluta(klocka.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }
        await kontext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>Whether the session is still open in the database (ended on any instance, or never stored: refused).</summary>
    public Task<bool> ArAktivAsync(Guid sessionId, CancellationToken ct) =>
        db.Inloggningssessioner.AsNoTracking().AnyAsync(s => s.Id == sessionId && s.Avslutad == null, ct);

    /// <summary>Whether this instance knows the session to have ended; no database query.</summary>
    public static bool ArAvslutad(IMemoryCache minne, Guid sessionId) => minne.TryGetValue(Nyckel(sessionId), out _);

    public static void MarkeraAvslutad(IMemoryCache minne, Guid sessionId) => minne.Set(Nyckel(sessionId), true, Livslangd);

    private static string Nyckel(Guid sessionId) => $"sesam:avslutad-session:{sessionId}";
}
