using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Artiklar;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>Loading and showing the wizard's steps.</summary>
public sealed partial class BestallningController
{
    private const int MinSoklangd = 3;

    private async Task<IActionResult> VisaStartAsync(NyForm form, IndividVy? individ, CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        var pagaende = await db.Bestallningar.AsNoTracking()
            .Where(b => b.RegistreradAvId == anvandare.Id && b.Status == Orderstatus.Pagaende)
            .OrderByDescending(b => b.Skapad)
            .Select(b => new PagaendeVy(b.Id,
                b.Mottagare != null ? b.Mottagare.Namn : b.MottagandeLager != null ? "Lagerpåfyllnad till " + b.MottagandeLager.Nummer + " " + b.MottagandeLager.Namn : "",
                b.Skapad, b.Rader.Count))
            .ToListAsync(ct);
        if (pagaende.Count > 0)
        {
            await pdl.LoggaAsync("Beställning läst", $"Lista över {pagaende.Count} pågående beställningar visad.", null, ct);
        }
        var forskrivare = ForskrivarVal(anvandare);
        form.ForskrivareId ??= forskrivare.FirstOrDefault()?.Id;
        form.TjanstestalleId ??= aktuell.TjanstestalleId;
        var forrad = anvandare.Tjanstestallen.Where(t => t.Tjanstestalle.ForradId is not null)
            .Select(t => new Val(t.TjanstestalleId, $"{t.Tjanstestalle.Visningsnamn} – till {t.Tjanstestalle.Forrad!.Visningsnamn}"))
            .OrderBy(v => v.Text).ToList();
        return View("Index", new StartModell(pagaende, form, forskrivare, TjanstestallesVal(anvandare), individ, forrad));
    }

    /// <summary>Förskrivare: yourself; a beställare only the förskrivare linked to them.</summary>
    private static List<Val> ForskrivarVal(Anvandare anvandare)
    {
        var val = new List<Val>();
        if (anvandare.Har(Roll.Forskrivare))
        {
            val.Add(new Val(anvandare.Id, Forskrivartext(anvandare)));
        }
        val.AddRange(anvandare.Forskrivare.Where(k => anvandare.KanBestallaIForskrivarensNamn(k.Forskrivare))
            .Select(k => new Val(k.ForskrivareId, Forskrivartext(k.Forskrivare))));
        return val;
    }

    private static string Forskrivartext(Anvandare a) => a.Forskrivarkod is null ? a.Namn : $"{a.Forskrivarkod} {a.Namn}";

    private static List<Val> TjanstestallesVal(Anvandare anvandare) =>
        anvandare.Tjanstestallen.Select(t => new Val(t.TjanstestalleId, t.Tjanstestalle.Visningsnamn)).OrderBy(v => v.Text).ToList();

    /// <summary>Validates the start form and creates the cart (not yet saved); null with ModelState errors when it cannot.</summary>
    private async Task<Bestallning?> SkapaVarukorgAsync(NyForm form, CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        Mottagare? mottagare = null;
        if (!Personnummer.TryParse(form.Personnummer, Idag, out var personnummer, out var fel))
        {
            ModelState.AddModelError(nameof(form.Personnummer), fel);
        }
        else
        {
            mottagare = await db.Mottagare.SingleOrDefaultAsync(m => m.Personnummer == personnummer, ct);
            if (mottagare is null)
            {
                ModelState.AddModelError(nameof(form.Personnummer), "Det finns ingen patient med det personnumret i Sesam.");
            }
        }
        var forskrivare = anvandare.Id == form.ForskrivareId
            ? anvandare
            : anvandare.Forskrivare.Select(k => k.Forskrivare).FirstOrDefault(f => f.Id == form.ForskrivareId);
        if (forskrivare is null || !anvandare.KanBestallaIForskrivarensNamn(forskrivare))
        {
            ModelState.AddModelError(nameof(form.ForskrivareId), anvandare.Har(Roll.Forskrivare)
                ? "Välj förskrivare."
                : "Som beställare registrerar du beställningen i namnet på en förskrivare som är kopplad till dig. Välj förskrivare.");
        }
        var tjanstestalle = anvandare.Tjanstestallen.Select(t => t.Tjanstestalle).FirstOrDefault(t => t.Id == form.TjanstestalleId);
        if (tjanstestalle is null)
        {
            ModelState.AddModelError(nameof(form.TjanstestalleId), "Välj ett av dina tjänsteställen.");
        }
        if (!ModelState.IsValid)
        {
            return null;
        }
        await pdl.LoggaAsync("Patient vald", "Patient vald som mottagare för ny beställning.", mottagare!.Id, ct);
        try
        {
            var bestallning = Bestallning.NyForskrivning(mottagare, forskrivare!, anvandare, tjanstestalle!, Nu);
            db.Bestallningar.Add(bestallning);
            return bestallning;
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(form.ForskrivareId), e.Message);
            return null;
        }
    }

    private async Task<IndividVy?> IndividVyAsync(string individnummer, CancellationToken ct)
    {
        var individ = await db.Individer.AsNoTracking()
            .Where(i => i.Individnummer == individnummer)
            .Select(i => new { i.Individnummer, i.Artikel.Artikelnummer, i.Artikel.Benamning, i.Status, i.Lagerstatus, i.LagerId, Lager = i.Lager != null ? i.Lager.Nummer + " " + i.Lager.Namn : null })
            .SingleOrDefaultAsync(ct);
        if (individ is null)
        {
            return null;
        }
        var forrad = await aktuell.AktivtForradAsync(ct);
        string? hinder = null;
        if (individ.Status != Individstatus.PaLager)
        {
            hinder = $"Individ {individ.Individnummer} är inte på lager (status {individ.Status.Text()}) och kan inte levereras.";
        }
        else if (individ.Lagerstatus != Lagerstatus.Tillganglig)
        {
            hinder = $"Individ {individ.Individnummer} är inte tillgänglig (lagerstatus {individ.Lagerstatus.Text()}).";
        }
        else if (individ.LagerId is not { } lagerId || !forrad.Contains(lagerId))
        {
            hinder = $"Individ {individ.Individnummer} finns inte i förrådet för tjänstestället du arbetar i ({(await aktuell.TjanstestalleAsync(ct)).Visningsnamn}).";
        }
        var status = individ.Status == Individstatus.PaLager ? $"{individ.Status.Text()} – {individ.Lagerstatus.Text()}" : individ.Status.Text();
        return new IndividVy(individ.Individnummer, individ.Artikelnummer, individ.Benamning, status, individ.Lager, hinder);
    }

    /// <summary>
    /// The order's header, if the user may see it: a pågående beställning is the cart of the user who registered it
    /// and nobody else's; a sent order is unit-bound data (<see cref="AktuellAnvandare.Avgransa{T}"/>).
    /// </summary>
    private Task<bool> ArMinVarukorgAsync(int id, CancellationToken ct) =>
        db.Bestallningar.AnyAsync(b => b.Id == id && b.RegistreradAvId == aktuell.Id && b.Status == Orderstatus.Pagaende, ct);

    private async Task<IActionResult> VisaVarukorgAsync(Huvud huvud, LaggTillForm form, string? sok, ErsattningVal? ersattning, CancellationToken ct)
    {
        if (huvud.ArLagerpafyllnad)
        {
            form.Kalla = Leveranskalla.Hjalpmedelsverksamhet;
        }
        else if (form.Kalla is null)
        {
            form.Kalla = (await aktuell.HamtaAsync(ct)).StandardLeveranskalla;
        }
        IReadOnlyList<ArtikelTraff> traffar = [];
        if (sok is not null)
        {
            if (ArtikelSok.Kontrollera(sok) is { } fel)
            {
                ModelState.AddModelError("sok", fel);
            }
            else
            {
                var centrallager = await db.Lager.Centralt().Select(l => l.Id).FirstAsync(ct);
                traffar = (await artikelSok.SokAsync(new ArtikelSokVillkor
                {
                    Termer = Sok.Termer(sok),
                    EndastSortiment = false,
                    TillganglighetLagerId = centrallager,
                    PerSida = 50,
                }, ct)).Traffar;
            }
        }
        var rader = await vy.RaderAsync(huvud.Id, ct);
        return View("Varukorg", new VarukorgModell(huvud, rader, form, sok, traffar, ersattning,
            huvud.ArLagerpafyllnad ? await AutomatiskPafyllnadAsync(huvud.Id, ct) : []));
    }

    /// <summary>
    /// The artiklar of a lagerpåfyllnad that its receiving lager already refills automatically (a min level is set):
    /// the manual asks users not to order those by hand, so the cart says which they are.
    /// </summary>
    private async Task<List<string>> AutomatiskPafyllnadAsync(int id, CancellationToken ct)
    {
        var bestallning = db.Bestallningar.Where(b => b.Id == id);
        var saldon = db.Lagersaldon;
        return await db.Orderrader.AsNoTracking()
            .Where(r => r.BestallningId == id
                && saldon.Any(s => s.ArtikelId == r.ArtikelId && s.MinNiva != null && bestallning.Any(b => b.MottagandeLagerId == s.LagerId)))
            .Select(r => r.Artikel.Artikelnummer)
            .Distinct()
            .OrderBy(n => n)
            .ToListAsync(ct);
    }

    private Task<Artikel?> HittaArtikelAsync(string? artikelnummer, CancellationToken ct)
    {
        var nummer = artikelnummer?.Trim();
        return string.IsNullOrEmpty(nummer)
            ? Task.FromResult<Artikel?>(null)
            : db.Artiklar
                .Include(a => a.Priser)
                .Include(a => a.Ersattningsartikel)
                .Include(a => a.Komponenter).ThenInclude(k => k.Komponent).ThenInclude(k => k.Priser)
                .AsSplitQuery()
                .SingleOrDefaultAsync(a => a.Artikelnummer == nummer, ct);
    }

    /// <summary>Central deliveries come from the central warehouse; uttag from the tjänsteställe's eget förråd.</summary>
    private async Task<Lager?> KallLagerAsync(Bestallning bestallning, Leveranskalla kalla, CancellationToken ct)
    {
        if (kalla == Leveranskalla.EgetForrad)
        {
            var forradId = bestallning.Tjanstestalle.ForradId;
            return forradId is null ? null : await db.Lager.SingleAsync(l => l.Id == forradId, ct);
        }
        return await db.Lager.Centralt().FirstAsync(ct);
    }

    private async Task<IActionResult> VisaRadAsync(Bestallning bestallning, Orderrad rad, RadForm form, CancellationToken ct)
    {
        var huvud = (await vy.HuvudAsync(bestallning.Id, ct))!;
        var radVy = (await vy.RaderAsync(bestallning.Id, ct)).Single(r => r.Id == rad.Id);
        var artikel = await db.Artiklar.AsNoTracking()
            .Where(a => a.Id == rad.ArtikelId)
            .Select(a => new
            {
                a.ProduktId,
                a.Individmarkt,
                Komponenter = a.Komponenter.Select(k => new { k.KomponentId, k.Komponent.Artikelnummer, k.Komponent.Benamning, k.Antal, k.Standard }).ToList(),
            })
            .SingleAsync(ct);
        var valda = form.Komponent.ToHashSet();
        var pa = rad.Komponenter.ToDictionary(k => k.ArtikelId);
        KomponentVal Val(int artikelId, string nummer, string benamning, int antal) =>
            new(artikelId, nummer, benamning, pa.TryGetValue(artikelId, out var k) ? k.Antal : antal, pa.GetValueOrDefault(artikelId)?.APris, valda.Contains(artikelId));

        // On an individ from eget förråd the standard components are already mounted; only additions are chosen here.
        var arIndivid = rad.Individ is not null;
        var standard = arIndivid ? [] : artikel.Komponenter.Where(k => k.Standard).Select(k => Val(k.KomponentId, k.Artikelnummer, k.Benamning, k.Antal)).ToList();
        var ovriga = artikel.Komponenter.Where(k => !k.Standard).Select(k => Val(k.KomponentId, k.Artikelnummer, k.Benamning, k.Antal)).ToList();
        var kanda = standard.Concat(ovriga).Select(k => k.ArtikelId).ToHashSet();
        var sokta = new List<KomponentVal>();
        if (form.Handling == "sok")
        {
            var sok = form.Sok?.Trim() ?? "";
            if (!form.SammaProdukt && sok.Length < MinSoklangd)
            {
                ModelState.AddModelError(nameof(form.Sok), $"Skriv minst {MinSoklangd} tecken när du söker bland alla komponenter.");
            }
            else
            {
                var fraga = artikelSok.Filtrera(new ArtikelSokVillkor
                    {
                        Termer = Sok.Termer(sok),
                        EndastSortiment = false,
                        ProduktId = form.SammaProdukt ? artikel.ProduktId ?? -1 : null,
                    })
                    .Where(a => a.Id != rad.ArtikelId && a.Bestallningsbar && (a.Artikeltyp == Artikeltyp.Tillbehor || a.Artikeltyp == Artikeltyp.Reservdel));
                sokta = (await fraga.OrderBy(a => a.Artikelnummer).Take(50).Select(a => new { a.Id, a.Artikelnummer, a.Benamning }).ToListAsync(ct))
                    .Where(a => !kanda.Contains(a.Id))
                    .Select(a => Val(a.Id, a.Artikelnummer, a.Benamning, 1)).ToList();
            }
        }
        // Chosen earlier from a search: keep them visible so they can be unticked.
        var tidigareSokta = valda.Except(kanda).Except(sokta.Select(s => s.ArtikelId)).ToList();
        if (tidigareSokta.Count > 0)
        {
            sokta.AddRange((await db.Artiklar.AsNoTracking().Where(a => tidigareSokta.Contains(a.Id)).Select(a => new { a.Id, a.Artikelnummer, a.Benamning }).ToListAsync(ct))
                .Select(a => Val(a.Id, a.Artikelnummer, a.Benamning, 1)));
        }

        var individensKomponenter = rad.Individ?.Komponenter.Count > 0
            ? await db.Set<IndividKomponent>().AsNoTracking().Where(k => k.IndividId == rad.IndividId)
                .Select(k => k.Artikel.Artikelnummer + " " + k.Artikel.Benamning + " (" + k.Antal + ")").ToListAsync(ct)
            : [];
        var individer = rad.Leveranskalla == Leveranskalla.EgetForrad && artikel.Individmarkt
            ? await db.Individer.AsNoTracking()
                .Where(i => i.ArtikelId == rad.ArtikelId && i.LagerId == rad.KallLagerId
                    && ((i.Status == Individstatus.PaLager && i.Lagerstatus == Lagerstatus.Tillganglig) || i.Id == rad.IndividId))
                .OrderBy(i => i.Individnummer)
                .Select(i => new Val(i.Id, i.Individnummer + (i.Serienummer != null ? " (serienr " + i.Serienummer + ")" : "")))
                .ToListAsync(ct)
            : [];
        // Komplettera levererad individ: a component for a device the patient already has.
        var patientens = !artikel.Individmarkt && bestallning.MottagareId is { } mottagareId
            ? await db.Individer.AsNoTracking()
                .Where(i => i.MottagareId == mottagareId && i.Status == Individstatus.Levererad)
                .OrderBy(i => i.Individnummer)
                .Select(i => new Val(i.Id, i.Individnummer + " " + i.Artikel.Benamning))
                .ToListAsync(ct)
            : [];
        await pdl.LoggaAsync("Beställning läst", $"Rad {rad.Radnummer} på pågående beställning {bestallning.Id} visad.", bestallning.MottagareId, ct);
        var visaKomponenter = artikel.Individmarkt || artikel.Komponenter.Count > 0;
        var bilagor = await db.OrderradBilagor.AsNoTracking().Where(b => b.OrderradId == rad.Id).OrderBy(b => b.Id)
            .Select(b => new BilagaVy(b.Id, b.Filnamn, b.Storlek)).ToListAsync(ct);
        return View("Rad", new RadModell(huvud, radVy, form, visaKomponenter, standard, ovriga, sokta, individensKomponenter, individer, patientens, bilagor));
    }

    private async Task<Individ?> ValjIndividAsync(Bestallning bestallning, Orderrad rad, RadForm form, CancellationToken ct)
    {
        if (rad.Leveranskalla != Leveranskalla.EgetForrad || !rad.Artikel.Individmarkt)
        {
            return null;
        }
        if (form.IndividId is null)
        {
            ModelState.AddModelError(nameof(form.IndividId), "Välj vilken individ som lämnas ut från förrådet.");
            return null;
        }
        if (form.IndividId == rad.IndividId)
        {
            return rad.Individ;
        }
        var individ = await db.Individer.Include(i => i.Lager).Include(i => i.Komponenter)
            .SingleOrDefaultAsync(i => i.Id == form.IndividId && i.ArtikelId == rad.ArtikelId, ct);
        // The row's lager is the förråd of the cart's tjänsteställe, which the user is linked to: the only store to take it from.
        var hinder = individ is null ? "Individen finns inte."
            : individ.LagerId != rad.KallLagerId ? $"Individ {individ.Individnummer} finns inte i {bestallning.Tjanstestalle.Visningsnamn}s förråd."
            : individ.VarforEjLeveransbar([rad.KallLagerId]);
        if (hinder is not null)
        {
            ModelState.AddModelError(nameof(form.IndividId), hinder);
            return null;
        }
        return individ;
    }

    private async Task<Individ?> ValjKompletterarAsync(Bestallning bestallning, Orderrad rad, RadForm form, CancellationToken ct)
    {
        if (form.KompletterarIndividId is not { } individId || individId == rad.KompletterarIndividId)
        {
            return null;
        }
        var individ = await db.Individer.SingleOrDefaultAsync(i => i.Id == individId && i.MottagareId == bestallning.MottagareId, ct);
        if (individ is null)
        {
            ModelState.AddModelError(nameof(form.KompletterarIndividId), "Individen finns inte bland patientens hjälpmedel.");
        }
        return individ;
    }

    private async Task ErsattKomponenterAsync(Orderrad rad, IReadOnlyCollection<int> valda, CancellationToken ct)
    {
        var standardIds = rad.Artikel.Individmarkt
            ? await db.Set<ArtikelKomponent>().Where(k => k.ArtikelId == rad.ArtikelId).ToDictionaryAsync(k => k.KomponentId, ct)
            : [];
        foreach (var bort in rad.Komponenter.Where(k => !valda.Contains(k.ArtikelId)).ToList())
        {
            rad.TaBortKomponent(bort);
            db.Remove(bort);
        }
        var nya = valda.Except(rad.Komponenter.Select(k => k.ArtikelId)).ToList();
        if (nya.Count == 0)
        {
            return;
        }
        var artiklar = await db.Artiklar.Include(a => a.Priser).Where(a => nya.Contains(a.Id)).ToListAsync(ct);
        foreach (var komponent in artiklar)
        {
            var koppling = standardIds.GetValueOrDefault(komponent.Id);
            rad.LaggTillKomponent(komponent, koppling?.Antal ?? 1, koppling?.Standard == true && rad.Individ is null,
                komponent.PrisVid(komponent.Debiteringsform, Idag));
        }
    }
}
