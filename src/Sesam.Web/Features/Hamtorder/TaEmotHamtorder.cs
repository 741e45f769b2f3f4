using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Hamtorder;

using Sesam.Domain.Hamtordrar;

/// <summary>
/// Logistik's receipt of a hämtorder: individer back into the central warehouse, the rest återlämnade, patient fees of
/// the devices updated, and the hämtorder Stängd; only in the version the user saw. The receipt may create the central
/// warehouse's saldo row of an artikel, which a concurrent receipt or retur may create first: a conflict, not a fault.
/// </summary>
public sealed class TaEmotHamtorder(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Hamtordervy vy)
    : Kommando<TaEmotHamtorder.Formular, Hamtorder>
{
    private string _meddelande = "";

    /// <param name="Nummer">The hämtordernummer, from the route.</param>
    /// <param name="Version">The hämtorder's version on the page the user received it from.</param>
    public sealed record Formular(string Nummer, int Version) : IVersionsformular;

    public override string Objektnamn => "Hämtordern";

    public override string Samtidighetsmeddelande =>
        "Någon annan ändrade hämtordern, dess hjälpmedel eller lagersaldot samtidigt. Kontrollera uppgifterna nedan och försök igen.";

    public override bool ArSamtidigtSkapad(DbUpdateException fel) => Saldouppslag.SkaparSaldorad(db);

    public override Task<Hamtorder?> LaddaAsync(Formular formular, CancellationToken ct) =>
        aktuell.Avgransa(db.Hamtordrar, h => h.TjanstestalleId)
            .Include(x => x.Rader).ThenInclude(r => r.Individ!).ThenInclude(i => i.Artikel).Include(x => x.Rader).ThenInclude(r => r.Orderrad)
            .AsSplitQuery()
            .SingleOrDefaultAsync(h => h.Hamtordernummer == formular.Nummer, ct);

    public override async Task UtforAsync(Hamtorder hamtorder, Formular formular, CancellationToken ct)
    {
        var individer = hamtorder.Rader.Count(r => r.IndividId is not null);
        var (skrotade, central) = await Aterlamning.TaEmotAsync(db, hamtorder, klocka.GetUtcNow().UtcDateTime, aktuell.HsaId, ct);
        _meddelande = $"Hämtorder {hamtorder.Hamtordernummer} är mottagen och stängd."
            + (individer > skrotade ? $" Individer som ägs av Hjälpmedel finns nu i {central.Visningsnamn}." : "")
            + skrotade switch { 0 => "", 1 => " 1 individ som enheten köpt är skrotad.", _ => $" {skrotade} individer som enheten köpt är skrotade." };
    }

    public override Pdlpost Pdl(Hamtorder hamtorder, Formular formular) =>
        new("Ändring", $"Hämtorder {hamtorder.Hamtordernummer} mottagen och stängd.", hamtorder.MottagareId);

    public override IActionResult Klart(Controller controller, Hamtorder hamtorder, Formular formular)
    {
        controller.TempData["Meddelande"] = _meddelande;
        return controller.Redirect($"/hamtorder/{hamtorder.Hamtordernummer}");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        vy.VisaMedFelAsync(controller, formular.Nummer, fel, ct);
}
