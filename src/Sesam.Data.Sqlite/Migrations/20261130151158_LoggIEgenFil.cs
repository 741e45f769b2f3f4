using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Sqlite.Migrations
{
    /// <summary>
    /// Moves the PDL audit log into its own file, attached as schema "logg" (see SqliteLoggfil), with its indexes and
    /// write protection. Every statement names its file, because unqualified "Logg" means the main file's table until
    /// it is dropped.
    /// <para>
    /// A transaction over two files in WAL mode is atomic per file, not across them. If the process stops after the
    /// log's file committed but before the main file did, running the migration again finds the table and its rows in
    /// place (IF NOT EXISTS, OR IGNORE on the same ids) and then drops the main file's copy.
    /// </para>
    /// </summary>
    public partial class LoggIEgenFil : Migration
    {
        private const string Kolumner = """
            "Id", "Lopnummer", "Tidpunkt", "HsaId", "TjanstestalleId", "MottagareId", "Handling", "Beskrivning", "ForegaendeHash", "Hash"
            """;

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Skapa(migrationBuilder, "logg");
            migrationBuilder.Sql($"""INSERT OR IGNORE INTO logg."Logg" ({Kolumner}) SELECT {Kolumner} FROM main."Logg";""");
            migrationBuilder.Sql("""DROP TABLE main."Logg";""");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Skapa(migrationBuilder, "main");
            migrationBuilder.Sql($"""INSERT OR IGNORE INTO main."Logg" ({Kolumner}) SELECT {Kolumner} FROM logg."Logg";""");
            migrationBuilder.Sql("""DROP TABLE logg."Logg";""");
        }

        /// <summary>The table as Initial and LoggSkrivskydd made it, in the given file.</summary>
        private static void Skapa(MigrationBuilder migrationBuilder, string fil)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE IF NOT EXISTS {fil}."Logg" (
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
            migrationBuilder.Sql($"""CREATE UNIQUE INDEX IF NOT EXISTS {fil}."IX_Logg_Lopnummer" ON "Logg" ("Lopnummer");""");
            migrationBuilder.Sql($"""CREATE INDEX IF NOT EXISTS {fil}."IX_Logg_MottagareId_Tidpunkt" ON "Logg" ("MottagareId", "Tidpunkt");""");
            migrationBuilder.Sql($"""CREATE INDEX IF NOT EXISTS {fil}."IX_Logg_HsaId_Tidpunkt" ON "Logg" ("HsaId", "Tidpunkt");""");
            migrationBuilder.Sql($"""
                CREATE TRIGGER IF NOT EXISTS {fil}.logg_ingen_andring BEFORE UPDATE ON "Logg"
                BEGIN SELECT RAISE(ABORT, 'Granskningsloggen får bara utökas: UPDATE är inte tillåtet.'); END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER IF NOT EXISTS {fil}.logg_ingen_radering BEFORE DELETE ON "Logg"
                BEGIN SELECT RAISE(ABORT, 'Granskningsloggen får bara utökas: DELETE är inte tillåtet.'); END;
                """);
        }
    }
}
