using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Inloggningssessioner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Inloggningssessioner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnvandareId = table.Column<int>(type: "INTEGER", nullable: false),
                    Startad = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Avslutad = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inloggningssessioner", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inloggningssessioner_Anvandare_AnvandareId",
                        column: x => x.AnvandareId,
                        principalTable: "Anvandare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Inloggningssessioner_AnvandareId",
                table: "Inloggningssessioner",
                column: "AnvandareId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Inloggningssessioner");
        }
    }
}
