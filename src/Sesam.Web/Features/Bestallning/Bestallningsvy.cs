using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Individer;
using Sesam.Domain.Organisation;

/// <summary>
/// Reading one order for its pages: the header, the rows and the order page ("Detaljer"), always scoped to what the
/// user may see (a pågående beställning only to its registrant, a sent one to its tjänsteställe, Logistik and Admin).
/// </summary>
public sealed class Bestallningsvy(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl) : IAnvandningsfall
{
    public Task<Huvud?> HuvudAsync(int id, CancellationToken ct)
    {
        var anvandareId = aktuell.Id;
        var synliga = aktuell.Avgransa(db.Bestallningar.Where(b => b.Id == id), b => b.TjanstestalleId);
        return HuvudAsync(db.Bestallningar.Where(b => b.Id == id
            && ((b.Status == Orderstatus.Pagaende && b.RegistreradAvId == anvandareId)
                || (b.Status != Orderstatus.Pagaende && synliga.Any(s => s.Id == b.Id)))), ct);
    }

    /// <summary>The header of the one order in <paramref name="bestallning"/>, which the caller has already restricted to what the user may see.</summary>
    public static async Task<Huvud?> HuvudAsync(IQueryable<Bestallning> bestallning, CancellationToken ct)
    {
        var huvud = await bestallning.AsNoTracking()
            .Select(b => new
            {
                b.Id,
                b.MottagareId,
                Mottagare = b.Mottagare != null ? b.Mottagare.Namn : "",
                Personnummer = b.Mottagare != null ? b.Mottagare.Personnummer : null,
                Kundnummer = b.Mottagare != null ? b.Mottagare.Kundnummer : null,
                Skyddad = b.Mottagare != null && b.Mottagare.SkyddadIdentitet,
                Forskrivare = b.Forskrivare.Fornamn + " " + b.Forskrivare.Efternamn,
                Tjanstestalle = b.Tjanstestalle.Kod + " " + b.Tjanstestalle.Namn,
                b.Ordernummer,
                b.Status,
                b.Samleverans,
                MottagandeLager = b.MottagandeLager != null ? b.MottagandeLager.Nummer + " " + b.MottagandeLager.Namn : null,
            })
            .SingleOrDefaultAsync(ct);
        return huvud is null
            ? null
            : new Huvud(huvud.Id, huvud.MottagareId, huvud.Mottagare, huvud.Personnummer?.Formaterat ?? huvud.Kundnummer, huvud.Skyddad,
                huvud.Forskrivare, huvud.Tjanstestalle, huvud.Ordernummer, huvud.Status, huvud.Samleverans, huvud.MottagandeLager);
    }

    public async Task<List<RadVy>> RaderAsync(int id, CancellationToken ct)
    {
        var rader = await db.Orderrader.AsNoTracking()
            .Where(r => r.BestallningId == id)
            .OrderBy(r => r.Radnummer)
            .Select(r => new
            {
                r.Id,
                r.Radnummer,
                r.Artikel.Artikelnummer,
                r.Artikel.Benamning,
                r.Antal,
                r.Leveranskalla,
                Individ = r.Individ != null ? r.Individ.Individnummer : null,
                r.APris,
                Komponenter = r.Komponenter.Select(k => new { k.APris, k.Antal }).ToList(),
                r.Kommentar,
                r.PatientavgiftKravs,
                r.PatientavgiftSvar,
                Avgift = r.Artikel.Patientavgift,
                Ersatter = db.Artiklar.Where(a => a.Id == r.ErsatterArtikelId).Select(a => a.Artikelnummer).FirstOrDefault(),
                Kompletterar = r.KompletterarIndivid != null ? r.KompletterarIndivid.Individnummer : null,
                r.Status,
                r.PlaneratLeveransdatum,
                r.LevereradDatum,
                r.Artikel.Individmarkt,
                Bilagor = db.OrderradBilagor.Count(b => b.OrderradId == r.Id),
            })
            .ToListAsync(ct);
        return rader.Select(r => new RadVy(r.Id, r.Radnummer, r.Artikelnummer, r.Benamning, r.Antal, r.Komponenter.Count, r.Leveranskalla, r.Individ,
            r.APris is null ? null : (r.APris * r.Antal) + r.Komponenter.Sum(k => (k.APris ?? 0) * k.Antal),
            r.Kommentar, r.PatientavgiftKravs, r.PatientavgiftSvar, r.Avgift, r.Ersatter, r.Kompletterar, r.Status, r.PlaneratLeveransdatum,
            r.LevereradDatum, r.Individmarkt, r.Bilagor)).ToList();
    }

    public static LeveransVy? LeveransText(Leveransuppgifter? l) =>
        l is null
            ? null
            : new LeveransVy(l.Till == LeveransTill.HemTillPatient ? "Hem till patient" : "Till mottagning/enhet", l.Adress.ToString(),
                l.Prioritet.Text(), l.Kontaktperson, l.Kontakttelefon, l.OvrigInformation);

    /// <param name="annatTjanstestalle">Another unit's order, opened by its complete number: read-only, nothing to makulera, kvittera or register on it.</param>
    public async Task<IActionResult> VisaDetaljerAsync(Controller controller, Huvud huvud, string? fel, bool annatTjanstestalle, CancellationToken ct)
    {
        var order = await db.Bestallningar.AsNoTracking().Include(b => b.Rader).SingleAsync(b => b.Id == huvud.Id, ct);
        var registreradAv = await db.Anvandare.Where(a => a.Id == order.RegistreradAvId).Select(a => a.Fornamn + " " + a.Efternamn).SingleAsync(ct);
        var rader = await RaderAsync(huvud.Id, ct);
        await pdl.LoggaAsync("Beställning läst", annatTjanstestalle
            ? $"Beställning {huvud.Ordernummer} visad, annat tjänsteställes ({huvud.Tjanstestalle}), med hela numret."
            : $"Beställning {huvud.Ordernummer} visad.", huvud.MottagareId, ct);
        var kanMakulera = !annatTjanstestalle && KanMakulera();
        var leverans = LeveransText(order.Leverans);
        if (annatTjanstestalle)
        {
            // Read-only for another unit: what the order is and where it stands, never who the patient is, where they
            // live, how to reach them or what anyone wrote (README, "Access rules").
            huvud = huvud with { MottagareId = null, Mottagare = "", Personnummer = null, SkyddadIdentitet = false };
            rader = rader.Select(r => r with { Kommentar = null }).ToList();
            leverans = leverans is null ? null : new LeveransVy(leverans.Till, "", leverans.Prioritet, "", null, null);
        }
        return controller.View("Detaljer", new DetaljerModell(huvud, rader, leverans, order.Skickad, registreradAv,
            order.ArUttagUrEgetForrad, order.Makulerad, order.Version, kanMakulera ? order.VarforEjMakulerbar() : null, kanMakulera,
            controller.TempData["Meddelande"] as string, fel, order.AttKvittera.Select(r => r.Id).ToList(), !annatTjanstestalle && aktuell.ArForskrivareEllerBestallare,
            order.Rader.Where(r => r.Kvitterad is not null).Select(r => (r.Radnummer, r.Kvitterad!.Value)).ToList(), order.Automatisk, annatTjanstestalle));
    }

    /// <summary>The order page again with <paramref name="fel"/>, after a change of the order was refused.</summary>
    public async Task<IActionResult> VisaDetaljerAsync(Controller controller, int id, string fel, CancellationToken ct) =>
        await HuvudAsync(id, ct) is { } huvud
            ? await VisaDetaljerAsync(controller, huvud, fel, annatTjanstestalle: false, ct)
            : controller.NotFound();

    /// <summary>Förskrivare and beställare makulera their unit's orders; Logistik any order it has not started.</summary>
    public bool KanMakulera() => aktuell.ArForskrivareEllerBestallare || aktuell.Har(Roll.Logistik);
}
