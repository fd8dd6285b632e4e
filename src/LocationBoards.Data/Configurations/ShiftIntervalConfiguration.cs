using LocationBoards.Core.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class ShiftIntervalConfiguration : IEntityTypeConfiguration<ShiftInterval>
{
    public void Configure(EntityTypeBuilder<ShiftInterval> builder)
    {
        builder.Ignore(i => i.Ends);
        builder.Ignore(i => i.RunsPastMidnight);
        builder.HasIndex(i => new { i.TechnicianId, i.Day });
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_ShiftIntervals_Duration", "\"DurationMinutes\" > 0 AND \"DurationMinutes\" <= 1440"));
    }
}
