using LocationBoards.Core.Geography.Gazetteer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class PostcodeAreaConfiguration : IEntityTypeConfiguration<PostcodeArea>
{
    public void Configure(EntityTypeBuilder<PostcodeArea> builder)
    {
        builder.ToTable("GazetteerPostcodes");
        builder.HasKey(p => p.Postcode);
        builder.Property(p => p.Postcode).HasMaxLength(20);
        builder.Property(p => p.City).HasMaxLength(100);
    }
}
