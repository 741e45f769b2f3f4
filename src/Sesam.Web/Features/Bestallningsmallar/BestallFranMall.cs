using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Organisation;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallningsmallar;

/// <summary>
/// Lagerpåfyllnad from a mall: "Lagerpåfyllnad" starts (or continues) the user's lagerpåfyllnad to the mall's förråd,
/// then "Beställ" per row puts the artikel, with the antal the user set, into it. Not run by
/// <see cref="Kommandopipeline"/>: the change is to the pågående order, not the mall, and a refusal answers on the mall's
/// page (a message beside the row) rather than re-rendering a form.
/// </summary>
public sealed class BestallFranMall(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Bestallningsmallvy vy) : IAnvandningsfall
{
    public async Task<IActionResult> StartaAsync(Controller controller, int id, CancellationToken ct)
    {
        var mall = await vy.Avgransade().Include(m => m.Tjanstestalle).ThenInclude(t => t.Forrad).SingleOrDefaultAsync(m => m.Id == id, ct);
        var anvandare = await aktuell.HamtaAsync(ct);
        // Scoped as the page is: a mall the user sees but may not order from (another unit's, for an administrator) is not theirs to refill.
        if (mall is null || !Bestallningsmallvy.KanBestalla(anvandare, mall.Tjanstestalle))
        {
            return controller.NotFound();
        }
        await Lagerpafyllnader.HamtaEllerSkapaAsync(db, anvandare, mall.Tjanstestalle, klocka.GetUtcNow().UtcDateTime, samleverans: true, ct);
        await aktuell.ArbetaIAsync(mall.TjanstestalleId, ct);
        controller.TempData["Meddelande"] = "Pågående lagerpåfyllnad är startad. Klicka Beställ på de rader du vill beställa; antalet kan ändras först.";
        return controller.Redirect($"/bestallningsmallar/{id}");
    }

    public async Task<IActionResult> BestallAsync(Controller controller, int id, int rad, int? antal, CancellationToken ct)
    {
        var mall = await vy.Avgransade().AsNoTracking().Include(m => m.Tjanstestalle).Include(m => m.Rader).ThenInclude(r => r.Artikel)
            .SingleOrDefaultAsync(m => m.Id == id, ct);
        var mallrad = mall?.Rader.SingleOrDefault(r => r.Id == rad);
        if (mall is null || mallrad is null || !Bestallningsmallvy.KanBestalla(await aktuell.HamtaAsync(ct), mall.Tjanstestalle))
        {
            return controller.NotFound();
        }
        if (await LaggTillAsync(mall, mallrad, antal, ct) is { } fel)
        {
            controller.TempData["Fel"] = fel;
        }
        else
        {
            controller.TempData["Meddelande"] = $"{antal} st {mallrad.Artikel.Artikelnummer} {mallrad.Artikel.Benamning} är tillagd i lagerpåfyllnaden.";
        }
        return controller.Redirect($"/bestallningsmallar/{id}#rad-{rad}");
    }

    /// <summary>Adds the mall row to the user's pågående lagerpåfyllnad; the Swedish reason when it cannot be, else null.</summary>
    private async Task<string?> LaggTillAsync(Bestallningsmall mall, Bestallningsmallrad mallrad, int? antal, CancellationToken ct)
    {
        if (antal is not { } n || !Radantal.ArGiltigt(n))
        {
            return Radantal.Felmeddelande;
        }
        var pagaende = await Lagerpafyllnader.PagaendeAsync(db, aktuell.Id, mall.MottagandeLagerId, ct);
        var bestallning = pagaende is { } b ? await Varukorgar.LaddaAsync(db, b, aktuell.Id, ct) : null;
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
}
