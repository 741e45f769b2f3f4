using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ArtikelSok : Migration
    {
        // Artiklar that existed before this migration get their search text and sort key here; from now on the
        // DbContext maintains them. The replace() calls make Å/Ä/Ö lower case where lower() only knows ASCII.
        private const string FyllSoktext = """
            UPDATE "Artiklar" SET
              "Soktext" = replace(replace(replace(replace(lower(
                  "Artikelnummer" || ' ' || trim("Benamning")
                  || coalesce(' ' || (SELECT l."Namn" FROM "Leverantorer" l WHERE l."Id" = "Artiklar"."LeverantorId"), '')
                  || coalesce(' ' || "LeverantorensArtikelnummer", '')
                  || coalesce(' ' || (SELECT p."Namn" FROM "Produkter" p WHERE p."Id" = "Artiklar"."ProduktId"), '')),
                'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö'), 'É', 'é'),
              "Sorteringsnamn" = replace(replace(replace(replace(replace(replace(lower(trim("Benamning")),
                'å', '{'), 'Å', '{'), 'ä', '|'), 'Ä', '|'), 'ö', '}'), 'Ö', '}');
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Soktext",
                table: "Artiklar",
                type: "character varying(700)",
                maxLength: 700,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Sorteringsnamn",
                table: "Artiklar",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ArtikelDokument",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArtikelId = table.Column<int>(type: "integer", nullable: false),
                    Titel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Adress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArtikelDokument", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArtikelDokument_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Artiklar_Sorteringsnamn",
                table: "Artiklar",
                column: "Sorteringsnamn");

            migrationBuilder.CreateIndex(
                name: "IX_ArtikelDokument_ArtikelId",
                table: "ArtikelDokument",
                column: "ArtikelId");

            if (!migrationBuilder.IsNpgsql())
            {
                return;
            }
            migrationBuilder.Sql(FyllSoktext);
            // A trigram GIN index answers LIKE '%term%' for terms of three characters or more.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("""CREATE INDEX "IX_Artiklar_Soktext_trgm" ON "Artiklar" USING gin ("Soktext" gin_trgm_ops);""");
            // The sort key is built to sort by code point; "C" makes that so whatever the database's locale.
            migrationBuilder.Sql("""ALTER TABLE "Artiklar" ALTER COLUMN "Sorteringsnamn" TYPE character varying(200) COLLATE "C";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsNpgsql())
            {
                migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Artiklar_Soktext_trgm";""");
            }

            migrationBuilder.DropTable(
                name: "ArtikelDokument");

            migrationBuilder.DropIndex(
                name: "IX_Artiklar_Sorteringsnamn",
                table: "Artiklar");

            migrationBuilder.DropColumn(
                name: "Soktext",
                table: "Artiklar");

            migrationBuilder.DropColumn(
                name: "Sorteringsnamn",
                table: "Artiklar");
        }
    }
}
