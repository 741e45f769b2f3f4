using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;

/// <summary>The pencil on a cart row: editing a row clears its patientavgift answer, so the user must answer again.</summary>
public sealed class RedigeraOrderrad(Radvy radvy, Varukorgsvy varukorg) : Kommando<RedigeraOrderrad.Formular, Bestallning>
{
    public sealed record Formular(int Id, int RadId);

    public override string Objektnamn => "Beställningen";

    public override Task<Bestallning?> LaddaAsync(Formular formular, CancellationToken ct) => radvy.VarukorgAsync(formular.Id, formular.RadId, ct);

    public override Task UtforAsync(Bestallning bestallning, Formular formular, CancellationToken ct)
    {
        bestallning.Rader.Single(r => r.Id == formular.RadId).BorjaRedigera();
        return Task.CompletedTask;
    }

    public override IActionResult Klart(Controller controller, Bestallning bestallning, Formular formular) =>
        controller.Redirect($"/bestallning/{bestallning.Id}/rad/{formular.RadId}");

    public override Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        varukorg.VisaIgenAsync(controller, formular.Id, new LaggTillForm(), nameof(LaggTillForm.Artikelnummer), fel, ct);
}
