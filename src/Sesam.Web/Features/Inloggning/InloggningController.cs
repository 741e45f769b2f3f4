using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Inloggning;

public sealed class InloggningController(SesamDbContext db, IWebHostEnvironment miljo) : Controller
{
    public sealed record Testanvandare(string HsaId, string Namn, string Roller, string Tjanstestalle);

    [AllowAnonymous]
    [HttpGet("/inloggning")]
    public IActionResult Index(string? returnUrl) =>
        miljo.IsDevelopment() ? RedirectToAction(nameof(Testinloggning), new { returnUrl }) : View();

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
        return View(anvandare.Select(a => new Testanvandare(a.HsaId, $"{a.Fornamn} {a.Efternamn}", RollText(a.Roller), a.Tjanstestalle)).ToList());
    }

    [AllowAnonymous]
    [HttpPost("/dev/inloggning")]
    public async Task<IActionResult> Testinloggning(string hsaId, string? returnUrl, CancellationToken ct)
    {
        if (!miljo.IsDevelopment())
        {
            return NotFound();
        }
        var anvandare = await db.Anvandare.SingleOrDefaultAsync(a => a.HsaId == hsaId && a.Aktiv, ct);
        if (anvandare?.StandardTjanstestalleId is not { } tjanstestalleId)
        {
            return RedirectToAction(nameof(Testinloggning));
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            SesamClaims.Skapa(anvandare, tjanstestalleId, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    [HttpPost("/utloggning")]
    public async Task<IActionResult> Utloggning()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToAction(nameof(Utloggad));
    }

    [AllowAnonymous]
    [HttpGet("/utloggad")]
    public IActionResult Utloggad() => View();

    private static string RollText(Roll roller) => string.Join(", ",
        new[] { (Roll.Forskrivare, "Förskrivare"), (Roll.Bestallare, "Beställare"), (Roll.Logistik, "Logistik"), (Roll.Admin, "Admin") }
            .Where(r => (roller & r.Item1) == r.Item1)
            .Select(r => r.Item2));
}
