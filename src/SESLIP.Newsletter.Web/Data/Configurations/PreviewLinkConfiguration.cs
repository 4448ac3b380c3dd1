using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Data.Configurations;

internal sealed class PreviewLinkConfiguration : IEntityTypeConfiguration<PreviewLink>
{
    public void Configure(EntityTypeBuilder<PreviewLink> builder)
    {
        // A link is found by its token's hash alone.
        builder.Property(l => l.TokenHash).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.Property(l => l.CreatedBy).HasMaxLength(Limits.Email).IsRequired();
        builder.Property(l => l.Note).HasMaxLength(PreviewLink.NoteLength);

        // Deleting the draft keeps its links, pointing nowhere, so a reader is told it was deleted.
        builder.HasOne(l => l.Update).WithMany().HasForeignKey(l => l.UpdateId).OnDelete(DeleteBehavior.SetNull);
    }
}
