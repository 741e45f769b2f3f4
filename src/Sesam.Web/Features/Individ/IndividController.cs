using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Data.Sql;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Individ;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>
/// Individ search (individnummer or serienummer, partial or with *) and the individkort. Anyone may read an
/// individkort: a device label must be traceable from any unit. Only the users of the active tjänsteställe whose
/// förråd holds the individ (and Logistik/Admin) change it; the order that delivered it is shown only to those who
/// may see that order; who holds a delivered individ is shown only to users who may see patients, and that read is
/// PDL-logged.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
public sealed class IndividController(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, TimeProvider klocka) : Controller
{
    public const int MaxTraffar = 200;
    private const string Konflikt = "Individen har ändrats av någon annan medan du arbetade. Uppgifterna nedan är uppdaterade – gör ändringen igen om den fortfarande behövs.";

    public sealed record Sokmodell(string? Sok, string? Fel, IReadOnlyList<Individtraff> Traffar, bool FlerTraffar);

    public sealed record Komponent(string Artikelnummer, string Benamning, int Antal, string? Individnummer);

    /// <param name="UtfordAv">The user's name; the HSA-ID only for one no user account has (e.g. an import).</param>
    public sealed record Handelse(DateTime Tidpunkt, string Typ, string Beskrivning, string? UtfordAv);

    public sealed record Mottagarinfo(int Id, string Namn, Mottagartyp Typ, bool Skyddad);

    public sealed record Orderinfo(int BestallningId, string? Ordernummer, DateTime? Skickad, Orderstatus Status, Radstatus Radstatus, string Forskrivare, string Tjanstestalle);

    public sealed record Formular(string? Placering = null, string? NyttIndividnummer = null, bool Bekraftat = false, string? Textinformation = null,
        Aktivitetsformular? Aktivitet = null);

    /// <summary>"Registrera aktivitet" as typed, kept when it is refused.</summary>
    public sealed class Aktivitetsformular
    {
        public Aktivitetstyp? Typ { get; set; }
        public DateOnly? Datum { get; set; }
        public string? Beskrivning { get; set; }
        public int? FuIntervall { get; set; }
    }

    public sealed record Aktivitetsrad(DateOnly Datum, Aktivitetstyp Typ, string? Beskrivning, string UtfordAv);

    public sealed record Kortmodell(
        Individ Individ,
        string Flik,
        bool KanAndra,
        string? EjLeveransbar,
        bool KanSeMottagare,
        Mottagarinfo? Mottagare,
        Orderinfo? Order,
        IReadOnlyList<Komponent> Komponenter,
        IReadOnlyList<Handelse> Historik,
        IReadOnlyList<string> TidigareNummer,
        Formular Formular,
        IReadOnlyDictionary<string, string> Fel,
        string? Meddelande,
        int KomponenterPaVag,
        IReadOnlyList<Aktivitetsrad> Aktiviteter,
        bool KanRegistreraAktivitet);

    [HttpGet("/individ")]
    public async Task<IActionResult> Index(string? sok, CancellationToken ct)
    {
        if (sok is null)
        {
            return View(new Sokmodell(null, null, [], false));
        }
        if (!Individsokning.TryTolka(sok, out var sokning, out var fel))
        {
            return View(new Sokmodell(sok, fel, [], false));
        }
        var traffar = await SokAsync(sokning, ct);
        return View(new Sokmodell(sok, null, traffar.Take(MaxTraffar).ToList(), traffar.Count > MaxTraffar));
    }

    [HttpGet("/individ/{nummer}")]
    public async Task<IActionResult> Kort(string nummer, string? flik, CancellationToken ct)
    {
        var individ = await LasAsync(nummer, ct);
        if (individ is null)
        {
            var nuvarande = await db.Individer.AsNoTracking()
                .Where(i => i.Historik.Any(h => h.TidigareIndividnummer == nummer))
                .Select(i => i.Individnummer)
                .FirstOrDefaultAsync(ct);
            return nuvarande is null ? NotFound() : Redirect($"/individ/{Uri.EscapeDataString(nuvarande)}");
        }
        return await VisaAsync(individ, flik, new Formular(individ.Placering, Textinformation: individ.Textinformation), new Dictionary<string, string>(), ct);
    }

    [HttpPost("/individ/{nummer}/flytta")]
    public async Task<IActionResult> Flytta(string nummer, string? placering, int version, CancellationToken ct)
    {
        var formular = new Formular(Placering: placering);
        return await AndraAsync(nummer, version, "individinformation", formular, nameof(Formular.Placering),
            (individ, tid) =>
            {
                individ.Flytta(placering, tid, aktuell.HsaId);
                return individ.Placering is null ? "Placeringen är borttagen." : $"Individen är flyttad till {individ.Placering}.";
            }, ct);
    }

    [HttpPost("/individ/{nummer}/textinformation")]
    public async Task<IActionResult> Textinformation(string nummer, string? textinformation, int version, CancellationToken ct)
    {
        var formular = new Formular(Textinformation: textinformation);
        return await AndraAsync(nummer, version, "textinformation", formular, nameof(Formular.Textinformation),
            (individ, _) =>
            {
                individ.AngeTextinformation(textinformation);
                return "Textinformationen är sparad.";
            }, ct);
    }

    /// <summary>"Registrera aktivitet": FU or AU done by Hjälpmedel's technicians. Logistik registers them, for any individ.</summary>
    [Authorize(Policy = Policy.Logistik)]
    [HttpPost("/individ/{nummer}/aktivitet")]
    public async Task<IActionResult> RegistreraAktivitet(string nummer, Aktivitetsformular aktivitet, int version, CancellationToken ct)
    {
        if (!aktuell.Har(Roll.Logistik))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        // The binder's English messages for an unparsable date or number are replaced by the domain's Swedish ones.
        var olasbara = ModelState.Where(m => m.Value?.Errors.Count > 0).Select(m => m.Key).ToList();
        ModelState.Clear();
        var namn = (await aktuell.SidhuvudAsync(ct)).Namn;
        return await AndraAsync(nummer, version, "aktiviteter", new Formular(Aktivitet: aktivitet), "Aktivitet",
            (individ, tid) =>
            {
                if (olasbara.Any(k => k.EndsWith(nameof(Aktivitetsformular.Datum), StringComparison.Ordinal)) || aktivitet.Datum is null)
                {
                    throw new DomainException("Ange datum för aktiviteten (ÅÅÅÅ-MM-DD).");
                }
                if (olasbara.Any(k => k.EndsWith(nameof(Aktivitetsformular.FuIntervall), StringComparison.Ordinal)))
                {
                    throw new DomainException("FU-intervall anges i hela månader, 1–120.");
                }
                // A double click must not register the same aktivitet twice: the individ's version guards it.
                db.GorAnsprak(individ);
                var registrerad = individ.RegistreraAktivitet(aktivitet.Typ ?? 0, aktivitet.Datum.Value, aktivitet.Beskrivning, aktivitet.FuIntervall,
                    Svensktid.Datum(tid), tid, aktuell.HsaId, namn);
                return $"{registrerad.Typ.Text()} {registrerad.Datum:yyyy-MM-dd} är registrerad."
                    + (individ.NastaFu is { } nasta && registrerad.Typ == Aktivitetstyp.ForebyggandeUnderhall ? $" Nästa FU {nasta:yyyy-MM-dd}." : "");
            }, ct, kravRoll: false);
    }

    [HttpPost("/individ/{nummer}/byt-individnummer")]
    public async Task<IActionResult> BytIndividnummer(string nummer, string? nyttIndividnummer, bool bekraftat, int version, CancellationToken ct)
    {
        var formular = new Formular(NyttIndividnummer: nyttIndividnummer, Bekraftat: bekraftat);
        var individ = await LasAsync(nummer, ct, spara: true);
        if (individ is null)
        {
            return NotFound();
        }
        if (!await KanAndraAsync(individ, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var fel = new Dictionary<string, string>();
        var nytt = nyttIndividnummer?.Trim() ?? "";
        if (!bekraftat)
        {
            fel[nameof(Formular.Bekraftat)] = "Bocka i att du bekräftar att detta är den individ som ska byta nummer.";
        }
        else if (nytt.Length > 0 && await NummerAnvantAsync(nytt, individ.Id, ct))
        {
            fel[nameof(Formular.NyttIndividnummer)] = $"Individnummer {nytt} används redan, eller har använts, av en annan individ.";
        }
        if (fel.Count > 0)
        {
            return await VisaAsync(individ, "individinformation", formular, fel, ct);
        }
        var gammalt = individ.Individnummer;
        try
        {
            return await SparaAsync(individ, version, "individinformation", formular, nameof(Formular.NyttIndividnummer),
                (i, tid) =>
                {
                    i.BytIndividnummer(nytt, tid, aktuell.HsaId);
                    return $"Individnumret är ändrat från {gammalt} till {i.Individnummer}. Det gamla numret går fortfarande att söka på.";
                }, ct);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // A concurrent byte took the same number between the check and the save: the unique index stopped it.
            db.ChangeTracker.Clear();
            if (!await NummerAnvantAsync(nytt, individ.Id, ct))
            {
                throw;
            }
            var aktuellIndivid = await LasAsync(gammalt, ct) ?? throw new InvalidOperationException("Individen försvann under bytet.", ex);
            return await VisaAsync(aktuellIndivid, "individinformation", formular,
                new Dictionary<string, string> { [nameof(Formular.NyttIndividnummer)] = $"Individnummer {nytt} används redan av en annan individ." }, ct);
        }
    }

    /// <param name="kravRoll">Whether the user must be one who changes the individ's förråd (<see cref="KanAndraAsync"/>);
    /// false where the caller has checked a role of its own.</param>
    private async Task<IActionResult> AndraAsync(string nummer, int version, string flik, Formular formular, string falt, Func<Individ, DateTime, string> andring,
        CancellationToken ct, bool kravRoll = true)
    {
        var individ = await LasAsync(nummer, ct, spara: true);
        if (individ is null)
        {
            return NotFound();
        }
        if (kravRoll && !await KanAndraAsync(individ, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        return await SparaAsync(individ, version, flik, formular, falt, andring, ct);
    }

    /// <summary>
    /// Applies the change only to the version the user saw: a stale form or a concurrent save gets a clear
    /// message and the current data, never a silent overwrite.
    /// </summary>
    private async Task<IActionResult> SparaAsync(Individ individ, int version, string flik, Formular formular, string falt, Func<Individ, DateTime, string> andring, CancellationToken ct)
    {
        if (individ.Version != version)
        {
            return await VisaAsync(individ, flik, formular, new Dictionary<string, string> { [""] = Konflikt }, ct);
        }
        db.Entry(individ).Property(i => i.Version).OriginalValue = version;
        string meddelande;
        try
        {
            meddelande = andring(individ, klocka.GetUtcNow().UtcDateTime);
        }
        catch (DomainException ex)
        {
            return await VisaAsync(individ, flik, formular, new Dictionary<string, string> { [falt] = ex.Message }, ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var aktuellIndivid = await db.Individer.AsNoTracking().Include(i => i.Artikel).Include(i => i.Lager)
                .SingleAsync(i => i.Id == individ.Id, ct);
            return await VisaAsync(aktuellIndivid, flik, formular, new Dictionary<string, string> { [""] = Konflikt }, ct);
        }
        if (individ.MottagareId is { } mottagareId)
        {
            await pdl.LoggaAsync("Ändring", $"Individ {individ.Individnummer} ändrad på individkortet ({flik}).", mottagareId, ct);
        }
        TempData["Meddelande"] = meddelande;
        return Redirect($"/individ/{Uri.EscapeDataString(individ.Individnummer)}?flik={flik}");
    }

    private async Task<IActionResult> VisaAsync(Individ individ, string? flik, Formular formular, Dictionary<string, string> fel, CancellationToken ct)
    {
        var visadFlik = flik is "komponenter" or "aktiviteter" or "textinformation" or "aktuellstatus" ? flik : "individinformation";
        var forrad = await aktuell.AktivtForradAsync(ct);
        var kanSeMottagare = Patientbehorighet.KanSePatienter(aktuell);
        Mottagarinfo? mottagare = null;
        if (individ.MottagareId is { } mottagareId && kanSeMottagare)
        {
            mottagare = await db.Mottagare.AsNoTracking().Where(m => m.Id == mottagareId)
                .Select(m => new Mottagarinfo(m.Id, m.Namn, m.Typ, m.SkyddadIdentitet))
                .SingleAsync(ct);
            if (mottagare.Typ == Mottagartyp.Patient)
            {
                await pdl.LoggaAsync("Läsning", $"Individkort {individ.Individnummer}: aktuell mottagare visad.", mottagareId, ct);
            }
        }
        var order = await aktuell.Avgransa(db.Orderrader.AsNoTracking(), r => r.Bestallning.TjanstestalleId)
            .Where(r => r.IndividId == individ.Id && r.Bestallning.Status != Orderstatus.Pagaende)
            .OrderByDescending(r => r.Bestallning.Skickad)
            .Select(r => new Orderinfo(r.BestallningId, r.Bestallning.Ordernummer, r.Bestallning.Skickad, r.Bestallning.Status, r.Status,
                r.Bestallning.Forskrivare.Fornamn + " " + r.Bestallning.Forskrivare.Efternamn, r.Bestallning.Tjanstestalle.Namn))
            .FirstOrDefaultAsync(ct);
        var komponenter = await db.Set<IndividKomponent>().AsNoTracking()
            .Where(k => k.IndividId == individ.Id)
            .OrderBy(k => k.Artikel.Artikelnummer)
            .Select(k => new Komponent(k.Artikel.Artikelnummer, k.Artikel.Benamning, k.Antal, k.KomponentIndivid != null ? k.KomponentIndivid.Individnummer : null))
            .ToListAsync(ct);
        var historik = await db.Set<IndividHandelse>().AsNoTracking()
            .Where(h => h.IndividId == individ.Id)
            .OrderByDescending(h => h.Tidpunkt).ThenByDescending(h => h.Id)
            // Users are never deleted, only made inactive, so the name is found for every event a user did.
            .Select(h => new Handelse(h.Tidpunkt, h.Typ, h.Beskrivning,
                db.Anvandare.Where(a => a.HsaId == h.HsaId).Select(a => a.Fornamn + " " + a.Efternamn).FirstOrDefault() ?? h.HsaId))
            .ToListAsync(ct);
        var tidigare = await db.Set<IndividHandelse>().AsNoTracking()
            .Where(h => h.IndividId == individ.Id && h.TidigareIndividnummer != null)
            .OrderBy(h => h.Tidpunkt)
            .Select(h => h.TidigareIndividnummer!)
            .ToListAsync(ct);
        if (fel.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        // Komplettera levererad individ: components ordered for it and not yet delivered.
        var paVag = individ.Status == Individstatus.Levererad
            ? await aktuell.OrderraderPaVag().CountAsync(r => r.KompletterarIndividId == individ.Id, ct)
            : 0;
        var aktiviteter = await db.Set<Aktivitet>().AsNoTracking()
            .Where(a => a.IndividId == individ.Id)
            .OrderByDescending(a => a.Datum).ThenByDescending(a => a.Id)
            .Select(a => new Aktivitetsrad(a.Datum, a.Typ, a.Beskrivning, a.UtfordAvNamn))
            .ToListAsync(ct);
        return View("Kort", new Kortmodell(
            individ, visadFlik, await KanAndraAsync(individ, ct), individ.VarforEjLeveransbar(forrad), kanSeMottagare, mottagare, order,
            komponenter, historik, tidigare, formular, fel, TempData["Meddelande"] as string, paVag, aktiviteter, aktuell.Har(Roll.Logistik)));
    }

    /// <summary>An individ is changed by the users of the tjänsteställe whose förråd holds it, working there now.</summary>
    private async Task<bool> KanAndraAsync(Individ individ, CancellationToken ct) =>
        aktuell.SerAllaTjanstestallen
        || (individ.LagerId is { } lagerId && (await aktuell.AktivtForradAsync(ct)).Contains(lagerId));

    private async Task<Individ?> LasAsync(string nummer, CancellationToken ct, bool spara = false)
    {
        var fraga = db.Individer.Include(i => i.Artikel).ThenInclude(a => a.Leverantor).Include(i => i.Lager).AsQueryable();
        if (!spara)
        {
            fraga = fraga.AsNoTracking();
        }
        return await fraga.SingleOrDefaultAsync(i => i.Individnummer == nummer, ct);
    }

    private async Task<bool> NummerAnvantAsync(string nummer, int individId, CancellationToken ct) =>
        await db.Individer.AnyAsync(i => i.Individnummer == nummer && i.Id != individId, ct)
        || await db.Set<IndividHandelse>().AnyAsync(h => h.TidigareIndividnummer == nummer && h.IndividId != individId, ct);

    /// <summary>Partial-number search (<see cref="ISqlfragor.SokIndividerAsync"/>), with the earlier individnummer
    /// shown for the hits found only through one.</summary>
    private async Task<List<Individtraff>> SokAsync(Individsokning sokning, CancellationToken ct)
    {
        var traffar = await db.Sqlfragor.SokIndividerAsync(sokning, MaxTraffar + 1, ct);
        // Only a hit found through an earlier individnummer shows that number; usually every hit matched directly.
        var viaHistorik = traffar.Where(t => !sokning.Matchar(t.Individnummer) && !sokning.Matchar(t.Serienummer))
            .Select(t => t.Id).ToList();
        var tidigare = viaHistorik.Count == 0
            ? []
            : await db.Set<IndividHandelse>().AsNoTracking()
                .Where(h => viaHistorik.Contains(h.IndividId) && h.TidigareIndividnummer != null)
                .Select(h => new { h.IndividId, Nummer = h.TidigareIndividnummer! })
                .ToListAsync(ct);
        return traffar.Select(t => t with
        {
            TidigareNummer = tidigare.FirstOrDefault(h => h.IndividId == t.Id && sokning.Matchar(h.Nummer))?.Nummer,
        }).ToList();
    }
}
