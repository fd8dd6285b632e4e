using LocationBoards.Core.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class JobStatusChangeConfiguration : IEntityTypeConfiguration<JobStatusChange>
{
    public void Configure(EntityTypeBuilder<JobStatusChange> builder)
    {
        builder.Property(c => c.By).HasMaxLength(80);
        builder.Property(c => c.Note).HasMaxLength(FieldJob.MaxReasonLength * 2);
        builder.HasIndex(c => new { c.JobId, c.AtUtc });
    }
}
