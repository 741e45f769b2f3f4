using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
{
    /// <summary>
    /// Individ search by part of a number (individnummer, serienummer, earlier individnummer): trigram GIN indexes
    /// serve ILIKE '%123%', '123%' and '%123' alike. pg_trgm is a trusted extension, so the database owner may create it.
    /// </summary>
    public partial class IndividSokIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("""CREATE INDEX "IX_Individer_Individnummer_trgm" ON "Individer" USING gin ("Individnummer" gin_trgm_ops);""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Individer_Serienummer_trgm" ON "Individer" USING gin ("Serienummer" gin_trgm_ops);""");
            migrationBuilder.Sql("""CREATE INDEX "IX_IndividHandelser_TidigareIndividnummer_trgm" ON "IndividHandelser" USING gin ("TidigareIndividnummer" gin_trgm_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_IndividHandelser_TidigareIndividnummer_trgm";""");
            migrationBuilder.Sql("""DROP INDEX "IX_Individer_Serienummer_trgm";""");
            migrationBuilder.Sql("""DROP INDEX "IX_Individer_Individnummer_trgm";""");
        }
    }
}
