using LocationBoards.Core.Catalog;
using LocationBoards.Core.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class StockLevelConfiguration : IEntityTypeConfiguration<StockLevel>
{
    public void Configure(EntityTypeBuilder<StockLevel> builder)
    {
        builder.HasKey(s => new { s.LocationId, s.CatalogItemId });
        builder.HasIndex(s => s.CatalogItemId);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Available);
        builder.HasOne<FulfilmentLocation>().WithMany().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CatalogItem>().WithMany().HasForeignKey(s => s.CatalogItemId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_StockLevels_OnHand", "\"OnHand\" >= 0");
            t.HasCheckConstraint("CK_StockLevels_Reserved", "\"Reserved\" >= 0 AND \"Reserved\" <= \"OnHand\"");
        });
    }
}
