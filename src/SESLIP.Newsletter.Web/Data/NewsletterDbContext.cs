using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Data;

/// <summary>
/// The one database of the site: updates, the living directory, the audit trail, Identity, and what several
/// instances of the site share: the Data Protection keys and the background-work leases (docs/adr/0029).
/// Each provider has its own subclass and migrations (docs/adr/0001-two-database-providers.md):
/// <code>
/// dotnet ef migrations add NAME --project src/SESLIP.Newsletter.Web --context SqliteNewsletterDbContext --output-dir Data/Migrations/Sqlite
/// dotnet ef migrations add NAME --project src/SESLIP.Newsletter.Web --context SqlServerNewsletterDbContext --output-dir Data/Migrations/SqlServer
/// </code>
/// </summary>
public abstract class NewsletterDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Update> Updates => Set<Update>();
    public DbSet<UpdateItem> UpdateItems => Set<UpdateItem>();
    public DbSet<EditionMeeting> EditionMeetings => Set<EditionMeeting>();
    public DbSet<EditionPublication> EditionPublications => Set<EditionPublication>();
    public DbSet<EditionContact> EditionContacts => Set<EditionContact>();
    public DbSet<UpdateCorrection> UpdateCorrections => Set<UpdateCorrection>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Network> Networks => Set<Network>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Publication> Publications => Set<Publication>();
    public DbSet<PublicationDocument> PublicationDocuments => Set<PublicationDocument>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Subscriber> Subscribers => Set<Subscriber>();
    public DbSet<SuppressedAddress> SuppressedAddresses => Set<SuppressedAddress>();
    public DbSet<Redirect> Redirects => Set<Redirect>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ImportReport> ImportReports => Set<ImportReport>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Lease> Leases => Set<Lease>();
    public DbSet<PreviewLink> PreviewLinks => Set<PreviewLink>();
    public DbSet<StoredEdition> StoredEditions => Set<StoredEdition>();
    public DbSet<DirectoryVersion> DirectoryVersions => Set<DirectoryVersion>();
    public DbSet<ListCount> ListCounts => Set<ListCount>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(NewsletterDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The concurrency token is raised here rather than by the database so that SQLite and SQL Server
    // behave the same; the original value still goes into the UPDATE's WHERE clause.
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }
}

public sealed class SqliteNewsletterDbContext(DbContextOptions<SqliteNewsletterDbContext> options) : NewsletterDbContext(options);

public sealed class SqlServerNewsletterDbContext(DbContextOptions<SqlServerNewsletterDbContext> options) : NewsletterDbContext(options);
