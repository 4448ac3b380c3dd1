using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        // See PublicationConfiguration: a rename moves the publisher's count, and its contacts' search documents.
        builder.ToTable(t =>
        {
            t.HasTrigger("Counts_Organisations");
            t.HasTrigger("Search_Organisations");
        });
        builder.Property(o => o.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.Version).IsConcurrencyToken();
    }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable(t => t.HasTrigger("Search_Contacts")); // see PublicationConfiguration
        builder.Property(c => c.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(c => c.Slug).HasMaxLength(Limits.Slug).IsRequired();
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Roles).HasMaxLength(Limits.Line);
        builder.Property(c => c.Email).HasMaxLength(Limits.Email);
        // The importer finds the people an issue names by e-mail as well as by name.
        builder.HasIndex(c => c.Email);
        builder.Property(c => c.Phone).HasMaxLength(Limits.Phone);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> builder)
    {
        builder.ToTable(t => t.HasTrigger("Search_Networks")); // see PublicationConfiguration
        builder.Property(n => n.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.HasIndex(n => n.Name).IsUnique();
        builder.Property(n => n.Slug).HasMaxLength(Limits.Slug).IsRequired();
        builder.HasIndex(n => n.Slug).IsUnique();
        builder.Property(n => n.Description).HasMaxLength(Limits.LongText);
        builder.Property(n => n.ContactText).HasMaxLength(Limits.Line);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasOne(n => n.LeadContact).WithMany().HasForeignKey(n => n.LeadContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Meetings).WithOne(m => m.Network).HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable(t => t.HasTrigger("Search_Meetings")); // see PublicationConfiguration
        builder.Property(m => m.Place).HasMaxLength(Limits.Name);
        builder.Property(m => m.Note).HasMaxLength(Limits.Line);
        builder.Property(m => m.Uid).HasMaxLength(Limits.Slug).IsRequired();
        builder.HasIndex(m => m.Uid).IsUnique();
        builder.HasIndex(m => new { m.NetworkId, m.Date });
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne(m => m.Contact).WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> builder)
    {
        // Triggers keep the library's publisher, year and total counts (Data/Migrations/ListCountsSql.cs); declared
        // so that SQL Server saves without an OUTPUT clause, which a table with triggers refuses. Another keeps its
        // search document (SearchSql.cs), as on contacts, networks and meetings.
        builder.ToTable(t =>
        {
            t.HasTrigger("Counts_Publications");
            t.HasTrigger("Search_Publications");
        });
        builder.Property(p => p.Title).HasMaxLength(Limits.Line).IsRequired();
        builder.Property(p => p.Slug).HasMaxLength(Limits.Slug).IsRequired();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.PublisherText).HasMaxLength(Limits.Name);
        builder.Property(p => p.Url).HasMaxLength(Limits.Url);
        builder.HasIndex(p => p.PublishedOn);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Publisher).WithMany().HasForeignKey(p => p.PublisherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Documents).WithOne().HasForeignKey(d => d.PublicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PublicationDocumentConfiguration : IEntityTypeConfiguration<PublicationDocument>
{
    public void Configure(EntityTypeBuilder<PublicationDocument> builder)
    {
        builder.Property(d => d.Label).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(d => d.Url).HasMaxLength(Limits.Url);
        builder.Property(d => d.Format).HasMaxLength(20);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserName).HasMaxLength(Limits.Email);
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.EntityType).HasMaxLength(60);
        builder.Property(a => a.EntityId).HasMaxLength(60);
        builder.Property(a => a.Summary).HasMaxLength(Limits.Line);
        builder.HasIndex(a => a.AtUtc);
    }
}
