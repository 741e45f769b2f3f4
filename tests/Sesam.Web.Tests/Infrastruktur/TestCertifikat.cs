using System.Formats.Asn1;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Sesam.Web.Tests.Infrastruktur;

/// <summary>
/// A throwaway certificate authority for tests, made with <see cref="CertificateRequest"/> (no openssl): a root,
/// a localhost server certificate and SITHS-like client certificates with the HSA-ID in the subject's serialNumber.
/// </summary>
public sealed class TestCertifikat : IDisposable
{
    private const string Serverautentisering = "1.3.6.1.5.5.7.3.1";
    private const string Klientautentisering = "1.3.6.1.5.5.7.3.2";

    private TestCertifikat(X509Certificate2 rot) => Rot = rot;

    /// <summary>The root, with its private key.</summary>
    public X509Certificate2 Rot { get; }

    public static TestCertifikat SkapaRot(string namn = "Sesam Test Root CA")
    {
        using var nyckel = RSA.Create(2048);
        var begaran = new CertificateRequest($"CN={namn}", nyckel, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        begaran.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        begaran.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        begaran.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(begaran.PublicKey, false));
        var nu = DateTimeOffset.UtcNow;
        return new TestCertifikat(begaran.CreateSelfSigned(nu.AddYears(-5), nu.AddYears(5)));
    }

    /// <summary>A server certificate for localhost and 127.0.0.1.</summary>
    public X509Certificate2 Server()
    {
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        san.AddIpAddress(IPAddress.Loopback);
        return Utfarda(new X500DistinguishedName("CN=localhost"), Serverautentisering, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1), san.Build());
    }

    /// <summary>A SITHS-like client certificate; give <paramref name="fran"/>/<paramref name="till"/> for an expired one.</summary>
    public X509Certificate2 Klient(string hsaId, string namn, DateTimeOffset? fran = null, DateTimeOffset? till = null)
    {
        var subjekt = new X500DistinguishedNameBuilder();
        subjekt.AddCountryOrRegion("SE");
        subjekt.Add("2.5.4.5", hsaId, UniversalTagNumber.PrintableString);
        subjekt.AddCommonName(namn);
        return Utfarda(subjekt.Build(), Klientautentisering, fran ?? DateTimeOffset.UtcNow.AddDays(-1), till ?? DateTimeOffset.UtcNow.AddYears(1), null);
    }

    public string SparaRotPem(string katalog)
    {
        var fil = Path.Combine(katalog, "ca.crt");
        File.WriteAllText(fil, Rot.ExportCertificatePem());
        return fil;
    }

    /// <summary>Writes a PKCS#12 file with an empty password, as the server and browser tests read them.</summary>
    public static string SparaPfx(X509Certificate2 certifikat, string fil)
    {
        File.WriteAllBytes(fil, certifikat.Export(X509ContentType.Pfx, ""));
        return fil;
    }

    public void Dispose() => Rot.Dispose();

    private X509Certificate2 Utfarda(X500DistinguishedName subjekt, string anvandning, DateTimeOffset fran, DateTimeOffset till, X509Extension? san)
    {
        using var nyckel = RSA.Create(2048);
        var begaran = new CertificateRequest(subjekt, nyckel, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        begaran.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        begaran.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        begaran.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(anvandning)], false));
        begaran.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Rot, true, false));
        if (san is not null)
        {
            begaran.CertificateExtensions.Add(san);
        }
        var serienummer = RandomNumberGenerator.GetBytes(16);
        serienummer[0] &= 0x7F;
        using var utan = begaran.Create(Rot, fran, till, serienummer);
        using var med = utan.CopyWithPrivateKey(nyckel);
        // A round trip through PKCS#12 gives a key that SslStream can use on every platform.
        return X509CertificateLoader.LoadPkcs12(med.Export(X509ContentType.Pfx, ""), "", X509KeyStorageFlags.Exportable);
    }
}
