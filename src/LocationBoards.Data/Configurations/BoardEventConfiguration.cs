using LocationBoards.Core.Boards;
using LocationBoards.Core.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class BoardEventConfiguration : IEntityTypeConfiguration<BoardEvent>
{
    public void Configure(EntityTypeBuilder<BoardEvent> builder)
    {
        // The key is the per-location sequence: a number handed out twice cannot be stored.
        builder.HasKey(e => new { e.LocationId, e.Sequence });
        builder.HasOne<FulfilmentLocation>().WithMany().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.OrderId);
    }
}
