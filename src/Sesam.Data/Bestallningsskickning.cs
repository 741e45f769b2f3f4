using Microsoft.EntityFrameworkCore;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Meddelanden;
using Sesam.Domain.Organisation;

namespace Sesam.Data;

/// <summary>The outcome of sending a cart.</summary>
public abstract record Skickningsresultat
{
    private Skickningsresultat() { }

    /// <summary>Sent now, or earlier with the same send key (double click, back and resend): one order either way.</summary>
    public sealed record Skickad(int BestallningId, string Ordernummer) : Skickningsresultat;

    /// <summary>Not sent; the cart is kept as it was. <see cref="NegativtSaldo"/> asks the user to confirm the uttag.</summary>
    public sealed record EjSkickad(string Meddelande, bool NegativtSaldo) : Skickningsresultat;
}

/// <summary>
/// Sends a cart: the order, the uttag ur eget förråd (stock and individer) and the patient fees are written by one
/// SaveChanges, i.e. in one transaction. Stock, individer and the cart are versioned, so when two users race for
/// the same individ or the last unit, the loser's write fails as a whole and their cart stays untouched.
/// </summary>
public static class Bestallningsskickning
{
    public const string Kapplopning =
        "Någon annan hann före: en individ eller ett lagersaldo i beställningen ändrades medan du skickade. " +
        "Din pågående beställning är sparad – kontrollera den och skicka igen.";

    /// <summary>How often a send is retried when only stock saldon changed under it (other users drawing the same artikel).</summary>
    private const int MaxForsok = 10;

    public static async Task<Skickningsresultat> SkickaAsync(SesamDbContext db, int bestallningId, int anvandareId, Guid skickaNyckel,
        bool negativtSaldoBekraftat, DateTime tid, string? hsaId, CancellationToken ct = default)
    {
        if (await RedanSkickadAsync(db, bestallningId, skickaNyckel, ct) is { } redan)
        {
            return redan;
        }
        string? ordernummer = null;
        string? pafyllnadsnummer = null;
        var pafyllnadBehovs = false;
        for (var forsok = 1; ; forsok++)
        {
            var bestallning = await LaddaVarukorgAsync(db, bestallningId, anvandareId, ct);
            if (bestallning is null)
            {
                return new Skickningsresultat.EjSkickad("Beställningen finns inte bland dina pågående beställningar.", false);
            }
            if (bestallning.Status != Orderstatus.Pagaende)
            {
                return new Skickningsresultat.Skickad(bestallning.Id, bestallning.Ordernummer!);
            }
            // Taken once, before the write and outside it (see Ordernummergenerator); a retry reuses it, since the
            // failed attempt wrote nothing, and a number of a send that fails for good is simply skipped.
            ordernummer ??= await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(tid), ct);
            // An uttag that takes the förråd below a min level sends an automatic lagerpåfyllnad, which needs a number of its
            // own, taken here outside the transaction too. That is rare (once per saldo until the påfyllnad is kvitterad), so
            // the send first goes without one and, when it finds it needs one, writes nothing and starts again.
            if (pafyllnadBehovs && pafyllnadsnummer is null)
            {
                pafyllnadsnummer = await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(tid), ct);
            }
            // PostgreSQL: the saldon are locked while drawing, so concurrent draws of the same artikel queue instead of
            // conflicting. SQLite has a single writer anyway; there a draw that lost the race is retried below.
            await using var transaktion = await db.Sqlfragor.BorjaUttagAsync(ct);
            var saldon = await SaldonAsync(db, bestallning, ct);
            try
            {
                var avgifter = bestallning.SkickaMedUttag(ordernummer, skickaNyckel, tid, hsaId, saldon, negativtSaldoBekraftat);
                db.Patientavgifter.AddRange(avgifter);
                var underMin = bestallning.Uttagsbehov().Select(b => saldon(b.Lager, b.Artikel)).Where(s => s.BehoverAutomatiskPafyllnad).Distinct().ToList();
                if (underMin.Count > 0)
                {
                    if (pafyllnadsnummer is null)
                    {
                        db.ChangeTracker.Clear();
                        pafyllnadBehovs = true;
                        continue;
                    }
                    await AutomatiskPafyllnadAsync(db, bestallning, underMin, pafyllnadsnummer, tid, ct);
                }
                await db.SaveChangesAsync(ct);
                if (transaktion is not null)
                {
                    await transaktion.CommitAsync(ct);
                }
                return new Skickningsresultat.Skickad(bestallning.Id, ordernummer);
            }
            catch (NegativtSaldoException e)
            {
                db.ChangeTracker.Clear();
                return new Skickningsresultat.EjSkickad(e.Message, true);
            }
            catch (DomainException e)
            {
                db.ChangeTracker.Clear();
                return new Skickningsresultat.EjSkickad(e.Message, false);
            }
            catch (DbUpdateConcurrencyException e)
            {
                // A saldo that merely moved is drawn again from its new value (which may now need the negative-stock
                // confirmation); a changed individ or cart means someone else won, and this user's cart is kept.
                var baraSaldon = e.Entries.Count > 0 && e.Entries.All(x => x.Entity is Lagersaldo);
                db.ChangeTracker.Clear();
                if (await RedanSkickadAsync(db, bestallningId, skickaNyckel, ct) is { } forst)
                {
                    return forst;
                }
                if (!baraSaldon || forsok == MaxForsok)
                {
                    return new Skickningsresultat.EjSkickad(Kapplopning, false);
                }
                await Task.Delay(Random.Shared.Next(1, 4 * forsok), ct);
            }
            catch (DbUpdateException)
            {
                // A double click racing itself: the unique send key lets only one commit, and that order is the answer.
                db.ChangeTracker.Clear();
                var forst = await RedanSkickadAsync(db, bestallningId, skickaNyckel, ct);
                if (forst is null)
                {
                    throw;
                }
                return forst;
            }
        }
    }

    /// <summary>
    /// Orders the automatic lagerpåfyllnad of the förråd the uttag took below its min level, in the uttag's own unit of
    /// work. The saldo rows are the guard against ordering twice: each is marked while its påfyllnad is on its way, and
    /// two uttag of the same saldo cannot both commit (it is versioned, and locked on PostgreSQL).
    /// </summary>
    private static async Task AutomatiskPafyllnadAsync(SesamDbContext db, Bestallning uttag, List<Lagersaldo> underMin, string ordernummer, DateTime tid,
        CancellationToken ct)
    {
        var central = await db.Lager.Centralt().FirstAsync(ct);
        // The refill is priced and gets its standard komponenter like any order: load what the uttag did not need.
        var artikelIds = underMin.Select(s => s.ArtikelId).ToList();
        await db.Artiklar.Where(a => artikelIds.Contains(a.Id))
            .Include(a => a.Priser).Include(a => a.Komponenter).ThenInclude(k => k.Komponent).ThenInclude(k => k.Priser)
            .AsSplitQuery().LoadAsync(ct);
        var utlostAv = await db.Anvandare.SingleAsync(a => a.Id == uttag.RegistreradAvId, ct);
        // An uttag draws from one förråd, the tjänsteställe's own; should it ever draw from two, the other's saldon stay
        // unmarked and its påfyllnad is ordered by the next uttag there.
        var forrad = underMin[0].Lager;
        var tjanstestalle = uttag.Tjanstestalle.ForradId == forrad.Id ? uttag.Tjanstestalle : await db.Tjanstestallen.FirstAsync(t => t.ForradId == forrad.Id, ct);
        var pafyllnad = Bestallning.NyAutomatiskLagerpafyllnad(utlostAv, tjanstestalle, central, underMin.Where(s => s.Lager == forrad).ToList(), ordernummer, tid);
        if (pafyllnad is not null)
        {
            db.Bestallningar.Add(pafyllnad);
            db.Meddelanden.AddRange(Meddelande.AutomatiskLagerpafyllnad(utlostAv, pafyllnad, tid));
        }
    }

    /// <summary>The saldon the cart's uttag draws from, tracked; a missing one is created at zero.</summary>
    private static async Task<Func<Lager, Artikel, Lagersaldo>> SaldonAsync(SesamDbContext db, Bestallning bestallning, CancellationToken ct)
    {
        var behov = bestallning.Uttagsbehov();
        var lagerIds = behov.Select(b => b.Lager.Id).Distinct().ToArray();
        var artikelIds = behov.Select(b => b.Artikel.Id).Distinct().ToArray();
        return Saldouppslag.HamtaEllerSkapa(db, behov.Count == 0 ? [] : await db.Sqlfragor.SaldonForUttagAsync(lagerIds, artikelIds, ct));
    }

    /// <summary>The cart with everything sending needs, tracked. Only the user who registered it may send it.</summary>
    public static Task<Bestallning?> LaddaVarukorgAsync(SesamDbContext db, int bestallningId, int anvandareId, CancellationToken ct = default) =>
        db.Bestallningar
            .Include(b => b.Mottagare)
            .Include(b => b.Tjanstestalle)
            .Include(b => b.Rader).ThenInclude(r => r.Artikel)
            .Include(b => b.Rader).ThenInclude(r => r.KallLager)
            .Include(b => b.Rader).ThenInclude(r => r.Individ).ThenInclude(i => i!.Lager)
            .Include(b => b.Rader).ThenInclude(r => r.Individ).ThenInclude(i => i!.Komponenter)
            .Include(b => b.Rader).ThenInclude(r => r.Komponenter).ThenInclude(k => k.Artikel)
            .SingleOrDefaultAsync(b => b.Id == bestallningId && b.RegistreradAvId == anvandareId, ct);

    private static async Task<Skickningsresultat?> RedanSkickadAsync(SesamDbContext db, int bestallningId, Guid skickaNyckel, CancellationToken ct)
    {
        var skickad = await db.Bestallningar.AsNoTracking()
            .Where(b => b.SkickaNyckel == skickaNyckel && b.Id == bestallningId)
            .Select(b => new { b.Id, b.Ordernummer })
            .SingleOrDefaultAsync(ct);
        return skickad is null ? null : new Skickningsresultat.Skickad(skickad.Id, skickad.Ordernummer!);
    }
}
