using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Hamtordrar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Hamtordrar",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Hamtordernummer = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    MottagareId = table.Column<int>(type: "integer", nullable: false),
                    TjanstestalleId = table.Column<int>(type: "integer", nullable: false),
                    RegistreradAvHsaId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RegistreradAvNamn = table.Column<string>(type: "character varying(130)", maxLength: 130, nullable: false),
                    Registrerad = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Avslutad = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Hamtplats = table.Column<int>(type: "integer", nullable: false),
                    Adresskalla = table.Column<int>(type: "integer", nullable: false),
                    Hamtadress_Gatuadress = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Hamtadress_Postnummer = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Hamtadress_Postort = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Hamtadress_CareOf = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Portkod = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Instruktioner = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Kontaktperson = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Telefon = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Mobiltelefon = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Atgard = table.Column<int>(type: "integer", nullable: false),
                    Kommentar = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hamtordrar", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hamtordrar_Mottagare_MottagareId",
                        column: x => x.MottagareId,
                        principalTable: "Mottagare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Hamtordrar_Tjanstestallen_TjanstestalleId",
                        column: x => x.TjanstestalleId,
                        principalTable: "Tjanstestallen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Hamtorderrader",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HamtorderId = table.Column<int>(type: "integer", nullable: false),
                    ArtikelId = table.Column<int>(type: "integer", nullable: false),
                    Antal = table.Column<int>(type: "integer", nullable: false),
                    IndividId = table.Column<int>(type: "integer", nullable: true),
                    OrderradId = table.Column<int>(type: "integer", nullable: true),
                    Komponent = table.Column<bool>(type: "boolean", nullable: false),
                    Oppen = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hamtorderrader", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hamtorderrader_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Hamtorderrader_Hamtordrar_HamtorderId",
                        column: x => x.HamtorderId,
                        principalTable: "Hamtordrar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Hamtorderrader_Individer_IndividId",
                        column: x => x.IndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Hamtorderrader_Orderrader_OrderradId",
                        column: x => x.OrderradId,
                        principalTable: "Orderrader",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Hamtorderrader_ArtikelId",
                table: "Hamtorderrader",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Hamtorderrader_HamtorderId",
                table: "Hamtorderrader",
                column: "HamtorderId");

            migrationBuilder.CreateIndex(
                name: "IX_Hamtorderrader_OppenIndivid",
                table: "Hamtorderrader",
                column: "IndividId",
                unique: true,
                filter: "\"Oppen\"");

            migrationBuilder.CreateIndex(
                name: "IX_Hamtorderrader_OppenOrderrad",
                table: "Hamtorderrader",
                column: "OrderradId",
                unique: true,
                filter: "\"Oppen\"");

            migrationBuilder.CreateIndex(
                name: "IX_Hamtordrar_Hamtordernummer",
                table: "Hamtordrar",
                column: "Hamtordernummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Hamtordrar_MottagareId_Status",
                table: "Hamtordrar",
                columns: new[] { "MottagareId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Hamtordrar_RegistreradAvHsaId_Registrerad",
                table: "Hamtordrar",
                columns: new[] { "RegistreradAvHsaId", "Registrerad" });

            migrationBuilder.CreateIndex(
                name: "IX_Hamtordrar_TjanstestalleId_Registrerad",
                table: "Hamtordrar",
                columns: new[] { "TjanstestalleId", "Registrerad" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Hamtorderrader");

            migrationBuilder.DropTable(
                name: "Hamtordrar");
        }
    }
}
