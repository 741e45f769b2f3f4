using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;
using Sesam.Domain.Returer;

/// <summary>
/// "Registrera/skapa → Retur": devices the mottagare hands back at the unit go into the tjänsteställe's own förråd at
/// once ("Retur till lager"), or are scrapped ("Skrota") when they cannot be used again. A huvudhjälpmedel owned by
/// Hjälpmedel is shown but cannot be chosen: it goes back with a hämtorder. Devices on an open hämtorder are left out.
/// </summary>
public sealed partial class MottagareController
{
    public sealed class Returformular
    {
        /// <summary>The tjänsteställe the page was shown for: its förråd is where the devices go.</summary>
        public int? Tjanstestalle { get; set; }
        public int[] Individ { get; set; } = [];
        public int[] Rad { get; set; } = [];
        public int[] SkrotaIndivid { get; set; } = [];
        public int[] SkrotaRad { get; set; } = [];
    }

    /// <summary>A device the mottagare holds, whether a retur may take it, and the individmärkta komponenter that follow it.</summary>
    public sealed record Returbart(Hjalpmedel Hjalpmedel, bool KanReturneras, IReadOnlyList<string> FoljerMed);

    public sealed record ReturModell(
        Huvud Mottagare, int TjanstestalleId, string Tjanstestalle, string? Lager, IReadOnlyList<Returbart> Hjalpmedel, int PaOppenHamtorder,
        IReadOnlyList<OppenHamtorder> OppnaHamtordrar, Returformular Formular, IReadOnlyDictionary<string, string> Fel);

    [Authorize(Policy = Policy.Enhetspersonal)]
    [HttpGet("/mottagare/{id:int}/retur")]
    public async Task<IActionResult> VisaRetur(int id, CancellationToken ct)
    {
        var huvud = await HuvudAsync(id, ct);
        if (huvud is null)
        {
            return NotFound();
        }
        await pdl.LoggaAsync("Läsning", "Retur: mottagarens hjälpmedel visade för val.", id, ct);
        return View("Retur", await ReturVyAsync(huvud, new Returformular(), new Dictionary<string, string>(), ct));
    }

    [Authorize(Policy = Policy.Enhetspersonal)]
    [HttpPost("/mottagare/{id:int}/retur")]
    public async Task<IActionResult> Returnera(int id, Returformular formular, CancellationToken ct)
    {
        ModelState.Clear();
        var mottagare = await db.Mottagare.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mottagare is null)
        {
            return NotFound();
        }
        var tjanstestalle = await aktuell.TjanstestalleAsync(ct);
        var fel = new Dictionary<string, string>();
        if (formular.Tjanstestalle is { } visat && visat != tjanstestalle.Id)
        {
            fel["retur"] = $"Du arbetar nu i {tjanstestalle.Visningsnamn}, inte i tjänstestället som sidan visades för, och returen går till dess förråd. Kontrollera valet och returnera igen.";
            formular.Tjanstestalle = tjanstestalle.Id;
        }
        // Skrota means the device comes back to be scrapped: ticked alone, it is returned too.
        var (valda, rader, saknas) = await ValdaHjalpmedelAsync(id, [.. formular.Individ.Union(formular.SkrotaIndivid)], [.. formular.Rad.Union(formular.SkrotaRad)], ct);
        if (saknas)
        {
            fel["hjalpmedel"] = "Något av de valda hjälpmedlen finns inte längre hos mottagaren. Listan nedan är uppdaterad; kontrollera valet och returnera igen.";
        }
        var upptagna = await UpptagnaAsync([.. valda.Select(v => v.Individ.Id)], [.. rader.Select(r => r.Id)], ct);
        if (upptagna.Count > 0)
        {
            fel["hjalpmedel"] = $"Finns på en öppen hämtorder och hämtas av Hjälpmedel: {string.Join(", ", upptagna)}. Returen är inte gjord; kontrollera valet och returnera igen.";
        }

        Retur? retur = null;
        if (fel.Count == 0)
        {
            try
            {
                retur = await GenomforAsync(mottagare, tjanstestalle, formular, valda, rader, ct);
            }
            catch (DomainException ex)
            {
                fel["retur"] = ex.Message;
            }
        }
        if (retur is not null)
        {
            db.Returer.Add(retur);
            GorAnsprak(valda, rader);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || db.ChangeTracker.Entries<Lagersaldo>().Any(e => e.State == EntityState.Added))
            {
                // Another user changed one of the devices (a retur, a hämtorder) or created the same saldo row first: nothing was saved.
                db.ChangeTracker.Clear();
                fel["hjalpmedel"] = AndradesNyss("Returen");
                retur = null;
            }
        }
        if (retur is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Retur", await ReturVyAsync((await HuvudAsync(id, ct))!, formular, fel, ct));
        }
        var skrotade = retur.Rader.Where(r => r.Skrotad).Sum(r => r.Antal);
        var tillbaka = retur.Rader.Where(r => !r.Skrotad).Sum(r => r.Antal);
        await pdl.LoggaAsync("Registrering", $"Retur till lager {retur.Lager.Nummer}: {tillbaka} hjälpmedel tillbaka, {skrotade} skrotade.", id, ct);
        TempData["Meddelande"] = "Retur är genomförd."
            + (tillbaka > 0 ? $" {tillbaka} hjälpmedel finns åter i {retur.Lager.Visningsnamn} och kan förskrivas igen." : "")
            + (skrotade > 0 ? $" {skrotade} hjälpmedel {(skrotade == 1 ? "är skrotat" : "är skrotade")}." : "");
        return Redirect($"/mottagare/{id}?flik=aterlamnat");
    }

    /// <summary>Reads what the retur changes besides the devices (the förråd's saldon, the patient fees, the
    /// huvudhjälpmedel a returned komponent leaves) and lets the domain carry it out.</summary>
    private async Task<Retur> GenomforAsync(Mottagare mottagare, Tjanstestalle tjanstestalle, Returformular formular, List<ValdIndivid> valda, List<Orderrad> rader,
        CancellationToken ct)
    {
        var individer = valda.SelectMany(v => v.Komponenter.Prepend(v.Individ)).Select(i => i.Id).ToList();
        var orderrader = rader.Select(r => r.Id).ToList();
        var avgifter = await Aterlamning.AvgifterAsync(db, individer, orderrader, ct);
        var huvudhjalpmedel = await Aterlamning.HuvudhjalpmedelAsync(db, individer, ct);
        var artiklar = valda.SelectMany(v => v.Komponenter.Prepend(v.Individ)).Select(i => i.ArtikelId).Concat(rader.Select(r => r.ArtikelId)).Distinct().ToList();
        var lagerId = tjanstestalle.ForradId;
        var saldon = await db.Lagersaldon.Where(s => s.LagerId == lagerId && artiklar.Contains(s.ArtikelId)).ToListAsync(ct);
        return Sesam.Domain.Returer.Retur.Genomfor(mottagare, tjanstestalle, await aktuell.HamtaAsync(ct), klocka.GetUtcNow().UtcDateTime,
            [.. valda.Select(v => new ReturIndivid(v.Individ, formular.SkrotaIndivid.Contains(v.Individ.Id),
                [.. v.Komponenter.Select(k => (k, formular.SkrotaIndivid.Contains(k.Id)))]))],
            [.. rader.Select(r => new ReturOrderrad(r, formular.SkrotaRad.Contains(r.Id)))],
            Saldouppslag.HamtaEllerSkapa(db, saldon), avgifter, huvudhjalpmedel);
    }

    private async Task<ReturModell> ReturVyAsync(Huvud huvud, Returformular formular, IReadOnlyDictionary<string, string> fel, CancellationToken ct)
    {
        var tjanstestalle = await aktuell.TjanstestalleAsync(ct);
        var (hamtas, alla) = await HjalpmedelAsync(huvud.Id, Filter.Inget, ct);
        var foljerMed = await FoljerMedAsync(huvud.Id, alla, hamtas, ct);
        var returbara = alla.Where(h => !h.PaHamtorder)
            .Select(h => new Returbart(h, Sesam.Domain.Returer.Retur.KanReturneras(h.Artikeltyp, h.Agare), h.IndividId is { } i ? foljerMed[i].ToList() : []))
            .ToList();
        formular.Tjanstestalle ??= tjanstestalle.Id;
        return new ReturModell(huvud, tjanstestalle.Id, tjanstestalle.Visningsnamn, tjanstestalle.Forrad?.Visningsnamn, returbara, alla.Count(h => h.PaHamtorder),
            hamtas.Hamtordrar, formular, fel);
    }
}
