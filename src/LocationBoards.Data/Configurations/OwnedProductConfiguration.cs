using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class OwnedProductConfiguration : IEntityTypeConfiguration<OwnedProduct>
{
    public void Configure(EntityTypeBuilder<OwnedProduct> builder)
    {
        builder.Property(p => p.SerialNumber).HasMaxLength(60);
        builder.HasOne<CatalogItem>().WithMany().HasForeignKey(p => p.CatalogItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
