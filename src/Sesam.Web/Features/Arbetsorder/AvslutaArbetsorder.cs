using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Arbetsorder;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Meddelanden;

/// <summary>
/// Logistik avslutar (färdigrapporterar) an arbetsorder with what was done, in the version they saw; an order row it
/// held may then be delivered. The rules on the text are the domain's; what follows is
/// <see cref="ArbetsorderAvslutadHanterare"/>'s.
/// </summary>
public sealed class AvslutaArbetsorder(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Arbetsordervy vy)
    : Kommando<AvslutaArbetsorder.Formular, Arbetsorder>
{
    /// <param name="Nummer">From the route.</param>
    /// <param name="Atgard">"Utförd åtgärd".</param>
    public sealed record Formular(string Nummer, int Version, string? Atgard) : IVersionsformular;

    public override string Objektnamn => "Arbetsordern";

    public override Task<Arbetsorder?> LaddaAsync(Formular formular, CancellationToken ct) =>
        aktuell.Avgransa(db.Arbetsordrar, a => a.TjanstestalleId).SingleOrDefaultAsync(a => a.Arbetsordernummer == formular.Nummer, ct);

    public override async Task UtforAsync(Arbetsorder arbetsorder, Formular formular, CancellationToken ct)
    {
        var avslutadAv = (await aktuell.SidhuvudAsync(ct)).Namn;
        arbetsorder.Avsluta(formular.Atgard, avslutadAv, klocka.GetUtcNow().UtcDateTime);
    }

    public override IActionResult Klart(Controller controller, Arbetsorder arbetsorder, Formular formular)
    {
        controller.TempData["Meddelande"] = $"Arbetsorder {arbetsorder.Arbetsordernummer} är avslutad."
            + (arbetsorder.OrderradId is null ? "" : " Beställningen den höll kan nu levereras ut.");
        return controller.Redirect($"/arbetsorder/{arbetsorder.Arbetsordernummer}");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct)
    {
        controller.ViewData["Atgard"] = formular.Atgard;
        return vy.VisaIgenAsync(controller, formular.Nummer, fel, ct);
    }
}

/// <summary>The one who registered the arbetsorder is told that it is avslutad and what was done.</summary>
public sealed class ArbetsorderAvslutadHanterare(SesamDbContext db) : Handelsehanterare<ArbetsorderAvslutad>
{
    protected override Task<IReadOnlyList<Pdlpost>> HanteraAsync(ArbetsorderAvslutad handelse, CancellationToken ct)
    {
        var arbetsorder = handelse.Arbetsorder;
        db.Meddelanden.AddRange(Meddelande.ArbetsorderAvslutad(arbetsorder, handelse.Tid));
        return Task.FromResult<IReadOnlyList<Pdlpost>>(
            [new Pdlpost("Ändring", $"Arbetsorder {arbetsorder.Arbetsordernummer} avslutad.", arbetsorder.MottagareId)]);
    }
}
