using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain;

namespace Sesam.Web.Infrastructure;

/// <summary>Claims carried by the login cookie.</summary>
public static class SesamClaims
{
    public const string AnvandareId = "sesam:anvandare";
    public const string HsaId = "sesam:hsaid";
    public const string Tjanstestalle = "sesam:tjanstestalle";

    /// <summary>The principal for a user working in one tjänsteställe; the same for every login method.</summary>
    public static ClaimsPrincipal Skapa(Anvandare anvandare, int tjanstestalleId, string schema)
    {
        var claims = new List<Claim>
        {
            new(AnvandareId, anvandare.Id.ToString(CultureInfo.InvariantCulture)),
            new(HsaId, anvandare.HsaId),
            new(ClaimTypes.Name, anvandare.Namn),
            new(Tjanstestalle, tjanstestalleId.ToString(CultureInfo.InvariantCulture)),
        };
        foreach (var roll in Enum.GetValues<Roll>().Where(r => r != Roll.Ingen && anvandare.Har(r)))
        {
            claims.Add(new Claim(ClaimTypes.Role, roll.ToString()));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, schema));
    }
}

/// <summary>The logged-in user and the tjänsteställe they work in, as read from the claims and the database.</summary>
public sealed class AktuellAnvandare(IHttpContextAccessor accessor, SesamDbContext db)
{
    private Anvandare? _anvandare;
    private Tjanstestalle? _tjanstestalle;

    private ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool ArInloggad => User.Identity?.IsAuthenticated == true;

    public int Id => int.Parse(User.FindFirstValue(SesamClaims.AnvandareId) ?? "0", CultureInfo.InvariantCulture);

    public string HsaId => User.FindFirstValue(SesamClaims.HsaId) ?? "";

    public int TjanstestalleId => int.Parse(User.FindFirstValue(SesamClaims.Tjanstestalle) ?? "0", CultureInfo.InvariantCulture);

    public bool Har(Roll roll) => User.IsInRole(roll.ToString());

    public async Task<Anvandare> HamtaAsync(CancellationToken ct = default) =>
        _anvandare ??= await db.Anvandare
            .Include(a => a.Tjanstestallen).ThenInclude(t => t.Tjanstestalle)
            .Include(a => a.Forskrivare).ThenInclude(k => k.Forskrivare)
            .SingleAsync(a => a.Id == Id, ct);

    /// <summary>The lager of all the user's tjänsteställen (their eget förråd): where they may take devices from.</summary>
    public async Task<IReadOnlyList<int>> LagerIdsAsync(CancellationToken ct = default) =>
        await db.Set<AnvandarTjanstestalle>()
            .Where(t => t.AnvandareId == Id && t.Tjanstestalle.ForradId != null)
            .Select(t => t.Tjanstestalle.ForradId!.Value)
            .ToListAsync(ct);

    public async Task<Tjanstestalle> TjanstestalleAsync(CancellationToken ct = default) =>
        _tjanstestalle ??= await db.Tjanstestallen.Include(t => t.Forrad).SingleAsync(t => t.Id == TjanstestalleId, ct);
}
