using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Arbetsorder;

using Sesam.Domain.Arbetsordrar;

/// <summary>"Bifoga bilaga" on the unit's own open arbetsorder: consultation material or adjustment instructions, in the
/// version the user saw. Size, type and number of bilagor are the domain's rules.</summary>
public sealed class LaggTillArbetsorderbilaga(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Arbetsordervy vy)
    : Kommando<LaggTillArbetsorderbilaga.Formular, Arbetsorder>
{
    /// <param name="Nummer">From the route.</param>
    public sealed record Formular(string Nummer, int Version, IFormFile? Bilaga) : IVersionsformular;

    public override string Objektnamn => "Arbetsordern";

    public override Task<Arbetsorder?> LaddaAsync(Formular formular, CancellationToken ct) =>
        aktuell.Avgransa(db.Arbetsordrar, a => a.TjanstestalleId).Include(a => a.Bilagor)
            .SingleOrDefaultAsync(a => a.Arbetsordernummer == formular.Nummer, ct);

    public override async Task UtforAsync(Arbetsorder arbetsorder, Formular formular, CancellationToken ct)
    {
        var (filnamn, innehall) = await Bilageuppladdning.LasAsync(formular.Bilaga, ct);
        arbetsorder.BifogaFil(filnamn, innehall, klocka.GetUtcNow().UtcDateTime);
        // A new bilaga changes no column of the arbetsorder: claiming it makes a stale page's upload fail.
        db.GorAnsprak(arbetsorder);
    }

    public override Pdlpost Pdl(Arbetsorder arbetsorder, Formular formular) =>
        new("Ändring", $"Bilaga tillagd på arbetsorder {arbetsorder.Arbetsordernummer}.", arbetsorder.MottagareId);

    public override IActionResult Klart(Controller controller, Arbetsorder arbetsorder, Formular formular)
    {
        controller.TempData["Meddelande"] = $"{arbetsorder.Bilagor.Last().Filnamn} är bifogad. Hänvisa gärna till den i felbeskrivningen.";
        return controller.Redirect($"/arbetsorder/{arbetsorder.Arbetsordernummer}");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        vy.VisaIgenAsync(controller, formular.Nummer, fel, ct);
}
