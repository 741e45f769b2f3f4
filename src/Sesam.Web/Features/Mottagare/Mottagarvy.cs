using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;
using static Sesam.Web.Features.Mottagare.Mottagarbild;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Individer;

/// <summary>
/// The mottagare's page, addressed by its database id, with the tabs of the manual; and the komponent list of one of
/// its individer. Every view is PDL-logged. Orders belong to a tjänsteställe while patients are region-wide, so an
/// order of another unit is named, not linked.
/// </summary>
public sealed class Mottagarvy(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, Hjalpmedelsfragan fragan) : IAnvandningsfall
{
    /// <summary>The page with the tab <paramref name="flik"/>; with <paramref name="telefonFel"/>, the telefon the user
    /// typed is shown again with the message (the status code is the caller's).</summary>
    public async Task<IActionResult> VisaAsync(Controller controller, int id, string? flik, Filter filter, string? telefon, string? telefonFel, CancellationToken ct)
    {
        var huvud = await fragan.HuvudAsync(id, ct);
        if (huvud is null)
        {
            return controller.NotFound();
        }
        var visadFlik = flik is "bestallt" or "patientavgifter" or "aterlamnat" ? flik : "hjalpmedel";
        // The entry is committed while the tab is read, not after it: each view used to wait for a group commit of the
        // log with nothing else to do. Nothing is rendered until both are done.
        var loggning = pdl.LoggaAsync("Läsning", $"Mottagarbilden visad, flik {visadFlik}.", id, ct);
        var lasning = FlikAsync(id, visadFlik, filter, ct);
        await Task.WhenAll(loggning, lasning);
        var (hamtas, hjalpmedel, bestallt, avgifter, aterlamnat) = await lasning;
        return controller.View("Visa", new Vymodell(huvud, visadFlik, filter, hjalpmedel, bestallt, avgifter, aterlamnat,
            telefon ?? huvud.Telefon, telefonFel, controller.TempData["Meddelande"] as string, aktuell.FarSeFunktion(), hamtas.Hamtordrar,
            Policy.Enhetspersonalroller.Any(aktuell.Har)));
    }

    /// <summary>
    /// The komponenter of one individ the mottagare holds: the Hjälpmedel tab shows each individ's component count
    /// and loads the list when the user expands it. A patient with hundreds of devices rarely has more than one
    /// expanded, so the tab does not read and render every komponent up front.
    /// </summary>
    public async Task<IActionResult> KomponenterAsync(Controller controller, int id, int individId, CancellationToken ct)
    {
        var individnummer = await db.Individer.Where(i => i.Id == individId && i.MottagareId == id).Select(i => i.Individnummer).FirstOrDefaultAsync(ct);
        if (individnummer is null)
        {
            return controller.NotFound();
        }
        var komponenter = await fragan.KomponenterAsync([individId], ct);
        var paVag = await aktuell.OrderraderPaVag().CountAsync(r => r.KompletterarIndividId == individId, ct);
        await pdl.LoggaAsync("Läsning", "Mottagarbilden: komponenterna för ett hjälpmedel visade.", id, ct);
        return controller.PartialView("_Komponenter", new Komponentlista(individnummer, komponenter[individId].ToList(), paVag));
    }

    private sealed record Flik(Hamtas Hamtas, IReadOnlyList<Hjalpmedel> Hjalpmedel, IReadOnlyList<Bestalltrad> Bestallt,
        IReadOnlyList<Avgiftsrad> Avgifter, IReadOnlyList<Aterlamnad> Aterlamnat);

    /// <summary>The rows of the tab shown; only the Hjälpmedel tab shows the open hämtordrar and the Ja/Nej column.</summary>
    private async Task<Flik> FlikAsync(int id, string visadFlik, Filter filter, CancellationToken ct)
    {
        switch (visadFlik)
        {
            case "bestallt":
                return new Flik(Hamtas.Inga, [], await BestalltAsync(id, ct), [], []);
            case "patientavgifter":
                return new Flik(Hamtas.Inga, [], [], await AvgifterAsync(id, ct), []);
            case "aterlamnat":
                return new Flik(Hamtas.Inga, [], [], [], await AterlamnatAsync(id, ct));
            default:
                var (hamtas, hjalpmedel) = await fragan.HjalpmedelAsync(id, filter, ct);
                return new Flik(hamtas, hjalpmedel, [], [], []);
        }
    }

    /// <summary>Ordered but not delivered: rows of sent orders that are neither delivered nor makulerade.</summary>
    private async Task<IReadOnlyList<Bestalltrad>> BestalltAsync(int id, CancellationToken ct) =>
        await db.Orderrader.AsNoTracking()
            .Where(r => r.Bestallning.MottagareId == id
                && r.Bestallning.Status != Orderstatus.Pagaende && r.Bestallning.Status != Orderstatus.Makulerad
                && (r.Status == Radstatus.Registrerad || r.Status == Radstatus.Restnoterad))
            .OrderByDescending(r => r.Bestallning.Skickad).ThenBy(r => r.Radnummer)
            .Select(r => new Bestalltrad(r.BestallningId, r.Bestallning.Ordernummer, r.Bestallning.Skickad, r.Artikel.Artikelnummer, r.Artikel.Benamning, r.Antal, r.Status, r.PlaneratLeveransdatum,
                r.Bestallning.TjanstestalleId))
            .ToListAsync(ct);

    private async Task<IReadOnlyList<Avgiftsrad>> AvgifterAsync(int id, CancellationToken ct)
    {
        var rader = await db.Patientavgifter.AsNoTracking()
            .Where(p => p.MottagareId == id)
            .OrderByDescending(p => p.LevereradDatum)
            .Select(p => new
            {
                Avgift = p,
                p.Orderrad.BestallningId,
                p.Orderrad.Bestallning.Ordernummer,
                p.Orderrad.Bestallning.TjanstestalleId,
                p.Artikel.Artikelnummer,
                p.Artikel.Benamning,
                Individnummer = p.Individ != null ? p.Individ.Individnummer : null,
            })
            .ToListAsync(ct);
        return rader.Select(r => new Avgiftsrad(r.BestallningId, r.Ordernummer, r.Artikelnummer, r.Benamning, r.Individnummer,
            r.Avgift.Belopp, r.Avgift.NittioDagarsRegel, r.Avgift.LevereradDatum, r.Avgift.FakturerbarFran, r.Avgift.StatusText, r.TjanstestalleId)).ToList();
    }

    /// <summary>
    /// Returned devices, derived from what is recorded: an individ delivered to this mottagare on an order that the
    /// mottagare no longer holds and whose history shows it was taken back after that delivery; individer received on
    /// one of the mottagare's hämtordrar (also those delivered before Sesam, without an order); and delivered rows
    /// without an individ that came back on a hämtorder.
    /// </summary>
    private async Task<IReadOnlyList<Aterlamnad>> AterlamnatAsync(int id, CancellationToken ct)
    {
        var individrader = await db.Orderrader.AsNoTracking()
            .Where(r => r.Bestallning.MottagareId == id && r.IndividId != null && r.Status == Radstatus.Levererad && r.Individ!.MottagareId != id)
            .Select(r => new
            {
                r.BestallningId,
                r.Bestallning.Ordernummer,
                r.Bestallning.TjanstestalleId,
                r.Artikel.Artikelnummer,
                r.Artikel.Benamning,
                r.IndividId,
                r.Individ!.Individnummer,
                r.LevereradDatum,
                Aterlamnad = r.Individ.Historik
                    .Where(h => h.Typ == Individhandelser.Aterlamnad)
                    .OrderBy(h => h.Tidpunkt)
                    .Select(h => (DateTime?)h.Tidpunkt)
                    .ToList(),
            })
            .ToListAsync(ct);
        var ovriga = await db.Orderrader.AsNoTracking()
            .Where(r => r.Bestallning.MottagareId == id && r.AterlamnadDatum != null)
            .Select(r => new Aterlamnad(r.BestallningId, r.Bestallning.Ordernummer, r.Artikel.Artikelnummer, r.Artikel.Benamning, null, r.LevereradDatum,
                r.AterlamnadDatum!.Value, r.Antal, r.Bestallning.TjanstestalleId))
            .ToListAsync(ct);
        // Individer scrapped on their way back have no Återlämnad event: the hämtordrar and returer that took them say when.
        var hamtade = await db.Hamtordrar.AsNoTracking()
            .Where(h => h.MottagareId == id && h.Status == Hamtorderstatus.Stangd)
            .Join(db.Hamtorderrader.Where(r => r.IndividId != null), h => h.Id, r => r.HamtorderId,
                (h, r) => new { IndividId = r.IndividId!.Value, r.Artikel.Artikelnummer, r.Artikel.Benamning, r.Individ!.Individnummer, Tid = h.Avslutad!.Value })
            .ToListAsync(ct);
        var returnerade = await db.Returer.AsNoTracking()
            .Where(x => x.MottagareId == id)
            .Join(db.Returrader.Where(r => r.IndividId != null), x => x.Id, r => r.ReturId,
                (x, r) => new { IndividId = r.IndividId!.Value, r.Artikel.Artikelnummer, r.Artikel.Benamning, r.Individ!.Individnummer, Tid = x.Registrerad })
            .ToListAsync(ct);
        var medOrder = individrader
            .Select(r => (Rad: r, Tid: r.Aterlamnad.FirstOrDefault(t => r.LevereradDatum is null || Svensktid.Datum(t!.Value) >= r.LevereradDatum)))
            .Where(x => x.Tid is not null)
            .Select(x => (x.Rad.IndividId, Rad: new Aterlamnad(x.Rad.BestallningId, x.Rad.Ordernummer, x.Rad.Artikelnummer, x.Rad.Benamning, x.Rad.Individnummer,
                x.Rad.LevereradDatum, Svensktid.Datum(x.Tid!.Value), 1, x.Rad.TjanstestalleId)))
            .ToList();
        var utanHandelse = hamtade.Concat(returnerade)
            .Select(h => (h.IndividId, h.Artikelnummer, h.Benamning, h.Individnummer, Datum: Svensktid.Datum(h.Tid)))
            .Where(h => !medOrder.Any(m => m.IndividId == h.IndividId && m.Rad.Datum == h.Datum))
            .Select(h => individrader.Where(r => r.IndividId == h.IndividId && (r.LevereradDatum is null || r.LevereradDatum <= h.Datum)).MaxBy(r => r.LevereradDatum) is { } r
                ? new Aterlamnad(r.BestallningId, r.Ordernummer, r.Artikelnummer, r.Benamning, r.Individnummer, r.LevereradDatum, h.Datum, 1, r.TjanstestalleId)
                : new Aterlamnad(null, null, h.Artikelnummer, h.Benamning, h.Individnummer, null, h.Datum, 1, null));
        return medOrder.Select(m => m.Rad)
            .Concat(utanHandelse)
            .Concat(ovriga)
            .OrderByDescending(a => a.Datum)
            .ToList();
    }
}
