using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 700,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Sorteringsnamn",
                table: "Artiklar",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ArtikelDokument",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Adress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
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

            if (!migrationBuilder.IsSqlite())
            {
                return;
            }
            migrationBuilder.Sql(FyllSoktext);
            // FTS5 with the trigram tokenizer indexes every three-character substring of Soktext, so
            // "contains" queries of three characters or more use the index. The triggers keep it in step with
            // the table; note that a later migration which makes EF rebuild Artiklar must recreate them.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ArtikelSok" USING fts5("Soktext", content='Artiklar', content_rowid='Id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Artiklar_ArtikelSok_insert" AFTER INSERT ON "Artiklar" BEGIN
                  INSERT INTO "ArtikelSok"(rowid, "Soktext") VALUES (new."Id", new."Soktext");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Artiklar_ArtikelSok_delete" AFTER DELETE ON "Artiklar" BEGIN
                  INSERT INTO "ArtikelSok"("ArtikelSok", rowid, "Soktext") VALUES ('delete', old."Id", old."Soktext");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Artiklar_ArtikelSok_update" AFTER UPDATE OF "Soktext" ON "Artiklar" BEGIN
                  INSERT INTO "ArtikelSok"("ArtikelSok", rowid, "Soktext") VALUES ('delete', old."Id", old."Soktext");
                  INSERT INTO "ArtikelSok"(rowid, "Soktext") VALUES (new."Id", new."Soktext");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "ArtikelSok"("ArtikelSok") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Artiklar_ArtikelSok_insert";""");
                migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Artiklar_ArtikelSok_delete";""");
                migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Artiklar_ArtikelSok_update";""");
                migrationBuilder.Sql("""DROP TABLE IF EXISTS "ArtikelSok";""");
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
