using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Mottagare;

/// <summary>The telefon field of the mottagare's page: the domain normalises the number and refuses one that is not a
/// number, or any change for a patient with skyddad identitet, whose telefon Sesam does not show.</summary>
public sealed class AndraTelefon(SesamDbContext db, Mottagarvy vy) : Kommando<AndraTelefon.Formular, Mottagare>
{
    /// <param name="Id">The mottagare, from the route.</param>
    /// <param name="Telefon">What the user typed; empty removes the number.</param>
    public sealed record Formular(int Id, string? Telefon);

    public override string Objektnamn => "Mottagaren";

    public override Task<Mottagare?> LaddaAsync(Formular formular, CancellationToken ct) =>
        db.Mottagare.SingleOrDefaultAsync(m => m.Id == formular.Id, ct);

    public override Task UtforAsync(Mottagare mottagare, Formular formular, CancellationToken ct)
    {
        mottagare.AndraTelefon(formular.Telefon);
        return Task.CompletedTask;
    }

    public override Pdlpost Pdl(Mottagare mottagare, Formular formular) =>
        new("Ändring", "Telefonnummer ändrat i mottagarbilden.", mottagare.Id);

    public override IActionResult Klart(Controller controller, Mottagare mottagare, Formular formular)
    {
        controller.TempData["Meddelande"] = "Telefonnumret är sparat.";
        return controller.Redirect($"/mottagare/{mottagare.Id}");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        vy.VisaAsync(controller, formular.Id, "hjalpmedel", Mottagarbild.Filter.Inget, formular.Telefon, fel, ct);
}
