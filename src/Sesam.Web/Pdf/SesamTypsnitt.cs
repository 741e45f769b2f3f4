using PdfSharp.Fonts;

namespace Sesam.Web.Pdf;

/// <summary>
/// Serves the embedded DejaVu Sans to PDFsharp, so PDFs render the same (with å, ä, ö) on every machine,
/// whatever fonts it has installed.
/// </summary>
public sealed class SesamTypsnitt : IFontResolver
{
    public const string Familj = "Sesam Sans";
    private const string Normal = "DejaVuSans";
    private const string Fet = "DejaVuSans-Bold";

    private static readonly Lock Las = new();
    private static bool _registrerad;

    /// <summary>Sets PDFsharp's global font resolver and AGPL license once per process.</summary>
    public static void Registrera()
    {
        lock (Las)
        {
            if (_registrerad)
            {
                return;
            }
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            GlobalFontSettings.FontResolver = new SesamTypsnitt();
            _registrerad = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Fet : Normal, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(SesamTypsnitt).Assembly.GetManifestResourceStream($"Sesam.Typsnitt.{faceName}.ttf")
            ?? throw new InvalidOperationException($"Typsnittet {faceName} saknas i Sesam.Web.");
        using var minne = new MemoryStream();
        stream.CopyTo(minne);
        return minne.ToArray();
    }
}
