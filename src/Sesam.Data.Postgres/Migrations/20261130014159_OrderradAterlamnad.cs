using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesam.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OrderradAterlamnad : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AterlamnadDatum",
                table: "Orderrader",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AterlamnadDatum",
                table: "Orderrader");
        }
    }
}
