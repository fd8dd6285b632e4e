using LocationBoards.Core.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class SpeedDialEntryConfiguration : IEntityTypeConfiguration<SpeedDialEntry>
{
    public void Configure(EntityTypeBuilder<SpeedDialEntry> builder)
    {
        builder.Property(e => e.Code).HasMaxLength(6);
        builder.Property(e => e.Name).HasMaxLength(120);
        builder.Property(e => e.DialledNumber).HasMaxLength(16);
        builder.HasIndex(e => e.Code).IsUnique();
        builder.HasIndex(e => e.DialledNumber).IsUnique();
        builder.HasMany(e => e.Lines).WithOne().HasForeignKey(l => l.SpeedDialEntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
