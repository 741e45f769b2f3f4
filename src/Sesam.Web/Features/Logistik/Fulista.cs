using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;

/// <summary>The FU list: individer whose next förebyggande underhåll is due by a date (30 days ahead by default),
/// the most overdue first. Where a device is, is given as its lager or "hos mottagare"; the patient is on the individkort.</summary>
public sealed class Fulista(SesamDbContext db, TimeProvider klocka) : IAnvandningsfall
{
    public sealed record Fu(string Individnummer, string Artikel, DateOnly NastaFu, DateOnly? SenasteFu, int? Intervall, string Plats);

    public sealed record Fumodell(DateOnly Idag, DateOnly Fore, IReadOnlyList<Fu> Individer, bool FlerTraffar, string? Fel);

    public async Task<IActionResult> VisaAsync(Controller controller, string? fore, CancellationToken ct)
    {
        var idag = Svensktid.Idag(klocka.GetUtcNow());
        var datum = idag.AddDays(30);
        string? fel = null;
        if (!string.IsNullOrWhiteSpace(fore) && !DateOnly.TryParseExact(fore.Trim(), "yyyy-MM-dd", out datum))
        {
            fel = "Ange datum som ÅÅÅÅ-MM-DD.";
            datum = idag.AddDays(30);
        }
        var individer = await db.Individer.AsNoTracking()
            .Where(i => i.NastaFu != null && i.NastaFu <= datum && i.Status != Individstatus.Skrotad)
            .OrderBy(i => i.NastaFu).ThenBy(i => i.Individnummer)
            .Take(Logistikko.MaxTraffar + 1)
            .Select(i => new Fu(i.Individnummer, i.Artikel.Artikelnummer + " " + i.Artikel.Benamning, i.NastaFu!.Value, i.SenasteFu, i.FuIntervallManader,
                i.Status == Individstatus.Levererad ? "Hos mottagare" : i.Lager != null ? i.Lager.Nummer + " " + i.Lager.Namn : "–"))
            .ToListAsync(ct);
        if (fel is not null)
        {
            controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return controller.View("Fu", new Fumodell(idag, datum, individer.Take(Logistikko.MaxTraffar).ToList(), individer.Count > Logistikko.MaxTraffar, fel));
    }
}
