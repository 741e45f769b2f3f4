using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PagaendeLagerpafyllnad : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Bestallningar_PagaendeLagerpafyllnad",
                table: "Bestallningar",
                columns: new[] { "RegistreradAvId", "MottagandeLagerId" },
                unique: true,
                filter: "\"Status\" = 0 AND \"Ordertyp\" = 2");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bestallningar_PagaendeLagerpafyllnad",
                table: "Bestallningar");
        }
    }
}
