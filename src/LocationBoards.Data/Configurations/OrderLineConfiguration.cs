using LocationBoards.Core.Catalog;
using LocationBoards.Core.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.Property(l => l.ItemName).HasMaxLength(120);
        builder.Ignore(l => l.LineTotalMinor);
        builder.HasOne<CatalogItem>().WithMany().HasForeignKey(l => l.CatalogItemId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_OrderLines_Quantity", "\"Quantity\" > 0"));
    }
}
