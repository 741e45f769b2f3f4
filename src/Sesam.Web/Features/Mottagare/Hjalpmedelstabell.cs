using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;

namespace Sesam.Web.Features.Mottagare;

/// <summary>
/// The Hjälpmedel tab's table, written straight to the response's writer. A patient may hold hundreds of devices; as a
/// Razor partial each of a row's thirty literals and values became an entry in MVC's view buffer, stored and then
/// copied out again. Written from one <see cref="IHtmlContent"/>, the app's CPU per view of a 200-device patient fell
/// from 2.0 to 1.7 ms (docs/prestanda.md, session 17). Values are encoded with the encoder MVC passes in, as Razor
/// encodes them, and the markup is the partial's.
/// </summary>
public sealed class Hjalpmedelstabell(Mottagarbild.Vymodell modell) : IHtmlContent
{
    private const string Huvud =
        "<table class=\"table table-sm table-hover mb-0\" data-testid=\"hjalpmedel\" data-radlank=\"/bestallning/\">\n"
        + "<thead><tr><th scope=\"col\">Artikel</th><th scope=\"col\">Benämning</th><th scope=\"col\">Individ</th>"
        + "<th scope=\"col\" title=\"Orderdatum: när beställningen skickades\">Ord.datum</th><th scope=\"col\" title=\"Leveransdatum\">Lev.datum</th>"
        + "<th scope=\"col\" class=\"text-end\">Antal</th><th scope=\"col\">Ägare</th><th scope=\"col\">Beställning</th>"
        + "<th scope=\"col\" title=\"Finns hjälpmedlet på en öppen hämtorder?\">Hämtorder</th></tr></thead>\n<tbody>\n";

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var bas = string.Create(CultureInfo.InvariantCulture, $"/mottagare/{modell.Mottagare.Id}/komponenter/");
        writer.Write(Huvud);
        foreach (var h in modell.Hjalpmedel)
        {
            writer.Write("<tr data-artikel=\"");
            encoder.Encode(writer, h.Artikelnummer);
            writer.Write("\">\n<td><a href=\"/artiklar/");
            encoder.Encode(writer, h.Artikelnummer);
            writer.Write("\">");
            encoder.Encode(writer, h.Artikelnummer);
            writer.Write("</a></td>\n<td>");
            encoder.Encode(writer, h.Benamning);
            writer.Write("</td>\n<td>");
            if (h.Individnummer is not null)
            {
                SkrivIndivid(writer, encoder, h, bas);
            }
            writer.Write("</td>\n<td>");
            SkrivDatum(writer, h.Skickad is { } skickad ? Svensktid.Datum(skickad) : null);
            writer.Write("</td>\n<td>");
            SkrivDatum(writer, h.Levererad);
            writer.Write("</td>\n<td class=\"text-end\">");
            writer.Write(h.Antal.ToString(CultureInfo.InvariantCulture));
            writer.Write("</td>\n<td>");
            encoder.Encode(writer, h.Agare.Agare());
            writer.Write("</td>\n<td>");
            modell.Order(h.BestallningId, h.Ordernummer, h.OrderTjanstestalleId).WriteTo(writer, encoder);
            writer.Write(h.PaHamtorder ? "</td>\n<td>Ja</td>\n</tr>\n" : "</td>\n<td>Nej</td>\n</tr>\n");
        }
        writer.Write("</tbody>\n</table>\n");
    }

    /// <summary>The individnummer, linked to its individkort, and the components it has or has on their way, which
    /// expand on demand.</summary>
    private static void SkrivIndivid(TextWriter writer, HtmlEncoder encoder, Mottagarbild.Hjalpmedel h, string bas)
    {
        var individkort = "/individ/" + Uri.EscapeDataString(h.Individnummer!);
        writer.Write("<a href=\"");
        encoder.Encode(writer, individkort);
        writer.Write("\">");
        encoder.Encode(writer, h.Individnummer!);
        writer.Write("</a>\n");
        if (h.AntalKomponenter == 0 && h.KomponenterPaVag == 0)
        {
            return;
        }
        writer.Write("<details hx-get=\"");
        encoder.Encode(writer, bas);
        writer.Write(h.IndividId!.Value.ToString(CultureInfo.InvariantCulture));
        writer.Write("\" hx-trigger=\"toggle once\" hx-target=\"find div\"><summary>");
        writer.Write(h.AntalKomponenter.ToString(CultureInfo.InvariantCulture));
        writer.Write(h.AntalKomponenter == 1 ? " komponent" : " komponenter");
        if (h.KomponenterPaVag > 0)
        {
            writer.Write(", ");
            writer.Write(h.KomponenterPaVag.ToString(CultureInfo.InvariantCulture));
            writer.Write(" på väg");
        }
        writer.Write("</summary><div class=\"small\"><a href=\"");
        encoder.Encode(writer, individkort);
        writer.Write("?flik=komponenter\">Visa på individkortet</a></div></details>\n");
    }

    private static void SkrivDatum(TextWriter writer, DateOnly? datum)
    {
        if (datum is not { } d)
        {
            writer.Write('–');
            return;
        }
        // "O" is ISO 8601, yyyy-MM-dd, and formats without parsing a pattern.
        Span<char> text = stackalloc char[10];
        d.TryFormat(text, out var langd, "O", CultureInfo.InvariantCulture);
        writer.Write(text[..langd]);
    }
}
