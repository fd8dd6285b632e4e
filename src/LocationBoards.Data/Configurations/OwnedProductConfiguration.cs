using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class OwnedProductConfiguration : IEntityTypeConfiguration<OwnedProduct>
{
    public void Configure(EntityTypeBuilder<OwnedProduct> builder)
    {
        builder.Property(p => p.SerialNumber).HasMaxLength(60);
        builder.HasOne<CatalogItem>().WithMany().HasForeignKey(p => p.CatalogItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SaleLine>().WithMany().HasForeignKey(p => p.SaleLineId).OnDelete(DeleteBehavior.Restrict);

        // A sale line is booked once.
        builder.HasIndex(p => p.SaleLineId).IsUnique().HasFilter("\"SaleLineId\" IS NOT NULL");
        builder.ToTable(t => t.HasCheckConstraint("CK_OwnedProducts_Quantity", "\"Quantity\" > 0"));
    }
}
