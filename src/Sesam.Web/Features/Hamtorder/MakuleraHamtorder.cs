using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Hamtorder;

using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Meddelanden;

/// <summary>
/// "Makulera hämtorder": only the active tjänsteställe's (Logistik any), only while it is Registrerad (the domain
/// says so), and only in the version the user saw. Its devices can then go on a new hämtorder. What follows is
/// <see cref="HamtorderMakuleradHanterare"/>'s.
/// </summary>
public sealed class MakuleraHamtorder(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Hamtordervy vy)
    : Kommando<MakuleraHamtorder.Formular, Hamtorder>
{
    /// <param name="Nummer">The hämtordernummer, from the route.</param>
    /// <param name="Version">The hämtorder's version on the page the user makulerade from.</param>
    public sealed record Formular(string Nummer, int Version) : IVersionsformular;

    public override string Objektnamn => "Hämtordern";

    public override Task<Hamtorder?> LaddaAsync(Formular formular, CancellationToken ct) =>
        aktuell.Avgransa(db.Hamtordrar, h => h.TjanstestalleId)
            .Include(h => h.Rader)
            .SingleOrDefaultAsync(h => h.Hamtordernummer == formular.Nummer, ct);

    public override Task UtforAsync(Hamtorder hamtorder, Formular formular, CancellationToken ct)
    {
        hamtorder.Makulera(klocka.GetUtcNow().UtcDateTime);
        return Task.CompletedTask;
    }

    public override IActionResult Klart(Controller controller, Hamtorder hamtorder, Formular formular)
    {
        controller.TempData["Meddelande"] = $"Hämtorder {hamtorder.Hamtordernummer} är makulerad. Hjälpmedlen kan läggas på en ny hämtorder.";
        return controller.Redirect($"/hamtorder/{hamtorder.Hamtordernummer}");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        vy.VisaMedFelAsync(controller, formular.Nummer, fel, ct);
}

/// <summary>A makulerad hämtorder: whoever registered it is told, unless they makulerade it themselves.</summary>
public sealed class HamtorderMakuleradHanterare(SesamDbContext db, AktuellAnvandare aktuell) : Handelsehanterare<HamtorderMakulerad>
{
    protected override async Task<IReadOnlyList<Pdlpost>> HanteraAsync(HamtorderMakulerad handelse, CancellationToken ct)
    {
        var hamtorder = handelse.Hamtorder;
        if (hamtorder.RegistreradAvHsaId != aktuell.HsaId
            && await db.Anvandare.Where(a => a.HsaId == hamtorder.RegistreradAvHsaId).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct) is { } registreradAv)
        {
            db.Meddelanden.AddRange(Meddelande.HamtorderMakulerad(registreradAv, hamtorder.Hamtordernummer, handelse.Tid));
        }
        return [new Pdlpost("Ändring", $"Hämtorder {hamtorder.Hamtordernummer} makulerad.", hamtorder.MottagareId)];
    }
}
