using Microsoft.EntityFrameworkCore;
using Sesam.Domain;

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

    public static async Task<Skickningsresultat> SkickaAsync(SesamDbContext db, int bestallningId, int anvandareId, Guid skickaNyckel,
        bool negativtSaldoBekraftat, DateTime tid, string? hsaId, CancellationToken ct = default)
    {
        if (await RedanSkickadAsync(db, bestallningId, skickaNyckel, ct) is { } redan)
        {
            return redan;
        }
        var bestallning = await LaddaVarukorgAsync(db, bestallningId, anvandareId, ct);
        if (bestallning is null)
        {
            return new Skickningsresultat.EjSkickad("Beställningen finns inte bland dina pågående beställningar.", false);
        }
        if (bestallning.Status != Orderstatus.Pagaende)
        {
            return new Skickningsresultat.Skickad(bestallning.Id, bestallning.Ordernummer!);
        }

        var behov = bestallning.Uttagsbehov();
        var lagerIds = behov.Select(b => b.Lager.Id).Distinct().ToList();
        var artikelIds = behov.Select(b => b.Artikel.Id).Distinct().ToList();
        var saldon = behov.Count == 0
            ? []
            : await db.Lagersaldon.Where(s => lagerIds.Contains(s.LagerId) && artikelIds.Contains(s.ArtikelId)).ToListAsync(ct);
        Lagersaldo Saldo(Lager lager, Artikel artikel)
        {
            var saldo = saldon.FirstOrDefault(s => s.LagerId == lager.Id && s.ArtikelId == artikel.Id);
            if (saldo is null)
            {
                saldo = new Lagersaldo(lager, artikel);
                saldon.Add(saldo);
                db.Lagersaldon.Add(saldo);
            }
            return saldo;
        }

        // Taken before the write and outside it (see Ordernummergenerator); a number of a failed send is just skipped.
        var ordernummer = await Ordernummergenerator.NastaAsync(db, DateOnly.FromDateTime(tid), ct);
        try
        {
            var avgifter = bestallning.SkickaMedUttag(ordernummer, skickaNyckel, tid, hsaId, Saldo, negativtSaldoBekraftat);
            db.Patientavgifter.AddRange(avgifter);
            await db.SaveChangesAsync(ct);
            return new Skickningsresultat.Skickad(bestallning.Id, ordernummer);
        }
        catch (NegativtSaldoException e)
        {
            return new Skickningsresultat.EjSkickad(e.Message, true);
        }
        catch (DomainException e)
        {
            return new Skickningsresultat.EjSkickad(e.Message, false);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await RedanSkickadAsync(db, bestallningId, skickaNyckel, ct) ?? new Skickningsresultat.EjSkickad(Kapplopning, false);
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
            .AsSplitQuery()
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
