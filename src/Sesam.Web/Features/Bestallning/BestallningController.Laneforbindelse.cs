using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Domain;

namespace Sesam.Web.Features.Bestallningar;

/// <summary>Låneförbindelse / ansvarsblankett for a sent order: choose a template, the devices are preselected, "Skapa pdf".</summary>
public sealed partial class BestallningController
{
    private const string CpapIsoKod = "040303";

    [HttpGet("{id:int}/laneforbindelse")]
    public async Task<IActionResult> Laneforbindelse(int id, CancellationToken ct)
    {
        var huvud = await HuvudAsync(id, ct);
        if (huvud is null || huvud.Status == Orderstatus.Pagaende || huvud.MottagareId is null)
        {
            return NotFound();
        }
        var rader = await RaderAsync(id, ct);
        var cpap = await db.Orderrader.AnyAsync(r => r.BestallningId == id && r.Artikel.IsoKodKod == CpapIsoKod, ct);
        await pdl.LoggaAsync("Beställning läst", $"Låneförbindelse för beställning {huvud.Ordernummer} visad.", huvud.MottagareId, ct);
        return View("Laneforbindelse", new LaneforbindelseModell(huvud, rader, cpap ? "cpap" : "lan", rader.Select(r => r.Id).ToHashSet()));
    }

    [HttpPost("{id:int}/laneforbindelse")]
    public async Task<IActionResult> SkapaLaneforbindelse(int id, string? mall, int[] rad, CancellationToken ct)
    {
        var huvud = await HuvudAsync(id, ct);
        if (huvud is null || huvud.Status == Orderstatus.Pagaende || huvud.MottagareId is null)
        {
            return NotFound();
        }
        var vald = Bestallningar.Laneforbindelse.Mall(mall);
        if (vald is null)
        {
            ModelState.AddModelError("mall", "Välj en blankett.");
        }
        if (rad.Length == 0)
        {
            ModelState.AddModelError("rad", "Välj minst ett hjälpmedel.");
        }
        if (!ModelState.IsValid)
        {
            return View("Laneforbindelse", new LaneforbindelseModell(huvud, await RaderAsync(id, ct), mall ?? "", rad.ToHashSet()));
        }

        var order = await db.Bestallningar.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new
            {
                Patient = b.Mottagare!.Namn,
                b.Mottagare.Personnummer,
                b.Mottagare.Adress,
                b.Mottagare.SkyddadIdentitet,
                Forskrivare = b.Forskrivare.Fornamn + " " + b.Forskrivare.Efternamn,
                b.Forskrivare.Forskrivarkod,
                Tjanstestalle = b.Tjanstestalle.Namn,
                TjanstestalletsAdress = b.Tjanstestalle.Adress,
                b.Tjanstestalle.Telefon,
                b.Ordernummer,
            })
            .SingleAsync(ct);
        var hjalpmedel = await db.Orderrader.AsNoTracking()
            .Where(r => r.BestallningId == id && rad.Contains(r.Id))
            .OrderBy(r => r.Radnummer)
            .Select(r => new LanatHjalpmedel(r.Artikel.Artikelnummer, r.Artikel.Benamning,
                r.Individ != null ? r.Individ.Individnummer : null, r.Individ != null ? r.Individ.Serienummer : null))
            .ToListAsync(ct);
        var uppgifter = new Laneforbindelseuppgifter(
            Region,
            order.Patient,
            order.Personnummer?.Formaterat,
            order.Adress?.ToString(),
            order.SkyddadIdentitet,
            order.Forskrivarkod is null ? order.Forskrivare : $"{order.Forskrivare} ({order.Forskrivarkod})",
            order.Tjanstestalle,
            order.TjanstestalletsAdress.ToString(),
            order.Telefon,
            order.Ordernummer,
            Idag,
            hjalpmedel);
        await pdl.LoggaAsync("Utskrift", $"{vald!.Namn} för beställning {order.Ordernummer} skapad (PDF).", huvud.MottagareId, ct);
        return File(Bestallningar.Laneforbindelse.Skapa(vald, uppgifter), "application/pdf", $"laneforbindelse-{order.Ordernummer}.pdf");
    }
}
