using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FelrapportBilagor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FelrapportBilagor",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FelrapportId = table.Column<int>(type: "integer", nullable: false),
                    Filnamn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Innehallstyp = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Storlek = table.Column<int>(type: "integer", nullable: false),
                    Innehall = table.Column<byte[]>(type: "bytea", maxLength: 5242880, nullable: false),
                    Uppladdad = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FelrapportBilagor", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FelrapportBilagor_Felrapporter_FelrapportId",
                        column: x => x.FelrapportId,
                        principalTable: "Felrapporter",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FelrapportBilagor_FelrapportId",
                table: "FelrapportBilagor",
                column: "FelrapportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FelrapportBilagor");
        }
    }
}
