using Sesam.Data;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Bestallningar;

/// <summary>"Avbryt plockning": back to Registrerad with the stock and individer released, e.g. to restnotera a row that
/// could not be picked.</summary>
public sealed class AvbrytPlockning(SesamDbContext db, Logistikordervy vy, AktuellAnvandare aktuell, TimeProvider klocka)
    : Logistikkommando<Orderformular>(db, vy)
{
    protected override async Task<(string Meddelande, string? Logg)> AndraAsync(Bestallning order, Orderformular formular, CancellationToken ct)
    {
        order.AvbrytPlockning(klocka.GetUtcNow().UtcDateTime, aktuell.HsaId, await SaldonAsync(order, ct));
        return ($"Plockningen av beställning {order.Ordernummer} är avbruten. Lagersaldo och individer är frisläppta.",
            $"Plockning av beställning {order.Ordernummer} avbruten.");
    }
}
