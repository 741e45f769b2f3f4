using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Felrapport;

using Sesam.Domain.Arbetsordrar;

/// <summary>"Bifoga dokument" to the unit's own felrapport not yet answered. Size, type, number of bilagor and the
/// answered state are the domain's rules.</summary>
public sealed class LaggTillFelrapportbilaga(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Felrapportvy vy)
    : Kommando<LaggTillFelrapportbilaga.Formular, Felrapport>
{
    /// <param name="Nummer">From the route.</param>
    public sealed record Formular(string Nummer, IFormFile? Bilaga);

    public override string Objektnamn => "Felrapporten";

    public override Task<Felrapport?> LaddaAsync(Formular formular, CancellationToken ct) =>
        aktuell.Avgransa(db.Felrapporter, f => f.TjanstestalleId).Include(f => f.Bilagor)
            .SingleOrDefaultAsync(f => f.Felrapportnummer == formular.Nummer, ct);

    public override async Task UtforAsync(Felrapport felrapport, Formular formular, CancellationToken ct)
    {
        var (filnamn, innehall) = await Bilageuppladdning.LasAsync(formular.Bilaga, ct);
        felrapport.BifogaFil(filnamn, innehall, klocka.GetUtcNow().UtcDateTime);
        // A new bilaga changes no column of the felrapport: claiming it makes an upload racing Logistik's answer fail.
        db.GorAnsprak(felrapport);
    }

    public override Pdlpost Pdl(Felrapport felrapport, Formular formular) =>
        new("Ändring", $"Bilaga tillagd på felrapport {felrapport.Felrapportnummer}.", felrapport.MottagareId);

    public override IActionResult Klart(Controller controller, Felrapport felrapport, Formular formular)
    {
        controller.TempData["Meddelande"] = $"{felrapport.Bilagor.Last().Filnamn} är bifogad.";
        return controller.Redirect($"/felrapport/{felrapport.Felrapportnummer}");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        vy.VisaIgenAsync(controller, formular.Nummer, fel, ct);
}
