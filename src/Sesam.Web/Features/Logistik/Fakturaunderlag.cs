using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Bestallningar;

/// <summary>The fakturaunderlag of a day's invoiced fees, as a semicolon-separated file for the invoicing system. It
/// names the patients, so its fetching is PDL-logged per patient.</summary>
public sealed class Fakturaunderlag(SesamDbContext db, Pdl pdl, Patientavgiftsvy vy) : IAnvandningsfall
{
    public async Task<IActionResult> HamtaAsync(Controller controller, DateOnly? datum, CancellationToken ct)
    {
        if (datum is not { } dag)
        {
            controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await vy.VisaMedFelAsync(controller, [], "Ange fakturadatum för underlaget (ÅÅÅÅ-MM-DD).", ct);
        }
        var rader = await db.Patientavgifter.AsNoTracking()
            .Where(a => a.Status == Faktureringsstatus.Fakturerad && a.FaktureradDatum == dag)
            .OrderBy(a => a.Id)
            .Select(a => new
            {
                a.MottagareId,
                a.Mottagare.Personnummer,
                a.Mottagare.Namn,
                a.Mottagare.Adress,
                a.Mottagare.SkyddadIdentitet,
                Ordernummer = a.Orderrad.Bestallning.Ordernummer,
                a.Artikel.Artikelnummer,
                a.Artikel.Benamning,
                Individ = a.Individ != null ? a.Individ.Individnummer : null,
                a.Belopp,
                a.LevereradDatum,
            })
            .ToListAsync(ct);
        var sv = CultureInfo.GetCultureInfo("sv-SE");
        // A patient with skyddad identitet is invoiced through Skatteverket's forwarding: no address leaves Sesam.
        var fil = CsvFil.Skapa($"fakturaunderlag-patientavgifter-{dag:yyyy-MM-dd}.csv",
            ["Personnummer", "Namn", "Adress", "Ordernummer", "Artikel", "Benämning", "Individ", "Belopp", "Levererad", "Fakturerad"],
            rader.Select(r => new[]
            {
                r.Personnummer?.Formaterat, Falt(r.Namn), Falt(r.SkyddadIdentitet ? "Skyddad identitet" : r.Adress?.ToString() ?? ""),
                r.Ordernummer, r.Artikelnummer, Falt(r.Benamning), r.Individ, r.Belopp.ToString("0.00", sv),
                r.LevereradDatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), dag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }));
        foreach (var mottagare in rader.Select(r => r.MottagareId).Distinct())
        {
            await pdl.LoggaAsync("Utskrift", $"Fakturaunderlag för patientavgifter {dag:yyyy-MM-dd} hämtat.", mottagare, ct);
        }
        return fil;
    }

    /// <summary>A text cell with no field or line breaks, so every row is one line of ten fields.</summary>
    private static string Falt(string text) => text.Replace(';', ',').Replace('\r', ' ').Replace('\n', ' ');
}
