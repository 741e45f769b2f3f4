using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
{
    /// <summary>
    /// Individ search "123*" on the serienummer and the earlier individnummer, as IndividPrefixIndex does for the
    /// individnummer: a range in ordinal (C) order instead of the trigram index's long lists of digit trigrams.
    /// SQLite's ordinary indexes are ordinal already.
    /// </summary>
    public partial class NummerPrefixIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE INDEX "IX_Individer_Serienummer_C" ON "Individer" ("Serienummer" COLLATE "C");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_IndividHandelser_TidigareIndividnummer_C" ON "IndividHandelser" ("TidigareIndividnummer" COLLATE "C");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_IndividHandelser_TidigareIndividnummer_C";""");
            migrationBuilder.Sql("""DROP INDEX "IX_Individer_Serienummer_C";""");
        }
    }
}
