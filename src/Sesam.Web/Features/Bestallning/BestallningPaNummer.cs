using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;

/// <summary>
/// The order by its complete number, as the VGR manual's Sök kundorder allows even when it belongs to another unit:
/// that unit's order is shown read-only and only for what it is and where it stands (<see cref="Bestallningsvy.VisaDetaljerAsync(Microsoft.AspNetCore.Mvc.Controller, Huvud, string?, bool, CancellationToken)"/>
/// leaves out the mottagare and every free text); its makulering, kvittering, låneförbindelse, felrapport and arbetsorder
/// stay with the unit. The user's own unit's order opens as usual.
/// </summary>
public sealed class BestallningPaNummer(SesamDbContext db, AktuellAnvandare aktuell, IAuthorizationService behorighet, Bestallningsvy vy) : IAnvandningsfall
{
    public async Task<IActionResult> VisaAsync(Controller controller, string ordernummer, CancellationToken ct)
    {
        var order = Ordernummer.ArGiltigt(ordernummer)
            ? await db.Bestallningar.AsNoTracking().Where(b => b.Ordernummer == ordernummer && b.Status != Orderstatus.Pagaende)
                .Select(b => new { b.Id, b.TjanstestalleId }).SingleOrDefaultAsync(ct)
            : null;
        if (order is null)
        {
            return controller.NotFound();
        }
        if (aktuell.FarSe(order.TjanstestalleId))
        {
            return controller.Redirect($"/bestallning/{order.Id}");
        }
        // Another unit's order is read by those who work with patients' orders; a 404 tells others nothing.
        if (!(await behorighet.AuthorizeAsync(controller.User, Policy.SerPatienter)).Succeeded)
        {
            return controller.NotFound();
        }
        var huvud = await Bestallningsvy.HuvudAsync(db.Bestallningar.Where(b => b.Id == order.Id), ct);
        return await vy.VisaDetaljerAsync(controller, huvud!, null, annatTjanstestalle: true, ct);
    }
}
