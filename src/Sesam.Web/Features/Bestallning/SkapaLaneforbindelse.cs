using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;

/// <summary>
/// Låneförbindelse / ansvarsblankett for a sent order: choose a template, the devices are preselected, "Skapa pdf".
/// Not a <see cref="Kommando{TFormular, TObjekt}"/>: it changes nothing, it answers with a download.
/// </summary>
public sealed class SkapaLaneforbindelse(SesamDbContext db, TimeProvider klocka, IConfiguration konfiguration, Bestallningsvy vy, Pdl pdl) : IAnvandningsfall
{
    /// <param name="Id">From the route.</param>
    /// <param name="Mall">The chosen template.</param>
    /// <param name="Rad">The ticked rows.</param>
    public sealed record Formular(int Id, string? Mall, int[]? Rad);

    public async Task<IActionResult> VisaAsync(Controller controller, int id, CancellationToken ct)
    {
        if (await HuvudAsync(id, ct) is not { } huvud)
        {
            return controller.NotFound();
        }
        var rader = await vy.RaderAsync(id, ct);
        var isoKoder = await db.Orderrader.Where(r => r.BestallningId == id).Select(r => r.Artikel.IsoKodKod).ToListAsync(ct);
        await pdl.LoggaAsync("Beställning läst", $"Låneförbindelse för beställning {huvud.Ordernummer} visad.", huvud.MottagareId, ct);
        return controller.View("Laneforbindelse", Modell(huvud, rader, Laneforbindelse.Forval(isoKoder), rader.Select(r => r.Id).ToHashSet()));
    }

    public async Task<IActionResult> SkapaAsync(Controller controller, Formular formular, CancellationToken ct)
    {
        if (await HuvudAsync(formular.Id, ct) is not { } huvud)
        {
            return controller.NotFound();
        }
        var rad = formular.Rad ?? [];
        var vald = Laneforbindelse.Mall(formular.Mall);
        if (vald is null)
        {
            controller.ModelState.AddModelError("mall", Laneforbindelse.IngenMall);
        }
        if (rad.Length == 0)
        {
            controller.ModelState.AddModelError("rad", Laneforbindelse.IngetHjalpmedel);
        }
        if (vald is null || rad.Length == 0)
        {
            return controller.View("Laneforbindelse", Modell(huvud, await vy.RaderAsync(formular.Id, ct), formular.Mall ?? "", rad.ToHashSet()));
        }
        var order = await db.Bestallningar.AsNoTracking().Where(b => b.Id == formular.Id)
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
            .Where(r => r.BestallningId == formular.Id && rad.Contains(r.Id))
            .OrderBy(r => r.Radnummer)
            .Select(r => new LanatHjalpmedel(r.Artikel.Artikelnummer, r.Artikel.Benamning,
                r.Individ != null ? r.Individ.Individnummer : null, r.Individ != null ? r.Individ.Serienummer : null))
            .ToListAsync(ct);
        var uppgifter = new Laneforbindelseuppgifter(
            Laneforbindelse.Region(konfiguration),
            order.Patient,
            order.Personnummer?.Formaterat,
            order.Adress?.ToString(),
            order.SkyddadIdentitet,
            [new LaneforbindelseForskrivare(order.Forskrivare, order.Forskrivarkod, order.Tjanstestalle, order.TjanstestalletsAdress.ToString(), order.Telefon)],
            order.Ordernummer,
            Svensktid.Idag(klocka.GetUtcNow()),
            hjalpmedel);
        await pdl.LoggaAsync("Utskrift", $"{vald.Namn} för beställning {order.Ordernummer} skapad (PDF).", huvud.MottagareId, ct);
        return controller.File(Laneforbindelse.Skapa(vald, uppgifter), "application/pdf", $"laneforbindelse-{order.Ordernummer}.pdf");
    }

    /// <summary>A sent order to a patient that the user may see.</summary>
    private async Task<Huvud?> HuvudAsync(int id, CancellationToken ct) =>
        await vy.HuvudAsync(id, ct) is { Status: not Orderstatus.Pagaende, MottagareId: not null } huvud ? huvud : null;

    private static LaneforbindelseModell Modell(Huvud huvud, IReadOnlyList<RadVy> rader, string mall, HashSet<int> valda) =>
        new(huvud, new LaneforbindelseVal(
            $"/bestallning/{huvud.Id}/laneforbindelse",
            mall,
            rader.Select(r => new LaneforbindelseVal.Alternativ("rad", r.Id,
                $"{r.Artikelnummer} {r.Benamning}" + (r.Individnummer is null ? "" : $", individ {r.Individnummer}"), valda.Contains(r.Id))).ToList(),
            "rad",
            "/"));
}
