using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AktiviteterOchFakturering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FuIntervallManader",
                table: "Individer",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NastaFu",
                table: "Individer",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SenasteFu",
                table: "Individer",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Aktiviteter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndividId = table.Column<int>(type: "integer", nullable: false),
                    Typ = table.Column<int>(type: "integer", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Beskrivning = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UtfordAvHsaId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UtfordAvNamn = table.Column<string>(type: "character varying(130)", maxLength: 130, nullable: false),
                    Registrerad = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aktiviteter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Aktiviteter_Individer_IndividId",
                        column: x => x.IndividId,
                        principalTable: "Individer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Patientavgifter_FaktureradDatum",
                table: "Patientavgifter",
                column: "FaktureradDatum");

            migrationBuilder.CreateIndex(
                name: "IX_Patientavgifter_Status_FakturerbarFran",
                table: "Patientavgifter",
                columns: new[] { "Status", "FakturerbarFran" });

            migrationBuilder.CreateIndex(
                name: "IX_Individer_NastaFu",
                table: "Individer",
                column: "NastaFu",
                filter: "\"NastaFu\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Aktiviteter_IndividId_Datum",
                table: "Aktiviteter",
                columns: new[] { "IndividId", "Datum" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Aktiviteter");

            migrationBuilder.DropIndex(
                name: "IX_Patientavgifter_FaktureradDatum",
                table: "Patientavgifter");

            migrationBuilder.DropIndex(
                name: "IX_Patientavgifter_Status_FakturerbarFran",
                table: "Patientavgifter");

            migrationBuilder.DropIndex(
                name: "IX_Individer_NastaFu",
                table: "Individer");

            migrationBuilder.DropColumn(
                name: "FuIntervallManader",
                table: "Individer");

            migrationBuilder.DropColumn(
                name: "NastaFu",
                table: "Individer");

            migrationBuilder.DropColumn(
                name: "SenasteFu",
                table: "Individer");
        }
    }
}
