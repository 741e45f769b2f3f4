using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Felrapport;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Meddelanden;

/// <summary>
/// Logistik answers and closes a felrapport, in the version they saw. The rules on the answer are the domain's; what
/// follows is <see cref="FelrapportAvslutadHanterare"/>'s.
/// </summary>
public sealed class AvslutaFelrapport(SesamDbContext db, TimeProvider klocka, Felrapportvy vy) : Kommando<AvslutaFelrapport.Formular, Felrapport>
{
    /// <param name="Nummer">From the route.</param>
    /// <param name="Svar">Hjälpmedelscentralen's answer to the one who reported.</param>
    public sealed record Formular(string Nummer, int Version, string? Svar) : IVersionsformular;

    public override string Objektnamn => "Felrapporten";

    /// <summary>Any unit's: only Logistik, who work for the whole region, avslutar.</summary>
    public override Task<Felrapport?> LaddaAsync(Formular formular, CancellationToken ct) =>
        db.Felrapporter.SingleOrDefaultAsync(f => f.Felrapportnummer == formular.Nummer, ct);

    public override Task UtforAsync(Felrapport felrapport, Formular formular, CancellationToken ct)
    {
        felrapport.Avsluta(formular.Svar, klocka.GetUtcNow().UtcDateTime);
        return Task.CompletedTask;
    }

    public override IActionResult Klart(Controller controller, Felrapport felrapport, Formular formular)
    {
        controller.TempData["Meddelande"] = $"Felrapport {felrapport.Felrapportnummer} är avslutad och svaret skickat till {felrapport.RegistreradAvNamn}.";
        return controller.Redirect($"/felrapport/{felrapport.Felrapportnummer}");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct)
    {
        controller.ViewData["Svar"] = formular.Svar;
        return vy.VisaIgenAsync(controller, formular.Nummer, fel, ct);
    }
}

/// <summary>The one who reported gets Hjälpmedelscentralen's answer as a message.</summary>
public sealed class FelrapportAvslutadHanterare(SesamDbContext db) : Handelsehanterare<FelrapportAvslutad>
{
    protected override Task<IReadOnlyList<Pdlpost>> HanteraAsync(FelrapportAvslutad handelse, CancellationToken ct)
    {
        var felrapport = handelse.Felrapport;
        db.Meddelanden.AddRange(Meddelande.FelrapportAvslutad(felrapport, handelse.Tid));
        return Task.FromResult<IReadOnlyList<Pdlpost>>(
            [new Pdlpost("Ändring", $"Felrapport {felrapport.Felrapportnummer} avslutad.", felrapport.MottagareId)]);
    }
}
