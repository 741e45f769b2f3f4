using Microsoft.EntityFrameworkCore.Migrations;

namespace Sesam.Data.Postgres;

/// <summary>
/// What the migration Initial creates on PostgreSQL beyond EF's model: the log's write protection, search indexes,
/// a collation and triggers. Kept out of the Migrations folder so that Initial can be regenerated (README, "Database
/// migrations"): Initial's Up ends with <see cref="Up"/> and its Down begins with <see cref="Down"/>.
/// </summary>
public static class InitialSql
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        LoggSkrivskydd(migrationBuilder);
        ArtikelSok(migrationBuilder);
        IndividSok(migrationBuilder);
        Katalogversion(migrationBuilder);
    }

    /// <summary>
    /// Drops the functions <see cref="Up"/> made (with their triggers), which dropping the model's tables leaves behind;
    /// the indexes go with their tables, and pg_trgm stays, as other databases' objects may use it.
    /// </summary>
    public static void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP FUNCTION logg_endast_tillagg() CASCADE;""");
        migrationBuilder.Sql("""DROP FUNCTION "Katalogversion_oka"() CASCADE;""");
    }

    /// <summary>
    /// The PDL audit log is append-only in the database too: UPDATE, DELETE and TRUNCATE on "Logg" are refused, whatever
    /// the application does. The hash chain still detects changes made by someone who drops the trigger.
    /// </summary>
    private static void LoggSkrivskydd(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE FUNCTION logg_endast_tillagg() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'Granskningsloggen får bara utökas: % är inte tillåtet.', TG_OP;
            END
            $$;
            CREATE TRIGGER logg_endast_tillagg BEFORE UPDATE OR DELETE ON "Logg"
                FOR EACH ROW EXECUTE FUNCTION logg_endast_tillagg();
            CREATE TRIGGER logg_ingen_tomning BEFORE TRUNCATE ON "Logg"
                FOR EACH STATEMENT EXECUTE FUNCTION logg_endast_tillagg();
            """);
    }

    /// <summary>
    /// A trigram GIN index answers LIKE '%term%' on the artikel's search text for terms of three characters or more.
    /// The sort key is built to sort by code point; "C" makes that so whatever the database's locale. pg_trgm is a
    /// trusted extension, so the database owner may create it.
    /// </summary>
    private static void ArtikelSok(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
        migrationBuilder.Sql("""CREATE INDEX "IX_Artiklar_Soktext_trgm" ON "Artiklar" USING gin ("Soktext" gin_trgm_ops);""");
        migrationBuilder.Sql("""ALTER TABLE "Artiklar" ALTER COLUMN "Sorteringsnamn" TYPE character varying(200) COLLATE "C";""");
    }

    /// <summary>
    /// Individ search by part of a number (individnummer, serienummer, earlier individnummer): trigram GIN indexes serve
    /// ILIKE '%123%', '123%' and '%123' alike. For a prefix "123*" they read long posting lists of the common digit
    /// trigrams, so indexes in ordinal (C) order turn the prefix into a narrow range scan, also under a generic
    /// (prepared) plan.
    /// </summary>
    private static void IndividSok(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""CREATE INDEX "IX_Individer_Individnummer_trgm" ON "Individer" USING gin ("Individnummer" gin_trgm_ops);""");
        migrationBuilder.Sql("""CREATE INDEX "IX_Individer_Serienummer_trgm" ON "Individer" USING gin ("Serienummer" gin_trgm_ops);""");
        migrationBuilder.Sql("""CREATE INDEX "IX_IndividHandelser_TidigareIndividnummer_trgm" ON "IndividHandelser" USING gin ("TidigareIndividnummer" gin_trgm_ops);""");
        migrationBuilder.Sql("""CREATE INDEX "IX_Individer_Individnummer_C" ON "Individer" ("Individnummer" COLLATE "C");""");
        migrationBuilder.Sql("""CREATE INDEX "IX_Individer_Serienummer_C" ON "Individer" ("Serienummer" COLLATE "C");""");
        migrationBuilder.Sql("""CREATE INDEX "IX_IndividHandelser_TidigareIndividnummer_C" ON "IndividHandelser" ("TidigareIndividnummer" COLLATE "C");""");
    }

    /// <summary>
    /// Every change to what the in-memory artikel index holds bumps the version (see Katalogversion), once per statement:
    /// a catalogue import of thousands of rows is one change.
    /// </summary>
    private static void Katalogversion(MigrationBuilder migrationBuilder)
    {
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
}
