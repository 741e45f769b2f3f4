using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;

/// <summary>
/// "Kvittera": the unit confirms that a lagerpåfyllnad's delivery has come. Only then do its artiklar count in the
/// förråd's saldo and its individer become available. Only in the version the user saw, so that two colleagues
/// kvittering the same delivery add it once.
/// </summary>
public sealed class KvitteraLeverans(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Bestallningsvy vy)
    : Kommando<KvitteraLeverans.Formular, Bestallning>
{
    /// <param name="Id">From the route.</param>
    /// <param name="Version">The order's version on the page the user kvitterade on.</param>
    public sealed record Formular(int Id, int Version) : IVersionsformular;

    public override string Objektnamn => "Beställningen";

    public override Task<Bestallning?> LaddaAsync(Formular formular, CancellationToken ct) =>
        aktuell.Avgransa(db.Bestallningar, b => b.TjanstestalleId)
            .Include(b => b.MottagandeLager)
            .Include(b => b.Rader).ThenInclude(r => r.Artikel)
            .Include(b => b.Rader).ThenInclude(r => r.Komponenter).ThenInclude(k => k.Artikel)
            .Include(b => b.Rader).ThenInclude(r => r.Individ!).ThenInclude(i => i.Lager)
            .AsSplitQuery()
            .SingleOrDefaultAsync(b => b.Id == formular.Id && b.Status != Orderstatus.Pagaende, ct);

    public override async Task UtforAsync(Bestallning order, Formular formular, CancellationToken ct)
    {
        var artiklar = order.Rader.SelectMany(r => r.Komponenter.Select(k => k.ArtikelId).Prepend(r.ArtikelId)).Distinct().ToList();
        var saldon = await db.Lagersaldon.Where(s => s.LagerId == order.MottagandeLagerId && artiklar.Contains(s.ArtikelId)).ToListAsync(ct);
        order.Kvittera(klocka.GetUtcNow().UtcDateTime, aktuell.HsaId, Saldouppslag.HamtaEllerSkapa(db, saldon));
        // The order's own columns may not change (only its rows do): claimed, so a colleague's kvittering of the same
        // version conflicts instead of adding the delivery twice.
        db.GorAnsprak(order);
    }

    /// <summary>A concurrent kvittering or retur created the same förråd saldo row first.</summary>
    public override bool ArSamtidigtSkapad(DbUpdateException fel) => Saldouppslag.SkaparSaldorad(db);

    public override Pdlpost Pdl(Bestallning order, Formular formular) =>
        new("Leverans kvitterad", $"Lagerpåfyllnad {order.Ordernummer} kvitterad.", null);

    public override IActionResult Klart(Controller controller, Bestallning order, Formular formular)
    {
        controller.TempData["Meddelande"] = $"Leveransen är kvitterad. Artiklarna finns nu i {order.MottagandeLager!.Visningsnamn}.";
        return controller.Redirect($"/bestallning/{order.Id}");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        vy.VisaDetaljerAsync(controller, formular.Id, fel, ct);
}
