using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Artiklar;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Organisation;

/// <summary>
/// A cart row's step: individ, components (standard, övriga, searched), komplettering, comment, patientavgift and
/// bilagor. Also loads the cart for the row commands: only the user's own, only while it is pågående.
/// </summary>
public sealed class Radvy(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, ArtikelSok artikelSok, Bestallningsvy vy) : IAnvandningsfall
{
    private const int MinSoklangd = 3;

    /// <summary>The user's pågående cart <paramref name="id"/>, tracked with its rows; null when it is not (or has no row <paramref name="radId"/>).</summary>
    public async Task<Bestallning?> VarukorgAsync(int id, int? radId, CancellationToken ct)
    {
        var bestallning = await Varukorgar.LaddaAsync(db, id, aktuell.Id, ct);
        return bestallning is { Status: Orderstatus.Pagaende } && (radId is null || bestallning.Rader.Any(r => r.Id == radId)) ? bestallning : null;
    }

    public async Task<IActionResult> VisaAsync(Controller controller, int id, int radId, CancellationToken ct) =>
        await VarukorgAsync(id, radId, ct) is { } bestallning
            ? await VisaAsync(controller, bestallning, bestallning.Rader.Single(r => r.Id == radId), null, ct)
            : controller.NotFound();

    /// <summary>"Sök komponent": the step again with the hits, nothing saved.</summary>
    public async Task<IActionResult> SokAsync(Controller controller, RadForm formular, CancellationToken ct)
    {
        if (await VarukorgAsync(formular.Id, formular.RadId, ct) is not { } bestallning)
        {
            return controller.NotFound();
        }
        controller.ModelState.Clear();
        return await VisaAsync(controller, bestallning, bestallning.Rader.Single(r => r.Id == formular.RadId), formular, ct);
    }

    /// <summary>The step with <paramref name="form"/> as entered, or the row as saved when it is null.</summary>
    public async Task<IActionResult> VisaAsync(Controller controller, Bestallning bestallning, Orderrad rad, RadForm? form, CancellationToken ct)
    {
        form ??= RadForm(rad);
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
                controller.ModelState.AddModelError(nameof(form.Sok), $"Skriv minst {MinSoklangd} tecken när du söker bland alla komponenter.");
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
        return controller.View("Rad", new RadModell(huvud, radVy, form, visaKomponenter, standard, ovriga, sokta, individensKomponenter, individer, patientens, bilagor));
    }

    /// <summary>A bilaga of a row, downloaded: from the user's cart, or from a sent order of the unit.</summary>
    public async Task<IActionResult> BilagaAsync(Controller controller, int id, int radId, int bilagaId, CancellationToken ct)
    {
        if (await vy.HuvudAsync(id, ct) is not { } huvud)
        {
            return controller.NotFound();
        }
        var bilaga = await db.OrderradBilagor.AsNoTracking()
            .Where(b => b.Id == bilagaId && b.OrderradId == radId && b.Orderrad.BestallningId == id)
            .Select(b => new { b.Filnamn, b.Innehallstyp, b.Innehall })
            .SingleOrDefaultAsync(ct);
        if (bilaga is null)
        {
            return controller.NotFound();
        }
        await pdl.LoggaAsync("Beställning läst", $"Bilaga på beställning {huvud.Ordernummer ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture)} öppnad.", huvud.MottagareId, ct);
        return controller.File(bilaga.Innehall, bilaga.Innehallstyp, bilaga.Filnamn);
    }

    private static RadForm RadForm(Orderrad rad) => new()
    {
        Antal = rad.Antal,
        Kommentar = rad.Kommentar,
        Komponent = rad.Komponenter.Select(k => k.ArtikelId).ToList(),
        Patientavgift = rad.PatientavgiftSvar switch { true => "ja", false => "nej", null => null },
        IndividId = rad.IndividId,
        KompletterarIndividId = rad.KompletterarIndividId,
    };
}
