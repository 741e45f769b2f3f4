using Sesam.Data;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Bestallningar;

/// <summary>"Starta plockning": the order goes on a plocklista and its rows' stock is reserved (the domain refuses
/// when the stock does not suffice).</summary>
public sealed class StartaPlockning(SesamDbContext db, Logistikordervy vy) : Logistikkommando<Orderformular>(db, vy)
{
    protected override async Task<(string Meddelande, string? Logg)> AndraAsync(Bestallning order, Orderformular formular, CancellationToken ct)
    {
        order.StartaPlockning(await SaldonAsync(order, ct));
        return ($"Beställning {order.Ordernummer} är för plockning. Skriv ut plocklistan.", $"Plockning av beställning {order.Ordernummer} startad.");
    }
}
