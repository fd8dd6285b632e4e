using LocationBoards.Core.Phone;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class PhoneTransferConfiguration : IEntityTypeConfiguration<PhoneTransfer>
{
    public void Configure(EntityTypeBuilder<PhoneTransfer> builder)
    {
        builder.Property(t => t.CallSid).HasMaxLength(64);
        builder.Property(t => t.Caller).HasMaxLength(16);
        builder.HasIndex(t => t.TransferredUtc);
        builder.HasIndex(t => t.CallSid).IsUnique();
    }
}
