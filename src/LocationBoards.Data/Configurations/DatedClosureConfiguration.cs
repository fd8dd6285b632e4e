using LocationBoards.Core.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class DatedClosureConfiguration : IEntityTypeConfiguration<DatedClosure>
{
    public void Configure(EntityTypeBuilder<DatedClosure> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(200);
        builder.HasIndex(c => new { c.LocationId, c.Date }).IsUnique();
    }
}
