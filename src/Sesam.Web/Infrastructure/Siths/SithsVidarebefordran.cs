using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Sesam.Web.Infrastructure.Siths;

/// <summary>
/// Reads the client certificate a TLS-terminating proxy passes in <c>Siths:ForwardedHeader</c>: URL-encoded PEM
/// (nginx <c>$ssl_client_escaped_cert</c>), plain PEM, or base64 DER. The proxy must strip the header from
/// incoming requests, or anyone could claim any certificate; the chain is validated again here regardless.
/// </summary>
public static partial class SithsVidarebefordran
{
    public static X509Certificate2? Tolka(string varde, ILogger logger)
    {
        var text = varde.Trim();
        if (text.Length == 0)
        {
            return null;
        }
        try
        {
            if (text.StartsWith('%') || text.StartsWith("-----BEGIN", StringComparison.Ordinal))
            {
                return X509Certificate2.CreateFromPem(Uri.UnescapeDataString(text));
            }
            return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(text));
        }
        catch (Exception e) when (e is FormatException or CryptographicException or ArgumentException)
        {
            // An unreadable header is treated as no certificate at all: the login is refused.
            LoggaOlasbartCertifikat(logger, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vidarebefordrat klientcertifikat kunde inte läsas: {Fel}")]
    private static partial void LoggaOlasbartCertifikat(ILogger logger, string fel);
}
