using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Data.Configurations;

internal sealed class DirectoryVersionConfiguration : IEntityTypeConfiguration<DirectoryVersion>
{
    public void Configure(EntityTypeBuilder<DirectoryVersion> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasData(new DirectoryVersion { Id = DirectoryVersion.RowId, Value = 0 });
    }
}
