using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SESLIP.Newsletter.Web.Data;

// `dotnet ef` builds each provider's context without a server: migrations and scripts only need the model.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNewsletterDbContext>
{
    public SqliteNewsletterDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNewsletterDbContext>()
            .UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerNewsletterDbContext>
{
    public SqlServerDesignTimeFactory()
    {
    }

    public SqlServerNewsletterDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerNewsletterDbContext>()
            .UseSqlServer("Server=(design-time);Database=SeslipNewsletter;Trusted_Connection=True").Options);
}
