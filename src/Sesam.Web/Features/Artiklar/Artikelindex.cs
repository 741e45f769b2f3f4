using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Katalog;

namespace Sesam.Web.Features.Artiklar;

/// <summary>
/// The artikel catalogue's search text, filters and sort keys held in memory, one per app instance, so that Sök artikel
/// costs the same for "rollator" (4 800 of 100 000 artiklar) as for an artikelnummer. In the database a broad
/// substring term made each search read and recheck thousands of rows and sort them to count the hits and cut one
/// page (see docs/prestanda.md); here the hits are a bit set and every sort order is prepared once.
/// <para>
/// Each search reads <see cref="Katalogversion"/>, which database triggers bump on every catalogue change, and
/// rebuilds the index when it differs, so a search never shows an older catalogue than the database holds, whichever
/// instance or import changed it (<see cref="ArtikelSok"/> reads it with the page's availability and searches again
/// in the rare case it has changed). Concurrent searches wait for the same rebuild. The index also holds the columns the
/// hit list shows. Availability is never held here: it is read from the database for the page shown, and sorting by
/// it is left to <see cref="ArtikelSok"/>'s query.
/// </para>
/// <para>
/// Matching is the database search's: every term a substring of the normalised <see cref="Artikel.Soktext"/>. A term
/// has no spaces, so it lies within one word: words are indexed by their trigrams, a term's candidate words are those
/// holding all of its trigrams, and the hits are the artiklar of the words that contain it.
/// </para>
/// </summary>
public sealed class Artikelindex(IServiceScopeFactory scopes)
{
    private readonly Lock _las = new();
    private volatile Bygge? _senaste;

    private sealed record Bygge(long Version, Task<Katalog> Katalog);

    /// <summary>The index last built, without asking the database whether the catalogue has changed since; null before the first build.</summary>
    public Katalog? Senaste => _senaste?.Katalog is { IsCompletedSuccessfully: true } bygge ? bygge.Result : null;

    /// <summary>The index at the catalogue version the database holds now.</summary>
    public async Task<Katalog> AktuellAsync(SesamDbContext db, CancellationToken ct)
    {
        var version = await db.Katalogversion.AsNoTracking().Where(v => v.Id == Katalogversion.RadId).Select(v => v.Version).SingleAsync(ct);
        return await VidVersionAsync(version, ct);
    }

    /// <summary>The index at <paramref name="version"/>, which the caller read from <see cref="Katalogversion"/> with its own
    /// query; built when the last one is of another version.</summary>
    public Task<Katalog> VidVersionAsync(long version, CancellationToken ct)
    {
        var bygge = _senaste;
        if (Inaktuellt(bygge, version))
        {
            lock (_las)
            {
                bygge = _senaste;
                if (Inaktuellt(bygge, version))
                {
                    // Built outside the request: a caller that gives up must not cancel it for the others waiting.
                    bygge = new Bygge(version, Task.Run(() => ByggAsync(version)));
                    _senaste = bygge;
                }
            }
        }
        return bygge.Katalog.WaitAsync(ct);
    }

    /// <summary>Whether <paramref name="bygge"/> is missing, of another version, or failed: then a new one is started.</summary>
    private static bool Inaktuellt([NotNullWhen(false)] Bygge? bygge, long version) =>
        bygge is null || bygge.Version != version || bygge.Katalog.IsFaulted || bygge.Katalog.IsCanceled;

    private async Task<Katalog> ByggAsync(long version)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SesamDbContext>();
        var rader = await db.Artiklar.AsNoTracking()
            .Select(a => new Katalog.Rad(a.Id, a.Soktext, a.Sorteringsnamn, a.Artikelnummer, a.Benamning, a.Sortiment, a.Artikeltyp, a.LeverantorId,
                a.Leverantor == null ? null : a.Leverantor.Namn, a.LeverantorensArtikelnummer, a.ProduktId, a.Produkt == null ? null : a.Produkt.Namn,
                a.IsoKodKod, a.Enhet, a.Leveranstid, a.Status, a.Bestallningsbar, a.Individmarkt))
            .ToListAsync();
        var leverantorer = await db.Leverantorer.AsNoTracking().Select(l => new Alternativ(l.Id, l.Namn)).ToListAsync();
        return new Katalog(version, rader, leverantorer);
    }

    /// <summary>The number of hits and the rows of one page.</summary>
    public sealed record Sidresultat(int Antal, List<Katalog.Rad> Rader);

    /// <summary>One catalogue version, immutable once built and safe to search from any number of threads.</summary>
    public sealed class Katalog
    {
        public sealed record Rad(
            int Id,
            string Soktext,
            string Sorteringsnamn,
            string Artikelnummer,
            string Benamning,
            bool Sortiment,
            Artikeltyp Artikeltyp,
            int? LeverantorId,
            string? Leverantor,
            string? LeverantorensArtikelnummer,
            int? ProduktId,
            string? Produkt,
            string IsoKod,
            string Enhet,
            Leveranstidsklass Leveranstid,
            Artikelstatus Status,
            bool Bestallningsbar,
            bool Individmarkt);

        // Artiklar are numbered by their position in the default order (benämning, then artikelnummer).
        private readonly Rad[] _rader;
        private readonly Dictionary<int, Rad> _perId;
        private readonly ulong[] _alla;
        private readonly ulong[] _sortiment;
        private readonly Dictionary<Artikeltyp, ulong[]> _perArtikeltyp;
        private readonly string[] _ord;
        private readonly int[] _ordStart;
        private readonly int[] _ordArtiklar;
        private readonly Dictionary<long, int[]> _trigramOrd;
        private readonly Dictionary<(ArtikelSortering, bool), int[]> _ordningar = [];
        private readonly Dictionary<(ArtikelSortering, bool), int[]> _rang = [];

        public Katalog(long version, IReadOnlyList<Rad> rader, IReadOnlyList<Alternativ> leverantorer)
        {
            Version = version;
            Leverantorer = leverantorer.OrderBy(l => l.Namn, StringComparer.Ordinal).ToList();
            _rader = rader.OrderBy(r => r.Sorteringsnamn, StringComparer.Ordinal).ThenBy(r => r.Artikelnummer, StringComparer.Ordinal).ToArray();
            _perId = _rader.ToDictionary(r => r.Id);
            _alla = Bitmangd(_ => true);
            _sortiment = Bitmangd(r => r.Sortiment);
            _perArtikeltyp = _rader.Select(r => r.Artikeltyp).Distinct().ToDictionary(typ => typ, typ => Bitmangd(r => r.Artikeltyp == typ));

            var ordnummer = new Dictionary<string, int>(StringComparer.Ordinal);
            var artiklarPerOrd = new List<List<int>>();
            for (var position = 0; position < _rader.Length; position++)
            {
                foreach (var ord in _rader[position].Soktext.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!ordnummer.TryGetValue(ord, out var nummer))
                    {
                        nummer = ordnummer.Count;
                        ordnummer.Add(ord, nummer);
                        artiklarPerOrd.Add([]);
                    }
                    var lista = artiklarPerOrd[nummer];
                    // Positions arrive in ascending order; a word twice in one text is listed once.
                    if (lista.Count == 0 || lista[^1] != position)
                    {
                        lista.Add(position);
                    }
                }
            }
            _ord = new string[ordnummer.Count];
            foreach (var (ord, nummer) in ordnummer)
            {
                _ord[nummer] = ord;
            }
            _ordStart = new int[_ord.Length + 1];
            for (var i = 0; i < _ord.Length; i++)
            {
                _ordStart[i + 1] = _ordStart[i] + artiklarPerOrd[i].Count;
            }
            _ordArtiklar = new int[_ordStart[^1]];
            for (var i = 0; i < _ord.Length; i++)
            {
                artiklarPerOrd[i].CopyTo(_ordArtiklar, _ordStart[i]);
            }

            var trigramOrd = new Dictionary<long, List<int>>();
            for (var nummer = 0; nummer < _ord.Length; nummer++)
            {
                var ord = _ord[nummer];
                for (var i = 0; i + 3 <= ord.Length; i++)
                {
                    var nyckel = Trigram(ord, i);
                    if (!trigramOrd.TryGetValue(nyckel, out var lista))
                    {
                        lista = [];
                        trigramOrd.Add(nyckel, lista);
                    }
                    if (lista.Count == 0 || lista[^1] != nummer)
                    {
                        lista.Add(nummer);
                    }
                }
            }
            _trigramOrd = trigramOrd.ToDictionary(p => p.Key, p => p.Value.ToArray());

            foreach (var sortering in Enum.GetValues<ArtikelSortering>().Where(KanSortera))
            {
                foreach (var fallande in new[] { false, true })
                {
                    var ordning = Ordna(sortering, fallande);
                    var rang = new int[ordning.Length];
                    for (var i = 0; i < ordning.Length; i++)
                    {
                        rang[ordning[i]] = i;
                    }
                    _ordningar[(sortering, fallande)] = ordning;
                    _rang[(sortering, fallande)] = rang;
                }
            }
        }

        public long Version { get; }

        public int Antal => _rader.Length;

        /// <summary>Every leverantör, for the search's leverantör filter.</summary>
        public IReadOnlyList<Alternativ> Leverantorer { get; }

        /// <summary>
        /// The artikel with database id <paramref name="id"/>, for pages that list rows referring to artiklar and take
        /// the artikel's columns from here instead of joining the catalogue table once per row. Such a page reads its rows
        /// first and the catalogue version after them (<see cref="VidVersionAsync"/>): an artikel that a row refers to is
        /// never deleted, so the index at that version or a later one holds it.
        /// </summary>
        public Rad Artikel(int id) =>
            _perId.TryGetValue(id, out var rad) ? rad : throw new InvalidOperationException($"Artikel med id {id} saknas i artikelindexet (katalogversion {Version}).");

        /// <summary>Whether the index can sort by <paramref name="sortering"/>: every column but availability.</summary>
        public static bool KanSortera(ArtikelSortering sortering) => sortering != ArtikelSortering.Tillgangligt;

        /// <summary>
        /// How many artiklar meet <paramref name="villkor"/>, and the <paramref name="antal"/> of them from position
        /// <paramref name="forsta"/> (counted from 0) in the sort order. Only the page is collected: a list of every hit
        /// of a broad term would be a large-object allocation per search.
        /// </summary>
        public Sidresultat Sok(ArtikelSokVillkor villkor, int forsta, int antal)
        {
            if (!KanSortera(villkor.Sortering))
            {
                throw new ArgumentException("Artikelindexet sorterar inte efter tillgängligt saldo.", nameof(villkor));
            }
            var traffar = Traffar(villkor);
            var totalt = 0;
            foreach (var ord in traffar)
            {
                totalt += BitOperations.PopCount(ord);
            }
            var pasidan = Math.Clamp(totalt - forsta, 0, antal);
            var sida = new List<Rad>(Math.Min(pasidan, 1000));
            if (pasidan == 0)
            {
                return new Sidresultat(totalt, sida);
            }
            var ordning = _ordningar[(villkor.Sortering, villkor.Fallande)];
            if (totalt >= _rader.Length / 64)
            {
                // Many hits: the walk meets one within a few positions, and stops when the page is full.
                var sedda = 0;
                foreach (var position in ordning)
                {
                    if ((traffar[position >> 6] & (1UL << position)) == 0)
                    {
                        continue;
                    }
                    if (sedda++ >= forsta)
                    {
                        sida.Add(_rader[position]);
                        if (sida.Count == antal)
                        {
                            break;
                        }
                    }
                }
                return new Sidresultat(totalt, sida);
            }
            // Few hits are sorted by their rank in the order.
            var rang = _rang[(villkor.Sortering, villkor.Fallande)];
            var positioner = new List<int>(totalt);
            for (var i = 0; i < traffar.Length; i++)
            {
                for (var ord = traffar[i]; ord != 0; ord &= ord - 1)
                {
                    positioner.Add((i << 6) + BitOperations.TrailingZeroCount(ord));
                }
            }
            positioner.Sort((x, y) => rang[x].CompareTo(rang[y]));
            sida.AddRange(positioner.Skip(forsta).Take(antal).Select(p => _rader[p]));
            return new Sidresultat(totalt, sida);
        }

        /// <summary>
        /// The positions that meet every criterion, as a bit set: the terms' hits, narrowed by the prepared sets of the
        /// filters almost every search has (sortiment, artikeltyp), then by the rarer ones row by row. The count is then
        /// the set's population, and a page needs only as much of the order as it takes to fill it.
        /// </summary>
        private ulong[] Traffar(ArtikelSokVillkor villkor)
        {
            var traffar = Termtraffar(villkor.Termer) ?? (ulong[])_alla.Clone();
            if (villkor.EndastSortiment)
            {
                Snitt(traffar, _sortiment);
            }
            if (villkor.Artikeltyp is { } typ)
            {
                if (_perArtikeltyp.TryGetValue(typ, out var avTypen))
                {
                    Snitt(traffar, avTypen);
                }
                else
                {
                    Array.Clear(traffar);
                }
            }
            if (villkor.LeverantorId is not null || villkor.ProduktId is not null || villkor.IsoKod is not null)
            {
                Behall(traffar, rad => (villkor.LeverantorId is not { } leverantor || rad.LeverantorId == leverantor)
                    && (villkor.ProduktId is not { } produkt || rad.ProduktId == produkt)
                    && (villkor.IsoKod is not { } iso || rad.IsoKod == iso));
            }
            return traffar;
        }

        private static void Snitt(ulong[] traffar, ulong[] med)
        {
            for (var i = 0; i < traffar.Length; i++)
            {
                traffar[i] &= med[i];
            }
        }

        /// <summary>Clears the hits whose row fails <paramref name="villkor"/>, for criteria without a prepared set.</summary>
        private void Behall(ulong[] traffar, Func<Rad, bool> villkor)
        {
            for (var i = 0; i < traffar.Length; i++)
            {
                for (var ord = traffar[i]; ord != 0; ord &= ord - 1)
                {
                    var bit = BitOperations.TrailingZeroCount(ord);
                    if (!villkor(_rader[(i << 6) + bit]))
                    {
                        traffar[i] &= ~(1UL << bit);
                    }
                }
            }
        }

        private ulong[] Bitmangd(Func<Rad, bool> villkor)
        {
            var mangd = new ulong[(_rader.Length + 63) / 64];
            for (var position = 0; position < _rader.Length; position++)
            {
                if (villkor(_rader[position]))
                {
                    mangd[position >> 6] |= 1UL << position;
                }
            }
            return mangd;
        }

        /// <summary>The positions whose text holds every term, as a bit set; null when there are no terms.</summary>
        private ulong[]? Termtraffar(IReadOnlyList<string> termer)
        {
            ulong[]? traffar = null;
            foreach (var term in termer.Where(t => t.Length >= 3).OrderByDescending(t => t.Length))
            {
                var termensTraffar = new ulong[(_rader.Length + 63) / 64];
                foreach (var nummer in OrdMed(term))
                {
                    for (var i = _ordStart[nummer]; i < _ordStart[nummer + 1]; i++)
                    {
                        var position = _ordArtiklar[i];
                        termensTraffar[position >> 6] |= 1UL << position;
                    }
                }
                if (traffar is null)
                {
                    traffar = termensTraffar;
                }
                else
                {
                    Snitt(traffar, termensTraffar);
                }
            }
            // Terms of one or two characters have no trigram: they are checked against the text of each remaining hit.
            var korta = termer.Where(t => t.Length < 3).ToList();
            if (korta.Count == 0)
            {
                return traffar;
            }
            traffar ??= (ulong[])_alla.Clone();
            Behall(traffar, rad => korta.TrueForAll(t => rad.Soktext.Contains(t, StringComparison.Ordinal)));
            return traffar;
        }

        /// <summary>The words that contain <paramref name="term"/> (three characters or more).</summary>
        private IEnumerable<int> OrdMed(string term)
        {
            int[]? kandidater = null;
            for (var i = 0; i + 3 <= term.Length; i++)
            {
                if (!_trigramOrd.TryGetValue(Trigram(term, i), out var ord))
                {
                    return [];
                }
                if (kandidater is null || ord.Length < kandidater.Length)
                {
                    kandidater = ord;
                }
            }
            return kandidater!.Where(nummer => _ord[nummer].Contains(term, StringComparison.Ordinal));
        }

        private static long Trigram(string text, int start) => ((long)text[start] << 32) | ((long)text[start + 1] << 16) | text[start + 2];

        /// <summary>
        /// Positions in the order the database search sorts by: the column (a missing value first, as SQLite orders it),
        /// then benämning and artikelnummer ascending in either direction, compared as the "C" collation does.
        /// </summary>
        private int[] Ordna(ArtikelSortering sortering, bool fallande)
        {
            var positioner = Enumerable.Range(0, _rader.Length);
            Func<int, string?>? text = sortering switch
            {
                ArtikelSortering.Artikel => p => _rader[p].Artikelnummer,
                ArtikelSortering.Leverantor => p => _rader[p].Leverantor,
                ArtikelSortering.LevArtikelnr => p => _rader[p].LeverantorensArtikelnummer,
                ArtikelSortering.Enhet => p => _rader[p].Enhet,
                ArtikelSortering.Benamning => p => _rader[p].Sorteringsnamn,
                _ => null,
            };
            Func<int, int>? tal = sortering switch
            {
                ArtikelSortering.Artikeltyp => p => (int)_rader[p].Artikeltyp,
                ArtikelSortering.Leveranstid => p => (int)_rader[p].Leveranstid,
                _ => null,
            };
            var ordnade = text is not null
                ? (fallande ? positioner.OrderByDescending(text, StringComparer.Ordinal) : positioner.OrderBy(text, StringComparer.Ordinal))
                : (fallande ? positioner.OrderByDescending(tal!) : positioner.OrderBy(tal!));
            // The positions are already in benämning-then-artikelnummer order, and LINQ's sort is stable; leverantörens
            // artikelnummer alone goes on to artikelnummer, as the query does.
            return sortering == ArtikelSortering.LevArtikelnr
                ? ordnade.ThenBy(p => _rader[p].Artikelnummer, StringComparer.Ordinal).ToArray()
                : ordnade.ToArray();
        }
    }
}
