using LocationBoards.Core.Kiosks;
using LocationBoards.Core.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class KioskDeviceConfiguration : IEntityTypeConfiguration<KioskDevice>
{
    public void Configure(EntityTypeBuilder<KioskDevice> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(80);
        builder.Property(d => d.PairingCodeHash).HasMaxLength(64);
        builder.Property(d => d.SecretHash).HasMaxLength(64);
        builder.Ignore(d => d.IsRevoked);
        builder.Ignore(d => d.IsPaired);
        builder.HasIndex(d => d.PairingCodeHash).IsUnique();
        builder.HasOne<FulfilmentLocation>().WithMany().HasForeignKey(d => d.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
