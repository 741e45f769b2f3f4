using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;

/// <summary>"Bifoga bilaga till artikel" on a cart row: stored in the database with the order, within the domain's
/// size, type and count limits.</summary>
public sealed class LaggTillBilaga(SesamDbContext db, TimeProvider klocka, Radvy radvy) : Kommando<LaggTillBilaga.Formular, Bestallning>
{
    public sealed record Formular(int Id, int RadId, IFormFile? Bilaga);

    public override string Objektnamn => "Beställningen";

    public override Task<Bestallning?> LaddaAsync(Formular formular, CancellationToken ct) => radvy.VarukorgAsync(formular.Id, formular.RadId, ct);

    public override async Task UtforAsync(Bestallning bestallning, Formular formular, CancellationToken ct)
    {
        var (filnamn, innehall) = await Bilageuppladdning.LasAsync(formular.Bilaga, ct);
        var befintliga = await db.OrderradBilagor.CountAsync(b => b.OrderradId == formular.RadId, ct);
        db.OrderradBilagor.Add(OrderradBilaga.Skapa(bestallning.Rader.Single(r => r.Id == formular.RadId), befintliga, filnamn, innehall, klocka.GetUtcNow().UtcDateTime));
    }

    public override Pdlpost? Pdl(Bestallning bestallning, Formular formular) =>
        new("Beställning ändrad", $"Bilaga tillagd på rad {bestallning.Rader.Single(r => r.Id == formular.RadId).Radnummer} i pågående beställning {bestallning.Id}.",
            bestallning.MottagareId);

    public override IActionResult Klart(Controller controller, Bestallning bestallning, Formular formular) =>
        controller.Redirect($"/bestallning/{bestallning.Id}/rad/{formular.RadId}");

    /// <summary>The row's step with the message beside the file field.</summary>
    public override async Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct)
    {
        if (await radvy.VarukorgAsync(formular.Id, formular.RadId, ct) is not { } bestallning)
        {
            return controller.Redirect($"/bestallning/{formular.Id}");
        }
        controller.ModelState.AddModelError(nameof(Formular.Bilaga), fel);
        return await radvy.VisaAsync(controller, bestallning, bestallning.Rader.Single(r => r.Id == formular.RadId), null, ct);
    }
}
