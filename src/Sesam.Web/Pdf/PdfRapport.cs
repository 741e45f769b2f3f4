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

    /// <summary>Room around a table cell's text (half on each side), so neighbouring columns never touch.</summary>
    private const double Cellmarginal = 8;

    /// <summary>Between the two columns of <see cref="Uppgifter"/> and between signature lines' captions.</summary>
    private const double Kolumnavstand = 12;

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
        var rader = Radbryt(text, font, Bredd);
        Plats((rader.Count * storlek * Radavstand) + (storlek * 0.5));
        foreach (var rad in rader)
        {
            _g.DrawString(rad, font, XBrushes.Black, new XRect(Marginal, _y, Bredd, storlek * Radavstand), XStringFormats.TopLeft);
            _y += storlek * Radavstand;
        }
        _y += storlek * 0.5;
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

    /// <summary>"Etikett: värde" lines side by side in two columns; labels and values wrap within their column.</summary>
    public void Uppgifter(IReadOnlyList<(string Etikett, string Varde)> uppgifter)
    {
        var kolumn = Bredd / 2;
        var text = kolumn - Kolumnavstand;
        var radhojd = _brod.Size * Radavstand;
        for (var i = 0; i < uppgifter.Count; i += 2)
        {
            var par = uppgifter.Skip(i).Take(2)
                .Select(u => (Etikett: Radbryt(u.Etikett, _fet, text), Varde: Radbryt(u.Varde, _brod, text)))
                .ToList();
            var hojd = par.Max(p => p.Etikett.Count + p.Varde.Count) * radhojd;
            Plats(hojd);
            for (var k = 0; k < par.Count; k++)
            {
                var x = Marginal + (k * kolumn);
                var y = _y;
                foreach (var (rad, font) in par[k].Etikett.Select(r => (r, _fet)).Concat(par[k].Varde.Select(r => (r, _brod))))
                {
                    _g.DrawString(rad, font, XBrushes.Black, new XRect(x, y, text, radhojd), XStringFormats.TopLeft);
                    y += radhojd;
                }
            }
            _y += hojd + 4;
        }
        _y += 6;
    }

    /// <summary>A table whose column widths come from its measured text: every column gets room for its longest word
    /// and its header, what is left goes to the columns with long text, and a cell wraps within its column (a word
    /// wider than the column is broken).</summary>
    public void Tabell(IReadOnlyList<string> rubriker, IEnumerable<IReadOnlyList<string>> rader)
    {
        var alla = rader.ToList();
        var bredder = Kolumnbredder(rubriker, alla);
        TabellRad(rubriker, bredder, _fet, rubrik: true);
        foreach (var rad in alla)
        {
            if (TabellRad(rad, bredder, _brod, rubrik: false))
            {
                TabellRad(rubriker, bredder, _fet, rubrik: true);
                TabellRad(rad, bredder, _brod, rubrik: false);
            }
        }
        _y += 8;
    }

    /// <summary>Lines to sign on, each with its caption underneath: each line at least as long as its caption, or the
    /// captions wrap when together they are wider than the page.</summary>
    public void Underskrifter(params string[] rubriker)
    {
        const double luft = 28;
        var mellanrum = Kolumnavstand * 2;
        var tillganglig = Bredd - ((rubriker.Length - 1) * mellanrum);
        var behov = rubriker.Select(r => Math.Max(_g.MeasureString(r, _brod).Width, tillganglig / rubriker.Length / 2)).ToArray();
        var bredder = behov.Sum() <= tillganglig
            ? behov.Select(b => b + ((tillganglig - behov.Sum()) / rubriker.Length)).ToArray()
            : [.. rubriker.Select(_ => tillganglig / rubriker.Length)];
        var texter = rubriker.Select((r, i) => Radbryt(r, _brod, bredder[i])).ToList();
        var radhojd = _brod.Size * Radavstand;
        var hojd = luft + 3 + (texter.Max(t => t.Count) * radhojd);
        Plats(hojd);
        _y += luft;
        var x = Marginal;
        for (var i = 0; i < rubriker.Length; i++)
        {
            _g.DrawLine(XPens.Black, x, _y, x + bredder[i], _y);
            var y = _y + 3;
            foreach (var rad in texter[i])
            {
                _g.DrawString(rad, _brod, XBrushes.Black, new XRect(x, y, bredder[i], radhojd), XStringFormats.TopLeft);
                y += radhojd;
            }
            x += bredder[i] + mellanrum;
        }
        _y += hojd - luft + 4;
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

    /// <summary>
    /// Each column's width: at least its header on one line (or, when the headers do not fit side by side, its
    /// header's longest word) and its longest word (a cell's word counts up to an even share of the page, longer ones
    /// are broken); the rest shared in proportion to how much more each column's lines want.
    /// </summary>
    private double[] Kolumnbredder(IReadOnlyList<string> rubriker, List<IReadOnlyList<string>> rader)
    {
        var andel = Bredd / rubriker.Count;
        var celler = Enumerable.Range(0, rubriker.Count).Select(i => rader.Select(r => r[i]).ToList()).ToList();
        var ord = celler.Select(c => c.SelectMany(Ord).Select(o => Math.Min(Textbredd(o, _brod), andel)).DefaultIfEmpty(0).Max()).ToList();
        var minst = rubriker.Select((r, i) => Math.Max(Textbredd(r, _fet), ord[i]) + Cellmarginal).ToArray();
        if (minst.Sum() > Bredd)
        {
            minst = [.. rubriker.Select((r, i) => Math.Max(Ord(r).Select(o => Textbredd(o, _fet)).DefaultIfEmpty(0).Max(), ord[i]) + Cellmarginal)];
        }
        if (minst.Sum() > Bredd)
        {
            return [.. minst.Select(m => m * Bredd / minst.Sum())];
        }
        var onskad = celler.Select((c, i) => Math.Max(minst[i], c.SelectMany(Rader).Select(r => Textbredd(r, _brod)).DefaultIfEmpty(0).Max() + Cellmarginal)).ToArray();
        var over = Bredd - minst.Sum();
        var mer = onskad.Zip(minst, (o, m) => o - m).ToArray();
        return mer.Sum() <= over
            ? [.. onskad.Select(o => o + ((over - mer.Sum()) * o / onskad.Sum()))]
            : [.. minst.Select((m, i) => m + (over * mer[i] / mer.Sum()))];
    }

    private double Textbredd(string text, XFont font) => _g.MeasureString(text, font).Width;

    private static IEnumerable<string> Rader(string text) => (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n');

    private static string[] Ord(string text) => (text ?? "").Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    /// <returns>Whether a page break came before the row (so the caller repeats the header).</returns>
    private bool TabellRad(IReadOnlyList<string> celler, double[] bredder, XFont font, bool rubrik)
    {
        var brutna = celler.Select((c, i) => Radbryt(c, font, bredder[i] - Cellmarginal)).ToList();
        var hojd = (brutna.Max(b => b.Count) * font.Size * Radavstand) + 4;
        if (_y + hojd > Botten)
        {
            NySida();
            if (!rubrik)
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
                _g.DrawString(rad, font, XBrushes.Black, new XRect(x + (Cellmarginal / 2), y, bredder[i] - Cellmarginal, font.Size * Radavstand), XStringFormats.TopLeft);
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
            var bredd = sida.Width.Point - (2 * Marginal);
            var sidnummer = $"Sida {i + 1} av {_dokument.PageCount}";
            var text = Kortad(g, _sidfot, font, bredd - g.MeasureString(sidnummer, font).Width - Kolumnavstand);
            g.DrawString(text, font, XBrushes.Gray, new XRect(Marginal, y, bredd, 12), XStringFormats.TopLeft);
            g.DrawString(sidnummer, font, XBrushes.Gray, new XRect(Marginal, y, bredd, 12), XStringFormats.TopRight);
        }
        _sparad = true;
    }

    /// <summary>The text, cut and ended with "…" when it is wider than <paramref name="bredd"/>.</summary>
    private static string Kortad(XGraphics g, string text, XFont font, double bredd)
    {
        if (g.MeasureString(text, font).Width <= bredd)
        {
            return text;
        }
        var langd = text.Length;
        while (langd > 0 && g.MeasureString(text[..langd] + "…", font).Width > bredd)
        {
            langd--;
        }
        return text[..langd].TrimEnd() + "…";
    }

    /// <summary>The text's lines within <paramref name="bredd"/>: broken between words, and a word wider than that
    /// broken between its characters.</summary>
    private List<string> Radbryt(string text, XFont font, double bredd)
    {
        var resultat = new List<string>();
        foreach (var stycke in Rader(text))
        {
            var rad = "";
            foreach (var helt in stycke.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var ord in Delar(helt, font, bredd))
                {
                    var forsok = rad.Length == 0 ? ord : $"{rad} {ord}";
                    if (rad.Length > 0 && Textbredd(forsok, font) > bredd)
                    {
                        resultat.Add(rad);
                        rad = ord;
                    }
                    else
                    {
                        rad = forsok;
                    }
                }
            }
            resultat.Add(rad);
        }
        return resultat;
    }

    /// <summary>The word itself when it fits, otherwise pieces of it that each fit (at least one character each).</summary>
    private List<string> Delar(string ord, XFont font, double bredd)
    {
        var delar = new List<string>();
        var kvar = ord;
        while (Textbredd(kvar, font) > bredd && kvar.Length > 1)
        {
            var langd = kvar.Length - 1;
            while (langd > 1 && Textbredd(kvar[..langd], font) > bredd)
            {
                langd--;
            }
            delar.Add(kvar[..langd]);
            kvar = kvar[langd..];
        }
        delar.Add(kvar);
        return delar;
    }
}
