using LocationBoards.Core.Geography.Gazetteer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class StreetSegmentConfiguration : IEntityTypeConfiguration<StreetSegment>
{
    public void Configure(EntityTypeBuilder<StreetSegment> builder)
    {
        builder.ToTable("GazetteerStreets");
        builder.Property(s => s.Street).HasMaxLength(120);
        builder.Property(s => s.City).HasMaxLength(100);
        builder.Property(s => s.Postcode).HasMaxLength(20);
        builder.HasIndex(s => s.Street);
    }
}
