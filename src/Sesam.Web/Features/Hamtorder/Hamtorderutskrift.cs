using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;
using Sesam.Web.Pdf;

namespace Sesam.Web.Features.Hamtorder;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Organisation;

/// <summary>The printout of a hämtorder of the active tjänsteställe (Logistik any), PDL-logged.</summary>
public sealed class Hamtorderutskrift(Hamtordervy vy, Pdl pdl) : IAnvandningsfall
{
    /// <summary>"Visa utskrift": the hämtorder to print and put on the device. Main devices only, as in the manual;
    /// their komponenter follow without being listed.</summary>
    public async Task<IActionResult> SkrivUtAsync(Controller controller, string nummer, CancellationToken ct)
    {
        var d = await vy.DetaljerAsync(nummer, ct);
        // The printout goes on the device to be picked up: the unit's own work, not another unit's.
        if (d is null || d.AnnatTjanstestalle)
        {
            return controller.NotFound();
        }
        var h = d.Hamtorder;
        await pdl.LoggaAsync("Utskrift", $"Hämtorder {nummer} utskriven (PDF).", d.MottagareId, ct);
        using var rapport = new PdfRapport($"Hämtorder {nummer}", $"Hämtorder {nummer} – Sesam");
        rapport.Rubrik($"Hämtorder {nummer}");
        rapport.Uppgifter([
            ("Status", h.Status.Text()),
            ("Registrerad", Svensktid.Visa(h.Registrerad)),
            ("Mottagare", d.Mottagare ?? "–"),
            (d.ArPatient ? "Personnummer" : "Kundnummer", d.Identitet ?? "–"),
            ("Tjänsteställe", d.Tjanstestalle),
            ("Registrerad av", h.RegistreradAvNamn),
            ("Hämtorderorsak", h.Hamtplats.Text()),
            ("Önskad åtgärd", h.Atgard.Text()),
        ]);
        rapport.Stycke("Hämtadress", fet: true);
        rapport.Stycke(Hamtordervy.Hamtadress(d));
        rapport.Uppgifter([
            ("Portkod", h.Portkod ?? "–"),
            ("Instruktioner", h.Instruktioner ?? "–"),
            ("Telefon på hämtadressen", string.Join(", ", new[] { h.Telefon, h.Mobiltelefon }.OfType<string>()) is { Length: > 0 } t ? t : "–"),
            ("Kontaktperson", h.Kontaktperson + (h.Kontakttelefon is null ? "" : $", {h.Kontakttelefon}")),
        ]);
        if (h.Kommentar is not null)
        {
            rapport.Stycke("Kommentar", fet: true);
            rapport.Stycke(h.Kommentar);
        }
        rapport.Tabell(["Artikel", "Benämning", "Individ", "Antal"],
            d.Rader.Where(r => !r.Komponent).Select(r => (IReadOnlyList<string>)[r.Artikelnummer, r.Benamning, r.Individnummer ?? "", r.Antal.ToString(CultureInfo.InvariantCulture)]));
        return controller.File(rapport.Spara(), "application/pdf", $"hamtorder-{nummer}.pdf");
    }
}
