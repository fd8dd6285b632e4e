using LocationBoards.Core.Email;
using LocationBoards.Core.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.MessageId).HasMaxLength(200);
        builder.Property(e => e.ToAddress).HasMaxLength(OutboxEmail.MaxAddressLength);
        builder.Property(e => e.ToName).HasMaxLength(OutboxEmail.MaxNameLength);
        builder.Property(e => e.Subject).HasMaxLength(OutboxEmail.MaxSubjectLength);
        builder.Property(e => e.LastError).HasMaxLength(OutboxEmail.MaxErrorLength);
        builder.Ignore(e => e.IsPending);
        builder.HasOne<Sale>().WithMany().HasForeignKey(e => e.SaleId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(e => e.MessageId).IsUnique();

        // A sale's supervisor and sales-division emails are written once each.
        builder.HasIndex(e => new { e.SaleId, e.Kind }).IsUnique().HasFilter("\"SaleId\" IS NOT NULL");

        // The sender drains what is due; admins list what failed.
        builder.HasIndex(e => e.NextAttemptUtc, "IX_OutboxEmails_Pending").HasFilter("\"SentUtc\" IS NULL AND NOT \"FailedPermanently\"");
        builder.HasIndex(e => e.FailedPermanently, "IX_OutboxEmails_Failed").HasFilter("\"FailedPermanently\"");
        builder.ToTable(t => t.HasCheckConstraint("CK_OutboxEmails_Attempts", "\"Attempts\" >= 0"));
    }
}
