using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SESLIP.Newsletter.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ActionDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ActionDeadline",
                table: "UpdateItems",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_UpdateItems_ActionDeadline",
                table: "UpdateItems",
                column: "ActionDeadline");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UpdateItems_ActionDeadline",
                table: "UpdateItems");

            migrationBuilder.DropColumn(
                name: "ActionDeadline",
                table: "UpdateItems");
        }
    }
}
