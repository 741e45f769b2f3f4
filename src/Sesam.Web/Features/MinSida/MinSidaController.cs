using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.MinSida;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Organisation;

/// <summary>
/// Min sida: the user's own details, roles and tjänsteställen, and "Inställning", where they save where their
/// prescriptions are delivered from by default (preselected in the cart) and the tjänsteställe they start in.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
public sealed class MinSidaController(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl) : Controller
{
    public sealed record Tjanstestallerad(int Id, string Namn, bool Standard, bool Aktivt);

    public sealed class InstallningForm
    {
        public Leveranskalla? Leveranskalla { get; set; }
        public int? StandardTjanstestalleId { get; set; }
    }

    public sealed record Kvittering(int Id, string Ordernummer, string Lager, DateOnly? Levererad);

    /// <param name="AttKvittera">"Att göra": the active tjänsteställe's lagerpåfyllnader delivered and not yet kvitterade.</param>
    public sealed record Modell(Anvandare Anvandare, IReadOnlyList<Tjanstestallerad> Tjanstestallen, InstallningForm Form, string? Meddelande,
        IReadOnlyList<Kvittering> AttKvittera);

    [HttpGet("/min-sida")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        var form = new InstallningForm { Leveranskalla = anvandare.StandardLeveranskalla, StandardTjanstestalleId = anvandare.StandardTjanstestalleId };
        return View(await ModellAsync(form, TempData["Meddelande"] as string, ct));
    }

    [HttpPost("/min-sida/installning")]
    public async Task<IActionResult> SparaInstallning(InstallningForm form, CancellationToken ct)
    {
        // The binder's own (English) messages for unparsable values are replaced by the Swedish ones below.
        ModelState.Clear();
        var anvandare = await aktuell.HamtaAsync(ct);
        try
        {
            anvandare.AngeStandardLeveranskalla(form.Leveranskalla ?? 0);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(form.Leveranskalla), e.Message);
        }
        var tjanstestalle = anvandare.Tjanstestallen.Select(t => t.Tjanstestalle).FirstOrDefault(t => t.Id == form.StandardTjanstestalleId);
        if (tjanstestalle is null)
        {
            ModelState.AddModelError(nameof(form.StandardTjanstestalleId), "Välj ett av dina tjänsteställen.");
        }
        else
        {
            anvandare.AngeStandardTjanstestalle(tjanstestalle);
        }
        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", await ModellAsync(form, null, ct));
        }
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(ct);
            await pdl.LoggaAsync("Inställning ändrad",
                $"Standard för leverans: {anvandare.StandardLeveranskalla.Text()}. Standardtjänsteställe: {tjanstestalle!.Visningsnamn}.", null, ct);
        }
        TempData["Meddelande"] = "Inställningarna är sparade.";
        return Redirect("/min-sida");
    }

    private async Task<Modell> ModellAsync(InstallningForm form, string? meddelande, CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        var tjanstestallen = anvandare.Tjanstestallen
            .Select(t => t.Tjanstestalle)
            .OrderBy(t => t.Kod)
            .Select(t => new Tjanstestallerad(t.Id, t.Visningsnamn, t.Id == anvandare.StandardTjanstestalleId, t.Id == aktuell.TjanstestalleId))
            .ToList();
        var aktivt = aktuell.TjanstestalleId;
        var attKvittera = await db.Bestallningar.AsNoTracking()
            .Where(b => b.TjanstestalleId == aktivt && b.Ordertyp == Ordertyp.Lagerpafyllnad
                && b.Rader.Any(r => r.Status == Radstatus.Levererad && r.Kvitterad == null))
            .OrderBy(b => b.Skickad)
            .Select(b => new Kvittering(b.Id, b.Ordernummer!, b.MottagandeLager!.Nummer + " " + b.MottagandeLager.Namn,
                b.Rader.Where(r => r.Status == Radstatus.Levererad && r.Kvitterad == null).Max(r => r.LevereradDatum)))
            .ToListAsync(ct);
        return new Modell(anvandare, tjanstestallen, form, meddelande, attKvittera);
    }
}
