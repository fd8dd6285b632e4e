using LocationBoards.Core.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class OpeningIntervalConfiguration : IEntityTypeConfiguration<OpeningInterval>
{
    public void Configure(EntityTypeBuilder<OpeningInterval> builder)
    {
        builder.Ignore(i => i.Closes);
        builder.Ignore(i => i.RunsPastMidnight);
        builder.HasIndex(i => new { i.LocationId, i.Day });
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_OpeningIntervals_Duration", "\"DurationMinutes\" > 0 AND \"DurationMinutes\" <= 1440"));
    }
}
