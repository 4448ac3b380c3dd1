using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Data.Configurations;

internal sealed class StoredEditionConfiguration : IEntityTypeConfiguration<StoredEdition>
{
    public void Configure(EntityTypeBuilder<StoredEdition> builder)
    {
        builder.HasKey(s => s.UpdateId);
        builder.Property(s => s.UpdateId).ValueGeneratedNever();
        // No navigation on Update: the update does not know its rendered copy, and deleting it deletes the copy.
        builder.HasOne<Update>().WithOne().HasForeignKey<StoredEdition>(s => s.UpdateId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.TemplateVersion).HasMaxLength(StoredEdition.TemplateVersionLength).IsUnicode(false);
        builder.Property(s => s.Basis).HasMaxLength(StoredEdition.BasisLength).IsUnicode(false);
    }
}
