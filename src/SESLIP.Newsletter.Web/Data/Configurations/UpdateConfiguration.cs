using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Data.Configurations;

internal sealed class UpdateConfiguration : IEntityTypeConfiguration<Update>
{
    public void Configure(EntityTypeBuilder<Update> builder)
    {
        // Triggers keep the archive's year counts (Data/Migrations/ListCountsSql.cs) and the search documents
        // (SearchSql.cs); declared so that SQL Server saves without an OUTPUT clause, which a table with triggers refuses.
        builder.ToTable(t =>
        {
            t.HasTrigger("Counts_Updates");
            t.HasTrigger("Search_Updates");
        });
        builder.HasIndex(u => u.Number).IsUnique();
        // The archive's year lists (and search's year filter) read published updates by date.
        builder.HasIndex(u => new { u.Status, u.IssueDate });
        // An update page's previous and next: the nearest published number either side, one index seek each.
        builder.HasIndex(u => new { u.Status, u.Number });
        builder.Property(u => u.Intro).HasMaxLength(Limits.LongText);
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.Ignore(u => u.Title);
        builder.HasMany(u => u.Items).WithOne(i => i.Update).HasForeignKey(i => i.UpdateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(u => u.Meetings).WithOne().HasForeignKey(m => m.UpdateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(u => u.Publications).WithOne().HasForeignKey(p => p.UpdateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(u => u.Contacts).WithOne().HasForeignKey(c => c.UpdateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(u => u.Corrections).WithOne().HasForeignKey(c => c.UpdateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UpdateItemConfiguration : IEntityTypeConfiguration<UpdateItem>
{
    public void Configure(EntityTypeBuilder<UpdateItem> builder)
    {
        // A trigger keeps the item's search document (Data/Migrations/SearchSql.cs): see UpdateConfiguration.
        builder.ToTable(t => t.HasTrigger("Search_UpdateItems"));
        builder.HasIndex(i => new { i.UpdateId, i.Anchor }).IsUnique();
        // The open actions page reads items by deadline, soonest first.
        builder.HasIndex(i => i.ActionDeadline);
        builder.Property(i => i.Title).HasMaxLength(Limits.Title).IsRequired();
        builder.Property(i => i.Anchor).HasMaxLength(Limits.Slug).IsRequired();
        builder.Property(i => i.Body).HasMaxLength(Limits.LongText);
        builder.Property(i => i.Headlines).HasMaxLength(Limits.LongText);
        builder.Property(i => i.ActionRequired).HasMaxLength(Limits.LongText);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne(i => i.Publication).WithMany().HasForeignKey(i => i.PublicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EditionMeetingConfiguration : IEntityTypeConfiguration<EditionMeeting>
{
    public void Configure(EntityTypeBuilder<EditionMeeting> builder)
    {
        builder.Property(m => m.NetworkName).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(m => m.Details).HasMaxLength(Limits.Line);
        builder.Property(m => m.ContactText).HasMaxLength(Limits.Line);
        builder.Property(m => m.ContactName).HasMaxLength(Limits.Name);
        builder.HasOne(m => m.Network).WithMany().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Meeting).WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Contact).WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EditionPublicationConfiguration : IEntityTypeConfiguration<EditionPublication>
{
    public void Configure(EntityTypeBuilder<EditionPublication> builder)
    {
        builder.Property(p => p.Text).HasMaxLength(Limits.Line).IsRequired();
        builder.HasOne(p => p.Publication).WithMany().HasForeignKey(p => p.PublicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EditionContactConfiguration : IEntityTypeConfiguration<EditionContact>
{
    public void Configure(EntityTypeBuilder<EditionContact> builder)
    {
        builder.Property(c => c.Roles).HasMaxLength(Limits.Line);
        builder.Property(c => c.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(c => c.Organisation).HasMaxLength(Limits.Name);
        builder.Property(c => c.Email).HasMaxLength(Limits.Email);
        builder.Property(c => c.Phone).HasMaxLength(Limits.Phone);
        builder.HasOne(c => c.Contact).WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UpdateCorrectionConfiguration : IEntityTypeConfiguration<UpdateCorrection>
{
    public void Configure(EntityTypeBuilder<UpdateCorrection> builder)
    {
        builder.Property(c => c.Note).HasMaxLength(Limits.Line).IsRequired();
        builder.Property(c => c.CorrectedBy).HasMaxLength(Limits.Name);
    }
}
