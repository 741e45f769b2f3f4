using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Pdf;

namespace Sesam.Web.Features.Hamtorder;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Meddelanden;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>
/// Sök hämtorder, a hämtorder's details, its printout, makulering, and Logistik's receipt that closes it. Hämtordrar
/// are unit-bound like orders: a user lists and changes those of the tjänsteställe they work in (Logistik every
/// unit's). As the VGR manual says, a complete personnummer as mottagare lists the patient's hämtordrar of every
/// unit, and another unit's hämtorder opens from that list read-only, as it does from its complete number. The list
/// names no patient; the details do, and are PDL-logged.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
[Route("hamtorder")]
public sealed class HamtorderController(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, TimeProvider klocka) : Controller
{
    /// <param name="Bestallare">Användar-id (HSA-id) of the one who registered the hämtordrar.</param>
    /// <param name="Mottagarnummer">A patient's complete personnummer or a vårdenhet's kundnummer, as typed; posted, never in an address.</param>
    /// <param name="Kund">The kundnummer of the kund of the tjänsteställe whose hämtordrar are wanted.</param>
    public sealed record Sokfilter(string? Sok, int Dagar, Hamtorderstatus? Status, bool Mina, int? Mottagare = null, string? Bestallare = null,
        string? Mottagarnummer = null, string? Kund = null)
    {
        /// <summary>"Du måste ange minst ett sökbegrepp": the period and the status only narrow a search, as Inkludera stängda in the manual.</summary>
        public bool HarSokbegrepp => !string.IsNullOrEmpty(Sok) || Mina || Mottagare is not null || Bestallare is not null || Mottagarnummer is not null
            || Kund is not null;
    }

    public sealed record Listrad(string Hamtordernummer, DateTime Registrerad, Hamtorderstatus Status, Hamtplats Hamtplats, Hamtorderatgard Atgard, int Antal, string RegistreradAv, string Tjanstestalle);

    /// <param name="Mottagare">The name of the mottagare the list is limited to, from the patient view.</param>
    /// <param name="Fel">Why the hämtordernummer cannot be searched.</param>
    /// <param name="Bestallarfel">Why the beställare cannot be searched.</param>
    /// <param name="Mottagarfel">Why the mottagare cannot be searched.</param>
    /// <param name="AllaTjanstestallen">The list holds every unit's hämtordrar of the patient whose complete personnummer was given.</param>
    /// <param name="Kundfel">Why the kund cannot be searched.</param>
    /// <param name="Sokbegreppfel">The form was sent without any search term.</param>
    public sealed record Sokmodell(Sokfilter Filter, IReadOnlyList<Listrad> Traffar, string? Fel, bool FlerTraffar = false, string? Mottagare = null,
        string? Bestallarfel = null, string? Mottagarfel = null, bool AllaTjanstestallen = false, string? Kundfel = null, string? Sokbegreppfel = null)
    {
        public bool HarFel => Fel is not null || Bestallarfel is not null || Mottagarfel is not null || Kundfel is not null || Sokbegreppfel is not null;
    }

    public const string IngetSokbegrepp = "Du måste ange minst ett sökbegrepp.";

    public const int MaxTraffar = 500;

    public sealed record Rad(string Artikelnummer, string Benamning, string? Individnummer, int Antal, bool Komponent, IReadOnlyList<string> Komponenter);

    /// <param name="AnnatTjanstestalle">Another unit's hämtorder, opened from the list of a complete personnummer: read-only.</param>
    public sealed record Detaljer(
        Hamtorder Hamtorder, string Tjanstestalle, int MottagareId, string Mottagare, bool ArPatient, string? Identitet, bool Skyddad,
        IReadOnlyList<Rad> Rader, bool KanMakuleras, bool KanTasEmot, bool AnnatTjanstestalle, string? Meddelande, string? Fel);

    /// <summary>The periods of "Registrerad" in the search, in days; 0 is every hämtorder.</summary>
    public static readonly IReadOnlyList<(int Dagar, string Text)> Perioder =
        [(30, "Senaste 30 dagarna"), (90, "Senaste 3 månaderna"), (365, "Senaste året"), (0, "Alla")];

    /// <summary>The first open, and links such as Min sida's, list the unit's hämtordrar without asking for a search term.</summary>
    [HttpGet("")]
    public Task<IActionResult> Index(string? sok, int? dagar, Hamtorderstatus? status, bool mina, int? mottagare, string? bestallare, string? kund,
        CancellationToken ct) =>
        SokAsync(sok, dagar, status, mina, mottagare, bestallare, null, kund, inskickad: false, ct);

    /// <summary>The search form posts, so that a personnummer typed as mottagare never lands in an address or a log of addresses.</summary>
    [HttpPost("")]
    public Task<IActionResult> Sok(string? sok, int? dagar, Hamtorderstatus? status, bool mina, int? mottagare, string? bestallare, string? mottagarnummer,
        string? kund, CancellationToken ct) =>
        SokAsync(sok, dagar, status, mina, mottagare, bestallare, mottagarnummer, kund, inskickad: true, ct);

    private async Task<IActionResult> SokAsync(string? sok, int? dagar, Hamtorderstatus? status, bool mina, int? mottagare, string? bestallare,
        string? mottagarnummer, string? kund, bool inskickad, CancellationToken ct)
    {
        if (!Patientbehorighet.KanSePatienter(aktuell))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var filter = new Sokfilter(sok?.Trim(), Perioder.Any(p => p.Dagar == dagar) ? dagar!.Value : 90, status, mina, mottagare,
            Ifyllt(bestallare), Ifyllt(mottagarnummer), Ifyllt(kund));
        if (inskickad && !filter.HarSokbegrepp)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", new Sokmodell(filter, [], null, Sokbegreppfel: IngetSokbegrepp));
        }
        // "Mottagarens hämtordrar" from the patient view: by the mottagare's id, never a personnummer in the address.
        string? mottagarnamn = null;
        if (mottagare is { } mottagareId)
        {
            mottagarnamn = await db.Mottagare.Where(m => m.Id == mottagareId).Select(m => m.Namn).SingleOrDefaultAsync(ct);
            if (mottagarnamn is null)
            {
                return NotFound();
            }
            await pdl.LoggaAsync("Läsning", "Mottagarens hämtordrar listade.", mottagareId, ct);
        }
        // A whole number opens the hämtorder, another unit's too: its address opens it read-only (and PDL-logged) for
        // anyone who may see patients, so the search does not deny it. The start of one (at least three digits) lists
        // those of the unit it begins, of any date.
        var borjan = filter.Sok is { Length: >= 3 } s0 && s0.All(char.IsAsciiDigit) && !Ordernummer.ArGiltigt(s0) ? s0 : null;
        if (!string.IsNullOrEmpty(filter.Sok) && borjan is null)
        {
            if (!Ordernummer.ArGiltigt(filter.Sok))
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View("Index", new Sokmodell(filter, [], "Ange hämtordernumret eller början av det, minst 3 siffror."));
            }
            if (await db.Hamtordrar.AnyAsync(h => h.Hamtordernummer == filter.Sok, ct))
            {
                return Redirect($"/hamtorder/{filter.Sok}");
            }
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Index", new Sokmodell(filter, [], $"Det finns ingen hämtorder {filter.Sok}."));
        }
        string? bestallarfel = null;
        string? bestallarHsaId = null;
        if (filter.Bestallare is { } anvandarid)
        {
            bestallarHsaId = (await Anvandaruppslag.HittaAsync(db, anvandarid, ct))?.HsaId;
            if (bestallarHsaId is null)
            {
                bestallarfel = Anvandaruppslag.Okand(anvandarid);
            }
        }
        var (sokt, mottagarfel) = filter.Mottagarnummer is { } text ? await MottagareAsync(text, ct) : (null, null);
        // "När man anger ett komplett personnummer i mottagarfältet visas hämtordrar även för andra kunder än den kund du
        // är knuten till." A vårdenhet's kundnummer stays with the unit.
        var allaTjanstestallen = sokt is { Patient: true };
        var kundfel = filter.Kund is { } kundnummer ? await KundfelAsync(kundnummer, allaTjanstestallen, ct) : null;
        if (bestallarfel is not null || mottagarfel is not null || kundfel is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", new Sokmodell(filter, [], null, Mottagare: mottagarnamn, Bestallarfel: bestallarfel, Mottagarfel: mottagarfel, Kundfel: kundfel));
        }
        var fraga = allaTjanstestallen ? db.Hamtordrar.AsNoTracking() : aktuell.Avgransa(db.Hamtordrar.AsNoTracking(), h => h.TjanstestalleId);
        if (sokt is { } m0)
        {
            fraga = fraga.Where(h => h.MottagareId == m0.Id);
            await pdl.LoggaAsync("Läsning", allaTjanstestallen
                ? "Mottagarens hämtordrar sökta med hela personnumret, alla tjänsteställen."
                : "Mottagarens hämtordrar sökta med kundnummer.", m0.Id, ct);
        }
        if (borjan is not null)
        {
            fraga = fraga.Where(h => h.Hamtordernummer.StartsWith(borjan));
        }
        else if (filter.Dagar > 0)
        {
            var fran = klocka.GetUtcNow().UtcDateTime.AddDays(-filter.Dagar);
            fraga = fraga.Where(h => h.Registrerad >= fran);
        }
        if (filter.Status is { } s)
        {
            fraga = fraga.Where(h => h.Status == s);
        }
        if (filter.Mottagare is { } m)
        {
            fraga = fraga.Where(h => h.MottagareId == m);
        }
        if (filter.Mina)
        {
            var hsaId = aktuell.HsaId;
            fraga = fraga.Where(h => h.RegistreradAvHsaId == hsaId);
        }
        if (bestallarHsaId is not null)
        {
            fraga = fraga.Where(h => h.RegistreradAvHsaId == bestallarHsaId);
        }
        if (filter.Kund is { } k)
        {
            fraga = fraga.Where(h => h.Tjanstestalle.Kund.Kundnummer == k);
        }
        var traffar = await fraga
            .OrderByDescending(h => h.Registrerad).ThenByDescending(h => h.Id)
            .Take(MaxTraffar + 1)
            .Select(h => new Listrad(h.Hamtordernummer, h.Registrerad, h.Status, h.Hamtplats, h.Atgard, h.Rader.Count(r => !r.Komponent), h.RegistreradAvNamn,
                h.Tjanstestalle.Kod + " " + h.Tjanstestalle.Namn))
            .ToListAsync(ct);
        return View("Index", new Sokmodell(filter, traffar.Take(MaxTraffar).ToList(), null, traffar.Count > MaxTraffar, mottagarnamn,
            AllaTjanstestallen: allaTjanstestallen));
    }

    private static string? Ifyllt(string? falt) => string.IsNullOrWhiteSpace(falt) ? null : falt.Trim();

    /// <summary>Why the kund typed in the search cannot narrow it, or null. Logistik sees every unit's hämtordrar, so any kund.</summary>
    private async Task<string?> KundfelAsync(string kundnummer, bool allaTjanstestallen, CancellationToken ct)
    {
        if (aktuell.SerAllaTjanstestallen)
        {
            return await db.Kunder.AnyAsync(k => k.Kundnummer == kundnummer, ct) ? null : $"Det finns ingen kund med kundnummer {kundnummer}.";
        }
        var (id, aktivt) = (aktuell.Id, aktuell.TjanstestalleId);
        var egna = await db.Anvandare.AsNoTracking().Where(a => a.Id == id).SelectMany(a => a.Tjanstestallen)
            .Select(t => new EgenKund(t.Tjanstestalle.Kod + " " + t.Tjanstestalle.Namn, t.Tjanstestalle.Kund.Kundnummer, t.TjanstestalleId == aktivt))
            .ToListAsync(ct);
        return Kundsok.Hinder(kundnummer, egna, allaTjanstestallen);
    }

    /// <summary>The mottagare typed in the search: a patient by complete personnummer, or a vårdenhet by kundnummer.</summary>
    private async Task<((int Id, bool Patient)? Mottagare, string? Fel)> MottagareAsync(string text, CancellationToken ct)
    {
        var vardenhet = await db.Mottagare.AsNoTracking().Where(m => m.Typ == Mottagartyp.Vardenhet && m.Kundnummer == text)
            .Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (vardenhet is { } enhet)
        {
            return ((enhet, false), null);
        }
        if (!Personnummer.TryParse(text, Svensktid.Idag(klocka.GetUtcNow()), out var pnr, out var fel))
        {
            // Shorter than any personnummer: meant as a kundnummer.
            return (null, text.Length < 10
                ? $"Det finns ingen vårdenhet med kundnummer {text}. Ange vårdenhetens kundnummer eller patientens hela personnummer (ÅÅÅÅMMDDNNNN)."
                : fel);
        }
        var patient = await db.Mottagare.AsNoTracking().Where(m => m.Personnummer == pnr).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        return patient is { } id ? ((id, true), null) : (null, "Det finns ingen patient med det personnumret i Sesam.");
    }

    [HttpGet("{nummer}")]
    public async Task<IActionResult> Visa(string nummer, CancellationToken ct)
    {
        var detaljer = await DetaljerAsync(nummer, ct);
        if (detaljer is null)
        {
            return Patientbehorighet.KanSePatienter(aktuell) ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        }
        await pdl.LoggaAsync("Läsning", detaljer.AnnatTjanstestalle
            ? $"Hämtorder {nummer} visad, annat tjänsteställes ({detaljer.Tjanstestalle})."
            : $"Hämtorder {nummer} visad.", detaljer.MottagareId, ct);
        return View(detaljer with { Meddelande = TempData["Meddelande"] as string });
    }

    /// <summary>"Visa utskrift": the hämtorder to print and put on the device. Main devices only, as in the manual;
    /// their komponenter follow without being listed.</summary>
    [HttpGet("{nummer}/utskrift")]
    public async Task<IActionResult> Utskrift(string nummer, CancellationToken ct)
    {
        var d = await DetaljerAsync(nummer, ct);
        // The printout goes on the device to be picked up: the unit's own work, not another unit's.
        if (d is null || d.AnnatTjanstestalle)
        {
            return Patientbehorighet.KanSePatienter(aktuell) ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        }
        var h = d.Hamtorder;
        await pdl.LoggaAsync("Utskrift", $"Hämtorder {nummer} utskriven (PDF).", d.MottagareId, ct);
        using var rapport = new PdfRapport($"Hämtorder {nummer}", $"Hämtorder {nummer} – Sesam");
        rapport.Rubrik($"Hämtorder {nummer}");
        rapport.Uppgifter([
            ("Status", h.Status.Text()),
            ("Registrerad", Svensktid.Visa(h.Registrerad)),
            ("Mottagare", d.Mottagare),
            (d.ArPatient ? "Personnummer" : "Kundnummer", d.Identitet ?? "–"),
            ("Tjänsteställe", d.Tjanstestalle),
            ("Registrerad av", h.RegistreradAvNamn),
            ("Hämtorderorsak", h.Hamtplats.Text()),
            ("Önskad åtgärd", h.Atgard.Text()),
        ]);
        rapport.Stycke("Hämtadress", fet: true);
        rapport.Stycke(Hamtadress(d));
        rapport.Uppgifter([
            ("Portkod", h.Portkod ?? "–"),
            ("Instruktioner", h.Instruktioner ?? "–"),
            ("Telefon på hämtadressen", string.Join(", ", new[] { h.Telefon, h.Mobiltelefon }.OfType<string>()) is { Length: > 0 } t ? t : "–"),
            ("Kontaktperson", h.Kontaktperson + (h.Kontakttelefon is null ? "" : $", {h.Kontakttelefon}")),
        ]);
        if (h.Kommentar is not null)
        {
            rapport.Stycke("Kommentar", fet: true);
            rapport.Stycke(h.Kommentar);
        }
        rapport.Tabell(["Artikel", "Benämning", "Individ", "Antal"],
            d.Rader.Where(r => !r.Komponent).Select(r => (IReadOnlyList<string>)[r.Artikelnummer, r.Benamning, r.Individnummer ?? "", r.Antal.ToString(CultureInfo.InvariantCulture)]));
        return File(rapport.Spara(), "application/pdf", $"hamtorder-{nummer}.pdf");
    }

    [HttpPost("{nummer}/makulera")]
    public async Task<IActionResult> Makulera(string nummer, int version, CancellationToken ct)
    {
        if (!KanMakulera())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        return await AndraAsync(nummer, version, h => h.Include(x => x.Rader),
            async (h, tid) =>
            {
                h.Makulera(tid);
                // Whoever registered it is told, unless they makulerade it themselves.
                if (h.RegistreradAvHsaId != aktuell.HsaId
                    && await db.Anvandare.Where(a => a.HsaId == h.RegistreradAvHsaId).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct) is { } registreradAv)
                {
                    db.Meddelanden.AddRange(Meddelande.HamtorderMakulerad(registreradAv, nummer, tid));
                }
                return ($"Hämtorder {nummer} är makulerad. Hjälpmedlen kan läggas på en ny hämtorder.", $"Hämtorder {nummer} makulerad.");
            }, ct);
    }

    /// <summary>Logistik receives the picked-up devices: individer back into the central warehouse, the rest
    /// återlämnade, patient fees of the devices updated, and the hämtorder Stängd.</summary>
    [Authorize(Policy = Policy.Logistik)]
    [HttpPost("{nummer}/ta-emot")]
    public async Task<IActionResult> TaEmot(string nummer, int version, CancellationToken ct)
    {
        if (!aktuell.Har(Roll.Logistik))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        return await AndraAsync(nummer, version,
            h => h.Include(x => x.Rader).ThenInclude(r => r.Individ!).ThenInclude(i => i.Artikel).Include(x => x.Rader).ThenInclude(r => r.Orderrad),
            async (h, tid) =>
            {
                var individer = h.Rader.Count(r => r.IndividId is not null);
                var (skrotade, central) = await Aterlamning.TaEmotAsync(db, h, tid, aktuell.HsaId, ct);
                var meddelande = $"Hämtorder {nummer} är mottagen och stängd."
                    + (individer > skrotade ? $" Individer som ägs av Hjälpmedel finns nu i {central.Visningsnamn}." : "")
                    + skrotade switch { 0 => "", 1 => " 1 individ som enheten köpt är skrotad.", _ => $" {skrotade} individer som enheten köpt är skrotade." };
                return (meddelande, $"Hämtorder {nummer} mottagen och stängd.");
            }, ct);
    }

    /// <summary>
    /// Changes the hämtorder only in the version the user saw: a stale page or a concurrent change gets a clear
    /// message and the current hämtorder, never a silent overwrite.
    /// </summary>
    private async Task<IActionResult> AndraAsync(string nummer, int version, Func<IQueryable<Hamtorder>, IQueryable<Hamtorder>> lasIn,
        Func<Hamtorder, DateTime, Task<(string Meddelande, string Logg)>> andring, CancellationToken ct)
    {
        var hamtorder = await lasIn(aktuell.Avgransa(db.Hamtordrar, h => h.TjanstestalleId)).AsSplitQuery()
            .SingleOrDefaultAsync(h => h.Hamtordernummer == nummer, ct);
        if (hamtorder is null)
        {
            return NotFound();
        }
        string? fel = null;
        if (hamtorder.Version != version)
        {
            fel = "Hämtordern har ändrats sedan du öppnade den. Kontrollera uppgifterna nedan och försök igen.";
        }
        else
        {
            try
            {
                var (meddelande, logg) = await andring(hamtorder, klocka.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                await pdl.LoggaAsync("Ändring", logg, hamtorder.MottagareId, ct);
                TempData["Meddelande"] = meddelande;
                return Redirect($"/hamtorder/{nummer}");
            }
            catch (DomainException ex)
            {
                fel = ex.Message;
            }
            catch (DbUpdateConcurrencyException)
            {
                fel = Samtidig;
            }
            catch (DbUpdateException) when (db.ChangeTracker.Entries<Lagersaldo>().Any(e => e.State == EntityState.Added))
            {
                // Another receipt created the same central saldo row first (unique per lager and artikel); nothing was saved.
                fel = Samtidig;
            }
        }
        db.ChangeTracker.Clear();
        var detaljer = await DetaljerAsync(nummer, ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Visa", detaljer! with { Fel = fel });
    }

    private const string Samtidig = "Någon annan ändrade hämtordern, dess hjälpmedel eller lagersaldot samtidigt. Kontrollera uppgifterna nedan och försök igen.";

    public static string Hamtadress(Detaljer d) =>
        d.Hamtorder.Adresskalla == Adresskalla.Mottagaren && d.Skyddad
            ? $"{d.Hamtorder.Adresskalla.Text()}: {SkyddadIdentitet.Dold}"
            : $"{d.Hamtorder.Adresskalla.Text()}: {d.Hamtorder.Hamtadress}";

    private bool KanMakulera() => aktuell.ArForskrivareEllerBestallare || aktuell.Har(Roll.Logistik);

    private async Task<Detaljer?> DetaljerAsync(string nummer, CancellationToken ct)
    {
        if (!Patientbehorighet.KanSePatienter(aktuell))
        {
            return null;
        }
        // Any unit's: another unit's opens read-only from the list of a complete personnummer.
        var h = await db.Hamtordrar.AsNoTracking()
            .Include(x => x.Tjanstestalle)
            .Include(x => x.Mottagare)
            .Include(x => x.Rader).ThenInclude(r => r.Artikel)
            .Include(x => x.Rader).ThenInclude(r => r.Individ)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Hamtordernummer == nummer, ct);
        if (h is null)
        {
            return null;
        }
        var individIds = h.Rader.Where(r => r.IndividId is not null && !r.Komponent).Select(r => r.IndividId!.Value).ToList();
        var komponenter = (await db.Set<IndividKomponent>().AsNoTracking()
                .Where(k => individIds.Contains(k.IndividId) && k.KomponentIndividId == null)
                .OrderBy(k => k.Artikel.Artikelnummer)
                .Select(k => new { k.IndividId, Text = k.Artikel.Artikelnummer + " " + k.Artikel.Benamning + " (" + k.Antal + ")" })
                .ToListAsync(ct))
            .ToLookup(k => k.IndividId, k => k.Text);
        var rader = h.Rader
            .OrderBy(r => r.Komponent).ThenBy(r => r.Artikel.Artikelnummer, StringComparer.Ordinal)
            .Select(r => new Rad(r.Artikel.Artikelnummer, r.Artikel.Benamning, r.Individ?.Individnummer, r.Antal, r.Komponent,
                r.IndividId is { } i && !r.Komponent ? komponenter[i].ToList() : []))
            .ToList();
        var m = h.Mottagare;
        var egen = aktuell.FarSe(h.TjanstestalleId);
        return new Detaljer(h, h.Tjanstestalle.Visningsnamn, m.Id, m.Namn, m.Typ == Mottagartyp.Patient, m.Personnummer?.Formaterat ?? m.Kundnummer, m.SkyddadIdentitet, rader,
            egen && h.Status == Hamtorderstatus.Registrerad && KanMakulera(), egen && h.Status == Hamtorderstatus.Registrerad && aktuell.Har(Roll.Logistik), !egen, null, null);
    }
}
