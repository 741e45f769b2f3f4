using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallningsmallar;

/// <summary>
/// "Ta bort mall" (the administrator only): removes the mall once the user ticked that they mean it; without the tick
/// the edit page says so and nothing is removed, as before.
/// </summary>
public sealed class TaBortBestallningsmall(SesamDbContext db, AktuellAnvandare aktuell, Bestallningsmallvy vy)
    : Kommando<TaBortBestallningsmall.Formular, Bestallningsmall>
{
    /// <param name="Id">From the route.</param>
    /// <param name="Bekraftat">The tick "Jag vill ta bort mallen".</param>
    public sealed record Formular(int Id, bool Bekraftat);

    public override string Objektnamn => "Beställningsmallen";

    public override Task<Bestallningsmall?> LaddaAsync(Formular formular, CancellationToken ct) =>
        vy.Avgransade().SingleOrDefaultAsync(m => m.Id == formular.Id, ct);

    public override async Task UtforAsync(Bestallningsmall mall, Formular formular, CancellationToken ct)
    {
        Bestallningsmall.KravFarTaBort(await aktuell.HamtaAsync(ct));
        if (formular.Bekraftat)
        {
            db.Bestallningsmallar.Remove(mall);
        }
    }

    public override IActionResult Klart(Controller controller, Bestallningsmall mall, Formular formular)
    {
        if (!formular.Bekraftat)
        {
            controller.TempData["Meddelande"] = "Mallen är inte borttagen: bocka i att du vill ta bort den.";
            return controller.Redirect($"/bestallningsmallar/{mall.Id}/redigera");
        }
        controller.TempData["Meddelande"] = $"Beställningsmallen {mall.Namn} är borttagen.";
        return controller.Redirect("/bestallningsmallar");
    }

    public override async Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct)
    {
        if (await vy.HuvudAsync(formular.Id, ct) is not { } huvud)
        {
            return controller.NotFound();
        }
        var modell = await vy.RedigeraVyAsync(huvud, await vy.FormularAsync(huvud, ct), null, new Dictionary<string, string> { ["mall"] = fel }, null, ct);
        return controller.View("Redigera", modell);
    }
}
