using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Artiklar;
using Sesam.Web.Features.Bestallning;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Bestallningsmallar;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;
using Sesam.Domain.Organisation;

/// <summary>
/// Artiklar → Beställningsmallar: the active tjänsteställe's saved lists for lagerpåfyllnad of its förråd. Open a mall,
/// click Lagerpåfyllnad, then Beställ per row (the antal can be changed first); ordered rows are ticked. Förskrivare and
/// beställare of the tjänsteställe create and edit its mallar; the administrator sees all and removes them.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
[Route("bestallningsmallar")]
public sealed class BestallningsmallarController(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, ArtikelSok artikelSok) : Controller
{
    public const string Andrad = "Beställningsmallen har ändrats av någon annan sedan du öppnade den. Det du skrev finns kvar nedan; kontrollera mot den aktuella mallen och spara igen.";

    public sealed record Listrad(int Id, string Namn, string? Beskrivning, string Tjanstestalle, string Lager, int Artiklar, DateTime Andrad);

    public sealed record IndexModell(IReadOnlyList<Listrad> Mallar, bool KanSkapa, IReadOnlyList<Val> Tjanstestallen, Nyformular Formular, string? Fel);

    public sealed class Nyformular
    {
        public string? Namn { get; set; }
        public string? Beskrivning { get; set; }
        public int? TjanstestalleId { get; set; }
    }

    /// <param name="Hinder">Why the row cannot be ordered now ("Ogiltiga artiklar"), or null.</param>
    public sealed record Mallrad(int Id, string Artikelnummer, string Benamning, Artikelstatus Status, int Antal, int Tillgangligt, string? Hinder, bool Tillagd);

    /// <param name="KanBestalla">May the user refill the förråd from this mall (förskrivare or beställare of its tjänsteställe)?</param>
    public sealed record Mallhuvud(int Id, string Namn, string? Beskrivning, string Tjanstestalle, int LagerId, string Lager, DateTime Andrad, int Version,
        bool KanAndra, bool KanBestalla);

    public sealed record VisaModell(Mallhuvud Mall, IReadOnlyList<Mallrad> Rader, int? Lagerpafyllnad, string? Meddelande, string? Fel);

    public sealed class Redigeringsformular
    {
        public string? Namn { get; set; }
        public string? Beskrivning { get; set; }
        public int Version { get; set; }
        /// <summary>Each row's antal as typed, by row id ("Antal[id]"): by position, one emptied field would shift the rest.</summary>
        public Dictionary<int, string?> Antal { get; set; } = [];
    }

    public sealed record RedigeraModell(Mallhuvud Mall, IReadOnlyList<Mallrad> Rader, Redigeringsformular Formular, string? Sok, IReadOnlyList<ArtikelTraff> Traffar,
        string? Meddelande, IReadOnlyDictionary<string, string> Fel, bool KanTaBort);

    private DateTime Nu => klocka.GetUtcNow().UtcDateTime;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("Index", await IndexVyAsync(new Nyformular(), null, ct));

    [HttpPost("ny")]
    public async Task<IActionResult> Skapa(Nyformular formular, CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        var tjanstestalleId = formular.TjanstestalleId ?? aktuell.TjanstestalleId;
        var tjanstestalle = await db.Tjanstestallen.Include(t => t.Forrad).SingleOrDefaultAsync(t => t.Id == tjanstestalleId, ct);
        if (tjanstestalle is null || !Bestallningsmall.FarAndra(anvandare, tjanstestalle))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        string fel;
        try
        {
            var mall = new Bestallningsmall(formular.Namn ?? "", formular.Beskrivning, tjanstestalle, anvandare, Nu);
            db.Bestallningsmallar.Add(mall);
            await db.SaveChangesAsync(ct);
            TempData["Meddelande"] = $"Beställningsmallen {mall.Namn} är skapad. Lägg till artiklar nedan.";
            return Redirect($"/bestallningsmallar/{mall.Id}/redigera");
        }
        catch (DomainException ex)
        {
            fel = ex.Message;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            fel = NamnetFinns(formular.Namn, tjanstestalle.Visningsnamn);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", await IndexVyAsync(formular, fel, ct));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Visa(int id, CancellationToken ct)
    {
        var mall = await HuvudAsync(id, ct);
        return mall is null ? NotFound() : View("Visa", await VisaVyAsync(mall, TempData["Meddelande"] as string, TempData["Fel"] as string, ct));
    }

    /// <summary>"Lagerpåfyllnad": starts (or continues) the user's lagerpåfyllnad to the mall's förråd, so its rows can be ordered.</summary>
    [HttpPost("{id:int}/lagerpafyllnad")]
    public async Task<IActionResult> Lagerpafyllnad(int id, CancellationToken ct)
    {
        var mall = await Avgransade().Include(m => m.Tjanstestalle).ThenInclude(t => t.Forrad).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mall is null)
        {
            return NotFound();
        }
        var anvandare = await aktuell.HamtaAsync(ct);
        if (!KanBestalla(anvandare, mall.Tjanstestalle))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        await Lagerpafyllnader.HamtaEllerSkapaAsync(db, anvandare, mall.Tjanstestalle, Nu, samleverans: true, ct);
        await aktuell.ArbetaIAsync(mall.TjanstestalleId, ct);
        TempData["Meddelande"] = "Pågående lagerpåfyllnad är startad. Klicka Beställ på de rader du vill beställa; antalet kan ändras först.";
        return Redirect($"/bestallningsmallar/{id}");
    }

    /// <summary>"Beställ" on a row: the artikel, with the antal the user set, goes into the pågående lagerpåfyllnad.</summary>
    [HttpPost("{id:int}/bestall")]
    public async Task<IActionResult> Bestall(int id, int rad, int? antal, CancellationToken ct)
    {
        var mall = await Avgransade().AsNoTracking().Include(m => m.Tjanstestalle).Include(m => m.Rader).ThenInclude(r => r.Artikel)
            .SingleOrDefaultAsync(m => m.Id == id, ct);
        var mallrad = mall?.Rader.SingleOrDefault(r => r.Id == rad);
        if (mall is null || mallrad is null)
        {
            return NotFound();
        }
        var anvandare = await aktuell.HamtaAsync(ct);
        if (!KanBestalla(anvandare, mall.Tjanstestalle))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await BestallAsync(mall, mallrad, antal, ct) is { } fel)
        {
            TempData["Fel"] = fel;
        }
        else
        {
            TempData["Meddelande"] = $"{antal} st {mallrad.Artikel.Artikelnummer} {mallrad.Artikel.Benamning} är tillagd i lagerpåfyllnaden.";
        }
        return Redirect($"/bestallningsmallar/{id}#rad-{rad}");
    }

    [HttpGet("{id:int}/redigera")]
    public async Task<IActionResult> Redigera(int id, string? sok, CancellationToken ct)
    {
        var mall = await HuvudAsync(id, ct);
        if (mall is null)
        {
            return NotFound();
        }
        if (!mall.KanAndra)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var formular = await FormularAsync(mall, ct);
        return View("Redigera", await RedigeraVyAsync(mall, formular, sok, new Dictionary<string, string>(), TempData["Meddelande"] as string, ct));
    }

    /// <summary>"Spara ändringar": name, description and every row's antal, in the version the user saw. The artikel search
    /// beside the form (<paramref name="sok"/>) stays on the page.</summary>
    /// <param name="sokt">The search term the hits on the page are for.</param>
    /// <param name="enter">Sent by the form's first, hidden button, which Enter in any of its fields clicks.</param>
    [HttpPost("{id:int}/redigera")]
    public async Task<IActionResult> Spara(int id, Redigeringsformular formular, string? sok, string? sokt, bool enter, CancellationToken ct)
    {
        // The search box is one of the form's fields, so Enter there lands here too: after a new term the user meant Sök,
        // and saving what they had not asked to save would surprise them. Enter in any other field saves, as before.
        if (enter && sok?.Trim() != sokt?.Trim())
        {
            return await SokArtiklar(id, formular, sok, ct);
        }
        ModelState.Clear();
        return await AndraAsync(id, formular, sparasAllt: true, (mall, anvandare) =>
        {
            mall.AndraUppgifter(formular.Namn ?? "", formular.Beskrivning, anvandare, Nu);
            foreach (var (radId, text) in formular.Antal)
            {
                var rad = mall.Rader.SingleOrDefault(r => r.Id == radId)
                    ?? throw new DomainException("En av raderna har tagits bort ur mallen sedan du öppnade den. Kontrollera mallen och spara igen.");
                if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var antal)
                    || antal is < 1 or > Orderrad.MaxAntal)
                {
                    throw new DomainException($"Antal för artikel {rad.Artikel.Artikelnummer} måste vara ett heltal mellan 1 och {Orderrad.MaxAntal}.");
                }
                if (rad.Antal != antal)
                {
                    mall.AndraAntal(rad, antal, anvandare, Nu);
                }
            }
            return Task.FromResult("Ändringarna är sparade.");
        }, ct, sok);
    }

    /// <summary>
    /// "Sök" of Lägg till artiklar: the hits for <paramref name="sok"/>, with the edit form as the user left it. The search
    /// box and its button belong to the edit form, so the name, description and antal typed but not saved come back as
    /// typed, in the version the user saw; nothing is saved.
    /// </summary>
    [HttpPost("{id:int}/sok")]
    public async Task<IActionResult> SokArtiklar(int id, Redigeringsformular formular, string? sok, CancellationToken ct)
    {
        ModelState.Clear();
        var mall = await HuvudAsync(id, ct);
        if (mall is null)
        {
            return NotFound();
        }
        if (!mall.KanAndra)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        // An empty box is a search too here, so that it gets the minimum length message.
        return View("Redigera", await RedigeraVyAsync(mall, formular, sok ?? "", new Dictionary<string, string>(), null, ct));
    }

    /// <summary>
    /// "+" on a search hit: the artikel joins the mall with antal 1, to be adjusted under Artiklar i mallen. The button
    /// submits the whole edit form, so what the user typed but has not saved comes back on the page as typed.
    /// </summary>
    [HttpPost("{id:int}/artikel")]
    public Task<IActionResult> LaggTill(int id, Redigeringsformular formular, string? artikelnummer, string? sok, CancellationToken ct)
    {
        ModelState.Clear();
        return AndraAsync(id, formular, sparasAllt: false, async (mall, anvandare) =>
        {
            var nummer = artikelnummer?.Trim() ?? "";
            var artikel = await db.Artiklar.SingleOrDefaultAsync(a => a.Artikelnummer == nummer, ct)
                ?? throw new DomainException($"Det finns ingen artikel med artikelnummer {nummer}.");
            mall.LaggTill(artikel, 1, anvandare, Nu);
            return $"Artikel {artikel.Artikelnummer} {artikel.Benamning} är tillagd i mallen med antal 1.";
        }, ct, sok);
    }

    /// <summary>"×" on a row: like +, it submits the whole edit form and keeps the other rows' unsaved antal.</summary>
    [HttpPost("{id:int}/rad/{radId:int}/ta-bort")]
    public Task<IActionResult> TaBortRad(int id, int radId, Redigeringsformular formular, string? sok, CancellationToken ct)
    {
        ModelState.Clear();
        return AndraAsync(id, formular, sparasAllt: false, (mall, anvandare) =>
        {
            var rad = mall.Rader.SingleOrDefault(r => r.Id == radId) ?? throw new DomainException("Raden finns inte längre i mallen.");
            mall.TaBort(rad, anvandare, Nu);
            return Task.FromResult($"Artikel {rad.Artikel.Artikelnummer} är borttagen ur mallen.");
        }, ct, sok);
    }

    [Authorize(Policy = Policy.Admin)]
    [HttpPost("{id:int}/ta-bort")]
    public async Task<IActionResult> TaBort(int id, bool bekraftat, CancellationToken ct)
    {
        var mall = await Avgransade().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mall is null)
        {
            return NotFound();
        }
        try
        {
            Bestallningsmall.KravFarTaBort(await aktuell.HamtaAsync(ct));
        }
        catch (DomainException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!bekraftat)
        {
            TempData["Meddelande"] = "Mallen är inte borttagen: bocka i att du vill ta bort den.";
            return Redirect($"/bestallningsmallar/{id}/redigera");
        }
        db.Bestallningsmallar.Remove(mall);
        await db.SaveChangesAsync(ct);
        TempData["Meddelande"] = $"Beställningsmallen {mall.Namn} är borttagen.";
        return Redirect("/bestallningsmallar");
    }

    /// <summary>
    /// Changes the mall in the version the user saw: a stale page or a concurrent change keeps what the user entered and
    /// says so, never overwrites silently. A domain refusal is shown beside the form. When <paramref name="sparasAllt"/> is
    /// false (+ and ×) only the row change is saved, and the page comes back with the rest of the form as typed, unsaved.
    /// </summary>
    private async Task<IActionResult> AndraAsync(int id, Redigeringsformular formular, bool sparasAllt, Func<Bestallningsmall, Anvandare, Task<string>> andring,
        CancellationToken ct, string? sok = null)
    {
        var mall = await Avgransade().Include(m => m.Tjanstestalle).Include(m => m.Rader).ThenInclude(r => r.Artikel).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mall is null)
        {
            return NotFound();
        }
        var anvandare = await aktuell.HamtaAsync(ct);
        if (!Bestallningsmall.FarAndra(anvandare, mall.Tjanstestalle))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var fel = new Dictionary<string, string>();
        if (mall.Version != formular.Version)
        {
            fel["mall"] = Andrad;
        }
        else
        {
            try
            {
                var meddelande = await andring(mall, anvandare);
                await db.SaveChangesAsync(ct);
                if (sparasAllt)
                {
                    TempData["Meddelande"] = meddelande;
                    return Redirect(sok is null ? $"/bestallningsmallar/{id}/redigera" : $"/bestallningsmallar/{id}/redigera?sok={Uri.EscapeDataString(sok)}");
                }
                // The version this change wrote, not one re-read below: a change by someone else in between must still be caught on Spara.
                formular.Version = mall.Version;
                db.ChangeTracker.Clear();
                return View("Redigera", await RedigeraVyAsync((await HuvudAsync(id, ct))!, formular, sok, fel, meddelande, ct));
            }
            catch (DomainException ex)
            {
                fel["mall"] = ex.Message;
            }
            catch (DbUpdateConcurrencyException)
            {
                fel["mall"] = Andrad;
            }
            catch (DbUpdateException) when (db.ChangeTracker.Entries<Bestallningsmallrad>().Any(e => e.State == EntityState.Added))
            {
                // The unique (mall, artikel) index: another user added the same artikel a moment before.
                fel["mall"] = "Artikeln lades nyss till i mallen av någon annan. Ändra antalet under Artiklar i mallen.";
            }
            catch (DbUpdateException)
            {
                // The unique (tjänsteställe, namn) index: a rename to the name of another of the tjänsteställe's mallar.
                fel["mall"] = NamnetFinns(formular.Namn, mall.Tjanstestalle.Visningsnamn);
            }
        }
        db.ChangeTracker.Clear();
        var huvud = (await HuvudAsync(id, ct))!;
        // Saving again from this page applies the user's values to the mall as it is now.
        formular.Version = huvud.Version;
        Response.StatusCode = fel["mall"] == Andrad ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return View("Redigera", await RedigeraVyAsync(huvud, formular, sok, fel, null, ct));
    }

    /// <summary>Adds the mall row to the user's pågående lagerpåfyllnad; the Swedish reason when it cannot be, else null.</summary>
    private async Task<string?> BestallAsync(Bestallningsmall mall, Bestallningsmallrad mallrad, int? antal, CancellationToken ct)
    {
        if (antal is not { } n || n is < 1 or > Orderrad.MaxAntal)
        {
            return $"Antal måste vara ett heltal mellan 1 och {Orderrad.MaxAntal}.";
        }
        var pagaende = await Lagerpafyllnader.PagaendeAsync(db, aktuell.Id, mall.MottagandeLagerId, ct);
        var bestallning = pagaende is { } b ? await Bestallningsskickning.LaddaVarukorgAsync(db, b, aktuell.Id, ct) : null;
        if (bestallning is null)
        {
            return "Klicka först på Lagerpåfyllnad: då startar en pågående lagerpåfyllnad som raderna läggs i.";
        }
        if (bestallning.Rader.Any(r => r.ArtikelId == mallrad.ArtikelId))
        {
            return $"Artikel {mallrad.Artikel.Artikelnummer} finns redan i den pågående lagerpåfyllnaden. Ändra antalet där.";
        }
        var artikel = await db.Artiklar.Include(a => a.Priser)
            .Include(a => a.Komponenter).ThenInclude(k => k.Komponent).ThenInclude(k => k.Priser)
            .AsSplitQuery()
            .SingleAsync(a => a.Id == mallrad.ArtikelId, ct);
        var central = await db.Lager.Centralt().FirstAsync(ct);
        var tillgangligt = await db.Lagersaldon.Where(s => s.LagerId == central.Id && s.ArtikelId == artikel.Id)
            .Select(s => s.Saldo - s.Reserverat).FirstOrDefaultAsync(ct);
        if (artikel.KanBestallas(tillgangligt) is { } hinder)
        {
            return hinder;
        }
        try
        {
            bestallning.LaggTillArtikel(artikel, n, Leveranskalla.Hjalpmedelsverksamhet, central, Svensktid.Idag(klocka.GetUtcNow()));
            // A change of the order itself: a Beställ racing the order's sending or another Beställ fails its version check.
            db.GorAnsprak(bestallning);
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Lagerpafyllnader.AndradSamtidigt;
        }
    }

    private static string NamnetFinns(string? namn, string tjanstestalle) =>
        $"Det finns redan en beställningsmall som heter {namn?.Trim()} på {tjanstestalle}. Välj ett annat namn.";

    private async Task<Redigeringsformular> FormularAsync(Mallhuvud mall, CancellationToken ct) => new()
    {
        Namn = mall.Namn,
        Beskrivning = mall.Beskrivning,
        Version = mall.Version,
        Antal = (await RaderAsync(mall.Id, null, ct)).ToDictionary(r => r.Id, r => (string?)r.Antal.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    private IQueryable<Bestallningsmall> Avgransade() => aktuell.Avgransa(db.Bestallningsmallar, m => m.TjanstestalleId);

    private static bool KanBestalla(Anvandare anvandare, Tjanstestalle tjanstestalle) =>
        anvandare.ArForskrivareEllerBestallare && anvandare.ArKoppladTill(tjanstestalle);

    private async Task<Mallhuvud?> HuvudAsync(int id, CancellationToken ct)
    {
        var mall = await Avgransade().AsNoTracking().Include(m => m.Tjanstestalle).Include(m => m.MottagandeLager).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mall is null)
        {
            return null;
        }
        var anvandare = await aktuell.HamtaAsync(ct);
        return new Mallhuvud(mall.Id, mall.Namn, mall.Beskrivning, mall.Tjanstestalle.Visningsnamn, mall.MottagandeLagerId, mall.MottagandeLager.Visningsnamn,
            mall.Andrad, mall.Version, Bestallningsmall.FarAndra(anvandare, mall.Tjanstestalle), KanBestalla(anvandare, mall.Tjanstestalle));
    }

    /// <summary>The mall's rows with the central availability, why a row cannot be ordered, and whether it is already in
    /// <paramref name="lagerpafyllnad"/>.</summary>
    private async Task<List<Mallrad>> RaderAsync(int id, int? lagerpafyllnad, CancellationToken ct)
    {
        var central = await db.Lager.Centralt().Select(l => l.Id).FirstAsync(ct);
        // DbSets held in locals, as in ArtikelSok: reached through the context inside the expression they cost a compile per execution.
        var saldon = db.Lagersaldon;
        var orderrader = db.Orderrader;
        var rader = await db.Set<Bestallningsmallrad>().AsNoTracking()
            .Where(r => r.BestallningsmallId == id)
            .OrderBy(r => r.Artikel.Artikelnummer)
            .Select(r => new
            {
                r.Id,
                r.Artikel,
                r.Antal,
                Tillgangligt = saldon.Where(s => s.LagerId == central && s.ArtikelId == r.ArtikelId).Sum(s => s.Saldo - s.Reserverat),
                Tillagd = lagerpafyllnad != null && orderrader.Any(o => o.BestallningId == lagerpafyllnad && o.ArtikelId == r.ArtikelId),
            })
            .ToListAsync(ct);
        return rader.Select(r => new Mallrad(r.Id, r.Artikel.Artikelnummer, r.Artikel.Benamning, r.Artikel.Status, r.Antal, r.Tillgangligt,
            r.Artikel.KanBestallas(r.Tillgangligt), r.Tillagd)).ToList();
    }

    private async Task<VisaModell> VisaVyAsync(Mallhuvud mall, string? meddelande, string? fel, CancellationToken ct)
    {
        var pagaende = await Lagerpafyllnader.PagaendeAsync(db, aktuell.Id, mall.LagerId, ct);
        return new VisaModell(mall, await RaderAsync(mall.Id, pagaende, ct), pagaende, meddelande, fel);
    }

    private async Task<RedigeraModell> RedigeraVyAsync(Mallhuvud mall, Redigeringsformular formular, string? sok, IReadOnlyDictionary<string, string> fel,
        string? meddelande, CancellationToken ct)
    {
        IReadOnlyList<ArtikelTraff> traffar = [];
        var allaFel = new Dictionary<string, string>(fel);
        if (sok is not null)
        {
            if (ArtikelSok.Kontrollera(sok) is { } sokfel)
            {
                allaFel["sok"] = sokfel;
            }
            else
            {
                var central = await db.Lager.Centralt().Select(l => l.Id).FirstAsync(ct);
                traffar = (await artikelSok.SokAsync(new ArtikelSokVillkor { Termer = Sok.Termer(sok), TillganglighetLagerId = central, PerSida = 50 }, ct)).Traffar;
            }
        }
        var anvandare = await aktuell.HamtaAsync(ct);
        return new RedigeraModell(mall, await RaderAsync(mall.Id, null, ct), formular, sok, traffar, meddelande, allaFel,
            anvandare.Har(Roll.Admin));
    }

    private async Task<IndexModell> IndexVyAsync(Nyformular formular, string? fel, CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        var mallar = await Avgransade().AsNoTracking()
            .OrderBy(m => m.Tjanstestalle.Kod).ThenBy(m => m.Namn)
            .Select(m => new Listrad(m.Id, m.Namn, m.Beskrivning, m.Tjanstestalle.Kod + " " + m.Tjanstestalle.Namn,
                m.MottagandeLager.Nummer + " " + m.MottagandeLager.Namn, m.Rader.Count, m.Andrad))
            .ToListAsync(ct);
        // The administrator creates mallar for any tjänsteställe with a förråd; everyone else for the active one.
        var tjanstestallen = anvandare.Har(Roll.Admin)
            ? await db.Tjanstestallen.AsNoTracking().Where(t => t.ForradId != null).OrderBy(t => t.Kod)
                .Select(t => new Val(t.Id, t.Kod + " " + t.Namn)).ToListAsync(ct)
            : [];
        var aktivt = await aktuell.TjanstestalleAsync(ct);
        formular.TjanstestalleId ??= aktuell.TjanstestalleId;
        return new IndexModell(mallar, Bestallningsmall.FarAndra(anvandare, aktivt) && (aktivt.ForradId is not null || anvandare.Har(Roll.Admin)),
            tjanstestallen, formular, fel);
    }
}
