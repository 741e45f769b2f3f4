using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Sesam.Web.Infrastructure.Siths;

/// <summary>
/// Decides whether a client certificate is a SITHS e-ID Sesam accepts: issued under one of the configured trust
/// anchors only (never the machine's store), valid now, meant for client authentication, not revoked (as
/// configured), and carrying an HSA-ID in the subject's serialNumber (OID 2.5.4.5).
/// Used both in the TLS handshake and for certificates forwarded by a proxy.
/// </summary>
public sealed class SithsCertifikatkontroll
{
    private const string KlientautentiseringOid = "1.3.6.1.5.5.7.3.2";
    private const string SerienummerOid = "2.5.4.5";

    private readonly X509Certificate2Collection _ankare;
    private readonly X509RevocationMode _sparrlage;
    private readonly TimeProvider _klocka;

    public SithsCertifikatkontroll(SithsInstallningar installningar, TimeProvider klocka)
    {
        _ankare = [];
        foreach (var sokvag in installningar.TrustAnchors)
        {
            _ankare.AddRange(LasCertifikat(sokvag));
        }
        _sparrlage = installningar.RevocationMode;
        _klocka = klocka;
    }

    public sealed record Resultat(bool Godkant, string? HsaId, string? Fel)
    {
        public static Resultat Nekat(string fel) => new(false, null, fel);
    }

    public Resultat Kontrollera(X509Certificate2 certifikat)
    {
        var nu = _klocka.GetUtcNow().UtcDateTime;
        if (nu < certifikat.NotBefore.ToUniversalTime() || nu > certifikat.NotAfter.ToUniversalTime())
        {
            return Resultat.Nekat("Certifikatet är inte giltigt nu (utgånget eller ännu inte giltigt).");
        }
        var anvandning = certifikat.Extensions.OfType<X509EnhancedKeyUsageExtension>().SingleOrDefault();
        if (anvandning is null || !anvandning.EnhancedKeyUsages.Cast<Oid>().Any(o => o.Value == KlientautentiseringOid))
        {
            return Resultat.Nekat("Certifikatet är inte avsett för klientautentisering.");
        }
        using var kedja = new X509Chain();
        kedja.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        kedja.ChainPolicy.CustomTrustStore.AddRange(_ankare);
        kedja.ChainPolicy.ExtraStore.AddRange(_ankare);
        kedja.ChainPolicy.RevocationMode = _sparrlage;
        kedja.ChainPolicy.RevocationFlag = X509RevocationFlag.ExcludeRoot;
        kedja.ChainPolicy.DisableCertificateDownloads = _sparrlage != X509RevocationMode.Online;
        kedja.ChainPolicy.VerificationTime = nu;
        kedja.ChainPolicy.VerificationTimeIgnored = false;
        kedja.ChainPolicy.ApplicationPolicy.Add(new Oid(KlientautentiseringOid));
        if (!kedja.Build(certifikat))
        {
            var orsak = string.Join(", ", kedja.ChainStatus.Select(s => s.Status.ToString()).Distinct());
            return Resultat.Nekat($"Certifikatkedjan godtas inte ({orsak}).");
        }
        var hsaId = certifikat.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(r => !r.HasMultipleElements && r.GetSingleElementType().Value == SerienummerOid)
            .Select(r => r.GetSingleElementValue())
            .FirstOrDefault();
        return string.IsNullOrWhiteSpace(hsaId)
            ? Resultat.Nekat("Certifikatet saknar HSA-id (serialNumber i subjektet).")
            : new Resultat(true, hsaId.Trim(), null);
    }

    /// <summary>A PEM file may hold several certificates (a bundle); anything else is read as one DER certificate.</summary>
    private static X509Certificate2Collection LasCertifikat(string sokvag)
    {
        if (!File.Exists(sokvag))
        {
            throw new InvalidOperationException($"Siths:TrustAnchors: filen '{sokvag}' finns inte.");
        }
        var samling = new X509Certificate2Collection();
        if (File.ReadAllText(sokvag).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            samling.ImportFromPemFile(sokvag);
        }
        else
        {
            samling.Add(X509CertificateLoader.LoadCertificateFromFile(sokvag));
        }
        return samling;
    }
}
