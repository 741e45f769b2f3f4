using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NastaFu",
                table: "Individer",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SenasteFu",
                table: "Individer",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Aktiviteter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndividId = table.Column<int>(type: "INTEGER", nullable: false),
                    Typ = table.Column<int>(type: "INTEGER", nullable: false),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Beskrivning = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UtfordAvHsaId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UtfordAvNamn = table.Column<string>(type: "TEXT", maxLength: 130, nullable: false),
                    Registrerad = table.Column<DateTime>(type: "TEXT", nullable: false)
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
