using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sesam.Data;

namespace Sesam.Web.Infrastructure.Siths;

/// <summary>Why a certificate login was refused; the login page shows a different message for each.</summary>
public enum SithsNekad
{
    IngetCertifikat,
    OgiltigtCertifikat,
    SaknarBehorighet,
}

/// <summary>The failure a <see cref="SithsAutentisering"/> reports, with the HSA-ID when the certificate itself was valid.</summary>
public sealed class SithsInloggningNekadException(SithsNekad orsak, string? hsaId, string detalj) : Exception(detalj)
{
    public SithsNekad Orsak { get; } = orsak;
    public string? HsaId { get; } = hsaId;
}

/// <summary>
/// Authenticates a request by its TLS client certificate (or the one a proxy forwarded): a valid SITHS certificate
/// whose HSA-ID belongs to an active användare becomes the same principal as every other login, in their
/// standard tjänsteställe. It is only asked explicitly, by the login page, which then issues the session cookie.
/// </summary>
public sealed class SithsAutentisering(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SithsCertifikatkontroll kontroll,
    SesamDbContext db,
    TimeProvider klocka)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Schema = "Siths";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var certifikat = await Context.Connection.GetClientCertificateAsync(Context.RequestAborted);
        if (certifikat is null)
        {
            return Nekad(SithsNekad.IngetCertifikat, null, "Inget klientcertifikat.");
        }
        var resultat = kontroll.Kontrollera(certifikat);
        if (!resultat.Godkant)
        {
            return Nekad(SithsNekad.OgiltigtCertifikat, null, resultat.Fel!);
        }
        var anvandare = await db.Anvandare.AsNoTracking()
            .SingleOrDefaultAsync(a => a.HsaId == resultat.HsaId, Context.RequestAborted);
        if (anvandare is not { Aktiv: true, StandardTjanstestalleId: { } tjanstestalleId })
        {
            return Nekad(SithsNekad.SaknarBehorighet, resultat.HsaId, "HSA-id:t saknas, är inaktivt eller saknar tjänsteställe i Sesam.");
        }
        var principal = SesamClaims.Skapa(anvandare, tjanstestalleId, Schema, klocka.GetUtcNow());
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Schema));
    }

    private static AuthenticateResult Nekad(SithsNekad orsak, string? hsaId, string detalj) =>
        AuthenticateResult.Fail(new SithsInloggningNekadException(orsak, hsaId, detalj));
}
