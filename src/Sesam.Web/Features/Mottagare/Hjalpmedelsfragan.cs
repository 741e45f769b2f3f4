using System.Globalization;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Katalog;

namespace Sesam.Web.Features.Mottagare;

/// <summary>
/// What the Hjälpmedel tab (and the pages built on it: hämtorder, retur, låneförbindelse, Hjälpmedelslista) reads
/// about one mottagare, as one command of four statements read with a plain reader (<see cref="Sqlfraga"/>): the open
/// hämtordrar's rows, the individer the mottagare holds, the delivered order rows, and the catalogue version.
/// <para>
/// Why not four LINQ queries: for a patient with 200 devices the page's cost was these reads, and much of it was not
/// the database's work but EF Core's per query (translating, caching, shaping) and a round trip each. As one command
/// with explicit reads the app's CPU per view fell from about 2.5 to 1.6–1.9 ms (docs/prestanda.md). The statements
/// are the ones EF generated, in SQL both providers run unchanged.
/// </para>
/// <para>
/// Every delivered row is read, with or without an individ: those with one tell which order the individ came on.
/// IndividId is tested in memory, because as a condition in SQL SQLite answered it from the IndividId index, which
/// holds almost every order row under NULL, instead of starting from the mottagare's orders.
/// </para>
/// The catalogue version is read last, after the rows: artiklar that rows refer to cannot be deleted, so the
/// <see cref="Features.Artiklar.Artikelindex"/> at that version or a later one holds every artikel the rows name.
/// </summary>
public static class Hjalpmedelsfragan
{
    public sealed record Hamtorderrad(string Hamtordernummer, int TjanstestalleId, DateTime Registrerad, int? IndividId, int? OrderradId);

    /// <summary>An individ the mottagare holds. <see cref="Komponenter"/> is <see cref="Sesam.Domain.Individer.Individ.AntalKomponenter"/>;
    /// <see cref="PaVag"/>: order rows completing it that are on their way (<see cref="Orderrad.PaVag"/>) and the user
    /// may see.</summary>
    public sealed record HallenIndivid(int Id, int ArtikelId, string Individnummer, DateOnly? LevereradDatum, Debiteringsform Agare, string? Serienummer, int Komponenter, int PaVag);

    /// <summary>A delivered order row not returned: with an individ it tells which order the individ came on, without one it is a device itself.</summary>
    public sealed record LevereradRad(int Id, int? IndividId, int ArtikelId, int BestallningId, string? Ordernummer, DateOnly? LevereradDatum, int Antal, Debiteringsform Debiteringsform, DateTime? Skickad, int TjanstestalleId);

    public sealed record Resultat(IReadOnlyList<Hamtorderrad> OppnaHamtorderrader, IReadOnlyList<HallenIndivid> Individer, IReadOnlyList<LevereradRad> Levererade, long Katalogversion);

    /// <summary>
    /// <see cref="Orderrad.PaVag"/> in SQL, over Orderrader "o" joined to their Bestallningar "b". The LINQ rule is the
    /// definition; a test compares the two for every pair of statuses.
    /// </summary>
    private static readonly string PaVag = string.Create(CultureInfo.InvariantCulture,
        $"""b."Status" NOT IN ({(int)Orderstatus.Pagaende}, {(int)Orderstatus.Makulerad}) AND o."Status" IN ({(int)Radstatus.Registrerad}, {(int)Radstatus.Restnoterad})""");

    private static readonly string Fragor = string.Create(CultureInfo.InvariantCulture, $"""
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

    /// <summary>The mottagare's devices as stored. <paramref name="tjanstestalleId"/> limits the components on their
    /// way to the orders of that tjänsteställe; null counts every unit's (Logistik and Admin see them all).</summary>
    public static Task<Resultat> LasAsync(SesamDbContext db, int mottagareId, int? tjanstestalleId, CancellationToken ct) =>
        Sqlfraga.LasAsync(db, Fragor,
            [new("mottagare", mottagareId), new("allaTjanstestallen", tjanstestalleId is null ? 1 : 0), new("tjanstestalle", tjanstestalleId ?? 0)],
            async lasare =>
            {
                var hamtorderrader = await lasare.RaderAsync(l => new Hamtorderrad(l.GetString(0), l.GetInt32(1), l.Utc(2), l.HeltalEllerNull(3), l.HeltalEllerNull(4)), ct);
                await lasare.NextResultAsync(ct);
                var individer = await lasare.RaderAsync(l => new HallenIndivid(l.GetInt32(0), l.GetInt32(1), l.GetString(2), l.DatumEllerNull(3),
                    (Debiteringsform)l.GetInt32(4), l.TextEllerNull(5), l.GetInt32(6), l.GetInt32(7)), ct);
                await lasare.NextResultAsync(ct);
                var levererade = await lasare.RaderAsync(l => new LevereradRad(l.GetInt32(0), l.HeltalEllerNull(1), l.GetInt32(2), l.GetInt32(3),
                    l.TextEllerNull(4), l.DatumEllerNull(5), l.GetInt32(6), (Debiteringsform)l.GetInt32(7), l.IsDBNull(8) ? null : l.Utc(8), l.GetInt32(9)), ct);
                await lasare.NextResultAsync(ct);
                if (!await lasare.ReadAsync(ct))
                {
                    throw new InvalidOperationException("Katalogversionen saknas i databasen.");
                }
                return new Resultat(hamtorderrader, individer, levererade, lasare.GetInt64(0));
            }, ct);
}
