using Microsoft.EntityFrameworkCore.Storage;
using Sesam.Domain.Audit;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;

namespace Sesam.Data.Sql;

/// <summary>
/// Every statement Sesam writes by hand rather than through LINQ: reads where EF Core's own work per query was a
/// measured share of a page (docs/prestanda.md), and what LINQ cannot say on one database or the other (full-text
/// MATCH, FOR UPDATE, an upsert that returns its value, a multi-row insert). One implementation per database
/// (<see cref="SqliteSqlfragor"/>, <see cref="PostgresSqlfragor"/>), bound to its context and chosen once from the
/// context's provider (<see cref="SesamDbContext.Sqlfragor"/>), so no caller asks which database it runs on. A
/// statement both databases run unchanged is written once, in <see cref="GemensammaSqlfragor"/>.
/// </summary>
public interface ISqlfragor
{
    /// <summary>The database's name as the "Om Sesam" page shows it.</summary>
    string Databasnamn { get; }

    /// <summary>
    /// Whether a request should hold one connection from start to end rather than one per query: opening one is cheap
    /// on some databases and costs a pool lock and the connection's settings on others.
    /// </summary>
    bool EnAnslutningPerAnrop { get; }

    /// <summary>
    /// At most <paramref name="antal"/> individer, in individnummer order, whose individnummer, serienummer or an
    /// earlier individnummer matches <paramref name="sokning"/>, each with <see cref="Individtraff.TidigareNummer"/>
    /// null (the caller fills it in for the hits found through one). A prefix (123*) reads ranges of each number's
    /// index in ordinal order; other patterns are found by trigrams (pg_trgm, FTS5) and the pattern itself decides.
    /// </summary>
    Task<List<Individtraff>> SokIndividerAsync(Individsokning sokning, int antal, CancellationToken ct);

    /// <summary>The artiklar, untracked, whose <see cref="Artikel.Soktext"/> contains every one of the normalised
    /// <paramref name="termer"/> (all artiklar when there is none), for the caller to narrow and order.</summary>
    IQueryable<Artikel> ArtiklarMedTermer(IReadOnlyList<string> termer);

    /// <summary>What the Hjälpmedel tab reads about one mottagare (<see cref="Hjalpmedelsrader"/>).
    /// <paramref name="tjanstestalleId"/> limits the components on their way to the orders of that tjänsteställe; null
    /// counts every unit's (Logistik and Admin see them all).</summary>
    Task<Hjalpmedelsrader> HjalpmedelAsync(int mottagareId, int? tjanstestalleId, CancellationToken ct);

    /// <summary>Takes the next running number of <paramref name="period"/>'s order-number series, atomically and
    /// outside any transaction of the caller's.</summary>
    Task<long> NastaOrdernummerAsync(string period, CancellationToken ct);

    /// <summary>The PDL log's last entry's löpnummer and hash; (0, <see cref="Loggpost.Startvarde"/>) for an empty log.</summary>
    Task<(long Lopnummer, string Hash)> LoggensSistaPostAsync(CancellationToken ct);

    /// <summary>Appends the entries in one atomic statement, outside any transaction; false, with nothing written,
    /// when another writer already holds one of their löpnummer.</summary>
    Task<bool> InfogaLoggposterAsync(IReadOnlyList<Loggpost> poster, CancellationToken ct);

    /// <summary>The transaction an uttag draws its saldon in, or null where the database's single writer makes one
    /// needless (a draw that lost the race then fails on the saldo's version and is retried).</summary>
    Task<IDbContextTransaction?> BorjaUttagAsync(CancellationToken ct);

    /// <summary>The saldon of the given lager and artiklar, tracked; inside <see cref="BorjaUttagAsync"/>'s transaction
    /// they are locked until it ends, so concurrent draws of the same artikel queue instead of conflicting.</summary>
    Task<List<Lagersaldo>> SaldonForUttagAsync(int[] lagerIds, int[] artikelIds, CancellationToken ct);
}
