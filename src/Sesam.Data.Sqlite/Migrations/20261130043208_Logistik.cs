using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Logistik : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Foljesedel",
                table: "Orderrader",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Kvitterad",
                table: "Orderrader",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Foljesedlar",
                table: "Bestallningar",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Meddelanden",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AnvandareId = table.Column<int>(type: "INTEGER", nullable: false),
                    Avsandare = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Rubrik = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Lank = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Ankom = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Last = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meddelanden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meddelanden_Anvandare_AnvandareId",
                        column: x => x.AnvandareId,
                        principalTable: "Anvandare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningar_Status_Skickad",
                table: "Bestallningar",
                columns: new[] { "Status", "Skickad" });

            migrationBuilder.CreateIndex(
                name: "IX_Meddelanden_AnvandareId_Ankom",
                table: "Meddelanden",
                columns: new[] { "AnvandareId", "Ankom" });

            migrationBuilder.CreateIndex(
                name: "IX_Meddelanden_Olasta",
                table: "Meddelanden",
                column: "AnvandareId",
                filter: "\"Last\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Meddelanden");

            migrationBuilder.DropIndex(
                name: "IX_Bestallningar_Status_Skickad",
                table: "Bestallningar");

            migrationBuilder.DropColumn(
                name: "Foljesedel",
                table: "Orderrader");

            migrationBuilder.DropColumn(
                name: "Kvitterad",
                table: "Orderrader");

            migrationBuilder.DropColumn(
                name: "Foljesedlar",
                table: "Bestallningar");
        }
    }
}
