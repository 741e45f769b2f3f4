using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallningssok;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Individer;

/// <summary>
/// "Sök levererade kundorder": by the order's number only its delivered rows; by a följesedel's number the rows it
/// delivered and, as the manual says, the order's restnoterade rows, which are still to come. Both PDL-logged.
/// </summary>
public sealed class Levereradesok(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl) : IAnvandningsfall
{
    public sealed record Levereradrad(int Radnummer, string Artikelnummer, string Benamning, IReadOnlyList<string> Komponenter, string? Individnummer,
        int Antal, Radstatus Status, DateOnly? Levererad, DateOnly? Planerad, string? Foljesedel, bool Aterlamnad)
    {
        /// <summary>As the manuals show it: the artikelnummer with the number of components, e.g. "75178 (4)".</summary>
        public string ArtikelMedKomponenter => Komponenter.Count > 0 ? $"{Artikelnummer} ({Komponenter.Count})" : Artikelnummer;
    }

    public sealed record Levereradorder(int Id, string Ordernummer, bool Lagerpafyllnad, int? MottagareId, string? Foljesedel,
        IReadOnlyList<Levereradrad> Rader);

    public sealed record Levereradmodell(string? Kundorder, string? Foljesedel, string? Fel, Levereradorder? Order, bool KanRegistreraArbetsorder);

    public async Task<IActionResult> SokAsync(Controller controller, string? kundorder, string? foljesedel, CancellationToken ct)
    {
        kundorder = string.IsNullOrWhiteSpace(kundorder) ? null : kundorder.Trim();
        foljesedel = string.IsNullOrWhiteSpace(foljesedel) ? null : foljesedel.Trim();
        IActionResult Svar(int status, string? fel, Levereradorder? order = null)
        {
            controller.Response.StatusCode = status;
            return controller.View("Levererade", new Levereradmodell(kundorder, foljesedel, fel, order, aktuell.ArForskrivareEllerBestallare));
        }
        if (kundorder is null && foljesedel is null)
        {
            return Svar(StatusCodes.Status200OK, null);
        }
        if (kundorder is not null && foljesedel is not null)
        {
            return Svar(StatusCodes.Status422UnprocessableEntity, "Ange antingen kundordernummer eller följesedelnummer, inte båda.");
        }
        var synliga = aktuell.Avgransa(db.Bestallningar.AsNoTracking(), b => b.TjanstestalleId).Where(b => b.Status != Orderstatus.Pagaende);
        if (kundorder is not null)
        {
            if (!Ordernummer.ArGiltigt(kundorder))
            {
                return Svar(StatusCodes.Status422UnprocessableEntity, "Ange hela kundordernumret, till exempel 21388086 (år, vecka och löpnummer).");
            }
            var order = await LevereradorderAsync(synliga.Where(b => b.Ordernummer == kundorder), null, ct);
            if (order is null)
            {
                return Svar(StatusCodes.Status404NotFound, $"Det finns ingen kundorder {kundorder} för tjänstestället du arbetar i.");
            }
            if (order.Rader.Count == 0)
            {
                return Svar(StatusCodes.Status404NotFound, $"Kundorder {kundorder} har inga levererade rader ännu.");
            }
            await pdl.LoggaAsync("Beställning läst", $"Levererade rader på beställning {kundorder} visade.", order.MottagareId, ct);
            return Svar(StatusCodes.Status200OK, null, order);
        }
        if (Foljesedelnummer.Tolka(foljesedel) is not { } tolkad)
        {
            return Svar(StatusCodes.Status422UnprocessableEntity, "Ange hela följesedelnumret, till exempel 21388086-1 (kundordernumret, bindestreck och följesedelns nummer).");
        }
        var pafoljesedel = await LevereradorderAsync(synliga.Where(b => b.Ordernummer == tolkad.Ordernummer && b.Foljesedlar >= tolkad.Foljesedel), tolkad.Foljesedel, ct);
        if (pafoljesedel is null)
        {
            return Svar(StatusCodes.Status404NotFound, $"Det finns ingen följesedel {foljesedel} för tjänstestället du arbetar i.");
        }
        await pdl.LoggaAsync("Beställning läst", $"Följesedel {foljesedel} visad.", pafoljesedel.MottagareId, ct);
        return Svar(StatusCodes.Status200OK, null, pafoljesedel);
    }

    /// <summary>The order's delivered rows, or with a följesedel its rows and the restnoterade ones; null when there is no such order.</summary>
    private async Task<Levereradorder?> LevereradorderAsync(IQueryable<Bestallning> fraga, int? foljesedel, CancellationToken ct)
    {
        var order = await fraga.Select(b => new { b.Id, Ordernummer = b.Ordernummer!, b.Ordertyp, b.MottagareId }).SingleOrDefaultAsync(ct);
        if (order is null)
        {
            return null;
        }
        var rader = db.Orderrader.AsNoTracking().Where(r => r.BestallningId == order.Id);
        rader = foljesedel is { } n
            ? rader.Where(r => (r.Status == Radstatus.Levererad && r.Foljesedel == n) || r.Status == Radstatus.Restnoterad)
            : rader.Where(r => r.Status == Radstatus.Levererad);
        var lista = await rader.OrderBy(r => r.Radnummer).Select(r => new
        {
            r.Radnummer,
            r.Artikel.Artikelnummer,
            r.Artikel.Benamning,
            Komponenter = r.Komponenter.Select(k => new { k.Artikel.Artikelnummer, k.Artikel.Benamning, k.Antal }).ToList(),
            Individnummer = r.Individ == null ? null : r.Individ.Individnummer,
            r.Antal,
            r.Status,
            r.LevereradDatum,
            r.PlaneratLeveransdatum,
            r.Foljesedel,
            // Back with the unit or with someone else: the manual offers no arbetsorder for it.
            Aterlamnad = r.AterlamnadDatum != null
                || (r.Individ != null && (r.Individ.Status != Individstatus.Levererad || r.Individ.MottagareId != order.MottagareId)),
        }).ToListAsync(ct);
        return new Levereradorder(order.Id, order.Ordernummer, order.Ordertyp == Ordertyp.Lagerpafyllnad, order.MottagareId,
            foljesedel is { } f ? Foljesedelnummer.Skapa(order.Ordernummer, f) : null,
            lista.Select(r => new Levereradrad(r.Radnummer, r.Artikelnummer, r.Benamning,
                r.Komponenter.Select(k => $"{k.Artikelnummer} {k.Benamning}, {k.Antal} st").ToList(), r.Individnummer, r.Antal, r.Status,
                r.LevereradDatum, r.PlaneratLeveransdatum, r.Foljesedel is { } fs ? Foljesedelnummer.Skapa(order.Ordernummer, fs) : null, r.Aterlamnad)).ToList());
    }
}
