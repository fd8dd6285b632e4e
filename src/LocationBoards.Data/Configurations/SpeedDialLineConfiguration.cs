using LocationBoards.Core.Catalog;
using LocationBoards.Core.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class SpeedDialLineConfiguration : IEntityTypeConfiguration<SpeedDialLine>
{
    public void Configure(EntityTypeBuilder<SpeedDialLine> builder)
    {
        builder.HasOne<CatalogItem>().WithMany().HasForeignKey(l => l.CatalogItemId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_SpeedDialLines_Quantity", "\"Quantity\" > 0"));
    }
}
