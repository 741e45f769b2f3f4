using Microsoft.AspNetCore.Mvc;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;

/// <summary>"Ta bort" on a pågående beställning: the cart goes with its rows, for its registrant only.</summary>
public sealed class TaBortVarukorg(SesamDbContext db, AktuellAnvandare aktuell, Bestallningsvy vy) : Kommando<TaBortVarukorg.Formular, Bestallning>
{
    /// <param name="Id">From the route.</param>
    public sealed record Formular(int Id);

    public override string Objektnamn => "Beställningen";

    public override Task<Bestallning?> LaddaAsync(Formular formular, CancellationToken ct) =>
        Varukorgar.LaddaPagaendeAsync(db, formular.Id, aktuell.Id, ct);

    /// <summary>A cart that was never sent leaves nothing behind to keep: it is deleted, not given a status.</summary>
    public override Task UtforAsync(Bestallning bestallning, Formular formular, CancellationToken ct)
    {
        db.RemoveRange(bestallning.Rader.SelectMany(r => r.Komponenter));
        db.RemoveRange(bestallning.Rader);
        db.Remove(bestallning);
        return Task.CompletedTask;
    }

    public override Pdlpost Pdl(Bestallning bestallning, Formular formular) =>
        new("Beställning borttagen", $"Pågående beställning {bestallning.Id} borttagen.", bestallning.MottagareId);

    public override IActionResult Klart(Controller controller, Bestallning bestallning, Formular formular) => controller.Redirect("/bestallning");

    /// <summary>Only a concurrent change comes here, typically the cart sent in another tab: its page says what it is now.</summary>
    public override Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        vy.VisaDetaljerAsync(controller, formular.Id, fel, ct);
}
