using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Data.Configurations;

internal sealed class ListCountConfiguration : IEntityTypeConfiguration<ListCount>
{
    public void Configure(EntityTypeBuilder<ListCount> builder)
    {
        builder.HasKey(c => new { c.List, c.Key });
        builder.Property(c => c.List).HasMaxLength(40);
        // A publisher's name (an organisation's or the newsletter's text) or a year.
        builder.Property(c => c.Key).HasMaxLength(Limits.Name);
    }
}
