using Microsoft.EntityFrameworkCore.Migrations;

namespace Sesam.Data.Sqlite;

/// <summary>
/// What the migration Initial creates on SQLite beyond EF's model: search tables, triggers, and the PDL log in its own
/// file. Kept out of the Migrations folder so that Initial can be regenerated (README, "Database migrations"):
/// Initial's Up ends with <see cref="Up"/> and its Down begins with <see cref="Down"/>.
/// </summary>
public static class InitialSql
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        LoggIEgenFil(migrationBuilder);
        ArtikelSok(migrationBuilder);
        IndividSokord(migrationBuilder);
        Katalogversion(migrationBuilder);
    }

    /// <summary>
    /// Drops what <see cref="Up"/> made that dropping the model's tables leaves behind. The log's table needs nothing:
    /// with none left in the main file, Initial's DROP TABLE "Logg" finds the attached file's.
    /// </summary>
    public static void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TABLE "IndividSokord";""");
        migrationBuilder.Sql("""DROP TABLE "ArtikelSok";""");
    }

    /// <summary>
    /// The PDL audit log lives in its own file, attached as schema "logg" (<see cref="SqliteLoggfil"/>): EF's model creates
    /// "Logg" in the main file, so it is created in the log's file instead, and every statement names its file. The
    /// log is append-only in the database too: UPDATE and DELETE are refused. The hash chain still detects changes made
    /// by someone who drops the triggers.
    /// </summary>
    private static void LoggIEgenFil(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TABLE main."Logg";""");
        migrationBuilder.Sql("""
            CREATE TABLE logg."Logg" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_Logg" PRIMARY KEY AUTOINCREMENT,
                "Lopnummer" INTEGER NOT NULL,
                "Tidpunkt" TEXT NOT NULL,
                "HsaId" TEXT NOT NULL,
                "TjanstestalleId" INTEGER NULL,
                "MottagareId" INTEGER NULL,
                "Handling" TEXT NOT NULL,
                "Beskrivning" TEXT NOT NULL,
                "ForegaendeHash" TEXT NOT NULL,
                "Hash" TEXT NOT NULL
            );
            """);
        migrationBuilder.Sql("""CREATE UNIQUE INDEX logg."IX_Logg_Lopnummer" ON "Logg" ("Lopnummer");""");
        migrationBuilder.Sql("""CREATE INDEX logg."IX_Logg_MottagareId_Tidpunkt" ON "Logg" ("MottagareId", "Tidpunkt");""");
        migrationBuilder.Sql("""CREATE INDEX logg."IX_Logg_HsaId_Tidpunkt" ON "Logg" ("HsaId", "Tidpunkt");""");
        migrationBuilder.Sql("""
            CREATE TRIGGER logg.logg_ingen_andring BEFORE UPDATE ON "Logg"
            BEGIN SELECT RAISE(ABORT, 'Granskningsloggen får bara utökas: UPDATE är inte tillåtet.'); END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER logg.logg_ingen_radering BEFORE DELETE ON "Logg"
            BEGIN SELECT RAISE(ABORT, 'Granskningsloggen får bara utökas: DELETE är inte tillåtet.'); END;
            """);
    }

    /// <summary>
    /// FTS5 with the trigram tokenizer indexes every three-character substring of Soktext, so "contains" queries of
    /// three characters or more use the index. The triggers keep it in step with the table; a later migration that
    /// makes EF rebuild Artiklar must create them again.
    /// </summary>
    private static void ArtikelSok(MigrationBuilder migrationBuilder)
    {
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
    }

    /// <summary>
    /// Individ search by part of a number (individnummer, serienummer, earlier individnummer): a B-tree cannot serve
    /// LIKE '%123%', so an FTS5 trigram table holds every searchable number, kept current by triggers. Rowids are derived
    /// from the source rows (2·Id and 2·Id+1 for an individ's numbers, −Id for a history event) so that a trigger finds
    /// its own entries without scanning. A prefix "123*" reads the ordinary indexes, which are in ordinal order already.
    /// </summary>
    private static void IndividSokord(MigrationBuilder migrationBuilder)
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
    }

    /// <summary>Every change to what the in-memory artikel index holds bumps the version (see Katalogversion).</summary>
    private static void Katalogversion(MigrationBuilder migrationBuilder)
    {
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
}
