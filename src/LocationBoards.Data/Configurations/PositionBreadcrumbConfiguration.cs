using LocationBoards.Core.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class PositionBreadcrumbConfiguration : IEntityTypeConfiguration<PositionBreadcrumb>
{
    public void Configure(EntityTypeBuilder<PositionBreadcrumb> builder)
    {
        builder.HasOne<Technician>().WithMany().HasForeignKey(b => b.TechnicianId).OnDelete(DeleteBehavior.Cascade);

        // A technician's trail in time order; pruning deletes by age.
        builder.HasIndex(b => new { b.TechnicianId, b.RecordedUtc });
        builder.HasIndex(b => b.RecordedUtc);
    }
}
