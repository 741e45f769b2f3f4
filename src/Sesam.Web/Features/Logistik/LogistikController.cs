using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Meddelanden;
using Sesam.Domain.Organisation;

/// <summary>
/// Logistik at Hjälpmedelscentralen: the queue of incoming orders, and one order's handling: Starta plockning (stock is
/// reserved, a plocklista printed), Återrapportera plockning (the individer picked), Utleverera (stock drawn, devices
/// delivered, a följesedel), and a row's new planned delivery date or restnotering, which the orderer is told of
/// by message. Logistik only; every step only in the version of the order the user saw.
/// </summary>
[Authorize(Policy = Policy.Logistik)]
[Route("logistik")]
public sealed partial class LogistikController(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, TimeProvider klocka) : Controller
{
    public const int MaxTraffar = 500;

    /// <summary>The queue's status choices: "Att hantera" is every status Logistik still has work in.</summary>
    public static readonly IReadOnlyList<(string Varde, string Text)> Statusval =
    [
        ("", "Att hantera"), (nameof(Orderstatus.Registrerad), "Registrerad"), (nameof(Orderstatus.ForPlockning), "För plockning"),
        (nameof(Orderstatus.Plockad), "Plockad"), (nameof(Orderstatus.Utlevererad), "Utlevererad"),
    ];

    public sealed record Kofilter(Orderstatus? Status, Ordertyp? Typ, bool Restnoterade);

    public sealed record Korad(int Id, string Ordernummer, Ordertyp Typ, string Tjanstestalle, DateTime Skickad, DateOnly? Planerad,
        bool Samleverans, bool Akut, int Rader, int Restnoterade, Orderstatus Status);

    public sealed record Komodell(Kofilter Filter, IReadOnlyList<Korad> Ordrar, bool FlerTraffar);

    public sealed record Radvy(int Id, int Radnummer, string Artikelnummer, string Benamning, bool Individmarkt, int Antal,
        IReadOnlyList<string> Komponenter, string Lager, int Tillgangligt, DateOnly? Planerat, Radstatus Status, string? Individ,
        IReadOnlyList<string> Forslag, int? Foljesedel, DateOnly? Levererad, bool Plockas, string? VantarPaArbetsorder);

    /// <summary>A row's new delivery date as typed.</summary>
    public sealed record Leveransdatumformular(int RadId, string? Datum, bool Restnoterad);

    public sealed record Ordermodell(
        int Id, string Ordernummer, Ordertyp Typ, Orderstatus Status, int Version, string Tjanstestalle, int? MottagareId, string? Mottagare, string? Identitet,
        bool Skyddad, string? MottagandeLager, string Forskrivare, string RegistreradAv, DateTime Skickad, bool Samleverans, bool InkopFinns,
        Leveransuppgifter? Leverans, IReadOnlyList<Radvy> Rader, int Foljesedlar, string? Meddelande, string? Fel,
        IReadOnlyDictionary<int, string> ValdaIndivider, Leveransdatumformular? Leveransdatum = null)
    {
        public bool HarRestnoterade => Rader.Any(r => r.Status == Radstatus.Restnoterad);
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(Orderstatus? status, Ordertyp? typ, bool restnoterade, CancellationToken ct)
    {
        if (!aktuell.Har(Roll.Logistik))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var filter = new Kofilter(status is Orderstatus.Pagaende or Orderstatus.Makulerad ? null : status, typ, restnoterade);
        var fraga = db.Bestallningar.AsNoTracking();
        fraga = filter.Status is { } s
            ? fraga.Where(b => b.Status == s)
            : fraga.Where(b => b.Status == Orderstatus.Registrerad || b.Status == Orderstatus.ForPlockning || b.Status == Orderstatus.Plockad);
        if (filter.Typ is { } t)
        {
            fraga = fraga.Where(b => b.Ordertyp == t);
        }
        if (filter.Restnoterade)
        {
            fraga = fraga.Where(b => b.Rader.Any(r => r.Status == Radstatus.Restnoterad));
        }
        var ordrar = await fraga
            .Select(b => new
            {
                b.Id,
                b.Ordernummer,
                b.Ordertyp,
                Tjanstestalle = b.Tjanstestalle.Kod + " " + b.Tjanstestalle.Namn,
                b.Skickad,
                Planerad = b.Rader.Where(r => r.Status == Radstatus.Registrerad || r.Status == Radstatus.Restnoterad).Min(r => r.PlaneratLeveransdatum),
                b.Samleverans,
                Akut = b.Leverans != null && b.Leverans.Prioritet == Leveransprioritet.Akut,
                Rader = b.Rader.Count(r => r.Status != Radstatus.Makulerad),
                Restnoterade = b.Rader.Count(r => r.Status == Radstatus.Restnoterad),
                b.Status,
            })
            // The most urgent first: akut, then the earliest planned delivery, then the oldest.
            .OrderByDescending(b => b.Akut).ThenBy(b => b.Planerad).ThenBy(b => b.Skickad).ThenBy(b => b.Id)
            .Take(MaxTraffar + 1)
            .ToListAsync(ct);
        var rader = ordrar.Take(MaxTraffar)
            .Select(b => new Korad(b.Id, b.Ordernummer!, b.Ordertyp, b.Tjanstestalle, b.Skickad!.Value, b.Planerad, b.Samleverans, b.Akut, b.Rader, b.Restnoterade, b.Status))
            .ToList();
        return View(new Komodell(filter, rader, ordrar.Count > MaxTraffar));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Order(int id, CancellationToken ct)
    {
        if (!aktuell.Har(Roll.Logistik))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var modell = await ModellAsync(id, TempData["Meddelande"] as string, null, new Dictionary<int, string>(), ct);
        if (modell is null)
        {
            return NotFound();
        }
        await pdl.LoggaAsync("Läsning", $"Beställning {modell.Ordernummer} visad för Logistik.", modell.MottagareId, ct);
        return View(modell);
    }

    /// <summary>Starta plockning: the order goes on a plocklista and its rows' stock is reserved.</summary>
    [HttpPost("{id:int}/plockning")]
    public Task<IActionResult> StartaPlockning(int id, int version, CancellationToken ct) =>
        AndraAsync(id, version, new Dictionary<int, string>(), async (order, tid) =>
        {
            order.StartaPlockning(await SaldonAsync(order, ct));
            return ($"Beställning {order.Ordernummer} är för plockning. Skriv ut plocklistan.", $"Plockning av beställning {order.Ordernummer} startad.");
        }, ct);

    /// <summary>"Inköp gjort": an artikel is bought from the leverantör for the order, which can then no longer be makulerad.</summary>
    [HttpPost("{id:int}/inkop")]
    public Task<IActionResult> RegistreraInkop(int id, int version, CancellationToken ct) =>
        AndraAsync(id, version, new Dictionary<int, string>(), (order, tid) =>
        {
            order.RegistreraInkop();
            return Task.FromResult(($"Inköp är registrerat för beställning {order.Ordernummer}. Den kan inte längre makuleras.", $"Inköp registrerat för beställning {order.Ordernummer}."));
        }, ct);

    /// <summary>Avbryt plockning: back to Registrerad with the stock and individer released, e.g. to restnotera a row that could not be picked.</summary>
    [HttpPost("{id:int}/avbryt")]
    public Task<IActionResult> AvbrytPlockning(int id, int version, CancellationToken ct) =>
        AndraAsync(id, version, new Dictionary<int, string>(), async (order, tid) =>
        {
            order.AvbrytPlockning(tid, aktuell.HsaId, await SaldonAsync(order, ct));
            return ($"Plockningen av beställning {order.Ordernummer} är avbruten. Lagersaldo och individer är frisläppta.", $"Plockning av beställning {order.Ordernummer} avbruten.");
        }, ct);

    /// <summary>Återrapportera plockning: the individnummer picked for each individmärkt row (scanned or typed), then Plockad.</summary>
    [HttpPost("{id:int}/plockad")]
    public Task<IActionResult> Aterrapportera(int id, int version, [FromForm] Dictionary<int, string>? individ, CancellationToken ct)
    {
        var valda = (individ ?? []).Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value.Trim());
        return AndraAsync(id, version, valda, async (order, tid) =>
        {
            var nummer = valda.Values.Distinct().ToList();
            var individer = await db.Individer.Where(i => nummer.Contains(i.Individnummer)).ToListAsync(ct);
            foreach (var rad in order.AttPlocka.Where(r => r.Artikel.Individmarkt))
            {
                if (!valda.TryGetValue(rad.Id, out var valt))
                {
                    continue;
                }
                var vald = individer.SingleOrDefault(i => i.Individnummer == valt)
                    ?? throw new DomainException($"Rad {rad.Radnummer}: det finns ingen individ {valt}.");
                order.ValjIndivid(rad, vald, tid, aktuell.HsaId);
            }
            order.MarkeraPlockad();
            return ($"Plockningen av beställning {order.Ordernummer} är återrapporterad. Beställningen är plockad.", $"Beställning {order.Ordernummer} plockad.");
        }, ct);
    }

    /// <summary>Utleverera: stock drawn, devices delivered (or on their way to the förråd), patient fees recorded, a följesedel.</summary>
    [HttpPost("{id:int}/utleverera")]
    public Task<IActionResult> Utleverera(int id, int version, CancellationToken ct) =>
        AndraAsync(id, version, new Dictionary<int, string>(), async (order, tid) =>
        {
            var radIds = order.Rader.Select(r => (int?)r.Id).ToList();
            var oppna = await db.Arbetsordrar.Where(a => radIds.Contains(a.OrderradId) && a.Status == Arbetsorderstatus.Registrerad)
                .Select(a => new { a.OrderradId, a.Arbetsordernummer }).ToListAsync(ct);
            var avgifter = order.Utleverera(tid, aktuell.HsaId, await SaldonAsync(order, ct),
                oppna.GroupBy(a => a.OrderradId).ToDictionary(g => order.Rader.Single(r => r.Id == g.Key), g => string.Join(", ", g.Select(a => a.Arbetsordernummer))));
            db.Patientavgifter.AddRange(avgifter);
            if (order.Ordertyp == Ordertyp.Lagerpafyllnad)
            {
                db.Meddelanden.AddRange(Meddelande.LeveransAttKvittera(order, tid));
            }
            var rest = order.Status == Orderstatus.Registrerad ? " Restnoterade rader levereras senare." : "";
            return ($"Beställning {order.Ordernummer} är utlevererad på följesedel {Foljesedelnummer.Skapa(order.Ordernummer!, order.Foljesedlar)}.{rest}",
                $"Beställning {order.Ordernummer} utlevererad (följesedel {order.Foljesedlar}).");
        }, ct);

    /// <summary>A new planned delivery date for a row not yet picked, restnoterad or not; the orderer gets a message.</summary>
    [HttpPost("{id:int}/rad/{radId:int}/leveransdatum")]
    public Task<IActionResult> Leveransdatum(int id, int radId, int version, string? datum, bool restnoterad, CancellationToken ct) =>
        AndraAsync(id, version, new Dictionary<int, string>(), (order, tid) =>
        {
            var rad = order.Rader.SingleOrDefault(r => r.Id == radId) ?? throw new DomainException("Raden finns inte på beställningen.");
            if (!DateOnly.TryParseExact(datum?.Trim(), "yyyy-MM-dd", out var nytt))
            {
                throw new DomainException($"Ange nytt planerat leveransdatum för rad {rad.Radnummer} (ÅÅÅÅ-MM-DD).");
            }
            var tidigare = rad.AndraLeveransdatum(nytt, restnoterad, Svensktid.Datum(tid));
            if (tidigare is null)
            {
                return Task.FromResult(($"Rad {rad.Radnummer}: inget ändrades.", $"Beställning {order.Ordernummer} rad {rad.Radnummer}: leveransdatum oförändrat."));
            }
            db.Meddelanden.AddRange(Meddelande.LeveransdatumAndrat(rad, tidigare, tid));
            return Task.FromResult(($"Rad {rad.Radnummer}: planerat leveransdatum {nytt:yyyy-MM-dd}{(restnoterad ? ", restnoterad" : "")}. Beställaren har fått ett meddelande.",
                $"Beställning {order.Ordernummer} rad {rad.Radnummer}: leveransdatum {nytt:yyyy-MM-dd}{(restnoterad ? ", restnoterad" : "")}."));
        }, ct, new Leveransdatumformular(radId, datum, restnoterad));

    /// <summary>
    /// Changes the order only in the version the user saw. A stale page, a concurrent change of the order, its stock or
    /// its individer gets a clear message and the current order with what the user chose, never a silent overwrite.
    /// </summary>
    /// <param name="leveransdatum">A new delivery date as typed, shown again if it is refused.</param>
    private async Task<IActionResult> AndraAsync(int id, int version, IReadOnlyDictionary<int, string> valda,
        Func<Bestallning, DateTime, Task<(string Meddelande, string Logg)>> andring, CancellationToken ct, Leveransdatumformular? leveransdatum = null)
    {
        if (!aktuell.Har(Roll.Logistik))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var order = await LasAsync(id, ct);
        if (order is null)
        {
            return NotFound();
        }
        string fel;
        var kod = StatusCodes.Status409Conflict;
        if (order.Version != version)
        {
            fel = "Beställningen har ändrats sedan du öppnade den. Kontrollera uppgifterna nedan och försök igen.";
        }
        else
        {
            try
            {
                var (meddelande, logg) = await andring(order, klocka.GetUtcNow().UtcDateTime);
                db.GorAnsprak(order);
                await db.SaveChangesAsync(ct);
                await pdl.LoggaAsync("Ändring", logg, order.MottagareId, ct);
                TempData["Meddelande"] = meddelande;
                return Redirect($"/logistik/{id}");
            }
            catch (DomainException ex)
            {
                fel = ex.Message;
                kod = StatusCodes.Status422UnprocessableEntity;
            }
            catch (DbUpdateConcurrencyException)
            {
                fel = Samtidig;
            }
            catch (DbUpdateException) when (db.ChangeTracker.Entries<Lagersaldo>().Any(e => e.State == EntityState.Added))
            {
                // Another order created the same saldo row first (unique per lager and artikel); nothing was saved.
                fel = Samtidig;
            }
        }
        db.ChangeTracker.Clear();
        Response.StatusCode = kod;
        var modell = (await ModellAsync(id, null, fel, valda, ct))! with { Leveransdatum = leveransdatum };
        await pdl.LoggaAsync("Läsning", $"Beställning {modell.Ordernummer} visad för Logistik.", order.MottagareId, ct);
        return View("Order", modell);
    }

    private const string Samtidig = "Någon annan ändrade beställningen, lagersaldot eller en individ samtidigt. Kontrollera uppgifterna nedan och försök igen.";

    private Task<Bestallning?> LasAsync(int id, CancellationToken ct) =>
        db.Bestallningar
            .Include(b => b.Rader).ThenInclude(r => r.Artikel)
            .Include(b => b.Rader).ThenInclude(r => r.KallLager)
            .Include(b => b.Rader).ThenInclude(r => r.Komponenter).ThenInclude(k => k.Artikel)
            .Include(b => b.Rader).ThenInclude(r => r.Individ)
            .Include(b => b.Mottagare)
            .Include(b => b.MottagandeLager)
            .AsSplitQuery()
            .SingleOrDefaultAsync(b => b.Id == id && b.Status != Orderstatus.Pagaende, ct);

    /// <summary>The tracked saldon of the lager and artiklar the order's rows take from.</summary>
    private async Task<Func<Lager, Artikel, Lagersaldo>> SaldonAsync(Bestallning order, CancellationToken ct)
    {
        var lager = order.Rader.Select(r => r.KallLagerId).Distinct().ToList();
        var artiklar = order.Rader.SelectMany(r => r.Komponenter.Select(k => k.ArtikelId).Prepend(r.ArtikelId)).Distinct().ToList();
        var saldon = await db.Lagersaldon.Where(s => lager.Contains(s.LagerId) && artiklar.Contains(s.ArtikelId)).ToListAsync(ct);
        return Saldouppslag.HamtaEllerSkapa(db, saldon);
    }

    private async Task<Ordermodell?> ModellAsync(int id, string? meddelande, string? fel, IReadOnlyDictionary<int, string> valda, CancellationToken ct)
    {
        var b = await db.Bestallningar.AsNoTracking()
            .Where(x => x.Id == id && x.Status != Orderstatus.Pagaende)
            .Select(x => new
            {
                x.Id,
                x.Ordernummer,
                x.Ordertyp,
                x.Status,
                x.Version,
                Tjanstestalle = x.Tjanstestalle.Kod + " " + x.Tjanstestalle.Namn,
                x.MottagareId,
                Mottagare = x.Mottagare != null ? x.Mottagare.Namn : null,
                Personnummer = x.Mottagare != null ? x.Mottagare.Personnummer : null,
                Kundnummer = x.Mottagare != null ? x.Mottagare.Kundnummer : null,
                Skyddad = x.Mottagare != null && x.Mottagare.SkyddadIdentitet,
                MottagandeLager = x.MottagandeLager != null ? x.MottagandeLager.Nummer + " " + x.MottagandeLager.Namn : null,
                Forskrivare = x.Forskrivare.Fornamn + " " + x.Forskrivare.Efternamn,
                RegistreradAv = x.RegistreradAv.Fornamn + " " + x.RegistreradAv.Efternamn,
                x.Skickad,
                x.Samleverans,
                x.InkopFinns,
                x.Leverans,
                x.Foljesedlar,
            })
            .SingleOrDefaultAsync(ct);
        if (b is null)
        {
            return null;
        }
        var rader = await db.Orderrader.AsNoTracking()
            .Where(r => r.BestallningId == id)
            .OrderBy(r => r.Radnummer)
            .Select(r => new
            {
                r.Id,
                r.Radnummer,
                r.ArtikelId,
                r.Artikel.Artikelnummer,
                r.Artikel.Benamning,
                r.Artikel.Individmarkt,
                r.Antal,
                Komponenter = r.Komponenter.OrderBy(k => k.Artikel.Artikelnummer).Select(k => k.Artikel.Artikelnummer + " " + k.Artikel.Benamning + " (" + k.Antal + ")").ToList(),
                r.KallLagerId,
                Lager = r.KallLager.Nummer + " " + r.KallLager.Namn,
                Tillgangligt = db.Lagersaldon.Where(s => s.LagerId == r.KallLagerId && s.ArtikelId == r.ArtikelId).Select(s => s.Saldo - s.Reserverat).FirstOrDefault(),
                r.PlaneratLeveransdatum,
                r.Status,
                r.Leveranskalla,
                Individ = r.Individ != null ? r.Individ.Individnummer : null,
                r.Foljesedel,
                r.LevereradDatum,
                Arbetsorder = db.Arbetsordrar.Where(a => a.OrderradId == r.Id && a.Status == Arbetsorderstatus.Registrerad).Select(a => a.Arbetsordernummer).FirstOrDefault(),
            })
            .ToListAsync(ct);
        // Suggestions for the individ to pick: available ones of the artikel in the row's lager, placering first.
        var forslag = new Dictionary<(int, int), List<string>>();
        if (b.Status == Orderstatus.ForPlockning)
        {
            foreach (var grupp in rader.Where(r => r.Individmarkt && r.Status == Radstatus.Registrerad).GroupBy(r => (r.ArtikelId, r.KallLagerId)))
            {
                var (artikelId, lagerId) = grupp.Key;
                forslag[grupp.Key] = await db.Individer.AsNoTracking()
                    .Where(i => i.ArtikelId == artikelId && i.LagerId == lagerId && i.Status == Individstatus.PaLager && i.Lagerstatus == Lagerstatus.Tillganglig)
                    .OrderBy(i => i.Individnummer).Take(20).Select(i => i.Individnummer).ToListAsync(ct);
            }
        }
        var radvyer = rader.Select(r => new Radvy(r.Id, r.Radnummer, r.Artikelnummer, r.Benamning, r.Individmarkt, r.Antal, r.Komponenter, r.Lager,
            r.Tillgangligt, r.PlaneratLeveransdatum, r.Status, r.Individ, forslag.GetValueOrDefault((r.ArtikelId, r.KallLagerId)) ?? [],
            r.Foljesedel, r.LevereradDatum, r.Status == Radstatus.Registrerad && r.Leveranskalla == Leveranskalla.Hjalpmedelsverksamhet, r.Arbetsorder)).ToList();
        return new Ordermodell(b.Id, b.Ordernummer!, b.Ordertyp, b.Status, b.Version, b.Tjanstestalle, b.MottagareId, b.Mottagare,
            b.Personnummer?.Formaterat ?? b.Kundnummer, b.Skyddad, b.MottagandeLager, b.Forskrivare, b.RegistreradAv, b.Skickad!.Value,
            b.Samleverans, b.InkopFinns, b.Leverans, radvyer, b.Foljesedlar, meddelande, fel, valda);
    }
}
