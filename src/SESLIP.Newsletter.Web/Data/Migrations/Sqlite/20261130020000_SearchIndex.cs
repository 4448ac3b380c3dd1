using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SESLIP.Newsletter.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    [DbContext(typeof(SqliteNewsletterDbContext))]
    [Migration("20261130020000_SearchIndex")]
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            SearchSql.UpSqlite(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SearchSql.DownSqlite(migrationBuilder);
        }
    }
}
