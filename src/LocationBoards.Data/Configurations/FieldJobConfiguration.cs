using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class FieldJobConfiguration : IEntityTypeConfiguration<FieldJob>
{
    public void Configure(EntityTypeBuilder<FieldJob> builder)
    {
        builder.Property(j => j.Version).IsConcurrencyToken();
        builder.Property(j => j.Symptoms).HasMaxLength(FieldJob.MaxSymptomsLength);
        builder.Property(j => j.AddressText).HasMaxLength(FieldJob.MaxAddressLength);
        builder.Property(j => j.SkillNeeded).HasMaxLength(TechnicianSkill.MaxSkillLength);
        builder.Property(j => j.CancelReason).HasMaxLength(FieldJob.MaxReasonLength);
        builder.Property(j => j.OverrideReason).HasMaxLength(FieldJob.MaxReasonLength);
        builder.Property(j => j.CreatedBy).HasMaxLength(80);
        builder.Ignore(j => j.Place);
        builder.Ignore(j => j.IsInProgress);
        builder.Ignore(j => j.IsFinished);

        builder.HasOne<Customer>().WithMany().HasForeignKey(j => j.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OwnedProduct>().WithMany().HasForeignKey(j => j.OwnedProductId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Technician>().WithMany().HasForeignKey(j => j.TechnicianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(j => j.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(j => j.History).WithOne().HasForeignKey(h => h.JobId).OnDelete(DeleteBehavior.Cascade);

        // A technician-visit order makes its job exactly once, however often it is retried.
        builder.HasIndex(j => j.OrderId).IsUnique().HasFilter("\"OrderId\" IS NOT NULL");

        // The console lists open jobs; a technician's app lists theirs; an account shows a customer's past jobs.
        builder.HasIndex(j => new { j.Status, j.Priority });
        builder.HasIndex(j => new { j.TechnicianId, j.Status });
        builder.HasIndex(j => new { j.CustomerId, j.CreatedUtc });
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_FieldJobs_Place", "\"Latitude\" BETWEEN -90 AND 90 AND \"Longitude\" BETWEEN -180 AND 180"));
    }
}
