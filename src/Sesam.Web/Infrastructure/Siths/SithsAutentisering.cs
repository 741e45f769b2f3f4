using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication.Certificate;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;

namespace Sesam.Web.Infrastructure.Siths;

/// <summary>Why a certificate login was refused; the login page shows a different message for each.</summary>
public enum SithsNekad
{
    OgiltigtCertifikat,
    SaknarBehorighet,
}

/// <summary>The failure <see cref="SithsAutentisering"/> reports for a certificate that chained to a trust anchor,
/// with the HSA-ID when there was one.</summary>
public sealed class SithsInloggningNekadException(SithsNekad orsak, string? hsaId, string detalj) : Exception(detalj)
{
    public SithsNekad Orsak { get; } = orsak;
    public string? HsaId { get; } = hsaId;
}

/// <summary>
/// SITHS login on ASP.NET Core's certificate authentication: the handler validates the TLS client certificate (or
/// the one a proxy forwarded) against <c>Siths:TrustAnchors</c> only, its validity, its client-authentication usage
/// and its revocation; <see cref="AnvandareAsync"/> then maps the HSA-ID in the subject's serialNumber (OID 2.5.4.5)
/// to an active användare in their standard tjänsteställe. The scheme is only asked explicitly, by the login page,
/// which then issues the session cookie.
/// </summary>
public static class SithsAutentisering
{
    public const string Schema = "Siths";

    private const string SerienummerOid = "2.5.4.5";

    public static void Konfigurera(CertificateAuthenticationOptions o, SithsInstallningar installningar)
    {
        var ankare = installningar.LasFortroendeankare();
        o.AllowedCertificateTypes = CertificateTypes.Chained;
        o.ChainTrustValidationMode = X509ChainTrustMode.CustomRootTrust;
        o.CustomTrustStore = ankare;
        // A bundle may hold the issuing CA beside the root; the chain is built from it too.
        o.AdditionalChainCertificates = ankare;
        o.RevocationMode = installningar.RevocationMode;
        o.RevocationFlag = X509RevocationFlag.ExcludeRoot;
        o.ValidateCertificateUse = true;
        o.ValidateValidityPeriod = true;
        o.Events = new CertificateAuthenticationEvents { OnCertificateValidated = AnvandareAsync };
    }

    /// <summary>The principal of a valid certificate: the användare, their standard tjänsteställe and the certificate's
    /// thumbprint, from which the login page starts a session.</summary>
    private static async Task AnvandareAsync(CertificateValidatedContext kontext)
    {
        var hsaId = HsaId(kontext.ClientCertificate);
        if (hsaId is null)
        {
            kontext.Fail(new SithsInloggningNekadException(SithsNekad.OgiltigtCertifikat, null, "Certifikatet saknar HSA-id (serialNumber i subjektet)."));
            return;
        }
        var anvandare = await kontext.HttpContext.RequestServices.GetRequiredService<SesamDbContext>().Anvandare.AsNoTracking()
            .Where(a => a.HsaId == hsaId)
            .Select(a => new { a.Id, a.Aktiv, a.StandardTjanstestalleId })
            .SingleOrDefaultAsync(kontext.HttpContext.RequestAborted);
        if (anvandare is not { Aktiv: true, StandardTjanstestalleId: { } tjanstestalleId })
        {
            kontext.Fail(new SithsInloggningNekadException(SithsNekad.SaknarBehorighet, hsaId, "HSA-id:t saknas, är inaktivt eller saknar tjänsteställe i Sesam."));
            return;
        }
        kontext.Principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(SesamClaims.AnvandareId, anvandare.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(SesamClaims.HsaId, hsaId),
            new Claim(SesamClaims.Tjanstestalle, tjanstestalleId.ToString(CultureInfo.InvariantCulture)),
            new Claim(SesamClaims.Certifikat, Inloggningssessioner.Tumavtryck(kontext.ClientCertificate)),
        ], Schema));
        kontext.Success();
    }

    private static string? HsaId(X509Certificate2 certifikat) =>
        certifikat.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(r => !r.HasMultipleElements && r.GetSingleElementType().Value == SerienummerOid)
            .Select(r => r.GetSingleElementValue()?.Trim())
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
