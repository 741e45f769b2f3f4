using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Domain.Bestallningar;

namespace Sesam.Web.Features.Bestallning;

/// <summary>Låneförbindelse / ansvarsblankett for a sent order: choose a template, the devices are preselected, "Skapa pdf".</summary>
public sealed partial class BestallningController
{
    [HttpGet("{id:int}/laneforbindelse")]
    public async Task<IActionResult> Laneforbindelse(int id, CancellationToken ct)
    {
        var huvud = await vy.HuvudAsync(id, ct);
        if (huvud is null || huvud.Status == Orderstatus.Pagaende || huvud.MottagareId is null)
        {
            return NotFound();
        }
        var rader = await vy.RaderAsync(id, ct);
        var isoKoder = await db.Orderrader.Where(r => r.BestallningId == id).Select(r => r.Artikel.IsoKodKod).ToListAsync(ct);
        await pdl.LoggaAsync("Beställning läst", $"Låneförbindelse för beställning {huvud.Ordernummer} visad.", huvud.MottagareId, ct);
        return View("Laneforbindelse", LaneforbindelseModell(huvud, rader, Sesam.Web.Features.Bestallning.Laneforbindelse.Forval(isoKoder), rader.Select(r => r.Id).ToHashSet()));
    }

    [HttpPost("{id:int}/laneforbindelse")]
    public async Task<IActionResult> SkapaLaneforbindelse(int id, string? mall, int[] rad, CancellationToken ct)
    {
        var huvud = await vy.HuvudAsync(id, ct);
        if (huvud is null || huvud.Status == Orderstatus.Pagaende || huvud.MottagareId is null)
        {
            return NotFound();
        }
        var vald = Sesam.Web.Features.Bestallning.Laneforbindelse.Mall(mall);
        if (vald is null)
        {
            ModelState.AddModelError("mall", Sesam.Web.Features.Bestallning.Laneforbindelse.IngenMall);
        }
        if (rad.Length == 0)
        {
            ModelState.AddModelError("rad", Sesam.Web.Features.Bestallning.Laneforbindelse.IngetHjalpmedel);
        }
        if (!ModelState.IsValid)
        {
            return View("Laneforbindelse", LaneforbindelseModell(huvud, await vy.RaderAsync(id, ct), mall ?? "", rad.ToHashSet()));
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
            Sesam.Web.Features.Bestallning.Laneforbindelse.Region(konfiguration),
            order.Patient,
            order.Personnummer?.Formaterat,
            order.Adress?.ToString(),
            order.SkyddadIdentitet,
            [new LaneforbindelseForskrivare(order.Forskrivare, order.Forskrivarkod, order.Tjanstestalle, order.TjanstestalletsAdress.ToString(), order.Telefon)],
            order.Ordernummer,
            Idag,
            hjalpmedel);
        await pdl.LoggaAsync("Utskrift", $"{vald!.Namn} för beställning {order.Ordernummer} skapad (PDF).", huvud.MottagareId, ct);
        return File(Sesam.Web.Features.Bestallning.Laneforbindelse.Skapa(vald, uppgifter), "application/pdf", $"laneforbindelse-{order.Ordernummer}.pdf");
    }

    private static LaneforbindelseModell LaneforbindelseModell(Huvud huvud, IReadOnlyList<RadVy> rader, string mall, HashSet<int> valda) =>
        new(huvud, new LaneforbindelseVal(
            $"/bestallning/{huvud.Id}/laneforbindelse",
            mall,
            rader.Select(r => new LaneforbindelseVal.Alternativ("rad", r.Id,
                $"{r.Artikelnummer} {r.Benamning}" + (r.Individnummer is null ? "" : $", individ {r.Individnummer}"), valda.Contains(r.Id))).ToList(),
            "rad",
            "/"));
}
