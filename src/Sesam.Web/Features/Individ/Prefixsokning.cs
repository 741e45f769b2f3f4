using System.Globalization;
using Sesam.Data;
using Sesam.Domain.Individer;

namespace Sesam.Web.Features.Individ;

/// <summary>
/// Individ search for a prefix of digits (123*), the usual way to look up a label: the first page of individer whose
/// individnummer, serienummer or an earlier individnummer starts with it, as a range of each number's index in ordinal
/// order (PostgreSQL: the C-collated indexes of the IndividPrefixIndex and NummerPrefixIndex migrations; SQLite's
/// ordinary indexes are ordinal). A trigram index finds a prefix of digits only by intersecting the long lists of
/// common digit trigrams: on the scale data a five-digit prefix took 2.3 against 0.5 ms on PostgreSQL and 0.85 against
/// 0.29 ms on SQLite.
/// <para>
/// SQL text read with a plain reader (<see cref="Sqlfraga"/>): as a LINQ union of three searches, EF's work per
/// execution was about a third of the app's CPU per search on SQLite, 1.38 against 0.96 ms (docs/prestanda.md,
/// session 17). The three searches are a
/// UNION rather than one OR, so each can use its own index. PostgreSQL runs it with its generic plan
/// (<see cref="GeneriskPlan"/>: planning the union took longer than running it) and gets the first page cut from the
/// union itself: as a bare IN (UNION …) its planner expected thousands of ids and hashed the whole Individer table
/// against them. The IS NOT NULL conditions are for its estimates: almost every event has no earlier individnummer,
/// and without saying so the generic plan expected thousands of matches and joined them by hashing, in parallel, a
/// scan of all individer (10 against 1.7 ms).
/// </para>
/// </summary>
public static class Prefixsokning
{
    private static readonly string Postgres = GeneriskPlan.Installning + Sql("\"C\"", "ORDER BY t.\"Individnummer\" LIMIT @antal");

    private static readonly string Sqlite = Sql("BINARY", "");

    private static string Sql(string ordinal, string forstaSidan) => string.Create(CultureInfo.InvariantCulture, $"""
        SELECT i."Id", i."Individnummer", i."Serienummer", a."Artikelnummer", a."Benamning", i."Status", i."Lagerstatus"
        FROM "Individer" AS i
        INNER JOIN "Artiklar" AS a ON a."Id" = i."ArtikelId"
        WHERE i."Id" IN (
            SELECT t."Id" FROM (
                SELECT "Id", "Individnummer" FROM "Individer"
                WHERE "Individnummer" COLLATE {ordinal} >= @fran AND "Individnummer" COLLATE {ordinal} < @till
                UNION
                SELECT "Id", "Individnummer" FROM "Individer"
                WHERE "Serienummer" IS NOT NULL AND "Serienummer" COLLATE {ordinal} >= @fran AND "Serienummer" COLLATE {ordinal} < @till
                UNION
                SELECT h_i."Id", h_i."Individnummer" FROM "IndividHandelser" AS h
                INNER JOIN "Individer" AS h_i ON h_i."Id" = h."IndividId"
                WHERE h."TidigareIndividnummer" IS NOT NULL AND h."TidigareIndividnummer" COLLATE {ordinal} >= @fran AND h."TidigareIndividnummer" COLLATE {ordinal} < @till
            ) AS t
            {forstaSidan})
        ORDER BY i."Individnummer"
        LIMIT @antal
        """);

    /// <summary>At most <paramref name="antal"/> individer numbered from <paramref name="fran"/> up to, not including,
    /// <paramref name="till"/> (<see cref="Individsokning.Prefixintervall"/>), in individnummer order, with their ids.</summary>
    public static Task<List<(int Id, IndividController.Traff Traff)>> SokAsync(SesamDbContext db, string fran, string till, int antal, CancellationToken ct) =>
        Sqlfraga.LasAsync(db, db.Leverantor == Databasleverantor.Postgres ? Postgres : Sqlite,
            [new("fran", fran), new("till", till), new("antal", antal)],
            lasare => lasare.RaderAsync(l => (l.GetInt32(0), new IndividController.Traff(l.GetString(1), l.TextEllerNull(2), l.GetString(3), l.GetString(4),
                (Individstatus)l.GetInt32(5), (Lagerstatus)l.GetInt32(6), null)), ct),
            ct);
}
