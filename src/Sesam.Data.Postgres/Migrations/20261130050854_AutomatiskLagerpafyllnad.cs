using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AutomatiskLagerpafyllnad : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PafyllnadBestalld",
                table: "Lagersaldon",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Automatisk",
                table: "Bestallningar",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PafyllnadBestalld",
                table: "Lagersaldon");

            migrationBuilder.DropColumn(
                name: "Automatisk",
                table: "Bestallningar");
        }
    }
}
