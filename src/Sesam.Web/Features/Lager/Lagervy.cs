using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Lager;

using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Organisation;

public enum Saldourval
{
    MedSaldo = 1,
    Alla = 2,
    UnderMinNiva = 3,
}

/// <summary>
/// Lagersaldo of the unit's own store: what is there, reserved and available, with the min level of automatic
/// lagerpåfyllnad, and the individer in the store. Users see the förråd of the tjänsteställe they work in; Logistik
/// and Admin see every lager. Another lager is scoped out of the query, so asking for it finds nothing.
/// </summary>
public sealed class Lagervy(SesamDbContext db, AktuellAnvandare aktuell) : IAnvandningsfall
{
    public const int MinstaSokLangd = 3;

    public sealed record Lagerval(int Id, string Namn);

    public sealed record Saldorad(string Artikelnummer, string Benamning, Artikeltyp Artikeltyp, int Saldo, int Reserverat, int? MinNiva, int? Pafyllnadsantal)
    {
        public int Tillgangligt => Saldo - Reserverat;
        public bool UnderMinNiva => MinNiva is { } min && Tillgangligt < min;
    }

    public sealed record Individrad(string Individnummer, string? Serienummer, string Artikelnummer, string Benamning, Individstatus Status, Lagerstatus Lagerstatus, string? Placering);

    public sealed record Modell(
        IReadOnlyList<Lagerval> Lager,
        Lagerval? Valt,
        string Flik,
        string? Sok,
        string? Artikel,
        Artikeltyp? Artikeltyp,
        Saldourval Saldo,
        string? Fel,
        IReadOnlyList<Saldorad> Saldon,
        IReadOnlyList<Individrad> Individer,
        bool HarAutomatiskPafyllnad,
        bool FleraTjanstestallen);

    public async Task<IActionResult> VisaAsync(Controller controller, int? lager, string? flik, string? sok, string? artikel, Artikeltyp? artikeltyp,
        Saldourval saldo, CancellationToken ct)
    {
        var mojliga = await MojligaLagerAsync(ct);
        var valt = await ValjLagerAsync(mojliga, lager, ct);
        if (lager is not null && valt is null)
        {
            return controller.NotFound();
        }
        var visadFlik = flik == "individer" ? "individer" : "saldo";
        // "Har du tillgång till flera lager, välj efter Tjänsteställe": another unit's förråd is seen by working there.
        var fleraTjanstestallen = !aktuell.SerAllaTjanstestallen && (await aktuell.SidhuvudAsync(ct)).Tjanstestallen.Count > 1;
        // One artikel's rows, as opened from the available quantity on its artikelinfo.
        var artikelnummer = string.IsNullOrWhiteSpace(artikel) ? null : artikel.Trim();
        var text = sok?.Trim();
        string? fel = null;
        if (text is { Length: > 0 and < MinstaSokLangd })
        {
            fel = $"Skriv minst {MinstaSokLangd} tecken av benämningen, eller sök utan text för att se alla artiklar i lagret.";
        }
        if (valt is null || fel is not null)
        {
            return controller.View("Index", new Modell(mojliga, valt, visadFlik, sok, artikelnummer, artikeltyp, saldo, fel, [], [], false, fleraTjanstestallen));
        }
        // Matched against the sort key, which is lower-cased in .NET: SQLite's lower() leaves Å, Ä and Ö as they are.
        var monster = string.IsNullOrEmpty(text) ? null : Sok.Sorteringsnyckel(Sok.Normalisera(text));
        var saldon = await Saldon(valt.Id, monster, artikelnummer, artikeltyp, saldo).ToListAsync(ct);
        var individer = visadFlik == "individer" ? await Individer(valt.Id, monster, artikelnummer, artikeltyp).ToListAsync(ct) : [];
        var automatisk = await db.Lagersaldon.AnyAsync(s => s.LagerId == valt.Id && s.MinNiva != null, ct);
        return controller.View("Index", new Modell(mojliga, valt, visadFlik, sok, artikelnummer, artikeltyp, saldo, null, saldon, individer, automatisk, fleraTjanstestallen));
    }

    public IQueryable<Saldorad> Saldon(int lagerId, string? monster, string? artikelnummer, Artikeltyp? artikeltyp, Saldourval urval)
    {
        var fraga = db.Lagersaldon.AsNoTracking().Where(s => s.LagerId == lagerId);
        if (monster is not null)
        {
            fraga = fraga.Where(s => s.Artikel.Sorteringsnamn.Contains(monster));
        }
        if (artikelnummer is not null)
        {
            fraga = fraga.Where(s => s.Artikel.Artikelnummer == artikelnummer);
        }
        if (artikeltyp is not null)
        {
            fraga = fraga.Where(s => s.Artikel.Artikeltyp == artikeltyp);
        }
        fraga = urval switch
        {
            Saldourval.MedSaldo => fraga.Where(s => s.Saldo > 0),
            Saldourval.UnderMinNiva => fraga.Where(s => s.MinNiva != null && s.Saldo - s.Reserverat < s.MinNiva),
            _ => fraga,
        };
        return fraga
            .OrderBy(s => s.Artikel.Sorteringsnamn).ThenBy(s => s.Artikel.Artikelnummer)
            .Select(s => new Saldorad(s.Artikel.Artikelnummer, s.Artikel.Benamning, s.Artikel.Artikeltyp, s.Saldo, s.Reserverat, s.MinNiva, s.Pafyllnadsantal));
    }

    public IQueryable<Individrad> Individer(int lagerId, string? monster, string? artikelnummer, Artikeltyp? artikeltyp)
    {
        var fraga = db.Individer.AsNoTracking().Where(i => i.LagerId == lagerId && i.Status == Individstatus.PaLager);
        if (monster is not null)
        {
            fraga = fraga.Where(i => i.Artikel.Sorteringsnamn.Contains(monster));
        }
        if (artikelnummer is not null)
        {
            fraga = fraga.Where(i => i.Artikel.Artikelnummer == artikelnummer);
        }
        if (artikeltyp is not null)
        {
            fraga = fraga.Where(i => i.Artikel.Artikeltyp == artikeltyp);
        }
        return fraga
            .OrderBy(i => i.Artikel.Sorteringsnamn).ThenBy(i => i.Individnummer)
            .Select(i => new Individrad(i.Individnummer, i.Serienummer, i.Artikel.Artikelnummer, i.Artikel.Benamning, i.Status, i.Lagerstatus, i.Placering));
    }

    /// <summary>The lager <paramref name="lager"/> if the user may see it, or null.</summary>
    public async Task<Lagerval?> SynligtLagerAsync(int lager, CancellationToken ct) => await ValjLagerAsync(await MojligaLagerAsync(ct), lager, ct);

    /// <summary>The active tjänsteställe's förråd; every lager for Logistik and Admin. The central warehouse's stock is
    /// shown to others per artikel (Tillgänglighet), not as a whole here.</summary>
    private async Task<IReadOnlyList<Lagerval>> MojligaLagerAsync(CancellationToken ct)
    {
        var allaLager = aktuell.SerAllaTjanstestallen;
        return await aktuell.AvgransaLager(db.Lager.AsNoTracking(), l => l.Id)
            .Where(l => allaLager || l.Typ == Lagertyp.EgetForrad)
            .OrderBy(l => l.Nummer)
            .Select(l => new Lagerval(l.Id, l.Nummer + " " + l.Namn))
            .ToListAsync(ct);
    }

    /// <summary>The asked-for lager if the user may see it; otherwise (none asked) the active tjänsteställe's förråd.</summary>
    private async Task<Lagerval?> ValjLagerAsync(IReadOnlyList<Lagerval> mojliga, int? onskat, CancellationToken ct)
    {
        if (onskat is not null)
        {
            return mojliga.FirstOrDefault(l => l.Id == onskat);
        }
        var forrad = (await aktuell.TjanstestalleAsync(ct)).ForradId;
        return mojliga.FirstOrDefault(l => l.Id == forrad) ?? (mojliga.Count > 0 ? mojliga[0] : null);
    }
}
