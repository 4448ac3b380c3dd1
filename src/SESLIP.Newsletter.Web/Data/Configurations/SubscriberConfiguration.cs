using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Data.Configurations;

internal sealed class SubscriberConfiguration : IEntityTypeConfiguration<Subscriber>
{
    public void Configure(EntityTypeBuilder<Subscriber> builder)
    {
        builder.Property(s => s.Email).HasMaxLength(Limits.Email).IsRequired();
        builder.HasIndex(s => s.Email).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(Limits.Name);
        builder.Property(s => s.ConsentSource).HasMaxLength(Limits.Name).IsRequired();
        builder.HasIndex(s => s.Status);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class SuppressedAddressConfiguration : IEntityTypeConfiguration<SuppressedAddress>
{
    public void Configure(EntityTypeBuilder<SuppressedAddress> builder)
    {
        builder.Property(s => s.EmailHash).HasMaxLength(64).IsFixedLength().IsUnicode(false).IsRequired();
        builder.HasIndex(s => s.EmailHash).IsUnique();
        builder.Property(s => s.Reason).HasMaxLength(Limits.Name).IsRequired();
    }
}
