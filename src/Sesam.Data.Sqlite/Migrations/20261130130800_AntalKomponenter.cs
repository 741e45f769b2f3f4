using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AntalKomponenter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AntalKomponenter",
                table: "Individer",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Individer that already have components get their count; from now on the domain keeps it.
            migrationBuilder.Sql("""
                UPDATE "Individer" SET "AntalKomponenter" =
                    (SELECT count(*) FROM "IndividKomponenter" AS k WHERE k."IndividId" = "Individer"."Id")
                WHERE "Id" IN (SELECT "IndividId" FROM "IndividKomponenter");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AntalKomponenter",
                table: "Individer");
        }
    }
}
