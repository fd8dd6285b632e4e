using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class HeldServiceConfiguration : IEntityTypeConfiguration<HeldService>
{
    public void Configure(EntityTypeBuilder<HeldService> builder)
    {
        builder.Property(s => s.ServiceName).HasMaxLength(120);
        builder.HasOne<CatalogItem>().WithMany().HasForeignKey(s => s.CatalogItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FulfilmentLocation>().WithMany().HasForeignKey(s => s.ServingLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SaleLine>().WithMany().HasForeignKey(s => s.SaleLineId).OnDelete(DeleteBehavior.Restrict);

        // A sale line is booked once.
        builder.HasIndex(s => s.SaleLineId).IsUnique().HasFilter("\"SaleLineId\" IS NOT NULL");
        builder.ToTable(t => t.HasCheckConstraint("CK_HeldServices_Quantity", "\"Quantity\" > 0"));
    }
}
