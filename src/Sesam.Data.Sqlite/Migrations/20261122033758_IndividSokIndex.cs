using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Sqlite.Migrations
{
    /// <summary>
    /// Individ search by part of a number (individnummer, serienummer, earlier individnummer): a B-tree cannot
    /// serve LIKE '%123%', so an FTS5 trigram table holds every searchable number, kept current by triggers.
    /// Rowids are derived from the source rows (2·Id and 2·Id+1 for an individ's numbers, −Id for a history
    /// event) so that a trigger finds its own entries without scanning.
    /// </summary>
    public partial class IndividSokIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "IndividSokord" USING fts5("Nummer", "IndividId" UNINDEXED, tokenize = 'trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "IndividSokord_Individ_Insert" AFTER INSERT ON "Individer" BEGIN
                    INSERT INTO "IndividSokord"(rowid, "Nummer", "IndividId") VALUES (2 * new."Id", new."Individnummer", new."Id");
                    INSERT INTO "IndividSokord"(rowid, "Nummer", "IndividId") SELECT 2 * new."Id" + 1, new."Serienummer", new."Id" WHERE new."Serienummer" IS NOT NULL;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "IndividSokord_Individ_Update" AFTER UPDATE OF "Individnummer", "Serienummer" ON "Individer" BEGIN
                    DELETE FROM "IndividSokord" WHERE rowid IN (2 * old."Id", 2 * old."Id" + 1);
                    INSERT INTO "IndividSokord"(rowid, "Nummer", "IndividId") VALUES (2 * new."Id", new."Individnummer", new."Id");
                    INSERT INTO "IndividSokord"(rowid, "Nummer", "IndividId") SELECT 2 * new."Id" + 1, new."Serienummer", new."Id" WHERE new."Serienummer" IS NOT NULL;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "IndividSokord_Individ_Delete" AFTER DELETE ON "Individer" BEGIN
                    DELETE FROM "IndividSokord" WHERE rowid IN (2 * old."Id", 2 * old."Id" + 1);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "IndividSokord_Handelse_Insert" AFTER INSERT ON "IndividHandelser" WHEN new."TidigareIndividnummer" IS NOT NULL BEGIN
                    INSERT INTO "IndividSokord"(rowid, "Nummer", "IndividId") VALUES (-new."Id", new."TidigareIndividnummer", new."IndividId");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "IndividSokord_Handelse_Delete" AFTER DELETE ON "IndividHandelser" WHEN old."TidigareIndividnummer" IS NOT NULL BEGIN
                    DELETE FROM "IndividSokord" WHERE rowid = -old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "IndividSokord"(rowid, "Nummer", "IndividId") SELECT 2 * "Id", "Individnummer", "Id" FROM "Individer";
                INSERT INTO "IndividSokord"(rowid, "Nummer", "IndividId") SELECT 2 * "Id" + 1, "Serienummer", "Id" FROM "Individer" WHERE "Serienummer" IS NOT NULL;
                INSERT INTO "IndividSokord"(rowid, "Nummer", "IndividId") SELECT -"Id", "TidigareIndividnummer", "IndividId" FROM "IndividHandelser" WHERE "TidigareIndividnummer" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "IndividSokord_Handelse_Delete";
                DROP TRIGGER "IndividSokord_Handelse_Insert";
                DROP TRIGGER "IndividSokord_Individ_Delete";
                DROP TRIGGER "IndividSokord_Individ_Update";
                DROP TRIGGER "IndividSokord_Individ_Insert";
                DROP TABLE "IndividSokord";
                """);
        }
    }
}
