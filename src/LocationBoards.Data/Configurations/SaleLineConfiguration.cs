using LocationBoards.Core.Catalog;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class SaleLineConfiguration : IEntityTypeConfiguration<SaleLine>
{
    public void Configure(EntityTypeBuilder<SaleLine> builder)
    {
        builder.Property(l => l.ItemName).HasMaxLength(120);
        builder.Ignore(l => l.LineTotalMinor);
        builder.HasOne<CatalogItem>().WithMany().HasForeignKey(l => l.CatalogItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FulfilmentLocation>().WithMany().HasForeignKey(l => l.SupplyingLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_SaleLines_Quantity", "\"Quantity\" > 0");
            t.HasCheckConstraint("CK_SaleLines_Price", "\"UnitPriceMinor\" >= 0");
        });
    }
}
