using System.Globalization;
using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Organisation;

namespace Sesam.Web.Infrastructure;

/// <summary>What the page header shows: the user's name and the tjänsteställen they can switch between.</summary>
/// <param name="OlastaMeddelanden">The red number beside Meddelanden.</param>
public sealed record Sidhuvud(string Namn, int AktivtTjanstestalleId, IReadOnlyList<(int Id, string Visningsnamn)> Tjanstestallen, int OlastaMeddelanden)
{
    public string AktivtTjanstestalle => Tjanstestallen.FirstOrDefault(t => t.Id == AktivtTjanstestalleId).Visningsnamn ?? "";
}

/// <summary>Claims carried by the login cookie.</summary>
public static class SesamClaims
{
    public const string AnvandareId = "sesam:anvandare";
    public const string HsaId = "sesam:hsaid";
    public const string Tjanstestalle = "sesam:tjanstestalle";

    /// <summary>When the user was last found active and linked to the tjänsteställe (Unix seconds): see <see cref="Behorighetskontroll"/>.</summary>
    public const string Kontrollerad = "sesam:kontrollerad";

    /// <summary>The <see cref="Inloggningssession"/> the cookie belongs to.</summary>
    public const string Session = "sesam:session";

    /// <summary>The SHA-256 thumbprint of the certificate the user logged in with (see <see cref="Sessionsbindning"/>).</summary>
    public const string Certifikat = "sesam:certifikat";

    /// <summary>The principal for a user working in one tjänsteställe; the same for every login method.
    /// <paramref name="kontrollerad"/> is when the user's access was read from the database; a login cookie's
    /// principal carries its <paramref name="bindning"/>, without which the cookie is refused.</summary>
    public static ClaimsPrincipal Skapa(Anvandare anvandare, int tjanstestalleId, string schema, DateTimeOffset kontrollerad, Sessionsbindning? bindning = null)
    {
        var claims = new List<Claim>
        {
            new(AnvandareId, anvandare.Id.ToString(CultureInfo.InvariantCulture)),
            new(HsaId, anvandare.HsaId),
            // Antiforgery tokens are bound to this claim when it exists, otherwise to all claims: without it, the
            // refreshed Kontrollerad time would invalidate every form the user has open.
            new(ClaimTypes.NameIdentifier, anvandare.HsaId),
            new(ClaimTypes.Name, anvandare.Namn),
            new(Tjanstestalle, tjanstestalleId.ToString(CultureInfo.InvariantCulture)),
            new(Kontrollerad, kontrollerad.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        };
        foreach (var roll in Enum.GetValues<Roll>().Where(r => r != Roll.Ingen && anvandare.Har(r)))
        {
            claims.Add(new Claim(ClaimTypes.Role, roll.ToString()));
        }
        if (bindning is not null)
        {
            claims.Add(new Claim(Session, bindning.SessionId.ToString()));
            if (bindning.Certifikat is not null)
            {
                claims.Add(new Claim(Certifikat, bindning.Certifikat));
            }
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, schema));
    }
}

/// <summary>
/// What ties a login cookie to one login: the session, which "Avsluta" ends for every copy of the cookie, and the
/// certificate it was made with (null for the Development test login), which every later request must present.
/// </summary>
public sealed record Sessionsbindning(Guid SessionId, string? Certifikat)
{
    public static Sessionsbindning? Las(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(SesamClaims.Session), out var id)
            ? new Sessionsbindning(id, principal.FindFirstValue(SesamClaims.Certifikat))
            : null;
}

/// <summary>
/// The logged-in user and the tjänsteställe they work in, as read from the claims and the database.
/// <para>
/// Access rule for unit-bound data (orders, hämtorder, lager, mallar): a user sees the data of their active
/// tjänsteställe only; Logistik and Admin see every unit's. Enforce it in the query on every route, never only in
/// menus, so an id from another unit in a URL or form finds nothing:
/// <code>
/// var order = await aktuell.Avgransa(db.Bestallningar, b => b.TjanstestalleId)
///     .Where(b => b.Id == id).Select(...).SingleOrDefaultAsync(ct);
/// if (order is null) return NotFound();
/// </code>
/// Lager rows: <see cref="AvgransaLager{T}"/> (the active unit's eget förråd and the central warehouse).
/// Ordering in someone's name: <see cref="KanBestallaIForskrivarensNamnAsync"/> and <see cref="ValbaraForskrivareAsync"/>.
/// </para>
/// </summary>
public sealed class AktuellAnvandare(IHttpContextAccessor accessor, SesamDbContext db, Granskningslogg logg, TimeProvider klocka)
{
    private Anvandare? _anvandare;
    private Tjanstestalle? _tjanstestalle;
    private List<int>? _aktivtForrad;
    private Sidhuvud? _sidhuvud;

    private ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool ArInloggad => User.Identity?.IsAuthenticated == true;

    public int Id => int.Parse(User.FindFirstValue(SesamClaims.AnvandareId) ?? "0", CultureInfo.InvariantCulture);

    public string HsaId => User.FindFirstValue(SesamClaims.HsaId) ?? "";

    public int TjanstestalleId => int.Parse(User.FindFirstValue(SesamClaims.Tjanstestalle) ?? "0", CultureInfo.InvariantCulture);

    public bool Har(Roll roll) => User.IsInRole(roll.ToString());

    /// <summary>The unit's own staff, who order, return and report for it (<see cref="Anvandare.ArForskrivareEllerBestallare"/>).</summary>
    public bool ArForskrivareEllerBestallare => Har(Roll.Forskrivare) || Har(Roll.Bestallare);

    public async Task<Anvandare> HamtaAsync(CancellationToken ct = default) =>
        _anvandare ??= await db.Anvandare
            .Include(a => a.Tjanstestallen).ThenInclude(t => t.Tjanstestalle).ThenInclude(t => t.Forrad)
            .Include(a => a.Forskrivare).ThenInclude(k => k.Forskrivare)
            .SingleAsync(a => a.Id == Id, ct);

    private sealed record Sidhuvudrad(string Fornamn, string Efternamn, List<Enhet> Tjanstestallen, int Olasta);

    private sealed record Enhet(int Id, string Kod, string Namn);

    /// <summary>
    /// The header of every page in one untracked query: loading the user entity with its collections for this alone
    /// cost more than the rest of a simple page. Compiled, as every page runs it (<see cref="KompileradFraga{TParameter, TResultat}"/>).
    /// </summary>
    private static readonly KompileradFraga<int, Sidhuvudrad> SidhuvudFraga = new((db, id, ct) => db.Anvandare.AsNoTracking()
        .Where(a => a.Id == id)
        .Select(a => new Sidhuvudrad(
            a.Fornamn,
            a.Efternamn,
            a.Tjanstestallen.OrderBy(k => k.Tjanstestalle.Kod).Select(k => new Enhet(k.Tjanstestalle.Id, k.Tjanstestalle.Kod, k.Tjanstestalle.Namn)).ToList(),
            db.Meddelanden.Count(m => m.AnvandareId == id && m.Last == null)))
        .Single());

    public async Task<Sidhuvud> SidhuvudAsync(CancellationToken ct = default)
    {
        if (_sidhuvud is not null)
        {
            return _sidhuvud;
        }
        var rad = await SidhuvudFraga.KorAsync(db, Id, ct);
        return _sidhuvud = new Sidhuvud($"{rad.Fornamn} {rad.Efternamn}", TjanstestalleId, rad.Tjanstestallen.Select(t => (t.Id, $"{t.Kod} {t.Namn}")).ToList(), rad.Olasta);
    }

    /// <summary>The active tjänsteställe's eget förråd, if it has one: the only store the user takes devices from and
    /// changes individer in (Logistik and Admin change any; see <see cref="SerAllaTjanstestallen"/>).</summary>
    public async Task<IReadOnlyList<int>> AktivtForradAsync(CancellationToken ct = default)
    {
        var aktivt = TjanstestalleId;
        return _aktivtForrad ??= await db.Tjanstestallen.Where(t => t.Id == aktivt && t.ForradId != null).Select(t => t.ForradId!.Value).ToListAsync(ct);
    }

    /// <summary>Logistik and Admin work for the whole region: unit-bound data of every tjänsteställe is theirs to see.</summary>
    public bool SerAllaTjanstestallen => Har(Roll.Logistik) || Har(Roll.Admin);

    /// <summary>Whether data of <paramref name="tjanstestalleId"/> is visible to the user (for rows already loaded).</summary>
    public bool FarSe(int tjanstestalleId) => FarSeFunktion()(tjanstestalleId);

    /// <summary><see cref="FarSe"/> for many rows: the roles and the active tjänsteställe are read from the claims once,
    /// not once per row.</summary>
    public Func<int, bool> FarSeFunktion()
    {
        var alla = SerAllaTjanstestallen;
        var aktivt = TjanstestalleId;
        return tjanstestalleId => alla || tjanstestalleId == aktivt;
    }

    /// <summary>Restricts <paramref name="fraga"/> to rows of the active tjänsteställe (all rows for Logistik/Admin).</summary>
    public IQueryable<T> Avgransa<T>(IQueryable<T> fraga, Expression<Func<T, int>> tjanstestalleId)
    {
        if (SerAllaTjanstestallen)
        {
            return fraga;
        }
        var aktivt = TjanstestalleId;
        return fraga.Where(Villkor(tjanstestalleId, id => id == aktivt));
    }

    /// <summary>
    /// Order rows on their way (<see cref="Orderrad.PaVag"/>) that the user may see: orders are unit-bound, so those of
    /// the active tjänsteställe (all for Logistik/Admin). Rows completing an individ are its "Komponenter på väg".
    /// </summary>
    public IQueryable<Orderrad> OrderraderPaVag() =>
        Avgransa(db.Orderrader.AsNoTracking(), r => r.Bestallning.TjanstestalleId).Where(Orderrad.PaVag);

    /// <summary>Restricts rows of a lager to the central warehouse and the active tjänsteställe's eget förråd
    /// (all lager for Logistik/Admin): another unit's store is never visible.</summary>
    public IQueryable<T> AvgransaLager<T>(IQueryable<T> fraga, Expression<Func<T, int>> lagerId)
    {
        if (SerAllaTjanstestallen)
        {
            return fraga;
        }
        var aktivt = TjanstestalleId;
        var lager = db.Lager;
        var tjanstestallen = db.Tjanstestallen;
        return fraga.Where(Villkor(lagerId, id => lager.Any(l => l.Id == id
            && (l.Typ == Lagertyp.Centrallager || tjanstestallen.Any(t => t.Id == aktivt && t.ForradId == id)))));
    }

    /// <summary>Whether the user may register an order in this förskrivare's name (themselves as förskrivare, or a
    /// förskrivare linked to them as beställare): the domain rule <see cref="Anvandare.KanBestallaIForskrivarensNamn"/>.</summary>
    public async Task<bool> KanBestallaIForskrivarensNamnAsync(int forskrivareId, CancellationToken ct = default)
    {
        var anvandare = await HamtaAsync(ct);
        var forskrivare = forskrivareId == anvandare.Id ? anvandare : await db.Anvandare.SingleOrDefaultAsync(a => a.Id == forskrivareId, ct);
        return forskrivare is not null && anvandare.KanBestallaIForskrivarensNamn(forskrivare);
    }

    /// <summary>The förskrivare the user may order for, for a "Förskrivare" choice: themselves and/or those linked to them.</summary>
    public async Task<IReadOnlyList<(int Id, string Namn)>> ValbaraForskrivareAsync(CancellationToken ct = default)
    {
        var anvandare = await HamtaAsync(ct);
        return new[] { anvandare }.Concat(anvandare.Forskrivare.Select(k => k.Forskrivare))
            .Where(anvandare.KanBestallaIForskrivarensNamn)
            .Select(f => (f.Id, f.Namn))
            .ToList();
    }

    public async Task<Tjanstestalle> TjanstestalleAsync(CancellationToken ct = default) =>
        _tjanstestalle ??= await db.Tjanstestallen.Include(t => t.Forrad).SingleAsync(t => t.Id == TjanstestalleId, ct);

    /// <summary>
    /// Makes <paramref name="tjanstestalleId"/> (one of the user's own) the active tjänsteställe: the login cookie is
    /// re-issued with it, and the rest of this request already works in it. False when it is not one of theirs.
    /// </summary>
    public async Task<bool> ArbetaIAsync(int tjanstestalleId, CancellationToken ct = default)
    {
        if (tjanstestalleId == TjanstestalleId)
        {
            return true;
        }
        var anvandare = await HamtaAsync(ct);
        if (!anvandare.Tjanstestallen.Any(t => t.TjanstestalleId == tjanstestalleId))
        {
            return false;
        }
        var kontext = accessor.HttpContext ?? throw new InvalidOperationException("Byte av tjänsteställe kräver en pågående begäran.");
        var principal = SesamClaims.Skapa(anvandare, tjanstestalleId, CookieAuthenticationDefaults.AuthenticationScheme, klocka.GetUtcNow(), Sessionsbindning.Las(User));
        await kontext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        kontext.User = principal;
        _tjanstestalle = null;
        _aktivtForrad = null;
        await logg.SkrivAsync(anvandare.HsaId, tjanstestalleId, null, "Byte av tjänsteställe", "Arbetar nu i ett annat tjänsteställe.", ct);
        return true;
    }

    /// <summary>Composes "select the key" with "test the key" into one translatable predicate.</summary>
    private static Expression<Func<T, bool>> Villkor<T>(Expression<Func<T, int>> nyckel, Expression<Func<int, bool>> test) =>
        Expression.Lambda<Func<T, bool>>(new Ersattning(test.Parameters[0], nyckel.Body).Visit(test.Body), nyckel.Parameters);

    private sealed class Ersattning(ParameterExpression fran, Expression till) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == fran ? till : base.VisitParameter(node);
    }
}
