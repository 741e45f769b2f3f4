using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Katalogversion", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "Katalogversion",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            // Every change to what the in-memory artikel index holds bumps the version (see Katalogversion), once per
            // statement: a catalogue import of thousands of rows is one change.
            migrationBuilder.Sql("""
                CREATE FUNCTION "Katalogversion_oka"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  UPDATE "Katalogversion" SET "Version" = "Version" + 1;
                  RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Artiklar_Katalogversion_insert_delete" AFTER INSERT OR DELETE OR TRUNCATE ON "Artiklar"
                FOR EACH STATEMENT EXECUTE FUNCTION "Katalogversion_oka"();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Artiklar_Katalogversion_update" AFTER UPDATE OF "Artikelnummer", "Benamning", "Soktext", "Sorteringsnamn", "Sortiment", "Artikeltyp", "LeverantorId", "ProduktId", "IsoKodKod",
                  "LeverantorensArtikelnummer", "Enhet", "Leveranstid", "Status", "Bestallningsbar", "Individmarkt" ON "Artiklar"
                FOR EACH STATEMENT EXECUTE FUNCTION "Katalogversion_oka"();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Leverantorer_Katalogversion_insert_delete" AFTER INSERT OR DELETE OR TRUNCATE ON "Leverantorer"
                FOR EACH STATEMENT EXECUTE FUNCTION "Katalogversion_oka"();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Leverantorer_Katalogversion_update" AFTER UPDATE OF "Namn" ON "Leverantorer"
                FOR EACH STATEMENT EXECUTE FUNCTION "Katalogversion_oka"();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Produkter_Katalogversion_update" AFTER UPDATE OF "Namn" ON "Produkter"
                FOR EACH STATEMENT EXECUTE FUNCTION "Katalogversion_oka"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "Artiklar_Katalogversion_insert_delete" ON "Artiklar";""");
            migrationBuilder.Sql("""DROP TRIGGER "Artiklar_Katalogversion_update" ON "Artiklar";""");
            migrationBuilder.Sql("""DROP TRIGGER "Leverantorer_Katalogversion_insert_delete" ON "Leverantorer";""");
            migrationBuilder.Sql("""DROP TRIGGER "Leverantorer_Katalogversion_update" ON "Leverantorer";""");
            migrationBuilder.Sql("""DROP TRIGGER "Produkter_Katalogversion_update" ON "Produkter";""");
            migrationBuilder.Sql("""DROP FUNCTION "Katalogversion_oka"();""");
            migrationBuilder.DropTable(
                name: "Katalogversion");
        }
    }
}
