using LocationBoards.Core.Customers;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class AccountEntryConfiguration : IEntityTypeConfiguration<AccountEntry>
{
    public void Configure(EntityTypeBuilder<AccountEntry> builder)
    {
        builder.Property(e => e.Description).HasMaxLength(AccountEntry.MaxDescriptionLength);
        builder.Property(e => e.RecordedBy).HasMaxLength(80);
        builder.Ignore(e => e.Amount);
        builder.HasOne<Customer>().WithMany().HasForeignKey(e => e.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Sale>().WithMany().HasForeignKey(e => e.SaleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Restrict);

        // An account is read newest first, and its balance summed, per customer.
        builder.HasIndex(e => new { e.CustomerId, e.OccurredUtc });

        // An order is charged once, and a sale has one sale entry and at most one payment entry, however often retried.
        builder.HasIndex(e => e.OrderId, "IX_AccountEntries_OrderCharged").IsUnique().HasFilter("\"Kind\" = 'OrderChargedToAccount'");
        builder.HasIndex(e => new { e.SaleId, e.Kind }, "IX_AccountEntries_SaleBooked").IsUnique()
            .HasFilter("\"SaleId\" IS NOT NULL AND \"Kind\" IN ('Sale', 'Payment')");
        builder.ToTable(t =>
        {
            // What the customer owes is positive: charges are not negative, payments not positive.
            t.HasCheckConstraint(
                "CK_AccountEntries_Sign",
                "(\"Kind\" IN ('Sale', 'OrderChargedToAccount') AND \"AmountMinor\" >= 0) OR (\"Kind\" = 'Payment' AND \"AmountMinor\" <= 0) OR \"Kind\" = 'Adjustment'");
            t.HasCheckConstraint(
                "CK_AccountEntries_Source",
                "(\"Kind\" <> 'Sale' OR \"SaleId\" IS NOT NULL) AND (\"Kind\" <> 'OrderChargedToAccount' OR \"OrderId\" IS NOT NULL)");
        });
    }
}
