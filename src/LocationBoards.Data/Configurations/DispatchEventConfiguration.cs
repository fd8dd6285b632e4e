using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class DispatchEventConfiguration : IEntityTypeConfiguration<DispatchEvent>
{
    public void Configure(EntityTypeBuilder<DispatchEvent> builder)
    {
        // The key is the dispatch sequence: a number handed out twice cannot be stored.
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.HasOne<FieldJob>().WithMany().HasForeignKey(e => e.JobId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.JobId);
        builder.HasOne<Sale>().WithMany().HasForeignKey(e => e.SaleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.SaleId);
    }
}
