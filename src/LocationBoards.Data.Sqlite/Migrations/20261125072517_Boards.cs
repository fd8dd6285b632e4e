using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocationBoards.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Boards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastMovedBy",
                table: "Orders",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastMovedUtc",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousStatus",
                table: "Orders",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DueSoonMinutes",
                table: "Locations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastMovedBy",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "LastMovedUtc",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "PreviousStatus",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "DueSoonMinutes",
                table: "Locations");
        }
    }
}
