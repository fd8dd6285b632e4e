using LocationBoards.Core.Locations;
using LocationBoards.Core.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

/// <summary>Written only by the store's triggers on "Orders" (see the OpenOrderTallies migration); read by routing.</summary>
public sealed class OpenOrderTallyConfiguration : IEntityTypeConfiguration<OpenOrderTally>
{
    public void Configure(EntityTypeBuilder<OpenOrderTally> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("OpenOrderTallies", t => t.HasCheckConstraint("CK_OpenOrderTallies_NotNegative", "\"OpenOrders\" >= 0"));
        builder.HasKey(t => t.LocationId);
        builder.Property(t => t.LocationId).ValueGeneratedNever();
        builder.HasOne<FulfilmentLocation>().WithMany().HasForeignKey(t => t.LocationId).OnDelete(DeleteBehavior.Cascade);
    }
}
