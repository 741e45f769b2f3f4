using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Meddelanden;

/// <summary>"Utleverera": stock drawn, devices delivered (or on their way to the förråd), patient fees recorded, a
/// följesedel. A row whose arbetsorder is still open holds the delivery (the domain's rule).</summary>
public sealed class Utleverera(SesamDbContext db, Logistikordervy vy, AktuellAnvandare aktuell, TimeProvider klocka)
    : Logistikkommando<Orderformular>(db, vy)
{
    protected override async Task<(string Meddelande, string? Logg)> AndraAsync(Bestallning order, Orderformular formular, CancellationToken ct)
    {
        var radIds = order.Rader.Select(r => (int?)r.Id).ToList();
        var oppna = await Db.Arbetsordrar.Where(a => radIds.Contains(a.OrderradId) && a.Status == Arbetsorderstatus.Registrerad)
            .Select(a => new { a.OrderradId, a.Arbetsordernummer }).ToListAsync(ct);
        var avgifter = order.Utleverera(klocka.GetUtcNow().UtcDateTime, aktuell.HsaId, await SaldonAsync(order, ct),
            oppna.GroupBy(a => a.OrderradId).ToDictionary(g => order.Rader.Single(r => r.Id == g.Key), g => string.Join(", ", g.Select(a => a.Arbetsordernummer))));
        Db.Patientavgifter.AddRange(avgifter);
        var rest = order.Status == Orderstatus.Registrerad ? " Restnoterade rader levereras senare." : "";
        return ($"Beställning {order.Ordernummer} är utlevererad på följesedel {Foljesedelnummer.Skapa(order.Ordernummer!, order.Foljesedlar)}.{rest}",
            $"Beställning {order.Ordernummer} utlevererad (följesedel {order.Foljesedlar}).");
    }
}

/// <summary>A lagerpåfyllnad on its way: those who ordered it are told to kvittera it when it has come.</summary>
public sealed class LagerpafyllnadUtlevereradHanterare(SesamDbContext db) : Handelsehanterare<LagerpafyllnadUtlevererad>
{
    protected override Task<IReadOnlyList<Pdlpost>> HanteraAsync(LagerpafyllnadUtlevererad handelse, CancellationToken ct)
    {
        db.Meddelanden.AddRange(Meddelande.LeveransAttKvittera(handelse.Bestallning, handelse.Tid));
        return Task.FromResult<IReadOnlyList<Pdlpost>>([]);
    }
}
