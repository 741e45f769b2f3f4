using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;
using Sesam.Web.Pdf;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Bestallningar;

/// <summary>Logistik's printouts of an order, as PDF: the plocklista while it is picked and each utleverans' följesedel.
/// Each printout names the patient and is PDL-logged.</summary>
public sealed class Logistikutskrifter(Logistikordervy vy, Pdl pdl) : IAnvandningsfall
{
    /// <summary>What to take from which lager, with each row's komponenter, and a line to write the individnummer on for
    /// individmärkta rows.</summary>
    public async Task<IActionResult> PlocklistaAsync(Controller controller, int id, CancellationToken ct)
    {
        var m = await vy.ModellAsync(id, null, null, new Dictionary<int, string>(), ct);
        if (m is null)
        {
            return controller.NotFound();
        }
        if (m.Status != Orderstatus.ForPlockning)
        {
            return controller.Conflict("Plocklistan finns medan beställningen är för plockning.");
        }
        await pdl.LoggaAsync("Utskrift", $"Plocklista för beställning {m.Ordernummer} utskriven (PDF).", m.MottagareId, ct);
        using var rapport = new PdfRapport($"Plocklista {m.Ordernummer}", $"Plocklista {m.Ordernummer} – Sesam");
        rapport.Rubrik($"Plocklista – beställning {m.Ordernummer}");
        rapport.Uppgifter([
            ("Ordertyp", m.Typ.Text()),
            ("Tjänsteställe", m.Tjanstestalle),
            (m.MottagandeLager is null ? "Leverans till" : "Mottagande lager", m.MottagandeLager ?? Leveransadress(m)),
            ("Samleverans", m.Samleverans ? "Ja" : "Nej"),
            ("Prioritet", m.Leverans?.Prioritet.Text() ?? Leveransprioritet.Normal.Text()),
        ]);
        rapport.Tabell(["Rad", "Lager", "Artikel", "Benämning", "Antal", "Individ"],
            m.Rader.Where(r => r.Plockas).SelectMany(r => r.Komponenter
                .Select(k => (IReadOnlyList<string>)["", "", "", "+ " + k, "", ""])
                .Prepend([r.Radnummer.ToString(CultureInfo.InvariantCulture), r.Lager, r.Artikelnummer, r.Benamning, r.Antal.ToString(CultureInfo.InvariantCulture),
                    r.Individmarkt ? r.Individ ?? "________" : ""])));
        return controller.File(rapport.Spara(), "application/pdf", $"plocklista-{m.Ordernummer}.pdf");
    }

    /// <summary>The rows one utleverans delivered, to go with the goods.</summary>
    public async Task<IActionResult> FoljesedelAsync(Controller controller, int id, int nummer, CancellationToken ct)
    {
        var m = await vy.ModellAsync(id, null, null, new Dictionary<int, string>(), ct);
        var rader = m?.Rader.Where(r => r.Foljesedel == nummer).ToList() ?? [];
        if (m is null || rader.Count == 0)
        {
            return controller.NotFound();
        }
        await pdl.LoggaAsync("Utskrift", $"Följesedel {Foljesedelnummer.Skapa(m.Ordernummer, nummer)} utskriven (PDF).", m.MottagareId, ct);
        var titel = $"Följesedel {Foljesedelnummer.Skapa(m.Ordernummer, nummer)}";
        using var rapport = new PdfRapport(titel, $"{titel} – Sesam");
        rapport.Rubrik(titel);
        rapport.Uppgifter([
            ("Beställning", m.Ordernummer),
            ("Utlevererad", rader[0].Levererad?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–"),
            ("Tjänsteställe", m.Tjanstestalle),
            (m.MottagandeLager is null ? "Mottagare" : "Mottagande lager", m.MottagandeLager ?? (m.Skyddad ? "Skyddad identitet" : m.Mottagare ?? "–")),
            ("Leveransadress", Leveransadress(m)),
            ("Kontaktperson", m.Leverans is { } l ? $"{l.Kontaktperson} {l.Kontakttelefon}".Trim() : "–"),
        ]);
        rapport.Tabell(["Rad", "Artikel", "Benämning", "Antal", "Individ"],
            rader.SelectMany(r => r.Komponenter
                .Select(k => (IReadOnlyList<string>)["", "", "+ " + k, "", ""])
                .Prepend([r.Radnummer.ToString(CultureInfo.InvariantCulture), r.Artikelnummer, r.Benamning, r.Antal.ToString(CultureInfo.InvariantCulture), r.Individ ?? ""])));
        if (m.Typ == Ordertyp.Lagerpafyllnad)
        {
            rapport.Stycke("Leveransen ska kvitteras i Sesam när den har kommit: först då blir artiklarna tillgängliga i förrådet.");
        }
        var restnoterade = m.Rader.Where(r => r.Status == Radstatus.Restnoterad).ToList();
        if (restnoterade.Count > 0)
        {
            rapport.Stycke("Restnoterade rader, levereras senare:", fet: true);
            rapport.Stycke(string.Join("; ", restnoterade.Select(r => $"rad {r.Radnummer} {r.Artikelnummer} {r.Benamning}, planerad {r.Planerat:yyyy-MM-dd}")));
        }
        return controller.File(rapport.Spara(), "application/pdf", $"foljesedel-{Foljesedelnummer.Skapa(m.Ordernummer, nummer)}.pdf");
    }

    private static string Leveransadress(Logistikordervy.Ordermodell m) => m.Leverans?.Adress.ToString() ?? "–";
}
