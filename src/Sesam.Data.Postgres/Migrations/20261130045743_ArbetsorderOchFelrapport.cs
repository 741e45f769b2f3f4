using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ArbetsorderOchFelrapport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Arbetsordrar",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Arbetsordernummer = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    TjanstestalleId = table.Column<int>(type: "integer", nullable: false),
                    RegistreradAvId = table.Column<int>(type: "integer", nullable: false),
                    RegistreradAvNamn = table.Column<string>(type: "character varying(130)", maxLength: 130, nullable: false),
                    MottagareId = table.Column<int>(type: "integer", nullable: true),
                    ArtikelId = table.Column<int>(type: "integer", nullable: false),
                    IndividId = table.Column<int>(type: "integer", nullable: true),
                    OrderradId = table.Column<int>(type: "integer", nullable: true),
                    Typ = table.Column<int>(type: "integer", nullable: false),
                    Utforande = table.Column<int>(type: "integer", nullable: false),
                    Felbeskrivning = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Adress_Gatuadress = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Adress_Postnummer = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Adress_Postort = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Adress_CareOf = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Kontakttelefon = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Kommentar = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Registrerad = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Avslutad = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Atgard = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AvslutadAv = table.Column<string>(type: "character varying(130)", maxLength: 130, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Arbetsordrar", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Arbetsordrar_Anvandare_RegistreradAvId",
                        column: x => x.RegistreradAvId,
                        principalTable: "Anvandare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Arbetsordrar_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Arbetsordrar_Individer_IndividId",
                        column: x => x.IndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Arbetsordrar_Mottagare_MottagareId",
                        column: x => x.MottagareId,
                        principalTable: "Mottagare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Arbetsordrar_Orderrader_OrderradId",
                        column: x => x.OrderradId,
                        principalTable: "Orderrader",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Arbetsordrar_Tjanstestallen_TjanstestalleId",
                        column: x => x.TjanstestalleId,
                        principalTable: "Tjanstestallen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ArbetsorderBilagor",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArbetsorderId = table.Column<int>(type: "integer", nullable: false),
                    Filnamn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Innehallstyp = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Storlek = table.Column<int>(type: "integer", nullable: false),
                    Innehall = table.Column<byte[]>(type: "bytea", maxLength: 5242880, nullable: false),
                    Uppladdad = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbetsorderBilagor", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArbetsorderBilagor_Arbetsordrar_ArbetsorderId",
                        column: x => x.ArbetsorderId,
                        principalTable: "Arbetsordrar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Felrapporter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Felrapportnummer = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    TjanstestalleId = table.Column<int>(type: "integer", nullable: false),
                    RegistreradAvId = table.Column<int>(type: "integer", nullable: false),
                    RegistreradAvNamn = table.Column<string>(type: "character varying(130)", maxLength: 130, nullable: false),
                    Kategori = table.Column<int>(type: "integer", nullable: false),
                    Handelsetyp = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Handelsetid = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Beskrivning = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Kommentar = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ErsattningsvaraOnskas = table.Column<bool>(type: "boolean", nullable: false),
                    KrediteringOnskas = table.Column<bool>(type: "boolean", nullable: false),
                    MottagareId = table.Column<int>(type: "integer", nullable: true),
                    ArtikelId = table.Column<int>(type: "integer", nullable: true),
                    IndividId = table.Column<int>(type: "integer", nullable: true),
                    BestallningId = table.Column<int>(type: "integer", nullable: true),
                    HamtorderId = table.Column<int>(type: "integer", nullable: true),
                    ArbetsorderId = table.Column<int>(type: "integer", nullable: true),
                    Registrerad = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Avslutad = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Svar = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Felrapporter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Anvandare_RegistreradAvId",
                        column: x => x.RegistreradAvId,
                        principalTable: "Anvandare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Arbetsordrar_ArbetsorderId",
                        column: x => x.ArbetsorderId,
                        principalTable: "Arbetsordrar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Artiklar_ArtikelId",
                        column: x => x.ArtikelId,
                        principalTable: "Artiklar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Bestallningar_BestallningId",
                        column: x => x.BestallningId,
                        principalTable: "Bestallningar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Hamtordrar_HamtorderId",
                        column: x => x.HamtorderId,
                        principalTable: "Hamtordrar",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Individer_IndividId",
                        column: x => x.IndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Mottagare_MottagareId",
                        column: x => x.MottagareId,
                        principalTable: "Mottagare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Felrapporter_Tjanstestallen_TjanstestalleId",
                        column: x => x.TjanstestalleId,
                        principalTable: "Tjanstestallen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArbetsorderBilagor_ArbetsorderId",
                table: "ArbetsorderBilagor",
                column: "ArbetsorderId");

            migrationBuilder.CreateIndex(
                name: "IX_Arbetsordrar_Arbetsordernummer",
                table: "Arbetsordrar",
                column: "Arbetsordernummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Arbetsordrar_ArtikelId",
                table: "Arbetsordrar",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Arbetsordrar_IndividId",
                table: "Arbetsordrar",
                column: "IndividId");

            migrationBuilder.CreateIndex(
                name: "IX_Arbetsordrar_MottagareId_Status",
                table: "Arbetsordrar",
                columns: new[] { "MottagareId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Arbetsordrar_OrderradId",
                table: "Arbetsordrar",
                column: "OrderradId",
                filter: "\"OrderradId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Arbetsordrar_RegistreradAvId_Status",
                table: "Arbetsordrar",
                columns: new[] { "RegistreradAvId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Arbetsordrar_TjanstestalleId_Registrerad",
                table: "Arbetsordrar",
                columns: new[] { "TjanstestalleId", "Registrerad" });

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_ArbetsorderId",
                table: "Felrapporter",
                column: "ArbetsorderId");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_ArtikelId",
                table: "Felrapporter",
                column: "ArtikelId");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_BestallningId",
                table: "Felrapporter",
                column: "BestallningId");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_Felrapportnummer",
                table: "Felrapporter",
                column: "Felrapportnummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_HamtorderId",
                table: "Felrapporter",
                column: "HamtorderId");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_IndividId",
                table: "Felrapporter",
                column: "IndividId");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_MottagareId",
                table: "Felrapporter",
                column: "MottagareId");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_RegistreradAvId_Status",
                table: "Felrapporter",
                columns: new[] { "RegistreradAvId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_Status",
                table: "Felrapporter",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Felrapporter_TjanstestalleId_Registrerad",
                table: "Felrapporter",
                columns: new[] { "TjanstestalleId", "Registrerad" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArbetsorderBilagor");

            migrationBuilder.DropTable(
                name: "Felrapporter");

            migrationBuilder.DropTable(
                name: "Arbetsordrar");
        }
    }
}
