using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;
using Sesam.Web.Pdf;

namespace Sesam.Web.Features.Lager;

using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;

/// <summary>The whole store as a PDF (Lagersaldorapport): every saldo and every individ in it.</summary>
public sealed class Lagersaldorapport(Lagervy vy, AktuellAnvandare aktuell, TimeProvider klocka) : IAnvandningsfall
{
    public async Task<IActionResult> SkrivUtAsync(Controller controller, int lager, CancellationToken ct)
    {
        var valt = await vy.SynligtLagerAsync(lager, ct);
        if (valt is null)
        {
            return controller.NotFound();
        }
        var saldon = await vy.Saldon(valt.Id, null, null, null, Saldourval.Alla).ToListAsync(ct);
        var individer = await vy.Individer(valt.Id, null, null, null).ToListAsync(ct);
        var tjanstestalle = await aktuell.TjanstestalleAsync(ct);

        using var rapport = new PdfRapport($"Lagersaldorapport {valt.Namn}", $"Lagersaldorapport – {valt.Namn}");
        rapport.Rubrik($"Lagersaldorapport – {valt.Namn}");
        rapport.Uppgifter([
            ("Lager", valt.Namn),
            ("Tjänsteställe", tjanstestalle.Visningsnamn),
            ("Utskriven", Svensktid.Visa(klocka.GetUtcNow().UtcDateTime)),
            ("Antal artiklar", saldon.Count.ToString(CultureInfo.InvariantCulture)),
        ]);
        if (saldon.Any(s => s.MinNiva is not null))
        {
            rapport.Stycke("Artiklar med minsta nivå har automatisk lagerpåfyllnad. Skapa inte egna lagerpåfyllnader på dem.");
        }
        rapport.Tabell(
            ["Artikel", "Benämning", "Artikeltyp", "Saldo", "Reserverat", "Tillgängligt", "Min nivå"],
            saldon.Select(s => (IReadOnlyList<string>)[
                s.Artikelnummer, s.Benamning, s.Artikeltyp.Text(), Tal(s.Saldo), Tal(s.Reserverat), Tal(s.Tillgangligt),
                s.MinNiva is { } min ? Tal(min) : "–"]));
        rapport.Rubrik("Individer", 12);
        if (individer.Count == 0)
        {
            rapport.Stycke("Det finns inga individer i lagret.");
        }
        else
        {
            rapport.Tabell(
                ["Individnummer", "Serienummer", "Artikel", "Benämning", "Lagerstatus", "Placering"],
                individer.Select(i => (IReadOnlyList<string>)[
                    i.Individnummer, i.Serienummer ?? "", i.Artikelnummer, i.Benamning, i.Lagerstatus.Text(), i.Placering ?? ""]));
        }
        return controller.File(rapport.Spara(), "application/pdf", $"lagersaldorapport-{lager}.pdf");
    }

    private static string Tal(int v) => v.ToString(CultureInfo.InvariantCulture);
}
