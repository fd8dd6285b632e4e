using LocationBoards.Core.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class DispatchSequenceConfiguration : IEntityTypeConfiguration<DispatchSequence>
{
    public void Configure(EntityTypeBuilder<DispatchSequence> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.ToTable(t => t.HasCheckConstraint("CK_DispatchSequences_SingleRow", "\"Id\" = 1"));
    }
}
