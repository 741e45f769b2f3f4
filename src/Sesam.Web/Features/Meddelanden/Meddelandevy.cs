using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Meddelanden;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Meddelanden;

/// <summary>
/// Reading the user's own messages for their pages, newest first: the list, and one message, which reading marks read.
/// A message about another of the user's tjänsteställen than the one they work in says so and offers to switch to it
/// before following the link; one about a tjänsteställe they are no longer linked to offers no link, since the page
/// behind it would answer 404.
/// </summary>
public sealed class Meddelandevy(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka) : IAnvandningsfall
{
    public const int MaxVisade = 200;

    public sealed record Listrad(int Id, string Avsandare, string Rubrik, DateTime Ankom, bool Last);

    public sealed record Listmodell(IReadOnlyList<Listrad> Meddelanden, int Totalt, string? Info);

    /// <summary>Whether the user can follow the link as they work now, after switching to one of their own tjänsteställen, or not at all.</summary>
    public enum Atkomst
    {
        Oppna,
        EfterByte,
        Ingen,
    }

    /// <summary>The tjänsteställe the message's link concerns, and the one the user works in; null when the link concerns none (or its target is gone).</summary>
    public sealed record Malstalle(int Id, string Namn, Atkomst Atkomst, string Aktivt);

    public sealed record Visamodell(Meddelande Meddelande, Malstalle? Tjanstestalle, string? Fel);

    /// <summary>The user's own messages: every address is one of them by id, so another user's is not found.</summary>
    public IQueryable<Meddelande> Mina()
    {
        var jag = aktuell.Id;
        return db.Meddelanden.Where(m => m.AnvandareId == jag);
    }

    public async Task<Listmodell> ListaAsync(string? info, CancellationToken ct)
    {
        var mina = Mina();
        var meddelanden = await mina.AsNoTracking().OrderByDescending(m => m.Ankom).ThenByDescending(m => m.Id).Take(MaxVisade)
            .Select(m => new Listrad(m.Id, m.Avsandare, m.Rubrik, m.Ankom, m.Last != null))
            .ToListAsync(ct);
        var totalt = meddelanden.Count < MaxVisade ? meddelanden.Count : await mina.CountAsync(ct);
        return new Listmodell(meddelanden, totalt, info);
    }

    /// <summary>The message, marked read if it was not; null when the user has no such message.</summary>
    public async Task<Visamodell?> LasAsync(int id, CancellationToken ct)
    {
        var meddelande = await Mina().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meddelande is null)
        {
            return null;
        }
        if (!meddelande.ArLast)
        {
            meddelande.MarkeraLast(klocka.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }
        return new Visamodell(meddelande, await MalstalleAsync(meddelande, ct), null);
    }

    /// <summary>The message with <paramref name="fel"/>, as it is, read or not; null when the user has no such message.</summary>
    public async Task<Visamodell?> VisaAsync(int id, string fel, CancellationToken ct) =>
        await Mina().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) is { } meddelande
            ? new Visamodell(meddelande, await MalstalleAsync(meddelande, ct), fel)
            : null;

    /// <summary>
    /// Reads only which tjänsteställe the linked order, hämtorder, arbetsorder or felrapport belongs to, not the data
    /// itself: the page behind the link keeps deciding what the user sees.
    /// </summary>
    private async Task<Malstalle?> MalstalleAsync(Meddelande meddelande, CancellationToken ct)
    {
        var tjanstestalleId = meddelande.Mal switch
        {
            { Typ: Lanktyp.Bestallning, Id: { } id } => await db.Bestallningar.Where(b => b.Id == id).Select(b => (int?)b.TjanstestalleId).SingleOrDefaultAsync(ct),
            { Typ: Lanktyp.Bestallning, Nummer: { } nummer } => await db.Bestallningar.Where(b => b.Ordernummer == nummer).Select(b => (int?)b.TjanstestalleId).SingleOrDefaultAsync(ct),
            { Typ: Lanktyp.Hamtorder, Nummer: { } nummer } => await db.Hamtordrar.Where(h => h.Hamtordernummer == nummer).Select(h => (int?)h.TjanstestalleId).SingleOrDefaultAsync(ct),
            { Typ: Lanktyp.Arbetsorder, Nummer: { } nummer } => await db.Arbetsordrar.Where(a => a.Arbetsordernummer == nummer).Select(a => (int?)a.TjanstestalleId).SingleOrDefaultAsync(ct),
            { Typ: Lanktyp.Felrapport, Nummer: { } nummer } => await db.Felrapporter.Where(f => f.Felrapportnummer == nummer).Select(f => (int?)f.TjanstestalleId).SingleOrDefaultAsync(ct),
            _ => null,
        };
        if (tjanstestalleId is not { } malId)
        {
            return null;
        }
        var huvud = await aktuell.SidhuvudAsync(ct);
        var namn = huvud.Tjanstestallen.FirstOrDefault(t => t.Id == malId).Visningsnamn
            ?? await db.Tjanstestallen.Where(t => t.Id == malId).Select(t => t.Kod + " " + t.Namn).SingleAsync(ct);
        var atkomst = aktuell.FarSe(malId) ? Atkomst.Oppna
            : huvud.Tjanstestallen.Any(t => t.Id == malId) ? Atkomst.EfterByte
            : Atkomst.Ingen;
        return new Malstalle(malId, namn, atkomst, huvud.AktivtTjanstestalle);
    }
}
