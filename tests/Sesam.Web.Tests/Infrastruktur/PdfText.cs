using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Sesam.Web.Tests.Infrastruktur;

/// <summary>A word pdftotext found on a page, with its box in points from the page's top left corner.</summary>
public sealed record PdfOrd(int Sida, double Sidbredd, string Text, double XMin, double YMin, double XMax, double YMax);

/// <summary>Extracts a PDF's text with pdftotext (poppler-utils, installed by scripts/setup.sh). Anything pdftotext
/// complains about (e.g. "Syntax Error: Bad block header in flate stream") fails the test: readers differ in what they forgive.</summary>
public static partial class PdfText
{
    public static Task<string> ExtraheraAsync(byte[] pdf) => PdftotextAsync(pdf, "-layout");

    /// <summary>The text in the order it is drawn, white space folded to single spaces: a table cell whose text wraps
    /// within its column reads as one phrase, which the layout mode splits over two lines.</summary>
    public static async Task<string> ExtraheraLopandeAsync(byte[] pdf) =>
        Blanksteg().Replace(await PdftotextAsync(pdf, "-raw"), " ");

    /// <summary>Every word with its box (<c>pdftotext -bbox</c>), page by page.</summary>
    public static async Task<IReadOnlyList<PdfOrd>> OrdAsync(byte[] pdf)
    {
        var html = await PdftotextAsync(pdf, "-bbox");
        var ord = new List<PdfOrd>();
        var sida = 0;
        var bredd = 0.0;
        foreach (Match m in SidaEllerOrd().Matches(html))
        {
            if (m.Groups["sida"].Success)
            {
                sida++;
                bredd = Tal(m, "bredd");
                continue;
            }
            ord.Add(new PdfOrd(sida, bredd, WebUtility.HtmlDecode(m.Groups["text"].Value), Tal(m, "x0"), Tal(m, "y0"), Tal(m, "x1"), Tal(m, "y1")));
        }
        return ord;
    }

    /// <summary>
    /// Fails when a word's box overlaps another's on the same page or leaves the page's printable area: text that runs
    /// into its neighbour, a header that does not fit its column, a caption that touches the next. Up to
    /// <paramref name="tolerans"/> points of overlap are allowed, as pdftotext's boxes are the font's full height.
    /// </summary>
    public static async Task AssertIngaOverlappAsync(string dokument, byte[] pdf, double marginal = 40, double tolerans = 0.05)
    {
        var ord = await OrdAsync(pdf);
        Assert.NotEmpty(ord);
        var fel = new List<string>();
        foreach (var sida in ord.GroupBy(o => o.Sida))
        {
            var pa = sida.ToList();
            fel.AddRange(pa.Where(o => o.XMin < marginal || o.XMax > o.Sidbredd - marginal)
                .Select(o => $"sida {o.Sida}: \"{o.Text}\" ({o.XMin:0.0}–{o.XMax:0.0}) går utanför marginalen"));
            for (var i = 0; i < pa.Count; i++)
            {
                for (var j = i + 1; j < pa.Count; j++)
                {
                    var (a, b) = (pa[i], pa[j]);
                    if (Math.Min(a.XMax, b.XMax) - Math.Max(a.XMin, b.XMin) > tolerans && Math.Min(a.YMax, b.YMax) - Math.Max(a.YMin, b.YMin) > tolerans)
                    {
                        fel.Add($"sida {a.Sida}: \"{a.Text}\" ({a.XMin:0.0},{a.YMin:0.0})–({a.XMax:0.0},{a.YMax:0.0}) överlappar \"{b.Text}\" ({b.XMin:0.0},{b.YMin:0.0})–({b.XMax:0.0},{b.YMax:0.0})");
                    }
                }
            }
        }
        Assert.True(fel.Count == 0, $"{dokument}: {fel.Count} ord krockar:\n{string.Join("\n", fel.Take(20))}");
    }

    private static double Tal(Match m, string grupp) => double.Parse(m.Groups[grupp].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("""(?<sida><page width="(?<bredd>[0-9.]+)")|<word xMin="(?<x0>[0-9.]+)" yMin="(?<y0>[0-9.]+)" xMax="(?<x1>[0-9.]+)" yMax="(?<y1>[0-9.]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex SidaEllerOrd();

    private static async Task<string> PdftotextAsync(byte[] pdf, string lage)
    {
        Assert.True(pdf.Length > 4 && pdf[0] == '%' && pdf[1] == 'P' && pdf[2] == 'D' && pdf[3] == 'F', "Svaret är ingen PDF.");
        var fil = Path.Combine(Path.GetTempPath(), $"sesam-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(fil, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [lage, "-enc", "UTF-8", fil, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("pdftotext kunde inte startas.");
            var text = process.StandardOutput.ReadToEndAsync();
            var fel = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0 && (await fel).Length == 0, $"pdftotext klagade på PDF:en: {await fel}");
            return await text;
        }
        finally
        {
            File.Delete(fil);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanksteg();
}
