using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace Sesam.Web.Infrastructure;

/// <summary>
/// The CSV files Sesam exports: semicolon-separated UTF-8 with BOM, as Swedish Excel opens them, CRLF line ends,
/// fields quoted where they hold a separator, quote or line break, and a cell a spreadsheet would take for a formula
/// (starting with =, +, - or @) prefixed with an apostrophe.
/// </summary>
public static class CsvFil
{
    private static readonly CsvWriterOptions Installningar = CsvWriterOptions.Default with
    {
        Separator = ';',
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@",
        InjectionEscape = '\'',
    };

    public static FileContentResult Skapa(string filnamn, string[] rubriker, IEnumerable<string?[]> rader)
    {
        using var minne = new MemoryStream();
        using (var csv = CsvWriter.Create(minne, Installningar, leaveOpen: true))
        {
            csv.WriteHeader(rubriker);
            foreach (var rad in rader)
            {
                csv.WriteRecord(rad);
            }
        }
        return new FileContentResult(minne.ToArray(), "text/csv; charset=utf-8") { FileDownloadName = filnamn };
    }
}
