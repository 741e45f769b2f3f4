using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Organisation;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallningsmallar;

/// <summary>
/// "Ny beställningsmall" on the list: a mall for the active tjänsteställe (the administrator picks any with a förråd).
/// The change is to the tjänsteställe, which gets the mall; a name it already has is the database's unique index,
/// answered on the list with what the user typed.
/// </summary>
public sealed class SkapaBestallningsmall(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Bestallningsmallvy vy)
    : Kommando<Bestallningsmallvy.Nyformular, Tjanstestalle>
{
    private Bestallningsmall? _mall;

    public override string Objektnamn => "Beställningsmallen";

    public override Task<Tjanstestalle?> LaddaAsync(Bestallningsmallvy.Nyformular formular, CancellationToken ct)
    {
        var tjanstestalleId = formular.TjanstestalleId ?? aktuell.TjanstestalleId;
        return db.Tjanstestallen.Include(t => t.Forrad).SingleOrDefaultAsync(t => t.Id == tjanstestalleId, ct);
    }

    public override async Task UtforAsync(Tjanstestalle tjanstestalle, Bestallningsmallvy.Nyformular formular, CancellationToken ct)
    {
        _mall = new Bestallningsmall(formular.Namn ?? "", formular.Beskrivning, tjanstestalle, await aktuell.HamtaAsync(ct), klocka.GetUtcNow().UtcDateTime);
        db.Bestallningsmallar.Add(_mall);
    }

    /// <summary>The unique (tjänsteställe, namn) index.</summary>
    public override Task<string?> UnikhetsfelAsync(Tjanstestalle tjanstestalle, Bestallningsmallvy.Nyformular formular, DbUpdateException fel, CancellationToken ct) =>
        Task.FromResult<string?>(Bestallningsmallvy.NamnetFinns(formular.Namn, tjanstestalle.Visningsnamn));

    public override IActionResult Klart(Controller controller, Tjanstestalle tjanstestalle, Bestallningsmallvy.Nyformular formular)
    {
        controller.TempData["Meddelande"] = $"Beställningsmallen {_mall!.Namn} är skapad. Lägg till artiklar nedan.";
        return controller.Redirect($"/bestallningsmallar/{_mall.Id}/redigera");
    }

    public override async Task<IActionResult> VisaFormularAsync(Controller controller, Bestallningsmallvy.Nyformular formular, string fel, CancellationToken ct) =>
        controller.View("Index", await vy.IndexVyAsync(formular, fel, ct));
}
