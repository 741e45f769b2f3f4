using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Individer;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>
/// "Registrera/skapa → Hämtorder": devices the mottagare no longer uses go back to Hjälpmedel. One page instead of the
/// original's four steps: hämtorderorsak, the devices (those already on an open hämtorder are left out), hämtadress,
/// contact and önskad åtgärd. A bad field keeps everything entered; a device another user put on a hämtorder a moment
/// before is refused by the database's unique index and the user is told which.
/// </summary>
public sealed partial class MottagareController
{
    public sealed class Hamtorderformular
    {
        public Hamtplats? Hamtplats { get; set; }
        public Adresskalla? Adresskalla { get; set; }
        public string? CareOf { get; set; }
        public string? Gatuadress { get; set; }
        public string? Postnummer { get; set; }
        public string? Postort { get; set; }
        public string? Portkod { get; set; }
        public string? Instruktioner { get; set; }
        public string? Kontaktperson { get; set; }
        public string? Telefon { get; set; }
        public string? Mobiltelefon { get; set; }
        public string? Kontakttelefon { get; set; }
        /// <summary>The tjänsteställe the page was shown for: a switch in another tab must not move the hämtorder silently.</summary>
        public int? Tjanstestalle { get; set; }
        public Hamtorderatgard? Atgard { get; set; }
        public string? Kommentar { get; set; }
        public int[] Individ { get; set; } = [];
        public int[] Rad { get; set; } = [];
    }

    /// <summary>A device that can go on the hämtorder, with the individmärkta komponenter that follow it.</summary>
    public sealed record Hamtbart(Hjalpmedel Hjalpmedel, IReadOnlyList<string> FoljerMed);

    public sealed record HamtorderModell(
        Huvud Mottagare, int TjanstestalleId, string Tjanstestalle, Adress TjanstestalletsAdress, IReadOnlyList<Hamtbart> Hjalpmedel, int PaOppenHamtorder,
        IReadOnlyList<OppenHamtorder> OppnaHamtordrar,
        Hamtorderformular Formular, IReadOnlyDictionary<string, string> Fel);

    [Authorize(Policy = Policy.Enhetspersonal)]
    [HttpGet("/mottagare/{id:int}/hamtorder")]
    public async Task<IActionResult> Hamtorder(int id, CancellationToken ct)
    {
        var huvud = await HuvudAsync(id, ct);
        if (huvud is null)
        {
            return NotFound();
        }
        var anvandare = await aktuell.HamtaAsync(ct);
        var tjanstestalle = await aktuell.TjanstestalleAsync(ct);
        var formular = new Hamtorderformular { Kontaktperson = anvandare.Namn, Kontakttelefon = anvandare.Telefon ?? tjanstestalle.Telefon };
        await pdl.LoggaAsync("Läsning", "Hämtorder: mottagarens hjälpmedel visade för val.", id, ct);
        return View("Hamtorder", await HamtorderVyAsync(huvud, formular, new Dictionary<string, string>(), ct));
    }

    [Authorize(Policy = Policy.Enhetspersonal)]
    [HttpPost("/mottagare/{id:int}/hamtorder")]
    public async Task<IActionResult> SkapaHamtorder(int id, Hamtorderformular formular, CancellationToken ct)
    {
        // The binder's own (English) messages for unparsable choices are replaced by the domain's Swedish ones.
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
            fel["hamtorder"] = $"Du arbetar nu i {tjanstestalle.Visningsnamn}, inte i tjänstestället som sidan visades för. Kontrollera uppgifterna och skapa hämtordern igen.";
            formular.Tjanstestalle = tjanstestalle.Id;
        }
        var adress = Hamtadress(mottagare, tjanstestalle, formular, fel);

        var (valda, rader, saknas) = await ValdaHjalpmedelAsync(id, formular.Individ, formular.Rad, ct);
        if (saknas)
        {
            // Returned or moved since the page was shown: never create the hämtorder without telling which is missing.
            fel["hjalpmedel"] = "Något av de valda hjälpmedlen finns inte längre hos mottagaren. Listan nedan är uppdaterad; kontrollera valet och skapa hämtordern igen.";
        }

        Hamtorder? hamtorder = null;
        if (adress is not null && fel.Count == 0)
        {
            try
            {
                var uppgifter = new Hamtuppgifter(formular.Hamtplats ?? 0, formular.Adresskalla ?? 0, adress, formular.Portkod, formular.Instruktioner,
                    formular.Kontaktperson ?? "", formular.Telefon, formular.Mobiltelefon, formular.Kontakttelefon, formular.Atgard ?? 0, formular.Kommentar);
                hamtorder = new Hamtorder(mottagare, tjanstestalle, await aktuell.HamtaAsync(ct), klocka.GetUtcNow().UtcDateTime, uppgifter,
                    [.. valda.Select(v => (v.Individ, v.Komponenter))], rader);
            }
            catch (DomainException ex)
            {
                fel["hamtorder"] = ex.Message;
            }
        }
        if (hamtorder is not null)
        {
            hamtorder.Numrera(await Ordernummergenerator.NastaAsync(db, Svensktid.Idag(klocka.GetUtcNow()), ct));
            db.Hamtordrar.Add(hamtorder);
            GorAnsprak(valda, rader);
            if (hamtorder.Hamtplats.ArDirekt())
            {
                // An avregistrering: the devices are already back at Hjälpmedel, so it is received at once.
                await Aterlamning.TaEmotAsync(db, hamtorder, klocka.GetUtcNow().UtcDateTime, aktuell.HsaId, ct);
            }
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex)
            {
                // A unique violation of the open-hämtorder indexes, or the concurrency check of a device claimed by a
                // retur or hämtorder saved a moment before: nothing was saved.
                db.ChangeTracker.Clear();
                var upptagna = await UpptagnaAsync([.. valda.SelectMany(v => v.Komponenter.Prepend(v.Individ)).Select(i => i.Id)], formular.Rad, ct);
                if (upptagna.Count > 0)
                {
                    fel["hjalpmedel"] = $"Någon lade nyss {string.Join(", ", upptagna)} på en annan hämtorder. Hämtordern är inte skapad; kontrollera valet och skapa den igen.";
                }
                else if (ex is DbUpdateConcurrencyException)
                {
                    fel["hjalpmedel"] = AndradesNyss("Hämtordern");
                }
                else
                {
                    throw;
                }
                hamtorder = null;
            }
        }
        if (hamtorder is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            var huvud = await HuvudAsync(id, ct);
            return View("Hamtorder", await HamtorderVyAsync(huvud!, formular, fel, ct));
        }
        await pdl.LoggaAsync("Registrering", $"Hämtorder {hamtorder.Hamtordernummer} skapad för {hamtorder.Rader.Count} hjälpmedel.", id, ct);
        TempData["Meddelande"] = hamtorder.Hamtplats.ArDirekt()
            ? $"Hämtorder {hamtorder.Hamtordernummer} är verkställd: hjälpmedlen är avregistrerade från mottagaren."
            : $"Hämtorder {hamtorder.Hamtordernummer} är skapad.";
        return Redirect($"/hamtorder/{hamtorder.Hamtordernummer}");
    }

    /// <summary>Förskrivare and beställare register what a mottagare gives back: hämtordrar and returer.</summary>
    /// <summary>Whether the mottagare page offers Hämtorder and Retur: the same roles as their routes' policy.</summary>
    private bool KanSkapaHamtorder() => Policy.Enhetspersonalroller.Any(aktuell.Har);

    /// <summary>The message when another user returned, moved or put one of the chosen devices on a hämtorder at the same moment.</summary>
    private static string AndradesNyss(string vad) =>
        $"Någon ändrade nyss ett av de valda hjälpmedlen, t.ex. med en retur eller en annan hämtorder. {vad} är inte sparad; listan nedan är uppdaterad, kontrollera valet och försök igen.";

    /// <summary>An individ chosen to go back, with the individmärkta komponenter that follow it.</summary>
    private sealed record ValdIndivid(Individ Individ, IReadOnlyList<Individ> Komponenter);

    /// <summary>
    /// The chosen individer (with their komponenter) and order rows that the mottagare still holds, tracked for a change;
    /// <c>Saknas</c> when any of them is no longer there. An individ ticked together with the huvudhjälpmedel it belongs
    /// to already follows that one; a komponent individ already on an open hämtorder is on its way back and does not
    /// follow again.
    /// </summary>
    private async Task<(List<ValdIndivid> Individer, List<Orderrad> Rader, bool Saknas)> ValdaHjalpmedelAsync(int id, int[] individIds, int[] radIds, CancellationToken ct)
    {
        var individer = await db.Individer
            .Include(i => i.Artikel)
            .Include(i => i.Komponenter).ThenInclude(k => k.KomponentIndivid!).ThenInclude(k => k.Artikel)
            .Where(i => individIds.Contains(i.Id) && i.MottagareId == id && i.Status == Individstatus.Levererad)
            .ToListAsync(ct);
        var rader = await db.Orderrader
            .Include(r => r.Artikel).Include(r => r.Bestallning)
            .Where(r => radIds.Contains(r.Id) && r.Bestallning.MottagareId == id && r.Status == Radstatus.Levererad && r.IndividId == null
                && r.AterlamnadDatum == null)
            .ToListAsync(ct);
        var foljer = individer.SelectMany(i => i.Komponenter).Select(k => k.KomponentIndividId).OfType<int>().ToHashSet();
        var redanPaVag = await db.Hamtorderrader.Where(r => r.Oppen && r.IndividId != null && foljer.Contains(r.IndividId.Value)).Select(r => r.IndividId!.Value).ToListAsync(ct);
        // Only komponenter the mottagare still holds follow: one elsewhere is neither taken along nor claimed.
        var valda = individer.Where(i => !foljer.Contains(i.Id))
            .Select(i => new ValdIndivid(i, i.Komponenter.Select(k => k.KomponentIndivid).OfType<Individ>()
                .Where(k => k.MottagareId == id && k.Status == Individstatus.Levererad && !redanPaVag.Contains(k.Id)).ToList()))
            .ToList();
        return (valda, rader, individer.Count < individIds.Distinct().Count() || rader.Count < radIds.Distinct().Count());
    }

    /// <summary>
    /// A hämtorder and a retur of the same device must not both succeed: each claims the individer (komponenter
    /// included) and the orders of the rows it takes, so the later of two concurrent ones fails its concurrency check.
    /// </summary>
    private void GorAnsprak(IEnumerable<ValdIndivid> individer, IEnumerable<Orderrad> rader)
    {
        foreach (var individ in individer.SelectMany(v => v.Komponenter.Prepend(v.Individ)))
        {
            db.GorAnsprak(individ);
        }
        foreach (var bestallning in rader.Select(r => r.Bestallning).Distinct())
        {
            db.GorAnsprak(bestallning);
        }
    }

    /// <summary>The hämtadress chosen: the mottagare's or the tjänsteställe's as stored, or the one typed in. Without a
    /// choice, the address the hämtorderorsak calls for is taken (on a page without script the user may not have chosen).</summary>
    private static Adress? Hamtadress(Mottagare mottagare, Tjanstestalle tjanstestalle, Hamtorderformular f, Dictionary<string, string> fel)
    {
        f.Adresskalla ??= f.Hamtplats switch
        {
            Hamtplats.PaMottagning or Hamtplats.MedPost => Adresskalla.Tjanstestallet,
            Hamtplats.HosPatient or Hamtplats.Dodsbo when !mottagare.SkyddadIdentitet && mottagare.Adress is not null => Adresskalla.Mottagaren,
            _ => null,
        };
        switch (f.Adresskalla)
        {
            case Adresskalla.Mottagaren when mottagare.SkyddadIdentitet || mottagare.Adress is null:
                fel["adress"] = mottagare.SkyddadIdentitet
                    ? "Patienten har skyddad identitet och adressen visas inte i Sesam. Välj tjänsteställets adress eller ange en annan adress."
                    : "Mottagaren har ingen adress i Sesam. Ange en annan adress.";
                return null;
            case Adresskalla.Mottagaren:
                return mottagare.Adress;
            case Adresskalla.Tjanstestallet:
                return tjanstestalle.Adress;
            case Adresskalla.Annan:
                try
                {
                    return new Adress(f.Gatuadress ?? "", f.Postnummer ?? "", f.Postort ?? "", f.CareOf);
                }
                catch (DomainException ex)
                {
                    fel["adress"] = ex.Message;
                    return null;
                }
            default:
                fel["adress"] = "Välj var hämtadressen hämtas från.";
                return null;
        }
    }

    /// <summary>Which of the devices that were to go on the hämtorder (komponenter included) are on an open hämtorder now.</summary>
    private async Task<List<string>> UpptagnaAsync(List<int> individer, int[] rader, CancellationToken ct) =>
        await db.Hamtorderrader.AsNoTracking()
            .Where(h => h.Oppen && ((h.IndividId != null && individer.Contains(h.IndividId.Value)) || (h.OrderradId != null && rader.Contains(h.OrderradId.Value))))
            .Select(h => h.Individ != null ? "individ " + h.Individ.Individnummer : "artikel " + h.Artikel.Artikelnummer)
            .ToListAsync(ct);

    private async Task<HamtorderModell> HamtorderVyAsync(Huvud huvud, Hamtorderformular formular, IReadOnlyDictionary<string, string> fel, CancellationToken ct)
    {
        var tjanstestalle = await aktuell.TjanstestalleAsync(ct);
        var (hamtas, alla) = await HjalpmedelAsync(huvud.Id, Filter.Inget, ct);
        var foljerMed = await FoljerMedAsync(huvud.Id, alla, hamtas, ct);
        var hamtbara = alla.Where(h => !h.PaHamtorder)
            .Select(h => new Hamtbart(h, h.IndividId is { } i ? foljerMed[i].ToList() : []))
            .ToList();
        formular.Tjanstestalle ??= tjanstestalle.Id;
        return new HamtorderModell(huvud, tjanstestalle.Id, tjanstestalle.Visningsnamn, tjanstestalle.Adress, hamtbara, alla.Count(h => h.PaHamtorder),
            hamtas.Hamtordrar, formular, fel);
    }

    /// <summary>The individmärkta komponenter, held by the mottagare and not already on their way back, that follow each
    /// of <paramref name="alla"/>'s individer: the numbers are shown next to the device they follow.</summary>
    private async Task<ILookup<int, string>> FoljerMedAsync(int id, IReadOnlyList<Hjalpmedel> alla, Hamtas hamtas, CancellationToken ct)
    {
        var individIds = alla.Where(h => h.IndividId is not null).Select(h => h.IndividId!.Value).ToList();
        return (await db.Set<IndividKomponent>().AsNoTracking()
                .Where(k => individIds.Contains(k.IndividId) && k.KomponentIndivid != null && k.KomponentIndivid.MottagareId == id)
                .Select(k => new { k.IndividId, KomponentId = k.KomponentIndividId!.Value, Individnummer = k.KomponentIndivid!.Individnummer })
                .ToListAsync(ct))
            .Where(k => !hamtas.Individer.Contains(k.KomponentId))
            .ToLookup(k => k.IndividId, k => k.Individnummer);
    }
}
