using LocationBoards.Core.Boards;
using LocationBoards.Core.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class BoardSequenceConfiguration : IEntityTypeConfiguration<BoardSequence>
{
    public void Configure(EntityTypeBuilder<BoardSequence> builder)
    {
        builder.HasKey(s => s.LocationId);
        builder.Property(s => s.LocationId).ValueGeneratedNever();
        builder.HasOne<FulfilmentLocation>().WithMany().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Cascade);
    }
}
