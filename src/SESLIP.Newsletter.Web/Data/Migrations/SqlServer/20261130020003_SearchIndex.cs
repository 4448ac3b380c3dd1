using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SESLIP.Newsletter.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    [DbContext(typeof(SqlServerNewsletterDbContext))]
    [Migration("20261130020003_SearchIndex")]
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            SearchSql.UpSqlServer(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SearchSql.DownSqlServer(migrationBuilder);
        }
    }
}
