using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Sesam.Web.Pdf;

/// <summary>
/// A simple flowing A4 document for Sesam's printouts (lagersaldorapport, hjälpmedelslista, låneförbindelse):
/// headings, paragraphs, label/value lines, tables that break across pages with repeated headers, signature
/// lines, and a footer with the title and page numbers.
/// </summary>
public sealed class PdfRapport : IDisposable
{
    private const double Marginal = 48;
    private const double Radavstand = 1.35;

    private readonly PdfDocument _dokument = new();
    private readonly string _sidfot;
    private readonly XFont _brod = new(SesamTypsnitt.Familj, 9.5);
    private readonly XFont _fet = new(SesamTypsnitt.Familj, 9.5, XFontStyleEx.Bold);
    private PdfPage _sida = null!;
    private XGraphics _g = null!;
    private double _y;
    private bool _sparad;

    // Before any instance field: creating the document and the fonts needs the license and the font resolver.
    static PdfRapport() => SesamTypsnitt.Registrera();

    public PdfRapport(string titel, string sidfot)
    {
        _dokument.Info.Title = titel;
        _dokument.Info.Creator = "Sesam";
        _sidfot = sidfot;
        NySida();
    }

    private double Bredd => _sida.Width.Point - (2 * Marginal);

    private double Botten => _sida.Height.Point - Marginal - 20;

    public void Rubrik(string text, double storlek = 16)
    {
        var font = new XFont(SesamTypsnitt.Familj, storlek, XFontStyleEx.Bold);
        Plats(storlek * 1.8);
        _g.DrawString(text, font, XBrushes.Black, new XRect(Marginal, _y, Bredd, storlek * 1.4), XStringFormats.TopLeft);
        _y += storlek * 1.8;
    }

    public void Stycke(string text, bool fet = false)
    {
        var font = fet ? _fet : _brod;
        foreach (var rad in Radbryt(text, font, Bredd))
        {
            Plats(font.Size * Radavstand);
            _g.DrawString(rad, font, XBrushes.Black, new XRect(Marginal, _y, Bredd, font.Size * Radavstand), XStringFormats.TopLeft);
            _y += font.Size * Radavstand;
        }
        _y += font.Size * 0.5;
    }

    /// <summary>"Etikett: värde" lines side by side in two columns.</summary>
    public void Uppgifter(IReadOnlyList<(string Etikett, string Varde)> uppgifter)
    {
        var kolumn = Bredd / 2;
        for (var i = 0; i < uppgifter.Count; i += 2)
        {
            var hojd = 0.0;
            for (var k = 0; k < 2 && i + k < uppgifter.Count; k++)
            {
                var (etikett, varde) = uppgifter[i + k];
                var rader = Radbryt(varde, _brod, kolumn - 10);
                hojd = Math.Max(hojd, (rader.Count + 1) * _brod.Size * Radavstand);
            }
            Plats(hojd);
            for (var k = 0; k < 2 && i + k < uppgifter.Count; k++)
            {
                var (etikett, varde) = uppgifter[i + k];
                var x = Marginal + (k * kolumn);
                _g.DrawString(etikett, _fet, XBrushes.Black, new XRect(x, _y, kolumn, _fet.Size * Radavstand), XStringFormats.TopLeft);
                var y = _y + (_brod.Size * Radavstand);
                foreach (var rad in Radbryt(varde, _brod, kolumn - 10))
                {
                    _g.DrawString(rad, _brod, XBrushes.Black, new XRect(x, y, kolumn, _brod.Size * Radavstand), XStringFormats.TopLeft);
                    y += _brod.Size * Radavstand;
                }
            }
            _y += hojd + 4;
        }
        _y += 6;
    }

    /// <summary>A table; <paramref name="andelar"/> are the relative column widths. Long cells wrap.</summary>
    public void Tabell(IReadOnlyList<string> rubriker, IReadOnlyList<double> andelar, IEnumerable<IReadOnlyList<string>> rader)
    {
        var summa = andelar.Sum();
        var bredder = andelar.Select(a => Bredd * a / summa).ToArray();
        TabellRad(rubriker, bredder, _fet, rubrik: true);
        foreach (var rad in rader)
        {
            if (TabellRad(rad, bredder, _brod, rubrik: false))
            {
                TabellRad(rubriker, bredder, _fet, rubrik: true);
                TabellRad(rad, bredder, _brod, rubrik: false);
            }
        }
        _y += 8;
    }

    /// <summary>Lines to sign on, each with its caption underneath.</summary>
    public void Underskrifter(params string[] rubriker)
    {
        const double hojd = 46;
        var bredd = (Bredd - ((rubriker.Length - 1) * 20)) / rubriker.Length;
        Plats(hojd + 20);
        _y += 28;
        for (var i = 0; i < rubriker.Length; i++)
        {
            var x = Marginal + (i * (bredd + 20));
            _g.DrawLine(XPens.Black, x, _y, x + bredd, _y);
            _g.DrawString(rubriker[i], _brod, XBrushes.Black, new XRect(x, _y + 3, bredd, 14), XStringFormats.TopLeft);
        }
        _y += hojd - 28 + 14;
    }

    public byte[] Spara()
    {
        Sidfot();
        using var minne = new MemoryStream();
        _dokument.Save(minne, closeStream: false);
        return minne.ToArray();
    }

    public void Dispose()
    {
        // Once saved, the page's graphics are already disposed: a new one to dispose here would add an empty content
        // stream, which PDF readers report as a broken flate stream.
        if (!_sparad)
        {
            _g.Dispose();
        }
        _dokument.Dispose();
    }

    /// <returns>Whether a page break came before the row (so the caller repeats the header).</returns>
    private bool TabellRad(IReadOnlyList<string> celler, double[] bredder, XFont font, bool rubrik)
    {
        var brutna = celler.Select((c, i) => Radbryt(c, font, bredder[i] - 6)).ToList();
        var hojd = (brutna.Max(b => b.Count) * font.Size * Radavstand) + 4;
        var nySida = false;
        if (_y + hojd > Botten)
        {
            NySida();
            nySida = !rubrik;
            if (nySida)
            {
                return true;
            }
        }
        if (rubrik)
        {
            _g.DrawRectangle(new XSolidBrush(XColor.FromArgb(231, 237, 243)), Marginal, _y, Bredd, hojd);
        }
        var x = Marginal;
        for (var i = 0; i < brutna.Count; i++)
        {
            var y = _y + 2;
            foreach (var rad in brutna[i])
            {
                _g.DrawString(rad, font, XBrushes.Black, new XRect(x + 3, y, bredder[i] - 6, font.Size * Radavstand), XStringFormats.TopLeft);
                y += font.Size * Radavstand;
            }
            x += bredder[i];
        }
        _y += hojd;
        _g.DrawLine(new XPen(XColor.FromArgb(200, 205, 212), 0.5), Marginal, _y, Marginal + Bredd, _y);
        return false;
    }

    private void Plats(double hojd)
    {
        if (_y + hojd > Botten)
        {
            NySida();
        }
    }

    private void NySida()
    {
        _g?.Dispose();
        _sida = _dokument.AddPage();
        _sida.Size = PdfSharp.PageSize.A4;
        _g = XGraphics.FromPdfPage(_sida);
        _y = Marginal;
    }

    private void Sidfot()
    {
        _g.Dispose();
        var font = new XFont(SesamTypsnitt.Familj, 8);
        for (var i = 0; i < _dokument.PageCount; i++)
        {
            var sida = _dokument.Pages[i];
            using var g = XGraphics.FromPdfPage(sida, XGraphicsPdfPageOptions.Append);
            var y = sida.Height.Point - Marginal + 6;
            g.DrawString(_sidfot, font, XBrushes.Gray, new XRect(Marginal, y, sida.Width.Point - (2 * Marginal), 12), XStringFormats.TopLeft);
            g.DrawString($"Sida {i + 1} av {_dokument.PageCount}", font, XBrushes.Gray, new XRect(Marginal, y, sida.Width.Point - (2 * Marginal), 12), XStringFormats.TopRight);
        }
        _sparad = true;
    }

    private List<string> Radbryt(string text, XFont font, double bredd)
    {
        var resultat = new List<string>();
        foreach (var stycke in (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var rad = "";
            foreach (var ord in stycke.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var forsok = rad.Length == 0 ? ord : $"{rad} {ord}";
                if (rad.Length > 0 && _g.MeasureString(forsok, font).Width > bredd)
                {
                    resultat.Add(rad);
                    rad = ord;
                }
                else
                {
                    rad = forsok;
                }
            }
            resultat.Add(rad);
        }
        return resultat;
    }
}
