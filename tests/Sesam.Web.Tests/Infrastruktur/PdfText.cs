using System.Diagnostics;

namespace Sesam.Web.Tests.Infrastruktur;

/// <summary>Extracts a PDF's text with pdftotext (poppler-utils, installed by scripts/setup.sh). Anything pdftotext
/// complains about (e.g. "Syntax Error: Bad block header in flate stream") fails the test: readers differ in what they forgive.</summary>
public static class PdfText
{
    public static async Task<string> ExtraheraAsync(byte[] pdf)
    {
        Assert.True(pdf.Length > 4 && pdf[0] == '%' && pdf[1] == 'P' && pdf[2] == 'D' && pdf[3] == 'F', "Svaret är ingen PDF.");
        var fil = Path.Combine(Path.GetTempPath(), $"sesam-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(fil, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", fil, "-"])
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
}
