using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Katalog;

namespace Sesam.Web.Features.Artiklar;

public enum ArtikelSortering
{
    Benamning,
    Artikel,
    Leverantor,
    LevArtikelnr,
    Enhet,
    Artikeltyp,
    Leveranstid,
    Tillgangligt,
}

/// <summary>What to search for. Every term must match; the other criteria narrow further.</summary>
public sealed record ArtikelSokVillkor
{
    /// <summary>Normalised terms (<see cref="Sok.Termer"/>); empty lists everything the other criteria allow.</summary>
    public IReadOnlyList<string> Termer { get; init; } = [];
    public bool EndastSortiment { get; init; } = true;
    public Artikeltyp? Artikeltyp { get; init; }
    public int? LeverantorId { get; init; }
    public int? ProduktId { get; init; }
    public string? IsoKod { get; init; }
    /// <summary>The lager whose available quantity each hit shows; null shows none.</summary>
    public int? TillganglighetLagerId { get; init; }
    public ArtikelSortering Sortering { get; init; }
    public bool Fallande { get; init; }
    public int Sida { get; init; } = 1;
    public int PerSida { get; init; } = ArtikelSok.StandardPerSida;
}

public sealed record ArtikelTraff(
    int Id,
    string Artikelnummer,
    string Benamning,
    string Enhet,
    Artikeltyp Artikeltyp,
    string? Leverantor,
    string? LeverantorensArtikelnummer,
    int? ProduktId,
    string? Produkt,
    Leveranstidsklass Leveranstid,
    Artikelstatus Status,
    bool Sortiment,
    bool Bestallningsbar,
    bool Individmarkt,
    int Tillgangligt);

public sealed record ArtikelSokResultat(IReadOnlyList<ArtikelTraff> Traffar, int Antal, int Sida, int PerSida)
{
    public int AntalSidor => Math.Max(1, (Antal + PerSida - 1) / PerSida);
}

public sealed record Alternativ(int Id, string Namn);

/// <summary>
/// Artikel search over <see cref="Artikel.Soktext"/>: benämning or part of it, leverantör, leverantörens
/// artikelnummer, artikelnummer and produkt, each term a substring. The hits, their order and their columns come from
/// the in-memory <see cref="Artikelindex"/> and one query reads the availability of the page shown with the catalogue
/// version; sorted by availability, the database's trigram (PostgreSQL) or FTS5 (SQLite) index finds the hits and one
/// query reads the page.
/// </summary>
public sealed class ArtikelSok(SesamDbContext db, Artikelindex index)
{
    public const int MinstaAntalTecken = 3;
    public const int StandardPerSida = 100;

    private Artikelindex.Katalog? _katalog;
    private bool _bekraftad;

    /// <summary>
    /// How many sorted ids one query reads. Sorting ids only keeps the sorted rows narrow; the shown columns, joins
    /// and availability are then read for one page alone. Beyond this many hits a separate count is needed.
    /// </summary>
    public int SorteradeIGenomlasning { get; init; } = 10_000;

    /// <summary>The Swedish message for a search box that cannot be searched, or null when it can.</summary>
    public static string? Kontrollera(string? sok) =>
        (sok?.Trim().Length ?? 0) < MinstaAntalTecken ? $"Du måste ange minst {MinstaAntalTecken} tecken för att kunna söka." : null;

    /// <summary>The artiklar that meet the criteria, unordered: for callers that project their own columns.</summary>
    public IQueryable<Artikel> Filtrera(ArtikelSokVillkor villkor)
    {
        var artiklar = db.Sqlfragor.ArtiklarMedTermer(villkor.Termer);
        if (villkor.EndastSortiment)
        {
            artiklar = artiklar.Where(a => a.Sortiment);
        }
        if (villkor.Artikeltyp is { } typ)
        {
            artiklar = artiklar.Where(a => a.Artikeltyp == typ);
        }
        if (villkor.LeverantorId is { } leverantor)
        {
            artiklar = artiklar.Where(a => a.LeverantorId == leverantor);
        }
        if (villkor.ProduktId is { } produkt)
        {
            artiklar = artiklar.Where(a => a.ProduktId == produkt);
        }
        if (villkor.IsoKod is { } iso)
        {
            artiklar = artiklar.Where(a => a.IsoKodKod == iso);
        }
        return artiklar;
    }

    public async Task<ArtikelSokResultat> SokAsync(ArtikelSokVillkor villkor, CancellationToken ct = default)
    {
        var perSida = Math.Clamp(villkor.PerSida, 1, 1000);
        if (!Artikelindex.Katalog.KanSortera(villkor.Sortering))
        {
            return await SokITabellenAsync(villkor, perSida, ct);
        }
        // The index as last built is searched first; the query for the page's availability also reads the catalogue
        // version, and a changed catalogue (rare) is rebuilt and searched again. A catalogue changing on every attempt
        // (an import under way) is shown as of the last rebuild, which is newer than this request's first read.
        for (var forsok = 1; ; forsok++)
        {
            var katalog = _katalog ??= index.Senaste ?? await BekraftadKatalogAsync(ct);
            var sida = Math.Max(1, villkor.Sida);
            var traffar = katalog.Sok(villkor, (sida - 1) * perSida, perSida);
            var sista = Math.Max(1, (traffar.Antal + perSida - 1) / perSida);
            if (sida > sista)
            {
                sida = sista;
                traffar = katalog.Sok(villkor, (sida - 1) * perSida, perSida);
            }
            var rader = traffar.Rader;
            var (version, tillgangligt) = await VersionOchTillgangligtAsync(villkor.TillganglighetLagerId, rader.Select(r => r.Id).ToList(), ct);
            if (version == katalog.Version || forsok == 3)
            {
                _bekraftad = true;
                return new ArtikelSokResultat(
                    rader.Select(r => new ArtikelTraff(r.Id, r.Artikelnummer, r.Benamning, r.Enhet, r.Artikeltyp, r.Leverantor, r.LeverantorensArtikelnummer,
                        r.ProduktId, r.Produkt, r.Leveranstid, r.Status, r.Sortiment, r.Bestallningsbar, r.Individmarkt, tillgangligt.GetValueOrDefault(r.Id))).ToList(),
                    traffar.Antal, sida, perSida);
            }
            _katalog = await BekraftadKatalogAsync(ct);
        }
    }

    /// <summary>
    /// The catalogue version and the available (saldo less reserved) quantity per artikel in <paramref name="lagerId"/>
    /// for the hits of one page, in one round trip.
    /// </summary>
    private async Task<(long Version, Dictionary<int, int> Tillgangligt)> VersionOchTillgangligtAsync(int? lagerId, List<int> ids, CancellationToken ct)
    {
        // One array parameter: the same statement for every page, instead of one per page size.
        var saldon = db.Lagersaldon.Where(s => s.LagerId == lagerId && EF.Parameter(ids).Contains(s.ArtikelId));
        var rader = await (
                from v in db.Katalogversion.Where(v => v.Id == Katalogversion.RadId)
                from s in saldon.DefaultIfEmpty()
                select new { v.Version, ArtikelId = (int?)s!.ArtikelId, Tillgangligt = (int?)(s.Saldo - s.Reserverat) })
            .AsNoTracking()
            .ToListAsync(ct);
        return (rader[0].Version, rader.Where(r => r.ArtikelId is not null).ToDictionary(r => r.ArtikelId!.Value, r => r.Tillgangligt!.Value));
    }

    /// <summary>Sorted by availability, which changes with every uttag: the database sorts the hits with each one's saldo.</summary>
    private async Task<ArtikelSokResultat> SokITabellenAsync(ArtikelSokVillkor villkor, int perSida, CancellationToken ct)
    {
        var artiklar = Filtrera(villkor);
        // One sorted pass yields the count and every page of all but the broadest searches.
        var sorterade = await Sortera(artiklar, villkor.Sortering, villkor.Fallande, villkor.TillganglighetLagerId)
            .Select(a => a.Id)
            .Take(SorteradeIGenomlasning + 1)
            .ToListAsync(ct);
        var antal = sorterade.Count <= SorteradeIGenomlasning ? sorterade.Count : await artiklar.CountAsync(ct);
        var antalSidor = Math.Max(1, (antal + perSida - 1) / perSida);
        var sida = Math.Clamp(villkor.Sida, 1, antalSidor);
        var forst = (sida - 1) * perSida;
        var ids = sorterade.Count <= SorteradeIGenomlasning || forst + perSida <= sorterade.Count
            ? sorterade.Skip(forst).Take(perSida).ToList()
            : await Sortera(artiklar, villkor.Sortering, villkor.Fallande, villkor.TillganglighetLagerId)
                .Skip(forst).Take(perSida).Select(a => a.Id).ToListAsync(ct);
        if (ids.Count == 0)
        {
            return new ArtikelSokResultat([], antal, sida, perSida);
        }
        var lagerId = villkor.TillganglighetLagerId;
        var saldon = db.Lagersaldon;
        var rader = await db.Artiklar.AsNoTracking()
            .Where(a => EF.Parameter(ids).Contains(a.Id))
            .Select(a => new ArtikelTraff(
                a.Id,
                a.Artikelnummer,
                a.Benamning,
                a.Enhet,
                a.Artikeltyp,
                a.Leverantor == null ? null : a.Leverantor.Namn,
                a.LeverantorensArtikelnummer,
                a.ProduktId,
                a.Produkt == null ? null : a.Produkt.Namn,
                a.Leveranstid,
                a.Status,
                a.Sortiment,
                a.Bestallningsbar,
                a.Individmarkt,
                saldon.Where(s => s.LagerId == lagerId && s.ArtikelId == a.Id).Sum(s => s.Saldo - s.Reserverat)))
            .ToDictionaryAsync(a => a.Id, ct);
        return new ArtikelSokResultat(ids.Select(id => rader[id]).ToList(), antal, sida, perSida);
    }

    /// <summary>The leverantör filter's list, from the catalogue version this request's search was checked against.</summary>
    public async Task<IReadOnlyList<Alternativ>> LeverantorerAsync(CancellationToken ct = default) =>
        (_bekraftad && _katalog is not null ? _katalog : await BekraftadKatalogAsync(ct)).Leverantorer;

    private async Task<Artikelindex.Katalog> BekraftadKatalogAsync(CancellationToken ct)
    {
        _katalog = await index.AktuellAsync(db, ct);
        _bekraftad = true;
        return _katalog;
    }

    private IQueryable<Artikel> Sortera(IQueryable<Artikel> artiklar, ArtikelSortering sortering, bool fallande, int? lagerId)
    {
        // A DbSet held in a local: reached through the context inside the expression, EF would compile and run that
        // part of the expression on every execution to find the query root.
        var saldon = db.Lagersaldon;
        var sorterade = sortering switch
        {
            ArtikelSortering.Artikel => Ordna(artiklar, a => a.Artikelnummer, fallande),
            ArtikelSortering.Leverantor => Ordna(artiklar, a => a.Leverantor == null ? null : a.Leverantor.Namn, fallande).ThenBy(a => a.Sorteringsnamn),
            ArtikelSortering.LevArtikelnr => Ordna(artiklar, a => a.LeverantorensArtikelnummer, fallande),
            ArtikelSortering.Enhet => Ordna(artiklar, a => a.Enhet, fallande).ThenBy(a => a.Sorteringsnamn),
            ArtikelSortering.Artikeltyp => Ordna(artiklar, a => a.Artikeltyp, fallande).ThenBy(a => a.Sorteringsnamn),
            ArtikelSortering.Leveranstid => Ordna(artiklar, a => a.Leveranstid, fallande).ThenBy(a => a.Sorteringsnamn),
            ArtikelSortering.Tillgangligt => Ordna(
                artiklar, a => saldon.Where(s => s.LagerId == lagerId && s.ArtikelId == a.Id).Sum(s => s.Saldo - s.Reserverat), fallande)
                .ThenBy(a => a.Sorteringsnamn),
            _ => Ordna(artiklar, a => a.Sorteringsnamn, fallande),
        };
        return sorterade.ThenBy(a => a.Artikelnummer);
    }

    private static IOrderedQueryable<Artikel> Ordna<T>(IQueryable<Artikel> artiklar, System.Linq.Expressions.Expression<Func<Artikel, T>> nyckel, bool fallande) =>
        fallande ? artiklar.OrderByDescending(nyckel) : artiklar.OrderBy(nyckel);
}
