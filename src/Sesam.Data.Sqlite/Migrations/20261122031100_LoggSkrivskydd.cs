using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Sqlite.Migrations
{
    /// <summary>
    /// The PDL audit log is append-only in the database too: UPDATE and DELETE on "Logg" are refused. The hash
    /// chain still detects changes made by someone who drops the triggers.
    /// </summary>
    public partial class LoggSkrivskydd : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER logg_ingen_andring BEFORE UPDATE ON "Logg"
                BEGIN SELECT RAISE(ABORT, 'Granskningsloggen får bara utökas: UPDATE är inte tillåtet.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER logg_ingen_radering BEFORE DELETE ON "Logg"
                BEGIN SELECT RAISE(ABORT, 'Granskningsloggen får bara utökas: DELETE är inte tillåtet.'); END;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER logg_ingen_radering;");
            migrationBuilder.Sql("DROP TRIGGER logg_ingen_andring;");
        }
    }
}
