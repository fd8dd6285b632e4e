using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Sales;
using LocationBoards.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class SaleConfiguration : IEntityTypeConfiguration<Sale>
{
    public void Configure(EntityTypeBuilder<Sale> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.SellerUserId).HasMaxLength(450);
        builder.Property(s => s.PaymentReference).HasMaxLength(Sale.MaxPaymentReferenceLength);
        builder.Property(s => s.AgreedName).HasMaxLength(Sale.MaxAgreedNameLength);
        builder.Property(s => s.Signature).HasMaxLength(Sale.MaxSignatureLength);
        builder.Property(s => s.RefusalNote).HasMaxLength(Sale.MaxNoteLength);
        builder.Ignore(s => s.Payment);
        builder.Ignore(s => s.Total);
        builder.Ignore(s => s.IsInProgress);
        builder.Ignore(s => s.IsFinished);

        builder.HasOne<FieldJob>().WithMany().HasForeignKey(s => s.JobId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Technician>().WithMany().HasForeignKey(s => s.TechnicianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.SellerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Sale>().WithMany().HasForeignKey(s => s.CopiedFromSaleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(s => s.DeliveryOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SaleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.History).WithOne().HasForeignKey(h => h.SaleId).OnDelete(DeleteBehavior.Cascade);

        // A draft sent again after the link comes back is the same sale.
        builder.HasIndex(s => s.ClientKey).IsUnique();

        // One sale in progress per job: the technician's form and the map's panel show the job's sale.
        builder.HasIndex(s => s.JobId, "IX_Sales_JobId_InProgress").IsUnique().HasFilter("\"Status\" IN ('Draft', 'Agreed', 'Submitted')");
        builder.HasIndex(s => s.DeliveryOrderId).IsUnique().HasFilter("\"DeliveryOrderId\" IS NOT NULL");

        // The panel lists sales in progress and those finished a short while ago; an account lists its sales. No more:
        // every index with the status in it is rewritten at each of a sale's moves, in the one writer's time.
        builder.HasIndex(s => new { s.Status, s.FinishedUtc });
        builder.HasIndex(s => new { s.CustomerId, s.CreatedUtc });
        builder.ToTable(t => t.HasCheckConstraint("CK_Sales_Total", "\"TotalMinor\" >= 0"));
    }
}
