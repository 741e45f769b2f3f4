using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Data.Sql;
using Sesam.Web.Features.Artiklar;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Pdf;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;

/// <summary>
/// Mottagare/Patient: find a patient by personnummer (posted, never in a URL) or a vårdenhet by kundnummer, then
/// the mottagare's page addressed by its database id, with the tabs of the manual and the Hjälpmedelslista PDF.
/// Every view and change is PDL-logged. The Hjälpmedel tab is a few set-based queries, whatever the number of devices.
/// </summary>
[Authorize(Policy = Policy.SerPatienter)]
public sealed partial class MottagareController(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, TimeProvider klocka, IConfiguration konfiguration, Artikelindex artikelindex) : Controller
{
    public sealed record Sokmodell(string? Personnummer, string? Kundnummer, string? PersonnummerFel, string? KundnummerFel);

    public sealed record Huvud(int Id, Mottagartyp Typ, string Namn, string? Personnummer, string? Kundnummer, Adress? Adress, string? Telefon, bool Skyddad, string? Hemregion, string? Baskod, string? Betalare);

    public sealed record Komponent(int IndividId, string Artikelnummer, string Benamning, int Antal);

    /// <summary>A device the mottagare has: an individ (<see cref="IndividId"/>), or a delivered order row without one (<see cref="OrderradId"/>).
    /// <see cref="Skickad"/> is when the order it came on was sent (UTC; "Ord.datum"), when there is one.
    /// <see cref="KomponenterPaVag"/> counts components ordered to complete the individ and not yet delivered.
    /// <see cref="PaHamtorder"/>: it is on an open hämtorder (the tab's "Hämtorder Ja/Nej").</summary>
    public sealed record Hjalpmedel(
        int? BestallningId, string? Ordernummer, string Artikelnummer, string Benamning, string IsoKod, Artikeltyp Artikeltyp,
        int? IndividId, string? Individnummer, int AntalKomponenter, DateOnly? Levererad, int Antal, Debiteringsform Agare,
        int? OrderradId = null, string? Serienummer = null, DateTime? Skickad = null, int KomponenterPaVag = 0, int? OrderTjanstestalleId = null,
        bool PaHamtorder = false);

    /// <summary>The expanded komponent list of one individ: those it has, and how many more are on their way.</summary>
    public sealed record Komponentlista(string Individnummer, IReadOnlyList<Komponent> Komponenter, int PaVag);

    public sealed record Bestalltrad(int BestallningId, string? Ordernummer, DateTime? Skickad, string Artikelnummer, string Benamning, int Antal, Radstatus Status, DateOnly? Planerat, int OrderTjanstestalleId);

    public sealed record Avgiftsrad(int BestallningId, string? Ordernummer, string Artikelnummer, string Benamning, string? Individnummer, decimal Belopp, bool NittioDagar, DateOnly Levererad, DateOnly FakturerbarFran, string Status, int OrderTjanstestalleId);

    public sealed record Aterlamnad(int? BestallningId, string? Ordernummer, string Artikelnummer, string Benamning, string? Individnummer, DateOnly? Levererad, DateOnly Datum, int Antal, int? OrderTjanstestalleId);

    /// <summary>A hämtorder of the mottagare that is not closed; <see cref="Lank"/> when the user may open it (it is unit-bound).</summary>
    public sealed record OppenHamtorder(string Nummer, bool Lank);

    /// <summary>The mottagare's open hämtordrar and the devices on them: individer and order rows without one.</summary>
    private sealed record Hamtas(IReadOnlyList<OppenHamtorder> Hamtordrar, IReadOnlySet<int> Individer, IReadOnlySet<int> Orderrader)
    {
        public static readonly Hamtas Inga = new([], new HashSet<int>(), new HashSet<int>());
    }

    public sealed record Filter(string? Iso, Artikeltyp? Artikeltyp, bool EndastIndivider, Debiteringsform? Debiteringsform)
    {
        public static readonly Filter Inget = new(null, null, false, null);
    }

    public sealed record Vymodell(
        Huvud Mottagare,
        string Flik,
        Filter Filter,
        IReadOnlyList<Hjalpmedel> Hjalpmedel,
        IReadOnlyList<Bestalltrad> Bestallt,
        IReadOnlyList<Avgiftsrad> Avgifter,
        IReadOnlyList<Aterlamnad> Aterlamnat,
        string? Telefon,
        string? TelefonFel,
        string? Meddelande,
        Func<int, bool> FarSeOrder,
        IReadOnlyList<OppenHamtorder> OppnaHamtordrar,
        bool KanSkapaHamtorder)
    {
        public const string AnnanEnhetsOrder = "Beställningsnummer utan länk hör till ett annat tjänsteställe än det du arbetar i.";

        /// <summary>Whether the shown tab lists another unit's order, so it explains why that number is not a link. Only
        /// the shown tab's rows are read, so looking through every list looks through that tab's.</summary>
        public bool HarAnnanEnhetsOrder =>
            Hjalpmedel.Select(h => h.OrderTjanstestalleId)
                .Concat(Bestallt.Select(r => (int?)r.OrderTjanstestalleId))
                .Concat(Avgifter.Select(a => (int?)a.OrderTjanstestalleId))
                .Concat(Aterlamnat.Select(a => a.OrderTjanstestalleId))
                .Any(t => t is { } enhet && !FarSeOrder(enhet));

        private static readonly HtmlString IngenOrder = new("<span class=\"text-muted\">–</span>");

        /// <summary>An order a row came on: its number, linked when the user may open the order; a dash when there is none.
        /// One piece of HTML per cell: the Hjälpmedel tab writes it for each of a patient's hundreds of rows.</summary>
        public IHtmlContent Order(int? bestallningId, string? ordernummer, int? tjanstestalleId)
        {
            if (bestallningId is not { } id)
            {
                return IngenOrder;
            }
            var nummer = HtmlEncoder.Default.Encode(ordernummer ?? "");
            return new HtmlString(tjanstestalleId is { } enhet && FarSeOrder(enhet)
                ? $"<a href=\"/bestallning/{id.ToString(CultureInfo.InvariantCulture)}\">{nummer}</a>"
                : nummer);
        }
    }

    [HttpGet("/mottagare")]
    public IActionResult Index() => View(new Sokmodell(null, null, null, null));

    [HttpPost("/mottagare")]
    public async Task<IActionResult> Sok(string? personnummer, string? kundnummer, string? sok, CancellationToken ct)
    {
        // The page has one form per kind of mottagare; the button says which was used, so an empty kundnummer is
        // answered under Kundnummer rather than as a missing personnummer.
        var arVardenhet = sok == "vardenhet" || (sok is null && !string.IsNullOrWhiteSpace(kundnummer) && string.IsNullOrWhiteSpace(personnummer));
        if (arVardenhet)
        {
            if (string.IsNullOrWhiteSpace(kundnummer))
            {
                return SokFel(personnummer, kundnummer, null, "Ange kundnummer.");
            }
            var nummer = kundnummer.Trim();
            var vardenhet = await db.Mottagare.AsNoTracking()
                .Where(m => m.Typ == Mottagartyp.Vardenhet && m.Kundnummer == nummer)
                .Select(m => (int?)m.Id)
                .FirstOrDefaultAsync(ct);
            return vardenhet is { } id
                ? Redirect($"/mottagare/{id}")
                : SokFel(personnummer, kundnummer, null, $"Det finns ingen vårdenhet med kundnummer {nummer}.");
        }
        if (!Personnummer.TryParse(personnummer, Svensktid.Idag(klocka.GetUtcNow()), out var pnr, out var fel))
        {
            return SokFel(personnummer, kundnummer, fel, null);
        }
        var patient = await db.Mottagare.AsNoTracking()
            .Where(m => m.Personnummer == pnr)
            .Select(m => (int?)m.Id)
            .FirstOrDefaultAsync(ct);
        return patient is { } patientId
            ? Redirect($"/mottagare/{patientId}")
            : SokFel(personnummer, kundnummer, "Det finns ingen patient med det personnumret i Sesam.", null);
    }

    [HttpGet("/mottagare/{id:int}")]
    public async Task<IActionResult> Visa(int id, string? flik, string? iso, Artikeltyp? artikeltyp, bool endastIndivider, Debiteringsform? debiteringsform, CancellationToken ct) =>
        await VisaAsync(id, flik, new Filter(string.IsNullOrWhiteSpace(iso) ? null : iso.Trim(), artikeltyp, endastIndivider, debiteringsform), null, null, ct);

    /// <summary>
    /// The komponenter of one individ the mottagare holds: the Hjälpmedel tab shows each individ's component count
    /// and loads the list when the user expands it. A patient with hundreds of devices rarely has more than one
    /// expanded, so the tab does not read and render every komponent up front.
    /// </summary>
    [HttpGet("/mottagare/{id:int}/komponenter/{individId:int}")]
    public async Task<IActionResult> Komponenter(int id, int individId, CancellationToken ct)
    {
        var individnummer = await db.Individer.Where(i => i.Id == individId && i.MottagareId == id).Select(i => i.Individnummer).FirstOrDefaultAsync(ct);
        if (individnummer is null)
        {
            return NotFound();
        }
        var komponenter = await KomponenterAsync([individId], ct);
        var paVag = await aktuell.OrderraderPaVag().CountAsync(r => r.KompletterarIndividId == individId, ct);
        await pdl.LoggaAsync("Läsning", "Mottagarbilden: komponenterna för ett hjälpmedel visade.", id, ct);
        return PartialView("_Komponenter", new Komponentlista(individnummer, komponenter[individId].ToList(), paVag));
    }

    [HttpPost("/mottagare/{id:int}/telefon")]
    public async Task<IActionResult> AndraTelefon(int id, string? telefon, CancellationToken ct)
    {
        var mottagare = await db.Mottagare.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mottagare is null)
        {
            return NotFound();
        }
        if (mottagare.SkyddadIdentitet)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        try
        {
            mottagare.AndraTelefon(telefon);
        }
        catch (DomainException ex)
        {
            return await VisaAsync(id, "hjalpmedel", Filter.Inget, telefon, ex.Message, ct);
        }
        await db.SaveChangesAsync(ct);
        await pdl.LoggaAsync("Ändring", "Telefonnummer ändrat i mottagarbilden.", id, ct);
        TempData["Meddelande"] = "Telefonnumret är sparat.";
        return Redirect($"/mottagare/{id}");
    }

    [HttpGet("/mottagare/{id:int}/hjalpmedelslista")]
    public async Task<IActionResult> Hjalpmedelslista(int id, CancellationToken ct)
    {
        var huvud = await HuvudAsync(id, ct);
        if (huvud is null)
        {
            return NotFound();
        }
        var (_, hjalpmedel) = await HjalpmedelAsync(id, Filter.Inget, ct);
        var komponenter = await KomponenterAsync(hjalpmedel.Where(h => h.AntalKomponenter > 0).Select(h => h.IndividId!.Value).ToList(), ct);
        await pdl.LoggaAsync("Utskrift", "Hjälpmedelslista skriven ut (PDF).", id, ct);

        using var rapport = new PdfRapport("Hjälpmedelslista", "Hjälpmedelslista – Sesam");
        rapport.Rubrik("Hjälpmedelslista");
        rapport.Uppgifter([
            (huvud.Typ == Mottagartyp.Patient ? "Patient" : "Vårdenhet", huvud.Namn),
            (huvud.Typ == Mottagartyp.Patient ? "Personnummer" : "Kundnummer", (huvud.Typ == Mottagartyp.Patient ? huvud.Personnummer : huvud.Kundnummer) ?? "–"),
            ("Adress", SkyddadIdentitet.Visa(huvud.Skyddad, huvud.Adress?.ToString())),
            ("Utskriven", Svensktid.Visa(klocka.GetUtcNow().UtcDateTime)),
        ]);
        if (hjalpmedel.Count == 0)
        {
            rapport.Stycke("Mottagaren har inga hjälpmedel registrerade i Sesam.");
        }
        else
        {
            rapport.Tabell(
                ["Artikel", "Benämning", "Individ", "Ord.datum", "Lev.datum", "Antal", "Ägare"],
                hjalpmedel.Select(h => (IReadOnlyList<string>)[
                    h.Artikelnummer,
                    h.Benamning + string.Concat(komponenter[h.IndividId ?? 0].Select(k => $"\n  + {k.Artikelnummer} {k.Benamning} ({k.Antal})")),
                    h.Individnummer ?? "",
                    h.Skickad is { } skickad ? Svensktid.Datum(skickad).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
                    h.Levererad?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    h.Antal.ToString(CultureInfo.InvariantCulture),
                    h.Agare.Agare()]));
        }
        return File(rapport.Spara(), "application/pdf", $"hjalpmedelslista-{id}.pdf");
    }

    public sealed record LaneforbindelseModell(Huvud Mottagare, LaneforbindelseVal Val);

    /// <summary>
    /// "Registrera/skapa → Låneförbindelse": an ansvarsblankett made afterwards, for the devices the patient has now
    /// (those of the Hjälpmedel tab). None is ticked: the user picks "aktuellt hjälpmedel", as the manuals describe.
    /// </summary>
    [HttpGet("/mottagare/{id:int}/laneforbindelse")]
    public async Task<IActionResult> Laneforbindelse(int id, CancellationToken ct)
    {
        var huvud = await HuvudAsync(id, ct);
        if (huvud is not { Typ: Mottagartyp.Patient })
        {
            return NotFound();
        }
        var (_, hjalpmedel) = await HjalpmedelAsync(id, Filter.Inget, ct);
        await pdl.LoggaAsync("Läsning", "Låneförbindelse: patientens hjälpmedel visade för val.", id, ct);
        return View("Laneforbindelse", LaneforbindelseVy(huvud, hjalpmedel, Gemensamt.Laneforbindelse.Forval(hjalpmedel.Select(h => h.IsoKod)), [], []));
    }

    [HttpPost("/mottagare/{id:int}/laneforbindelse")]
    public async Task<IActionResult> SkapaLaneforbindelse(int id, string? mall, int[] individ, int[] rad, CancellationToken ct)
    {
        var huvud = await HuvudAsync(id, ct);
        if (huvud is not { Typ: Mottagartyp.Patient })
        {
            return NotFound();
        }
        var (_, hjalpmedel) = await HjalpmedelAsync(id, Filter.Inget, ct);
        // Only what the patient has now can be on it: ids of other devices are ignored, never printed.
        var valda = hjalpmedel.Where(h => (h.IndividId is { } i && individ.Contains(i)) || (h.OrderradId is { } r && rad.Contains(r))).ToList();
        var vald = Gemensamt.Laneforbindelse.Mall(mall);
        if (vald is null)
        {
            ModelState.AddModelError("mall", Gemensamt.Laneforbindelse.IngenMall);
        }
        if (valda.Count == 0)
        {
            ModelState.AddModelError("hjalpmedel", Gemensamt.Laneforbindelse.IngetHjalpmedel);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Laneforbindelse", LaneforbindelseVy(huvud, hjalpmedel, mall ?? "", individ, rad));
        }

        var uppgifter = new Laneforbindelseuppgifter(
            Gemensamt.Laneforbindelse.Region(konfiguration),
            huvud.Namn,
            huvud.Personnummer,
            huvud.Adress?.ToString(),
            huvud.Skyddad,
            await ForskrivareAsync(valda, ct),
            valda.Any(h => h.Ordernummer is not null) ? string.Join(", ", valda.Select(h => h.Ordernummer).OfType<string>().Distinct()) : null,
            Svensktid.Idag(klocka.GetUtcNow()),
            valda.Select(h => new LanatHjalpmedel(h.Artikelnummer, h.Benamning, h.Individnummer, h.Serienummer)).ToList());
        await pdl.LoggaAsync("Utskrift", $"{vald!.Namn} skapad från mottagarbilden (PDF) för {valda.Count} hjälpmedel.", id, ct);
        return File(Gemensamt.Laneforbindelse.Skapa(vald, uppgifter), "application/pdf", $"laneforbindelse-mottagare-{id}.pdf");
    }

    /// <summary>
    /// Who prescribed the chosen devices: the förskrivare and tjänsteställe of the orders they came on, whoever prints
    /// the blankett later. A device without an order (delivered before Sesam) has no förskrivare on record, so the user
    /// issuing the blankett, in the active tjänsteställe, answers for it.
    /// </summary>
    private async Task<IReadOnlyList<LaneforbindelseForskrivare>> ForskrivareAsync(List<Hjalpmedel> valda, CancellationToken ct)
    {
        var ordrar = valda.Select(h => h.BestallningId).OfType<int>().Distinct().ToList();
        var franOrdrar = await db.Bestallningar.AsNoTracking()
            .Where(b => ordrar.Contains(b.Id))
            .OrderBy(b => b.Id)
            .Select(b => new
            {
                Namn = b.Forskrivare.Fornamn + " " + b.Forskrivare.Efternamn,
                b.Forskrivare.Forskrivarkod,
                Tjanstestalle = b.Tjanstestalle.Namn,
                b.Tjanstestalle.Adress,
                b.Tjanstestalle.Telefon,
            })
            .ToListAsync(ct);
        var forskrivare = franOrdrar.Select(f => new LaneforbindelseForskrivare(f.Namn, f.Forskrivarkod, f.Tjanstestalle, f.Adress.ToString(), f.Telefon)).ToList();
        if (valda.Any(h => h.BestallningId is null))
        {
            var anvandare = await aktuell.HamtaAsync(ct);
            var tjanstestalle = await aktuell.TjanstestalleAsync(ct);
            forskrivare.Add(new LaneforbindelseForskrivare(anvandare.Namn, anvandare.Forskrivarkod, tjanstestalle.Namn, tjanstestalle.Adress.ToString(), tjanstestalle.Telefon));
        }
        return forskrivare.Distinct().ToList();
    }

    private static LaneforbindelseModell LaneforbindelseVy(Huvud huvud, IReadOnlyList<Hjalpmedel> hjalpmedel, string mall, int[] individ, int[] rad) =>
        new(huvud, new LaneforbindelseVal(
            $"/mottagare/{huvud.Id}/laneforbindelse",
            mall,
            hjalpmedel.Select(h => h.IndividId is { } individId
                    ? new LaneforbindelseVal.Alternativ("individ", individId, Etikett(h), individ.Contains(individId))
                    : new LaneforbindelseVal.Alternativ("rad", h.OrderradId!.Value, Etikett(h), rad.Contains(h.OrderradId.Value)))
                .ToList(),
            "hjalpmedel",
            $"/mottagare/{huvud.Id}"));

    private static string Etikett(Hjalpmedel h) =>
        $"{h.Artikelnummer} {h.Benamning}"
        + (h.Individnummer is null ? $", antal {h.Antal}" : $", individ {h.Individnummer}")
        + (h.Levererad is { } levererad ? $", levererad {levererad:yyyy-MM-dd}" : "")
        + (h.Ordernummer is null ? "" : $", beställning {h.Ordernummer}");

    private ViewResult SokFel(string? personnummer, string? kundnummer, string? personnummerFel, string? kundnummerFel)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", new Sokmodell(personnummer, kundnummer, personnummerFel, kundnummerFel));
    }

    private async Task<IActionResult> VisaAsync(int id, string? flik, Filter filter, string? telefon, string? telefonFel, CancellationToken ct)
    {
        var huvud = await HuvudAsync(id, ct);
        if (huvud is null)
        {
            return NotFound();
        }
        var visadFlik = flik is "bestallt" or "patientavgifter" or "aterlamnat" ? flik : "hjalpmedel";
        // The entry is committed while the tab is read, not after it: each view used to wait for a group commit of the
        // log with nothing else to do. Nothing is rendered until both are done.
        var loggning = pdl.LoggaAsync("Läsning", $"Mottagarbilden visad, flik {visadFlik}.", id, ct);
        var lasning = FlikAsync(id, visadFlik, filter, ct);
        await Task.WhenAll(loggning, lasning);
        var (hamtas, hjalpmedel, bestallt, avgifter, aterlamnat) = await lasning;
        if (telefonFel is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        // Patients are region-wide, orders belong to a tjänsteställe: an order of another unit is named, not linked.
        return View("Visa", new Vymodell(huvud, visadFlik, filter, hjalpmedel, bestallt, avgifter, aterlamnat,
            telefon ?? huvud.Telefon, telefonFel, TempData["Meddelande"] as string, aktuell.FarSeFunktion(), hamtas.Hamtordrar, KanSkapaHamtorder()));
    }

    private sealed record Flik(Hamtas Hamtas, IReadOnlyList<Hjalpmedel> Hjalpmedel, IReadOnlyList<Bestalltrad> Bestallt,
        IReadOnlyList<Avgiftsrad> Avgifter, IReadOnlyList<Aterlamnad> Aterlamnat);

    /// <summary>The rows of the tab shown; only the Hjälpmedel tab shows the open hämtordrar and the Ja/Nej column.</summary>
    private async Task<Flik> FlikAsync(int id, string visadFlik, Filter filter, CancellationToken ct)
    {
        switch (visadFlik)
        {
            case "bestallt":
                return new Flik(Hamtas.Inga, [], await BestalltAsync(id, ct), [], []);
            case "patientavgifter":
                return new Flik(Hamtas.Inga, [], [], await AvgifterAsync(id, ct), []);
            case "aterlamnat":
                return new Flik(Hamtas.Inga, [], [], [], await AterlamnatAsync(id, ct));
            default:
                var (hamtas, hjalpmedel) = await HjalpmedelAsync(id, filter, ct);
                return new Flik(hamtas, hjalpmedel, [], [], []);
        }
    }

    /// <summary>Compiled, as every view of a patient runs it (<see cref="KompileradFraga{TParameter, TResultat}"/>).</summary>
    private static readonly KompileradFraga<int, Sesam.Domain.Mottagare.Mottagare?> MottagareFraga = new((db, id, ct) => db.Mottagare.AsNoTracking()
        .Include(x => x.Baskoder).ThenInclude(b => b.Baskod)
        .SingleOrDefault(x => x.Id == id));

    private async Task<Huvud?> HuvudAsync(int id, CancellationToken ct)
    {
        var m = await MottagareFraga.KorAsync(db, id, ct);
        if (m is null)
        {
            return null;
        }
        var baskod = m.GallandeBaskod(Svensktid.Idag(klocka.GetUtcNow()));
        return new Huvud(m.Id, m.Typ, m.Namn, m.Personnummer?.Formaterat, m.Kundnummer, m.Adress, m.Telefon, m.SkyddadIdentitet, m.Hemregion,
            baskod is null ? null : $"{baskod.Baskod.Kod} {baskod.Baskod.Benamning}", baskod?.Baskod.Betalare);
    }

    /// <summary>
    /// What the mottagare has: the individer they hold now, and the delivered order rows without an individ
    /// (accessories, consumables), newest first; and the open hämtordrar, with which of the devices are on one. The
    /// order an individ came on is its latest delivered row, matched in memory. The artiklar's columns come from the
    /// <see cref="Artikelindex"/>: joining the catalogue table was one index look-up per row, most of the database's
    /// work for a patient with 200 devices. The filters therefore apply in memory, to the patient's own rows.
    /// </summary>
    private async Task<(Hamtas Hamtas, IReadOnlyList<Hjalpmedel> Hjalpmedel)> HjalpmedelAsync(int id, Filter filter, CancellationToken ct)
    {
        var las = await db.Sqlfragor.HjalpmedelAsync(id, aktuell.SerAllaTjanstestallen ? null : aktuell.TjanstestalleId, ct);
        var katalog = await artikelindex.VidVersionAsync(las.Katalogversion, ct);
        var farSe = aktuell.FarSeFunktion();
        var rader = las.OppnaHamtorderrader;
        var hamtas = new Hamtas(
            rader.DistinctBy(r => r.Hamtordernummer).OrderBy(r => r.Registrerad).Select(r => new OppenHamtorder(r.Hamtordernummer, farSe(r.TjanstestalleId))).ToList(),
            rader.Select(r => r.IndividId).OfType<int>().ToHashSet(),
            rader.Select(r => r.OrderradId).OfType<int>().ToHashSet());

        var senasteOrder = new Dictionary<int, Hjalpmedelsrader.LevereradRad>();
        foreach (var r in las.Levererade)
        {
            if (r.IndividId is { } individId && (!senasteOrder.TryGetValue(individId, out var tidigare) || tidigare.Id < r.Id))
            {
                senasteOrder[individId] = r;
            }
        }
        var lista = new List<Hjalpmedel>(las.Individer.Count + las.Levererade.Count);
        foreach (var i in las.Individer)
        {
            var artikel = katalog.Artikel(i.ArtikelId);
            var order = senasteOrder.GetValueOrDefault(i.Id);
            lista.Add(new Hjalpmedel(order?.BestallningId, order?.Ordernummer, artikel.Artikelnummer, artikel.Benamning, artikel.IsoKod, artikel.Artikeltyp,
                i.Id, i.Individnummer, i.Komponenter, i.LevereradDatum, 1, i.Agare, null, i.Serienummer, order?.Skickad, i.PaVag, order?.TjanstestalleId,
                hamtas.Individer.Contains(i.Id)));
        }
        if (!filter.EndastIndivider)
        {
            foreach (var r in las.Levererade.Where(r => r.IndividId is null))
            {
                var artikel = katalog.Artikel(r.ArtikelId);
                lista.Add(new Hjalpmedel(r.BestallningId, r.Ordernummer, artikel.Artikelnummer, artikel.Benamning, artikel.IsoKod, artikel.Artikeltyp,
                    null, null, 0, r.LevereradDatum, r.Antal, r.Debiteringsform, r.Id, null, r.Skickad, 0, r.TjanstestalleId,
                    hamtas.Orderrader.Contains(r.Id)));
            }
        }
        var hjalpmedel = lista
            .Where(h => (filter.Iso is null || h.IsoKod.StartsWith(filter.Iso, StringComparison.Ordinal))
                && (filter.Artikeltyp is null || h.Artikeltyp == filter.Artikeltyp)
                && (filter.Debiteringsform is null || h.Agare == filter.Debiteringsform))
            .OrderByDescending(h => h.Levererad).ThenBy(h => h.Artikelnummer, StringComparer.Ordinal)
            .ToList();
        return (hamtas, hjalpmedel);
    }

    private async Task<ILookup<int, Komponent>> KomponenterAsync(List<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return Array.Empty<Komponent>().ToLookup(k => k.IndividId);
        }
        var komponenter = await db.Set<IndividKomponent>().AsNoTracking()
            .Where(k => ids.Contains(k.IndividId))
            .OrderBy(k => k.Artikel.Artikelnummer)
            .Select(k => new Komponent(k.IndividId, k.Artikel.Artikelnummer, k.Artikel.Benamning, k.Antal))
            .ToListAsync(ct);
        return komponenter.ToLookup(k => k.IndividId);
    }

    /// <summary>Ordered but not delivered: rows of sent orders that are neither delivered nor makulerade.</summary>
    private async Task<IReadOnlyList<Bestalltrad>> BestalltAsync(int id, CancellationToken ct) =>
        await db.Orderrader.AsNoTracking()
            .Where(r => r.Bestallning.MottagareId == id
                && r.Bestallning.Status != Orderstatus.Pagaende && r.Bestallning.Status != Orderstatus.Makulerad
                && (r.Status == Radstatus.Registrerad || r.Status == Radstatus.Restnoterad))
            .OrderByDescending(r => r.Bestallning.Skickad).ThenBy(r => r.Radnummer)
            .Select(r => new Bestalltrad(r.BestallningId, r.Bestallning.Ordernummer, r.Bestallning.Skickad, r.Artikel.Artikelnummer, r.Artikel.Benamning, r.Antal, r.Status, r.PlaneratLeveransdatum,
                r.Bestallning.TjanstestalleId))
            .ToListAsync(ct);

    private async Task<IReadOnlyList<Avgiftsrad>> AvgifterAsync(int id, CancellationToken ct)
    {
        var rader = await db.Patientavgifter.AsNoTracking()
            .Where(p => p.MottagareId == id)
            .OrderByDescending(p => p.LevereradDatum)
            .Select(p => new
            {
                Avgift = p,
                p.Orderrad.BestallningId,
                p.Orderrad.Bestallning.Ordernummer,
                p.Orderrad.Bestallning.TjanstestalleId,
                p.Artikel.Artikelnummer,
                p.Artikel.Benamning,
                Individnummer = p.Individ != null ? p.Individ.Individnummer : null,
            })
            .ToListAsync(ct);
        return rader.Select(r => new Avgiftsrad(r.BestallningId, r.Ordernummer, r.Artikelnummer, r.Benamning, r.Individnummer,
            r.Avgift.Belopp, r.Avgift.NittioDagarsRegel, r.Avgift.LevereradDatum, r.Avgift.FakturerbarFran, r.Avgift.StatusText, r.TjanstestalleId)).ToList();
    }

    /// <summary>
    /// Returned devices, derived from what is recorded: an individ delivered to this mottagare on an order that the
    /// mottagare no longer holds and whose history shows it was taken back after that delivery; individer received on
    /// one of the mottagare's hämtordrar (also those delivered before Sesam, without an order); and delivered rows
    /// without an individ that came back on a hämtorder.
    /// </summary>
    private async Task<IReadOnlyList<Aterlamnad>> AterlamnatAsync(int id, CancellationToken ct)
    {
        var individrader = await db.Orderrader.AsNoTracking()
            .Where(r => r.Bestallning.MottagareId == id && r.IndividId != null && r.Status == Radstatus.Levererad && r.Individ!.MottagareId != id)
            .Select(r => new
            {
                r.BestallningId,
                r.Bestallning.Ordernummer,
                r.Bestallning.TjanstestalleId,
                r.Artikel.Artikelnummer,
                r.Artikel.Benamning,
                r.IndividId,
                r.Individ!.Individnummer,
                r.LevereradDatum,
                Aterlamnad = r.Individ.Historik
                    .Where(h => h.Typ == Individhandelser.Aterlamnad)
                    .OrderBy(h => h.Tidpunkt)
                    .Select(h => (DateTime?)h.Tidpunkt)
                    .ToList(),
            })
            .ToListAsync(ct);
        var ovriga = await db.Orderrader.AsNoTracking()
            .Where(r => r.Bestallning.MottagareId == id && r.AterlamnadDatum != null)
            .Select(r => new Aterlamnad(r.BestallningId, r.Bestallning.Ordernummer, r.Artikel.Artikelnummer, r.Artikel.Benamning, null, r.LevereradDatum,
                r.AterlamnadDatum!.Value, r.Antal, r.Bestallning.TjanstestalleId))
            .ToListAsync(ct);
        // Individer scrapped on their way back have no Återlämnad event: the hämtordrar and returer that took them say when.
        var hamtade = await db.Hamtordrar.AsNoTracking()
            .Where(h => h.MottagareId == id && h.Status == Hamtorderstatus.Stangd)
            .Join(db.Hamtorderrader.Where(r => r.IndividId != null), h => h.Id, r => r.HamtorderId,
                (h, r) => new { IndividId = r.IndividId!.Value, r.Artikel.Artikelnummer, r.Artikel.Benamning, r.Individ!.Individnummer, Tid = h.Avslutad!.Value })
            .ToListAsync(ct);
        var returnerade = await db.Returer.AsNoTracking()
            .Where(x => x.MottagareId == id)
            .Join(db.Returrader.Where(r => r.IndividId != null), x => x.Id, r => r.ReturId,
                (x, r) => new { IndividId = r.IndividId!.Value, r.Artikel.Artikelnummer, r.Artikel.Benamning, r.Individ!.Individnummer, Tid = x.Registrerad })
            .ToListAsync(ct);
        var medOrder = individrader
            .Select(r => (Rad: r, Tid: r.Aterlamnad.FirstOrDefault(t => r.LevereradDatum is null || Svensktid.Datum(t!.Value) >= r.LevereradDatum)))
            .Where(x => x.Tid is not null)
            .Select(x => (x.Rad.IndividId, Rad: new Aterlamnad(x.Rad.BestallningId, x.Rad.Ordernummer, x.Rad.Artikelnummer, x.Rad.Benamning, x.Rad.Individnummer,
                x.Rad.LevereradDatum, Svensktid.Datum(x.Tid!.Value), 1, x.Rad.TjanstestalleId)))
            .ToList();
        var utanHandelse = hamtade.Concat(returnerade)
            .Select(h => (h.IndividId, h.Artikelnummer, h.Benamning, h.Individnummer, Datum: Svensktid.Datum(h.Tid)))
            .Where(h => !medOrder.Any(m => m.IndividId == h.IndividId && m.Rad.Datum == h.Datum))
            .Select(h => individrader.Where(r => r.IndividId == h.IndividId && (r.LevereradDatum is null || r.LevereradDatum <= h.Datum)).MaxBy(r => r.LevereradDatum) is { } r
                ? new Aterlamnad(r.BestallningId, r.Ordernummer, r.Artikelnummer, r.Benamning, r.Individnummer, r.LevereradDatum, h.Datum, 1, r.TjanstestalleId)
                : new Aterlamnad(null, null, h.Artikelnummer, h.Benamning, h.Individnummer, null, h.Datum, 1, null));
        return medOrder.Select(m => m.Rad)
            .Concat(utanHandelse)
            .Concat(ovriga)
            .OrderByDescending(a => a.Datum)
            .ToList();
    }
}
