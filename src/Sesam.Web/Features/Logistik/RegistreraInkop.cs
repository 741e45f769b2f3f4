using Sesam.Data;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Bestallningar;

/// <summary>"Inköp gjort": an artikel is bought from the leverantör for the order, which can then no longer be makulerad.</summary>
public sealed class RegistreraInkop(SesamDbContext db, Logistikordervy vy) : Logistikkommando<Orderformular>(db, vy)
{
    protected override Task<(string Meddelande, string? Logg)> AndraAsync(Bestallning order, Orderformular formular, CancellationToken ct)
    {
        order.RegistreraInkop();
        return Task.FromResult<(string, string?)>(($"Inköp är registrerat för beställning {order.Ordernummer}. Den kan inte längre makuleras.",
            $"Inköp registrerat för beställning {order.Ordernummer}."));
    }
}
