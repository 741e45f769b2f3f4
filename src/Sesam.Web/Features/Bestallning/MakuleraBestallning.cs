using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Meddelanden;

/// <summary>
/// "Makulera beställning" (Registrera/skapa → Ja, makulera): only while no purchase exists and Logistik has not
/// started, never an uttag ur eget förråd (the domain says why not). Only in the version the user saw, so an order
/// Logistik took meanwhile is not makulerad from a stale page. What follows is <see cref="BestallningMakuleradHanterare"/>'s.
/// </summary>
public sealed class MakuleraBestallning(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Bestallningsvy vy)
    : Kommando<MakuleraBestallning.Formular, Bestallning>
{
    /// <param name="Id">From the route.</param>
    /// <param name="Version">The order's version on the page the user confirmed on.</param>
    /// <param name="Bekraftat">"Ja, makulera".</param>
    public sealed record Formular(int Id, int Version, bool Bekraftat) : IVersionsformular;

    public sealed class Validator : AbstractValidator<Formular>
    {
        public Validator() =>
            RuleFor(f => f.Bekraftat).Equal(true).WithMessage("Bekräfta med Ja, makulera att beställningen ska makuleras.");
    }

    public override string Objektnamn => "Beställningen";

    public override Task<Bestallning?> LaddaAsync(Formular formular, CancellationToken ct) =>
        aktuell.Avgransa(db.Bestallningar, b => b.TjanstestalleId)
            .Include(b => b.Rader)
            .SingleOrDefaultAsync(b => b.Id == formular.Id && b.Status != Orderstatus.Pagaende, ct);

    public override Task UtforAsync(Bestallning bestallning, Formular formular, CancellationToken ct)
    {
        bestallning.Makulera(klocka.GetUtcNow().UtcDateTime);
        return Task.CompletedTask;
    }

    public override IActionResult Klart(Controller controller, Bestallning bestallning, Formular formular)
    {
        controller.TempData["Meddelande"] = $"Beställning {bestallning.Ordernummer} är makulerad.";
        return controller.Redirect($"/bestallning/{bestallning.Id}");
    }

    public override async Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        await vy.HuvudAsync(formular.Id, ct) is { } huvud
            ? await vy.VisaDetaljerAsync(controller, huvud, fel, annatTjanstestalle: false, ct)
            : controller.NotFound();
}

/// <summary>
/// A makulerad order: registered arbetsordrar on its rows are makulerade (nothing will be delivered for them to wait
/// for), an automatic påfyllnad lets the förråd's next uttag order a new one (it is still below its min level), and
/// those who ordered are told, unless they did it themselves.
/// </summary>
public sealed class BestallningMakuleradHanterare(SesamDbContext db, AktuellAnvandare aktuell) : Handelsehanterare<BestallningMakulerad>
{
    protected override async Task<IReadOnlyList<Pdlpost>> HanteraAsync(BestallningMakulerad handelse, CancellationToken ct)
    {
        var order = handelse.Bestallning;
        var rader = order.Rader.Select(r => (int?)r.Id).ToList();
        foreach (var arbetsorder in await db.Arbetsordrar.Where(a => rader.Contains(a.OrderradId) && a.Status == Arbetsorderstatus.Registrerad).ToListAsync(ct))
        {
            arbetsorder.Makulera(handelse.Tid);
        }
        if (order.Automatisk)
        {
            var artiklar = order.Rader.Select(r => r.ArtikelId).ToList();
            foreach (var saldo in await db.Lagersaldon.Where(s => s.LagerId == order.MottagandeLagerId && artiklar.Contains(s.ArtikelId)).ToListAsync(ct))
            {
                saldo.PafyllnadAvslutad();
            }
        }
        db.Meddelanden.AddRange(Meddelande.BestallningMakulerad(order, handelse.Tid).Where(m => m.AnvandareId != aktuell.Id));
        return [new Pdlpost("Beställning makulerad", $"Beställning {order.Ordernummer} makulerad.", order.MottagareId)];
    }
}
