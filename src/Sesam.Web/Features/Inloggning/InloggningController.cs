using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sesam.Data;
using Sesam.Domain.Organisation;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Siths;

namespace Sesam.Web.Features.Inloggning;

[Authorize(Policy = Policy.Inloggad)]
public sealed partial class InloggningController(
    SesamDbContext db,
    IWebHostEnvironment miljo,
    SithsInstallningar siths,
    Granskningslogg logg,
    AktuellAnvandare aktuell,
    Inloggningssessioner sessioner,
    IMemoryCache minne,
    ILogger<InloggningController> logger) : Controller
{
    public sealed record Testanvandare(string HsaId, string Namn, string Roller, string Tjanstestalle);

    /// <summary>Where the session cookie's challenge leads. With certificate login the TLS certificate is checked
    /// here once, and the cookie, bound to that certificate, carries the login from then on.</summary>
    [AllowAnonymous]
    [HttpGet("/inloggning")]
    [EnableRateLimiting(SithsBegransning.Policy)]
    public async Task<IActionResult> Index(string? returnUrl, CancellationToken ct)
    {
        if (!siths.Aktiv)
        {
            return miljo.IsDevelopment() ? RedirectToAction(nameof(Testinloggning), new { returnUrl }) : View();
        }
        var resultat = await HttpContext.AuthenticateAsync(SithsAutentisering.Schema);
        if (resultat is { Succeeded: true, Principal: { } principal })
        {
            var anvandareId = int.Parse(principal.FindFirstValue(SesamClaims.AnvandareId)!, CultureInfo.InvariantCulture);
            var tjanstestalleId = int.Parse(principal.FindFirstValue(SesamClaims.Tjanstestalle)!, CultureInfo.InvariantCulture);
            var anvandare = await db.Anvandare.AsNoTracking().SingleAsync(a => a.Id == anvandareId, ct);
            await sessioner.LoggaInAsync(HttpContext, anvandare, tjanstestalleId, principal.FindFirstValue(SesamClaims.Certifikat), "Inloggning med SITHS-kort.", ct);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }
        switch (resultat.Failure)
        {
            case SithsInloggningNekadException { Orsak: SithsNekad.SaknarBehorighet } nekad:
                // A card left in a reader that reloads the page must not add a row to the audit log every time.
                if (SithsBegransning.ForstaNekandet(minne, Inloggningssessioner.Tumavtryck(HttpContext.Connection.ClientCertificate!)))
                {
                    LoggaNekadInloggning(logger, nekad.HsaId, nekad.Message);
                    await logg.SkrivAsync(nekad.HsaId!, null, null, "Inloggning nekad", "Giltigt SITHS-kort men HSA-id:t saknar aktiv behörighet i Sesam.", ct);
                }
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return View("SaknarBehorighet", nekad.HsaId);
            case { } fel:
                LoggaNekatCertifikat(logger, fel.Message);
                Response.StatusCode = StatusCodes.Status403Forbidden;
                ViewData["Fel"] = "Ditt certifikat godtogs inte (det är utgånget, spärrat eller inte utfärdat av SITHS). Kontakta din lokala behörighetsadministratör.";
                return View();
            default:
                Response.StatusCode = StatusCodes.Status401Unauthorized;
                return View();
        }
    }

    /// <summary>Development only: pick a demo user instead of presenting a SITHS card. Absent everywhere else.</summary>
    [AllowAnonymous]
    [HttpGet("/dev/inloggning")]
    public async Task<IActionResult> Testinloggning(string? returnUrl, CancellationToken ct)
    {
        if (!miljo.IsDevelopment())
        {
            return NotFound();
        }
        var anvandare = await db.Anvandare.AsNoTracking()
            .Where(a => a.Aktiv)
            .OrderBy(a => a.HsaId)
            .Select(a => new { a.HsaId, a.Fornamn, a.Efternamn, a.Roller, Tjanstestalle = a.StandardTjanstestalle!.Namn })
            .ToListAsync(ct);
        ViewData["ReturnUrl"] = returnUrl;
        return View(anvandare.Select(a => new Testanvandare(a.HsaId, $"{a.Fornamn} {a.Efternamn}", a.Roller.Text(), a.Tjanstestalle)).ToList());
    }

    [AllowAnonymous]
    [HttpPost("/dev/inloggning")]
    public async Task<IActionResult> Testinloggning(string hsaId, string? returnUrl, CancellationToken ct)
    {
        if (!miljo.IsDevelopment())
        {
            return NotFound();
        }
        var anvandare = await db.Anvandare.AsNoTracking().SingleOrDefaultAsync(a => a.HsaId == hsaId && a.Aktiv, ct);
        if (anvandare?.StandardTjanstestalleId is not { } tjanstestalleId)
        {
            return RedirectToAction(nameof(Testinloggning));
        }
        await sessioner.LoggaInAsync(HttpContext, anvandare, tjanstestalleId, null, "Testinloggning i utvecklingsmiljön.", ct);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    /// <summary>
    /// Switches the active tjänsteställe among the user's own; the new one is carried by a re-issued cookie. A message
    /// about another of them sends <paramref name="tillbaka"/>, the page it leads to, to open once the switch is made.
    /// </summary>
    [HttpPost("/tjanstestalle")]
    public async Task<IActionResult> BytTjanstestalle(int tjanstestalleId, string? tillbaka, CancellationToken ct) =>
        await aktuell.ArbetaIAsync(tjanstestalleId, ct) ? LocalRedirect(Url.IsLocalUrl(tillbaka) ? tillbaka : "/") : StatusCode(StatusCodes.Status403Forbidden);

    [HttpPost("/utloggning")]
    public async Task<IActionResult> Utloggning(CancellationToken ct)
    {
        await logg.SkrivAsync(aktuell.HsaId, aktuell.TjanstestalleId == 0 ? null : aktuell.TjanstestalleId, null, "Utloggning", "Avsluta.", ct);
        await sessioner.AvslutaAsync(HttpContext, User, ct);
        return RedirectToAction(nameof(Utloggad));
    }

    [AllowAnonymous]
    [HttpGet("/utloggad")]
    public IActionResult Utloggad() => View();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inloggning nekad för {HsaId}: {Orsak}")]
    private static partial void LoggaNekadInloggning(ILogger logger, string? hsaId, string orsak);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Certifikat nekat: {Orsak}")]
    private static partial void LoggaNekatCertifikat(ILogger logger, string orsak);
}
