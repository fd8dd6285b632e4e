using LocationBoards.Core.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class FulfilmentLocationConfiguration : IEntityTypeConfiguration<FulfilmentLocation>
{
    public void Configure(EntityTypeBuilder<FulfilmentLocation> builder)
    {
        builder.ToTable("Locations");
        builder.HasIndex(l => l.Code).IsUnique();
        builder.Property(l => l.Code).HasMaxLength(40);
        builder.Property(l => l.Name).HasMaxLength(120);
        builder.Property(l => l.Street).HasMaxLength(200);
        builder.Property(l => l.City).HasMaxLength(100);
        builder.Property(l => l.Postcode).HasMaxLength(20);
        builder.Property(l => l.TimeZoneId).HasMaxLength(64);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Ignore(l => l.Position);
        builder.Ignore(l => l.Hours);
        builder.HasMany(l => l.OpeningIntervals).WithOne().HasForeignKey(i => i.LocationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Closures).WithOne().HasForeignKey(c => c.LocationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Services).WithOne().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Cascade);
    }
}
