using LocationBoards.Core.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class SaleStatusChangeConfiguration : IEntityTypeConfiguration<SaleStatusChange>
{
    public void Configure(EntityTypeBuilder<SaleStatusChange> builder)
    {
        builder.Property(c => c.By).HasMaxLength(80);

        // The refusal's words with its note.
        builder.Property(c => c.Note).HasMaxLength(Sale.MaxNoteLength + 100);
        builder.HasIndex(c => new { c.SaleId, c.AtUtc });
    }
}
