using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Organisation;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallningsmallar;

/// <summary>The edit form as a change posts it: its fields, the mall from the route, and the artikel search term beside
/// the form, which stays on the page.</summary>
public class Mallformular : Bestallningsmallvy.Redigeringsformular, IVersionsformular
{
    public int Id { get; set; }
    public string? Sok { get; set; }
}

/// <summary>
/// What the edit page's changes ("Spara ändringar", + and ×) share: the mall in the user's scope with its rows, in the
/// version the user saw, and on a refusal the page again with everything the user typed, in the mall's current version,
/// so that saving again applies the user's values to the mall as it is now.
/// </summary>
public abstract class Mallandring<TFormular>(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Bestallningsmallvy vy)
    : Kommando<TFormular, Bestallningsmall>
    where TFormular : Mallformular
{
    protected SesamDbContext Db { get; } = db;

    public override string Objektnamn => "Beställningsmallen";

    public override Task<Bestallningsmall?> LaddaAsync(TFormular formular, CancellationToken ct) =>
        vy.Avgransade().Include(m => m.Tjanstestalle).Include(m => m.Rader).ThenInclude(r => r.Artikel).SingleOrDefaultAsync(m => m.Id == formular.Id, ct);

    public override async Task UtforAsync(Bestallningsmall mall, TFormular formular, CancellationToken ct)
    {
        await AndraAsync(mall, formular, await aktuell.HamtaAsync(ct), klocka.GetUtcNow().UtcDateTime, ct);
        // A row added or removed in the same instant as the mall's last change leaves the mall's own columns as they
        // were, so EF would not raise its version; the mall is claimed so a page open elsewhere is stale.
        Db.GorAnsprak(mall);
    }

    /// <summary>The change through the mall's domain methods.</summary>
    protected abstract Task AndraAsync(Bestallningsmall mall, TFormular formular, Anvandare anvandare, DateTime nu, CancellationToken ct);

    public override async Task<IActionResult> VisaFormularAsync(Controller controller, TFormular formular, string fel, CancellationToken ct)
    {
        if (await vy.HuvudAsync(formular.Id, ct) is not { } huvud)
        {
            return controller.NotFound();
        }
        formular.Version = huvud.Version;
        return controller.View("Redigera", await vy.RedigeraVyAsync(huvud, formular, formular.Sok, new Dictionary<string, string> { ["mall"] = fel }, null, ct));
    }

    /// <summary>The edit page as the answer to + and ×: only the row change is saved, and the rest of the form comes back
    /// as typed, unsaved.</summary>
    protected IActionResult Redigeringssida(Controller controller, Bestallningsmall mall, TFormular formular, string meddelande)
    {
        // The version this change wrote, not one re-read: a change by someone else in between must still be caught on Spara.
        formular.Version = mall.Version;
        return new Efter(async ct => controller.View("Redigera",
            await vy.RedigeraVyAsync((await vy.HuvudAsync(mall.Id, ct))!, formular, formular.Sok, new Dictionary<string, string>(), meddelande, ct)));
    }

    /// <summary>A page read when the result runs, since <see cref="Kommando{TFormular, TObjekt}.Klart"/> answers before
    /// anything is read back: the page shows the rows as saved.</summary>
    private sealed class Efter(Func<CancellationToken, Task<ViewResult>> sida) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context) =>
            await (await sida(context.HttpContext.RequestAborted)).ExecuteResultAsync(context);
    }
}
