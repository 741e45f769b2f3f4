using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Organisation;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallningssok;

/// <summary>
/// The query of Sök beställning: the sent orders of the tjänsteställe the user works in, also colleagues' (every unit's for
/// Logistik and Admin), by period, ordertyp, status, "Mina beställningar" or another user's (by användar-id, as the VGR
/// manual's Sök kundorder), sortable by one column at a time; "Beställning – snabbsök", which opens an order by its
/// whole number, another unit's too (read-only), as the manual says; and "Sök levererade kundorder" by order or följesedel number. The list names no patient, so reading
/// it is not PDL-logged; the order's details and its delivered rows are.
/// </summary>
public sealed class Bestallningssokning(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka) : IAnvandningsfall
{
    public const int MaxTraffar = 500;

    /// <summary>The periods of "Registrerad", in days; 0 is every order.</summary>
    public static readonly IReadOnlyList<(int Dagar, string Text)> Perioder =
        [(7, "Senaste veckan"), (30, "Senaste 30 dagarna"), (90, "Senaste 3 månaderna"), (365, "Senaste året"), (0, "Alla")];

    /// <summary>The sortable columns, by the name used in the address, with their headings.</summary>
    public static readonly IReadOnlyList<(string Namn, string Rubrik)> Kolumner =
    [
        ("nummer", "Beställning"), ("typ", "Ordertyp"), ("registrerad", "Registrerad"), ("bestallare", "Beställare"),
        ("forskrivare", "Förskrivare"), ("planerad", "Planerad leverans"), ("status", "Status"),
    ];

    /// <param name="Anvandarid">Användar-id (HSA-id) of a förskrivare or beställare: their orders, as Mina are the user's own.</param>
    public sealed record Sokfilter(string? Nummer, int Dagar, Ordertypval? Typ, Orderstatus? Status, bool Mina, string? Anvandarid, int? Tjanstestalle,
        string Sortera, bool Stigande);

    public sealed record Listrad(int Id, string Ordernummer, Ordertypval Typ, DateTime Registrerad, string Bestallare, string? Forskrivare,
        DateOnly? Planerad, Orderstatus Status, string Tjanstestalle, bool Automatisk);

    /// <param name="Fel">Why the snabbsök found nothing.</param>
    /// <param name="Anvandarfel">Why the användar-id cannot be searched.</param>
    public sealed record Sokmodell(Sokfilter Filter, IReadOnlyList<Listrad> Traffar, bool FlerTraffar, string? Fel,
        IReadOnlyList<(int Id, string Namn)> Tjanstestallen, bool AllaTjanstestallen, string? Anvandarfel = null);

    public async Task<IActionResult> SokAsync(Controller controller, string? nummer, int? dagar, Ordertypval? typ, Orderstatus? status, bool mina, string? anvandarid, int? tjanstestalle,
        string? sortera, bool stigande, CancellationToken ct)
    {
        var kolumn = Kolumner.Any(k => k.Namn == sortera) ? sortera! : "registrerad";
        var filter = new Sokfilter(nummer?.Trim(), Perioder.Any(p => p.Dagar == dagar) ? dagar!.Value : 30, typ,
            status is Orderstatus.Pagaende ? null : status, mina, string.IsNullOrWhiteSpace(anvandarid) ? null : anvandarid.Trim(),
            aktuell.SerAllaTjanstestallen ? tjanstestalle : null, kolumn, stigande);
        var tjanstestallen = aktuell.SerAllaTjanstestallen
            ? (await db.Tjanstestallen.AsNoTracking().OrderBy(t => t.Kod).Select(t => new { t.Id, Namn = t.Kod + " " + t.Namn }).ToListAsync(ct))
                .Select(t => (t.Id, t.Namn)).ToList()
            : [];
        var synliga = aktuell.Avgransa(db.Bestallningar.AsNoTracking(), b => b.TjanstestalleId).Where(b => b.Status != Orderstatus.Pagaende);
        if (!string.IsNullOrEmpty(filter.Nummer))
        {
            if (!Ordernummer.ArGiltigt(filter.Nummer))
            {
                controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return controller.View("Index", new Sokmodell(filter, [], false, "Ange hela beställningsnumret, till exempel 21388086 (år, vecka och löpnummer).", tjanstestallen, aktuell.SerAllaTjanstestallen));
            }
            // "När man anger ett specifikt och komplett kundordernummer i fältet visas ordern även om den tillhör en annan
            // kund än den kund du är knuten till." Another unit's opens read-only, by its number rather than its id.
            var order = await db.Bestallningar.AsNoTracking().Where(b => b.Ordernummer == filter.Nummer && b.Status != Orderstatus.Pagaende)
                .Select(b => new { b.Id, b.TjanstestalleId }).SingleOrDefaultAsync(ct);
            if (order is not null)
            {
                return controller.Redirect(aktuell.FarSe(order.TjanstestalleId) ? $"/bestallning/{order.Id}" : $"/bestallning/nummer/{filter.Nummer}");
            }
            controller.Response.StatusCode = StatusCodes.Status404NotFound;
            return controller.View("Index", new Sokmodell(filter, [], false, $"Det finns ingen beställning {filter.Nummer}.", tjanstestallen, aktuell.SerAllaTjanstestallen));
        }
        var fraga = synliga;
        if (filter.Dagar > 0)
        {
            var fran = klocka.GetUtcNow().UtcDateTime.AddDays(-filter.Dagar);
            fraga = fraga.Where(b => b.Skickad >= fran);
        }
        if (filter.Tjanstestalle is { } t)
        {
            fraga = fraga.Where(b => b.TjanstestalleId == t);
        }
        if (filter.Status is { } s)
        {
            fraga = fraga.Where(b => b.Status == s);
        }
        fraga = filter.Typ switch
        {
            Ordertypval.Lagerpafyllnad => fraga.Where(b => b.Ordertyp == Ordertyp.Lagerpafyllnad),
            Ordertypval.UttagUrEgetForrad => fraga.Where(b => b.Ordertyp == Ordertyp.Forskrivning && !b.Rader.Any(r => r.Leveranskalla == Leveranskalla.Hjalpmedelsverksamhet)),
            Ordertypval.ForskrivningViaHjalpmedelsverksamheten => fraga.Where(b => b.Ordertyp == Ordertyp.Forskrivning && b.Rader.Any(r => r.Leveranskalla == Leveranskalla.Hjalpmedelsverksamhet)),
            _ => fraga,
        };
        if (filter.Mina)
        {
            var jag = aktuell.Id;
            fraga = fraga.Where(b => b.ForskrivareId == jag || b.RegistreradAvId == jag);
        }
        if (filter.Anvandarid is { } hsaId)
        {
            // The orders stay the unit's, whoever's they are.
            if (await Anvandaruppslag.HittaAsync(db, hsaId, ct) is not { Id: var vem })
            {
                controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return controller.View("Index", new Sokmodell(filter, [], false, null, tjanstestallen, aktuell.SerAllaTjanstestallen, Anvandaruppslag.Okand(hsaId)));
            }
            fraga = fraga.Where(b => b.ForskrivareId == vem || b.RegistreradAvId == vem);
        }
        var rader = fraga.Select(b => new Rad
        {
            Id = b.Id,
            Ordernummer = b.Ordernummer!,
            Lagerpafyllnad = b.Ordertyp == Ordertyp.Lagerpafyllnad,
            Automatisk = b.Automatisk,
            Central = b.Rader.Any(r => r.Leveranskalla == Leveranskalla.Hjalpmedelsverksamhet),
            Registrerad = b.Skickad!.Value,
            Bestallare = b.RegistreradAv.Fornamn + " " + b.RegistreradAv.Efternamn,
            Forskrivare = b.Ordertyp == Ordertyp.Forskrivning ? b.Forskrivare.Fornamn + " " + b.Forskrivare.Efternamn : null,
            Planerad = b.Rader.Where(r => r.Status == Radstatus.Registrerad || r.Status == Radstatus.Restnoterad).Max(r => r.PlaneratLeveransdatum),
            Status = b.Status,
            Tjanstestalle = b.Tjanstestalle.Kod + " " + b.Tjanstestalle.Namn,
        });
        var traffar = await Sortera(rader, filter.Sortera, filter.Stigande).Take(MaxTraffar + 1).ToListAsync(ct);
        var listrader = traffar.Take(MaxTraffar)
            .Select(r => new Listrad(r.Id, r.Ordernummer, r.Lagerpafyllnad ? Ordertypval.Lagerpafyllnad : r.Central ? Ordertypval.ForskrivningViaHjalpmedelsverksamheten : Ordertypval.UttagUrEgetForrad,
                r.Registrerad, r.Bestallare, r.Forskrivare, r.Planerad, r.Status, r.Tjanstestalle, r.Automatisk))
            .ToList();
        return controller.View("Index", new Sokmodell(filter, listrader, traffar.Count > MaxTraffar, null, tjanstestallen, aktuell.SerAllaTjanstestallen));
    }

    private static IQueryable<Rad> Sortera(IQueryable<Rad> rader, string kolumn, bool stigande)
    {
        IOrderedQueryable<Rad> Efter<TNyckel>(Expression<Func<Rad, TNyckel>> nyckel) =>
            stigande ? rader.OrderBy(nyckel) : rader.OrderByDescending(nyckel);
        var ordnade = kolumn switch
        {
            "nummer" => Efter(r => r.Ordernummer),
            "typ" => Efter(r => r.Lagerpafyllnad ? 3 : r.Central ? 1 : 2),
            "bestallare" => Efter(r => r.Bestallare),
            "forskrivare" => Efter(r => r.Forskrivare),
            "planerad" => Efter(r => r.Planerad),
            "status" => Efter(r => r.Status),
            _ => Efter(r => r.Registrerad),
        };
        // The id breaks ties, so that a page reads the same each time.
        return stigande ? ordnade.ThenBy(r => r.Id) : ordnade.ThenByDescending(r => r.Id);
    }

    /// <summary>A row as the database gives it; its ordertyp is worked out afterwards.</summary>
    private sealed class Rad
    {
        public int Id { get; init; }
        public string Ordernummer { get; init; } = "";
        public bool Lagerpafyllnad { get; init; }
        public bool Automatisk { get; init; }
        public bool Central { get; init; }
        public DateTime Registrerad { get; init; }
        public string Bestallare { get; init; } = "";
        public string? Forskrivare { get; init; }
        public DateOnly? Planerad { get; init; }
        public Orderstatus Status { get; init; }
        public string Tjanstestalle { get; init; } = "";
    }
}

/// <summary>The ordertyp as the search shows it: a förskrivning is either an uttag ur eget förråd or goes via Hjälpmedelsverksamheten.</summary>
public enum Ordertypval
{
    ForskrivningViaHjalpmedelsverksamheten = 1,
    UttagUrEgetForrad = 2,
    Lagerpafyllnad = 3,
}

public static class OrdertypvalText
{
    public static string Text(this Ordertypval typ) => typ switch
    {
        Ordertypval.ForskrivningViaHjalpmedelsverksamheten => "Förskrivning via Hjälpmedelsverksamheten",
        Ordertypval.UttagUrEgetForrad => "Förskrivning från eget förråd",
        _ => "Lagerpåfyllnad",
    };
}
