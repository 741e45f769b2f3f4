using System.Security.Cryptography.X509Certificates;

namespace Sesam.Web.Infrastructure.Siths;

/// <summary>
/// The SITHS configuration contract: <c>Siths:TrustAnchors</c> (PEM/DER file paths), <c>Siths:RevocationMode</c>
/// (NoCheck | Offline | Online) and <c>Siths:ForwardedHeader</c> (header a TLS-terminating proxy puts the client
/// certificate in; off when empty). Certificate login is on when a Kestrel endpoint asks for client
/// certificates or a forwarded header is configured.
/// </summary>
public sealed record SithsInstallningar(bool Aktiv, IReadOnlyList<string> TrustAnchors, X509RevocationMode RevocationMode, string? ForwardedHeader)
{
    public static SithsInstallningar Las(IConfiguration config)
    {
        var ankare = config.GetSection("Siths:TrustAnchors").Get<string[]>() ?? [];
        var sparrlage = config["Siths:RevocationMode"] is { Length: > 0 } text
            ? Enum.TryParse<X509RevocationMode>(text, ignoreCase: true, out var lage) && Enum.IsDefined(lage)
                ? lage
                : throw new InvalidOperationException($"Siths:RevocationMode måste vara NoCheck, Offline eller Online, inte '{text}'.")
            : X509RevocationMode.Online;
        var huvud = config["Siths:ForwardedHeader"] is { Length: > 0 } h ? h : null;
        var klientcertifikat = config.GetSection("Kestrel:Endpoints").GetChildren()
            .Any(e => e["ClientCertificateMode"] is { } m && !m.Equals("NoCertificate", StringComparison.OrdinalIgnoreCase));
        var aktiv = klientcertifikat || huvud is not null;
        if (aktiv && ankare.Length == 0)
        {
            throw new InvalidOperationException("Certifikatinloggning är påslagen men Siths:TrustAnchors saknas: ange SITHS rotcertifikat.");
        }
        return new SithsInstallningar(aktiv, ankare, sparrlage, huvud);
    }

    /// <summary>The certificates of <see cref="TrustAnchors"/>. A PEM file may hold several (a bundle); anything else
    /// is read as one DER certificate.</summary>
    public X509Certificate2Collection LasFortroendeankare()
    {
        var samling = new X509Certificate2Collection();
        foreach (var sokvag in TrustAnchors)
        {
            if (!File.Exists(sokvag))
            {
                throw new InvalidOperationException($"Siths:TrustAnchors: filen '{sokvag}' finns inte.");
            }
            if (File.ReadAllText(sokvag).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            {
                samling.ImportFromPemFile(sokvag);
            }
            else
            {
                samling.Add(X509CertificateLoader.LoadCertificateFromFile(sokvag));
            }
        }
        return samling;
    }
}
