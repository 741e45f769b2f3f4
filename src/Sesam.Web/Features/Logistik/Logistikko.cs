using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Bestallningar;

/// <summary>"Inkommande beställningar": the queue of orders Logistik still has work in, the most urgent first.</summary>
public sealed class Logistikko(SesamDbContext db) : IAnvandningsfall
{
    public const int MaxTraffar = 500;

    /// <summary>The queue's status choices: "Att hantera" is every status Logistik still has work in.</summary>
    public static readonly IReadOnlyList<(string Varde, string Text)> Statusval =
    [
        ("", "Att hantera"), (nameof(Orderstatus.Registrerad), "Registrerad"), (nameof(Orderstatus.ForPlockning), "För plockning"),
        (nameof(Orderstatus.Plockad), "Plockad"), (nameof(Orderstatus.Utlevererad), "Utlevererad"),
    ];

    public sealed record Kofilter(Orderstatus? Status, Ordertyp? Typ, bool Restnoterade);

    public sealed record Korad(int Id, string Ordernummer, Ordertyp Typ, string Tjanstestalle, DateTime Skickad, DateOnly? Planerad,
        bool Samleverans, bool Akut, int Rader, int Restnoterade, Orderstatus Status);

    public sealed record Komodell(Kofilter Filter, IReadOnlyList<Korad> Ordrar, bool FlerTraffar);

    public async Task<IActionResult> VisaAsync(Controller controller, Orderstatus? status, Ordertyp? typ, bool restnoterade, CancellationToken ct)
    {
        var filter = new Kofilter(status is Orderstatus.Pagaende or Orderstatus.Makulerad ? null : status, typ, restnoterade);
        var fraga = db.Bestallningar.AsNoTracking();
        fraga = filter.Status is { } s
            ? fraga.Where(b => b.Status == s)
            : fraga.Where(b => b.Status == Orderstatus.Registrerad || b.Status == Orderstatus.ForPlockning || b.Status == Orderstatus.Plockad);
        if (filter.Typ is { } t)
        {
            fraga = fraga.Where(b => b.Ordertyp == t);
        }
        if (filter.Restnoterade)
        {
            fraga = fraga.Where(b => b.Rader.Any(r => r.Status == Radstatus.Restnoterad));
        }
        var ordrar = await fraga
            .Select(b => new
            {
                b.Id,
                b.Ordernummer,
                b.Ordertyp,
                Tjanstestalle = b.Tjanstestalle.Kod + " " + b.Tjanstestalle.Namn,
                b.Skickad,
                Planerad = b.Rader.Where(r => r.Status == Radstatus.Registrerad || r.Status == Radstatus.Restnoterad).Min(r => r.PlaneratLeveransdatum),
                b.Samleverans,
                Akut = b.Leverans != null && b.Leverans.Prioritet == Leveransprioritet.Akut,
                Rader = b.Rader.Count(r => r.Status != Radstatus.Makulerad),
                Restnoterade = b.Rader.Count(r => r.Status == Radstatus.Restnoterad),
                b.Status,
            })
            // The most urgent first: akut, then the earliest planned delivery, then the oldest.
            .OrderByDescending(b => b.Akut).ThenBy(b => b.Planerad).ThenBy(b => b.Skickad).ThenBy(b => b.Id)
            .Take(MaxTraffar + 1)
            .ToListAsync(ct);
        var rader = ordrar.Take(MaxTraffar)
            .Select(b => new Korad(b.Id, b.Ordernummer!, b.Ordertyp, b.Tjanstestalle, b.Skickad!.Value, b.Planerad, b.Samleverans, b.Akut, b.Rader, b.Restnoterade, b.Status))
            .ToList();
        return controller.View("Index", new Komodell(filter, rader, ordrar.Count > MaxTraffar));
    }
}
