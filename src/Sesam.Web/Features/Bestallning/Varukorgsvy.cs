using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Artiklar;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Katalog;
using Sesam.Domain.Organisation;

/// <summary>
/// The cart, "Ange artiklar" (step 2): the order's rows, the form to add an artikel and the artikel search. A pågående
/// beställning is only its registrant's; a sent order opens as its details instead.
/// </summary>
public sealed class Varukorgsvy(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, ArtikelSok artikelSok, Bestallningsvy vy) : IAnvandningsfall
{
    public async Task<IActionResult> VisaAsync(Controller controller, int id, string? artikel, string? sok, CancellationToken ct)
    {
        var huvud = await vy.HuvudAsync(id, ct);
        if (huvud is null)
        {
            return controller.NotFound();
        }
        if (huvud.Status != Orderstatus.Pagaende)
        {
            return await vy.VisaDetaljerAsync(controller, huvud, null, annatTjanstestalle: false, ct);
        }
        await pdl.LoggaAsync("Beställning läst", $"Pågående beställning {id} visad.", huvud.MottagareId, ct);
        return await VisaAsync(controller, huvud, new LaggTillForm { Artikelnummer = artikel }, sok, null, ct);
    }

    /// <summary>The cart with <paramref name="form"/> as entered, the search's hits for <paramref name="sok"/> and the
    /// ersättningsartikel question when there is one.</summary>
    public async Task<IActionResult> VisaAsync(Controller controller, Huvud huvud, LaggTillForm form, string? sok, ErsattningVal? ersattning, CancellationToken ct)
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
                controller.ModelState.AddModelError("sok", fel);
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
        return controller.View("Varukorg", new VarukorgModell(huvud, rader, form, sok, traffar, ersattning,
            huvud.ArLagerpafyllnad ? await AutomatiskPafyllnadAsync(huvud.Id, ct) : []));
    }

    /// <summary>The cart again after a refused change, with <paramref name="form"/> as entered and <paramref name="fel"/>
    /// beside <paramref name="falt"/> (unless ModelState has the field errors); an order sent meanwhile shows what was sent.</summary>
    public async Task<IActionResult> VisaIgenAsync(Controller controller, int id, LaggTillForm form, string falt, string fel, CancellationToken ct)
    {
        var huvud = await vy.HuvudAsync(id, ct);
        if (huvud is not { Status: Orderstatus.Pagaende })
        {
            return controller.Redirect($"/bestallning/{id}");
        }
        if (controller.ModelState.ErrorCount == 0)
        {
            controller.ModelState.AddModelError(falt, fel);
        }
        return await VisaAsync(controller, huvud, form, null, null, ct);
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
}
