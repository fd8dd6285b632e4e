using LocationBoards.Core.Phone;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class PhoneCallConfiguration : IEntityTypeConfiguration<PhoneCall>
{
    public void Configure(EntityTypeBuilder<PhoneCall> builder)
    {
        builder.HasKey(c => c.CallSid);
        builder.Property(c => c.CallSid).HasMaxLength(64);
        builder.Property(c => c.From).HasMaxLength(16);
        builder.Property(c => c.To).HasMaxLength(16);
        builder.Property(c => c.HouseholdCustomerIds).HasMaxLength(200);
        builder.Property(c => c.Cart).HasMaxLength(2000);
        builder.Property(c => c.SpeedDialCode).HasMaxLength(6);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.StartedUtc);
    }
}
