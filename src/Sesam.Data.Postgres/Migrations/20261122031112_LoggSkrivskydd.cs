using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
{
    /// <summary>
    /// The PDL audit log is append-only in the database too: UPDATE, DELETE and TRUNCATE on "Logg" are refused,
    /// whatever the application does. The hash chain still detects changes made by someone who drops the trigger.
    /// </summary>
    public partial class LoggSkrivskydd : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
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

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER logg_ingen_tomning ON "Logg";
                DROP TRIGGER logg_endast_tillagg ON "Logg";
                DROP FUNCTION logg_endast_tillagg();
                """);
        }
    }
}
