using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Data.Configurations;

internal sealed class ImportReportConfiguration : IEntityTypeConfiguration<ImportReport>
{
    public void Configure(EntityTypeBuilder<ImportReport> builder)
    {
        builder.HasIndex(r => r.UpdateId).IsUnique();
        builder.HasOne(r => r.Update).WithOne().HasForeignKey<ImportReport>(r => r.UpdateId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.SourceFile).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(r => r.Layout).HasMaxLength(10).IsRequired();
        builder.Property(r => r.LayoutEvidence).HasMaxLength(Limits.Line);
        builder.Property(r => r.SourceHash).HasMaxLength(64).IsRequired();
        builder.Property(r => r.ContentHash).HasMaxLength(64).IsRequired();
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ImportReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportReportLineConfiguration : IEntityTypeConfiguration<ImportReportLine>
{
    public void Configure(EntityTypeBuilder<ImportReportLine> builder)
    {
        builder.Property(l => l.Reason).HasMaxLength(Limits.Line).IsRequired();
        builder.Property(l => l.Text).HasMaxLength(Limits.LongText);
    }
}
