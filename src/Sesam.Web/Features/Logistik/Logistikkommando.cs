using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Organisation;

/// <summary>A step form of Logistik's order page: the order from the route, in the version the user saw.</summary>
public interface ILogistikformular : IVersionsformular
{
    int Id { get; }
}

/// <summary>The steps that post only the order's version: Starta plockning, Inköp gjort, Avbryt plockning, Utleverera.</summary>
public sealed record Orderformular(int Id, int Version) : ILogistikformular;

/// <summary>
/// What every step of Logistik's order handling shares: the order loaded with its rows, stock and individer, and
/// claimed, so two steps on one order never both succeed; a conflict names the stock and individer the step also
/// changes; the answer is the order page with a message, and a refusal the page again with what the user chose.
/// </summary>
public abstract class Logistikkommando<TFormular>(SesamDbContext db, Logistikordervy vy) : Kommando<TFormular, Bestallning>
    where TFormular : class, ILogistikformular
{
    private (string Meddelande, string? Logg) _utfort;

    protected SesamDbContext Db => db;

    public override string Objektnamn => "Beställningen";

    public override string Samtidighetsmeddelande =>
        "Någon annan ändrade beställningen, lagersaldot eller en individ samtidigt. Kontrollera uppgifterna nedan och försök igen.";

    /// <summary>Another order's step created the same saldo row first; nothing was saved.</summary>
    public override bool ArSamtidigtSkapad(DbUpdateException fel) => Saldouppslag.SkaparSaldorad(db);

    public override async Task<Bestallning?> LaddaAsync(TFormular formular, CancellationToken ct)
    {
        var order = await db.Bestallningar
            .Include(b => b.Rader).ThenInclude(r => r.Artikel)
            .Include(b => b.Rader).ThenInclude(r => r.KallLager)
            .Include(b => b.Rader).ThenInclude(r => r.Komponenter).ThenInclude(k => k.Artikel)
            .Include(b => b.Rader).ThenInclude(r => r.Individ)
            .Include(b => b.Mottagare)
            .Include(b => b.MottagandeLager)
            .AsSplitQuery()
            .SingleOrDefaultAsync(b => b.Id == formular.Id && b.Status != Orderstatus.Pagaende, ct);
        if (order is not null)
        {
            // A step may change only rows, stock or individer: the order is claimed so its version rises all the same.
            db.GorAnsprak(order);
        }
        return order;
    }

    public override async Task UtforAsync(Bestallning order, TFormular formular, CancellationToken ct) =>
        _utfort = await AndraAsync(order, formular, ct);

    /// <summary>The step's domain calls; returns the message to the user and the PDL text (null when a domain event logs it).</summary>
    protected abstract Task<(string Meddelande, string? Logg)> AndraAsync(Bestallning order, TFormular formular, CancellationToken ct);

    public override Pdlpost? Pdl(Bestallning order, TFormular formular) =>
        _utfort.Logg is { } logg ? new Pdlpost("Ändring", logg, order.MottagareId) : null;

    public override IActionResult Klart(Controller controller, Bestallning order, TFormular formular)
    {
        controller.TempData["Meddelande"] = _utfort.Meddelande;
        return controller.Redirect($"/logistik/{order.Id}");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, TFormular formular, string fel, CancellationToken ct) =>
        vy.VisaMedFelAsync(controller, formular.Id, fel, Valda(formular), Skrivet(formular), ct);

    /// <summary>The individer the user chose, shown again on a refusal.</summary>
    protected virtual IReadOnlyDictionary<int, string> Valda(TFormular formular) => new Dictionary<int, string>();

    /// <summary>The delivery date the user typed, shown again on a refusal.</summary>
    protected virtual Logistikordervy.Leveransdatumformular? Skrivet(TFormular formular) => null;

    /// <summary>The tracked saldon of the lager and artiklar the order's rows take from.</summary>
    protected async Task<Func<Lager, Artikel, Lagersaldo>> SaldonAsync(Bestallning order, CancellationToken ct)
    {
        var lager = order.Rader.Select(r => r.KallLagerId).Distinct().ToList();
        var artiklar = order.Rader.SelectMany(r => r.Komponenter.Select(k => k.ArtikelId).Prepend(r.ArtikelId)).Distinct().ToList();
        var saldon = await db.Lagersaldon.Where(s => lager.Contains(s.LagerId) && artiklar.Contains(s.ArtikelId)).ToListAsync(ct);
        return Saldouppslag.HamtaEllerSkapa(db, saldon);
    }
}
