using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Felrapport;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>
/// Felrapport (VGR manual): tell Hjälpmedelscentralen that something went wrong, from the device, the order, the
/// hämtorder or the arbetsorder it concerns (which then follow along), or on its own from Min sida. Felrapporter are
/// unit-bound; Logistik answers and closes them, and the reporter gets the answer as a message. As the manual says, the
/// complete felrapportsnummer shows the felrapport even when it belongs to another unit: read-only, its bilagor stay
/// with the unit.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
[Route("felrapport")]
public sealed class FelrapportController(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, TimeProvider klocka, Felrapportvy vy) : Controller
{
    public const int MaxTraffar = 500;

    public sealed class Form
    {
        public Felrapportkategori? Kategori { get; set; }
        public string? Handelsetyp { get; set; }
        public string? Datum { get; set; }
        public string? Tid { get; set; }
        public string? Beskrivning { get; set; }
        public string? Kommentar { get; set; }
        public bool? Ersattningsvara { get; set; }
        public bool? Kreditering { get; set; }
        /// <summary>Personnummer of a patient or kundnummer of a vårdenhet.</summary>
        public string? Mottagare { get; set; }
        public string? Artikelnummer { get; set; }
        public string? Individnummer { get; set; }
        public int? BestallningId { get; set; }
        public string? Hamtordernummer { get; set; }
        public string? Arbetsordernummer { get; set; }
    }

    public sealed record Nymodell(Form Form, string Tjanstestalle, IReadOnlyList<string> Kontext, string? Fel);

    public sealed record Listrad(string Nummer, DateTime Registrerad, Felrapportkategori Kategori, string Handelsetyp, string? Artikel, string RegistreradAv, Felrapportstatus Status);

    public sealed record Sokmodell(string? Sok, bool Mina, Felrapportstatus? Status, IReadOnlyList<Listrad> Traffar, bool FlerTraffar, string? Fel);

    /// <param name="AnnatTjanstestalle">Another unit's felrapport, opened by its complete number: read-only, without links into that unit's data.</param>
    public sealed record Detaljer(Felrapport Felrapport, string Tjanstestalle, string? Mottagare, string? Identitet, bool Skyddad, string? Artikel, string? Individ,
        string? Ordernummer, string? Hamtordernummer, string? Arbetsordernummer, IReadOnlyList<(int Id, string Filnamn)> Bilagor, bool KanBifoga, bool KanAvsluta,
        bool AnnatTjanstestalle, string? Meddelande, string? Fel);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? sok, bool? mina, Felrapportstatus? status, CancellationToken ct)
    {
        var text = sok?.Trim();
        // Reporters start from their own; Logistik from every unanswered one, its work queue.
        var logistik = aktuell.Har(Roll.Logistik);
        var baraMina = mina ?? (string.IsNullOrEmpty(text) && !logistik);
        status ??= mina is null && logistik && string.IsNullOrEmpty(text) ? Felrapportstatus.Registrerad : null;
        var fraga = aktuell.Avgransa(db.Felrapporter.AsNoTracking(), f => f.TjanstestalleId);
        if (!string.IsNullOrEmpty(text))
        {
            if (text.Length < 3 || !text.All(char.IsAsciiDigit))
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View(new Sokmodell(text, baraMina, status, [], false, "Ange felrapportens nummer eller början av det, minst 3 siffror."));
            }
            // "Anger du ett fullständigt felrapportsnummer kan du se felrapporten även om den är kopplad till en annan kund."
            if (Ordernummer.ArGiltigt(text) && await db.Felrapporter.AnyAsync(f => f.Felrapportnummer == text, ct))
            {
                return Redirect($"/felrapport/{text}");
            }
            fraga = fraga.Where(f => f.Felrapportnummer.StartsWith(text));
        }
        if (baraMina)
        {
            var jag = aktuell.Id;
            fraga = fraga.Where(f => f.RegistreradAvId == jag);
        }
        if (status is { } s)
        {
            fraga = fraga.Where(f => f.Status == s);
        }
        var traffar = await fraga.OrderByDescending(f => f.Registrerad).ThenByDescending(f => f.Id).Take(MaxTraffar + 1)
            .Select(f => new Listrad(f.Felrapportnummer, f.Registrerad, f.Kategori, f.Handelsetyp, f.Artikel != null ? f.Artikel.Artikelnummer + " " + f.Artikel.Benamning : null,
                f.RegistreradAvNamn, f.Status))
            .ToListAsync(ct);
        return View(new Sokmodell(text, baraMina, status, traffar.Take(MaxTraffar).ToList(), traffar.Count > MaxTraffar, null));
    }

    /// <summary>"Registrera felrapport", with what it concerns filled in from where the user came.</summary>
    [HttpGet("ny")]
    public async Task<IActionResult> Ny(string? individ, int? bestallning, string? hamtorder, string? arbetsorder, CancellationToken ct)
    {
        var nu = Svensktid.FranUtc(klocka.GetUtcNow().UtcDateTime);
        var form = new Form
        {
            Individnummer = individ, BestallningId = bestallning, Hamtordernummer = hamtorder, Arbetsordernummer = arbetsorder,
            Datum = nu.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Tid = nu.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
        return View("Ny", await NymodellAsync(form, null, ct));
    }

    [HttpPost("ny")]
    public async Task<IActionResult> Skapa(Form form, CancellationToken ct)
    {
        // The binder's English messages for an unknown choice are replaced by the domain's Swedish ones.
        ModelState.Clear();
        var anvandare = await aktuell.HamtaAsync(ct);
        var tjanstestalle = anvandare.Tjanstestallen.Select(t => t.Tjanstestalle).Single(t => t.Id == aktuell.TjanstestalleId);
        var nu = klocka.GetUtcNow().UtcDateTime;
        try
        {
            if (!DateOnly.TryParseExact(form.Datum?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum)
                || !TimeOnly.TryParseExact(form.Tid?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var tid))
            {
                throw new DomainException("Ange när händelsen inträffade eller upptäcktes: datum (ÅÅÅÅ-MM-DD) och tid (TT:MM).");
            }
            var koppling = await KopplingAsync(form, ct);
            var felrapport = new Felrapport(tjanstestalle, anvandare,
                new Felrapportuppgifter(form.Kategori ?? 0, form.Handelsetyp, Svensktid.TillUtc(datum, tid), form.Beskrivning, form.Kommentar, form.Ersattningsvara, form.Kreditering),
                koppling, nu);
            felrapport.Numrera(await Ordernummergenerator.NastaAsync(db, Svensktid.Datum(nu), ct));
            db.Felrapporter.Add(felrapport);
            await db.SaveChangesAsync(ct);
            await pdl.LoggaAsync("Ändring", $"Felrapport {felrapport.Felrapportnummer} registrerad.", felrapport.MottagareId, ct);
            TempData["Meddelande"] = $"Felrapport {felrapport.Felrapportnummer} är skickad till Hjälpmedelscentralen.";
            return Redirect($"/felrapport/{felrapport.Felrapportnummer}");
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Ny", await NymodellAsync(form, ex.Message, ct));
        }
    }

    [HttpGet("{nummer}")]
    public async Task<IActionResult> Visa(string nummer, CancellationToken ct)
    {
        var detaljer = await vy.DetaljerAsync(nummer, TempData["Meddelande"] as string, null, ct);
        if (detaljer is null)
        {
            return NotFound();
        }
        if (detaljer.Felrapport.MottagareId is { } mottagare)
        {
            await pdl.LoggaAsync("Läsning", detaljer.AnnatTjanstestalle
                ? $"Felrapport {nummer} visad, annat tjänsteställes ({detaljer.Tjanstestalle}), med hela numret."
                : $"Felrapport {nummer} visad.", mottagare, ct);
        }
        return View(detaljer);
    }

    /// <summary>"Bifoga dokument" to a felrapport not yet answered, by the unit that reported it.</summary>
    [HttpPost("{nummer}/bilaga")]
    [RequestSizeLimit(Bilageuppladdning.MaxForfragan)]
    [RequestFormLimits(MultipartBodyLengthLimit = Bilageuppladdning.MaxForfragan)]
    public async Task<IActionResult> LaggTillBilaga(string nummer, IFormFile? bilaga, CancellationToken ct)
    {
        var felrapport = await aktuell.Avgransa(db.Felrapporter, f => f.TjanstestalleId).Include(f => f.Bilagor)
            .SingleOrDefaultAsync(f => f.Felrapportnummer == nummer, ct);
        if (felrapport is null)
        {
            return NotFound();
        }
        try
        {
            var (filnamn, innehall) = await Bilageuppladdning.LasAsync(bilaga, ct);
            var ny = felrapport.BifogaFil(filnamn, innehall, klocka.GetUtcNow().UtcDateTime);
            db.GorAnsprak(felrapport);
            await db.SaveChangesAsync(ct);
            await pdl.LoggaAsync("Ändring", $"Bilaga tillagd på felrapport {nummer}.", felrapport.MottagareId, ct);
            TempData["Meddelande"] = $"{ny.Filnamn} är bifogad.";
            return Redirect($"/felrapport/{nummer}");
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await vy.VisaIgenAsync(this, nummer, ex.Message, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await vy.VisaIgenAsync(this, nummer, "Någon annan ändrade felrapporten samtidigt. Försök igen.", ct);
        }
    }

    [HttpGet("{nummer}/bilaga/{bilagaId:int}")]
    public async Task<IActionResult> Bilaga(string nummer, int bilagaId, CancellationToken ct)
    {
        var felrapport = await aktuell.Avgransa(db.Felrapporter.AsNoTracking(), f => f.TjanstestalleId)
            .Where(f => f.Felrapportnummer == nummer).Select(f => new { f.Id, f.MottagareId }).SingleOrDefaultAsync(ct);
        var bilaga = felrapport is null
            ? null
            : await db.FelrapportBilagor.AsNoTracking().Where(b => b.Id == bilagaId && b.FelrapportId == felrapport.Id)
                .Select(b => new { b.Filnamn, b.Innehallstyp, b.Innehall }).SingleOrDefaultAsync(ct);
        if (bilaga is null)
        {
            return NotFound();
        }
        await pdl.LoggaAsync("Läsning", $"Bilaga på felrapport {nummer} öppnad.", felrapport!.MottagareId, ct);
        return File(bilaga.Innehall, bilaga.Innehallstyp, bilaga.Filnamn);
    }

    /// <summary>Logistik answers and closes the felrapport.</summary>
    [Authorize(Policy = Policy.Logistik)]
    [HttpPost("{nummer}/avsluta")]
    public Task<IActionResult> Avsluta(AvslutaFelrapport.Formular formular, [FromServices] AvslutaFelrapport kommando,
        [FromServices] Kommandopipeline pipeline, CancellationToken ct) =>
        pipeline.KorAsync(this, kommando, formular, ct);

    /// <summary>What the felrapport concerns: each given item must exist and be visible to the user's tjänsteställe.</summary>
    private async Task<Felrapportkoppling> KopplingAsync(Form form, CancellationToken ct)
    {
        var mottagare = await Mottagaruppslag.HittaAsync(db, form.Mottagare, Svensktid.Idag(klocka.GetUtcNow()), ct);
        Artikel? artikel = null;
        if (!string.IsNullOrWhiteSpace(form.Artikelnummer))
        {
            artikel = await db.Artiklar.SingleOrDefaultAsync(a => a.Artikelnummer == form.Artikelnummer.Trim(), ct)
                ?? throw new DomainException($"Det finns ingen artikel {form.Artikelnummer.Trim()}.");
        }
        Individ? individ = null;
        if (!string.IsNullOrWhiteSpace(form.Individnummer))
        {
            individ = await db.Individer.Include(i => i.Artikel).SingleOrDefaultAsync(i => i.Individnummer == form.Individnummer.Trim(), ct)
                ?? throw new DomainException($"Det finns ingen individ {form.Individnummer.Trim()}.");
            if (mottagare is not null && individ.MottagareId is { } hos && hos != mottagare.Id)
            {
                throw new DomainException($"Individ {individ.Individnummer} är inte levererad till den angivna mottagaren.");
            }
        }
        var bestallning = form.BestallningId is { } bestallningId
            ? await aktuell.Avgransa(db.Bestallningar, b => b.TjanstestalleId).SingleOrDefaultAsync(b => b.Id == bestallningId && b.Status != Orderstatus.Pagaende, ct)
                ?? throw new DomainException("Beställningen finns inte för tjänstestället du arbetar i.")
            : null;
        var hamtorder = string.IsNullOrWhiteSpace(form.Hamtordernummer)
            ? null
            : await aktuell.Avgransa(db.Hamtordrar, h => h.TjanstestalleId).SingleOrDefaultAsync(h => h.Hamtordernummer == form.Hamtordernummer, ct)
                ?? throw new DomainException($"Hämtorder {form.Hamtordernummer} finns inte för tjänstestället du arbetar i.");
        var arbetsorder = string.IsNullOrWhiteSpace(form.Arbetsordernummer)
            ? null
            : await aktuell.Avgransa(db.Arbetsordrar, a => a.TjanstestalleId).SingleOrDefaultAsync(a => a.Arbetsordernummer == form.Arbetsordernummer, ct)
                ?? throw new DomainException($"Arbetsorder {form.Arbetsordernummer} finns inte för tjänstestället du arbetar i.");
        // What the context brings: the mottagare of the order, the hämtorder or the arbetsorder, the arbetsorder's artikel.
        mottagare ??= await MottagareAsync(bestallning?.MottagareId ?? hamtorder?.MottagareId ?? arbetsorder?.MottagareId ?? individ?.MottagareId, ct);
        artikel ??= arbetsorder is not null ? await db.Artiklar.SingleAsync(a => a.Id == arbetsorder.ArtikelId, ct) : null;
        return new Felrapportkoppling(mottagare, artikel, individ, bestallning, hamtorder, arbetsorder);
    }

    private async Task<Mottagare?> MottagareAsync(int? id, CancellationToken ct) =>
        id is { } mottagareId ? await db.Mottagare.SingleAsync(m => m.Id == mottagareId, ct) : null;

    private async Task<Nymodell> NymodellAsync(Form form, string? fel, CancellationToken ct)
    {
        var kontext = new List<string>();
        if (form.BestallningId is { } id
            && await aktuell.Avgransa(db.Bestallningar.AsNoTracking(), b => b.TjanstestalleId).Where(b => b.Id == id).Select(b => b.Ordernummer).SingleOrDefaultAsync(ct) is { } ordernummer)
        {
            kontext.Add($"Beställning {ordernummer}");
        }
        if (!string.IsNullOrWhiteSpace(form.Hamtordernummer))
        {
            kontext.Add($"Hämtorder {form.Hamtordernummer}");
        }
        if (!string.IsNullOrWhiteSpace(form.Arbetsordernummer))
        {
            kontext.Add($"Arbetsorder {form.Arbetsordernummer}");
        }
        return new Nymodell(form, (await aktuell.SidhuvudAsync(ct)).AktivtTjanstestalle, kontext, fel);
    }
}
