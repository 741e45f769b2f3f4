using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Arbetsorder;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>
/// Arbetsorder (VGR manual): register one from the individkort, the patient's devices or an order row (which then
/// waits for it), or by filling in mottagare and artikel; attach documents; search the unit's; Logistik avslutar.
/// Arbetsordrar are unit-bound like orders; their details name the patient and are PDL-logged. As the manual says, the
/// complete arbetsordernummer shows the arbetsorder even when it belongs to another unit: read-only, its bilagor and
/// changes stay with the unit.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
[Route("arbetsorder")]
public sealed partial class ArbetsorderController(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, TimeProvider klocka, Arbetsordervy vy) : Controller
{
    public const int MaxTraffar = 500;

    public sealed class NyForm
    {
        /// <summary>Personnummer of a patient or kundnummer of a vårdenhet.</summary>
        public string? Mottagare { get; set; }
        public string? Individnummer { get; set; }
        public string? Artikelnummer { get; set; }
        public int? OrderradId { get; set; }
        public Arbetsordertyp? Typ { get; set; }
        public Utforande? Utforande { get; set; }
        public string? Felbeskrivning { get; set; }
        /// <summary>"mottagare" or "tjanstestalle": where the work is done.</summary>
        public string? Adress { get; set; }
        public string? Kontakttelefon { get; set; }
        public string? Kommentar { get; set; }
    }

    public sealed record Nymodell(NyForm Form, string Tjanstestalle, string? Kontext, string? Fel);

    public sealed record Listrad(string Nummer, DateTime Registrerad, Arbetsorderstatus Status, Arbetsordertyp Typ, string Artikel, string? Individ, string RegistreradAv);

    public sealed record Sokmodell(string? Sok, bool Mina, Arbetsorderstatus? Status, IReadOnlyList<Listrad> Traffar, bool FlerTraffar, string? Fel, string? Individ = null);

    public sealed record Bilagevy(int Id, string Filnamn, int Storlek);

    /// <param name="AnnatTjanstestalle">Another unit's arbetsorder, opened by its complete number: read-only, without links into that unit's data.</param>
    public sealed record Detaljer(Arbetsorder Arbetsorder, string Tjanstestalle, string? Mottagare, string? Identitet, bool Skyddad, string Artikel,
        string? Individ, string? Order, int? BestallningId, IReadOnlyList<Bilagevy> Bilagor, bool KanAndra, bool KanAvsluta, bool AnnatTjanstestalle,
        string? Meddelande, string? Fel);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? sok, bool? mina, Arbetsorderstatus? status, string? individ, CancellationToken ct)
    {
        if (!Patientbehorighet.KanSePatienter(aktuell))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        // Förskrivare start from their own open ones ("Öppna arbetsorder"); Logistik from every open one, its work queue.
        var baraMina = mina ?? (string.IsNullOrWhiteSpace(sok) && status is null && string.IsNullOrWhiteSpace(individ) && !aktuell.Har(Roll.Logistik));
        status ??= mina is null && aktuell.Har(Roll.Logistik) && string.IsNullOrWhiteSpace(sok) && string.IsNullOrWhiteSpace(individ) ? Arbetsorderstatus.Registrerad : null;
        var fraga = aktuell.Avgransa(db.Arbetsordrar.AsNoTracking(), a => a.TjanstestalleId);
        var text = sok?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            if (text.Length < 3 || !text.All(char.IsAsciiDigit))
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View(new Sokmodell(text, baraMina, status, [], false, "Ange arbetsordernumret eller början av det, minst 3 siffror."));
            }
            // "När man anger ett specifikt och komplett arbetsordernummer visas arbetsordern även om den tillhör en annan kund."
            if (Ordernummer.ArGiltigt(text) && await db.Arbetsordrar.AnyAsync(a => a.Arbetsordernummer == text, ct))
            {
                return Redirect($"/arbetsorder/{text}");
            }
            fraga = fraga.Where(a => a.Arbetsordernummer.StartsWith(text));
        }
        if (!string.IsNullOrWhiteSpace(individ))
        {
            // "Registrerade ao" from the individkort.
            fraga = fraga.Where(a => a.Individ!.Individnummer == individ);
        }
        if (status is { } s)
        {
            fraga = fraga.Where(a => a.Status == s);
        }
        else if (baraMina)
        {
            // "Öppna arbetsorder": the user's own that are not yet färdigrapporterade.
            fraga = fraga.Where(a => a.Status == Arbetsorderstatus.Registrerad);
        }
        if (baraMina)
        {
            var jag = aktuell.Id;
            fraga = fraga.Where(a => a.RegistreradAvId == jag);
        }
        var traffar = await fraga.OrderByDescending(a => a.Registrerad).ThenByDescending(a => a.Id).Take(MaxTraffar + 1)
            .Select(a => new Listrad(a.Arbetsordernummer, a.Registrerad, a.Status, a.Typ, a.Artikel.Artikelnummer + " " + a.Artikel.Benamning,
                a.Individ != null ? a.Individ.Individnummer : null, a.RegistreradAvNamn))
            .ToListAsync(ct);
        return View(new Sokmodell(text, baraMina, status, traffar.Take(MaxTraffar).ToList(), traffar.Count > MaxTraffar, null, individ));
    }

    /// <summary>"Registrera arbetsorder", filled in from where the user came: an individ, a patient's device or an order row.</summary>
    [HttpGet("ny")]
    public async Task<IActionResult> Ny(string? individ, int? orderrad, int? mottagare, string? artikel, CancellationToken ct)
    {
        if (!KanRegistrera())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var form = new NyForm { Individnummer = individ, Artikelnummer = artikel, OrderradId = orderrad, Adress = "mottagare" };
        Ifylld? ifylld = null;
        if (orderrad is { } radId)
        {
            var rad = await aktuell.Avgransa(db.Orderrader.AsNoTracking(), r => r.Bestallning.TjanstestalleId)
                .Where(r => r.Id == radId)
                .Select(r => new { r.Artikel.Artikelnummer, Mottagare = r.Bestallning.Mottagare == null ? null
                    : new Ifylld(r.Bestallning.Mottagare.Id, r.Bestallning.Mottagare.Personnummer, r.Bestallning.Mottagare.Kundnummer) })
                .SingleOrDefaultAsync(ct);
            if (rad is null)
            {
                return NotFound();
            }
            form.Artikelnummer = rad.Artikelnummer;
            ifylld = rad.Mottagare;
        }
        else if (mottagare is { } mottagareId)
        {
            ifylld = await db.Mottagare.AsNoTracking().Where(x => x.Id == mottagareId).Select(x => new Ifylld(x.Id, x.Personnummer, x.Kundnummer)).SingleOrDefaultAsync(ct);
            if (ifylld is null)
            {
                return NotFound();
            }
        }
        else if (individ is not null)
        {
            ifylld = await db.Individer.AsNoTracking().Where(i => i.Individnummer == individ && i.Mottagare != null)
                .Select(i => new Ifylld(i.Mottagare!.Id, i.Mottagare.Personnummer, i.Mottagare.Kundnummer)).SingleOrDefaultAsync(ct);
        }
        if (ifylld is not null)
        {
            form.Mottagare = ifylld.Personnummer?.Varde ?? ifylld.Kundnummer;
            await pdl.LoggaAsync("Läsning", "Mottagare ifylld i ny arbetsorder.", ifylld.Id, ct);
        }
        return View("Ny", await NymodellAsync(form, null, ct));
    }

    /// <summary>The mottagare a new arbetsorder is filled in with, from where the user came.</summary>
    private sealed record Ifylld(int Id, Personnummer? Personnummer, string? Kundnummer);

    [HttpPost("ny")]
    public async Task<IActionResult> Skapa(NyForm form, CancellationToken ct)
    {
        if (!KanRegistrera())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        // The binder's English messages for an unknown choice are replaced by the domain's Swedish ones.
        ModelState.Clear();
        var anvandare = await aktuell.HamtaAsync(ct);
        var tjanstestalle = anvandare.Tjanstestallen.Select(t => t.Tjanstestalle).Single(t => t.Id == aktuell.TjanstestalleId);
        var nu = klocka.GetUtcNow().UtcDateTime;
        try
        {
            var (mottagare, artikel, individ, rad) = await KopplingAsync(form, ct);
            var adress = form.Adress == "tjanstestalle" || mottagare is null
                ? tjanstestalle.Adress
                : mottagare.SkyddadIdentitet
                    ? throw new DomainException("Mottagaren har skyddad identitet: välj tjänsteställets adress.")
                    : mottagare.Adress ?? tjanstestalle.Adress;
            var arbetsorder = new Arbetsorder(tjanstestalle, anvandare, mottagare, artikel, individ, rad,
                new Arbetsorderuppgifter(form.Typ ?? 0, form.Utforande ?? 0, form.Felbeskrivning, adress, form.Kontakttelefon, form.Kommentar), nu);
            arbetsorder.Numrera(await Ordernummergenerator.NastaAsync(db, Svensktid.Datum(nu), ct));
            db.Arbetsordrar.Add(arbetsorder);
            if (rad is not null)
            {
                // Claims the order: an utleverans saved meanwhile makes this fail, instead of delivering past the arbetsorder.
                db.GorAnsprak(rad.Bestallning);
            }
            await db.SaveChangesAsync(ct);
            await pdl.LoggaAsync("Ändring", $"Arbetsorder {arbetsorder.Arbetsordernummer} registrerad.", mottagare?.Id, ct);
            TempData["Meddelande"] = $"Arbetsorder {arbetsorder.Arbetsordernummer} är registrerad."
                + (rad is null ? "" : $" Beställning {rad.Bestallning.Ordernummer} levereras ut när arbetsordern är avslutad.");
            return Redirect($"/arbetsorder/{arbetsorder.Arbetsordernummer}");
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Ny", await NymodellAsync(form, ex.Message, ct));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Ny", await NymodellAsync(form, "Beställningen ändrades samtidigt, kanske levererades raden. Kontrollera beställningen och försök igen.", ct));
        }
    }

    [HttpGet("{nummer}")]
    public async Task<IActionResult> Visa(string nummer, CancellationToken ct)
    {
        var detaljer = await vy.DetaljerAsync(nummer, TempData["Meddelande"] as string, null, ct);
        if (detaljer is null)
        {
            return Patientbehorighet.KanSePatienter(aktuell) ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        }
        await pdl.LoggaAsync("Läsning", detaljer.AnnatTjanstestalle
            ? $"Arbetsorder {nummer} visad, annat tjänsteställes ({detaljer.Tjanstestalle}), med hela numret."
            : $"Arbetsorder {nummer} visad.", detaljer.Arbetsorder.MottagareId, ct);
        return View(detaljer);
    }

    private bool KanRegistrera() => aktuell.ArForskrivareEllerBestallare;

    /// <summary>What the arbetsorder is about, from the form: the mottagare, the artikel (or the individ's), the individ and
    /// the order row, each checked against the others and against what the user may see.</summary>
    private async Task<(Mottagare? Mottagare, Artikel Artikel, Individ? Individ, Orderrad? Rad)> KopplingAsync(NyForm form, CancellationToken ct)
    {
        var mottagare = await Mottagaruppslag.HittaAsync(db, form.Mottagare, Svensktid.Idag(klocka.GetUtcNow()), ct);
        Individ? individ = null;
        if (!string.IsNullOrWhiteSpace(form.Individnummer))
        {
            individ = await db.Individer.Include(i => i.Artikel).SingleOrDefaultAsync(i => i.Individnummer == form.Individnummer.Trim(), ct)
                ?? throw new DomainException($"Det finns ingen individ {form.Individnummer.Trim()}.");
            if (individ.Status == Individstatus.Levererad)
            {
                mottagare ??= await db.Mottagare.SingleAsync(m => m.Id == individ.MottagareId, ct);
                if (individ.MottagareId != mottagare.Id)
                {
                    throw new DomainException($"Individ {individ.Individnummer} är inte levererad till den angivna mottagaren.");
                }
            }
            else if (!(await aktuell.AktivtForradAsync(ct)).Contains(individ.LagerId ?? 0) && mottagare is null)
            {
                throw new DomainException($"Individ {individ.Individnummer} finns varken hos en mottagare eller i ditt förråd. Ange mottagare.");
            }
        }
        var artikel = individ?.Artikel;
        if (!string.IsNullOrWhiteSpace(form.Artikelnummer))
        {
            var angivenArtikel = await db.Artiklar.SingleOrDefaultAsync(a => a.Artikelnummer == form.Artikelnummer.Trim(), ct)
                ?? throw new DomainException($"Det finns ingen artikel {form.Artikelnummer.Trim()}.");
            if (individ is not null && !individ.ArAv(angivenArtikel))
            {
                throw new DomainException($"Individ {individ.Individnummer} är inte av artikel {angivenArtikel.Artikelnummer}.");
            }
            artikel = angivenArtikel;
        }
        if (artikel is null)
        {
            throw new DomainException("Fyll i artikelnummer eller individnummer.");
        }
        if (mottagare is null && individ is null)
        {
            throw new DomainException("Ange mottagarens personnummer (12 siffror) eller vårdenhetens kundnummer.");
        }
        Orderrad? rad = null;
        if (form.OrderradId is { } radId)
        {
            rad = await aktuell.Avgransa(db.Orderrader, r => r.Bestallning.TjanstestalleId)
                .Include(r => r.Bestallning).Include(r => r.Artikel)
                .SingleOrDefaultAsync(r => r.Id == radId, ct)
                ?? throw new DomainException("Orderraden finns inte för tjänstestället du arbetar i.");
        }
        return (mottagare, artikel, individ, rad);
    }

    private async Task<Nymodell> NymodellAsync(NyForm form, string? fel, CancellationToken ct)
    {
        var sidhuvud = await aktuell.SidhuvudAsync(ct);
        string? kontext = null;
        if (form.OrderradId is { } radId)
        {
            kontext = await aktuell.Avgransa(db.Orderrader.AsNoTracking(), r => r.Bestallning.TjanstestalleId).Where(r => r.Id == radId)
                .Select(r => "Kopplas till rad " + r.Radnummer + " på beställning " + r.Bestallning.Ordernummer + ": beställningen levereras ut när arbetsordern är avslutad.")
                .SingleOrDefaultAsync(ct);
        }
        return new Nymodell(form, sidhuvud.AktivtTjanstestalle, kontext, fel);
    }
}
