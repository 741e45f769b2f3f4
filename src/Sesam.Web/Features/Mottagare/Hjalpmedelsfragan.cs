using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Data.Sql;
using Sesam.Web.Features.Artiklar;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;
using static Sesam.Web.Features.Mottagare.Mottagarbild;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;

/// <summary>
/// The reads every mottagare page starts from: the page's head and the devices the mottagare has. The patient view runs
/// them on every visit, so they stay as measured (docs/prestanda.md): the head is a compiled query, the devices a few
/// set-based statements (<see cref="ISqlfragor.HjalpmedelAsync"/>) whatever their number.
/// </summary>
public sealed class Hjalpmedelsfragan(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Artikelindex artikelindex) : IAnvandningsfall
{
    /// <summary>Compiled, as every view of a patient runs it (<see cref="KompileradFraga{TParameter, TResultat}"/>).</summary>
    private static readonly KompileradFraga<int, Sesam.Domain.Mottagare.Mottagare?> MottagareFraga = new((db, id, ct) => db.Mottagare.AsNoTracking()
        .Include(x => x.Baskoder).ThenInclude(b => b.Baskod)
        .SingleOrDefault(x => x.Id == id));

    public async Task<Huvud?> HuvudAsync(int id, CancellationToken ct)
    {
        var m = await MottagareFraga.KorAsync(db, id, ct);
        if (m is null)
        {
            return null;
        }
        var baskod = m.GallandeBaskod(Svensktid.Idag(klocka.GetUtcNow()));
        return new Huvud(m.Id, m.Typ, m.Namn, m.Personnummer?.Formaterat, m.Kundnummer, m.Adress, m.Telefon, m.SkyddadIdentitet, m.Hemregion,
            baskod is null ? null : $"{baskod.Baskod.Kod} {baskod.Baskod.Benamning}", baskod?.Baskod.Betalare);
    }

    /// <summary>
    /// What the mottagare has: the individer they hold now, and the delivered order rows without an individ
    /// (accessories, consumables), newest first; and the open hämtordrar, with which of the devices are on one. The
    /// order an individ came on is its latest delivered row, matched in memory. The artiklar's columns come from the
    /// <see cref="Artikelindex"/>: joining the catalogue table was one index look-up per row, most of the database's
    /// work for a patient with 200 devices. The filters therefore apply in memory, to the patient's own rows.
    /// </summary>
    public async Task<(Hamtas Hamtas, IReadOnlyList<Hjalpmedel> Hjalpmedel)> HjalpmedelAsync(int id, Filter filter, CancellationToken ct)
    {
        var las = await db.Sqlfragor.HjalpmedelAsync(id, aktuell.SerAllaTjanstestallen ? null : aktuell.TjanstestalleId, ct);
        var katalog = await artikelindex.VidVersionAsync(las.Katalogversion, ct);
        var farSe = aktuell.FarSeFunktion();
        var rader = las.OppnaHamtorderrader;
        var hamtas = new Hamtas(
            rader.DistinctBy(r => r.Hamtordernummer).OrderBy(r => r.Registrerad).Select(r => new OppenHamtorder(r.Hamtordernummer, farSe(r.TjanstestalleId))).ToList(),
            rader.Select(r => r.IndividId).OfType<int>().ToHashSet(),
            rader.Select(r => r.OrderradId).OfType<int>().ToHashSet());

        var senasteOrder = new Dictionary<int, Hjalpmedelsrader.LevereradRad>();
        foreach (var r in las.Levererade)
        {
            if (r.IndividId is { } individId && (!senasteOrder.TryGetValue(individId, out var tidigare) || tidigare.Id < r.Id))
            {
                senasteOrder[individId] = r;
            }
        }
        var lista = new List<Hjalpmedel>(las.Individer.Count + las.Levererade.Count);
        foreach (var i in las.Individer)
        {
            var artikel = katalog.Artikel(i.ArtikelId);
            var order = senasteOrder.GetValueOrDefault(i.Id);
            lista.Add(new Hjalpmedel(order?.BestallningId, order?.Ordernummer, artikel.Artikelnummer, artikel.Benamning, artikel.IsoKod, artikel.Artikeltyp,
                i.Id, i.Individnummer, i.Komponenter, i.LevereradDatum, 1, i.Agare, null, i.Serienummer, order?.Skickad, i.PaVag, order?.TjanstestalleId,
                hamtas.Individer.Contains(i.Id)));
        }
        if (!filter.EndastIndivider)
        {
            foreach (var r in las.Levererade.Where(r => r.IndividId is null))
            {
                var artikel = katalog.Artikel(r.ArtikelId);
                lista.Add(new Hjalpmedel(r.BestallningId, r.Ordernummer, artikel.Artikelnummer, artikel.Benamning, artikel.IsoKod, artikel.Artikeltyp,
                    null, null, 0, r.LevereradDatum, r.Antal, r.Debiteringsform, r.Id, null, r.Skickad, 0, r.TjanstestalleId,
                    hamtas.Orderrader.Contains(r.Id)));
            }
        }
        var hjalpmedel = lista
            .Where(h => (filter.Iso is null || h.IsoKod.StartsWith(filter.Iso, StringComparison.Ordinal))
                && (filter.Artikeltyp is null || h.Artikeltyp == filter.Artikeltyp)
                && (filter.Debiteringsform is null || h.Agare == filter.Debiteringsform))
            .OrderByDescending(h => h.Levererad).ThenBy(h => h.Artikelnummer, StringComparer.Ordinal)
            .ToList();
        return (hamtas, hjalpmedel);
    }

    public async Task<ILookup<int, Komponent>> KomponenterAsync(List<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return Array.Empty<Komponent>().ToLookup(k => k.IndividId);
        }
        var komponenter = await db.Set<IndividKomponent>().AsNoTracking()
            .Where(k => ids.Contains(k.IndividId))
            .OrderBy(k => k.Artikel.Artikelnummer)
            .Select(k => new Komponent(k.IndividId, k.Artikel.Artikelnummer, k.Artikel.Benamning, k.Antal))
            .ToListAsync(ct);
        return komponenter.ToLookup(k => k.IndividId);
    }

    /// <summary>The individmärkta komponenter, held by the mottagare and not already on their way back, that follow each
    /// of <paramref name="alla"/>'s individer: the numbers are shown next to the device they follow.</summary>
    public async Task<ILookup<int, string>> FoljerMedAsync(int id, IReadOnlyList<Hjalpmedel> alla, Hamtas hamtas, CancellationToken ct)
    {
        var individIds = alla.Where(h => h.IndividId is not null).Select(h => h.IndividId!.Value).ToList();
        return (await db.Set<IndividKomponent>().AsNoTracking()
                .Where(k => individIds.Contains(k.IndividId) && k.KomponentIndivid != null && k.KomponentIndivid.MottagareId == id)
                .Select(k => new { k.IndividId, KomponentId = k.KomponentIndividId!.Value, Individnummer = k.KomponentIndivid!.Individnummer })
                .ToListAsync(ct))
            .Where(k => !hamtas.Individer.Contains(k.KomponentId))
            .ToLookup(k => k.IndividId, k => k.Individnummer);
    }
}
