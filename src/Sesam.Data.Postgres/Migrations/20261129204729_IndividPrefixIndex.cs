using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
{
    /// <summary>
    /// Individ search "123*": the trigram index answers it too, but reads long posting lists for short digit strings.
    /// An index in ordinal (C) order turns the prefix into a narrow range scan, also under a generic (prepared) plan.
    /// SQLite searches through its FTS5 table and needs nothing here.
    /// </summary>
    public partial class IndividPrefixIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE INDEX "IX_Individer_Individnummer_C" ON "Individer" ("Individnummer" COLLATE "C");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Individer_Individnummer_C";""");
        }
    }
}
