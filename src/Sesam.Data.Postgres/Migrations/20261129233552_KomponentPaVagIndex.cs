using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class KomponentPaVagIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orderrader_KompletterarIndividId",
                table: "Orderrader");

            migrationBuilder.CreateIndex(
                name: "IX_Orderrader_KompletterarIndividId",
                table: "Orderrader",
                column: "KompletterarIndividId",
                filter: "\"KompletterarIndividId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orderrader_KompletterarIndividId",
                table: "Orderrader");

            migrationBuilder.CreateIndex(
                name: "IX_Orderrader_KompletterarIndividId",
                table: "Orderrader",
                column: "KompletterarIndividId");
        }
    }
}
