using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;
using Sesam.Web.Pdf;
using static Sesam.Web.Features.Mottagare.Mottagarbild;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;

/// <summary>The Hjälpmedelslista PDF: what the mottagare has, with each individ's komponenter; the print is PDL-logged.</summary>
public sealed class Hjalpmedelslista(Hjalpmedelsfragan fragan, Pdl pdl, TimeProvider klocka) : IAnvandningsfall
{
    public async Task<IActionResult> SkrivUtAsync(Controller controller, int id, CancellationToken ct)
    {
        var huvud = await fragan.HuvudAsync(id, ct);
        if (huvud is null)
        {
            return controller.NotFound();
        }
        var (_, hjalpmedel) = await fragan.HjalpmedelAsync(id, Filter.Inget, ct);
        var komponenter = await fragan.KomponenterAsync(hjalpmedel.Where(h => h.AntalKomponenter > 0).Select(h => h.IndividId!.Value).ToList(), ct);
        await pdl.LoggaAsync("Utskrift", "Hjälpmedelslista skriven ut (PDF).", id, ct);

        using var rapport = new PdfRapport("Hjälpmedelslista", "Hjälpmedelslista – Sesam");
        rapport.Rubrik("Hjälpmedelslista");
        rapport.Uppgifter([
            (huvud.Typ == Mottagartyp.Patient ? "Patient" : "Vårdenhet", huvud.Namn),
            (huvud.Typ == Mottagartyp.Patient ? "Personnummer" : "Kundnummer", (huvud.Typ == Mottagartyp.Patient ? huvud.Personnummer : huvud.Kundnummer) ?? "–"),
            ("Adress", SkyddadIdentitet.Visa(huvud.Skyddad, huvud.Adress?.ToString())),
            ("Utskriven", Svensktid.Visa(klocka.GetUtcNow().UtcDateTime)),
        ]);
        if (hjalpmedel.Count == 0)
        {
            rapport.Stycke("Mottagaren har inga hjälpmedel registrerade i Sesam.");
        }
        else
        {
            rapport.Tabell(
                ["Artikel", "Benämning", "Individ", "Ord.datum", "Lev.datum", "Antal", "Ägare"],
                hjalpmedel.Select(h => (IReadOnlyList<string>)[
                    h.Artikelnummer,
                    h.Benamning + string.Concat(komponenter[h.IndividId ?? 0].Select(k => $"\n  + {k.Artikelnummer} {k.Benamning} ({k.Antal})")),
                    h.Individnummer ?? "",
                    h.Skickad is { } skickad ? Svensktid.Datum(skickad).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
                    h.Levererad?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    h.Antal.ToString(CultureInfo.InvariantCulture),
                    h.Agare.Agare()]));
        }
        return controller.File(rapport.Spara(), "application/pdf", $"hjalpmedelslista-{id}.pdf");
    }
}
