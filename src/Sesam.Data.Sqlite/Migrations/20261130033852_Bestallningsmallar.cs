using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Bestallningsmallar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Bestallningsmallar",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Namn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Beskrivning = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TjanstestalleId = table.Column<int>(type: "INTEGER", nullable: false),
                    MottagandeLagerId = table.Column<int>(type: "INTEGER", nullable: false),
                    AndradAvHsaId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Andrad = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bestallningsmallar", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bestallningsmallar_Lager_MottagandeLagerId",
                        column: x => x.MottagandeLagerId,
                        principalTable: "Lager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bestallningsmallar_Tjanstestallen_TjanstestalleId",
                        column: x => x.TjanstestalleId,
                        principalTable: "Tjanstestallen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bestallningsmallrader",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BestallningsmallId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArtikelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Antal = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bestallningsmallrader", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bestallningsmallrader_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bestallningsmallrader_Bestallningsmallar_BestallningsmallId",
                        column: x => x.BestallningsmallId,
                        principalTable: "Bestallningsmallar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningsmallar_MottagandeLagerId",
                table: "Bestallningsmallar",
                column: "MottagandeLagerId");

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningsmallar_TjanstestalleId_Namn",
                table: "Bestallningsmallar",
                columns: new[] { "TjanstestalleId", "Namn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningsmallrader_ArtikelId",
                table: "Bestallningsmallrader",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Bestallningsmallrader_BestallningsmallId_ArtikelId",
                table: "Bestallningsmallrader",
                columns: new[] { "BestallningsmallId", "ArtikelId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bestallningsmallrader");

            migrationBuilder.DropTable(
                name: "Bestallningsmallar");
        }
    }
}
