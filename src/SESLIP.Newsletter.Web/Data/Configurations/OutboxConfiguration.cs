using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Data.Configurations;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.Email).HasMaxLength(Limits.Email).IsRequired();
        builder.Property(m => m.MessageId).HasMaxLength(200).IsUnicode(false).IsRequired();
        builder.Property(m => m.ServerAnswer).HasMaxLength(1000);
        builder.HasOne(m => m.Update).WithMany().HasForeignKey(m => m.UpdateId).OnDelete(DeleteBehavior.Cascade);
        // One message per subscriber per send: a second send is a new round, never a duplicate row.
        builder.HasIndex(m => new { m.UpdateId, m.Round, m.SubscriberId }).IsUnique();
        // The sender's query: the next due messages in order.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc, m.Id });
    }
}
