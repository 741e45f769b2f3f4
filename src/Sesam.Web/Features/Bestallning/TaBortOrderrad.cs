using Microsoft.AspNetCore.Mvc;
using Sesam.Data;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;

/// <summary>The × on a cart row, from the cart or from "Slutför beställning", which it returns to.</summary>
public sealed class TaBortOrderrad(SesamDbContext db, Radvy radvy, Varukorgsvy varukorg) : Kommando<TaBortOrderrad.Formular, Bestallning>
{
    /// <param name="Tillbaka">"slutfor" when the row was removed on Slutför beställning.</param>
    public sealed record Formular(int Id, int RadId, string? Tillbaka);

    private int _radnummer;

    public override string Objektnamn => "Beställningen";

    public override Task<Bestallning?> LaddaAsync(Formular formular, CancellationToken ct) => radvy.VarukorgAsync(formular.Id, formular.RadId, ct);

    public override Task UtforAsync(Bestallning bestallning, Formular formular, CancellationToken ct)
    {
        var rad = bestallning.Rader.Single(r => r.Id == formular.RadId);
        _radnummer = rad.Radnummer;
        bestallning.TaBortRad(rad);
        db.Remove(rad);
        return Task.CompletedTask;
    }

    public override Pdlpost? Pdl(Bestallning bestallning, Formular formular) =>
        new("Beställning ändrad", $"Rad {_radnummer} borttagen från pågående beställning {bestallning.Id}.", bestallning.MottagareId);

    public override IActionResult Klart(Controller controller, Bestallning bestallning, Formular formular) =>
        controller.Redirect(formular.Tillbaka == "slutfor" ? $"/bestallning/{bestallning.Id}/slutfor" : $"/bestallning/{bestallning.Id}");

    public override Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        varukorg.VisaIgenAsync(controller, formular.Id, new LaggTillForm(), nameof(LaggTillForm.Artikelnummer), fel, ct);
}
