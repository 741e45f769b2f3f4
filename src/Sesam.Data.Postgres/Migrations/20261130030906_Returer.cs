using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Returer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Returer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MottagareId = table.Column<int>(type: "integer", nullable: false),
                    TjanstestalleId = table.Column<int>(type: "integer", nullable: false),
                    LagerId = table.Column<int>(type: "integer", nullable: false),
                    RegistreradAvHsaId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RegistreradAvNamn = table.Column<string>(type: "character varying(130)", maxLength: 130, nullable: false),
                    Registrerad = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Returer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Returer_Lager_LagerId",
                        column: x => x.LagerId,
                        principalTable: "Lager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Returer_Mottagare_MottagareId",
                        column: x => x.MottagareId,
                        principalTable: "Mottagare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Returer_Tjanstestallen_TjanstestalleId",
                        column: x => x.TjanstestalleId,
                        principalTable: "Tjanstestallen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Returrader",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReturId = table.Column<int>(type: "integer", nullable: false),
                    ArtikelId = table.Column<int>(type: "integer", nullable: false),
                    Antal = table.Column<int>(type: "integer", nullable: false),
                    IndividId = table.Column<int>(type: "integer", nullable: true),
                    OrderradId = table.Column<int>(type: "integer", nullable: true),
                    Skrotad = table.Column<bool>(type: "boolean", nullable: false),
                    Komponent = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Returrader", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Returrader_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Returrader_Individer_IndividId",
                        column: x => x.IndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Returrader_Orderrader_OrderradId",
                        column: x => x.OrderradId,
                        principalTable: "Orderrader",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Returrader_Returer_ReturId",
                        column: x => x.ReturId,
                        principalTable: "Returer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Returer_LagerId",
                table: "Returer",
                column: "LagerId");

            migrationBuilder.CreateIndex(
                name: "IX_Returer_MottagareId_Registrerad",
                table: "Returer",
                columns: new[] { "MottagareId", "Registrerad" });

            migrationBuilder.CreateIndex(
                name: "IX_Returer_TjanstestalleId",
                table: "Returer",
                column: "TjanstestalleId");

            migrationBuilder.CreateIndex(
                name: "IX_Returrader_ArtikelId",
                table: "Returrader",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Returrader_IndividId",
                table: "Returrader",
                column: "IndividId");

            migrationBuilder.CreateIndex(
                name: "IX_Returrader_OrderradId",
                table: "Returrader",
                column: "OrderradId");

            migrationBuilder.CreateIndex(
                name: "IX_Returrader_ReturId",
                table: "Returrader",
                column: "ReturId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Returrader");

            migrationBuilder.DropTable(
                name: "Returer");
        }
    }
}
