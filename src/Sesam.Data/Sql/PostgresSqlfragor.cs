using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;

namespace Sesam.Data.Sql;

/// <summary>PostgreSQL's statements (<see cref="ISqlfragor"/>).</summary>
public sealed class PostgresSqlfragor(SesamDbContext db) : GemensammaSqlfragor(db)
{
    /// <summary>
    /// The C-collated "IX_..._C" indexes the Initial migration creates (InitialSql), run with the generic plan
    /// (<see cref="GeneriskPlan"/>: planning the union took longer than running it), and the first page cut from the
    /// union itself: as a bare IN (UNION …) the planner expected thousands of ids and hashed the whole Individer table
    /// against them.
    /// </summary>
    private static readonly string Prefix = GeneriskPlan.Installning + Prefixsql("\"C\"", "ORDER BY t.\"Individnummer\" LIMIT @antal");

    public override string Databasnamn => "PostgreSQL";

    /// <summary>Npgsql's pool is cheap, and a held connection is a server process.</summary>
    public override bool EnAnslutningPerAnrop => false;

    protected override string Prefixsokning => Prefix;

    /// <summary>Three pg_trgm-indexed searches joined by UNION rather than one OR, so each can use its own index, and
    /// the first page cut from the union itself, for the reason <see cref="Prefix"/> gives.</summary>
    protected override IQueryable<int> IndividerMedMonster(Individsokning sokning, int antal)
    {
        var like = sokning.LikeMonster;
        var esc = Individsokning.EscapeTecken.ToString();
        var individer = Db.Individer.AsNoTracking();
        var handelser = Db.Set<IndividHandelse>().AsNoTracking();
        return individer.Where(i => EF.Functions.ILike(i.Individnummer, like, esc)).Select(i => new { i.Id, i.Individnummer })
            .Union(individer.Where(i => i.Serienummer != null && EF.Functions.ILike(i.Serienummer, like, esc)).Select(i => new { i.Id, i.Individnummer }))
            .Union(handelser.Where(h => h.TidigareIndividnummer != null && EF.Functions.ILike(h.TidigareIndividnummer, like, esc))
                .Join(individer, h => h.IndividId, i => i.Id, (h, i) => new { i.Id, i.Individnummer }))
            .OrderBy(t => t.Individnummer)
            .Take(antal)
            .Select(t => t.Id);
    }

    /// <summary>The pg_trgm index on Soktext serves LIKE itself.</summary>
    public override IQueryable<Artikel> ArtiklarMedTermer(IReadOnlyList<string> termer) => MedDelstrangar(Db.Artiklar.AsNoTracking(), termer);

    public override async Task<IDbContextTransaction?> BorjaUttagAsync(CancellationToken ct) => await Db.Database.BeginTransactionAsync(ct);

    public override Task<List<Lagersaldo>> SaldonForUttagAsync(int[] lagerIds, int[] artikelIds, CancellationToken ct) =>
        Db.Lagersaldon
            .FromSql($"""SELECT * FROM "Lagersaldon" WHERE "LagerId" = ANY({lagerIds}) AND "ArtikelId" = ANY({artikelIds}) ORDER BY "Id" FOR UPDATE""")
            .ToListAsync(ct);

    protected override bool LopnummerUpptaget(DbException e) =>
        e is PostgresException p && p.SqlState == PostgresErrorCodes.UniqueViolation && p.ConstraintName == "IX_Logg_Lopnummer";
}
