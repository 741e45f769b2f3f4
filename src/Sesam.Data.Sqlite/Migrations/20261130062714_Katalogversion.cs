using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Katalogversion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Katalogversion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Katalogversion", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "Katalogversion",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            // Every change to what the in-memory artikel index holds bumps the version (see Katalogversion).
            migrationBuilder.Sql("""
                CREATE TRIGGER "Artiklar_Katalogversion_insert" AFTER INSERT ON "Artiklar" BEGIN
                  UPDATE "Katalogversion" SET "Version" = "Version" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Artiklar_Katalogversion_delete" AFTER DELETE ON "Artiklar" BEGIN
                  UPDATE "Katalogversion" SET "Version" = "Version" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Artiklar_Katalogversion_update" AFTER UPDATE OF "Artikelnummer", "Benamning", "Soktext", "Sorteringsnamn", "Sortiment", "Artikeltyp", "LeverantorId", "ProduktId", "IsoKodKod",
                  "LeverantorensArtikelnummer", "Enhet", "Leveranstid", "Status", "Bestallningsbar", "Individmarkt" ON "Artiklar" BEGIN
                  UPDATE "Katalogversion" SET "Version" = "Version" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Leverantorer_Katalogversion_insert" AFTER INSERT ON "Leverantorer" BEGIN
                  UPDATE "Katalogversion" SET "Version" = "Version" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Leverantorer_Katalogversion_delete" AFTER DELETE ON "Leverantorer" BEGIN
                  UPDATE "Katalogversion" SET "Version" = "Version" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Leverantorer_Katalogversion_update" AFTER UPDATE OF "Namn" ON "Leverantorer" BEGIN
                  UPDATE "Katalogversion" SET "Version" = "Version" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Produkter_Katalogversion_update" AFTER UPDATE OF "Namn" ON "Produkter" BEGIN
                  UPDATE "Katalogversion" SET "Version" = "Version" + 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "Artiklar_Katalogversion_insert";""");
            migrationBuilder.Sql("""DROP TRIGGER "Artiklar_Katalogversion_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER "Artiklar_Katalogversion_update";""");
            migrationBuilder.Sql("""DROP TRIGGER "Leverantorer_Katalogversion_insert";""");
            migrationBuilder.Sql("""DROP TRIGGER "Leverantorer_Katalogversion_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER "Leverantorer_Katalogversion_update";""");
            migrationBuilder.Sql("""DROP TRIGGER "Produkter_Katalogversion_update";""");
            migrationBuilder.DropTable(
                name: "Katalogversion");
        }
    }
}
