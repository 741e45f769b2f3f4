using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sesam.Domain.Audit;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;

namespace Sesam.Data.Sql;

/// <summary>
/// The statements both databases run unchanged, and the shape of those that differ: each database's class gives its
/// own text or query for the rest (<see cref="ISqlfragor"/>).
/// </summary>
public abstract class GemensammaSqlfragor(SesamDbContext db) : ISqlfragor
{
    private static readonly (string Egenskap, Func<Loggpost, object?> Varde)[] Loggkolumner =
    [
        (nameof(Loggpost.Lopnummer), p => p.Lopnummer),
        (nameof(Loggpost.Tidpunkt), p => p.Tidpunkt),
        (nameof(Loggpost.HsaId), p => p.HsaId),
        (nameof(Loggpost.TjanstestalleId), p => p.TjanstestalleId),
        (nameof(Loggpost.MottagareId), p => p.MottagareId),
        (nameof(Loggpost.Handling), p => p.Handling),
        (nameof(Loggpost.Beskrivning), p => p.Beskrivning),
        (nameof(Loggpost.ForegaendeHash), p => p.ForegaendeHash),
        (nameof(Loggpost.Hash), p => p.Hash),
    ];

    /// <summary>
    /// <see cref="Orderrad.PaVag"/> in SQL, over Orderrader "o" joined to their Bestallningar "b". The LINQ rule is the
    /// definition; a test compares the two for every pair of statuses.
    /// </summary>
    private static readonly string PaVag = string.Create(CultureInfo.InvariantCulture,
        $"""b."Status" NOT IN ({(int)Orderstatus.Pagaende}, {(int)Orderstatus.Makulerad}) AND o."Status" IN ({(int)Radstatus.Registrerad}, {(int)Radstatus.Restnoterad})""");

    /// <summary>
    /// The Hjälpmedel tab's four reads as one command read with a plain reader: for a patient with 200 devices the
    /// page's cost was these reads, much of it EF Core's work per query (translating, caching, shaping) and a round
    /// trip each; as one command the app's CPU per view fell from about 2.5 to 1.6–1.9 ms (docs/prestanda.md). Every
    /// delivered row is read, with or without an individ: those with one tell which order the individ came on.
    /// IndividId is tested in memory, because as a condition in SQL SQLite answered it from the IndividId index, which
    /// holds almost every order row under NULL, instead of starting from the mottagare's orders. The catalogue version
    /// is read last, after the rows: artiklar that rows refer to cannot be deleted, so the catalogue at that version or
    /// a later one holds every artikel the rows name.
    /// </summary>
    private static readonly string Hjalpmedel = string.Create(CultureInfo.InvariantCulture, $"""
        SELECT h."Hamtordernummer", h."TjanstestalleId", h."Registrerad", r."IndividId", r."OrderradId"
        FROM "Hamtordrar" AS h
        INNER JOIN "Hamtorderrader" AS r ON r."HamtorderId" = h."Id"
        WHERE h."MottagareId" = @mottagare AND h."Status" = {(int)Hamtorderstatus.Registrerad};

        SELECT i."Id", i."ArtikelId", i."Individnummer", i."LevereradDatum", i."Agare", i."Serienummer", i."AntalKomponenter",
            (SELECT CAST(count(*) AS integer)
             FROM "Orderrader" AS o
             INNER JOIN "Bestallningar" AS b ON b."Id" = o."BestallningId"
             WHERE o."KompletterarIndividId" = i."Id" AND {PaVag} AND (@allaTjanstestallen = 1 OR b."TjanstestalleId" = @tjanstestalle))
        FROM "Individer" AS i
        WHERE i."MottagareId" = @mottagare;

        SELECT o."Id", o."IndividId", o."ArtikelId", o."BestallningId", b."Ordernummer", o."LevereradDatum", o."Antal", o."Debiteringsform", b."Skickad", b."TjanstestalleId"
        FROM "Orderrader" AS o
        INNER JOIN "Bestallningar" AS b ON b."Id" = o."BestallningId"
        WHERE b."MottagareId" = @mottagare AND o."Status" = {(int)Radstatus.Levererad} AND o."AterlamnadDatum" IS NULL;

        SELECT v."Version" FROM "Katalogversion" AS v WHERE v."Id" = {Katalogversion.RadId};
        """);

    /// <summary>One atomic upsert, so concurrent senders never get the same number and never wait on each other's
    /// order transactions.</summary>
    private const string NastaOrdernummer = """
        INSERT INTO "OrdernummerSerier" ("Period", "Senaste") VALUES (@period, 1)
        ON CONFLICT ("Period") DO UPDATE SET "Senaste" = "OrdernummerSerier"."Senaste" + 1
        RETURNING "Senaste"
        """;

    private const string LoggensSistaPost = """SELECT "Lopnummer", "Hash" FROM "Logg" ORDER BY "Lopnummer" DESC LIMIT 1""";

    protected SesamDbContext Db => db;

    public abstract string Databasnamn { get; }

    public abstract bool EnAnslutningPerAnrop { get; }

    /// <summary>
    /// The prefix search (<see cref="Individsokning.Prefixintervall"/>, 123*, the usual way to look up a label) as a
    /// range of each number's index in ordinal order, with @fran, @till and @antal. A trigram index finds a prefix of
    /// digits only by intersecting the long lists of common digit trigrams: on the scale data a five-digit prefix took
    /// 2.3 against 0.5 ms on PostgreSQL and 0.85 against 0.29 ms on SQLite. It is SQL text read with a plain reader
    /// because, as a LINQ union of three searches, EF's work per execution was about a third of the app's CPU per
    /// search on SQLite, 1.38 against 0.96 ms (docs/prestanda.md, session 17). The three searches are a UNION rather
    /// than one OR, so each can use its own index. The IS NOT NULL conditions are for PostgreSQL's estimates: almost
    /// every event has no earlier individnummer, and without saying so its generic plan expected thousands of matches
    /// and joined them by hashing, in parallel, a scan of all individer (10 against 1.7 ms).
    /// </summary>
    protected abstract string Prefixsokning { get; }

    /// <summary>The ids of the individer with a number matching a pattern that is not a prefix; the first
    /// <paramref name="antal"/> in individnummer order are among them.</summary>
    protected abstract IQueryable<int> IndividerMedMonster(Individsokning sokning, int antal);

    /// <summary>Whether the insert failed because one of its löpnummer was taken (the unique index on Logg.Lopnummer).</summary>
    protected abstract bool LopnummerUpptaget(DbException e);

    public abstract IQueryable<Artikel> ArtiklarMedTermer(IReadOnlyList<string> termer);

    public abstract Task<IDbContextTransaction?> BorjaUttagAsync(CancellationToken ct);

    public abstract Task<List<Lagersaldo>> SaldonForUttagAsync(int[] lagerIds, int[] artikelIds, CancellationToken ct);

    /// <summary>Builds the prefix search's text for an ordinal collation; <paramref name="forstaSidan"/> may cut the
    /// first page from the union itself.</summary>
    protected static string Prefixsql(string ordinal, string forstaSidan) => string.Create(CultureInfo.InvariantCulture, $"""
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

    /// <summary>Every term as a LIKE substring of Soktext, checked row by row (or by an index that serves LIKE).</summary>
    protected static IQueryable<Artikel> MedDelstrangar(IQueryable<Artikel> artiklar, IEnumerable<string> termer)
    {
        foreach (var term in termer)
        {
            var monster = "%" + EscapeLike(term) + "%";
            artiklar = artiklar.Where(a => EF.Functions.Like(a.Soktext, monster, "\\"));
        }
        return artiklar;
    }

    public async Task<List<Individtraff>> SokIndividerAsync(Individsokning sokning, int antal, CancellationToken ct)
    {
        if (sokning.Prefixintervall is var (fran, till))
        {
            return await Sqlfraga.LasAsync(db, Prefixsokning,
                [new("fran", fran), new("till", till), new("antal", antal)],
                lasare => lasare.RaderAsync(l => new Individtraff(l.GetInt32(0), l.GetString(1), l.TextEllerNull(2), l.GetString(3), l.GetString(4),
                    (Individstatus)l.GetInt32(5), (Lagerstatus)l.GetInt32(6), null), ct),
                ct);
        }
        var ids = IndividerMedMonster(sokning, antal);
        // PostgreSQL: planning the union takes longer than running it (2 ms against 1.5 ms), and PostgreSQL re-plans it
        // on every execution because each custom plan is estimated cheaper than the generic one; yet the generic plan
        // is the same trigram scans. On SQLite the tag is only a comment.
        return await db.Individer.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .OrderBy(i => i.Individnummer)
            .Take(antal)
            .Select(i => new Individtraff(i.Id, i.Individnummer, i.Serienummer, i.Artikel.Artikelnummer, i.Artikel.Benamning, i.Status, i.Lagerstatus, null))
            .TagWith(GeneriskPlan.Tagg)
            .ToListAsync(ct);
    }

    public Task<Hjalpmedelsrader> HjalpmedelAsync(int mottagareId, int? tjanstestalleId, CancellationToken ct) =>
        Sqlfraga.LasAsync(db, Hjalpmedel,
            [new("mottagare", mottagareId), new("allaTjanstestallen", tjanstestalleId is null ? 1 : 0), new("tjanstestalle", tjanstestalleId ?? 0)],
            async lasare =>
            {
                var hamtorderrader = await lasare.RaderAsync(l => new Hjalpmedelsrader.Hamtorderrad(l.GetString(0), l.GetInt32(1), l.Utc(2), l.HeltalEllerNull(3),
                    l.HeltalEllerNull(4)), ct);
                await lasare.NextResultAsync(ct);
                var individer = await lasare.RaderAsync(l => new Hjalpmedelsrader.HallenIndivid(l.GetInt32(0), l.GetInt32(1), l.GetString(2), l.DatumEllerNull(3),
                    (Debiteringsform)l.GetInt32(4), l.TextEllerNull(5), l.GetInt32(6), l.GetInt32(7)), ct);
                await lasare.NextResultAsync(ct);
                var levererade = await lasare.RaderAsync(l => new Hjalpmedelsrader.LevereradRad(l.GetInt32(0), l.HeltalEllerNull(1), l.GetInt32(2), l.GetInt32(3),
                    l.TextEllerNull(4), l.DatumEllerNull(5), l.GetInt32(6), (Debiteringsform)l.GetInt32(7), l.IsDBNull(8) ? null : l.Utc(8), l.GetInt32(9)), ct);
                await lasare.NextResultAsync(ct);
                if (!await lasare.ReadAsync(ct))
                {
                    throw new InvalidOperationException("Katalogversionen saknas i databasen.");
                }
                return new Hjalpmedelsrader(hamtorderrader, individer, levererade, lasare.GetInt64(0));
            }, ct);

    public async Task<long> NastaOrdernummerAsync(string period, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var oppnade = connection.State != ConnectionState.Open;
        if (oppnade)
        {
            await connection.OpenAsync(ct);
        }
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = NastaOrdernummer;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@period";
            parameter.Value = period;
            command.Parameters.Add(parameter);
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        finally
        {
            if (oppnade)
            {
                await connection.CloseAsync();
            }
        }
    }

    public Task<(long Lopnummer, string Hash)> LoggensSistaPostAsync(CancellationToken ct) =>
        Sqlfraga.LasAsync(db, LoggensSistaPost, [],
            async lasare => await lasare.ReadAsync(ct) ? (lasare.GetInt64(0), lasare.GetString(1)) : (0L, Loggpost.Startvarde), ct);

    public async Task<bool> InfogaLoggposterAsync(IReadOnlyList<Loggpost> poster, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var kommando = Logginfogning(poster);
            await kommando.ExecuteNonQueryAsync(ct);
            return true;
        }
        catch (DbException e) when (LopnummerUpptaget(e))
        {
            return false;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>One INSERT of all the entries, each value bound through the model's mapping of its column, so it is
    /// stored exactly as EF stores it (instants through <see cref="UtcDateTimeConverter"/>).</summary>
    private DbCommand Logginfogning(IReadOnlyList<Loggpost> poster)
    {
        var typ = db.Model.FindEntityType(typeof(Loggpost))!;
        var egenskaper = Loggkolumner.Select(k => typ.FindProperty(k.Egenskap)!).ToArray();
        var kommando = db.Database.GetDbConnection().CreateCommand();
        var sql = new StringBuilder($"INSERT INTO \"{typ.GetTableName()}\" (")
            .AppendJoin(", ", egenskaper.Select(e => $"\"{e.GetColumnName()}\""))
            .Append(") VALUES ");
        for (var rad = 0; rad < poster.Count; rad++)
        {
            sql.Append(rad == 0 ? "(" : ", (");
            for (var k = 0; k < Loggkolumner.Length; k++)
            {
                var namn = string.Create(CultureInfo.InvariantCulture, $"@p{rad}_{k}");
                sql.Append(k == 0 ? namn : ", " + namn);
                kommando.Parameters.Add(egenskaper[k].GetRelationalTypeMapping()
                    .CreateParameter(kommando, namn, Loggkolumner[k].Varde(poster[rad]), egenskaper[k].IsNullable));
            }
            sql.Append(')');
        }
        kommando.CommandText = sql.ToString();
        return kommando;
    }

    private static string EscapeLike(string term) =>
        term.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
