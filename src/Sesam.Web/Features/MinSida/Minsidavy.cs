using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.MinSida;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Organisation;

/// <summary>Min sida: the user's own details, roles and tjänsteställen, the Inställning form, and the active
/// tjänsteställe's lagerpåfyllnader to kvittera.</summary>
public sealed class Minsidavy(SesamDbContext db, AktuellAnvandare aktuell) : IAnvandningsfall
{
    public sealed record Tjanstestallerad(int Id, string Namn, bool Standard, bool Aktivt);

    public sealed record Kvittering(int Id, string Ordernummer, string Lager, DateOnly? Levererad);

    /// <param name="AttKvittera">"Att göra": the active tjänsteställe's lagerpåfyllnader delivered and not yet kvitterade.</param>
    public sealed record Modell(Anvandare Anvandare, IReadOnlyList<Tjanstestallerad> Tjanstestallen, SparaInstallning.Formular Form, string? Meddelande,
        IReadOnlyList<Kvittering> AttKvittera);

    /// <summary>The page with the user's saved settings in the form.</summary>
    public async Task<Modell> SidaAsync(string? meddelande, CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        var form = new SparaInstallning.Formular { Leveranskalla = anvandare.StandardLeveranskalla, StandardTjanstestalleId = anvandare.StandardTjanstestalleId };
        return await ModellAsync(form, meddelande, ct);
    }

    public async Task<Modell> ModellAsync(SparaInstallning.Formular form, string? meddelande, CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        var tjanstestallen = anvandare.Tjanstestallen
            .Select(t => t.Tjanstestalle)
            .OrderBy(t => t.Kod)
            .Select(t => new Tjanstestallerad(t.Id, t.Visningsnamn, t.Id == anvandare.StandardTjanstestalleId, t.Id == aktuell.TjanstestalleId))
            .ToList();
        var aktivt = aktuell.TjanstestalleId;
        var attKvittera = await db.Bestallningar.AsNoTracking()
            .Where(b => b.TjanstestalleId == aktivt && b.Ordertyp == Ordertyp.Lagerpafyllnad
                && b.Rader.Any(r => r.Status == Radstatus.Levererad && r.Kvitterad == null))
            .OrderBy(b => b.Skickad)
            .Select(b => new Kvittering(b.Id, b.Ordernummer!, b.MottagandeLager!.Nummer + " " + b.MottagandeLager.Namn,
                b.Rader.Where(r => r.Status == Radstatus.Levererad && r.Kvitterad == null).Max(r => r.LevereradDatum)))
            .ToListAsync(ct);
        return new Modell(anvandare, tjanstestallen, form, meddelande, attKvittera);
    }
}
