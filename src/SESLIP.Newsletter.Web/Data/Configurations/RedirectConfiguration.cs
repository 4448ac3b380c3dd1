using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Data.Configurations;

internal sealed class RedirectConfiguration : IEntityTypeConfiguration<Redirect>
{
    public void Configure(EntityTypeBuilder<Redirect> builder)
    {
        builder.Property(r => r.OldPath).HasMaxLength(Redirect.OldPathLength).IsRequired();
        builder.HasIndex(r => r.OldPath).IsUnique();
        builder.Property(r => r.NewPath).HasMaxLength(Limits.Url).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
