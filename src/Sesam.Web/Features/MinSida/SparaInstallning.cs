using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.MinSida;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Organisation;

/// <summary>
/// Min sida → "Inställning": where the user's prescriptions are delivered from by default (preselected in the cart) and
/// the tjänsteställe they start in. Logged when it changes something.
/// </summary>
public sealed class SparaInstallning(SesamDbContext db, AktuellAnvandare aktuell, Minsidavy vy) : Kommando<SparaInstallning.Formular, Anvandare>
{
    public sealed class Formular
    {
        public Leveranskalla? Leveranskalla { get; set; }
        public int? StandardTjanstestalleId { get; set; }
    }

    public sealed class Validator : AbstractValidator<Formular>
    {
        public Validator(AktuellAnvandare aktuell)
        {
            RuleFor(f => f.Leveranskalla).Must(Anvandare.ArGiltigLeveranskalla).WithMessage(Anvandare.OgiltigLeveranskalla);
            RuleFor(f => f.StandardTjanstestalleId)
                .MustAsync(async (id, ct) => (await aktuell.HamtaAsync(ct)).Tjanstestallen.Any(t => t.TjanstestalleId == id))
                .WithMessage("Välj ett av dina tjänsteställen.");
        }
    }

    private bool _andrad;

    public override string Objektnamn => "Inställningen";

    public override async Task<Anvandare?> LaddaAsync(Formular formular, CancellationToken ct) => await aktuell.HamtaAsync(ct);

    public override Task UtforAsync(Anvandare anvandare, Formular formular, CancellationToken ct)
    {
        anvandare.AngeStandardLeveranskalla(formular.Leveranskalla!.Value);
        anvandare.AngeStandardTjanstestalle(anvandare.Tjanstestallen.Select(t => t.Tjanstestalle).Single(t => t.Id == formular.StandardTjanstestalleId));
        // Saving the settings as they were is no change to log.
        _andrad = db.ChangeTracker.HasChanges();
        return Task.CompletedTask;
    }

    public override Pdlpost? Pdl(Anvandare anvandare, Formular formular) => _andrad
        ? new Pdlpost("Inställning ändrad",
            $"Standard för leverans: {anvandare.StandardLeveranskalla.Text()}. Standardtjänsteställe: {anvandare.StandardTjanstestalle!.Visningsnamn}.", null)
        : null;

    public override IActionResult Klart(Controller controller, Anvandare anvandare, Formular formular)
    {
        controller.TempData["Meddelande"] = "Inställningarna är sparade.";
        return controller.Redirect("/min-sida");
    }

    public override async Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        controller.View("Index", await vy.ModellAsync(formular, null, ct));
}
