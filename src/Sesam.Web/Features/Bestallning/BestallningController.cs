using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Artiklar;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Organisation;

/// <summary>
/// Förskrivning: "Skapa ny beställning → Ange artiklar → Bekräfta". The cart is the order itself with status
/// Pågående beställning, so it survives logout and restarts until it is sent or deleted.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
[Route("bestallning")]
public sealed partial class BestallningController(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, TimeProvider klocka, ArtikelSok artikelSok, Bestallningsvy vy) : Controller
{
    private DateTime Nu => klocka.GetUtcNow().UtcDateTime;

    private DateOnly Idag => Svensktid.Idag(klocka.GetUtcNow());

    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) => VisaStartAsync(new NyForm(), null, ct);

    /// <summary>From the artikel page's "Beställ": start a new order with the artikel, or add it to a pågående one.</summary>
    [HttpGet("ny")]
    public Task<IActionResult> Ny(string? artikel, CancellationToken ct) => VisaStartAsync(new NyForm { Artikel = artikel }, null, ct);

    /// <summary>"Skapa ny beställning". An order for another of the user's tjänsteställen makes that one the active
    /// tjänsteställe: the user works in one at a time, and the cart's förråd and the sent order are that unit's.</summary>
    [HttpPost("ny")]
    public async Task<IActionResult> Skapa(NyForm form, CancellationToken ct)
    {
        var bestallning = await SkapaVarukorgAsync(form, ct);
        if (bestallning is null)
        {
            return await VisaStartAsync(form, null, ct);
        }
        await db.SaveChangesAsync(ct);
        await aktuell.ArbetaIAsync(bestallning.TjanstestalleId, ct);
        await pdl.LoggaAsync("Beställning skapad", $"Pågående beställning {bestallning.Id} skapad.", bestallning.MottagareId, ct);
        return Redirect(string.IsNullOrWhiteSpace(form.Artikel)
            ? $"/bestallning/{bestallning.Id}"
            : $"/bestallning/{bestallning.Id}?artikel={Uri.EscapeDataString(form.Artikel.Trim())}");
    }

    /// <summary>
    /// "Lagerpåfyllnad": an order that refills the tjänsteställe's own förråd from Hjälpmedelsverksamheten. The
    /// tjänsteställe decides the receiving lager. A pågående lagerpåfyllnad of the user's to the same lager is continued
    /// rather than a second one started beside it.
    /// </summary>
    [HttpPost("lagerpafyllnad")]
    public async Task<IActionResult> SkapaLagerpafyllnad(LagerpafyllnadForm form, CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        if (!anvandare.ArForskrivareEllerBestallare)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var tjanstestalle = anvandare.Tjanstestallen.Select(t => t.Tjanstestalle).FirstOrDefault(t => t.Id == form.TjanstestalleId);
        if (tjanstestalle?.Forrad is null)
        {
            ModelState.AddModelError("Lagerpafyllnad", tjanstestalle is null
                ? "Välj ett av dina tjänsteställen."
                : $"{tjanstestalle.Visningsnamn} har inget eget förråd att fylla på.");
            return await VisaStartAsync(new NyForm(), null, ct);
        }
        var (id, ny) = await Lagerpafyllnader.HamtaEllerSkapaAsync(db, anvandare, tjanstestalle, Nu, samleverans: false, ct);
        if (ny)
        {
            await pdl.LoggaAsync("Beställning skapad", $"Pågående lagerpåfyllnad {id} till lager {tjanstestalle.Forrad.Nummer} skapad.", null, ct);
        }
        await aktuell.ArbetaIAsync(tjanstestalle.Id, ct);
        return Redirect($"/bestallning/{id}");
    }

    /// <summary>"Förskriva individ från eget förråd", started from the individkort.</summary>
    [HttpGet("individ/{individnummer}")]
    public async Task<IActionResult> Individ(string individnummer, CancellationToken ct)
    {
        var individ = await IndividVyAsync(individnummer, ct);
        return individ is null ? NotFound() : await VisaStartAsync(new NyForm(), individ, ct);
    }

    [HttpPost("individ/{individnummer}")]
    public async Task<IActionResult> SkapaForIndivid(string individnummer, NyForm form, CancellationToken ct)
    {
        var vy = await IndividVyAsync(individnummer, ct);
        if (vy is null)
        {
            return NotFound();
        }
        if (vy.Hinder is not null)
        {
            ModelState.AddModelError("individ", vy.Hinder);
            return await VisaStartAsync(form, vy, ct);
        }
        var individ = await db.Individer.Include(i => i.Artikel).ThenInclude(a => a.Priser).Include(i => i.Lager)
            .SingleAsync(i => i.Individnummer == individnummer, ct);
        var bestallning = await SkapaVarukorgAsync(form, ct);
        if (bestallning is null)
        {
            return await VisaStartAsync(form, vy, ct);
        }
        if (bestallning.Tjanstestalle.ForradId != individ.LagerId)
        {
            ModelState.AddModelError(nameof(form.TjanstestalleId), $"Individen finns i förrådet för {(await aktuell.TjanstestalleAsync(ct)).Visningsnamn}. Välj det tjänstestället.");
            return await VisaStartAsync(form, vy, ct);
        }
        try
        {
            var rad = bestallning.LaggTillRad(individ.Artikel, 1, Leveranskalla.EgetForrad, individ.Lager!, individ.Agare,
                individ.Artikel.PrisVid(individ.Agare, Idag));
            rad.AngeIndivid(individ);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("individ", e.Message);
            return await VisaStartAsync(form, vy, ct);
        }
        await db.SaveChangesAsync(ct);
        await aktuell.ArbetaIAsync(bestallning.TjanstestalleId, ct);
        await pdl.LoggaAsync("Beställning skapad", $"Pågående beställning {bestallning.Id} skapad för individ {individnummer}.", bestallning.MottagareId, ct);
        return Redirect($"/bestallning/{bestallning.Id}/rad/{bestallning.Rader.Single().Id}");
    }

    /// <summary>The cart (Ange artiklar) while it is pågående; afterwards the order's details.</summary>
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Visa(int id, string? artikel, string? sok, CancellationToken ct)
    {
        var huvud = await vy.HuvudAsync(id, ct);
        if (huvud is null)
        {
            return NotFound();
        }
        if (huvud.Status == Orderstatus.Pagaende)
        {
            await pdl.LoggaAsync("Beställning läst", $"Pågående beställning {id} visad.", huvud.MottagareId, ct);
            return await VisaVarukorgAsync(huvud, new LaggTillForm { Artikelnummer = artikel }, sok, null, ct);
        }
        return await vy.VisaDetaljerAsync(this, huvud, null, annatTjanstestalle: false, ct);
    }

    /// <summary>
    /// The order by its complete number, as the VGR manual's Sök kundorder allows even when it belongs to another
    /// unit: that unit's order is shown read-only (its makulering, kvittering, låneförbindelse, felrapport and
    /// arbetsorder stay with the unit). The user's own unit's order opens as usual.
    /// </summary>
    [HttpGet("nummer/{ordernummer}")]
    public async Task<IActionResult> VisaNummer(string ordernummer, CancellationToken ct)
    {
        var order = Ordernummer.ArGiltigt(ordernummer)
            ? await db.Bestallningar.AsNoTracking().Where(b => b.Ordernummer == ordernummer && b.Status != Orderstatus.Pagaende)
                .Select(b => new { b.Id, b.TjanstestalleId }).SingleOrDefaultAsync(ct)
            : null;
        if (order is null)
        {
            return NotFound();
        }
        if (aktuell.FarSe(order.TjanstestalleId))
        {
            return Redirect($"/bestallning/{order.Id}");
        }
        if (!Sesam.Web.Features.Gemensamt.Patientbehorighet.KanSePatienter(aktuell))
        {
            return NotFound();
        }
        var huvud = await Bestallningsvy.HuvudAsync(db.Bestallningar.Where(b => b.Id == order.Id), ct);
        return await vy.VisaDetaljerAsync(this, huvud!, null, annatTjanstestalle: true, ct);
    }

    [HttpPost("{id:int}/rad")]
    public async Task<IActionResult> LaggTill(int id, LaggTillForm form, CancellationToken ct)
    {
        var bestallning = await Gemensamt.Varukorgar.LaddaAsync(db, id, aktuell.Id, ct);
        if (bestallning is null || bestallning.Status != Orderstatus.Pagaende)
        {
            return NotFound();
        }
        var huvud = (await vy.HuvudAsync(id, ct))!;
        var artikel = await HittaArtikelAsync(form.ValdArtikel ?? form.Artikelnummer, ct);
        if (artikel is null)
        {
            ModelState.AddModelError(nameof(form.Artikelnummer), string.IsNullOrWhiteSpace(form.Artikelnummer)
                ? "Ange artikelnummer eller sök fram en artikel."
                : $"Det finns ingen artikel med artikelnummer {form.Artikelnummer.Trim()}.");
        }
        if (form.Antal is not { } antal || !Radantal.ArGiltigt(antal))
        {
            ModelState.AddModelError(nameof(form.Antal), Radantal.Felmeddelande);
        }
        if (form.Kalla is null)
        {
            ModelState.AddModelError(nameof(form.Kalla), "Välj Leverans från Hjälpmedelsverksamhet eller Leverans från Eget förråd.");
        }
        if (form.Kommentar is { Length: > Orderrad.MaxKommentar })
        {
            ModelState.AddModelError(nameof(form.Kommentar), $"Kommentaren får vara högst {Orderrad.MaxKommentar} tecken (nu {form.Kommentar.Length}).");
        }
        if (!ModelState.IsValid || artikel is null)
        {
            return await VisaVarukorgAsync(huvud, form, null, null, ct);
        }

        // Ersättningsartikel: the replacement is offered preselected and the user confirms or keeps the original.
        if (form.ValdArtikel is null && artikel.Ersattningsartikel is { } ersattning)
        {
            return await VisaVarukorgAsync(huvud, form, null,
                new ErsattningVal(artikel.Artikelnummer, artikel.Benamning, ersattning.Artikelnummer, ersattning.Benamning), ct);
        }
        var original = form.ValdArtikel is not null && form.ValdArtikel != form.Artikelnummer?.Trim()
            ? await HittaArtikelAsync(form.Artikelnummer, ct)
            : null;

        var lager = await KallLagerAsync(bestallning, form.Kalla!.Value, ct);
        if (lager is null)
        {
            ModelState.AddModelError(nameof(form.Kalla), "Tjänstestället har inget eget förråd. Välj Leverans från Hjälpmedelsverksamhet.");
            return await VisaVarukorgAsync(huvud, form, null, null, ct);
        }
        var tillgangligt = await db.Lagersaldon.Where(s => s.LagerId == lager.Id && s.ArtikelId == artikel.Id)
            .Select(s => s.Saldo - s.Reserverat).FirstOrDefaultAsync(ct);
        var hinder = artikel.KanBestallas(tillgangligt);
        if (hinder is not null)
        {
            ModelState.AddModelError(nameof(form.Artikelnummer), hinder);
            return await VisaVarukorgAsync(huvud, form, null, null, ct);
        }

        Orderrad rad;
        try
        {
            rad = bestallning.LaggTillArtikel(artikel, form.Antal!.Value, form.Kalla.Value, lager, Idag);
            rad.AngeKommentar(form.Kommentar);
            if (original is not null)
            {
                rad.AngeErsatterArtikel(original);
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(form.Artikelnummer), e.Message);
            return await VisaVarukorgAsync(huvud, form, null, null, ct);
        }
        if (!await SparaRadAsync(bestallning, ct))
        {
            // Sent meanwhile: the order's details show what was sent.
            return await vy.HuvudAsync(id, ct) is { Status: Orderstatus.Pagaende } nu
                ? await VisaVarukorgAsync(nu, form, null, null, ct)
                : Redirect($"/bestallning/{id}");
        }
        await pdl.LoggaAsync("Beställning ändrad", $"Artikel {artikel.Artikelnummer} lagd till pågående beställning {id}.", bestallning.MottagareId, ct);

        var behoverSteg = rad.PatientavgiftKravs || artikel.Individmarkt || artikel.Komponenter.Count > 0;
        return Redirect(behoverSteg ? $"/bestallning/{id}/rad/{rad.Id}" : $"/bestallning/{id}");
    }

    /// <summary>
    /// Saves a row added to the cart as a change of the order itself: a row added while the same cart is sent (another
    /// tab) or while a second row is added (a double click) then fails the order's concurrency check instead of landing
    /// on a sent order or clashing on the row number. False, with the reason in ModelState, when it lost.
    /// </summary>
    private async Task<bool> SparaRadAsync(Bestallning bestallning, CancellationToken ct)
    {
        db.GorAnsprak(bestallning);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(LaggTillForm.Artikelnummer), Lagerpafyllnader.AndradSamtidigt);
            return false;
        }
    }

    [HttpGet("{id:int}/rad/{radId:int}")]
    public async Task<IActionResult> Rad(int id, int radId, CancellationToken ct)
    {
        var bestallning = await Gemensamt.Varukorgar.LaddaAsync(db, id, aktuell.Id, ct);
        var rad = bestallning?.Rader.SingleOrDefault(r => r.Id == radId);
        if (bestallning is null || rad is null || bestallning.Status != Orderstatus.Pagaende)
        {
            return NotFound();
        }
        return await VisaRadAsync(bestallning, rad, RadFormFran(rad), ct);
    }

    [HttpPost("{id:int}/rad/{radId:int}")]
    public async Task<IActionResult> SparaRad(int id, int radId, RadForm form, CancellationToken ct)
    {
        var bestallning = await Gemensamt.Varukorgar.LaddaAsync(db, id, aktuell.Id, ct);
        var rad = bestallning?.Rader.SingleOrDefault(r => r.Id == radId);
        if (bestallning is null || rad is null || bestallning.Status != Orderstatus.Pagaende)
        {
            return NotFound();
        }
        if (form.Handling == "sok")
        {
            ModelState.Clear();
            return await VisaRadAsync(bestallning, rad, form, ct);
        }
        if (form.Antal is not { } antal || !Radantal.ArGiltigt(antal))
        {
            ModelState.AddModelError(nameof(form.Antal), Radantal.Felmeddelande);
        }
        else if (rad.Individ is not null && antal != 1)
        {
            ModelState.AddModelError(nameof(form.Antal), "En individ levereras alltid med antal 1.");
        }
        if (form.Kommentar is { Length: > Orderrad.MaxKommentar })
        {
            ModelState.AddModelError(nameof(form.Kommentar), $"Kommentaren får vara högst {Orderrad.MaxKommentar} tecken (nu {form.Kommentar.Length}).");
        }
        if (rad.PatientavgiftKravs && form.Patientavgift is not ("ja" or "nej"))
        {
            ModelState.AddModelError(nameof(form.Patientavgift), "Artikeln har en patientavgift: svara JA eller NEJ innan du fortsätter.");
        }
        var individ = await ValjIndividAsync(bestallning, rad, form, ct);
        var kompletterar = await ValjKompletterarAsync(bestallning, rad, form, ct);
        if (!ModelState.IsValid)
        {
            return await VisaRadAsync(bestallning, rad, form, ct);
        }
        try
        {
            rad.AndraAntal(form.Antal!.Value);
            rad.AngeKommentar(form.Kommentar);
            if (individ is not null && rad.IndividId != individ.Id)
            {
                rad.AngeIndivid(individ);
            }
            if (kompletterar is not null)
            {
                rad.AngeKompletterarIndivid(kompletterar);
            }
            await ErsattKomponenterAsync(rad, form.Komponent, ct);
            if (rad.PatientavgiftKravs)
            {
                rad.SvaraPatientavgift(form.Patientavgift == "ja");
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return await VisaRadAsync(bestallning, rad, form, ct);
        }
        await db.SaveChangesAsync(ct);
        await pdl.LoggaAsync("Beställning ändrad", $"Rad {rad.Radnummer} på pågående beställning {id} ändrad.", bestallning.MottagareId, ct);
        return Redirect($"/bestallning/{id}");
    }

    /// <summary>The pencil: editing a row clears its fee answer, so the user must answer again.</summary>
    [HttpPost("{id:int}/rad/{radId:int}/redigera")]
    public async Task<IActionResult> Redigera(int id, int radId, CancellationToken ct)
    {
        var bestallning = await Gemensamt.Varukorgar.LaddaAsync(db, id, aktuell.Id, ct);
        var rad = bestallning?.Rader.SingleOrDefault(r => r.Id == radId);
        if (bestallning is null || rad is null || bestallning.Status != Orderstatus.Pagaende)
        {
            return NotFound();
        }
        rad.BorjaRedigera();
        await db.SaveChangesAsync(ct);
        return Redirect($"/bestallning/{id}/rad/{radId}");
    }

    [HttpPost("{id:int}/rad/{radId:int}/ta-bort")]
    public async Task<IActionResult> TaBortRad(int id, int radId, CancellationToken ct)
    {
        var bestallning = await Gemensamt.Varukorgar.LaddaAsync(db, id, aktuell.Id, ct);
        var rad = bestallning?.Rader.SingleOrDefault(r => r.Id == radId);
        if (bestallning is null || rad is null || bestallning.Status != Orderstatus.Pagaende)
        {
            return NotFound();
        }
        bestallning.TaBortRad(rad);
        db.Remove(rad);
        await db.SaveChangesAsync(ct);
        await pdl.LoggaAsync("Beställning ändrad", $"Rad {rad.Radnummer} borttagen från pågående beställning {id}.", bestallning.MottagareId, ct);
        return Redirect(Request.Form["tillbaka"] == "slutfor" ? $"/bestallning/{id}/slutfor" : $"/bestallning/{id}");
    }
}
