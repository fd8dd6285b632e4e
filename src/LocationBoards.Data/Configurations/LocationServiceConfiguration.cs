using LocationBoards.Core.Catalog;
using LocationBoards.Core.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class LocationServiceConfiguration : IEntityTypeConfiguration<LocationService>
{
    public void Configure(EntityTypeBuilder<LocationService> builder)
    {
        builder.HasKey(s => new { s.LocationId, s.CatalogItemId });
        builder.HasOne<CatalogItem>().WithMany().HasForeignKey(s => s.CatalogItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
