using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Locations;
using LocationBoards.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class TechnicianConfiguration : IEntityTypeConfiguration<Technician>
{
    public void Configure(EntityTypeBuilder<Technician> builder)
    {
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.Property(t => t.SupervisorUserId).HasMaxLength(450);
        builder.Property(t => t.Name).HasMaxLength(120);
        builder.Property(t => t.Email).HasMaxLength(256);
        builder.Ignore(t => t.Hours);

        // One technician record per person.
        builder.HasIndex(t => t.UserId).IsUnique();
        builder.HasIndex(t => t.SupervisorUserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.SupervisorUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<FulfilmentLocation>().WithMany().HasForeignKey(t => t.HomeLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Skills).WithOne().HasForeignKey(s => s.TechnicianId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Shifts).WithOne().HasForeignKey(s => s.TechnicianId).OnDelete(DeleteBehavior.Cascade);
    }
}
