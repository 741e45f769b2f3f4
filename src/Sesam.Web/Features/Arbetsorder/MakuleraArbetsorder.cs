using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Arbetsorder;

using Sesam.Domain.Arbetsordrar;

/// <summary>"Makulera arbetsorder": the unit's own open arbetsorder, in the version the user saw; what may be makulerad is
/// the domain's rule.</summary>
public sealed class MakuleraArbetsorder(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Arbetsordervy vy)
    : Kommando<MakuleraArbetsorder.Formular, Arbetsorder>
{
    /// <param name="Nummer">From the route.</param>
    public sealed record Formular(string Nummer, int Version) : IVersionsformular;

    public override string Objektnamn => "Arbetsordern";

    public override Task<Arbetsorder?> LaddaAsync(Formular formular, CancellationToken ct) =>
        aktuell.Avgransa(db.Arbetsordrar, a => a.TjanstestalleId).SingleOrDefaultAsync(a => a.Arbetsordernummer == formular.Nummer, ct);

    public override Task UtforAsync(Arbetsorder arbetsorder, Formular formular, CancellationToken ct)
    {
        arbetsorder.Makulera(klocka.GetUtcNow().UtcDateTime);
        return Task.CompletedTask;
    }

    public override Pdlpost Pdl(Arbetsorder arbetsorder, Formular formular) =>
        new("Ändring", $"Arbetsorder {arbetsorder.Arbetsordernummer} makulerad.", arbetsorder.MottagareId);

    public override IActionResult Klart(Controller controller, Arbetsorder arbetsorder, Formular formular)
    {
        controller.TempData["Meddelande"] = $"Arbetsorder {arbetsorder.Arbetsordernummer} är makulerad.";
        return controller.Redirect($"/arbetsorder/{arbetsorder.Arbetsordernummer}");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        vy.VisaIgenAsync(controller, formular.Nummer, fel, ct);
}
