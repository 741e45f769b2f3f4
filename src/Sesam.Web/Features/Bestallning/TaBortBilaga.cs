using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;

/// <summary>Removes a bilaga from a row of the user's cart.</summary>
public sealed class TaBortBilaga(SesamDbContext db, AktuellAnvandare aktuell, Radvy radvy) : Kommando<TaBortBilaga.Formular, OrderradBilaga>
{
    public sealed record Formular(int Id, int RadId, int BilagaId);

    public override string Objektnamn => "Beställningen";

    public override Task<OrderradBilaga?> LaddaAsync(Formular formular, CancellationToken ct)
    {
        var anvandareId = aktuell.Id;
        return db.OrderradBilagor.Include(b => b.Orderrad).ThenInclude(r => r.Bestallning)
            .SingleOrDefaultAsync(b => b.Id == formular.BilagaId && b.OrderradId == formular.RadId && b.Orderrad.BestallningId == formular.Id
                && b.Orderrad.Bestallning.RegistreradAvId == anvandareId && b.Orderrad.Bestallning.Status == Orderstatus.Pagaende, ct);
    }

    public override Task UtforAsync(OrderradBilaga bilaga, Formular formular, CancellationToken ct)
    {
        db.OrderradBilagor.Remove(bilaga);
        return Task.CompletedTask;
    }

    public override Pdlpost? Pdl(OrderradBilaga bilaga, Formular formular) =>
        new("Beställning ändrad", $"Bilaga borttagen från pågående beställning {formular.Id}.", bilaga.Orderrad.Bestallning.MottagareId);

    public override IActionResult Klart(Controller controller, OrderradBilaga bilaga, Formular formular) =>
        controller.Redirect($"/bestallning/{formular.Id}/rad/{formular.RadId}");

    public override Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct)
    {
        controller.ModelState.AddModelError("Bilaga", fel);
        return radvy.VisaAsync(controller, formular.Id, formular.RadId, ct);
    }
}
