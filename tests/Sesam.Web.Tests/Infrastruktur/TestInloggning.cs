using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sesam.Data;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Tests.Infrastruktur;

/// <summary>Logs a test request in as the seeded user named in a header, with the same claims as the real login.</summary>
public sealed class TestInloggning(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, SesamDbContext db, TimeProvider klocka)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Schema = "Test";
    public const string HsaIdHuvud = "X-Test-HsaId";
    public const string TjanstestalleHuvud = "X-Test-Tjanstestalle";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HsaIdHuvud, out var hsaId))
        {
            return AuthenticateResult.NoResult();
        }
        var anvandare = await db.Anvandare.AsNoTracking().SingleOrDefaultAsync(a => a.HsaId == hsaId.ToString());
        if (anvandare is null)
        {
            return AuthenticateResult.Fail("Okänt HSA-id");
        }
        var tjanstestalle = Request.Headers.TryGetValue(TjanstestalleHuvud, out var t)
            ? int.Parse(t.ToString(), CultureInfo.InvariantCulture)
            : anvandare.StandardTjanstestalleId ?? 0;
        return AuthenticateResult.Success(new AuthenticationTicket(SesamClaims.Skapa(anvandare, tjanstestalle, Schema, klocka.GetUtcNow()), Schema));
    }
}
