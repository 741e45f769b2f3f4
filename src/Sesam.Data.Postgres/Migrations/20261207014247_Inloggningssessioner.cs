using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AnvandareId = table.Column<int>(type: "integer", nullable: false),
                    Startad = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Avslutad = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
