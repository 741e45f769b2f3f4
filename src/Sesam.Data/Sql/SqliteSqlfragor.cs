using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;

namespace Sesam.Data.Sql;

/// <summary>SQLite's statements (<see cref="ISqlfragor"/>).</summary>
public sealed class SqliteSqlfragor(SesamDbContext db) : GemensammaSqlfragor(db)
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE.</summary>
    private const int Unikhetsfel = 2067;

    /// <summary>FTS5's trigram tokenizer indexes three-character substrings; shorter terms are checked row by row.</summary>
    private const int IndexeradTermlangd = 3;

    /// <summary>SQLite's ordinary indexes are ordinal already.</summary>
    private static readonly string Prefix = Prefixsql("BINARY", "");

    public override string Databasnamn => "SQLite";

    /// <summary>Every open takes a handle from Microsoft.Data.Sqlite's pool under a lock and applies
    /// <see cref="SqliteInstallningar"/>: a page of six queries did that six times, and under load the threads spun on
    /// the pool's lock. Holding a SQLite connection takes no lock on the database.</summary>
    public override bool EnAnslutningPerAnrop => true;

    protected override string Prefixsokning => Prefix;

    /// <summary>The FTS5 trigram table finds the individer whose numbers contain the text; LIKE then applies the
    /// anchoring of * to those few candidates.</summary>
    protected override IQueryable<int> IndividerMedMonster(Individsokning sokning, int antal)
    {
        var like = sokning.LikeMonster;
        var esc = Individsokning.EscapeTecken.ToString();
        var fras = "\"" + sokning.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var kandidater = Db.Database.SqlQuery<int>($"""SELECT "IndividId" AS "Value" FROM "IndividSokord" WHERE "IndividSokord" MATCH {fras}""");
        return Db.Individer.AsNoTracking()
            .Where(i => kandidater.Contains(i.Id)
                && (EF.Functions.Like(i.Individnummer, like, esc)
                    || (i.Serienummer != null && EF.Functions.Like(i.Serienummer, like, esc))
                    || i.Historik.Any(h => h.TidigareIndividnummer != null && EF.Functions.Like(h.TidigareIndividnummer, like, esc))))
            .Select(i => i.Id);
    }

    /// <summary>Each term long enough for the FTS5 table as a phrase of its MATCH (with the trigram tokenizer a phrase
    /// matches any substring); shorter ones by LIKE.</summary>
    public override IQueryable<Artikel> ArtiklarMedTermer(IReadOnlyList<string> termer)
    {
        var indexerade = termer.Where(t => t.Length >= IndexeradTermlangd).ToList();
        if (indexerade.Count == 0)
        {
            return MedDelstrangar(Db.Artiklar.AsNoTracking(), termer);
        }
        var match = string.Join(" AND ", indexerade.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        var artiklar = Db.Artiklar
            .FromSql($"""SELECT * FROM "Artiklar" WHERE "Id" IN (SELECT rowid FROM "ArtikelSok" WHERE "ArtikelSok" MATCH {match})""")
            .AsNoTracking();
        return MedDelstrangar(artiklar, termer.Where(t => t.Length < IndexeradTermlangd));
    }

    public override Task<IDbContextTransaction?> BorjaUttagAsync(CancellationToken ct) => Task.FromResult<IDbContextTransaction?>(null);

    public override Task<List<Lagersaldo>> SaldonForUttagAsync(int[] lagerIds, int[] artikelIds, CancellationToken ct) =>
        Db.Lagersaldon.Where(s => lagerIds.Contains(s.LagerId) && artikelIds.Contains(s.ArtikelId)).ToListAsync(ct);

    protected override bool LopnummerUpptaget(DbException e) =>
        e is SqliteException s && s.SqliteExtendedErrorCode == Unikhetsfel && s.Message.Contains("Logg.Lopnummer", StringComparison.Ordinal);
}
