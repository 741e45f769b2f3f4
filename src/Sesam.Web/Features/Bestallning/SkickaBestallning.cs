using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Organisation;

/// <summary>
/// "Bekräfta" and "Skicka beställning": the order, its uttag ur eget förråd (stock and individer), the patient fees and
/// what its domain events add (<see cref="AutomatiskLagerpafyllnadHanterare"/>) are written by one SaveChanges, i.e. in
/// one transaction; stock, individer and the cart are versioned, so the loser of a race for the same individ or the
/// last unit writes nothing and keeps their cart. Not a <see cref="Kommando{TFormular, TObjekt}"/>, because its order
/// numbers are taken before and outside that transaction and a send that only lost a race for a saldo is drawn again.
/// </summary>
public sealed class SkickaBestallning(
    SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Handelsehantering handelser, Pafyllnadsnummer pafyllnadsnummer,
    Bestallningsvy vy, Pdl pdl) : IAnvandningsfall
{
    public const string Kapplopning =
        "Någon annan hann före: en individ eller ett lagersaldo i beställningen ändrades medan du skickade. " +
        "Din pågående beställning är sparad – kontrollera den och skicka igen.";

    /// <summary>How often a send is retried when only stock saldon changed under it (other users drawing the same artikel).</summary>
    private const int MaxForsok = 10;

    /// <param name="Id">From the route.</param>
    /// <param name="SkickaNyckel">Made when the Bekräfta page was shown, so a double click or a resend after going back
    /// finds the order the first click created instead of making a second one.</param>
    /// <param name="NegativtSaldoBekraftat">"Hjälpmedlet finns i förrådet – jag bekräftar uttaget trots negativt saldo".</param>
    public sealed record Formular(int Id, Guid SkickaNyckel, bool NegativtSaldoBekraftat);

    private sealed record Skickad(int Id, string Ordernummer, int? MottagareId, int TjanstestalleId);

    public async Task<IActionResult> VisaBekraftaAsync(Controller controller, int id, CancellationToken ct)
    {
        var bestallning = await Varukorgar.LaddaAsync(db, id, aktuell.Id, ct);
        if (bestallning is null)
        {
            return controller.NotFound();
        }
        return bestallning.Status == Orderstatus.Pagaende
            ? await VisaBekraftaAsync(controller, bestallning, Guid.NewGuid(), null, ct)
            : controller.Redirect($"/bestallning/{id}");
    }

    public async Task<IActionResult> SkickaAsync(Controller controller, Formular formular, CancellationToken ct)
    {
        if (formular.SkickaNyckel == Guid.Empty)
        {
            return controller.BadRequest();
        }
        var (skickad, fel, poster) = await SkickaAsync(formular, ct);
        if (skickad is null)
        {
            db.ChangeTracker.Clear();
            var bestallning = await Varukorgar.LaddaAsync(db, formular.Id, aktuell.Id, ct);
            return bestallning is null ? controller.NotFound() : await VisaBekraftaAsync(controller, bestallning, formular.SkickaNyckel, fel, ct);
        }
        // A cart kept from a session in another of the user's tjänsteställen: sending it is working there, and the
        // order, now that unit's data, stays visible on the confirmation.
        await aktuell.ArbetaIAsync(skickad.TjanstestalleId, ct);
        foreach (var post in poster.Append(new Pdlpost("Beställning skickad", $"Beställning {skickad.Ordernummer} skickad.", skickad.MottagareId)))
        {
            await pdl.LoggaAsync(post.Handling, post.Beskrivning, post.MottagareId, ct);
        }
        return controller.Redirect($"/bestallning/{skickad.Id}/skickad");
    }

    /// <summary>The confirmation with the order number and the Låneförbindelse button.</summary>
    public async Task<IActionResult> VisaSkickadAsync(Controller controller, int id, CancellationToken ct)
    {
        var huvud = await vy.HuvudAsync(id, ct);
        if (huvud is null || huvud.Status == Orderstatus.Pagaende)
        {
            return controller.NotFound();
        }
        await pdl.LoggaAsync("Beställning läst", $"Bekräftelse av beställning {huvud.Ordernummer} visad.", huvud.MottagareId, ct);
        return controller.View("Skickad", huvud);
    }

    /// <returns>The sent order (now, or earlier with the same key), or why not; and the PDL entries of what followed.</returns>
    private async Task<(Skickad? Skickad, string Fel, IReadOnlyList<Pdlpost> Poster)> SkickaAsync(Formular formular, CancellationToken ct)
    {
        if (await RedanSkickadAsync(formular, ct) is { } redan)
        {
            return (redan, "", []);
        }
        var tid = klocka.GetUtcNow().UtcDateTime;
        string? ordernummer = null;
        for (var forsok = 1; ; forsok++)
        {
            var bestallning = await Varukorgar.LaddaAsync(db, formular.Id, aktuell.Id, ct);
            if (bestallning is null)
            {
                return (null, "Beställningen finns inte bland dina pågående beställningar.", []);
            }
            if (bestallning.Status != Orderstatus.Pagaende)
            {
                return (new Skickad(bestallning.Id, bestallning.Ordernummer!, bestallning.MottagareId, bestallning.TjanstestalleId), "", []);
            }
            // Taken once, before the write and outside it (see Ordernummergenerator); a retry reuses it, since the failed
            // attempt wrote nothing, and a number of a send that fails for good is simply skipped.
            ordernummer ??= await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(tid), ct);
            // An automatic lagerpåfyllnad needs a number of its own, taken outside the transaction too. That is rare (once
            // per saldo until the påfyllnad is kvitterad), so the send first goes without one and, when its handler asks for
            // one, writes nothing and starts again with it.
            if (pafyllnadsnummer.Behovs && pafyllnadsnummer.Nummer is null)
            {
                pafyllnadsnummer.Nummer = await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(tid), ct);
            }
            // PostgreSQL: the saldon are locked while drawing, so concurrent draws of the same artikel queue instead of
            // conflicting. SQLite has a single writer anyway; there a draw that lost the race is retried below.
            await using var transaktion = await db.Sqlfragor.BorjaUttagAsync(ct);
            try
            {
                var saldon = await SaldonAsync(bestallning, ct);
                db.Patientavgifter.AddRange(bestallning.SkickaMedUttag(ordernummer, formular.SkickaNyckel, tid, aktuell.HsaId, saldon, formular.NegativtSaldoBekraftat));
                var poster = await handelser.ForeSparningAsync(ct);
                if (pafyllnadsnummer.Behovs && pafyllnadsnummer.Nummer is null)
                {
                    db.ChangeTracker.Clear();
                    continue;
                }
                await db.SaveChangesAsync(ct);
                if (transaktion is not null)
                {
                    await transaktion.CommitAsync(ct);
                }
                return (new Skickad(bestallning.Id, ordernummer, bestallning.MottagareId, bestallning.TjanstestalleId), "", poster);
            }
            catch (DomainException e)
            {
                return (null, e.Message, []);
            }
            catch (DbUpdateConcurrencyException e)
            {
                // A saldo that merely moved is drawn again from its new value (which may now need the negative-stock
                // confirmation); a changed individ or cart means someone else won, and this user's cart is kept.
                var baraSaldon = e.Entries.Count > 0 && e.Entries.All(x => x.Entity is Lagersaldo);
                db.ChangeTracker.Clear();
                if (await RedanSkickadAsync(formular, ct) is { } forst)
                {
                    return (forst, "", []);
                }
                if (!baraSaldon || forsok == MaxForsok)
                {
                    return (null, Kapplopning, []);
                }
                await Task.Delay(Random.Shared.Next(1, 4 * forsok), ct);
            }
            catch (DbUpdateException)
            {
                // A double click racing itself: the unique send key lets only one commit, and that order is the answer.
                db.ChangeTracker.Clear();
                var forst = await RedanSkickadAsync(formular, ct);
                if (forst is null)
                {
                    throw;
                }
                return (forst, "", []);
            }
        }
    }

    /// <summary>The saldon the cart's uttag draws from, tracked; a missing one is created at zero.</summary>
    private async Task<Func<Lager, Artikel, Lagersaldo>> SaldonAsync(Bestallning bestallning, CancellationToken ct)
    {
        var behov = bestallning.Uttagsbehov();
        var lagerIds = behov.Select(b => b.Lager.Id).Distinct().ToArray();
        var artikelIds = behov.Select(b => b.Artikel.Id).Distinct().ToArray();
        return Saldouppslag.HamtaEllerSkapa(db, behov.Count == 0 ? [] : await db.Sqlfragor.SaldonForUttagAsync(lagerIds, artikelIds, ct));
    }

    private Task<Skickad?> RedanSkickadAsync(Formular formular, CancellationToken ct) =>
        db.Bestallningar.AsNoTracking()
            .Where(b => b.SkickaNyckel == formular.SkickaNyckel && b.Id == formular.Id)
            .Select(b => new Skickad(b.Id, b.Ordernummer!, b.MottagareId, b.TjanstestalleId))
            .SingleOrDefaultAsync(ct);

    private async Task<IActionResult> VisaBekraftaAsync(Controller controller, Bestallning bestallning, Guid nyckel, string? fel, CancellationToken ct)
    {
        var behov = bestallning.Uttagsbehov();
        var lagerIds = behov.Select(b => b.Lager.Id).Distinct().ToList();
        var artikelIds = behov.Select(b => b.Artikel.Id).Distinct().ToList();
        var saldon = await db.Lagersaldon.AsNoTracking().Where(s => lagerIds.Contains(s.LagerId) && artikelIds.Contains(s.ArtikelId))
            .Select(s => new { s.LagerId, s.ArtikelId, Tillgangligt = s.Saldo - s.Reserverat }).ToListAsync(ct);
        var negativa = behov
            .Select(b => (b, Tillgangligt: saldon.FirstOrDefault(s => s.LagerId == b.Lager.Id && s.ArtikelId == b.Artikel.Id)?.Tillgangligt ?? 0))
            .Where(x => x.Tillgangligt - x.b.Antal < 0)
            .Select(x => $"Artikel {x.b.Artikel.Artikelnummer} {x.b.Artikel.Benamning}: {Math.Max(x.Tillgangligt, 0)} tillgängliga i {x.b.Lager.Visningsnamn}, {x.b.Antal} tas ut. Saldot blir negativt.")
            .ToList();
        var huvud = (await vy.HuvudAsync(bestallning.Id, ct))!;
        await pdl.LoggaAsync("Beställning läst", $"Bekräfta beställning {bestallning.Id} visad.", bestallning.MottagareId, ct);
        return controller.View("Bekrafta", new BekraftaModell(huvud, await vy.RaderAsync(bestallning.Id, ct), Bestallningsvy.LeveransText(bestallning.Leverans), negativa, nyckel, fel));
    }
}
